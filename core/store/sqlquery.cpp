// Prepared statements with store error kinds.
#include "sqlquery.h"

#include <QSqlError>

namespace lento::store {

SqlQuery::SqlQuery(const StoreSession &session, const QString &sql)
    : m_session(session), m_query(session.connection->database())
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
}

SqlQuery &SqlQuery::bind(const QVariant &value)
{
    // The driver stores a null QString as NULL; text columns want '' for "no text". A NULL is
    // asked for explicitly with sqlNull<T>(), a variant without a value.
    if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query.addBindValue(QStringLiteral(""));
    else
        m_query.addBindValue(value);
    return *this;
}

Status SqlQuery::exec()
{
    if (m_prepared && m_query.exec())
        return Done {};
    const QSqlError error = m_query.lastError();
    const ErrorKind kind = m_session.connection->classify(error);
    QString message;
    switch (kind) {
    case ErrorKind::DiskFull:
        message = QStringLiteral("the disk or the database is full; nothing was changed");
        break;
    case ErrorKind::Busy:
        message = QStringLiteral("another program kept the database locked; nothing was changed, try again");
        break;
    case ErrorKind::ReadOnly:
        message = QStringLiteral("the database cannot be written; nothing was changed");
        break;
    case ErrorKind::Corrupt:
        message = QStringLiteral("the database file is damaged (%1)").arg(error.databaseText());
        break;
    case ErrorKind::Io:
        message = QStringLiteral("the database file could not be read or written (%1; is the disk full?); "
                                 "nothing was changed")
                      .arg(error.databaseText());
        break;
    default:
        message = QStringLiteral("database error (%1); nothing was changed").arg(error.databaseText());
        break;
    }
    return Status(Error {QString(), message}, kind);
}

Result<QVariant> SqlQuery::scalar()
{
    const Status done = exec();
    if (!done)
        return done.failure<QVariant>();
    return m_query.next() ? m_query.value(0) : QVariant();
}

} // namespace lento::store
