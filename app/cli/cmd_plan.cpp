// `lento-cli plan`: proposes a taper schedule from the current regimen and a pace, made from
// real products, as a lento-plan/1 document with per-step annotations.
// `lento-cli check`: prints the guideline and safety checks of a plan (exit 0 even with warnings).
#include "command.h"

#include "catalogue.h"
#include "checks.h"
#include "modelinput.h"
#include "plandocument.h"
#include "planner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <cstdio>

namespace lento::cli {

namespace {

const char *const kPlanUsage = "lento-cli plan --current \"DRUG:MG@HH:MM,MG@HH:MM,...\" [--strategy "
                               "percent|linear|occupancy|guided] [options] [-o plan.json]";
const char *const kCheckUsage
    = "lento-cli check PLAN.json [--format json|text] [--age N] [--liver] [--seizures] [--opioid] [--epilepsy] "
      "[--pregnant] [--alcohol] [--prior-abrupt N] [-o FILE]";

QStringList presetIds()
{
    QStringList ids;
    for (const PacePreset &p : pacePresets())
        ids << p.id;
    return ids;
}

// Request field (as named by makePlan errors) -> command-line flag.
QString flagFor(const QString &field)
{
    static const QMap<QString, QString> map {
        {QStringLiteral("current"), QStringLiteral("--current")},
        {QStringLiteral("percent"), QStringLiteral("--percent")},
        {QStringLiteral("linearMg"), QStringLiteral("--mg")},
        {QStringLiteral("maxDropPoints"), QStringLiteral("--max-drop")},
        {QStringLiteral("maxPressure"), QStringLiteral("--max-pressure")},
        {QStringLiteral("everyDays"), QStringLiteral("--every")},
        {QStringLiteral("minIntervalDays"), QStringLiteral("--min-interval")},
        {QStringLiteral("maxIntervalDays"), QStringLiteral("--max-interval")},
        {QStringLiteral("switchTo"), QStringLiteral("--switch-to")},
        {QStringLiteral("stageDays"), QStringLiteral("--stage-days")},
        {QStringLiteral("equivalence"), QStringLiteral("--equivalence")},
        {QStringLiteral("forms"), QStringLiteral("--forms")},
        {QStringLiteral("region"), QStringLiteral("--region")},
        {QStringLiteral("products"), QStringLiteral("--products")},
        {QStringLiteral("targetMg"), QStringLiteral("--target-mg")},
        {QStringLiteral("floorMg"), QStringLiteral("--floor-mg")},
        {QStringLiteral("microTaper"), QStringLiteral("--micro-taper")},
        {QStringLiteral("patient.weight_kg"), QStringLiteral("--weight")},
        {QStringLiteral("patient.prior_abrupt_withdrawals"), QStringLiteral("--prior-abrupt")},
        {QStringLiteral("ageYears"), QStringLiteral("--age")},
        {QStringLiteral("firstCutPercent"), QStringLiteral("--first-cut")},
    };
    if (map.contains(field))
        return map.value(field);
    if (field.startsWith(QStringLiteral("current[")))
        return QStringLiteral("--current (") + field + QLatin1Char(')');
    if (field.startsWith(QStringLiteral("holds[")))
        return QStringLiteral("--hold (") + field + QLatin1Char(')');
    return field;
}

bool parseNumber(const QString &text, const QString &flag, double min, double max, double *out, QString *error)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < min || v > max) {
        *error = QStringLiteral("%1: must be a number between %2 and %3 (got '%4')")
                     .arg(flag, QString::number(min), QString::number(max), text);
        return false;
    }
    *out = v;
    return true;
}

