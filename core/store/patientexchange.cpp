// Patient export/import (JSON) and visit export (CSV).
#include "patientexchange.h"

#include "medicationrepository.h"
#include "patientrepository.h"
#include "plandocument.h"
#include "planrepository.h"
#include "recordjson.h"
#include "visitrepository.h"
#include "withdrawalscales.h"

#include "inputlimits.h"
#include "jsonduplicates.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace lento::store {

namespace {

QString at(const QString &parent, qsizetype i)
{
    return parent + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

// Everything an import will write, checked before the transaction starts.
struct ImportVersion
{
    QByteArray document;
    QString comment;
    PlanRepository::Origin origin;
};

struct ImportPlan
{
    PlanStatus status = PlanStatus::Draft;
    bool archived = false;
    QList<ImportVersion> versions;
};

struct ImportVisit
{
    VisitRecord visit;
    int planIndex = -1;
};

struct ImportData
{
    PatientRecord patient;
    QList<MedicationRecord> medications;
    QList<ImportPlan> plans;
    QList<ImportVisit> visits;
};

Expected<QJsonArray> arrayAt(const QJsonObject &o, const QString &key, const QString &path)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return QJsonArray();
    if (!v.isArray())
        return Error {path, QStringLiteral("must be an array")};
    return v.toArray();
}

std::optional<Error> unknownKey(const QJsonObject &o, const QStringList &known, const QString &path)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            return Error {
                path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(), QStringLiteral("unknown field")};
    }
    return std::nullopt;
}

Expected<ImportPlan> readPlan(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return Error {path, QStringLiteral("must be an object")};
    const QJsonObject o = value.toObject();
    if (auto e
        = unknownKey(o, {QStringLiteral("status"), QStringLiteral("archived"), QStringLiteral("versions")}, path))
        return *e;
    ImportPlan plan;
    if (!fromText(o.value(QStringLiteral("status")).toString(), &plan.status))
        return Error {
            path + QStringLiteral(".status"), QStringLiteral("must be one of draft, active, completed, abandoned")};
    const QJsonValue archived = o.value(QStringLiteral("archived"));
    if (!archived.isUndefined() && !archived.isBool())
        return Error {path + QStringLiteral(".archived"), QStringLiteral("must be true or false")};
    plan.archived = archived.toBool();
    const QString versionsPath = path + QStringLiteral(".versions");
    const Expected<QJsonArray> versions = arrayAt(o, QStringLiteral("versions"), versionsPath);
    if (!versions)
        return versions.error();
    if (versions->isEmpty())
        return Error {versionsPath, QStringLiteral("a plan needs at least one version")};
    for (qsizetype i = 0; i < versions->size(); ++i) {
        const QString vp = at(versionsPath, i);
        if (!versions->at(i).isObject())
            return Error {vp, QStringLiteral("must be an object")};
        const QJsonObject v = versions->at(i).toObject();
        if (auto e = unknownKey(v,
                {QStringLiteral("number"), QStringLiteral("saved_at"), QStringLiteral("author"),
                    QStringLiteral("comment"), QStringLiteral("plan")},
                vp))
            return *e;
        ImportVersion version;
        if (!v.value(QStringLiteral("plan")).isObject())
            return Error {vp + QStringLiteral(".plan"), QStringLiteral("must be a lento-plan/1 object")};
        version.document = QJsonDocument(v.value(QStringLiteral("plan")).toObject()).toJson(QJsonDocument::Indented);
        const Expected<QString> title = PlanRepository::checkDocument(version.document);
        if (!title)
            return Error {vp + QStringLiteral(".plan.") + title.error().path, title.error().message};
        version.comment = v.value(QStringLiteral("comment")).toString();
        version.origin.author = v.value(QStringLiteral("author")).toString();
        const QString savedAt = v.value(QStringLiteral("saved_at")).toString();
        if (!savedAt.isEmpty()) {
            version.origin.savedAt = QDateTime::fromString(savedAt, Qt::ISODateWithMs);
            if (!version.origin.savedAt.isValid())
                return Error {vp + QStringLiteral(".saved_at"), QStringLiteral("must be an ISO-8601 date and time")};
        }
        plan.versions.append(version);
    }
    return plan;
}

