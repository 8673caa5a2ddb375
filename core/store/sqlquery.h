// A prepared statement with positional '?' parameters whose failures come back as store errors
// of the right kind (busy, disk full, duplicate ...). Only prepared statements reach the database.
#pragma once

#include "storesession.h"

#include <QSqlQuery>
#include <QVariant>

namespace lento::store {

class SqlQuery
{
public:
    SqlQuery(const StoreSession &session, const QString &sql);

    SqlQuery &bind(const QVariant &value);
    Status exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }

    // exec() and then the first row's first column (or an invalid QVariant if there is no row).
    Result<QVariant> scalar();

private:
    const StoreSession &m_session;
    QSqlQuery m_query;
    bool m_prepared = false;
};

// A NULL of the given type, for binding.
template <typename T> QVariant sqlNull()
{
    return QVariant(QMetaType::fromType<T>());
}

} // namespace lento::store
