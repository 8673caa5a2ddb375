// One patient's full record as a JSON document ("format": "lento-patient/1": patient, medications,
// plans with every version embedded as a lento-plan/1 object, visits), and visits as CSV.
// Import checks the whole document before writing anything, then writes it in one transaction.
#pragma once

#include "records.h"
#include "storesession.h"

#include <QByteArray>

namespace lento::store {

class PatientExchange
{
public:
    explicit PatientExchange(const StoreSession &session) : m_session(session) { }

    Result<QByteArray> exportJson(RecordId patientId) const;
    Result<PatientRecord> importJson(const QByteArray &json) const; // opens its own write transaction
    Result<QByteArray> exportVisitsCsv(RecordId patientId) const;
    // Every check importJson() makes before writing, without a database: an error names the field.
    static Status checkImport(const QByteArray &json);

    static constexpr const char *kFormat = "lento-patient/1";

private:
    const StoreSession &m_session;
};

} // namespace lento::store
