// SQL for visits and the doses taken between visits.
#include "visitrepository.h"

#include "auditlog.h"
#include "recordjson.h"
#include "sqlquery.h"

#include <QHash>

namespace lento::store {

namespace {

const QString kTable = QStringLiteral("visits");

template <typename T> QVariant optionalValue(const std::optional<T> &v)
{
    return v ? QVariant(*v) : sqlNull<T>();
}

template <typename T> std::optional<T> optionalFrom(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<T>(v.value<T>());
}

QVariant itemsValue(const std::optional<QList<int>> &items)
{
    return items ? QVariant(RecordJson::itemsToText(items)) : sqlNull<QString>();
}

void bindContent(SqlQuery &q, const VisitRecord &v)
{
    q.bind(v.planId ? QVariant(v.planId) : sqlNull<qint64>()).bind(StoreSession::dateValue(v.date));
    q.bind(itemsValue(v.ciwaB)).bind(itemsValue(v.bwsq));
    q.bind(optionalValue(v.vitals.bpSystolic)).bind(optionalValue(v.vitals.bpDiastolic));
    q.bind(optionalValue(v.vitals.pulse)).bind(optionalValue(v.vitals.temperatureC));
    q.bind(optionalValue(v.vitals.respirations)).bind(toText(v.decision)).bind(v.notes);
}

} // namespace

Status VisitRepository::checkLinks(const VisitRecord &visit) const
{
    SqlQuery patient(m_session, QStringLiteral("SELECT id FROM patients WHERE id = ?"));
    patient.bind(visit.patientId);
    const Result<QVariant> found = patient.scalar();
    if (!found)
        return found.failure<Done>();
    if (!found->isValid())
        return Status(Error {QStringLiteral("patient"), QStringLiteral("no such patient")}, ErrorKind::NotFound);
    if (!visit.planId)
        return Done {};
    SqlQuery plan(m_session, QStringLiteral("SELECT patient_id FROM plans WHERE id = ?"));
    plan.bind(visit.planId);
    const Result<QVariant> owner = plan.scalar();
    if (!owner)
        return owner.failure<Done>();
    if (!owner->isValid() || owner->toLongLong() != visit.patientId)
        return Status(
            Error {QStringLiteral("plan"), QStringLiteral("no such plan for this patient")}, ErrorKind::Invalid);
    return Done {};
}

Status VisitRepository::writeDoses(RecordId visitId, const QList<ActualDose> &doses) const
{
    SqlQuery clear(m_session, QStringLiteral("DELETE FROM visit_doses WHERE visit_id = ?"));
    clear.bind(visitId);
    const Status cleared = clear.exec();
    if (!cleared)
        return cleared;
    for (qsizetype i = 0; i < doses.size(); ++i) {
        const ActualDose &d = doses[i];
        SqlQuery q(m_session,
            QStringLiteral("INSERT INTO visit_doses (visit_id, position, drug, minute_of_day, mg, "
                           "from_date, to_date) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        q.bind(visitId).bind(int(i)).bind(d.drug);
        q.bind(d.minuteOfDay >= 0 ? QVariant(d.minuteOfDay) : sqlNull<int>()).bind(d.mg.value());
        q.bind(StoreSession::dateValue(d.from)).bind(StoreSession::dateValue(d.to));
        const Status done = q.exec();
        if (!done)
            return done;
    }
    return Done {};
}

Result<QList<VisitRecord>> VisitRepository::fetch(
    const QString &where, const QString &doseWhere, const QVariant &value) const
{
    SqlQuery q(m_session,
        QStringLiteral(
            "SELECT id, patient_id, plan_id, visit_date, ciwa_b_items, bwsq_items, bp_systolic, bp_diastolic, pulse, "
            "temperature_c, respirations, decision, notes, author, revision, created_at, modified_at FROM visits ")
            + where + QStringLiteral(" ORDER BY visit_date, id"));
    q.bind(value);
    const Status done = q.exec();
    if (!done)
        return done.failure<QList<VisitRecord>>();
    QList<VisitRecord> visits;
    QHash<RecordId, qsizetype> index;
    while (q.next()) {
        VisitRecord v;
        v.id = q.value(0).toLongLong();
        v.patientId = q.value(1).toLongLong();
        v.planId = q.value(2).toLongLong();
        v.date = StoreSession::dateFrom(q.value(3));
        v.ciwaB = RecordJson::itemsFromText(q.value(4).toString());
        v.bwsq = RecordJson::itemsFromText(q.value(5).toString());
        v.vitals.bpSystolic = optionalFrom<int>(q.value(6));
        v.vitals.bpDiastolic = optionalFrom<int>(q.value(7));
        v.vitals.pulse = optionalFrom<int>(q.value(8));
        v.vitals.temperatureC = optionalFrom<double>(q.value(9));
        v.vitals.respirations = optionalFrom<int>(q.value(10));
        fromText(q.value(11).toString(), &v.decision);
        v.notes = q.value(12).toString();
        v.author = q.value(13).toString();
        v.revision = q.value(14).toInt();
        v.created = StoreSession::timeFrom(q.value(15));
        v.modified = StoreSession::timeFrom(q.value(16));
        index.insert(v.id, visits.size());
        visits.append(v);
    }
    if (visits.isEmpty())
        return visits;

    SqlQuery d(m_session,
        QStringLiteral("SELECT d.visit_id, d.drug, d.minute_of_day, d.mg, d.from_date, d.to_date "
                       "FROM visit_doses d JOIN visits v ON v.id = d.visit_id ")
            + doseWhere + QStringLiteral(" ORDER BY d.visit_id, d.position"));
    d.bind(value);
    const Status dosesRead = d.exec();
    if (!dosesRead)
        return dosesRead.failure<QList<VisitRecord>>();
    while (d.next()) {
        const auto it = index.constFind(d.value(0).toLongLong());
        if (it == index.constEnd())
            continue;
        ActualDose dose;
        dose.drug = d.value(1).toString();
        dose.minuteOfDay = d.value(2).isNull() ? -1 : d.value(2).toInt();
        dose.mg = Milligrams(d.value(3).toDouble());
        dose.from = StoreSession::dateFrom(d.value(4));
        dose.to = StoreSession::dateFrom(d.value(5));
        visits[*it].actualDoses.append(dose);
    }
    return visits;
}

Result<VisitRecord> VisitRepository::get(RecordId visitId) const
{
    const Result<QList<VisitRecord>> list
        = fetch(QStringLiteral("WHERE id = ?"), QStringLiteral("WHERE v.id = ?"), visitId);
    if (!list)
        return list.failure<VisitRecord>();
    if (list->isEmpty())
        return Result<VisitRecord>(Error {QString(), QStringLiteral("no such visit")}, ErrorKind::NotFound);
    return list->first();
}

Result<QList<VisitRecord>> VisitRepository::forPatient(RecordId patientId) const
{
    return fetch(QStringLiteral("WHERE patient_id = ?"), QStringLiteral("WHERE v.patient_id = ?"), patientId);
}

Result<VisitRecord> VisitRepository::insert(const VisitRecord &visit) const
{
    const Expected<VisitRecord> valid = RecordJson::checkVisit(visit);
    if (!valid)
        return valid.error();
    const Status links = checkLinks(visit);
    if (!links)
        return links.failure<VisitRecord>();
    const QString now = StoreSession::now();
    const QString author = visit.author.isEmpty() ? m_session.who() : visit.author;
    SqlQuery q(m_session,
        QStringLiteral(
            "INSERT INTO visits (plan_id, visit_date, ciwa_b_items, bwsq_items, bp_systolic, bp_diastolic, pulse, "
            "temperature_c, respirations, decision, notes, patient_id, author, revision, created_at, modified_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)"));
    bindContent(q, visit);
    q.bind(visit.patientId).bind(author).bind(now).bind(now);
    const Status done = q.exec();
    if (!done)
        return done.failure<VisitRecord>();
    const RecordId id = q.lastInsertId();
    const Status doses = writeDoses(id, visit.actualDoses);
    if (!doses)
        return doses.failure<VisitRecord>();
    VisitRecord logged = visit;
    logged.author = author;
    const Status audited = AuditLog(m_session).record(
        kTable, id, visit.patientId, QStringLiteral("insert"), AuditLog::created(RecordJson::visitToJson(logged)));
    if (!audited)
        return audited.failure<VisitRecord>();
    return get(id);
}

Result<VisitRecord> VisitRepository::update(const VisitRecord &visit) const
{
    const Expected<VisitRecord> valid = RecordJson::checkVisit(visit);
    if (!valid)
        return valid.error();
    const Result<VisitRecord> current = get(visit.id);
    if (!current)
        return current;
    if (current->patientId != visit.patientId)
        return Error {QStringLiteral("patient"), QStringLiteral("a visit cannot move to another patient")};
    if (current->revision != visit.revision) {
        return Result<VisitRecord>(Error {QString(),
                                       QStringLiteral("the visit was changed by someone else since it "
                                                      "was opened; reload it")},
            ErrorKind::Conflict);
    }
    const Status links = checkLinks(visit);
    if (!links)
        return links.failure<VisitRecord>();
    SqlQuery q(m_session,
        QStringLiteral(
            "UPDATE visits SET plan_id = ?, visit_date = ?, ciwa_b_items = ?, bwsq_items = ?, bp_systolic = ?, "
            "bp_diastolic = ?, pulse = ?, temperature_c = ?, respirations = ?, decision = ?, notes = ?, "
            "revision = revision + 1, modified_at = ? WHERE id = ? AND revision = ?"));
    bindContent(q, visit);
    q.bind(StoreSession::now()).bind(visit.id).bind(visit.revision);
    const Status done = q.exec();
    if (!done)
        return done.failure<VisitRecord>();
    const Status doses = writeDoses(visit.id, visit.actualDoses);
    if (!doses)
        return doses.failure<VisitRecord>();
    VisitRecord after = visit;
    after.author = current->author;
    QJsonObject beforeJson = RecordJson::visitToJson(*current);
    QJsonObject afterJson = RecordJson::visitToJson(after);
    beforeJson.insert(QStringLiteral("plan"), current->planId);
    afterJson.insert(QStringLiteral("plan"), visit.planId);
    const Status audited = AuditLog(m_session).recordUpdate(kTable, visit.id, visit.patientId, beforeJson, afterJson);
    if (!audited)
        return audited.failure<VisitRecord>();
    return get(visit.id);
}

} // namespace lento::store
