// `lento-cli patients add|list|show|import|export|archive|restore`: the patient records of the
// store. Patients are archived, never deleted; archived ones are listed with --archived.
#include "storecli.h"

#include "recordjson.h"
#include "regimentext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lento::cli {

namespace {

using namespace storecli;

const char *const kUsage = "Usage: lento-cli patients <command> [--db FILE] [--clinician NAME]\n"
                           "\n"
                           "  add --id ID --name NAME [--dob YYYY-MM-DD] [--weight KG] [--sex female|male|other]\n"
                           "      [--language CODE] [--notes TEXT]        add a patient; prints the record number\n"
                           "  list [--search TEXT] [--archived] [--limit N] [--format json|text]\n"
                           "  show ID [--format json|text]                the patient, medications and plans\n"
                           "  import FILE.json                            a lento-patient/1 record (all or nothing)\n"
                           "  export ID [-o FILE.json]                    the full record with every plan version\n"
                           "  archive ID | restore ID\n"
                           "\n"
                           "ID is the clinic's identifier (record number).";

int runAdd(const QStringList &args)
{
    QCommandLineParser parser;
    const StoreFlags flags;
    flags.addTo(parser);
    const QCommandLineOption id(
        QStringLiteral("id"), QStringLiteral("Clinic identifier (unique)."), QStringLiteral("ID"));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("Full name."), QStringLiteral("NAME"));
    const QCommandLineOption dob(QStringLiteral("dob"), QStringLiteral("Date of birth."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption weight(QStringLiteral("weight"), QStringLiteral("Weight in kg."), QStringLiteral("KG"));
    const QCommandLineOption sex(
        QStringLiteral("sex"), QStringLiteral("female, male or other."), QStringLiteral("SEX"));
    const QCommandLineOption language(
        QStringLiteral("language"), QStringLiteral("Handout language, e.g. en or zh_CN."), QStringLiteral("CODE"));
    const QCommandLineOption notes(QStringLiteral("notes"), QStringLiteral("Free text."), QStringLiteral("TEXT"));
    parser.addOptions({id, name, dob, weight, sex, language, notes});
    if (const int rc = parseVerb(parser, args, QStringLiteral("lento-cli patients add --id ID --name NAME [options]"));
        rc >= 0)
        return rc;
    if (!parser.positionalArguments().isEmpty())
        return badInput(
            QStringLiteral("patients add: unexpected argument '%1'").arg(parser.positionalArguments().first()));
    if (!parser.isSet(id))
        return badInput(QStringLiteral("--id: required"));
    if (!parser.isSet(name))
        return badInput(QStringLiteral("--name: required"));

    // Build the record through its JSON form so that the flags get exactly the checks of an import.
    QJsonObject json {{QStringLiteral("identifier"), parser.value(id)}, {QStringLiteral("name"), parser.value(name)}};
    if (parser.isSet(dob))
        json.insert(QStringLiteral("date_of_birth"), parser.value(dob));
    if (parser.isSet(weight)) {
        bool ok = false;
        const double kg = parser.value(weight).toDouble(&ok);
        if (!ok)
            return badInput(QStringLiteral("--weight: must be a number of kg (got '%1')").arg(parser.value(weight)));
        json.insert(QStringLiteral("weight_kg"), kg);
    }
    if (parser.isSet(sex))
        json.insert(QStringLiteral("sex"), parser.value(sex));
    if (parser.isSet(language))
        json.insert(QStringLiteral("handout_language"), parser.value(language));
    if (parser.isSet(notes))
        json.insert(QStringLiteral("notes"), parser.value(notes));
    const Expected<store::PatientRecord> record = store::RecordJson::patientFromJson(json);
    if (!record) {
        static const QMap<QString, QString> flagOf {{QStringLiteral("identifier"), QStringLiteral("--id")},
            {QStringLiteral("name"), QStringLiteral("--name")},
            {QStringLiteral("date_of_birth"), QStringLiteral("--dob")},
            {QStringLiteral("weight_kg"), QStringLiteral("--weight")}, {QStringLiteral("sex"), QStringLiteral("--sex")},
            {QStringLiteral("handout_language"), QStringLiteral("--language")},
            {QStringLiteral("notes"), QStringLiteral("--notes")}};
        return badInput(
            flagOf.value(record.error().path, record.error().path) + QStringLiteral(": ") + record.error().message);
    }
    store::Store store;
    if (const int rc = open(store, parser, flags, Access::Write); rc >= 0)
        return rc;
    const auto added = store.addPatient(*record);
    if (!added)
        return report(added.error().path == QStringLiteral("identifier")
                ? Error {QStringLiteral("--id"), added.error().message}
                : added.error(),
            added.kind());
    printOut(QString::number(added->id));
    return ExitOk;
}

int runList(const QStringList &args)
{
    QCommandLineParser parser;
    const StoreFlags flags;
    flags.addTo(parser);
    const QCommandLineOption search(
        QStringLiteral("search"), QStringLiteral("Name or identifier prefix."), QStringLiteral("TEXT"));
    const QCommandLineOption archived(QStringLiteral("archived"), QStringLiteral("Include archived patients."));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("At most N patients (default 1000)."),
        QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption format = formatOption({QStringLiteral("text"), QStringLiteral("json")});
    parser.addOptions({search, archived, limit, format});
    if (const int rc
        = parseVerb(parser, args, QStringLiteral("lento-cli patients list [--search TEXT] [--format json|text]"));
        rc >= 0)
        return rc;
    if (const int rc = checkFormat(parser.value(format), {QStringLiteral("text"), QStringLiteral("json")}); rc >= 0)
        return rc;
    qint64 max = 0;
    if (const int rc = parseNumber(parser.value(limit), QStringLiteral("limit"), 1, 1000000, &max); rc >= 0)
        return rc;
    store::Store store;
    if (const int rc = open(store, parser, flags, Access::Read); rc >= 0)
        return rc;
    const auto found = store.searchPatients(parser.value(search), int(max), parser.isSet(archived));
    if (!found)
        return report(found);
    if (parser.value(format) == QStringLiteral("json")) {
        QJsonArray list;
        for (const store::PatientSummary &p : *found) {
            list.append(QJsonObject {{QStringLiteral("identifier"), p.identifier}, {QStringLiteral("name"), p.name},
                {QStringLiteral("date_of_birth"),
                    p.dateOfBirth.isValid() ? QJsonValue(p.dateOfBirth.toString(Qt::ISODate)) : QJsonValue()},
                {QStringLiteral("archived"), p.archived}});
        }
        printOut(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented)));
        return ExitOk;
    }
    QString text;
    for (const store::PatientSummary &p : *found) {
        text += p.identifier + QLatin1Char('\t') + p.name + QLatin1Char('\t')
            + (p.dateOfBirth.isValid() ? p.dateOfBirth.toString(Qt::ISODate) : QStringLiteral("-"))
            + (p.archived ? QStringLiteral("\tarchived") : QString()) + QLatin1Char('\n');
    }
    if (!text.isEmpty())
        printOut(text);
    return ExitOk;
}

