// The doses of one step (see stepdosesmodel.h).
#include "stepdosesmodel.h"

#include "displaytext.h"
#include "plandelegate.h"
#include "plandocument.h"
#include "plandocumentmodel.h"

#include <QJsonArray>
#include <QTime>

#include <cmath>

namespace lento::ui {

StepDosesModel::StepDosesModel(PlanDocumentModel *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(m_document, &PlanDocumentModel::changed, this, &StepDosesModel::refresh);
}

int StepDosesModel::validStep() const
{
    return m_step >= 0 && m_step < m_document->plan().steps.size() ? m_step : -1;
}

void StepDosesModel::setStep(int step)
{
    if (step == m_step)
        return;
    beginResetModel();
    m_step = step;
    const int s = validStep();
    m_rows = s < 0 ? 0 : int(m_document->plan().steps[s].doses.size());
    endResetModel();
}

void StepDosesModel::refresh()
{
    const int s = validStep();
    const int rows = s < 0 ? 0 : int(m_document->plan().steps[s].doses.size());
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (m_rows > 0) {
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
    }
}

void StepDosesModel::retranslate()
{
    beginResetModel();
    endResetModel();
}

bool StepDosesModel::isValidIndex(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && !index.parent().isValid() && index.row() < rowCount()
        && index.column() < columnCount();
}

int StepDosesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int StepDosesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StepDosesModel::data(const QModelIndex &index, int role) const
{
    if (!isValidIndex(index))
        return QVariant();
    const int s = validStep();
    if (s < 0)
        return QVariant();
    const Step &step = m_document->plan().steps[s];
    if (index.row() >= step.doses.size())
        return QVariant();
    const Dose &dose = step.doses[index.row()];
    const int c = index.column();
    if (role == StepIndexRole)
        return s;
    if (role == EditorKindRole) {
        switch (c) {
        case DrugColumn:
            return QStringLiteral("drug");
        case TimeColumn:
            return QStringLiteral("time");
        case AmountColumn:
            return QStringLiteral("mg");
        default:
            return QVariant();
        }
    }
    if (role == Qt::EditRole) {
        switch (c) {
        case DrugColumn:
            return dose.drug;
        case TimeColumn:
            return dose.minuteOfDay;
        case AmountColumn:
            return dose.mg.value();
        default:
            break;
        }
    }
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (c) {
        case DrugColumn:
            return DisplayText::drugName(dose.drug, m_document->catalogue());
        case TimeColumn:
            return PlanDocument::formatTime(dose.minuteOfDay);
        case AmountColumn:
            return DisplayText::mg(dose.mg.value());
        case CompositionColumn: {
            for (const QJsonValue &v : step.annotations.value(QStringLiteral("compositions")).toArray()) {
                const QJsonObject o = v.toObject();
                if (o.value(QStringLiteral("drug")).toString() == dose.drug
                    && PlanDocument::parseTime(o.value(QStringLiteral("time")).toString()) == dose.minuteOfDay
                    && std::fabs(o.value(QStringLiteral("mg")).toDouble() - dose.mg.value()) < 1e-9) {
                    const QJsonArray pieces = o.value(QStringLiteral("pieces")).toArray();
                    if (pieces.isEmpty())
                        break;
                    return DisplayText::pieces(pieces);
                }
            }
            return tr("cannot be made from the selected products");
        }
        default:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole && (c == TimeColumn || c == AmountColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return QVariant();
}

QVariant StepDosesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QVariant();
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case DrugColumn:
        return tr("Drug");
    case TimeColumn:
        return tr("Time");
    case AmountColumn:
        return tr("Amount (mg)");
    case CompositionColumn:
        return tr("Composition");
    default:
        return QVariant();
    }
}

Qt::ItemFlags StepDosesModel::flags(const QModelIndex &index) const
{
    if (!isValidIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() != CompositionColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool StepDosesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !isValidIndex(index))
        return false;
    const int s = validStep();
    if (s < 0)
        return false;
    Dose dose = m_document->plan().steps[s].doses.value(index.row());
    bool ok = true;
    switch (index.column()) {
    case DrugColumn:
        dose.drug = value.toString();
        break;
    case TimeColumn: {
        if (value.typeId() == QMetaType::QTime) {
            const QTime t = value.toTime();
            ok = t.isValid();
            dose.minuteOfDay = t.hour() * 60 + t.minute();
        } else if (value.typeId() == QMetaType::QString) {
            dose.minuteOfDay = PlanDocument::parseTime(value.toString());
            ok = dose.minuteOfDay >= 0;
        } else {
            dose.minuteOfDay = value.toInt(&ok);
        }
        if (!ok) {
            Q_EMIT editRejected(
                tr("%1: enter a time as HH:MM between 00:00 and 23:59").arg(PlanEdits::stepField(s, tr("time"))));
            return false;
        }
        break;
    }
    case AmountColumn:
        dose.mg = Milligrams(value.toDouble(&ok));
        if (!ok) {
            Q_EMIT editRejected(tr("%1: enter an amount in mg").arg(PlanEdits::stepField(s, tr("amount (mg)"))));
            return false;
        }
        break;
    default:
        return false;
    }
    const auto result = m_document->setDose(s, index.row(), dose);
    if (!result.ok) {
        Q_EMIT editRejected(result.error);
        return false;
    }
    if (!result.note.isEmpty())
        Q_EMIT editNoted(result.note);
    return true;
}

} // namespace lento::ui