int runPlan(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Propose a taper schedule made from real products, as a lento-plan/1 document.\n"
                       "Each step carries explanations under the key \"annotations\" (ignored by the model): kind,\n"
                       "daily doses, realised cut after rounding (% and modelled occupancy points), the product\n"
                       "composition of every dose and notes. The request is recorded under the key \"planner\".\n"
                       "Pressure and occupancy figures are modelled, not predictions for an individual."));
    auto opt = [&](const char *name, const char *help, const char *value = nullptr, const char *def = nullptr) {
        QCommandLineOption o(QString::fromLatin1(name), QString::fromLatin1(help));
        if (value)
            o.setValueName(QString::fromLatin1(value));
        if (def)
            o.setDefaultValue(QString::fromLatin1(def));
        parser.addOption(o);
        return o;
    };
    const auto current = opt(
        "current", "Today's regimen: DRUG:MG@HH:MM, more doses as MG@HH:MM or DRUG:MG@HH:MM (required).", "REGIMEN");
    const auto strategy = opt("strategy", "percent (default), linear, occupancy or guided.", "NAME", "percent");
    const QString presetHelp = QStringLiteral("A named pace: %1. Flags given with it (--every, --percent, "
                                              "--max-drop) override its values.")
                                   .arg(presetIds().join(QStringLiteral(", ")));
    QCommandLineOption preset(QStringLiteral("preset"), presetHelp, QStringLiteral("NAME"));
    parser.addOption(preset);
    const auto percent = opt("percent", "Percent strategy: cut P % of the current dose per step (default 10).", "P");
    const auto mgCut
        = opt("mg", "Linear strategy: mg/day of the tapered drug per step (default 10 % of the start).", "X");
    const auto maxDrop = opt(
        "max-drop", "Occupancy strategy: most occupancy points per step (presets 5, 2.5, 1.3; default 5).", "PTS");
    const auto maxPressure
        = opt("max-pressure", "Guided strategy: cap on the modelled shown pressure (default 0.05, the low band).", "W");
    const auto firstCut = opt("first-cut",
        "Guided strategy: largest first cut in % (default 10, the ASAM 2025 initial pace; at most 25).", "P");
    const auto every = opt("every", "Days between reductions (default 14).", "DAYS");
    const auto minInterval = opt("min-interval", "Shortest interval in days (default 7).", "DAYS");
    const auto maxInterval = opt("max-interval", "Longest interval in days (default 56).", "DAYS");
    const auto hold = opt("hold", "Hold N:DAYS: after reduction N stay DAYS longer (repeatable).", "N:DAYS");
    const auto switchTo = opt("switch-to", "Cross over to this long-acting drug first (e.g. diazepam).", "DRUG");
    const auto stageDays = opt("stage-days", "Days per crossover stage, one dose time per stage (default 7).", "D");
    const auto morningFirst = opt("morning-first", "Switch the earliest dose first (default: the evening dose first).");
    const auto equivalence = opt("equivalence",
        "Equivalence source: ashton (default), vadod (VA/DoD as printed in ASAM 2025), nhss (NHS Scotland), nsw "
        "(NSW Health) or clincalc.",
        "SOURCE", "ashton");
    const auto forms = opt("forms", "tablets (default), liquid or tablets+liquid.", "FORMS", "tablets");
    const auto region = opt("region", "Product set: cn, uk (default), us or eu.", "REGION", "uk");
    const auto products = opt("products",
        "What the pharmacy stocks, replacing the region's set for the tapered drug, e.g.\n"
        "\"tablet:10:quarter,tablet:5:half,tablet:2:whole,liquid:2mg/5mL:0.1mL\".",
        "SPEC");
    const auto cutOrder
        = opt("cut-order", "daytime-first (default), night-first or proportional.", "ORDER", "daytime-first");
    const auto rounding = opt(
        "rounding", "never-beyond-rule (default) or nearest (published arithmetic).", "MODE", "never-beyond-rule");
    const auto micro = opt("micro-taper", "Spread each cut over its days as daily decrements (needs liquid).");
    const auto target
        = opt("target-mg", "Stop at this maintenance dose (mg/day of the tapered drug) instead of zero.", "X");
    const auto floor
        = opt("floor-mg", "Stop from this daily dose (default: the smallest amount the products make).", "X");
    const auto start = opt("start", "Start date YYYY-MM-DD.", "DATE");
    const auto weight = opt("weight", "Body weight in kg (default 70).", "KG");
    const auto multiplier = opt("half-life-multiplier", "Patient half-life multiplier (default 1).", "M");
    const auto prior = opt("prior-abrupt", "Number of earlier abrupt withdrawals (kindling; default 0).", "N");
    const auto age = opt("age",
        "Patient age in years: from 65 the intervals are 1.5 times longer and an unset half-life multiplier "
        "becomes 1.5.",
        "N");
    const auto liver = opt("liver", "Liver impairment: intervals twice as long, half-life multiplier 2 if unset.");
    const auto title = opt("title", "Plan title (default: generated).", "TEXT");
    const QCommandLineOption outOpt(QStringList {QStringLiteral("o"), QStringLiteral("output")},
        QStringLiteral("Write the plan to FILE instead of standard output."), QStringLiteral("FILE"));
    parser.addOption(outOpt);
    if (const int rc = parseVerb(parser, args, QString::fromLatin1(kPlanUsage)); rc >= 0)
        return rc;
    if (!parser.positionalArguments().isEmpty())
        return badInput(QStringLiteral("plan: unexpected argument '%1' (usage: %2)")
                            .arg(parser.positionalArguments().first(), QString::fromLatin1(kPlanUsage)));
    if (!parser.isSet(current))
        return badInput(QStringLiteral("--current: required (e.g. --current \"alprazolam:1@08:00,1@22:00\")"));

    const Catalogue &catalogue = Catalogue::shared();
    PlannerRequest r;
    QString error;
    const Expected<QList<Dose>> regimen = parseRegimenSpec(parser.value(current), catalogue);
    if (!regimen)
        return badInput(regimen.error().text());
    r.current = regimen.value();
    const std::optional<Strategy> st = strategyFromId(parser.value(strategy));
    if (!st)
        return badInput(QStringLiteral("--strategy: must be percent, linear, occupancy or guided (got '%1')")
                            .arg(parser.value(strategy)));
    r.strategy = *st;
    if (parser.isSet(preset)) {
        const PacePreset *p = findPacePreset(parser.value(preset).trimmed().toLower());
        if (!p)
            return badInput(QStringLiteral("--preset: must be one of %1 (got '%2')")
                                .arg(presetIds().join(QStringLiteral(", ")), parser.value(preset)));
        if (parser.isSet(strategy) && *st != p->strategy)
            return badInput(QStringLiteral("--strategy: %1 does not match --preset %2").arg(strategyId(*st), p->id));
        applyPacePreset(*p, &r);
    }
    if (parser.isSet(percent)
        && !parseNumber(parser.value(percent), QStringLiteral("--percent"), 0.1, 50, &r.percent, &error))
        return badInput(error);
    if (parser.isSet(mgCut)) {
        double v = 0;
        if (!parseNumber(parser.value(mgCut), QStringLiteral("--mg"), 0.001, 1000, &v, &error))
            return badInput(error);
        r.linearMg = Milligrams(v);
    }
    if (parser.isSet(maxDrop)
        && !parseNumber(parser.value(maxDrop), QStringLiteral("--max-drop"), 0.1, 50, &r.maxDropPoints, &error))
        return badInput(error);
    if (parser.isSet(maxPressure)
        && !parseNumber(
            parser.value(maxPressure), QStringLiteral("--max-pressure"), 0.001, 0.99, &r.maxPressure, &error))
        return badInput(error);
    if (parser.isSet(firstCut)
        && !parseNumber(parser.value(firstCut), QStringLiteral("--first-cut"), 0.1, 25, &r.firstCutPercent, &error))
        return badInput(error);
    if (parser.isSet(minInterval)
        && !parseIntFlag(
            parser.value(minInterval), QStringLiteral("--min-interval"), 1, 365, &r.minIntervalDays, &error))
        return badInput(error);
    if (parser.isSet(maxInterval)
        && !parseIntFlag(
            parser.value(maxInterval), QStringLiteral("--max-interval"), 1, 365, &r.maxIntervalDays, &error))
        return badInput(error);
    if (parser.isSet(every)
        && !parseIntFlag(parser.value(every), QStringLiteral("--every"), 1, 365, &r.everyDays, &error))
        return badInput(error);
    for (const QString &h : parser.values(hold)) {
        const QStringList parts = h.split(QLatin1Char(':'));
        HoldSpec spec;
        if (parts.size() != 2
            || !parseIntFlag(
                parts[0], QStringLiteral("--hold (reduction number)"), 1, 1000, &spec.afterReduction, &error)
            || !parseIntFlag(parts[1], QStringLiteral("--hold (days)"), 1, 365, &spec.days, &error))
            return badInput(error.isEmpty() ? QStringLiteral("--hold: expected N:DAYS (got '%1')").arg(h) : error);
        r.holds.append(spec);
    }
    r.switchTo = parser.value(switchTo).trimmed().toLower();
    if (parser.isSet(stageDays)
        && !parseIntFlag(parser.value(stageDays), QStringLiteral("--stage-days"), 1, 90, &r.stageDays, &error))
        return badInput(error);
    r.eveningFirst = !parser.isSet(morningFirst);
    r.equivalence = parser.value(equivalence).trimmed().toLower();
    const QString f = parser.value(forms).trimmed().toLower();
    const std::optional<FormsAllowed> fa = formsFromId(f);
    if (!fa)
        return badInput(QStringLiteral("--forms: must be tablets, liquid or tablets+liquid (got '%1')").arg(f));
    r.forms = *fa;
    r.region = parser.value(region).trimmed().toLower();
    if (parser.isSet(products)) {
        const Expected<QList<Product>> p = parseProductSpec(parser.value(products));
        if (!p)
            return badInput(p.error().text());
        r.products = p.value();
        // The products decide the forms (the planner records them); an explicit --forms must agree.
        const FormsAllowed given = formsOf(r.products);
        if (parser.isSet(forms) && given != r.forms)
            return badInput(QStringLiteral("--forms: %1 does not match --products, which lists %2")
                                .arg(formsId(r.forms), formsId(given)));
    }
    const std::optional<CutOrder> co = cutOrderFromId(parser.value(cutOrder).trimmed().toLower());
    if (!co)
        return badInput(QStringLiteral("--cut-order: must be daytime-first, night-first or proportional (got '%1')")
                            .arg(parser.value(cutOrder)));
    r.cutOrder = *co;
    const QString rm = parser.value(rounding).trimmed().toLower();
    if (rm == QStringLiteral("nearest"))
        r.rounding = RoundingMode::Nearest;
    else if (rm != QStringLiteral("never-beyond-rule"))
        return badInput(QStringLiteral("--rounding: must be never-beyond-rule or nearest (got '%1')").arg(rm));
    r.microTaper = parser.isSet(micro);
    if (parser.isSet(target)) {
        double v = 0;
        if (!parseNumber(parser.value(target), QStringLiteral("--target-mg"), 0.0001, 10000, &v, &error))
            return badInput(error);
        r.targetMg = Milligrams(v);
    }
    if (parser.isSet(floor)) {
        double v = 0;
        if (!parseNumber(parser.value(floor), QStringLiteral("--floor-mg"), 0, 10000, &v, &error))
            return badInput(error);
        r.floorMg = Milligrams(v);
    }
    if (parser.isSet(start)) {
        r.startDate = QDate::fromString(parser.value(start), Qt::ISODate);
        if (!r.startDate.isValid())
            return badInput(QStringLiteral("--start: must be a date YYYY-MM-DD (got '%1')").arg(parser.value(start)));
    }
    if (parser.isSet(weight)
        && !parseNumber(parser.value(weight), QStringLiteral("--weight"), 1, 500, &r.patient.weightKg, &error))
        return badInput(error);
    if (parser.isSet(multiplier)
        && !parseNumber(parser.value(multiplier), QStringLiteral("--half-life-multiplier"), 0.1, 10,
            &r.patient.halfLifeMultiplier, &error))
        return badInput(error);
    if (parser.isSet(prior)
        && !parseIntFlag(
            parser.value(prior), QStringLiteral("--prior-abrupt"), 0, 100, &r.patient.priorAbruptWithdrawals, &error))
        return badInput(error);
    r.title = parser.value(title);
    if (parser.isSet(age)) {
        int years = 0;
        if (!parseIntFlag(parser.value(age), QStringLiteral("--age"), 0, 130, &years, &error))
            return badInput(error);
        r.ageYears = years;
    }
    r.liverImpairment = parser.isSet(liver);

    const Expected<Plan> plan = makePlan(r, catalogue);
    if (!plan)
        return badInput(flagFor(plan.error().path) + QStringLiteral(": ") + plan.error().message);
    // A plan that cannot keep to its rule is still written (with its critical finding), and the
    // reason and the alternatives are said here too.
    const QJsonObject feasibility = plan.value()
                                        .extra.value(QStringLiteral("planner"))
                                        .toObject()
                                        .value(QStringLiteral("feasibility"))
                                        .toObject();
    if (!feasibility.isEmpty() && !feasibility.value(QStringLiteral("follows_rule")).toBool(true))
        std::fprintf(stderr, "lento-cli: critical: %s\n",
            feasibility.value(QStringLiteral("text")).toString().toUtf8().constData());
    if (!writeOutput(parser.value(outOpt), PlanDocument::write(plan.value()), &error))
        return failure(error);
    return ExitOk;
}

