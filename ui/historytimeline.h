// The patient's story as one list, newest first: plan versions (author, date, comment and what
// changed from the version before), plan status changes, visits (decision, scale totals and
// bands, dose taken against planned), and the taper's start and end. Version rows carry a check
// box: tick two to compare them.
#pragma once

#include "records.h"

#include <QList>
#include <QTreeWidget>

namespace lento {
class Catalogue;
}

namespace lento::ui {

class HistoryData;

class HistoryTimeline : public QTreeWidget
{
    Q_OBJECT
public:
    enum class Kind { Version, StatusChange, Visit, Phase };
    enum Role { KindRole = Qt::UserRole + 1, IdRole, DateRole };
    enum Column { DateColumn, EventColumn, DetailsColumn, AuthorColumn, ColumnCount };

    explicit HistoryTimeline(QWidget *parent = nullptr);

    void setData(const HistoryData &data, const lento::Catalogue *catalogue);
    void clearData();

    QList<lento::store::RecordId> checkedVersions() const; // oldest first
    void setVersionChecked(lento::store::RecordId versionId, bool checked);
    lento::store::RecordId currentVisit() const; // 0 when the current row is not a visit
    lento::store::RecordId currentVersion() const;
    QTreeWidgetItem *itemFor(Kind kind, lento::store::RecordId id) const;
    int count(Kind kind) const;

Q_SIGNALS:
    void checkedVersionsChanged();
    void versionSelected(lento::store::RecordId versionId);
    void visitSelected(lento::store::RecordId visitId);
    void visitActivated(lento::store::RecordId visitId); // double click / Enter: edit

protected:
    void changeEvent(QEvent *event) override;

private:
    void populate();
    void retranslateHeader();

    const HistoryData *m_data = nullptr; // owned by the view; valid between setData and clearData
    const lento::Catalogue *m_catalogue = nullptr;
    bool m_populating = false;
};

} // namespace lento::ui
