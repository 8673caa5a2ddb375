// Patient search results as rows (see patientlistmodel.h).
#include "patientlistmodel.h"

#include "patientcontext.h"
#include "store.h"

#include <QLocale>
#include <QSet>

#include <limits>

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

void PatientListModel::setPhaseFilter(PatientFilter filter)
{
    m_phaseFilter = filter;
    refresh();
}

void PatientListModel::setFilterSettings(const PatientFilterSettings &settings)
{
    if (settings == m_filterSettings)
        return;
    m_filterSettings = settings;
    if (m_phaseFilter != PatientFilter::All)
        refresh();
}

void PatientListModel::setToday(const QDate &today)
{
    m_today = today;
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
        // One row more than shown tells whether the search matched more. A phase filter looks at
        // every patient the search finds.
        const bool phase = m_phaseFilter != PatientFilter::All;
        const auto result = m_store->searchPatients(m_filter, phase ? std::numeric_limits<int>::max() : m_limit + 1);
        if (result.ok()) {
            rows = result.value();
            if (phase) {
                QList<lento::store::RecordId> ids;
                for (const auto &r : std::as_const(rows))
                    ids.append(r.id);
                const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
                const QList<lento::store::RecordId> matching
                    = PatientFilters::matching(*m_store, ids, m_phaseFilter, today, m_filterSettings);
                const QSet<lento::store::RecordId> keep(matching.cbegin(), matching.cend());
                rows.removeIf([&keep](const lento::store::PatientSummary &r) { return !keep.contains(r.id); });
            }
            more = rows.size() > m_limit;
            if (more)
                rows.resize(m_limit);
        } else {
            error = result.error().text();
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_status.clear(); // read again for the rows shown
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

std::optional<lento::store::PlanStatus> PatientListModel::planStatus(lento::store::RecordId id) const
{
    // Read when a row is first shown, so a long list costs one query per visible row.
    auto it = m_status.constFind(id);
    if (it == m_status.cend()) {
        std::optional<lento::store::PlanStatus> status;
        if (m_store && m_store->isOpen()) {
            const auto plans = m_store->plans(id);
            if (const auto *shown = plans ? PatientFilters::shownPlan(*plans) : nullptr)
                status = shown->status;
        }
        it = m_status.insert(id, status);
    }
    return *it;
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
        case StatusColumn: {
            const std::optional<lento::store::PlanStatus> status = planStatus(p.id);
            if (!status)
                return role == Qt::AccessibleTextRole ? tr("No plan") : QString();
            return PatientFilters::planStatusName(*status);
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
    case StatusColumn:
        return tr("Plan");
    default:
        return {};
    }
}

} // namespace lento::ui
