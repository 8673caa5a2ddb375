// What the repositories share while a store is open: the connection, who is working (for the
// audit log), whether writing is allowed, and write(), which runs a change as one transaction
// (all of it is committed, or none of it).
#pragma once

#include "sqlconnection.h"
#include "storeresult.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

#include <utility>

namespace lento::store {

class StoreSession
{
public:
    SqlConnection *connection = nullptr;
    OpenInfo info;
    QString clinician; // configured name; empty = OS user name

    QString who() const;
    Status checkOpen() const;
    // Writable, and (once per session, before the first write) the whole file passed quick_check
    // if that was not done on open.
    Status checkWritable() const;

    // Runs body() inside one write transaction; commits if it succeeds, rolls back otherwise.
    template <typename T, typename Body> Result<T> write(Body &&body) const
    {
        const Status writable = checkWritable();
        if (!writable)
            return writable.template failure<T>();
        const Status begun = connection->beginWrite();
        if (!begun)
            return begun.template failure<T>();
        Result<T> result = std::forward<Body>(body)();
        if (!result) {
            connection->rollback();
            return result;
        }
        const Status committed = connection->commit();
        if (!committed)
            return committed.template failure<T>();
        return result;
    }

    static QString osUserName();
    void reset(SqlConnection *c, const OpenInfo &i, const QString &name);
    // Storage forms: UTC ISO-8601 with milliseconds; dates as YYYY-MM-DD; NULL for invalid.
    static QString now();
    static QVariant dateValue(const QDate &date);
    static QDate dateFrom(const QVariant &value);
    static QDateTime timeFrom(const QVariant &value);

private:
    // Computed lazily by checkWritable() on large files.
    mutable bool m_wholeFileChecked = false;
    mutable QString m_damage;
};

} // namespace lento::store
