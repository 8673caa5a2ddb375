// `lento-cli simulate`: runs the model on a plan document and writes the sampled series
// (JSON columns or CSV rows) with a summary of the modelled withdrawal pressure.
#include "command.h"

#include "inputlimits.h"

#include "catalogue.h"
#include "modelinput.h"
#include "plandocument.h"
#include "simulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace lento::cli {

namespace {

const char *const kUsage = "lento-cli simulate PLAN.json [--days N] [--step-minutes M] [--format json|csv] [-o FILE]";

// Shortest text that reads back to the same double.
void appendNumber(QByteArray &out, double v)
{
    if (v == 0.0) { // also -0.0, which would print as "-0"
        out.append('0');
        return;
    }
    out.append(QByteArray::number(v, 'g', QLocale::FloatingPointShortest));
}

void appendArray(QByteArray &out, const lento::Series &values)
{
    out.append('[');
    for (size_t i = 0; i < values.size(); ++i) {
        if (i)
            out.append(", ");
        appendNumber(out, values[i]);
    }
    out.append(']');
}

QJsonObject summaryJson(const SimulationSummary &s, int stepMinutes)
{
    QJsonObject bands;
    bands.insert(QStringLiteral("low"), s.daysInBand[0]);
    bands.insert(QStringLiteral("moderate"), s.daysInBand[1]);
    bands.insert(QStringLiteral("high"), s.daysInBand[2]);
    bands.insert(QStringLiteral("severe"), s.daysInBand[3]);
    QJsonObject o;
    o.insert(QStringLiteral("modelled"), true);
    o.insert(QStringLiteral("note"),
        QStringLiteral("Modelled figures from a planning model (docs/model.md); not a prediction of any individual's "
                       "withdrawal."));
    o.insert(QStringLiteral("days"), s.days);
    o.insert(QStringLiteral("step_minutes"), stepMinutes);
    o.insert(QStringLiteral("peak_withdrawal_shown"), s.peakShown);
    o.insert(QStringLiteral("peak_day"), s.peakDay);
    static const char *const names[] = {"low", "moderate", "high", "severe"};
    o.insert(QStringLiteral("peak_band"), QLatin1String(names[int(bandFor(s.peakShown))]));
    o.insert(QStringLiteral("days_in_band"), bands);
    o.insert(QStringLiteral("current_interdose_swing"), s.currentSwing);
    o.insert(QStringLiteral("first_day_level_below_1"),
        s.firstDayBelow1 ? QJsonValue(*s.firstDayBelow1) : QJsonValue(QJsonValue::Null));
    return o;
}

QByteArray toJson(const SimulationResult &r, int stepMinutes)
{
    QByteArray out;
    out.reserve(qsizetype(r.tH.size() * (6 + 2 * r.drugs.size()) * 22 + 1024));
    out.append("{\"t_h\": ");
    appendArray(out, r.tH);
    out.append(",\n \"level_mg_deq\": ");
    appendArray(out, r.level);
    out.append(",\n \"effect\": ");
    appendArray(out, r.effect);
    out.append(",\n \"adaptation\": ");
    appendArray(out, r.adaptation);
    out.append(",\n \"withdrawal\": ");
    appendArray(out, r.withdrawal);
    out.append(",\n \"withdrawal_shown\": ");
    appendArray(out, r.withdrawalShown);
    out.append(",\n \"drugs\": {");
    for (size_t d = 0; d < r.drugs.size(); ++d) {
        if (d)
            out.append(",");
        out.append("\n  ");
        out.append(QJsonDocument(QJsonArray {r.drugs[d].id}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
        out.append(": {\"conc_ng_ml\": ");
        appendArray(out, r.drugs[d].concNgMl);
        out.append(", \"metabolite_ng_ml\": ");
        appendArray(out, r.drugs[d].metaboliteNgMl);
        out.append('}');
    }
    out.append("},\n \"summary\": ");
    out.append(QJsonDocument(summaryJson(r.summary, stepMinutes)).toJson(QJsonDocument::Compact));
    out.append("}\n");
    return out;
}

QByteArray toCsv(const SimulationResult &r)
{
    QByteArray out;
    out.reserve(qsizetype(r.tH.size() * (6 + 2 * r.drugs.size()) * 20 + 256));
    out.append("t_h,level_mg_deq,effect,adaptation,withdrawal,withdrawal_shown");
    for (const DrugSeries &d : r.drugs) {
        const QByteArray id = d.id.toUtf8();
        out.append("," + id + "_conc_ng_ml," + id + "_metabolite_ng_ml");
    }
    out.append('\n');
    for (size_t i = 0; i < r.tH.size(); ++i) {
        appendNumber(out, r.tH[i]);
        for (const lento::Series *col : {&r.level, &r.effect, &r.adaptation, &r.withdrawal, &r.withdrawalShown}) {
            out.append(',');
            appendNumber(out, (*col)[i]);
        }
        for (const DrugSeries &d : r.drugs) {
            out.append(',');
            appendNumber(out, d.concNgMl[i]);
            out.append(',');
            appendNumber(out, d.metaboliteNgMl[i]);
        }
        out.append('\n');
    }
    return out;
}

int runSimulate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Simulate a lento-plan/1 document with the Lento model: plasma concentrations, the\n"
                       "diazepam-equivalent level, effect, adaptation and the modelled withdrawal pressure.\n"
                       "Samples at t = 0, M, 2M, ... up to 24*N hours. All risk figures are modelled."));
    parser.addPositionalArgument(QStringLiteral("PLAN.json"), QStringLiteral("The plan document to simulate."));
    const QCommandLineOption daysOpt(QStringLiteral("days"),
        QStringLiteral("Days to simulate (default: last step's day + 60)."), QStringLiteral("N"));
    const QCommandLineOption stepOpt(
        QStringLiteral("step-minutes"), QStringLiteral("Sample spacing in minutes (default 60)."), QStringLiteral("M"));
    const QCommandLineOption formatOpt(QStringLiteral("format"),
        QStringLiteral("Output format: json (default) or csv."), QStringLiteral("FORMAT"), QStringLiteral("json"));
    const QCommandLineOption outOpt(QStringList {QStringLiteral("o"), QStringLiteral("output")},
        QStringLiteral("Write to FILE instead of standard output."), QStringLiteral("FILE"));
    parser.addOptions({daysOpt, stepOpt, formatOpt, outOpt});
    if (const int rc = parseVerb(parser, args, QString::fromLatin1(kUsage)); rc >= 0)
        return rc;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return badInput(
            QStringLiteral("simulate: expected one plan file (usage: %1)").arg(QString::fromLatin1(kUsage)));
    const QString format = parser.value(formatOpt);
    if (format != QStringLiteral("json") && format != QStringLiteral("csv"))
        return badInput(QStringLiteral("--format: must be json or csv (got '%1')").arg(format));