int runShow(const QStringList &args)
{
    QCommandLineParser parser;
    const StoreFlags flags;
    flags.addTo(parser);
    const QCommandLineOption format = formatOption({QStringLiteral("text"), QStringLiteral("json")});
    parser.addOption(format);
    if (const int rc = parseVerb(parser, args, QStringLiteral("lento-cli patients show ID [--format json|text]"));
        rc >= 0)
        return rc;
    if (parser.positionalArguments().size() != 1)
        return badInput(QStringLiteral("patients show: expected one patient ID"));
    if (const int rc = checkFormat(parser.value(format), {QStringLiteral("text"), QStringLiteral("json")}); rc >= 0)
        return rc;
    store::Store store;
    store::PatientRecord patient;
    if (const int rc = openForPatient(store, parser, flags, Access::Read, &patient); rc >= 0)
        return rc;
    const auto history = store.history(patient.id);
    if (!history)
        return report(history);

    QJsonArray meds;
    for (const store::MedicationRecord &m : history->medications)
        meds.append(store::RecordJson::medicationToJson(m));
    QJsonArray plans;
    for (const store::PlanRecord &p : history->plans) {
        plans.append(QJsonObject {{QStringLiteral("plan"), p.id}, {QStringLiteral("title"), p.title},
            {QStringLiteral("status"), store::toText(p.status)}, {QStringLiteral("archived"), p.archived},
            {QStringLiteral("head_version"), p.headVersionId}, {QStringLiteral("versions"), p.versionCount}});
    }
    if (parser.value(format) == QStringLiteral("json")) {
        QJsonObject o = store::RecordJson::patientToJson(patient);
        o.insert(QStringLiteral("medications"), meds);
        o.insert(QStringLiteral("plans"), plans);
        o.insert(QStringLiteral("visits"), int(history->visits.size()));
        printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
        return ExitOk;
    }
    const store::RiskFactors &r = patient.risks;
    QStringList risks;
    if (r.seizureHistory)
        risks << QStringLiteral("seizure history");
    if (r.priorAbruptWithdrawals > 0)
        risks << QStringLiteral("%1 earlier abrupt withdrawal(s)").arg(r.priorAbruptWithdrawals);
    if (r.opioidCoPrescription)
        risks << QStringLiteral("opioid co-prescription");
    if (r.alcohol != store::AlcoholUse::Unknown)
        risks << QStringLiteral("alcohol: %1").arg(store::toText(r.alcohol));
    if (r.liverImpairment)
        risks << QStringLiteral("liver impairment");
    if (r.pregnant)
        risks << QStringLiteral("pregnant");
    QString text
        = QStringLiteral("%1  %2%3\n")
              .arg(patient.identifier, patient.name, patient.archived ? QStringLiteral("  (archived)") : QString());
    text += QStringLiteral("born %1, sex %2, weight %3, handout language %4\n")
                .arg(patient.dateOfBirth.isValid() ? patient.dateOfBirth.toString(Qt::ISODate) : QStringLiteral("-"),
                    store::toText(patient.sex),
                    patient.weight ? QStringLiteral("%1 kg").arg(patient.weight->value()) : QStringLiteral("-"),
                    patient.handoutLanguage.isEmpty() ? QStringLiteral("default") : patient.handoutLanguage);
    text += QStringLiteral("risk factors: %1\n")
                .arg(risks.isEmpty() ? QStringLiteral("none recorded") : risks.join(QStringLiteral(", ")));
    if (!patient.notes.isEmpty())
        text += QStringLiteral("notes: %1\n").arg(patient.notes);
    for (const store::MedicationRecord &m : history->medications)
        text += m.needsReview ? QStringLiteral("takes %1 %2 (to review: typed as \"%3\")\n")
                                    .arg(m.drug, store::RegimenText::write(m.doses), m.regimen)
                              : QStringLiteral("takes %1 %2\n").arg(m.drug, store::RegimenText::write(m.doses));
    for (const store::PlanRecord &p : history->plans) {
        // Versions are numbered 1, 2, 3 ... within their plan, as the window shows them; the newest
        // is the last. The id is what `plans get --version` takes.
        text += QStringLiteral("plan %1 [%2%3] %4 — newest version %5 (id %6), %7 version(s)\n")
                    .arg(p.id)
                    .arg(store::toText(p.status), p.archived ? QStringLiteral(", archived") : QString(), p.title)
                    .arg(p.versionCount)
                    .arg(p.headVersionId)
                    .arg(p.versionCount);
    }
    text += QStringLiteral("%1 visit(s)").arg(history->visits.size());
    printOut(text);
    return ExitOk;
}

