// The doses of one step (the step selected in the steps table), one row each: drug, clock
// time, amount and composition. Drug, time and amount are editable through the plan's edit
// facade; this is where a dose time is changed or a dose of another drug is added.
#pragma once

#include <QAbstractTableModel>

namespace lento::ui {

class PlanDocumentModel;

class StepDosesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DrugColumn = 0, TimeColumn, AmountColumn, CompositionColumn, ColumnCount };

    explicit StepDosesModel(PlanDocumentModel *document, QObject *parent = nullptr);

    void setStep(int step); // -1 = none
    int step() const { return m_step; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    void retranslate();

Q_SIGNALS:
    void editRejected(const QString &message);
    void editNoted(const QString &message);

private:
    // A valid index of this model (quiet: views and testers probe invalid ones on purpose).
    bool isValidIndex(const QModelIndex &index) const;
    void refresh();
    int validStep() const;

    PlanDocumentModel *m_document;
    int m_step = -1;
    int m_rows = 0;
};

} // namespace lento::ui
