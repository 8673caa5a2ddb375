// Opening, checking, migrating and copying an SQLite patient store.
#include "sqliteconnection.h"

#include "schemamigrator.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QUrl>
#include <QVariant>

namespace lento::store {

namespace {

QAtomicInt g_connectionCounter;

Result<OpenInfo> openFailure(const QString &message, ErrorKind kind)
{
    return Result<OpenInfo>(Error {QString(), message}, kind);
}

} // namespace

SqliteConnection::SqliteConnection()
    : m_name(QStringLiteral("lento-store-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1)))
{
}

SqliteConnection::~SqliteConnection()
{
    close();
}

bool SqliteConnection::isNetworkFileSystem(const QByteArray &type)
{
    static const QList<QByteArray> network {"nfs", "nfs4", "cifs", "smb", "smbfs", "smb2", "smb3", "9p", "afs", "ncpfs",
        "fuse.sshfs", "davfs", "fuse.davfs2", "ceph", "glusterfs"};
    return network.contains(type.toLower());
}

bool SqliteConnection::createPrivateFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        *error = QStringLiteral("%1: cannot create (%2)").arg(path, file.errorString());
        return false;
    }
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = QStringLiteral("%1: cannot restrict permissions (%2)").arg(path, file.errorString());
        file.remove();
        return false;
    }
    return true;
}

QSqlDatabase SqliteConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

void SqliteConnection::close()
{
    if (!QSqlDatabase::contains(m_name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
    m_open = false;
}

Status SqliteConnection::openDatabase(const QString &name, const QString &path, bool readOnly, int busyTimeoutMs)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
        if (readOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(options);
        if (db.open()) {
            m_open = true;
            return exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        }
    }
    const QString message = QSqlDatabase::database(name, false).lastError().text();
    QSqlDatabase::removeDatabase(name);
    return Status(Error {QString(), QStringLiteral("cannot open the database: %1").arg(message)}, ErrorKind::Io);
}

bool SqliteConnection::reopenAsOnDisk(const QString &path)
{
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (wal.exists() && wal.size() > 0)
        return false;
    close();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            m_open = true;
            return true;
        }
    }
    QSqlDatabase::removeDatabase(m_name);
    return false;
}

Status SqliteConnection::exec(const QString &sql)
{
    QSqlQuery query(database());
    if (!query.exec(sql))
        return Status(Error {QString(), query.lastError().text()}, classify(query.lastError()));
    return Done {};
}

Result<QString> SqliteConnection::pragmaValue(const QString &sql)
{
    QSqlQuery query(database());
    if (!query.exec(sql))
        return Result<QString>(Error {QString(), query.lastError().text()}, classify(query.lastError()));
    return query.next() ? query.value(0).toString() : QString();
}

Result<OpenInfo> SqliteConnection::open(const QString &path, const OpenOptions &options)
{
    close();
    OpenInfo info;
    const QFileInfo file(path);
    info.path = file.absoluteFilePath();
    if (!file.exists()) {
        if (options.readOnly || !options.create)
            return openFailure(QStringLiteral("%1: no such database file").arg(info.path), ErrorKind::NotFound);
        if (!QDir().mkpath(file.absolutePath()))
            return openFailure(QStringLiteral("%1: cannot create the folder").arg(file.absolutePath()), ErrorKind::Io);
        QString error;
        if (!createPrivateFile(info.path, &error))
            return openFailure(error, ErrorKind::Io);
        info.created = true;
    } else if (!file.isFile()) {
        return openFailure(QStringLiteral("%1: not a file").arg(info.path), ErrorKind::Invalid);
    }
    Result<OpenInfo> result = inspect(info.path, options, info);
    if (!result)
        close();
    return result;
}

