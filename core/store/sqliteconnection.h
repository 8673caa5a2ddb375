// The SQLite side of the store: opens the file (0600, WAL, foreign keys, busy timeout), checks it
// before anything is written, migrates after taking a backup copy, and knows SQLite's error codes.
// A file from a newer Lento or one that cannot be written is opened read-only instead.
#pragma once

#include "sqlconnection.h"

namespace lento::store {

class SqliteConnection : public SqlConnection
{
public:
    SqliteConnection();
    ~SqliteConnection() override;

    Result<OpenInfo> open(const QString &path, const OpenOptions &options) override;
    void close() override;
    QSqlDatabase database() const override;

    Status beginWrite() override;
    Status commit() override;
    void rollback() override;

    Result<QStringList> integrityCheck() override;
    Result<QStringList> quickCheck() override;
    Status copyTo(const QString &target) override;
    ErrorKind classify(const QSqlError &error) const override;

    // True for file systems where WAL's shared memory cannot be trusted (NFS, SMB/CIFS, ...).
    static bool isNetworkFileSystem(const QByteArray &fileSystemType);
    // Creates an empty file readable and writable by its owner only; false if it exists.
    static bool createPrivateFile(const QString &path, QString *error);

private:
    Status openDatabase(const QString &name, const QString &path, bool readOnly, int busyTimeoutMs);
    // When the folder or disk cannot take the shared-memory file a read needs (read-only folder or
    // mount, full disk), reopens the file as it is on disk ("immutable"), provided no write-ahead
    // log holds changes not yet in it. Returns false if that is not possible.
    bool reopenAsOnDisk(const QString &path);
    Result<QStringList> runCheck(const QString &pragma);
    Status exec(const QString &sql);
    Result<QString> pragmaValue(const QString &sql);
    Result<OpenInfo> inspect(const QString &path, const OpenOptions &options, OpenInfo info);
    Status checkOnOpen(const QString &path, OpenInfo *info);
    Status setJournalMode(const QString &path, const OpenOptions &options, OpenInfo *info);
    Status migrate(const QString &path, OpenInfo *info);

    QString m_name; // QSqlDatabase connection name, unique per instance
    bool m_open = false;
};

} // namespace lento::store
