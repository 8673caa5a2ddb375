// What a patient takes (drug, regimen, since when, indication, prescriber). Medications are
// corrected or removed; each change is audited. Writers run inside StoreSession::write().
#pragma once

#include "records.h"
#include "storesession.h"

namespace lento::store {

class MedicationRepository
{
public:
    explicit MedicationRepository(const StoreSession &session) : m_session(session) { }

    Result<MedicationRecord> insert(const MedicationRecord &medication) const;
    Result<MedicationRecord> update(const MedicationRecord &medication) const;
    Status remove(RecordId id) const;

    Result<MedicationRecord> get(RecordId id) const;
    Result<QList<MedicationRecord>> forPatient(RecordId patientId) const;

private:
    Result<QList<MedicationRecord>> fetch(const QString &where, const QVariant &value) const;

    const StoreSession &m_session;
};

} // namespace lento::store