Result<OpenInfo> SqliteConnection::inspect(const QString &path, const OpenOptions &options, OpenInfo info)
{
    // Look before touching: a read-only connection cannot change a damaged or newer file.
    const Status probe = openDatabase(m_name, path, true, options.busyTimeoutMs);
    if (!probe)
        return probe.failure<OpenInfo>();
    // The first read creates the shared-memory file a WAL database needs; where that cannot be
    // created (read-only folder or mount, full disk) the file is read as it is on disk.
    bool asOnDisk = false;
    if (const Result<QString> first = pragmaValue(QStringLiteral("PRAGMA schema_version"));
        !first && first.kind() != ErrorKind::Corrupt && first.kind() != ErrorKind::Busy) {
        if (!reopenAsOnDisk(path))
            return Result<OpenInfo>(Error {QString(),
                                        QStringLiteral("%1: cannot be read (%2); check that its folder can be "
                                                       "written and the disk has free space")
                                            .arg(path, first.error().message)},
                first.kind());
        asOnDisk = true;
    }
    if (options.quickCheck) {
        const Status checked = checkOnOpen(path, &info);
        if (!checked)
            return checked.failure<OpenInfo>();
    }
    const Result<int> version = SchemaMigrator::currentVersion(*this);
    if (!version) {
        if (version.kind() == ErrorKind::Corrupt)
            return openFailure(QStringLiteral("%1: not a database, or damaged (%2); it was not modified")
                                   .arg(path, version.error().message),
                ErrorKind::Corrupt);
        return Result<OpenInfo>(
            Error {QString(), path % QStringLiteral(": ") % version.error().message}, version.kind());
    }
    info.fileSchemaVersion = *version;
    info.schemaVersion = *version;
    const int latest = SchemaMigrator::latestVersion();

    const QFileInfo file(path);
    const bool writable = file.isWritable() && QFileInfo(file.absolutePath()).isWritable();
    if (asOnDisk) {
        info.readOnlyReason = QStringLiteral("The database's folder or disk cannot be written (a read-only folder or "
                                             "mount, or a full disk), so it is open read-only. Free space or "
                                             "make the folder writable to change records.");
    } else if (*version > latest) {
        info.readOnlyReason = QStringLiteral("The database was written by a newer version of Lento (schema %1; this "
                                             "version knows up to %2). It is open read-only.")
                                  .arg(*version)
                                  .arg(latest);
    } else if (options.readOnly) {
        info.readOnlyReason = QStringLiteral("The database was opened read-only on request.");
    } else if (!writable) {
        info.readOnlyReason
            = QStringLiteral("The database file or its folder cannot be written. It is open read-only.");
    }
    if (!info.readOnlyReason.isEmpty()) {
        if (*version == 0)
            return openFailure(
                QStringLiteral("%1: the file holds no patient store yet and cannot be set up read-only").arg(path),
                ErrorKind::ReadOnly);
        if (*version < latest) {
            info.readOnlyReason += QStringLiteral(" Its schema (%1) is older than this version's (%2); open it "
                                                  "writable once to upgrade it.")
                                       .arg(*version)
                                       .arg(latest);
        }
        info.readOnly = true;
        const Result<QString> mode = pragmaValue(QStringLiteral("PRAGMA journal_mode"));
        info.journalMode = mode ? *mode : QString();
        return info;
    }

    close();
    const Status rw = openDatabase(m_name, path, false, options.busyTimeoutMs);
    if (!rw)
        return rw.failure<OpenInfo>();
    const Status journal = setJournalMode(path, options, &info);
    if (!journal)
        return journal.failure<OpenInfo>();
    // FULL: a committed save survives a power cut, not only a crash of the program.
    const Status sync = exec(QStringLiteral("PRAGMA synchronous = FULL"));
    if (!sync)
        return sync.failure<OpenInfo>();
    if (*version < latest) {
        const Status migrated = migrate(path, &info);
        if (!migrated)
            return migrated.failure<OpenInfo>();
    }
    return info;
}

