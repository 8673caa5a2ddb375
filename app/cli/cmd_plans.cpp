// `lento-cli plans save|list|get|status|archive|restore`: a patient's taper plans. Every save is a
// new immutable version; a save must name the version it was edited from (--parent), and is
// refused (exit 1, "conflict: ...") if someone saved a newer version in the meantime.
#include "storecli.h"

#include "planrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lento::cli {

namespace {

using namespace storecli;

const char *const kUsage
    = "Usage: lento-cli plans <command> [--db FILE] [--clinician NAME]\n"
      "\n"
      "  save ID PLAN.json [--comment C] [--plan P --parent V | --new [--branch-from V]]\n"
      "        Saves PLAN.json (lento-plan/1) as a new version and prints its version id once it is\n"
      "        committed. The patient's first plan needs no options. To save over an existing plan,\n"
      "        give --parent V, the version you edited (and --plan P if the patient has several\n"
      "        plans). If the plan has a newer version than V, nothing is saved and the command\n"
      "        exits with status 1 and a message starting 'conflict:'; get the newest version and\n"
      "        edit again, or keep your edit as a separate plan with --new --branch-from V.\n"
      "  list ID [--archived] [--format json|text]   plans and their versions\n"
      "  get ID [--version V | --plan P] [-o PLAN.json]\n"
      "        Writes a version (default: the newest version of the patient's most recently saved\n"
      "        plan, or of plan P) exactly as it was saved.\n"
      "  status ID --plan P draft|active|completed|abandoned\n"
      "  archive ID --plan P | restore ID --plan P\n"
      "\n"
      "ID is the clinic's identifier (record number).";

// The plan P of this patient, or the one plan it has (-1 = ok).
int pickPlan(const store::Store &store, const store::PatientRecord &patient, const QCommandLineParser &parser,
    const QCommandLineOption &planOpt, store::PlanRecord *plan, bool includeArchived)
{
    if (parser.isSet(planOpt)) {
        qint64 id = 0;
        if (const int rc
            = parseNumber(parser.value(planOpt), QStringLiteral("plan"), 1, std::numeric_limits<qint64>::max(), &id);
            rc >= 0)
            return rc;
        const auto found = store.plan(id);
        if (!found || found->patientId != patient.id)
            return badInput(QStringLiteral("--plan: this patient has no plan %1").arg(id));
        *plan = *found;
        return -1;
    }
    const auto plans = store.plans(patient.id, includeArchived);
    if (!plans)
        return report(plans);
    if (plans->size() != 1)
        return badInput(QStringLiteral("--plan: required, the patient has %1 plans (see 'lento-cli plans list')")
                            .arg(plans->size()));
    *plan = plans->first();
    return -1;
}

int runSave(const QStringList &args)
{
    QCommandLineParser parser;
    const StoreFlags flags;
    flags.addTo(parser);
    const QCommandLineOption comment(
        QStringLiteral("comment"), QStringLiteral("Why this version."), QStringLiteral("C"));
    const QCommandLineOption planOpt(
        QStringLiteral("plan"), QStringLiteral("The plan to save to."), QStringLiteral("P"));
    const QCommandLineOption parent(
        QStringLiteral("parent"), QStringLiteral("The version that was edited."), QStringLiteral("V"));
    const QCommandLineOption fresh(QStringLiteral("new"), QStringLiteral("Save as a new plan."));
    const QCommandLineOption branch(QStringLiteral("branch-from"),
        QStringLiteral("With --new: the version it was branched from."), QStringLiteral("V"));
    parser.addOptions({comment, planOpt, parent, fresh, branch});
    if (const int rc = parseVerb(parser, args, QStringLiteral("lento-cli plans save ID PLAN.json [options]")); rc >= 0)
        return rc;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return badInput(QStringLiteral("plans save: expected a patient ID and a plan file"));
    if (parser.isSet(fresh) && (parser.isSet(parent) || parser.isSet(planOpt)))
        return badInput(QStringLiteral("--new: cannot be combined with --plan or --parent"));
    if (parser.isSet(branch) && !parser.isSet(fresh))
        return badInput(QStringLiteral("--branch-from: only with --new"));
    QByteArray document;
    QString error;
    if (!readFile(positional.at(1), &document, &error))
        return badInput(error);
    // The store's own check, made first so that every problem with the document names the file.
    if (const Expected<QString> valid = store::PlanRepository::checkDocument(document); !valid)
        return badInput(positional.at(1) + QStringLiteral(": ") + valid.error().text());
    qint64 parentId = 0;
    qint64 branchId = 0;
    if (parser.isSet(parent)) {
        if (const int rc = parseNumber(
                parser.value(parent), QStringLiteral("parent"), 1, std::numeric_limits<qint64>::max(), &parentId);
            rc >= 0)
            return rc;
    }
    if (parser.isSet(branch)) {
        if (const int rc = parseNumber(
                parser.value(branch), QStringLiteral("branch-from"), 1, std::numeric_limits<qint64>::max(), &branchId);
            rc >= 0)
            return rc;
    }

    store::Store store;
    store::PatientRecord patient;
    if (const int rc = openForPatient(store, parser, flags, Access::Write, &patient); rc >= 0)
        return rc;
    const auto existing = store.plans(patient.id);
    if (!existing)
        return report(existing);

    store::Result<store::PlanVersion> saved = Error {};
    if (parser.isSet(fresh) || (existing->isEmpty() && !parser.isSet(planOpt))) {
        if (parser.isSet(parent))
            return badInput(QStringLiteral("--parent: the patient has no plan yet"));
        if (branchId) {
            const auto from = store.version(branchId);
            if (!from || store.plan(from->planId)->patientId != patient.id)
                return badInput(QStringLiteral("--branch-from: this patient has no version %1").arg(branchId));
        }
        saved = store.createPlan(patient.id, document, parser.value(comment), branchId);
    } else {
        store::PlanRecord plan;
        if (const int rc = pickPlan(store, patient, parser, planOpt, &plan, false); rc >= 0)
            return rc;
        if (!parser.isSet(parent)) {
            return badInput(QStringLiteral("--parent: required to save over plan %1; give the version you edited "
                                           "(its newest is %2)")
                                .arg(plan.id)
                                .arg(plan.headVersionId));
        }
        saved = store.saveVersion(plan.id, document, parser.value(comment), parentId);
    }
    if (!saved) {
        if (saved.error().path == QStringLiteral("parent"))
            return badInput(QStringLiteral("--parent: ") + saved.error().message);
        return report(saved);
    }
    printOut(QString::number(saved->id));
    return ExitOk;
}

QJsonObject versionJson(const store::PlanVersion &v)
{
    return QJsonObject {{QStringLiteral("version"), v.id}, {QStringLiteral("number"), v.number},
        {QStringLiteral("parent"), v.parentVersionId ? QJsonValue(v.parentVersionId) : QJsonValue()},
        {QStringLiteral("title"), v.title}, {QStringLiteral("author"), v.author},
        {QStringLiteral("comment"), v.comment}, {QStringLiteral("saved_at"), v.savedAt.toString(Qt::ISODateWithMs)}};
}

int runList(const QStringList &args)
{
    QCommandLineParser parser;
    const StoreFlags flags;
    flags.addTo(parser);
    const QCommandLineOption archived(QStringLiteral("archived"), QStringLiteral("Include archived plans."));
    const QCommandLineOption format = formatOption({QStringLiteral("text"), QStringLiteral("json")});
    parser.addOptions({archived, format});
    if (const int rc = parseVerb(parser, args, QStringLiteral("lento-cli plans list ID [--format json|text]")); rc >= 0)
        return rc;
    if (parser.positionalArguments().size() != 1)
        return badInput(QStringLiteral("plans list: expected one patient ID"));
    if (const int rc = checkFormat(parser.value(format), {QStringLiteral("text"), QStringLiteral("json")}); rc >= 0)
        return rc;
    store::Store store;
    store::PatientRecord patient;
    if (const int rc = openForPatient(store, parser, flags, Access::Read, &patient); rc >= 0)
        return rc;
    const auto plans = store.plans(patient.id, parser.isSet(archived));
    if (!plans)
        return report(plans);
    QJsonArray list;
    QString text;
    for (const store::PlanRecord &p : *plans) {
        const auto versions = store.versions(p.id);
        if (!versions)
            return report(versions);
        QJsonArray versionList;
        text += QStringLiteral("plan %1 [%2%3] %4\n")
                    .arg(p.id)
                    .arg(store::toText(p.status), p.archived ? QStringLiteral(", archived") : QString(), p.title);
        for (const store::PlanVersion &v : *versions) {
            versionList.append(versionJson(v));
            // The number as the window shows it ("version 3"); the id for --version.
            text += QStringLiteral("  version %1 (id %2) %3 by %4%5%6\n")
                        .arg(v.number)
                        .arg(v.id)
                        .arg(v.savedAt.toString(Qt::ISODate), v.author,
                            v.comment.isEmpty() ? QString() : QStringLiteral(": ") + v.comment,
                            v.id == p.headVersionId ? QStringLiteral("  [newest]") : QString());
        }
        list.append(QJsonObject {{QStringLiteral("plan"), p.id}, {QStringLiteral("title"), p.title},
            {QStringLiteral("status"), store::toText(p.status)}, {QStringLiteral("archived"), p.archived},
            {QStringLiteral("head_version"), p.headVersionId},
            {QStringLiteral("branched_from"),
                p.branchedFromVersionId ? QJsonValue(p.branchedFromVersionId) : QJsonValue()},
            {QStringLiteral("versions"), versionList}});
    }
    if (parser.value(format) == QStringLiteral("json"))
        printOut(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented)));
    else if (!text.isEmpty())
        printOut(text);
    return ExitOk;
}

