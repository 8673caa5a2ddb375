// Making, rotating, checking and restoring copies of the store file.
#include "storebackup.h"

#include "schemamigrator.h"
#include "sqliteconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <functional>

namespace lento::store {

namespace {

const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss-zzz");

const QRegularExpression &automaticName()
{
    static const QRegularExpression re(QStringLiteral("^lento-(\\d{8}-\\d{6}-\\d{3})\\.sqlite$"));
    return re;
}

// Opens `path` read-only and runs the full check; an error describes what is wrong with it.
Status verifyCopy(const QString &path, const QString &role)
{
    SqliteConnection copy;
    OpenOptions options;
    options.readOnly = true;
    const Result<OpenInfo> opened = copy.open(path, options);
    if (!opened)
        return Status(Error {QString(), QStringLiteral("%1 %2").arg(role, opened.error().message)}, opened.kind());
    if (opened->fileSchemaVersion > SchemaMigrator::latestVersion()) {
        return Status(Error {QString(), QStringLiteral("%1 was written by a newer version of Lento").arg(role)},
            ErrorKind::NewerSchema);
    }
    const Result<QStringList> problems = copy.integrityCheck();
    if (!problems)
        return problems.failure<Done>();
    if (!problems->isEmpty())
        return Status(
            Error {QString(), QStringLiteral("%1 is damaged: %2").arg(role, problems->first())}, ErrorKind::Corrupt);
    return Done {};
}

// Hidden, and never matching automaticName(): "<dir>/.<name>.partial-<pid>-<time>".
QString partialName(const QString &path)
{
    const QFileInfo info(path);
    return info.dir().filePath(QStringLiteral(".%1.partial-%2-%3")
                                   .arg(info.fileName())
                                   .arg(QCoreApplication::applicationPid())
                                   .arg(QDateTime::currentMSecsSinceEpoch()));
}

// A file under an automatic copy's name that is not a usable database (unfinished, truncated,
// damaged); a copy that merely could not be read now (busy, newer schema) is left alone.
bool isBroken(ErrorKind kind)
{
    return kind == ErrorKind::Corrupt || kind == ErrorKind::ReadOnly || kind == ErrorKind::Invalid;
}

// Unfinished copies left by a backup that was killed more than an hour ago.
void removeStalePartials(const QString &directory)
{
    const QDir dir(directory);
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addSecs(-3600);
    for (const QFileInfo &f :
        dir.entryInfoList({QStringLiteral(".lento-*.sqlite.partial-*")}, QDir::Files | QDir::Hidden)) {
        if (f.lastModified().toUTC() < cutoff)
            QFile::remove(f.absoluteFilePath());
    }
}

bool renameIfExists(const QString &from, const QString &to)
{
    return !QFile::exists(from) || QFile::rename(from, to);
}

} // namespace

Result<QString> StoreBackup::backup(SqlConnection &connection, const QString &target)
{
    const QString path = QFileInfo(target).absoluteFilePath();
    if (QFileInfo::exists(path))
        return Result<QString>(
            Error {QString(), QStringLiteral("%1 already exists; choose a new file").arg(path)}, ErrorKind::Invalid);
    const Result<QStringList> problems = connection.integrityCheck();
    if (!problems)
        return problems.failure<QString>();
    if (!problems->isEmpty()) {
        return Result<QString>(Error {QString(),
                                   QStringLiteral("the database is damaged (%1); a backup of it would not "
                                                  "help. Restore an earlier backup.")
                                       .arg(problems->first())},
            ErrorKind::Corrupt);
    }
    // The copy is made and checked under a hidden temporary name and only then given its name, so
    // an interrupted backup (killed, disk or file-size limit) never looks like a backup.
    const QString partial = partialName(path);
    const Status copied = connection.copyTo(partial);
    if (!copied) {
        QFile::remove(partial);
        return copied.failure<QString>();
    }
    const Status verified = verifyCopy(partial, QStringLiteral("the backup"));
    if (!verified) {
        QFile::remove(partial);
        return verified.failure<QString>();
    }
    // QFile::rename never replaces an existing file: a file made at `path` meanwhile is kept.
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return Result<QString>(
            Error {QString(), QStringLiteral("%1: cannot give the checked copy its name").arg(path)}, ErrorKind::Io);
    }
    return path;
}

