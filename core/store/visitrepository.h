// Visits: date, doses actually taken, raw CIWA-B/BWSQ item scores, vitals, decision and notes.
// A visit is corrected (revision-checked), never deleted; each change is audited.
// Writers run inside StoreSession::write().
#pragma once

#include "records.h"
#include "storesession.h"

namespace lento::store {

class VisitRepository
{
public:
    explicit VisitRepository(const StoreSession &session) : m_session(session) { }

    Result<VisitRecord> insert(const VisitRecord &visit) const;
    Result<VisitRecord> update(const VisitRecord &visit) const;

    Result<VisitRecord> get(RecordId visitId) const;
    Result<QList<VisitRecord>> forPatient(RecordId patientId) const; // by date, then as entered

private:
    Status checkLinks(const VisitRecord &visit) const;
    Status writeDoses(RecordId visitId, const QList<ActualDose> &doses) const;
    Result<QList<VisitRecord>> fetch(const QString &where, const QString &doseWhere, const QVariant &value) const;

    const StoreSession &m_session;
};

} // namespace lento::store
