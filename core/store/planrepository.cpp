// SQL for plans and plan versions.
#include "planrepository.h"

#include "auditlog.h"
#include "catalogue.h"
#include "modelinput.h"
#include "plandocument.h"
#include "sqlquery.h"

namespace lento::store {

namespace {

const QString kPlans = QStringLiteral("plans");
const QString kVersions = QStringLiteral("plan_versions");

QVariant idOrNull(RecordId id)
{
    return id ? QVariant(id) : sqlNull<qint64>();
}

} // namespace

Expected<QString> PlanRepository::checkDocument(const QByteArray &document)
{
    const Expected<Plan> plan = PlanDocument::parse(document);
    if (!plan)
        return plan.error();
    // What `check` and `simulate` refuse is not stored either: every drug known or fully defined,
    // every value in range.
    const Expected<ModelInput> input = resolve(*plan, Catalogue::shared());
    if (!input)
        return input.error();
    return plan->title;
}

Result<QList<PlanRecord>> PlanRepository::fetchPlans(const QString &where, const QVariant &value) const
{
    SqlQuery q(m_session,
        QStringLiteral("SELECT id, patient_id, title, status, archived, head_version_id, "
                       "version_count, branched_from_version_id, created_at, modified_at FROM plans ")
            + where + QStringLiteral(" ORDER BY id"));
    q.bind(value);
    const Status done = q.exec();
    if (!done)
        return done.failure<QList<PlanRecord>>();
    QList<PlanRecord> list;
    while (q.next()) {
        PlanRecord p;
        p.id = q.value(0).toLongLong();
        p.patientId = q.value(1).toLongLong();
        p.title = q.value(2).toString();
        fromText(q.value(3).toString(), &p.status);
        p.archived = q.value(4).toInt() != 0;
        p.headVersionId = q.value(5).toLongLong();
        p.versionCount = q.value(6).toInt();
        p.branchedFromVersionId = q.value(7).toLongLong();
        p.created = StoreSession::timeFrom(q.value(8));
        p.modified = StoreSession::timeFrom(q.value(9));
        list.append(p);
    }
    return list;
}

Result<QList<PlanVersion>> PlanRepository::fetchVersions(
    const QString &where, const QVariant &value, bool withDocuments) const
{
    SqlQuery q(m_session,
        QStringLiteral("SELECT v.id, v.plan_id, v.parent_version_id, v.number, v.title, v.author, "
                       "v.comment, v.saved_at")
            + (withDocuments ? QStringLiteral(", v.document") : QString()) + QStringLiteral(" FROM plan_versions v ")
            + where + QStringLiteral(" ORDER BY v.id"));
    q.bind(value);
    const Status done = q.exec();
    if (!done)
        return done.failure<QList<PlanVersion>>();
    QList<PlanVersion> list;
    while (q.next()) {
        PlanVersion v;
        v.id = q.value(0).toLongLong();
        v.planId = q.value(1).toLongLong();
        v.parentVersionId = q.value(2).toLongLong();
        v.number = q.value(3).toInt();
        v.title = q.value(4).toString();
        v.author = q.value(5).toString();
        v.comment = q.value(6).toString();
        v.savedAt = StoreSession::timeFrom(q.value(7));
        if (withDocuments)
            v.document = q.value(8).toString().toUtf8();
        list.append(v);
    }
    return list;
}

Result<PlanRecord> PlanRepository::get(RecordId planId) const
{
    const Result<QList<PlanRecord>> list = fetchPlans(QStringLiteral("WHERE id = ?"), planId);
    if (!list)
        return list.failure<PlanRecord>();
    if (list->isEmpty())
        return Result<PlanRecord>(Error {QString(), QStringLiteral("no such plan")}, ErrorKind::NotFound);
    return list->first();
}

Result<QList<PlanRecord>> PlanRepository::forPatient(RecordId patientId, bool includeArchived) const
{
    return fetchPlans(includeArchived ? QStringLiteral("WHERE patient_id = ?")
                                      : QStringLiteral("WHERE patient_id = ? AND archived = 0"),
        patientId);
}

Result<QList<PlanVersion>> PlanRepository::versions(RecordId planId, bool withDocuments) const
{
    return fetchVersions(QStringLiteral("WHERE v.plan_id = ?"), planId, withDocuments);
}

Result<QList<PlanVersion>> PlanRepository::versionsForPatient(RecordId patientId) const
{
    return fetchVersions(QStringLiteral("JOIN plans p ON p.id = v.plan_id WHERE p.patient_id = ?"), patientId, false);
}

Result<PlanVersion> PlanRepository::version(RecordId versionId) const
{
    const Result<QList<PlanVersion>> list = fetchVersions(QStringLiteral("WHERE v.id = ?"), versionId, true);
    if (!list)
        return list.failure<PlanVersion>();
    if (list->isEmpty())
        return Result<PlanVersion>(Error {QString(), QStringLiteral("no such plan version")}, ErrorKind::NotFound);
    return list->first();
}

Result<PlanRecord> PlanRepository::insertPlan(
    RecordId patientId, PlanStatus status, bool archived, RecordId branchedFrom) const
{
    SqlQuery check(m_session, QStringLiteral("SELECT id FROM patients WHERE id = ?"));
    check.bind(patientId);
    const Result<QVariant> patient = check.scalar();
    if (!patient)
        return patient.failure<PlanRecord>();
    if (!patient->isValid())
        return Result<PlanRecord>(
            Error {QStringLiteral("patient"), QStringLiteral("no such patient")}, ErrorKind::NotFound);
    if (branchedFrom) {
        const Result<PlanVersion> from = version(branchedFrom);
        if (!from)
            return Result<PlanRecord>(Error {QStringLiteral("branched_from"), from.error().message}, from.kind());
    }
    const QString now = StoreSession::now();
    SqlQuery q(m_session,
        QStringLiteral("INSERT INTO plans (patient_id, title, status, archived, head_version_id, "
                       "version_count, branched_from_version_id, created_at, modified_at) "
                       "VALUES (?, '', ?, ?, NULL, 0, ?, ?, ?)"));
    q.bind(patientId).bind(toText(status)).bind(int(archived)).bind(idOrNull(branchedFrom)).bind(now).bind(now);
    const Status done = q.exec();
    if (!done)
        return done.failure<PlanRecord>();
    const RecordId id = q.lastInsertId();
    const QJsonObject fields {{QStringLiteral("status"), toText(status)}, {QStringLiteral("archived"), archived},
        {QStringLiteral("branched_from_version"), branchedFrom}};
    const Status audited
        = AuditLog(m_session).record(kPlans, id, patientId, QStringLiteral("insert"), AuditLog::created(fields));
    if (!audited)
        return audited.failure<PlanRecord>();
    return get(id);
}

Result<PlanVersion> PlanRepository::appendVersion(RecordId planId, const QByteArray &document, const QString &comment,
    RecordId expectedParent, const Origin &origin) const
{
    const Expected<QString> title = checkDocument(document);
    if (!title)
        return title.error();
    if (comment.size() > 2000)
        return Error {QStringLiteral("comment"), QStringLiteral("longer than 2000 characters")};
    const Result<PlanRecord> plan = get(planId);
    if (!plan)
        return plan.failure<PlanVersion>();
    if (plan->archived) {
        return Result<PlanVersion>(
            Error {QString(), QStringLiteral("plan %1 is archived; restore it before saving").arg(planId)},
            ErrorKind::Invalid);
    }
    if (expectedParent) {
        const Result<PlanVersion> parent = version(expectedParent);
        if (!parent || parent->planId != planId) {
            return Result<PlanVersion>(
                Error {QStringLiteral("parent"),
                    QStringLiteral("version %1 is not a version of plan %2").arg(expectedParent).arg(planId)},
                ErrorKind::Invalid);
        }
    }
    // Read inside the caller's write transaction, so the head cannot move before the insert.
    if (plan->headVersionId != expectedParent) {
        const QString edited
            = expectedParent ? QStringLiteral("version %1").arg(expectedParent) : QStringLiteral("no version");
        return Result<PlanVersion>(
            Error {QString(),
                QStringLiteral("plan %1 was saved by someone else: its newest version is %2, but this "
                               "edit started from %3. Nothing was saved; reload the plan or save as a "
                               "new plan.")
                    .arg(planId)
                    .arg(plan->headVersionId)
                    .arg(edited)},
            ErrorKind::Conflict);
    }
    const QString author = origin.author.isEmpty() ? m_session.who() : origin.author;
    const QString savedAt
        = origin.savedAt.isValid() ? origin.savedAt.toUTC().toString(Qt::ISODateWithMs) : StoreSession::now();
    SqlQuery q(m_session,
        QStringLiteral("INSERT INTO plan_versions (plan_id, parent_version_id, number, title, "
                       "document, author, comment, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bind(planId).bind(idOrNull(expectedParent)).bind(plan->versionCount + 1).bind(*title);
    q.bind(QString::fromUtf8(document)).bind(author).bind(comment).bind(savedAt);
    const Status inserted = q.exec();
    if (!inserted)
        return inserted.failure<PlanVersion>();
    const RecordId versionId = q.lastInsertId();

    SqlQuery head(m_session,
        QStringLiteral("UPDATE plans SET head_version_id = ?, version_count = version_count + 1, "
                       "title = ?, modified_at = ? WHERE id = ?"));
    head.bind(versionId).bind(*title).bind(StoreSession::now()).bind(planId);
    const Status moved = head.exec();
    if (!moved)
        return moved.failure<PlanVersion>();
    const QJsonObject fields {{QStringLiteral("plan"), planId}, {QStringLiteral("number"), plan->versionCount + 1},
        {QStringLiteral("parent_version"), expectedParent}, {QStringLiteral("title"), *title},
        {QStringLiteral("comment"), comment}, {QStringLiteral("author"), author}};
    const Status audited = AuditLog(m_session).record(
        kVersions, versionId, plan->patientId, QStringLiteral("insert"), AuditLog::created(fields));
    if (!audited)
        return audited.failure<PlanVersion>();
    return version(versionId);
}

Status PlanRepository::setStatus(RecordId planId, PlanStatus status) const
{
    const Result<PlanRecord> plan = get(planId);
    if (!plan)
        return plan.failure<Done>();
    if (plan->status == status)
        return Done {};
    SqlQuery q(m_session, QStringLiteral("UPDATE plans SET status = ?, modified_at = ? WHERE id = ?"));
    q.bind(toText(status)).bind(StoreSession::now()).bind(planId);
    const Status done = q.exec();
    if (!done)
        return done;
    return AuditLog(m_session).recordUpdate(kPlans, planId, plan->patientId,
        {{QStringLiteral("status"), toText(plan->status)}}, {{QStringLiteral("status"), toText(status)}});
}

Status PlanRepository::setArchived(RecordId planId, bool archived) const
{
    const Result<PlanRecord> plan = get(planId);
    if (!plan)
        return plan.failure<Done>();
    if (plan->archived == archived)
        return Done {};
    SqlQuery q(m_session, QStringLiteral("UPDATE plans SET archived = ?, modified_at = ? WHERE id = ?"));
    q.bind(int(archived)).bind(StoreSession::now()).bind(planId);
    const Status done = q.exec();
    if (!done)
        return done;
    return AuditLog(m_session).record(
        kPlans, planId, plan->patientId, archived ? QStringLiteral("archive") : QStringLiteral("restore"), {});
}

} // namespace lento::store