int runGet(const QStringList &args)
{
    QCommandLineParser parser;
    const StoreFlags flags;
    flags.addTo(parser);
    const QCommandLineOption versionOpt(
        QStringLiteral("version"), QStringLiteral("The version id."), QStringLiteral("V"));
    const QCommandLineOption planOpt(
        QStringLiteral("plan"), QStringLiteral("The plan whose newest version to get."), QStringLiteral("P"));
    const QCommandLineOption out(QStringList {QStringLiteral("o"), QStringLiteral("output")},
        QStringLiteral("Write to FILE instead of standard output."), QStringLiteral("FILE"));
    parser.addOptions({versionOpt, planOpt, out});
    if (const int rc
        = parseVerb(parser, args, QStringLiteral("lento-cli plans get ID [--version V | --plan P] [-o PLAN.json]"));
        rc >= 0)
        return rc;
    if (parser.positionalArguments().size() != 1)
        return badInput(QStringLiteral("plans get: expected one patient ID"));
    if (parser.isSet(versionOpt) && parser.isSet(planOpt))
        return badInput(QStringLiteral("--version: cannot be combined with --plan"));
    store::Store store;
    store::PatientRecord patient;
    if (const int rc = openForPatient(store, parser, flags, Access::Read, &patient); rc >= 0)
        return rc;

    store::RecordId versionId = 0;
    if (parser.isSet(versionOpt)) {
        if (const int rc = parseNumber(
                parser.value(versionOpt), QStringLiteral("version"), 1, std::numeric_limits<qint64>::max(), &versionId);
            rc >= 0)
            return rc;
    } else if (parser.isSet(planOpt)) {
        store::PlanRecord plan;
        if (const int rc = pickPlan(store, patient, parser, planOpt, &plan, true); rc >= 0)
            return rc;
        versionId = plan.headVersionId;
    } else {
        const auto plans = store.plans(patient.id);
        if (!plans)
            return report(plans);
        if (plans->isEmpty())
            return badInput(QStringLiteral("ID: the patient has no plan"));
        const store::PlanRecord *latest = &plans->first();
        for (const store::PlanRecord &p : *plans) {
            if (p.modified > latest->modified)
                latest = &p;
        }
        versionId = latest->headVersionId;
    }
    const auto version = store.version(versionId);
    if (!version || store.plan(version->planId)->patientId != patient.id)
        return badInput(QStringLiteral("--version: this patient has no version %1").arg(versionId));
    QString error;
    if (!writeOutput(parser.value(out), version->document, &error))
        return failure(error);
    return ExitOk;
}

