// Numbered schema migrations embedded from resources/migrations (NNNN_name.sql). The version a
// database is at is the highest row of its schema_migrations table. apply() runs inside the
// caller's write transaction, so a failed migration leaves the file as it was.
#pragma once

#include "storeresult.h"

#include <QList>
#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace lento::store {

class SqlConnection;

class SchemaMigrator
{
public:
    struct Migration
    {
        int version = 0;
        QString name; // file name without ".sql", e.g. "0002_patient_search"
        QString resource; // ":/migrations/0002_patient_search.sql"
    };

    static QList<Migration> available(); // sorted by version
    static int latestVersion();

    // 0 for an empty database; an error if the file holds tables but is not a Lento store.
    static Result<int> currentVersion(SqlConnection &connection);
    // Applies every migration above `fromVersion`; returns the names applied.
    static Result<QStringList> apply(SqlConnection &connection, int fromVersion);

    // Statements of a script: each ends with ';' at the end of a line, except a CREATE TRIGGER,
    // which ends with a line "END;". Whole-line "--" comments are dropped.
    static QStringList splitStatements(const QString &script);
};

} // namespace lento::store