int runImport(const QStringList &args)
{
    QCommandLineParser parser;
    const StoreFlags flags;
    flags.addTo(parser);
    if (const int rc = parseVerb(parser, args, QStringLiteral("lento-cli patients import FILE.json")); rc >= 0)
        return rc;
    if (parser.positionalArguments().size() != 1)
        return badInput(QStringLiteral("patients import: expected one JSON file"));
    const QString file = parser.positionalArguments().first();
    QByteArray json;
    QString error;
    if (!readFile(file, &json, &error))
        return badInput(error);
    store::Store store;
    if (const int rc = open(store, parser, flags, Access::Write); rc >= 0)
        return rc;
    const auto imported = store.importPatient(json);
    if (!imported)
        return report(imported, file);
    printOut(QString::number(imported->id));
    return ExitOk;
}

int runExport(const QStringList &args)
{
    QCommandLineParser parser;
    const StoreFlags flags;
    flags.addTo(parser);
    const QCommandLineOption out(QStringList {QStringLiteral("o"), QStringLiteral("output")},
        QStringLiteral("Write to FILE instead of standard output."), QStringLiteral("FILE"));
    parser.addOption(out);
    if (const int rc = parseVerb(parser, args, QStringLiteral("lento-cli patients export ID [-o FILE.json]")); rc >= 0)
        return rc;
    if (parser.positionalArguments().size() != 1)
        return badInput(QStringLiteral("patients export: expected one patient ID"));
    store::Store store;
    store::PatientRecord patient;
    if (const int rc = openForPatient(store, parser, flags, Access::Read, &patient); rc >= 0)
        return rc;
    const auto json = store.exportPatient(patient.id);
    if (!json)
        return report(json);
    QString error;
    if (!writeOutput(parser.value(out), *json, &error))
        return failure(error);
    return ExitOk;
}

int runArchive(const QStringList &args, bool archive)
{
    QCommandLineParser parser;
    const StoreFlags flags;
    flags.addTo(parser);
    const QString verb = archive ? QStringLiteral("archive") : QStringLiteral("restore");
    if (const int rc = parseVerb(parser, args, QStringLiteral("lento-cli patients %1 ID").arg(verb)); rc >= 0)
        return rc;
    if (parser.positionalArguments().size() != 1)
        return badInput(QStringLiteral("patients %1: expected one patient ID").arg(verb));
    store::Store store;
    store::PatientRecord patient;
    if (const int rc = openForPatient(store, parser, flags, Access::Write, &patient); rc >= 0)
        return rc;
    const auto done = archive ? store.archivePatient(patient.id) : store.restorePatient(patient.id);
    if (!done)
        return report(done);
    return ExitOk;
}

int runPatients(const QStringList &args)
{
    return dispatch(args,
        {{QStringLiteral("add"), runAdd}, {QStringLiteral("list"), runList}, {QStringLiteral("show"), runShow},
            {QStringLiteral("import"), runImport}, {QStringLiteral("export"), runExport},
            {QStringLiteral("archive"), [](const QStringList &a) { return runArchive(a, true); }},
            {QStringLiteral("restore"), [](const QStringList &a) { return runArchive(a, false); }}},
        QString::fromLatin1(kUsage));
}

const CommandRegistrar registrar({QStringLiteral("patients"),
    QStringLiteral("Patient records: add, list, show, import, export, archive"), runPatients});

} // namespace

} // namespace lento::cli
