// Applies the embedded SQL migrations and the few steps that need C++ (Unicode case folding).
#include "schemamigrator.h"

#include "patientrepository.h"
#include "recordjson.h"
#include "regimentext.h"
#include "sqlconnection.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace lento::store {

namespace {

Error sqlError(const QSqlQuery &query, const QString &what)
{
    return Error {QString(), what % QStringLiteral(": ") % query.lastError().text()};
}

// Schema 2 adds patients.search_key; SQL's lower() only folds ASCII, so compute it properly here.
Status refreshSearchKeys(SqlConnection &connection)
{
    QSqlDatabase db = connection.database();
    QSqlQuery select(db);
    select.setForwardOnly(true);
    if (!select.prepare(QStringLiteral("SELECT id, identifier, name FROM patients")) || !select.exec())
        return Status(sqlError(select, QStringLiteral("reading patients")), connection.classify(select.lastError()));
    QList<std::pair<qint64, QString>> keys;
    while (select.next()) {
        keys.append({select.value(0).toLongLong(),
            PatientRepository::searchKey(select.value(1).toString(), select.value(2).toString())});
    }
    QSqlQuery update(db);
    if (!update.prepare(QStringLiteral("UPDATE patients SET search_key = ? WHERE id = ?")))
        return Status(
            sqlError(update, QStringLiteral("updating search keys")), connection.classify(update.lastError()));
    for (const auto &[id, key] : keys) {
        update.addBindValue(key);
        update.addBindValue(id);
        if (!update.exec())
            return Status(
                sqlError(update, QStringLiteral("updating search keys")), connection.classify(update.lastError()));
    }
    return Done {};
}

// Schema 3 structures the medications' regimens: each typed regimen is read into doses; one that
// is not read completely keeps what was read, is marked for review, and keeps its text.
Status structureRegimens(SqlConnection &connection)
{
    QSqlDatabase db = connection.database();
    QSqlQuery select(db);
    select.setForwardOnly(true);
    if (!select.prepare(QStringLiteral("SELECT id, regimen FROM medications")) || !select.exec())
        return Status(sqlError(select, QStringLiteral("reading medications")), connection.classify(select.lastError()));
    struct Row
    {
        qint64 id;
        QString doses;
        bool review;
    };
    QList<Row> rows;
    while (select.next()) {
        const QString text = select.value(1).toString();
        if (text.trimmed().isEmpty())
            continue;
        const RegimenText::Read read = RegimenText::read(text);
        rows.append({select.value(0).toLongLong(),
            QString::fromUtf8(
                QJsonDocument(RecordJson::medicationDosesToJson(read.doses)).toJson(QJsonDocument::Compact)),
            !read.complete});
    }
    QSqlQuery update(db);
    if (!update.prepare(QStringLiteral("UPDATE medications SET doses = ?, needs_review = ? WHERE id = ?")))
        return Status(
            sqlError(update, QStringLiteral("structuring regimens")), connection.classify(update.lastError()));
    for (const Row &r : rows) {
        update.addBindValue(r.doses);
        update.addBindValue(r.review ? 1 : 0);
        update.addBindValue(r.id);
        if (!update.exec())
            return Status(
                sqlError(update, QStringLiteral("structuring regimens")), connection.classify(update.lastError()));
    }
    return Done {};
}

} // namespace

QList<SchemaMigrator::Migration> SchemaMigrator::available()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    QList<Migration> list;
    const QDir dir(QStringLiteral(":/migrations"));
    for (const QString &file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const QRegularExpressionMatch m = pattern.match(file);
        if (!m.hasMatch())
            continue;
        list.append({m.captured(1).toInt(), file.chopped(4), dir.filePath(file)});
    }
    std::sort(list.begin(), list.end(), [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return list;
}

int SchemaMigrator::latestVersion()
{
    const QList<Migration> list = available();
    return list.isEmpty() ? 0 : list.last().version;
}

Result<int> SchemaMigrator::currentVersion(SqlConnection &connection)
{
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")) || !query.exec())
        return Result<int>(
            sqlError(query, QStringLiteral("reading the schema")), connection.classify(query.lastError()));
    bool hasTables = false;
    bool hasVersions = false;
    while (query.next()) {
        const QString name = query.value(0).toString();
        hasVersions = hasVersions || name == QLatin1String("schema_migrations");
        hasTables = hasTables || !name.startsWith(QLatin1String("sqlite_"));
    }
    query.finish();
    if (!hasVersions) {
        if (hasTables)
            return Result<int>(
                Error {QString(), QStringLiteral("the file is an SQLite database but not a Lento patient store")},
                ErrorKind::Invalid);
        return 0;
    }
    if (!query.prepare(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) || !query.exec() || !query.next())
        return Result<int>(
            sqlError(query, QStringLiteral("reading the schema version")), connection.classify(query.lastError()));
    return query.value(0).toInt();
}

Result<QStringList> SchemaMigrator::apply(SqlConnection &connection, int fromVersion)
{
    QStringList applied;
    QSqlDatabase db = connection.database();
    for (const Migration &m : available()) {
        if (m.version <= fromVersion)
            continue;
        QFile file(m.resource);
        if (!file.open(QIODevice::ReadOnly))
            return Result<QStringList>(
                Error {QString(), QStringLiteral("migration %1 is missing").arg(m.name)}, ErrorKind::Io);
        const QStringList statements = splitStatements(QString::fromUtf8(file.readAll()));
        for (const QString &sql : statements) {
            QSqlQuery query(db);
            if (!query.exec(sql)) {
                return Result<QStringList>(sqlError(query, QStringLiteral("migration %1").arg(m.name)),
                    connection.classify(query.lastError()));
            }
        }
        if (m.version == 2) {
            const Status keys = refreshSearchKeys(connection);
            if (!keys)
                return keys.failure<QStringList>();
        }
        if (m.version == 3) {
            const Status regimens = structureRegimens(connection);
            if (!regimens)
                return regimens.failure<QStringList>();
        }
        QSqlQuery record(db);
        record.prepare(QStringLiteral(
            "INSERT INTO schema_migrations (version, name, applied_at, program_version) VALUES (?, ?, ?, ?)"));
        record.addBindValue(m.version);
        record.addBindValue(m.name);
        record.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        record.addBindValue(QStringLiteral(LENTO_VERSION));
        if (!record.exec())
            return Result<QStringList>(sqlError(record, QStringLiteral("recording migration %1").arg(m.name)),
                connection.classify(record.lastError()));
        applied.append(m.name);
    }
    return applied;
}

QStringList SchemaMigrator::splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("--")))
            continue;
        if (current.isEmpty())
            inTrigger = line.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive);
        current += raw + QLatin1Char('\n');
        const bool ends = inTrigger ? line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0
                                    : line.endsWith(QLatin1Char(';'));
        if (ends) {
            statements.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

} // namespace lento::store
