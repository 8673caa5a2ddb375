// SQL for patients (portable: standard SELECT/INSERT/UPDATE with '?' parameters and LIKE).
#include "patientrepository.h"

#include "auditlog.h"
#include "recordjson.h"
#include "sqlquery.h"

namespace lento::store {

namespace {

const QString kColumns = QStringLiteral(
    "SELECT id, identifier, name, date_of_birth, sex, weight_kg, handout_language, notes, seizure_history, "
    "prior_abrupt_withdrawals, opioid_coprescription, alcohol_use, liver_impairment, pregnant, archived, revision, "
    "created_at, modified_at FROM patients ");

PatientRecord readPatient(const SqlQuery &q)
{
    PatientRecord p;
    p.id = q.value(0).toLongLong();
    p.identifier = q.value(1).toString();
    p.name = q.value(2).toString();
    p.dateOfBirth = StoreSession::dateFrom(q.value(3));
    fromText(q.value(4).toString(), &p.sex);
    if (!q.value(5).isNull())
        p.weight = Kilograms(q.value(5).toDouble());
    p.handoutLanguage = q.value(6).toString();
    p.notes = q.value(7).toString();
    p.risks.seizureHistory = q.value(8).toInt() != 0;
    p.risks.priorAbruptWithdrawals = q.value(9).toInt();
    p.risks.opioidCoPrescription = q.value(10).toInt() != 0;
    fromText(q.value(11).toString(), &p.risks.alcohol);
    p.risks.liverImpairment = q.value(12).toInt() != 0;
    p.risks.pregnant = q.value(13).toInt() != 0;
    p.archived = q.value(14).toInt() != 0;
    p.revision = q.value(15).toInt();
    p.created = StoreSession::timeFrom(q.value(16));
    p.modified = StoreSession::timeFrom(q.value(17));
    return p;
}

// The values of the writable columns, in the order of kWritable.
void bindFields(SqlQuery &q, const PatientRecord &p)
{
    q.bind(p.identifier).bind(p.name).bind(StoreSession::dateValue(p.dateOfBirth)).bind(toText(p.sex));
    q.bind(p.weight ? QVariant(p.weight->value()) : sqlNull<double>());
    q.bind(p.handoutLanguage).bind(p.notes).bind(int(p.risks.seizureHistory)).bind(p.risks.priorAbruptWithdrawals);
    q.bind(int(p.risks.opioidCoPrescription)).bind(toText(p.risks.alcohol)).bind(int(p.risks.liverImpairment));
    q.bind(int(p.risks.pregnant)).bind(PatientRepository::searchKey(p.identifier, p.name));
}

// LIKE pattern characters are matched literally.
QString escapeLike(const QString &s)
{
    QString out;
    for (const QChar c : s) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

Error notFound()
{
    return Error {QString(), QStringLiteral("no such patient")};
}

} // namespace

QString PatientRepository::searchKey(const QString &identifier, const QString &name)
{
    return QLatin1Char(' ') + identifier.simplified().toCaseFolded() + QLatin1Char(' ')
        + name.simplified().toCaseFolded();
}

Result<PatientRecord> PatientRepository::fetchOne(const QString &where, const QVariant &value) const
{
    SqlQuery q(m_session, kColumns + where);
    q.bind(value);
    const Status done = q.exec();
    if (!done)
        return done.failure<PatientRecord>();
    if (!q.next())
        return Result<PatientRecord>(notFound(), ErrorKind::NotFound);
    return readPatient(q);
}

Result<PatientRecord> PatientRepository::get(RecordId id) const
{
    return fetchOne(QStringLiteral("WHERE id = ?"), id);
}

Result<PatientRecord> PatientRepository::byIdentifier(const QString &identifier) const
{
    return fetchOne(QStringLiteral("WHERE identifier = ?"), identifier);
}

Status PatientRepository::checkIdentifierFree(const QString &identifier, RecordId except) const
{
    SqlQuery q(m_session, QStringLiteral("SELECT id FROM patients WHERE identifier = ? AND id <> ?"));
    q.bind(identifier).bind(except);
    const Result<QVariant> found = q.scalar();
    if (!found)
        return found.failure<Done>();
    if (found->isValid())
        return Status(Error {QStringLiteral("identifier"), QStringLiteral("already used by another patient")},
            ErrorKind::Duplicate);
    return Done {};
}

Result<PatientRecord> PatientRepository::insert(const PatientRecord &patient) const
{
    const Expected<PatientRecord> valid = RecordJson::checkPatient(patient);
    if (!valid)
        return valid.error();
    const Status free = checkIdentifierFree(patient.identifier, 0);
    if (!free)
        return free.failure<PatientRecord>();
    const QString now = StoreSession::now();
    SqlQuery q(m_session,
        QStringLiteral(
            "INSERT INTO patients (identifier, name, date_of_birth, sex, weight_kg, handout_language, notes, "
            "seizure_history, prior_abrupt_withdrawals, opioid_coprescription, alcohol_use, liver_impairment, "
            "pregnant, "
            "search_key, archived, revision, created_at, modified_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)"));
    bindFields(q, patient);
    q.bind(int(patient.archived)).bind(now).bind(now);
    const Status done = q.exec();
    if (!done)
        return done.failure<PatientRecord>();
    const RecordId id = q.lastInsertId();
    const Status audited = AuditLog(m_session).record(QStringLiteral("patients"), id, id, QStringLiteral("insert"),
        AuditLog::created(RecordJson::patientToJson(patient)));
    if (!audited)
        return audited.failure<PatientRecord>();
    return get(id);
}

Result<PatientRecord> PatientRepository::update(const PatientRecord &patient) const
{
    const Expected<PatientRecord> valid = RecordJson::checkPatient(patient);
    if (!valid)
        return valid.error();
    const Result<PatientRecord> current = get(patient.id);
    if (!current)
        return current;
    if (current->revision != patient.revision) {
        return Result<PatientRecord>(
            Error {QString(),
                QStringLiteral("the patient record was changed by someone else since it was opened "
                               "(revision %1, edited %2); reload it and apply the change again")
                    .arg(current->revision)
                    .arg(patient.revision)},
            ErrorKind::Conflict);
    }
    const Status free = checkIdentifierFree(patient.identifier, patient.id);
    if (!free)
        return free.failure<PatientRecord>();
    SqlQuery q(m_session,
        QStringLiteral(
            "UPDATE patients SET identifier = ?, name = ?, date_of_birth = ?, sex = ?, weight_kg = ?, "
            "handout_language = ?, notes = ?, seizure_history = ?, prior_abrupt_withdrawals = ?, "
            "opioid_coprescription = ?, alcohol_use = ?, liver_impairment = ?, pregnant = ?, search_key = ?, "
            "revision = revision + 1, modified_at = ? WHERE id = ? AND revision = ?"));
    bindFields(q, patient);
    q.bind(StoreSession::now()).bind(patient.id).bind(patient.revision);
    const Status done = q.exec();
    if (!done)
        return done.failure<PatientRecord>();
    QJsonObject before = RecordJson::patientToJson(*current);
    QJsonObject after = RecordJson::patientToJson(patient);
    after.insert(QStringLiteral("archived"), current->archived); // archiving has its own action
    const Status audited
        = AuditLog(m_session).recordUpdate(QStringLiteral("patients"), patient.id, patient.id, before, after);
    if (!audited)
        return audited.failure<PatientRecord>();
    return get(patient.id);
}

Status PatientRepository::setArchived(RecordId id, bool archived) const
{
    const Result<PatientRecord> current = get(id);
    if (!current)
        return current.failure<Done>();
    if (current->archived == archived)
        return Done {};
    SqlQuery q(m_session,
        QStringLiteral("UPDATE patients SET archived = ?, revision = revision + 1, modified_at = ? WHERE id = ?"));
    q.bind(int(archived)).bind(StoreSession::now()).bind(id);
    const Status done = q.exec();
    if (!done)
        return done;
    return AuditLog(m_session).record(
        QStringLiteral("patients"), id, id, archived ? QStringLiteral("archive") : QStringLiteral("restore"), {});
}

Result<QList<PatientSummary>> PatientRepository::search(const QString &prefix, int limit, bool includeArchived) const
{
    QString sql = QStringLiteral("SELECT id, identifier, name, date_of_birth, archived FROM patients WHERE ");
    sql += includeArchived ? QStringLiteral("1 = 1") : QStringLiteral("archived = 0");
    const QString folded = prefix.simplified().toCaseFolded();
    if (!folded.isEmpty())
        sql += QStringLiteral(" AND search_key LIKE ? ESCAPE '\\'");
    // "+name": sorting the matches is cheaper than walking the name index and testing every row.
    sql += QStringLiteral(" ORDER BY +name, identifier LIMIT ?");
    SqlQuery q(m_session, sql);
    if (!folded.isEmpty())
        q.bind(QString(QStringLiteral("% ") + escapeLike(folded) + QLatin1Char('%')));
    q.bind(qMax(1, limit));
    const Status done = q.exec();
    if (!done)
        return done.failure<QList<PatientSummary>>();
    QList<PatientSummary> list;
    while (q.next()) {
        PatientSummary s;
        s.id = q.value(0).toLongLong();
        s.identifier = q.value(1).toString();
        s.name = q.value(2).toString();
        s.dateOfBirth = StoreSession::dateFrom(q.value(3));
        s.archived = q.value(4).toInt() != 0;
        list.append(s);
    }
    return list;
}

} // namespace lento::store
