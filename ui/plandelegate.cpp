// Editors for the plan tables (see plandelegate.h).
#include "plandelegate.h"

#include "planedits.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QTime>
#include <QTimeEdit>

namespace lento::ui {

PlanDelegate::PlanDelegate(QObject *parent) : QStyledItemDelegate(parent) { }

void PlanDelegate::setDrugChoices(const QList<QPair<QString, QString>> &idAndName)
{
    m_drugs = idAndName;
}

QWidget *PlanDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString kind = index.data(EditorKindRole).toString();
    const QString column = index.model()
                               ->headerData(index.column(), Qt::Horizontal)
                               .toString()
                               .replace(QLatin1Char('\n'), QLatin1Char(' '));
    QWidget *editor = nullptr;
    if (kind == QLatin1String("mg")) {
        auto *spin = new QDoubleSpinBox(parent);
        spin->setRange(0.0, PlanEdits::kMaxDoseMg);
        spin->setDecimals(3);
        spin->setSingleStep(0.25);
        spin->setSuffix(tr(" mg"));
        spin->setToolTip(tr("Amount in mg; 0 removes the dose. Amounts the products cannot make are rounded to the "
                            "nearest one they can."));
        editor = spin;
    } else if (kind == QLatin1String("days")) {
        auto *spin = new QSpinBox(parent);
        spin->setRange(1, PlanEdits::kMaxStepDays);
        spin->setSuffix(tr(" days"));
        editor = spin;
    } else if (kind == QLatin1String("time")) {
        auto *time = new QTimeEdit(parent);
        time->setDisplayFormat(QStringLiteral("HH:mm"));
        editor = time;
    } else if (kind == QLatin1String("drug")) {
        auto *combo = new QComboBox(parent);
        for (const auto &[id, name] : m_drugs)
            combo->addItem(name, id);
        editor = combo;
    } else {
        editor = QStyledItemDelegate::createEditor(parent, option, index);
    }
    if (editor) {
        editor->setAccessibleName(column);
        editor->setAccessibleDescription(index.data(Qt::ToolTipRole).toString());
    }
    return editor;
}

void PlanDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        spin->setValue(value.toDouble());
    } else if (auto *ispin = qobject_cast<QSpinBox *>(editor)) {
        ispin->setValue(value.toInt());
    } else if (auto *time = qobject_cast<QTimeEdit *>(editor)) {
        const int minute = value.toInt();
        time->setTime(QTime(minute / 60, minute % 60));
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int i = combo->findData(value.toString());
        if (i < 0)
            combo->addItem(value.toString(), value.toString());
        combo->setCurrentIndex(i < 0 ? combo->count() - 1 : i);
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void PlanDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    QVariant value;
    if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        spin->interpretText();
        value = spin->value();
    } else if (auto *ispin = qobject_cast<QSpinBox *>(editor)) {
        ispin->interpretText();
        value = ispin->value();
    } else if (auto *time = qobject_cast<QTimeEdit *>(editor)) {
        const QTime t = time->time();
        value = t.hour() * 60 + t.minute();
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        value = combo->currentData();
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    // An edit can add or remove columns (a dose time used by one step only), which resets the
    // model and would pull this editor from under the view while it is still committing. Apply
    // the value once the view has finished with the editor, on the next turn of the event loop.
    const QPersistentModelIndex target(index);
    QMetaObject::invokeMethod(
        model,
        [model, target, value] {
            if (target.isValid())
                model->setData(target, value, Qt::EditRole);
        },
        Qt::QueuedConnection);
}

} // namespace lento::ui
