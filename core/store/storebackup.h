// Backups of the patient store: a checked, consistent copy (0600) on request, made under a hidden
// temporary name and renamed only once checked; rotating automatic copies that keep the newest N
// checked ones (a damaged file under a copy's name is removed, not counted); and restoring a checked backup in place of
// the live file (the replaced file is kept beside it).
#pragma once

#include "sqlconnection.h"

#include <QDateTime>

namespace lento::store {

class StoreBackup
{
public:
    // Refuses a damaged database (full integrity check) and an existing target.
    static Result<QString> backup(SqlConnection &connection, const QString &target);
    static Result<QString> automaticBackup(SqlConnection &connection, const QString &directory, int keep);
    // Time of the newest automatic copy in `directory` (invalid if none), to decide when one is due.
    static QDateTime lastAutomaticBackup(const QString &directory);
    static Result<QString> restore(const QString &backupFile, const QString &target);

private:
    static QStringList automaticCopies(const QString &directory); // newest first
};

} // namespace lento::store
