// Writing and reading the audit log.
#include "auditlog.h"

#include "sqlquery.h"

#include <QJsonDocument>
#include <QSet>

namespace lento::store {

Status AuditLog::record(const QString &table, RecordId recordId, RecordId patientId, const QString &action,
    const QJsonObject &changes) const
{
    SqlQuery q(m_session,
        QStringLiteral("INSERT INTO audit_log (at, who, table_name, record_id, patient_id, action, "
                       "changes) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.bind(StoreSession::now()).bind(m_session.who()).bind(table).bind(recordId);
    q.bind(patientId ? QVariant(patientId) : sqlNull<qint64>());
    q.bind(action).bind(QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact)));
    return q.exec();
}

Status AuditLog::recordUpdate(const QString &table, RecordId recordId, RecordId patientId, const QJsonObject &before,
    const QJsonObject &after) const
{
    return record(table, recordId, patientId, QStringLiteral("update"), diff(before, after));
}

QJsonObject AuditLog::diff(const QJsonObject &before, const QJsonObject &after)
{
    QSet<QString> keys;
    for (auto it = before.begin(); it != before.end(); ++it)
        keys.insert(it.key());
    for (auto it = after.begin(); it != after.end(); ++it)
        keys.insert(it.key());
    QJsonObject changes;
    for (const QString &key : keys) {
        const QJsonValue a = before.value(key);
        const QJsonValue b = after.value(key);
        if (a.isObject() && b.isObject()) {
            const QJsonObject inner = diff(a.toObject(), b.toObject());
            for (auto it = inner.begin(); it != inner.end(); ++it)
                changes.insert(key + QLatin1Char('.') + it.key(), it.value());
        } else if (a != b) {
            changes.insert(key, QJsonObject {{QStringLiteral("old"), a}, {QStringLiteral("new"), b}});
        }
    }
    return changes;
}

namespace {

QJsonObject tagged(const QJsonObject &fields, const QString &tag)
{
    QJsonObject changes;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        changes.insert(it.key(), QJsonObject {{tag, it.value()}});
    return changes;
}

} // namespace

QJsonObject AuditLog::created(const QJsonObject &after)
{
    return tagged(after, QStringLiteral("new"));
}

QJsonObject AuditLog::removed(const QJsonObject &before)
{
    return tagged(before, QStringLiteral("old"));
}

Result<QList<AuditEntry>> AuditLog::list(const AuditQuery &query) const
{
    QString sql
        = QStringLiteral("SELECT id, at, who, table_name, record_id, action, changes FROM audit_log WHERE 1 = 1");
    QVariantList values;
    if (!query.table.isEmpty()) {
        sql += QStringLiteral(" AND table_name = ?");
        values.append(query.table);
    }
    if (query.recordId) {
        sql += QStringLiteral(" AND record_id = ?");
        values.append(query.recordId);
    }
    if (query.patientId) {
        sql += QStringLiteral(" AND patient_id = ?");
        values.append(query.patientId);
    }
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    values.append(qMax(1, query.limit));
    SqlQuery q(m_session, sql);
    for (const QVariant &v : values)
        q.bind(v);
    const Status done = q.exec();
    if (!done)
        return done.failure<QList<AuditEntry>>();
    QList<AuditEntry> entries;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.when = StoreSession::timeFrom(q.value(1));
        e.who = q.value(2).toString();
        e.table = q.value(3).toString();
        e.recordId = q.value(4).toLongLong();
        e.action = q.value(5).toString();
        e.changes = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        entries.append(e);
    }
    return entries;
}

} // namespace lento::store