Status SqliteConnection::checkOnOpen(const QString &path, OpenInfo *info)
{
    // Up to this size the whole file is checked in well under the open-time budget; beyond it only
    // the tables the first screen reads, and the store checks the rest before its first write.
    constexpr qint64 kWholeFileCheckBytes = 32 * 1024 * 1024;
    QStringList problems;
    if (QFileInfo(path).size() <= kWholeFileCheckBytes) {
        const Result<QStringList> found = quickCheck();
        if (!found)
            return found.failure<Done>();
        problems = *found;
        info->wholeFileChecked = true;
    } else {
        QSqlQuery tables(database());
        if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
            problems.append(tables.lastError().text());
        } else {
            QStringList present;
            while (tables.next())
                present.append(tables.value(0).toString());
            tables.finish();
            for (const QString &table : {QStringLiteral("schema_migrations"), QStringLiteral("patients"),
                     QStringLiteral("plans"), QStringLiteral("medications")}) {
                if (!present.contains(table))
                    continue;
                const Result<QStringList> found = runCheck(QStringLiteral("PRAGMA quick_check(%1)").arg(table));
                if (!found)
                    return found.failure<Done>();
                problems += *found;
            }
        }
    }
    if (problems.isEmpty())
        return Done {};
    return Status(Error {QString(),
                      QStringLiteral("%1: the database file is damaged (%2); it was not modified. "
                                     "Restore a backup.")
                          .arg(path, problems.first())},
        ErrorKind::Corrupt);
}

Status SqliteConnection::setJournalMode(const QString &path, const OpenOptions &options, OpenInfo *info)
{
    // journal_mode must be set outside a transaction; WAL needs shared memory on one machine.
    const QByteArray fsType = QStorageInfo(path).fileSystemType();
    bool rollback = false;
    if (isNetworkFileSystem(fsType)) {
        rollback = true;
        info->journalNote = QStringLiteral("The database is on a network file system (%1), where WAL is unsafe; "
                                           "using a rollback journal.")
                                .arg(QString::fromLatin1(fsType));
    } else if (options.rollbackJournal) {
        rollback = true;
        info->journalNote = QStringLiteral("Using a rollback journal as configured.");
    }
    const Result<QString> mode = pragmaValue(
        rollback ? QStringLiteral("PRAGMA journal_mode = DELETE") : QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!mode && mode.kind() != ErrorKind::Busy)
        return mode.failure<Done>();
    const Result<QString> current = mode ? mode : pragmaValue(QStringLiteral("PRAGMA journal_mode"));
    if (!current)
        return current.failure<Done>();
    info->journalMode = current->toLower();
    if (!rollback && info->journalMode != QLatin1String("wal")) {
        info->journalNote
            = QStringLiteral("WAL cannot be used for this file; using a rollback journal (%1).").arg(info->journalMode);
    } else if (rollback && info->journalMode == QLatin1String("wal")) {
        info->journalNote += QStringLiteral(" Another program keeps the file in WAL mode, so WAL stays on.");
    }
    return Done {};
}

Status SqliteConnection::migrate(const QString &path, OpenInfo *info)
{
    if (info->fileSchemaVersion > 0) {
        const QString backup
            = QStringLiteral("%1.schema%2-%3.bak")
                  .arg(path)
                  .arg(info->fileSchemaVersion)
                  .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")));
        const Status copied = copyTo(backup);
        if (!copied) {
            return Status(Error {QString(),
                              QStringLiteral("cannot take a backup before upgrading the database, so it "
                                             "was not upgraded: %1")
                                  .arg(copied.error().message)},
                copied.kind());
        }
        info->migrationBackup = backup;
    }
    const Status begun = beginWrite();
    if (!begun)
        return begun;
    // Another program may have upgraded the file since it was inspected.
    const Result<int> now = SchemaMigrator::currentVersion(*this);
    if (!now) {
        rollback();
        return now.failure<Done>();
    }
    const Result<QStringList> applied = SchemaMigrator::apply(*this, *now);
    if (!applied) {
        rollback();
        return Status(Error {QString(),
                          QStringLiteral("upgrading the database failed and nothing was changed: %1")
                              .arg(applied.error().message)},
            applied.kind());
    }
    const Status committed = commit();
    if (!committed)
        return committed;
    info->migrationsApplied = *applied;
    info->schemaVersion = SchemaMigrator::latestVersion();
    return Done {};
}

