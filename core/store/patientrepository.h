// Patients in the store: insert, update (refused if the record changed since it was read),
// archive/restore, lookup and prefix search. Writers must run inside StoreSession::write();
// every change is audited.
#pragma once

#include "records.h"
#include "storesession.h"

namespace lento::store {

class PatientRepository
{
public:
    explicit PatientRepository(const StoreSession &session) : m_session(session) { }

    Result<PatientRecord> insert(const PatientRecord &patient) const;
    Result<PatientRecord> update(const PatientRecord &patient) const;
    Status setArchived(RecordId id, bool archived) const;

    Result<PatientRecord> get(RecordId id) const;
    Result<PatientRecord> byIdentifier(const QString &identifier) const;
    Result<QList<PatientSummary>> search(const QString &prefix, int limit, bool includeArchived) const;

    // " <identifier> <word> <word> ..." case-folded: a prefix search matches " <prefix>".
    static QString searchKey(const QString &identifier, const QString &name);

private:
    Result<PatientRecord> fetchOne(const QString &where, const QVariant &value) const;
    Status checkIdentifierFree(const QString &identifier, RecordId except) const;

    const StoreSession &m_session;
};

} // namespace lento::store