Expected<ImportData> readImport(const QByteArray &json)
{
    if (json.size() > limits::kMaxImportBytes)
        return Error {QString(),
            QStringLiteral("the file is %1 bytes; a patient record may be at most %2 bytes")
                .arg(json.size())
                .arg(limits::kMaxImportBytes)};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error {QString(),
            QStringLiteral("not valid JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset)};
    if (!doc.isObject())
        return Error {QString(), QStringLiteral("must be a JSON object")};
    if (const QString key = JsonDuplicates::firstDuplicate(json); !key.isEmpty())
        return Error {key, QStringLiteral("written more than once; keep one value")};
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(PatientExchange::kFormat))
        return Error {
            QStringLiteral("format"), QStringLiteral("must be \"%1\"").arg(QLatin1String(PatientExchange::kFormat))};
    if (auto e = unknownKey(root,
            {QStringLiteral("format"), QStringLiteral("exported_at"), QStringLiteral("exported_by"),
                QStringLiteral("patient"), QStringLiteral("medications"), QStringLiteral("plans"),
                QStringLiteral("visits")},
            QString()))
        return *e;

    ImportData data;
    if (!root.value(QStringLiteral("patient")).isObject())
        return Error {QStringLiteral("patient"), QStringLiteral("required (an object)")};
    const Expected<PatientRecord> patient
        = RecordJson::patientFromJson(root.value(QStringLiteral("patient")).toObject(), QStringLiteral("patient"));
    if (!patient)
        return patient.error();
    data.patient = *patient;

    const Expected<QJsonArray> meds = arrayAt(root, QStringLiteral("medications"), QStringLiteral("medications"));
    if (!meds)
        return meds.error();
    for (qsizetype i = 0; i < meds->size(); ++i) {
        const QString path = at(QStringLiteral("medications"), i);
        if (!meds->at(i).isObject())
            return Error {path, QStringLiteral("must be an object")};
        const Expected<MedicationRecord> m = RecordJson::medicationFromJson(meds->at(i).toObject(), path);
        if (!m)
            return m.error();
        data.medications.append(*m);
    }

    const Expected<QJsonArray> plans = arrayAt(root, QStringLiteral("plans"), QStringLiteral("plans"));
    if (!plans)
        return plans.error();
    for (qsizetype i = 0; i < plans->size(); ++i) {
        const Expected<ImportPlan> plan = readPlan(plans->at(i), at(QStringLiteral("plans"), i));
        if (!plan)
            return plan.error();
        data.plans.append(*plan);
    }

    const Expected<QJsonArray> visits = arrayAt(root, QStringLiteral("visits"), QStringLiteral("visits"));
    if (!visits)
        return visits.error();
    for (qsizetype i = 0; i < visits->size(); ++i) {
        const QString path = at(QStringLiteral("visits"), i);
        if (!visits->at(i).isObject())
            return Error {path, QStringLiteral("must be an object")};
        const QJsonObject o = visits->at(i).toObject();
        const Expected<VisitRecord> v = RecordJson::visitFromJson(o, path, {QStringLiteral("plan_index")});
        if (!v)
            return v.error();
        ImportVisit visit {*v, -1};
        const QJsonValue index = o.value(QStringLiteral("plan_index"));
        if (!index.isUndefined() && !index.isNull()) {
            if (!index.isDouble() || index.toDouble() != double(index.toInt()) || index.toInt() < 0
                || index.toInt() >= data.plans.size())
                return Error {
                    path + QStringLiteral(".plan_index"), QStringLiteral("must be the index of a plan in \"plans\"")};
            visit.planIndex = index.toInt();
        }
        data.visits.append(visit);
    }
    return data;
}

QString csvField(const QString &text)
{
    // Text starting with = + - @ (or a tab or carriage return) is a formula to a spreadsheet: a
    // leading apostrophe keeps it text, so a note cannot run a formula when the file is opened.
    // Plain numbers stay numbers.
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    QString s = text;
    bool isNumber = false;
    s.toDouble(&isNumber);
    if (!s.isEmpty() && formulaStarts.contains(s.front()) && !isNumber)
        s.prepend(QLatin1Char('\''));
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n'))
        && !s.contains(QLatin1Char('\r')))
        return s;
    QString quoted = s;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

template <typename T> QString optionalText(const std::optional<T> &v)
{
    return v ? QString::number(*v) : QString();
}

} // namespace

