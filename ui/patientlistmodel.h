// The patient list as a table model (name, identifier, age, plan status) over
// Store::searchPatients: setFilter() re-runs the prefix search on name words and identifiers,
// setPhaseFilter() keeps only patients in a phase (active taper, completed, follow-up, visit
// overdue). At most limit() rows are held; hasMore() says the search matched more, so the view
// can ask the user to narrow it.
#pragma once

#include "patientfilters.h"
#include "records.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace lento::store {
class Store;
}

namespace lento::ui {

class PatientListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, IdentifierColumn, BirthColumn, StatusColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, IdentifierRole, NameRole };

    explicit PatientListModel(QObject *parent = nullptr);

    void setStore(lento::store::Store *store); // nullptr = empty list
    QString filter() const { return m_filter; }
    void setFilter(const QString &text); // runs the search
    void refresh(); // same filter, fresh rows
    PatientFilter phaseFilter() const { return m_phaseFilter; }
    void setPhaseFilter(PatientFilter filter); // runs the search
    void setFilterSettings(const PatientFilterSettings &settings); // visit intervals, follow-up length
    void setToday(const QDate &today); // invalid = the current date (tests pin it)
    int limit() const { return m_limit; }
    void setLimit(int limit);
    bool hasMore() const { return m_hasMore; }
    QString lastError() const { return m_error; }

    // Header and locale-formatted cells after a language switch.
    void retranslate();

    int rowOf(lento::store::RecordId id) const; // -1 if not listed
    lento::store::RecordId idAt(int row) const; // 0 if out of range
    // The status of the patient's plan shown in the list; none without a plan.
    std::optional<lento::store::PlanStatus> planStatus(lento::store::RecordId id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void searchFailed(const QString &message);

private:
    lento::store::Store *m_store = nullptr;
    QString m_filter;
    PatientFilter m_phaseFilter = PatientFilter::All;
    PatientFilterSettings m_filterSettings;
    QDate m_today;
    int m_limit = 500;
    bool m_hasMore = false;
    QString m_error;
    QList<lento::store::PatientSummary> m_rows;
    // The status of each listed patient's plan (PatientFilters::shownPlan), read on first display.
    mutable QHash<lento::store::RecordId, std::optional<lento::store::PlanStatus>> m_status;
};

} // namespace lento::ui
