// The append-only audit log: who changed which record when, and what changed (field by field).
// Entries are written inside the transaction of the change they describe, so they commit or
// roll back with it.
#pragma once

#include "records.h"
#include "storesession.h"

#include <QJsonObject>

namespace lento::store {

class AuditLog
{
public:
    explicit AuditLog(const StoreSession &session) : m_session(session) { }

    Status record(const QString &table, RecordId recordId, RecordId patientId, const QString &action,
        const QJsonObject &changes) const;
    // Convenience: an update, logged with the fields that differ between two JSON forms.
    Status recordUpdate(const QString &table, RecordId recordId, RecordId patientId, const QJsonObject &before,
        const QJsonObject &after) const;
    Result<QList<AuditEntry>> list(const AuditQuery &query) const;

    // field -> {"old": ..., "new": ...} for every key whose value differs.
    static QJsonObject diff(const QJsonObject &before, const QJsonObject &after);
    // field -> {"new": ...} for every key (an insert).
    static QJsonObject created(const QJsonObject &after);
    // field -> {"old": ...} for every key (a delete).
    static QJsonObject removed(const QJsonObject &before);

private:
    const StoreSession &m_session;
};

} // namespace lento::store