Status SqliteConnection::beginWrite()
{
    // IMMEDIATE takes the write lock now (waiting up to the busy timeout), so a check made inside
    // the transaction (e.g. "is this still the newest version?") holds until commit.
    const Status begun = exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!begun && begun.kind() == ErrorKind::Busy) {
        return Status(Error {QString(), QStringLiteral("another program is writing to the database; try again")},
            ErrorKind::Busy);
    }
    return begun;
}

Status SqliteConnection::commit()
{
    const Status done = exec(QStringLiteral("COMMIT"));
    if (!done)
        rollback();
    return done;
}

void SqliteConnection::rollback()
{
    QSqlQuery query(database());
    query.exec(QStringLiteral("ROLLBACK"));
}

Result<QStringList> SqliteConnection::runCheck(const QString &pragma)
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(pragma)) {
        const ErrorKind kind = classify(query.lastError());
        if (kind == ErrorKind::Corrupt)
            return QStringList {query.lastError().text()};
        return Result<QStringList>(Error {QString(), query.lastError().text()}, kind);
    }
    // A row may hold several lines ("*** in database main ***\nPage 3: ..."): one problem each.
    QStringList problems;
    while (query.next()) {
        for (const QString &line : query.value(0).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line != QLatin1String("ok") && !line.startsWith(QLatin1String("*** ")))
                problems.append(line.trimmed());
        }
    }
    return problems;
}

Result<QStringList> SqliteConnection::quickCheck()
{
    return runCheck(QStringLiteral("PRAGMA quick_check"));
}

Result<QStringList> SqliteConnection::integrityCheck()
{
    const Result<QStringList> checked = runCheck(QStringLiteral("PRAGMA integrity_check"));
    if (!checked || !checked->isEmpty())
        return checked;
    QStringList problems;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return Result<QStringList>(Error {QString(), query.lastError().text()}, classify(query.lastError()));
    while (query.next()) {
        problems.append(QStringLiteral("%1 row %2 refers to a missing row of %3")
                            .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString()));
    }
    return problems;
}

Status SqliteConnection::copyTo(const QString &target)
{
    QString error;
    if (!createPrivateFile(target, &error))
        return Status(Error {QString(), error}, ErrorKind::Io);
    QSqlQuery query(database());
    // VACUUM INTO writes a compact, consistent copy (including committed WAL content) into the
    // empty file just created, which keeps its 0600 permissions.
    if (!query.prepare(QStringLiteral("VACUUM INTO ?"))) {
        QFile::remove(target);
        return Status(Error {QString(), query.lastError().text()}, classify(query.lastError()));
    }
    query.addBindValue(target);
    if (!query.exec()) {
        const QSqlError sqlError = query.lastError();
        QFile::remove(target);
        return Status(Error {QString(), QStringLiteral("%1: cannot write the copy (%2)").arg(target, sqlError.text())},
            classify(sqlError));
    }
    return Done {};
}

ErrorKind SqliteConnection::classify(const QSqlError &error) const
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return ErrorKind::Busy;
    case 8: // SQLITE_READONLY
        return ErrorKind::ReadOnly;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return ErrorKind::Corrupt;
    case 13: // SQLITE_FULL
        return ErrorKind::DiskFull;
    case 19: // SQLITE_CONSTRAINT
        return error.databaseText().contains(QLatin1String("UNIQUE")) ? ErrorKind::Duplicate : ErrorKind::Invalid;
    default:
        return ErrorKind::Io;
    }
}

} // namespace lento::store