Result<QByteArray> PatientExchange::exportJson(RecordId patientId) const
{
    const Result<PatientRecord> patient = PatientRepository(m_session).get(patientId);
    if (!patient)
        return patient.failure<QByteArray>();
    const Result<QList<MedicationRecord>> meds = MedicationRepository(m_session).forPatient(patientId);
    if (!meds)
        return meds.failure<QByteArray>();
    const PlanRepository planRepository(m_session);
    const Result<QList<PlanRecord>> plans = planRepository.forPatient(patientId, true);
    if (!plans)
        return plans.failure<QByteArray>();
    const Result<QList<VisitRecord>> visits = VisitRepository(m_session).forPatient(patientId);
    if (!visits)
        return visits.failure<QByteArray>();

    QJsonArray medsJson;
    for (const MedicationRecord &m : *meds)
        medsJson.append(RecordJson::medicationToJson(m));
    QJsonArray plansJson;
    QHash<RecordId, int> planIndex;
    for (const PlanRecord &plan : *plans) {
        const Result<QList<PlanVersion>> versions = planRepository.versions(plan.id, true);
        if (!versions)
            return versions.failure<QByteArray>();
        QJsonArray versionsJson;
        for (const PlanVersion &v : *versions) {
            versionsJson.append(QJsonObject {{QStringLiteral("number"), v.number},
                {QStringLiteral("saved_at"), v.savedAt.toString(Qt::ISODateWithMs)},
                {QStringLiteral("author"), v.author}, {QStringLiteral("comment"), v.comment},
                {QStringLiteral("plan"), QJsonDocument::fromJson(v.document).object()}});
        }
        planIndex.insert(plan.id, int(plansJson.size()));
        plansJson.append(QJsonObject {{QStringLiteral("status"), toText(plan.status)},
            {QStringLiteral("archived"), plan.archived}, {QStringLiteral("versions"), versionsJson}});
    }
    QJsonArray visitsJson;
    for (const VisitRecord &v : *visits) {
        QJsonObject o = RecordJson::visitToJson(v);
        if (v.planId && planIndex.contains(v.planId))
            o.insert(QStringLiteral("plan_index"), planIndex.value(v.planId));
        visitsJson.append(o);
    }
    const QJsonObject root {{QStringLiteral("format"), QLatin1String(kFormat)},
        {QStringLiteral("exported_at"), StoreSession::now()}, {QStringLiteral("exported_by"), m_session.who()},
        {QStringLiteral("patient"), RecordJson::patientToJson(*patient)}, {QStringLiteral("medications"), medsJson},
        {QStringLiteral("plans"), plansJson}, {QStringLiteral("visits"), visitsJson}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<PatientRecord> PatientExchange::importJson(const QByteArray &json) const
{
    const Expected<ImportData> data = readImport(json);
    if (!data)
        return data.error();
    return m_session.write<PatientRecord>([&]() -> Result<PatientRecord> {
        const Result<PatientRecord> patient = PatientRepository(m_session).insert(data->patient);
        if (!patient) {
            if (patient.kind() == ErrorKind::Duplicate)
                return Result<PatientRecord>(Error {QStringLiteral("patient.identifier"),
                                                 QStringLiteral("already used by a patient in this database")},
                    ErrorKind::Duplicate);
            return patient;
        }
        const MedicationRepository meds(m_session);
        for (MedicationRecord m : data->medications) {
            m.patientId = patient->id;
            const Result<MedicationRecord> added = meds.insert(m);
            if (!added)
                return added.failure<PatientRecord>();
        }
        const PlanRepository plans(m_session);
        QList<RecordId> planIds;
        for (const ImportPlan &p : data->plans) {
            // Versions go in while the plan is not archived; the flag is set afterwards.
            const Result<PlanRecord> plan = plans.insertPlan(patient->id, p.status, false, 0);
            if (!plan)
                return plan.failure<PatientRecord>();
            RecordId parent = 0;
            for (const ImportVersion &v : p.versions) {
                const Result<PlanVersion> saved
                    = plans.appendVersion(plan->id, v.document, v.comment, parent, v.origin);
                if (!saved)
                    return saved.failure<PatientRecord>();
                parent = saved->id;
            }
            if (p.archived) {
                const Status archived = plans.setArchived(plan->id, true);
                if (!archived)
                    return archived.failure<PatientRecord>();
            }
            planIds.append(plan->id);
        }
        const VisitRepository visits(m_session);
        for (const ImportVisit &iv : data->visits) {
            VisitRecord v = iv.visit;
            v.patientId = patient->id;
            v.planId = iv.planIndex >= 0 ? planIds.at(iv.planIndex) : 0;
            const Result<VisitRecord> added = visits.insert(v);
            if (!added)
                return added.failure<PatientRecord>();
        }
        return PatientRepository(m_session).get(patient->id);
    });
}

Status PatientExchange::checkImport(const QByteArray &json)
{
    const Expected<ImportData> data = readImport(json);
    if (!data)
        return Status(data.error(), ErrorKind::Invalid);
    return Done {};
}

Result<QByteArray> PatientExchange::exportVisitsCsv(RecordId patientId) const
{
    const Result<PatientRecord> patient = PatientRepository(m_session).get(patientId);
    if (!patient)
        return patient.failure<QByteArray>();
    const Result<QList<VisitRecord>> visits = VisitRepository(m_session).forPatient(patientId);
    if (!visits)
        return visits.failure<QByteArray>();

    QStringList header {QStringLiteral("date"), QStringLiteral("decision"), QStringLiteral("plan"),
        QStringLiteral("ciwa_b_total"), QStringLiteral("ciwa_b_band"), QStringLiteral("ciwa_b_band_set"),
        QStringLiteral("bwsq_total"), QStringLiteral("bp_systolic"), QStringLiteral("bp_diastolic"),
        QStringLiteral("pulse"), QStringLiteral("temperature_c"), QStringLiteral("respirations"),
        QStringLiteral("actual_doses"), QStringLiteral("notes"), QStringLiteral("author")};
    for (int i = 1; i <= 20; ++i)
        header.append(QStringLiteral("ciwa_b_%1").arg(i));
    for (int i = 1; i <= 20; ++i)
        header.append(QStringLiteral("bwsq_%1").arg(i));
    QString out = header.join(QLatin1Char(',')) + QStringLiteral("\r\n");

    for (const VisitRecord &v : *visits) {
        QStringList row {
            v.date.toString(Qt::ISODate), toText(v.decision), v.planId ? QString::number(v.planId) : QString()};
        if (v.ciwaB) {
            const Expected<ScaleScore> s = WithdrawalScales::score(WithdrawalScale::CiwaB, *v.ciwaB);
            row << (s ? QString::number(s->total) : QString()) << (s ? s->bandId : QString())
                << (s ? s->bandSet : QString());
        } else {
            row << QString() << QString() << QString();
        }
        const Expected<ScaleScore> b
            = v.bwsq ? WithdrawalScales::score(WithdrawalScale::Bwsq, *v.bwsq) : Expected<ScaleScore>(Error {});
        row << (b ? QString::number(b->total) : QString());
        row << optionalText(v.vitals.bpSystolic) << optionalText(v.vitals.bpDiastolic) << optionalText(v.vitals.pulse)
            << optionalText(v.vitals.temperatureC) << optionalText(v.vitals.respirations);
        QStringList doses;
        for (const ActualDose &d : v.actualDoses) {
            QString text = d.drug + QLatin1Char(' ') + QString::number(d.mg.value()) + QStringLiteral(" mg");
            if (d.minuteOfDay >= 0)
                text += QStringLiteral(" at ") + PlanDocument::formatTime(d.minuteOfDay);
            if (d.from.isValid() || d.to.isValid())
                text += QStringLiteral(" %1..%2").arg(d.from.toString(Qt::ISODate), d.to.toString(Qt::ISODate));
            doses.append(text);
        }
        row << doses.join(QStringLiteral("; ")) << v.notes << v.author;
        for (int i = 0; i < 20; ++i)
            row << (v.ciwaB ? QString::number(v.ciwaB->at(i)) : QString());
        for (int i = 0; i < 20; ++i)
            row << (v.bwsq ? QString::number(v.bwsq->at(i)) : QString());
        QStringList quoted;
        for (const QString &field : row)
            quoted.append(csvField(field));
        out += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

} // namespace lento::store
