// `lento-cli visits add|list`: visits with the doses actually taken, raw CIWA-B/BWSQ item scores,
// vitals and the decision taken. The visit JSON is described in core/store/README.md and --help.
#include "storecli.h"

#include "recordjson.h"
#include "visitdocument.h"
#include "withdrawalscales.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lento::cli {

namespace {

using namespace storecli;

const char *const kUsage
    = "Usage: lento-cli visits <command> [--db FILE] [--clinician NAME]\n"
      "\n"
      "  add ID VISIT.json             record a visit; prints its id\n"
      "  list ID [--format json|csv|text]\n"
      "\n"
      "VISIT.json:\n"
      "  {\"date\": \"2026-12-15\",                      required\n"
      "   \"decision\": \"continue\",                    required: continue, hold, slow, step_back, stop\n"
      "   \"plan\": 12,                                optional: the plan followed (see plans list)\n"
      "   \"actual_doses\": [{\"drug\": \"diazepam\", \"time\": \"08:00\", \"mg\": 9,\n"
      "                     \"from\": \"2026-12-01\", \"to\": \"2026-12-14\"}],   time, from, to optional\n"
      "   \"ciwa_b\": [20 item scores 0-4] or null,\n"
      "   \"bwsq\": [20 item scores 0-2] or null,\n"
      "   \"vitals\": {\"bp_systolic\": 120, \"bp_diastolic\": 80, \"pulse\": 72,\n"
      "              \"temperature_c\": 36.8, \"respirations\": 14},            each optional\n"
      "   \"notes\": \"...\"}\n"
      "Totals and CIWA-B bands (band set camh-1) are computed when listed. The scales monitor\n"
      "symptoms; no score is validated for choosing a medication decision.";

int runAdd(const QStringList &args)
{
    QCommandLineParser parser;
    const StoreFlags flags;
    flags.addTo(parser);
    if (const int rc = parseVerb(parser, args, QStringLiteral("lento-cli visits add ID VISIT.json")); rc >= 0)
        return rc;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return badInput(QStringLiteral("visits add: expected a patient ID and a visit file"));
    const QString file = positional.at(1);
    QByteArray bytes;
    QString error;
    if (!readFile(file, &bytes, &error))
        return badInput(error);
    const Expected<store::VisitDocument> parsed = store::VisitDocument::parse(bytes);
    if (!parsed)
        return badInput(file + QStringLiteral(": ") + parsed.error().text());
    store::VisitRecord visit = parsed->visit;

    store::Store store;
    store::PatientRecord patient;
    if (const int rc = openForPatient(store, parser, flags, Access::Write, &patient); rc >= 0)
        return rc;
    visit.patientId = patient.id;
    const auto added = store.addVisit(visit);
    if (!added)
        return report(added, file);
    printOut(QString::number(added->id));
    return ExitOk;
}

QJsonObject scoreJson(WithdrawalScale scale, const std::optional<QList<int>> &items)
{
    if (!items)
        return {};
    const Expected<ScaleScore> s = WithdrawalScales::score(scale, *items);
    if (!s)
        return {};
    return QJsonObject {{QStringLiteral("total"), s->total}, {QStringLiteral("max"), s->maxTotal},
        {QStringLiteral("band"), s->bandId.isEmpty() ? QJsonValue() : QJsonValue(s->bandId)},
        {QStringLiteral("band_set"), s->bandSet}};
}

int runList(const QStringList &args)
{
    QCommandLineParser parser;
    const StoreFlags flags;
    flags.addTo(parser);
    const QCommandLineOption format
        = formatOption({QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("csv")});
    parser.addOption(format);
    if (const int rc = parseVerb(parser, args, QStringLiteral("lento-cli visits list ID [--format json|csv|text]"));
        rc >= 0)
        return rc;
    if (parser.positionalArguments().size() != 1)
        return badInput(QStringLiteral("visits list: expected one patient ID"));
    if (const int rc
        = checkFormat(parser.value(format), {QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("text")});
        rc >= 0)
        return rc;
    store::Store store;
    store::PatientRecord patient;
    if (const int rc = openForPatient(store, parser, flags, Access::Read, &patient); rc >= 0)
        return rc;
    if (parser.value(format) == QStringLiteral("csv")) {
        const auto csv = store.exportVisitsCsv(patient.id);
        if (!csv)
            return report(csv);
        QString error;
        if (!writeOutput(QString(), *csv, &error))
            return failure(error);
        return ExitOk;
    }
    const auto visits = store.visits(patient.id);
    if (!visits)
        return report(visits);
    if (parser.value(format) == QStringLiteral("json")) {
        QJsonArray list;
        for (const store::VisitRecord &v : *visits) {
            QJsonObject o = store::RecordJson::visitToJson(v);
            o.insert(QStringLiteral("id"), v.id);
            o.insert(QStringLiteral("plan"), v.planId ? QJsonValue(v.planId) : QJsonValue());
            o.insert(QStringLiteral("recorded_at"), v.created.toString(Qt::ISODateWithMs));
            const QJsonObject ciwa = scoreJson(WithdrawalScale::CiwaB, v.ciwaB);
            const QJsonObject bwsq = scoreJson(WithdrawalScale::Bwsq, v.bwsq);
            o.insert(QStringLiteral("ciwa_b_score"), ciwa.isEmpty() ? QJsonValue() : QJsonValue(ciwa));
            o.insert(QStringLiteral("bwsq_score"), bwsq.isEmpty() ? QJsonValue() : QJsonValue(bwsq));
            list.append(o);
        }
        printOut(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented)));
        return ExitOk;
    }
    QString text;
    for (const store::VisitRecord &v : *visits) {
        text += QStringLiteral("%1  %2  %3").arg(v.date.toString(Qt::ISODate), store::toText(v.decision), v.author);
        const QJsonObject ciwa = scoreJson(WithdrawalScale::CiwaB, v.ciwaB);
        if (!ciwa.isEmpty())
            text += QStringLiteral("  CIWA-B %1/80 %2")
                        .arg(ciwa.value(QStringLiteral("total")).toInt())
                        .arg(ciwa.value(QStringLiteral("band")).toString());
        const QJsonObject bwsq = scoreJson(WithdrawalScale::Bwsq, v.bwsq);
        if (!bwsq.isEmpty())
            text += QStringLiteral("  BWSQ %1/40").arg(bwsq.value(QStringLiteral("total")).toInt());
        if (!v.notes.isEmpty())
            text += QStringLiteral("  %1").arg(v.notes.simplified());
        text += QLatin1Char('\n');
    }
    if (!text.isEmpty())
        printOut(text);
    return ExitOk;
}

int runVisits(const QStringList &args)
{
    return dispatch(
        args, {{QStringLiteral("add"), runAdd}, {QStringLiteral("list"), runList}}, QString::fromLatin1(kUsage));
}

const CommandRegistrar registrar(
    {QStringLiteral("visits"), QStringLiteral("Visits: add, list (json or csv)"), runVisits});

} // namespace

} // namespace lento::cli
