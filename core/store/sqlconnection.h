// One database connection as the store sees it. Everything that differs between database engines
// (opening, pragmas, locking, migrations, consistent copies, error codes) sits behind this
// interface; the repositories only run portable SQL through database().
#pragma once

#include "store.h"
#include "storeresult.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>

namespace lento::store {

class SqlConnection
{
public:
    virtual ~SqlConnection() = default;

    // Opens, checks and (when writable) migrates. On failure nothing is left open.
    virtual Result<OpenInfo> open(const QString &path, const OpenOptions &options) = 0;
    virtual void close() = 0;
    virtual QSqlDatabase database() const = 0;

    // A write transaction that already holds the write lock, so that what it reads stays current
    // until it commits.
    virtual Status beginWrite() = 0;
    virtual Status commit() = 0;
    virtual void rollback() = 0;

    // Full integrity check; the problems found, empty if healthy.
    virtual Result<QStringList> integrityCheck() = 0;
    // The faster structural check of the whole file (no index content comparison).
    virtual Result<QStringList> quickCheck() = 0;
    // A consistent copy of the whole database into `target`, which must not exist (created 0600).
    virtual Status copyTo(const QString &target) = 0;

    // What kind of failure a driver error is (busy, full, constraint, ...).
    virtual ErrorKind classify(const QSqlError &error) const = 0;
};

} // namespace lento::store