QString textReport(const QList<Check> &checks)
{
    if (checks.isEmpty())
        return QStringLiteral("No findings.");
    QStringList lines;
    for (const Check &c : checks) {
        const QString where = c.stepIndex < 0 ? QStringLiteral("plan") : QStringLiteral("step %1").arg(c.stepIndex + 1);
        lines << QStringLiteral("%1 [%2] %3: %4").arg(severityId(c.severity).toUpper(), where, c.code, c.message);
        lines << QStringLiteral("    source: %1").arg(c.ruleSource);
    }
    return lines.join(QLatin1Char('\n'));
}

int runCheck(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Check a lento-plan/1 document against taper guidelines (ASAM 2025 and others) and patient risk\n"
        "factors. Each finding: severity (info, warning, critical), step (1-based in text, 0-based \"step\"\n"
        "in JSON, -1 for the whole plan), code, message and rule source. Exit 0 even with warnings."));
    parser.addPositionalArgument(QStringLiteral("PLAN.json"), QStringLiteral("The plan document to check."));
    const QCommandLineOption formatOpt(QStringLiteral("format"),
        QStringLiteral("Output format: text (default) or json."), QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption ageOpt(
        QStringLiteral("age"), QStringLiteral("Patient age in years."), QStringLiteral("N"));
    const QCommandLineOption liverOpt(QStringLiteral("liver"), QStringLiteral("Liver impairment."));
    const QCommandLineOption seizureOpt(QStringLiteral("seizures"), QStringLiteral("History of seizures."));
    const QCommandLineOption opioidOpt(QStringLiteral("opioid"), QStringLiteral("An opioid is co-prescribed."));
    const QCommandLineOption epilepsyOpt(QStringLiteral("epilepsy"), QStringLiteral("Prescribed for epilepsy."));
    const QCommandLineOption pregnantOpt(QStringLiteral("pregnant"), QStringLiteral("The patient is pregnant."));
    const QCommandLineOption alcoholOpt(QStringLiteral("alcohol"), QStringLiteral("The patient drinks alcohol."));
    const QCommandLineOption priorOpt(QStringLiteral("prior-abrupt"),
        QStringLiteral("Earlier abrupt withdrawals (default: the plan's patient value)."), QStringLiteral("N"));
    const QCommandLineOption outOpt(QStringList {QStringLiteral("o"), QStringLiteral("output")},
        QStringLiteral("Write to FILE instead of standard output."), QStringLiteral("FILE"));
    parser.addOptions(
        {formatOpt, ageOpt, liverOpt, seizureOpt, opioidOpt, epilepsyOpt, pregnantOpt, alcoholOpt, priorOpt, outOpt});
    if (const int rc = parseVerb(parser, args, QString::fromLatin1(kCheckUsage)); rc >= 0)
        return rc;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return badInput(
            QStringLiteral("check: expected one plan file (usage: %1)").arg(QString::fromLatin1(kCheckUsage)));
    const QString format = parser.value(formatOpt);
    if (format != QStringLiteral("json") && format != QStringLiteral("text"))
        return badInput(QStringLiteral("--format: must be json or text (got '%1')").arg(format));
    CheckContext ctx;
    QString error;
    if (parser.isSet(ageOpt)) {
        int age = 0;
        if (!parseIntFlag(parser.value(ageOpt), QStringLiteral("--age"), 0, 130, &age, &error))
            return badInput(error);
        ctx.ageYears = age;
    }
    if (parser.isSet(priorOpt)) {
        int n = 0;
        if (!parseIntFlag(parser.value(priorOpt), QStringLiteral("--prior-abrupt"), 0, 100, &n, &error))
            return badInput(error);
        ctx.priorAbruptWithdrawals = n;
    }
    ctx.liverImpairment = parser.isSet(liverOpt);
    ctx.seizureHistory = parser.isSet(seizureOpt);
    ctx.opioidCoPrescription = parser.isSet(opioidOpt);
    ctx.epilepsyIndication = parser.isSet(epilepsyOpt);
    ctx.pregnant = parser.isSet(pregnantOpt);
    ctx.alcohol = parser.isSet(alcoholOpt);

    QByteArray bytes;
    if (!readFile(positional.first(), &bytes, &error))
        return badInput(error);
    const Expected<Plan> plan = PlanDocument::parse(bytes);
    if (!plan)
        return badInput(positional.first() + QStringLiteral(": ") + plan.error().text());
    // A plan the model cannot read (an unknown drug, an invalid drug override) is bad input, as
    // for simulate: checks on it would leave that drug out.
    if (const Expected<ModelInput> input = resolve(plan.value(), Catalogue::shared()); !input)
        return badInput(positional.first() + QStringLiteral(": ") + input.error().text());
    const QList<Check> checks = runChecks(plan.value(), Catalogue::shared(), ctx);
    QByteArray out;
    if (format == QStringLiteral("json")) {
        QJsonArray a;
        for (const Check &c : checks)
            a.append(c.toJson());
        QJsonObject o;
        o.insert(QStringLiteral("checks"), a);
        o.insert(QStringLiteral("count"), int(checks.size()));
        out = QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        out = textReport(checks).toUtf8() + '\n';
    }
    if (!writeOutput(parser.value(outOpt), out, &error))
        return failure(error);
    return ExitOk;
}

const CommandRegistrar planRegistrar({QStringLiteral("plan"),
    QStringLiteral("Propose a taper schedule from real products (lento-plan/1 with annotations)"), runPlan});
const CommandRegistrar checkRegistrar({QStringLiteral("check"),
    QStringLiteral("Check a plan against taper guidelines and patient risk factors"), runCheck});

} // namespace

} // namespace lento::cli
