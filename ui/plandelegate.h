// The item delegate for the plan tables: it picks the editor from the model's EditorKindRole
// (mg → QDoubleSpinBox, days → QSpinBox, time → QTimeEdit, drug → QComboBox, text → line edit),
// names each editor for screen readers after its column, and hands values to the model, whose
// setData goes through the edit facade (which rejects bad values with a message naming the field).
#pragma once

#include <QStyledItemDelegate>

namespace lento {
class Catalogue;
}

namespace lento::ui {

// Roles shared by the plan models.
enum PlanRole {
    EditorKindRole = Qt::UserRole + 100, // QString: "mg", "days", "time", "drug", "text"
    StepIndexRole, // int: the plan step a row or cell belongs to
    SeverityRole, // int: lento::CheckSeverity of a check row
    SortKeyRole,
};

class PlanDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit PlanDelegate(QObject *parent = nullptr);

    // Drugs offered by the drug editor (catalogue entries plus ids the plan defines).
    void setDrugChoices(const QList<QPair<QString, QString>> &idAndName);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    QList<QPair<QString, QString>> m_drugs;
};

} // namespace lento::ui