    SimulationOptions options;
    QString error;
    if (parser.isSet(daysOpt)
        && !parseIntFlag(parser.value(daysOpt), QStringLiteral("--days"), 0, 36500, &options.days, &error))
        return badInput(error);
    if (parser.isSet(stepOpt)
        && !parseIntFlag(
            parser.value(stepOpt), QStringLiteral("--step-minutes"), 1, 1440, &options.stepMinutes, &error))
        return badInput(error);

    QByteArray bytes;
    if (!readFile(positional.first(), &bytes, &error))
        return badInput(error);
    const Expected<Plan> plan = PlanDocument::parse(bytes);
    if (!plan)
        return badInput(positional.first() + QStringLiteral(": ") + plan.error().text());
    const Expected<Catalogue> catalogue = Catalogue::builtIn();
    if (!catalogue)
        return failure(QStringLiteral("built-in drug catalogue: ") + catalogue.error().text());
    const Expected<ModelInput> input = resolve(*plan, *catalogue);
    if (!input)
        return badInput(positional.first() + QStringLiteral(": ") + input.error().text());
    // Every sample is kept and printed: refuse before allocating what a long, fine run would need.
    const qint64 days = options.days < 0 ? input->lastStepDay() + 60 : options.days;
    const qint64 samples = days * 1440 / options.stepMinutes + 1;
    if (samples > limits::kMaxSimulationSamples)
        return badInput(QStringLiteral("--step-minutes: %1 days at %2-minute steps are %3 samples; at most %4 "
                                       "(use a longer --step-minutes or fewer --days)")
                            .arg(days)
                            .arg(options.stepMinutes)
                            .arg(samples)
                            .arg(limits::kMaxSimulationSamples));
    const Expected<SimulationResult> result = simulate(*input, options);
    if (!result)
        return badInput(positional.first() + QStringLiteral(": ") + result.error().text());

    const QByteArray out = format == QStringLiteral("csv") ? toCsv(*result) : toJson(*result, options.stepMinutes);
    if (!writeOutput(parser.value(outOpt), out, &error))
        return failure(error);
    return ExitOk;
}

const CommandRegistrar registrar({QStringLiteral("simulate"),
    QStringLiteral("Simulate a plan: concentrations, level, modelled withdrawal pressure"), runSimulate});

} // namespace

} // namespace lento::cli