QStringList StoreBackup::automaticCopies(const QString &directory)
{
    QStringList names;
    const QDir dir(directory);
    for (const QString &name : dir.entryList({QStringLiteral("lento-*.sqlite")}, QDir::Files)) {
        if (automaticName().match(name).hasMatch())
            names.append(dir.filePath(name));
    }
    std::sort(names.begin(), names.end(), std::greater<QString>());
    return names;
}

QDateTime StoreBackup::lastAutomaticBackup(const QString &directory)
{
    const QStringList copies = automaticCopies(directory);
    if (copies.isEmpty())
        return {};
    const QString stamp = automaticName().match(QFileInfo(copies.first()).fileName()).captured(1);
    QDateTime t = QDateTime::fromString(stamp, kStampFormat);
    t.setTimeSpec(Qt::UTC);
    return t;
}

Result<QString> StoreBackup::automaticBackup(SqlConnection &connection, const QString &directory, int keep)
{
    if (keep < 1)
        return Error {QStringLiteral("keep"), QStringLiteral("must be at least 1")};
    if (!QDir().mkpath(directory))
        return Result<QString>(
            Error {QString(), QStringLiteral("%1: cannot create the folder").arg(directory)}, ErrorKind::Io);
    const QString name = QStringLiteral("lento-%1.sqlite").arg(QDateTime::currentDateTimeUtc().toString(kStampFormat));
    const Result<QString> made = backup(connection, QDir(directory).filePath(name));
    if (!made)
        return made;
    removeStalePartials(directory);
    // Only copies that pass the full check count towards `keep`: a damaged or unfinished file under
    // a backup's name is removed, never kept in place of a good copy.
    int verified = 0;
    for (const QString &copy : automaticCopies(directory)) {
        const Status ok = copy == *made ? Status(Done {}) : verifyCopy(copy, QStringLiteral("the copy"));
        if (!ok) {
            if (isBroken(ok.kind())) {
                // Checking it may have left SQLite's side files beside it: they go with it.
                QFile::remove(copy);
                QFile::remove(copy + QStringLiteral("-wal"));
                QFile::remove(copy + QStringLiteral("-shm"));
            }
            continue;
        }
        if (verified >= keep)
            QFile::remove(copy);
        else
            ++verified;
    }
    return made;
}

Result<QString> StoreBackup::restore(const QString &backupFile, const QString &target)
{
    if (!QFileInfo::exists(backupFile))
        return Result<QString>(
            Error {QString(), QStringLiteral("%1: no such file").arg(backupFile)}, ErrorKind::NotFound);
    const Status verified = verifyCopy(backupFile, QStringLiteral("the backup"));
    if (!verified)
        return verified.failure<QString>();

    const QString live = QFileInfo(target).absoluteFilePath();
    const QString incoming = live + QStringLiteral(".restoring");
    QFile::remove(incoming);
    {
        SqliteConnection source;
        OpenOptions options;
        options.readOnly = true;
        options.quickCheck = false;
        const Result<OpenInfo> opened = source.open(backupFile, options);
        if (!opened)
            return opened.failure<QString>();
        const Status copied = source.copyTo(incoming);
        if (!copied)
            return copied.failure<QString>();
    }
    QString aside;
    if (QFileInfo::exists(live)) {
        aside = live + QStringLiteral(".before-restore-") + QDateTime::currentDateTimeUtc().toString(kStampFormat);
        // The write-ahead log belongs to its database file: it moves along with it, or neither moves.
        const bool moved = QFile::rename(live, aside);
        if (!moved || !renameIfExists(live + QStringLiteral("-wal"), aside + QStringLiteral("-wal"))) {
            if (moved)
                QFile::rename(aside, live);
            QFile::remove(incoming);
            return Result<QString>(
                Error {QString(), QStringLiteral("%1: cannot move the current database aside").arg(live)},
                ErrorKind::Io);
        }
        QFile::remove(live + QStringLiteral("-shm"));
    }
    if (!QFile::rename(incoming, live))
        return Result<QString>(
            Error {QString(), QStringLiteral("%1: cannot put the restored database in place").arg(live)},
            ErrorKind::Io);
    return aside;
}

} // namespace lento::store
