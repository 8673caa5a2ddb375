// Translated renderings of core data (see displaytext.h). Core writes English; the words here go
// through tr() so the Chinese translation covers them, and drug names follow the UI language.
#include "displaytext.h"

#include "catalogue.h"

#include <QLocale>
#include <QStringList>

#include <cmath>

namespace lento::ui {

bool DisplayText::chineseUi()
{
    return QLocale().language() == QLocale::Chinese;
}

QString DisplayText::drugName(const DrugParams &drug)
{
    if (chineseUi() && !drug.nameZh.isEmpty())
        return drug.nameZh;
    return drug.nameEn.isEmpty() ? drug.id : drug.nameEn;
}

QString DisplayText::drugName(const QString &id, const Catalogue *catalogue)
{
    if (catalogue)
        if (const DrugParams *d = catalogue->find(id))
            return drugName(*d);
    return id;
}

QString DisplayText::strategyName(Strategy strategy)
{
    switch (strategy) {
    case Strategy::Percent:
        return tr("Percent of the current dose");
    case Strategy::Linear:
        return tr("Fixed mg per step");
    case Strategy::Occupancy:
        return tr("Receptor occupancy (hyperbolic)");
    case Strategy::Guided:
        return tr("Guided by modelled withdrawal pressure");
    }
    return QString();
}

QString DisplayText::strategyDescription(Strategy strategy)
{
    switch (strategy) {
    case Strategy::Percent:
        return tr("Each step cuts a fixed percentage of the dose taken at that time, so the cuts get smaller as the "
                  "dose falls.");
    case Strategy::Linear:
        return tr(
            "Each step cuts the same number of mg per day. Late cuts are large relative to the dose; use with care.");
    case Strategy::Occupancy:
        return tr("Each step lowers the modelled receptor occupancy by at most the given number of percentage points "
                  "(Maudsley hyperbolic tapering).");
    case Strategy::Guided:
        return tr("Steps are chosen so the modelled withdrawal pressure stays under a cap. Modelled, not a prediction "
                  "for this patient.");
    }
    return QString();
}

QString DisplayText::cutOrderName(CutOrder order)
{
    switch (order) {
    case CutOrder::DaytimeFirst:
        return tr("Daytime doses first");
    case CutOrder::NightFirst:
        return tr("Night dose first");
    case CutOrder::Proportional:
        return tr("All doses in proportion");
    }
    return QString();
}

QString DisplayText::formsName(FormsAllowed forms)
{
    switch (forms) {
    case FormsAllowed::Tablets:
        return tr("Tablets");
    case FormsAllowed::Liquid:
        return tr("Oral liquid");
    case FormsAllowed::TabletsAndLiquid:
        return tr("Tablets and oral liquid");
    }
    return QString();
}

QString DisplayText::severityName(CheckSeverity severity)
{
    switch (severity) {
    case CheckSeverity::Info:
        return tr("Information");
    case CheckSeverity::Warning:
        return tr("Warning");
    case CheckSeverity::Critical:
        return tr("Critical");
    }
    return QString();
}

QString DisplayText::stepKindName(const QString &kind)
{
    if (kind == QLatin1String("crossover"))
        return tr("Switch");
    if (kind == QLatin1String("reduction"))
        return tr("Reduction");
    if (kind == QLatin1String("hold"))
        return tr("Hold");
    if (kind == QLatin1String("stop"))
        return tr("Stop");
    if (kind == QLatin1String("increase"))
        return tr("Increase");
    return kind;
}

QString DisplayText::regionName(const QString &id, const lento::Catalogue *catalogue)
{
    if (id == QLatin1String("cn"))
        return tr("China");
    if (id == QLatin1String("uk"))
        return tr("United Kingdom");
    if (id == QLatin1String("us"))
        return tr("United States");
    if (id == QLatin1String("eu"))
        return tr("European Union");
    return catalogue ? catalogue->regionName(id) : id;
}

QString DisplayText::equivalenceName(const QString &source)
{
    if (source == QLatin1String("ashton"))
        return tr("Ashton Manual");
    if (source == QLatin1String("vadod"))
        return tr("VA/DoD (ASAM 2025 Table 7)");
    if (source == QLatin1String("nhss"))
        return tr("NHS Scotland");
    if (source == QLatin1String("nsw"))
        return tr("NSW Health");
    if (source == QLatin1String("clincalc"))
        return tr("ClinCalc");
    return source;
}

QString DisplayText::mg(double value, int decimals)
{
    const QLocale locale;
    QString number;
    if (decimals < 0) {
        number = locale.toString(value, 'f', 4);
        const QChar dot = locale.decimalPoint().at(0);
        if (number.contains(dot)) {
            while (number.endsWith(QLatin1Char('0')))
                number.chop(1);
            if (number.endsWith(dot))
                number.chop(1);
        }
    } else {
        number = locale.toString(value, 'f', decimals);
    }
    return tr("%1 mg").arg(number);
}

QString DisplayText::percent(double value, int decimals)
{
    return tr("%1 %").arg(QLocale().toString(value, 'f', decimals));
}

QString DisplayText::count(double units)
{
    int whole = 0;
    const QString frac = quarterParts(units, &whole);
    if (whole == 0)
        return frac.isEmpty() ? QStringLiteral("0") : frac;
    return QLocale().toString(whole) + frac;
}

QString DisplayText::piece(const QJsonObject &p)
{
    const QString form = p.value(QStringLiteral("form")).toString();
    const double strength = p.value(QStringLiteral("strength_mg")).toDouble();
    const QString strengthText = mg(strength);
    if (form == QLatin1String("liquid")) {
        const double perMl = p.value(QStringLiteral("per_ml")).toDouble(1.0);
        const QString ml = QLocale().toString(p.value(QStringLiteral("ml")).toDouble(), 'g', 6);
        if (perMl == 1.0)
            return tr("%1 mL of %2/mL", "liquid measure: volume of a strength per mL").arg(ml, strengthText);
        return tr("%1 mL of %2/%3 mL", "liquid measure: volume of strength per volume")
            .arg(ml, strengthText, QLocale().toString(perMl, 'g', 6));
    }
    const double units = p.value(QStringLiteral("count")).toDouble();
    const int quarters = int(std::lround(units * 4.0));
    if (quarters == 2)
        return tr("½ × %1", "half a tablet of a strength (zh: 半片 %1)").arg(strengthText);
    if (quarters % 4 == 0)
        return tr("%1 × %2", "whole tablets: count × strength (zh: %1 片 %2)").arg(count(units), strengthText);
    return tr("%1 × %2", "tablet pieces: count with fraction × strength (zh: %1 片 %2)")
        .arg(count(units), strengthText);
}

QString DisplayText::pieces(const QJsonArray &list)
{
    if (list.isEmpty())
        return tr("none");
    QStringList parts;
    for (const QJsonValue &v : list)
        parts << piece(v.toObject());
    return parts.join(QStringLiteral(" + "));
}

QString DisplayText::composition(const Composition &composition)
{
    return pieces(composition.piecesJson());
}

namespace {

bool has(const QJsonObject &o, std::initializer_list<const char *> keys)
{
    for (const char *k : keys)
        if (!o.contains(QLatin1String(k)))
            return false;
    return true;
}

double num(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toDouble();
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QString bandName(int band)
{
    switch (band) {
    case 0:
        return DisplayText::tr("low");
    case 1:
        return DisplayText::tr("moderate");
    case 2:
        return DisplayText::tr("high");
    default:
        return DisplayText::tr("severe");
    }
}

} // namespace

// The planner's "the products cannot follow the rule" finding, rebuilt from its numbers: what
// breaks the rule, then each alternative it tried and whether that keeps to the rule.
QString DisplayText::ruleNotAchievable(const Check &check, const Catalogue *catalogue)
{
    const QLocale locale;
    QStringList what;
    for (const QJsonValue &v : check.details.value(QLatin1String("problems")).toArray()) {
        const QJsonObject p = v.toObject();
        const int step = int(num(p, "step")) + 1;
        if (str(p, "kind") == QLatin1String("stop"))
            what << tr("step %1 stops from %2/day diazepam-equivalent, more than a small dose")
                        .arg(step)
                        .arg(mg(num(p, "from_mg_deq")));
        else
            what << tr("step %1 cuts %2 % (%3 → %4/day)")
                        .arg(step)
                        .arg(locale.toString(num(p, "cut_pct"), 'f', 1), mg(num(p, "from_mg")), mg(num(p, "to_mg")));
    }
    QStringList works, fails;
    for (const QJsonValue &v : check.details.value(QLatin1String("alternatives")).toArray()) {
        const QJsonObject a = v.toObject();
        const QString kind = str(a, "kind");
        QString text;
        if (kind == QLatin1String("liquid"))
            text = tr("the region's liquid");
        else if (kind == QLatin1String("compounded"))
            text = tr("a compounded oral liquid of %1 mg/mL").arg(locale.toString(num(a, "strength_mg_per_ml")));
        else if (kind == QLatin1String("compounded_longer_holds"))
            text = tr("a compounded oral liquid of %1 mg/mL with holds up to %2 days")
                       .arg(locale.toString(num(a, "strength_mg_per_ml")))
                       .arg(int(num(a, "max_interval_days")));
        else if (kind == QLatin1String("switch"))
            text = a.value(QLatin1String("suited")).toBool(true)
                ? tr("a switch to %1").arg(drugName(str(a, "drug"), catalogue))
                : tr("a switch to %1 (not suited: Beers criteria)").arg(drugName(str(a, "drug"), catalogue));
        else if (kind == QLatin1String("longer_holds"))
            text = tr("holds of up to %1 days").arg(int(num(a, "max_interval_days")));
        else
            continue;
        text = tr("%1 (about %n week(s))", nullptr, int(num(a, "weeks"))).arg(text);
        (a.value(QLatin1String("follows_rule")).toBool() && a.value(QLatin1String("suited")).toBool(true) ? works
                                                                                                          : fails)
            << text;
    }
    QString out = tr("The products cannot follow the plan's rule: %1.").arg(what.join(tr("; ")));
    out += QLatin1Char(' ')
        + (works.isEmpty() ? tr("Nothing tried keeps to the rule; a slower rule or a specialist pharmacy preparation "
                                "is needed.")
                           : tr("What would work: %1.").arg(works.join(tr("; "))));
    if (!fails.isEmpty())
        out += QLatin1Char(' ') + tr("Not enough or not suited: %1.").arg(fails.join(tr("; ")));
    return out + QLatin1Char(' ') + tr("Do not give this plan to the patient unless a prescriber accepts it.");
}

QString DisplayText::checkMessage(const Check &check, const Catalogue *catalogue)
{
    const QJsonObject &d = check.details;
    const QString code = check.code;
    const QLocale locale;
    auto pct = [&](const char *key) { return locale.toString(num(d, key), 'f', 1); };
    auto drug = [&](const char *key) { return drugName(str(d, key), catalogue); };

    const bool info = check.severity == CheckSeverity::Info;
    if (code == QLatin1String(CheckCode::CutOver25In2Weeks) && has(d, {"cut_pct"})) {
        if (info)
            return tr("Step %1 stops from a small dose (%2 % within two weeks): the final stop expected at the end of "
                      "a taper.")
                .arg(check.stepIndex + 1)
                .arg(pct("cut_pct"));
        return tr("Step %1 cuts %2 % within two weeks; ASAM 2025 says the pace should typically not exceed 25 % every "
                  "2 weeks. Hold it longer or use smaller steps.")
            .arg(check.stepIndex + 1)
            .arg(pct("cut_pct"));
    }
    if (code == QLatin1String(CheckCode::FirstCutOver10) && has(d, {"cut_pct"}))
        return tr("Step %1, the first cut, is %2 %; ASAM 2025 suggests 5–10 % to begin with.")
            .arg(check.stepIndex + 1)
            .arg(pct("cut_pct"));
    if (code == QLatin1String(CheckCode::IntervalUnder7) && has(d, {"days"}))
        return tr("Step %1 comes %n day(s) after the previous change; allow at least a week between changes.", nullptr,
            int(num(d, "days")))
            .arg(check.stepIndex + 1);
    if (code == QLatin1String(CheckCode::DoseIncrease) && has(d, {"increase_pct"})) {
        if (info)
            return tr("Step %1: the switch raises the diazepam-equivalent dose by %2 %.")
                .arg(check.stepIndex + 1)
                .arg(pct("increase_pct"));
        return tr("Step %1 increases the diazepam-equivalent dose by %2 %; a taper should not go up except to treat "
                  "withdrawal.")
            .arg(check.stepIndex + 1)
            .arg(pct("increase_pct"));
    }
    if (code == QLatin1String(CheckCode::AbruptStop) && has(d, {"from_mg_deq"}))
        return tr("Step %1 stops abruptly from %2/day diazepam equivalent. Taper to a small dose before stopping.")
            .arg(check.stepIndex + 1)
            .arg(mg(num(d, "from_mg_deq"), 2));
    if (code == QLatin1String(CheckCode::AboveUsualMax) && has(d, {"drug", "mg", "usual_max_mg"}))
        return tr("%1 %2/day is above the usual maximum of %3/day.")
            .arg(drug("drug"), mg(num(d, "mg")), mg(num(d, "usual_max_mg")));
    if (code == QLatin1String(CheckCode::OpioidCoPrescription) && has(d, {"opioid", "benzodiazepine", "combined"}))
        return tr("Opioid co-prescription: by Bliss independence, %1 % depression from the opioid and %2 % from the "
                  "benzodiazepine leave %3 % of normal breathing drive, %4 % combined depression. This is an "
                  "illustration, not a measurement: the real combination can be worse than independent. Review the "
                  "opioid, warn about sedation, consider naloxone, and do not stop either medicine abruptly.")
            .arg(locale.toString(num(d, "opioid") * 100.0, 'f', 0),
                locale.toString(num(d, "benzodiazepine") * 100.0, 'f', 0),
                locale.toString((1.0 - num(d, "combined")) * 100.0, 'f', 0),
                locale.toString(num(d, "combined") * 100.0, 'f', 0));
    if (code == QLatin1String(CheckCode::Kindling) && has(d, {"prior_abrupt_withdrawals"}))
        return tr("Kindling risk (%n earlier abrupt withdrawal(s)%1): advise a slower pace and never stop abruptly. "
                  "The modelled pressure is raised accordingly.",
            nullptr, int(num(d, "prior_abrupt_withdrawals")))
            .arg(d.value(QLatin1String("seizure_history")).toBool() ? tr(", history of seizures") : QString());
    if (code == QLatin1String(CheckCode::Accumulation) && has(d, {"suggested_multiplier"})) {
        if (info)
            return tr("Age 65 or over or liver impairment: long half-lives accumulate; the plan already uses a "
                      "half-life multiplier.");
        return tr("Age 65 or over or liver impairment: long half-lives accumulate. Set a half-life multiplier (about "
                  "%1) so the model shows the slower fall, and prefer a slower pace.")
            .arg(locale.toString(num(d, "suggested_multiplier"), 'f', 1));
    }
    if (code == QLatin1String(CheckCode::EpilepsyIndication)) {
        if (has(d, {"drug"}))
            return tr("%1 is also an antiepileptic: confirm the indication; if it is epilepsy, do not taper without "
                      "the neurologist.")
                .arg(drug("drug"));
        return tr("Prescribed for epilepsy: do not taper without the patient's neurologist.");
    }
    if (code == QLatin1String(CheckCode::ShortActingSwing) && has(d, {"swing"}))
        return tr("Modelled interdose swing of %1 %: the level rises and falls by more than half within the day, so "
                  "withdrawal can appear between doses. Consider switching to a long-acting drug such as diazepam.")
            .arg(locale.toString(num(d, "swing") * 100.0, 'f', 0));
    if (code == QLatin1String(CheckCode::UnverifiedEquivalence) && has(d, {"drug", "chosen", "used", "mg"}))
        return tr("%1 gives no diazepam equivalence for %2: %3 (%4 mg ≈ diazepam 10 mg) was used instead; treat "
                  "equivalent doses as rough.")
            .arg(equivalenceName(str(d, "chosen")), drug("drug"), equivalenceName(str(d, "used")),
                locale.toString(num(d, "mg"), 'g', 3));
    if (code == QLatin1String(CheckCode::UnverifiedEquivalence) && has(d, {"drug"}))
        return tr("The diazepam equivalence of %1 is not confirmed by a source; treat equivalent doses as rough.")
            .arg(drug("drug"));
    if (code == QLatin1String(CheckCode::EquivalenceDisagreement) && has(d, {"drug"}))
        return tr("Equivalence sources disagree for %1; watch for over- or under-dosing after the switch.")
            .arg(drug("drug"));
    if (code == QLatin1String(CheckCode::CutExceedsRule) && has(d, {"ratio"})
        && d.value(QLatin1String("small_dose")).toBool())
        return tr("Step %1 cuts faster than the plan's own rule (%2 × the rule's pace), from a small dose near the "
                  "end of the taper. A liquid would allow smaller steps.")
            .arg(check.stepIndex + 1)
            .arg(locale.toString(num(d, "ratio"), 'f', 2));
    if (code == QLatin1String(CheckCode::CutExceedsRule) && has(d, {"ratio"}))
        return tr("Step %1 cuts faster than the plan's own rule (%2 × the rule's pace). Smaller steps need finer "
                  "products (liquid or quarter tablets).")
            .arg(check.stepIndex + 1)
            .arg(locale.toString(num(d, "ratio"), 'f', 2));
    if (code == QLatin1String(CheckCode::PressureAboveCap) && has(d, {"peak", "cap", "day"})) {
        const QString where = tr("Step %1: the modelled withdrawal pressure reaches %2 on day %3, above the plan's cap "
                                 "of %4.")
                                  .arg(check.stepIndex + 1)
                                  .arg(locale.toString(num(d, "peak"), 'f', 3))
                                  .arg(int(num(d, "day")))
                                  .arg(locale.toString(num(d, "cap"), 'f', 3));
        if (d.value(QLatin1String("planned")).toBool())
            return where + QLatin1Char(' ')
                + tr("The planner could not keep this step under the cap with the products and intervals allowed; see "
                     "the step's notes.");
        return where + QLatin1Char(' ') + tr("Consider a longer stage or a smaller change.");
    }
    if (code == QLatin1String(CheckCode::RuleNotAchievable) && has(d, {"problems", "alternatives"}))
        return ruleNotAchievable(check, catalogue);
    if (code == QLatin1String(CheckCode::BeersLongActing) && has(d, {"drug", "age"}))
        return tr("Age %1: the plan switches to %2, a long-acting benzodiazepine that accumulates in older adults "
                  "(sedation, falls, confusion). Alternative: taper the current drug itself in smaller steps (finer "
                  "tablet pieces, a liquid or a compounded strength) with longer holds.")
            .arg(int(num(d, "age")))
            .arg(drug("drug"));
    if (code == QLatin1String(CheckCode::ReboundInsomnia))
        return tr("Z-drug: after each cut a few nights of rebound insomnia are expected and usually pass; it is not a "
                  "reason to go back up. Offer cognitive behavioural therapy for insomnia (CBT-I), the first-line "
                  "treatment, before and during the taper.");
    if (code == QLatin1String(CheckCode::Pregnancy))
        return tr("Pregnant: plan the taper with the obstetric team. Do not stop abruptly (withdrawal affects mother "
                  "and fetus); a dose still taken near delivery can cause neonatal sedation or withdrawal, so tell "
                  "the birth team.");
    if (code == QLatin1String(CheckCode::Alcohol))
        return tr("Alcohol use: alcohol adds to the sedation and the breathing depression, and alcohol withdrawal "
                  "also causes seizures. Ask about the amount, advise against drinking during the taper, and do not "
                  "taper both at once without support.");
    if (code == QLatin1String(CheckCode::CrossoverPressure) && has(d, {"peak", "band", "day"}))
        return tr("The modelled withdrawal pressure peaks during the crossover: %1 (%2) on day %3. See the patient in "
                  "these days; longer stages, or switching part of a dose at a time, make the switch gentler. "
                  "Modelled, not a prediction.")
            .arg(locale.toString(num(d, "peak"), 'f', 3), bandName(int(num(d, "band"))))
            .arg(int(num(d, "day")));
    if (code == QLatin1String(CheckCode::HighDoseSedation) && has(d, {"mg_deq", "threshold_mg_deq", "drug"}))
        return tr("Step %1: %2 at %3/day diazepam-equivalent (at or above %4/day, where modelled receptor occupancy "
                  "passes half) can cause drowsiness, especially in the first days of the switch. Advise the patient "
                  "not to drive or use machines while drowsy.")
            .arg(check.stepIndex + 1)
            .arg(drug("drug"), mg(num(d, "mg_deq")), mg(num(d, "threshold_mg_deq")));
    if (code == QLatin1String(CheckCode::UnusedDrugKey) && has(d, {"path"}))
        return tr("%1 is not a parameter the model reads: it is kept in the plan but changes nothing. Check its "
                  "spelling.")
            .arg(str(d, "path"));
    return check.message;
}

QString DisplayText::checkSource(const Check &check)
{
    const QString code = check.code;
    // The citation after "; " (if any) is a published source and stays as written.
    const QString citation = check.ruleSource.section(QStringLiteral("; "), 1);
    auto withCitation = [&](const QString &own) { return citation.isEmpty() ? own : tr("%1; %2").arg(own, citation); };
    if (code == QLatin1String(CheckCode::Kindling))
        return withCitation(tr("Lento model: kindling adjustment"));
    if (code == QLatin1String(CheckCode::ShortActingSwing))
        return withCitation(tr("Lento model: interdose swing"));
    if (code == QLatin1String(CheckCode::OpioidCoPrescription))
        return withCitation(tr("Lento model: Bliss independence"));
    if (code == QLatin1String(CheckCode::CutExceedsRule))
        return tr("The plan's own rule, as generated");
    if (code == QLatin1String(CheckCode::RuleNotAchievable))
        return withCitation(tr("The plan's own rule, as generated"));
    if (code == QLatin1String(CheckCode::CrossoverPressure))
        return withCitation(tr("Lento model: withdrawal pressure"));
    if (code == QLatin1String(CheckCode::HighDoseSedation))
        return tr("Lento model: occupancy midpoint (Maudsley Deprescribing Guidelines 2024)");
    if (code == QLatin1String(CheckCode::PressureAboveCap))
        return tr("The plan's own pressure cap (modelled, not a prediction)");
    if (code == QLatin1String(CheckCode::UnusedDrugKey))
        return tr("Plan document format: drug overrides");
    if (code == QLatin1String(CheckCode::UnknownDrug))
        return tr("Plan document format (lento-plan/1)");
    return check.ruleSource;
}

} // namespace lento::ui
