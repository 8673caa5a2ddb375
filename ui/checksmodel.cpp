// The checks table (see checksmodel.h).
#include "checksmodel.h"

#include "displaytext.h"
#include "plandelegate.h"

#include <QApplication>
#include <QStyle>

#include <algorithm>

namespace lento::ui {

ChecksModel::ChecksModel(QObject *parent) : QAbstractTableModel(parent) { }

void ChecksModel::setCatalogue(const Catalogue *catalogue)
{
    m_catalogue = catalogue;
}

void ChecksModel::setChecks(const QList<Check> &checks)
{
    QList<Check> sorted = checks;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Check &a, const Check &b) {
        if (a.severity != b.severity)
            return int(a.severity) > int(b.severity);
        return a.stepIndex < b.stepIndex;
    });
    const bool sameShape = sorted.size() == m_checks.size();
    if (sameShape) {
        m_checks = sorted;
        if (!m_checks.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_checks = sorted;
    endResetModel();
}

const Check *ChecksModel::checkAt(int row) const
{
    return row >= 0 && row < m_checks.size() ? &m_checks[row] : nullptr;
}

int ChecksModel::count(CheckSeverity severity) const
{
    return int(std::count_if(m_checks.begin(), m_checks.end(), [&](const Check &c) { return c.severity == severity; }));
}

void ChecksModel::retranslate()
{
    if (!m_checks.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

bool ChecksModel::isValidIndex(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && !index.parent().isValid() && index.row() < rowCount()
        && index.column() < columnCount();
}

int ChecksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_checks.size());
}

int ChecksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChecksModel::data(const QModelIndex &index, int role) const
{
    if (!isValidIndex(index))
        return QVariant();
    const Check &c = m_checks[index.row()];
    if (role == StepIndexRole)
        return c.stepIndex;
    if (role == SeverityRole)
        return int(c.severity);
    switch (index.column()) {
    case SeverityColumn:
        if (role == Qt::DisplayRole)
            return DisplayText::severityName(c.severity);
        if (role == Qt::DecorationRole && qApp) {
            const QStyle::StandardPixmap icon = c.severity == CheckSeverity::Critical ? QStyle::SP_MessageBoxCritical
                : c.severity == CheckSeverity::Warning                                ? QStyle::SP_MessageBoxWarning
                                                       : QStyle::SP_MessageBoxInformation;
            return QApplication::style()->standardIcon(icon);
        }
        break;
    case StepColumn:
        if (role == Qt::DisplayRole)
            return c.stepIndex >= 0 ? QVariant(c.stepIndex + 1) : QVariant(tr("Whole plan"));
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case MessageColumn:
        if (role == Qt::DisplayRole)
            return DisplayText::checkMessage(c, m_catalogue);
        if (role == Qt::ToolTipRole) {
            const QString source = DisplayText::checkSource(c);
            const QString message = DisplayText::checkMessage(c, m_catalogue);
            return source.isEmpty() ? message : tr("%1\nSource: %2").arg(message, source);
        }
        break;
    case SourceColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return DisplayText::checkSource(c);
        break;
    default:
        break;
    }
    return QVariant();
}

QVariant ChecksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case StepColumn:
        return tr("Step");
    case MessageColumn:
        return tr("Finding");
    case SourceColumn:
        return tr("Source");
    default:
        return QVariant();
    }
}

} // namespace lento::ui
