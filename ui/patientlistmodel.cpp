// Patient search results as rows (see patientlistmodel.h).
#include "patientlistmodel.h"

#include "patientcontext.h"
#include "store.h"

#include <QLocale>

namespace lento::ui {

PatientListModel::PatientListModel(QObject *parent) : QAbstractTableModel(parent) { }

void PatientListModel::setStore(lento::store::Store *store)
{
    m_store = store;
    refresh();
}

void PatientListModel::setFilter(const QString &text)
{
    m_filter = text.trimmed();
    refresh();
}

void PatientListModel::setLimit(int limit)
{
    m_limit = qMax(1, limit);
    refresh();
}

void PatientListModel::refresh()
{
    QList<lento::store::PatientSummary> rows;
    bool more = false;
    QString error;
    if (m_store && m_store->isOpen()) {
        // One row more than shown tells whether the search matched more.
        const auto result = m_store->searchPatients(m_filter, m_limit + 1);
        if (result.ok()) {
            rows = result.value();
            more = rows.size() > m_limit;
            if (more)
                rows.resize(m_limit);
        } else {
            error = result.error().text();
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_hasMore = more;
    m_error = error;
    endResetModel();
    if (!error.isEmpty())
        Q_EMIT searchFailed(error);
}

void PatientListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int PatientListModel::rowOf(lento::store::RecordId id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

lento::store::RecordId PatientListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int PatientListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PatientListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PatientListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &p = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return QVariant::fromValue<qint64>(p.id);
    case IdentifierRole:
        return p.identifier;
    case NameRole:
        return p.name;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case NameColumn:
            return p.name;
        case IdentifierColumn:
            return p.identifier;
        case BirthColumn: {
            const auto age = PatientContext::ageYears(p.dateOfBirth, QDate::currentDate());
            if (role == Qt::AccessibleTextRole)
                return age ? tr("%1 years").arg(*age) : tr("Age not recorded");
            return age ? QString::number(*age) : QString();
        }
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (p.dateOfBirth.isValid())
            return tr("%1 — %2, born %3")
                .arg(p.name, p.identifier, QLocale().toString(p.dateOfBirth, QLocale::LongFormat));
        return tr("%1 — %2").arg(p.name, p.identifier);
    default:
        return {};
    }
}

QVariant PatientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case IdentifierColumn:
        return tr("Identifier");
    case BirthColumn:
        return tr("Age");
    default:
        return {};
    }
}

} // namespace lento::ui
