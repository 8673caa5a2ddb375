// SQL for medications.
#include "medicationrepository.h"

#include "auditlog.h"
#include "recordjson.h"
#include "sqlquery.h"

#include <QJsonDocument>

namespace lento::store {

namespace {

const QString kTable = QStringLiteral("medications");

Status patientExists(const StoreSession &session, RecordId patientId)
{
    SqlQuery q(session, QStringLiteral("SELECT id FROM patients WHERE id = ?"));
    q.bind(patientId);
    const Result<QVariant> found = q.scalar();
    if (!found)
        return found.failure<Done>();
    if (!found->isValid())
        return Status(Error {QStringLiteral("patient"), QStringLiteral("no such patient")}, ErrorKind::NotFound);
    return Done {};
}

QString dosesText(const QList<MedicationDose> &doses)
{
    return QString::fromUtf8(QJsonDocument(RecordJson::medicationDosesToJson(doses)).toJson(QJsonDocument::Compact));
}

} // namespace

Result<QList<MedicationRecord>> MedicationRepository::fetch(const QString &where, const QVariant &value) const
{
    SqlQuery q(m_session,
        QStringLiteral("SELECT id, patient_id, drug, regimen, since, indication, prescriber, revision, doses, "
                       "needs_review FROM medications ")
            + where + QStringLiteral(" ORDER BY id"));
    q.bind(value);
    const Status done = q.exec();
    if (!done)
        return done.failure<QList<MedicationRecord>>();
    QList<MedicationRecord> list;
    while (q.next()) {
        MedicationRecord m;
        m.id = q.value(0).toLongLong();
        m.patientId = q.value(1).toLongLong();
        m.drug = q.value(2).toString();
        m.regimen = q.value(3).toString();
        m.since = StoreSession::dateFrom(q.value(4));
        m.indication = q.value(5).toString();
        m.prescriber = q.value(6).toString();
        m.revision = q.value(7).toInt();
        const QJsonDocument doses = QJsonDocument::fromJson(q.value(8).toString().toUtf8());
        const auto read = RecordJson::medicationDosesFromJson(doses.array(), QStringLiteral("doses"));
        if (!doses.isArray() || !read)
            return Result<QList<MedicationRecord>>(
                Error {QStringLiteral("medications.doses"),
                    QStringLiteral("medication %1 has unreadable doses: %2")
                        .arg(m.id)
                        .arg(read ? QStringLiteral("not a JSON array") : read.error().text())},
                ErrorKind::Corrupt);
        m.doses = *read;
        m.needsReview = q.value(9).toInt() != 0;
        list.append(m);
    }
    return list;
}

Result<MedicationRecord> MedicationRepository::get(RecordId id) const
{
    const Result<QList<MedicationRecord>> list = fetch(QStringLiteral("WHERE id = ?"), id);
    if (!list)
        return list.failure<MedicationRecord>();
    if (list->isEmpty())
        return Result<MedicationRecord>(Error {QString(), QStringLiteral("no such medication")}, ErrorKind::NotFound);
    return list->first();
}

Result<QList<MedicationRecord>> MedicationRepository::forPatient(RecordId patientId) const
{
    return fetch(QStringLiteral("WHERE patient_id = ?"), patientId);
}

Result<MedicationRecord> MedicationRepository::insert(const MedicationRecord &medication) const
{
    const Expected<MedicationRecord> valid = RecordJson::checkMedication(medication);
    if (!valid)
        return valid.error();
    const Status patient = patientExists(m_session, medication.patientId);
    if (!patient)
        return patient.failure<MedicationRecord>();
    const QString now = StoreSession::now();
    SqlQuery q(m_session,
        QStringLiteral("INSERT INTO medications (patient_id, drug, regimen, since, indication, "
                       "prescriber, revision, created_at, modified_at, doses, needs_review) "
                       "VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)"));
    q.bind(medication.patientId).bind(medication.drug).bind(medication.regimen);
    q.bind(StoreSession::dateValue(medication.since)).bind(medication.indication).bind(medication.prescriber);
    q.bind(now).bind(now).bind(dosesText(medication.doses)).bind(medication.needsReview ? 1 : 0);
    const Status done = q.exec();
    if (!done)
        return done.failure<MedicationRecord>();
    const RecordId id = q.lastInsertId();
    const Status audited = AuditLog(m_session).record(kTable, id, medication.patientId, QStringLiteral("insert"),
        AuditLog::created(RecordJson::medicationToJson(medication)));
    if (!audited)
        return audited.failure<MedicationRecord>();
    return get(id);
}

Result<MedicationRecord> MedicationRepository::update(const MedicationRecord &medication) const
{
    const Expected<MedicationRecord> valid = RecordJson::checkMedication(medication);
    if (!valid)
        return valid.error();
    const Result<MedicationRecord> current = get(medication.id);
    if (!current)
        return current;
    if (current->revision != medication.revision) {
        return Result<MedicationRecord>(Error {QString(),
                                            QStringLiteral("the medication was changed by someone else "
                                                           "since it was opened; reload it")},
            ErrorKind::Conflict);
    }
    SqlQuery q(m_session,
        QStringLiteral("UPDATE medications SET drug = ?, regimen = ?, since = ?, indication = ?, "
                       "prescriber = ?, revision = revision + 1, modified_at = ?, doses = ?, needs_review = ? "
                       "WHERE id = ? AND revision = ?"));
    q.bind(medication.drug).bind(medication.regimen).bind(StoreSession::dateValue(medication.since));
    q.bind(medication.indication).bind(medication.prescriber).bind(StoreSession::now());
    q.bind(dosesText(medication.doses)).bind(medication.needsReview ? 1 : 0);
    q.bind(medication.id).bind(medication.revision);
    const Status done = q.exec();
    if (!done)
        return done.failure<MedicationRecord>();
    const Status audited = AuditLog(m_session).recordUpdate(kTable, medication.id, current->patientId,
        RecordJson::medicationToJson(*current), RecordJson::medicationToJson(medication));
    if (!audited)
        return audited.failure<MedicationRecord>();
    return get(medication.id);
}

Status MedicationRepository::remove(RecordId id) const
{
    const Result<MedicationRecord> current = get(id);
    if (!current)
        return current.failure<Done>();
    SqlQuery q(m_session, QStringLiteral("DELETE FROM medications WHERE id = ?"));
    q.bind(id);
    const Status done = q.exec();
    if (!done)
        return done;
    return AuditLog(m_session).record(kTable, id, current->patientId, QStringLiteral("delete"),
        AuditLog::removed(RecordJson::medicationToJson(*current)));
}

} // namespace lento::store