int runPlanChange(const QStringList &args, const QString &verb)
{
    QCommandLineParser parser;
    const StoreFlags flags;
    flags.addTo(parser);
    const QCommandLineOption planOpt(QStringLiteral("plan"), QStringLiteral("The plan."), QStringLiteral("P"));
    parser.addOption(planOpt);
    const bool status = verb == QStringLiteral("status");
    const QString usage = status ? QStringLiteral("lento-cli plans status ID --plan P draft|active|completed|abandoned")
                                 : QStringLiteral("lento-cli plans %1 ID --plan P").arg(verb);
    if (const int rc = parseVerb(parser, args, usage); rc >= 0)
        return rc;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != (status ? 2 : 1))
        return badInput(QStringLiteral("plans %1: usage: %2").arg(verb, usage));
    store::PlanStatus newStatus = store::PlanStatus::Draft;
    if (status && !store::fromText(positional.at(1), &newStatus))
        return badInput(
            QStringLiteral("STATUS: must be draft, active, completed or abandoned (got '%1')").arg(positional.at(1)));
    store::Store store;
    store::PatientRecord patient;
    if (const int rc = openForPatient(store, parser, flags, Access::Write, &patient); rc >= 0)
        return rc;
    store::PlanRecord plan;
    if (const int rc = pickPlan(store, patient, parser, planOpt, &plan, true); rc >= 0)
        return rc;
    const auto done = status                ? store.setPlanStatus(plan.id, newStatus)
        : verb == QStringLiteral("archive") ? store.archivePlan(plan.id)
                                            : store.restorePlan(plan.id);
    if (!done)
        return report(done);
    return ExitOk;
}

int runPlans(const QStringList &args)
{
    return dispatch(args,
        {{QStringLiteral("save"), runSave}, {QStringLiteral("list"), runList}, {QStringLiteral("get"), runGet},
            {QStringLiteral("status"), [](const QStringList &a) { return runPlanChange(a, QStringLiteral("status")); }},
            {QStringLiteral("archive"),
                [](const QStringList &a) { return runPlanChange(a, QStringLiteral("archive")); }},
            {QStringLiteral("restore"),
                [](const QStringList &a) { return runPlanChange(a, QStringLiteral("restore")); }}},
        QString::fromLatin1(kUsage));
}

const CommandRegistrar registrar({QStringLiteral("plans"),
    QStringLiteral("A patient's saved plans: save (versioned), list, get, status, archive"), runPlans});

} // namespace

} // namespace lento::cli
