// The steps of the plan as a table: one row per step with its date and day, how long it is
// held, the amount of each drug at each dose time (editable), the daily totals in mg and
// diazepam equivalents, the realised cut, modelled receptor occupancy, the composition from
// real products and notes. It reads PlanDocumentModel and edits only through its facade.
#pragma once

#include "checks.h"

#include <QAbstractTableModel>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

namespace lento::ui {

class PlanDocumentModel;

class StepsTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum FixedColumn { StepColumn = 0, KindColumn, DateColumn, DayColumn, DurationColumn, FirstDoseColumn };

    explicit StepsTableModel(PlanDocumentModel *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Columns after the dose columns.
    int totalColumn() const { return FirstDoseColumn + int(m_doseColumns.size()); }
    int deqColumn() const { return totalColumn() + 1; }
    int cutColumn() const { return totalColumn() + 2; }
    int occupancyColumn() const { return totalColumn() + 3; }
    int compositionColumn() const { return totalColumn() + 4; }
    int notesColumn() const { return totalColumn() + 5; }

    // The (drug, minute of day) of a dose column, or an empty drug for other columns.
    QPair<QString, int> doseColumnKey(int column) const;
    int doseColumn(const QString &drug, int minuteOfDay) const; // -1 if absent

    // Marks rows that have findings (icon in the Step column).
    void setChecks(const QList<lento::Check> &checks);
    void retranslate();

Q_SIGNALS:
    void editRejected(const QString &message); // names the field
    void editNoted(const QString &message); // e.g. an amount was rounded to the products

private:
    // A valid index of this model (quiet: views and testers probe invalid ones on purpose).
    bool isValidIndex(const QModelIndex &index) const;
    struct Row
    {
        QMap<QString, double> dailyMg;
        double deq = 0.0;
        bool hasCut = false;
        double cutPct = 0.0;
        double occBefore = 0.0, occAfter = 0.0, dropPts = 0.0;
        QStringList compositions; // "08:00 Alprazolam: 1 × 0.5 mg"
        QString kind;
        QStringList plannerNotes; // English sentences from the planner
        bool edited = false;
        bool unavailable = false; // some dose cannot be made from the products
    };

    void refresh();
    void rebuildRows();
    QList<QPair<QString, int>> computeDoseColumns() const;
    QString totalText(const Row &row) const;

    PlanDocumentModel *m_document;
    QList<QPair<QString, int>> m_doseColumns;
    QList<Row> m_rows;
    QMap<int, int> m_stepSeverity; // step -> highest CheckSeverity
};

} // namespace lento::ui
