// Guideline and safety checks on a plan. Works from the doses alone (so hand-edited plans are
// checked the same way), plus the patient context, the catalogue and, when present, the request
// recorded under the plan's "planner" key (to measure each cut against the chosen pace).
#include "checks.h"

#include "checksclinical.h"

#include "modelinput.h"
#include "numberformat.h"
#include "planner.h"
#include "simulator.h"
#include "strategy.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace lento {

namespace {

const QString kAsam = QStringLiteral("ASAM 2025 Joint Clinical Practice Guideline on Benzodiazepine Tapering "
                                     "(J Gen Intern Med, PMID 40526204)");

// Where a drug's usual maximum comes from, in words: each source key of the catalogue spelt out,
// and "believed" when no source confirms the value.
QString usualMaxSource(const DrugParams &d, const Catalogue &catalogue)
{
    const QString field = QStringLiteral("usual_max_daily_mg");
    QStringList cited;
    for (const QString &key : d.sources.value(field).split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (key.trimmed() != QStringLiteral("BLV"))
            cited << catalogue.sourceDescription(key.trimmed());
    if (d.isUnverified(field) || cited.isEmpty())
        return QStringLiteral("Catalogue: usual maximum daily dose of %1, believed (not confirmed against a source)%2")
            .arg(d.nameEn, cited.isEmpty() ? QString() : QStringLiteral("; ") + cited.join(QStringLiteral("; ")));
    return QStringLiteral("Catalogue: usual maximum daily dose of %1; %2")
        .arg(d.nameEn, cited.join(QStringLiteral("; ")));
}

QString stepName(int index)
{
    return index < 0 ? QStringLiteral("The current regimen") : QStringLiteral("Step %1").arg(index + 1);
}

// One regimen of the timeline: index −1 is the current regimen (in effect before day 0).
struct Regimen
{
    int index = -1;
    int day = 0;
    double deq = 0.0;
    QMap<QString, double> mgPerDrug;
    bool micro = false;
    QString kind; // from annotations, may be empty
};

class Checker
{
public:
    Checker(const Plan &plan, const Catalogue &catalogue, const CheckContext &context)
        : m_plan(plan), m_cat(catalogue), m_ctx(context)
    {
    }

    QList<Check> run();

private:
    void add(CheckSeverity sev, int step, const char *code, const QString &message, const QString &source,
        const QJsonObject &details = {})
    {
        m_out.append(Check {sev, step, QLatin1String(code), message, source, details});
    }
    const DrugParams *drug(const QString &id);
    void buildTimeline();
    int priorAbrupt() const
    {
        return m_ctx.priorAbruptWithdrawals ? *m_ctx.priorAbruptWithdrawals : m_plan.patient.priorAbruptWithdrawals;
    }
    bool kindlingRisk() const { return m_ctx.seizureHistory || priorAbrupt() >= 1; }
    bool drugSetChanged(int i) const
    {
        return QSet<QString>(m_t[i].mgPerDrug.keyBegin(), m_t[i].mgPerDrug.keyEnd())
            != QSet<QString>(m_t[i - 1].mgPerDrug.keyBegin(), m_t[i - 1].mgPerDrug.keyEnd());
    }
    // Days step t[i] is held (to the next step); −1 for the last one.
    int holdDays(int i) const { return i + 1 < m_t.size() ? m_t[i + 1].day - m_t[i].day : -1; }

    void checkIncreasesAndCuts();
    void checkIntervals();
    void checkMaximum();
    void checkPatient();
    void checkSwing();
    void checkEquivalences();
    void checkRule();
    void checkPressureCap(double cap);
    void checkDrugKeys();
    // The equivalence source the plan was made with (its "planner" key), else the context's.
    QString equivalenceSource() const
    {
        const QString planned
            = m_plan.extra.value(QStringLiteral("planner")).toObject().value(QStringLiteral("equivalence")).toString();
        return planned.isEmpty() ? m_ctx.equivalence : planned;
    }

    const Plan &m_plan;
    const Catalogue &m_cat;
    const CheckContext &m_ctx;
    QMap<QString, std::optional<DrugParams>> m_drugs;
    QList<Regimen> m_t; // m_t[0] = current, m_t[k + 1] = step k
    QList<Check> m_out;
};

const DrugParams *Checker::drug(const QString &id)
{
    auto it = m_drugs.find(id);
    if (it == m_drugs.end()) {
        Expected<DrugParams> d = resolveDrug(id, m_plan, m_cat);
        // A plan without its own equivalence for a drug uses the context's source, if given.
        if (d && !m_ctx.equivalence.isEmpty() && !m_plan.drugs.value(id).contains(QStringLiteral("diazepam_eq_mg")))
            if (const DrugParams *c = m_cat.find(id))
                d.value().diazepamEqMg = c->equivalenceMg(m_ctx.equivalence);
        it = m_drugs.insert(id, d ? std::optional<DrugParams>(d.value()) : std::nullopt);
        if (!d)
            add(CheckSeverity::Critical, -1, CheckCode::UnknownDrug,
                QStringLiteral("\"%1\" cannot be resolved (%2); its doses are left out of every check.")
                    .arg(id, d.error().text()),
                QStringLiteral("Plan document format (lento-plan/1)"));
    }
    return it.value() ? &*it.value() : nullptr;
}

void Checker::buildTimeline()
{
    auto make = [&](int index, int day, const QList<Dose> &doses, const QJsonObject &ann) {
        Regimen r;
        r.index = index;
        r.day = day;
        for (const Dose &d : doses) {
            r.mgPerDrug[d.drug] += d.mg.value();
            if (const DrugParams *p = drug(d.drug); p && p->diazepamEqMg > 0.0)
                r.deq += d.mg.value() * 10.0 / p->diazepamEqMg;
        }
        r.micro = ann.value(QStringLiteral("micro_taper")).toBool(false);
        r.kind = ann.value(QStringLiteral("kind")).toString();
        return r;
    };
    m_t.append(make(-1, std::numeric_limits<int>::min() / 2, m_plan.current, {}));
    for (qsizetype k = 0; k < m_plan.steps.size(); ++k)
        m_t.append(make(int(k), m_plan.steps[k].day, m_plan.steps[k].doses, m_plan.steps[k].annotations));
}

void Checker::checkIncreasesAndCuts()
{
    bool firstCutSeen = false;
    for (int i = 1; i < m_t.size(); ++i) {
        const Regimen &prev = m_t[i - 1], &cur = m_t[i];
        const int step = cur.index;
        if (cur.deq > prev.deq * 1.01 + 1e-9) {
            const double pct = prev.deq > 0.0 ? 100.0 * (cur.deq - prev.deq) / prev.deq : 100.0;
            const bool sw = drugSetChanged(i);
            add(sw ? CheckSeverity::Info : CheckSeverity::Warning, step, CheckCode::DoseIncrease,
                sw ? QStringLiteral("%1: the switch raises the diazepam-equivalent dose by %2 % (%3 → %4 mg/day).")
                         .arg(stepName(step), formatNumber(pct, 1), formatNumber(prev.deq, 2), formatNumber(cur.deq, 2))
                   : QStringLiteral("%1 increases the dose by %2 % (%3 → %4 mg/day diazepam-equivalent).")
                         .arg(
                             stepName(step), formatNumber(pct, 1), formatNumber(prev.deq, 2), formatNumber(cur.deq, 2)),
                QStringLiteral("Lento plan check (a taper should not go up except to treat withdrawal)"),
                QJsonObject {{QStringLiteral("increase_pct"), std::round(pct * 10) / 10}});
        }
        if (cur.deq >= prev.deq * 0.995)
            continue;
        const double cut = (prev.deq - cur.deq) / prev.deq;
        if (!firstCutSeen) {
            firstCutSeen = true;
            if (cut > 0.10 + 1e-6 && cur.deq > 0.0)
                add(CheckSeverity::Warning, step, CheckCode::FirstCutOver10,
                    QStringLiteral("%1, the first cut, is %2 %; ASAM 2025 suggests 5–10 % to begin with.")
                        .arg(stepName(step), formatNumber(cut * 100.0, 1)),
                    kAsam, QJsonObject {{QStringLiteral("cut_pct"), std::round(cut * 1000) / 10}});
        }

        // Cumulative cut over the two weeks before this step (days d−13 … d−1), credited for
        // holds longer than two weeks: 1 − (1 − c)^(14 / hold).
        double ref = prev.deq;
        for (int j = i - 1; j >= 0; --j) {
            const int endDay = j + 1 < m_t.size() ? m_t[j + 1].day : cur.day;
            if (endDay <= cur.day - 13)
                break;
            ref = std::max(ref, m_t[j].deq);
        }
        const double cum = ref > 0.0 ? 1.0 - cur.deq / ref : 0.0;
        const int hold = holdDays(i);
        double effective = cum;
        if (cur.deq > 0.0 && hold > 14)
            effective = 1.0 - std::pow(1.0 - cum, 14.0 / hold);
        if (effective > 0.25 + 1e-9) {
            const bool smallStop = cur.deq <= 0.0 && prev.deq <= kSmallDoseMgDeq + 1e-9;
            QString msg = QStringLiteral("%1 cuts %2 % within two weeks (%3 → %4 mg/day diazepam-equivalent)")
                              .arg(stepName(step), formatNumber(cum * 100.0, 1), formatNumber(ref, 2),
                                  formatNumber(cur.deq, 2));
            if (smallStop)
                msg += QStringLiteral(": the final stop from a small dose, expected at the end of a taper.");
            else if (cur.deq > 0.0)
                msg += QStringLiteral("; ASAM 2025 says the pace should typically not exceed 25 % every 2 weeks. Hold "
                                      "it longer or use smaller steps (liquid).");
            else
                msg += QStringLiteral("; ASAM 2025 says the pace should typically not exceed 25 % every 2 weeks.");
            add(smallStop ? CheckSeverity::Info : CheckSeverity::Warning, step, CheckCode::CutOver25In2Weeks, msg,
                kAsam,
                QJsonObject {{QStringLiteral("cut_pct"), std::round(cum * 1000) / 10},
                    {QStringLiteral("paced_cut_pct"), std::round(effective * 1000) / 10},
                    {QStringLiteral("hold_days"), hold}});
        }
        if (cur.deq <= 0.0 && prev.deq > kSmallDoseMgDeq + 1e-9) {
            // A stop from more than a small dose is always critical: withdrawal seizures are possible
            // without any earlier history, and the plan must not be handed out unnoticed.
            add(CheckSeverity::Critical, step, CheckCode::AbruptStop,
                QStringLiteral("%1 stops abruptly from %2 mg/day diazepam-equivalent (modelled occupancy %3 %). "
                               "Taper to %4 mg/day or less before stopping.")
                    .arg(stepName(step), formatNumber(prev.deq, 2),
                        formatNumber(occupancyPercent(prev.deq, m_plan.model), 1), formatNumber(kSmallDoseMgDeq, 1)),
                QStringLiteral("ASAM 2025: do not stop abruptly in people likely to be physically dependent"),
                QJsonObject {{QStringLiteral("from_mg_deq"), prev.deq}});
        }
    }
}

void Checker::checkIntervals()
{
    for (int i = 2; i < m_t.size(); ++i) {
        const int gap = m_t[i].day - m_t[i - 1].day;
        if (gap >= 7 || m_t[i].micro || m_t[i - 1].micro)
            continue;
        add(CheckSeverity::Warning, m_t[i].index, CheckCode::IntervalUnder7,
            QStringLiteral("%1 comes %2 day(s) after the previous change; allow at least a week between changes.")
                .arg(stepName(m_t[i].index))
                .arg(gap),
            kAsam + QStringLiteral(": reductions every 2–4 weeks"), QJsonObject {{QStringLiteral("days"), gap}});
    }
}

void Checker::checkMaximum()
{
    QSet<QString> reported;
    for (const Regimen &r : std::as_const(m_t)) {
        for (auto it = r.mgPerDrug.cbegin(); it != r.mgPerDrug.cend(); ++it) {
            const DrugParams *d = drug(it.key());
            if (!d || d->usualMaxDailyMg <= 0.0 || it.value() <= d->usualMaxDailyMg + 1e-9
                || reported.contains(it.key()))
                continue;
            reported.insert(it.key());
            add(CheckSeverity::Warning, r.index, CheckCode::AboveUsualMax,
                QStringLiteral("%1: %2 %3 mg/day is above the usual maximum of %4 mg/day.")
                    .arg(
                        stepName(r.index), d->nameEn, formatNumber(it.value(), 3), formatNumber(d->usualMaxDailyMg, 3)),
                usualMaxSource(*d, m_cat),
                QJsonObject {{QStringLiteral("drug"), it.key()}, {QStringLiteral("mg"), it.value()},
                    {QStringLiteral("usual_max_mg"), d->usualMaxDailyMg}});
        }
    }
}

void Checker::checkPatient()
{
    if (m_ctx.opioidCoPrescription) {
        const double combined = blissCombinedDepression({m_ctx.opioidDepression, m_ctx.benzodiazepineDepression});
        add(CheckSeverity::Warning, -1, CheckCode::OpioidCoPrescription,
            QStringLiteral(
                "Opioid co-prescription: respiratory depression adds up. By Bliss independence, %1 % from the opioid "
                "and %2 % from the benzodiazepine leave %3 % of normal drive (%4 % combined depression). This is an "
                "illustration, not a measurement: the real combination can be worse than independent. Review the "
                "opioid, warn about sedation, consider naloxone, and do not stop either medicine abruptly.")
                .arg(formatNumber(m_ctx.opioidDepression * 100.0, 0),
                    formatNumber(m_ctx.benzodiazepineDepression * 100.0, 0), formatNumber((1.0 - combined) * 100.0, 0),
                    formatNumber(combined * 100.0, 0)),
            QStringLiteral("Lento model: Bliss independence; FDA boxed warning on opioids with benzodiazepines (2016)"),
            QJsonObject {{QStringLiteral("opioid"), m_ctx.opioidDepression},
                {QStringLiteral("benzodiazepine"), m_ctx.benzodiazepineDepression},
                {QStringLiteral("combined"), combined}});
    }
    if (kindlingRisk()) {
        QStringList why;
        if (m_ctx.seizureHistory)
            why << QStringLiteral("a history of seizures");
        if (priorAbrupt() >= 1)
            why << QStringLiteral("%1 earlier abrupt withdrawal(s)").arg(priorAbrupt());
        add(CheckSeverity::Warning, -1, CheckCode::Kindling,
            QStringLiteral(
                "Kindling risk (%1): advise a slower pace (5 % steps, longer holds) and never stop abruptly. "
                "The modelled pressure is shown ×%2.")
                .arg(why.join(QStringLiteral(", ")), formatNumber(kindlingFactor(priorAbrupt()), 2)),
            QStringLiteral("Lento model: kindling adjustment; ") + kAsam,
            QJsonObject {{QStringLiteral("prior_abrupt_withdrawals"), priorAbrupt()},
                {QStringLiteral("seizure_history"), m_ctx.seizureHistory}});
    }
    const bool elderly = m_ctx.ageYears && *m_ctx.ageYears >= 65;
    if (elderly || m_ctx.liverImpairment) {
        const double suggest = m_ctx.liverImpairment ? 2.0 : 1.5;
        const bool set = m_plan.patient.halfLifeMultiplier > 1.0;
        QString why = elderly && m_ctx.liverImpairment
            ? QStringLiteral("age %1 and liver impairment").arg(*m_ctx.ageYears)
            : elderly ? QStringLiteral("age %1").arg(*m_ctx.ageYears)
                      : QStringLiteral("liver impairment");
        add(set ? CheckSeverity::Info : CheckSeverity::Warning, -1, CheckCode::Accumulation,
            set ? QStringLiteral("Long half-lives accumulate with %1; the plan uses a half-life multiplier of %2.")
                      .arg(why, formatNumber(m_plan.patient.halfLifeMultiplier, 2))
                : QStringLiteral(
                    "Long half-lives accumulate with %1: set a half-life multiplier (about %2) so the model "
                    "shows the slower fall, and prefer a slower pace.")
                      .arg(why, formatNumber(suggest, 1)),
            QStringLiteral("Klotz 1975; Greenblatt 2021 (diazepam half-life rises with age); Vozeh 1981"),
            QJsonObject {{QStringLiteral("suggested_multiplier"), suggest}});
    }
    if (m_ctx.epilepsyIndication) {
        add(CheckSeverity::Critical, -1, CheckCode::EpilepsyIndication,
            QStringLiteral("Prescribed for epilepsy: do not taper without the patient's neurologist."),
            QStringLiteral("NHS Scotland quality prescribing guide (clobazam, clonazepam)"));
    } else {
        QSet<QString> seen;
        for (const Regimen &r : std::as_const(m_t))
            for (auto it = r.mgPerDrug.cbegin(); it != r.mgPerDrug.cend(); ++it)
                if (const DrugParams *d = drug(it.key()); d && d->epilepsyUse && !seen.contains(it.key())) {
                    seen.insert(it.key());
                    add(CheckSeverity::Info, -1, CheckCode::EpilepsyIndication,
                        QStringLiteral(
                            "%1 is also an antiepileptic: confirm the indication; if it is epilepsy, do not taper "
                            "without the neurologist.")
                            .arg(d->nameEn),
                        QStringLiteral("NHS Scotland quality prescribing guide (clobazam, clonazepam)"),
                        QJsonObject {{QStringLiteral("drug"), it.key()}});
                }
    }
}

void Checker::checkSwing()
{
    // A short- or intermediate-acting drug that the plan keeps (never switched to a long-acting one).
    const Expected<ModelInput> input = resolve(m_plan, m_cat);
    if (!input)
        return;
    bool endsLongActing = false;
    for (int i = int(m_t.size()) - 1; i >= 0; --i) {
        if (m_t[i].mgPerDrug.isEmpty())
            continue;
        endsLongActing = std::all_of(m_t[i].mgPerDrug.keyBegin(), m_t[i].mgPerDrug.keyEnd(), [&](const QString &id) {
            const DrugParams *d = drug(id);
            return d && d->longActing;
        });
        break;
    }
    if (endsLongActing)
        return;
    const Regimen &first = !m_t[0].mgPerDrug.isEmpty() || m_t.size() == 1 ? m_t[0] : m_t[1];
    const QList<Dose> &doses = first.index < 0 ? m_plan.current : m_plan.steps[first.index].doses;
    if (doses.isEmpty())
        return;
    bool shortActing = false;
    for (const Dose &d : doses)
        if (const DrugParams *p = drug(d.drug); p && !p->longActing)
            shortActing = true;
    if (!shortActing)
        return;
    // A single dose at night (a hypnotic, a Z-drug) is meant to wear off by the morning: its
    // swing within the day is intended and no reason to switch.
    if (doses.size() == 1 && (doses.first().minuteOfDay >= 18 * 60 || doses.first().minuteOfDay < 6 * 60))
        return;
    const Expected<double> swing = interdoseSwing(input.value(), doses);
    if (!swing || *swing <= kLargeSwing)
        return;
    add(CheckSeverity::Warning, first.index, CheckCode::ShortActingSwing,
        QStringLiteral("Modelled interdose swing of %1 % (max − min of the level over its mean within the day): "
                       "withdrawal can appear between doses. Consider a crossover to a long-acting drug (diazepam).")
            .arg(formatNumber(*swing * 100.0, 0)),
        QStringLiteral("Lento model: interdose swing; ") + kAsam
            + QStringLiteral(": switching to a longer-acting agent is optional"),
        QJsonObject {{QStringLiteral("swing"), *swing}});
}

void Checker::checkEquivalences()
{
    QSet<QString> used;
    for (const Regimen &r : std::as_const(m_t))
        for (auto it = r.mgPerDrug.cbegin(); it != r.mgPerDrug.cend(); ++it)
            used.insert(it.key());
    bool switches = false;
    for (int i = 1; i < m_t.size(); ++i)
        if (!m_t[i].mgPerDrug.isEmpty() && !m_t[i - 1].mgPerDrug.isEmpty() && drugSetChanged(i))
            switches = true;
    QStringList ids(used.begin(), used.end());
    ids.sort();
    for (const QString &id : ids) {
        const DrugParams *cat = m_cat.find(id);
        if (!cat)
            continue;
        const bool unverified
            = std::any_of(cat->unverifiedFields.begin(), cat->unverifiedFields.end(), [](const QString &f) {
                  return f == QStringLiteral("diazepam_eq_mg") || f.startsWith(QStringLiteral("equivalents"));
              });
        // The chosen source has no value for this drug: the catalogue's default stood in for it.
        const QString chosen = equivalenceSource();
        if (!chosen.isEmpty() && !cat->hasEquivalence(chosen)) {
            const QString used = cat->defaultEquivalenceSource();
            add(CheckSeverity::Warning, -1, CheckCode::UnverifiedEquivalence,
                QStringLiteral("%1 gives no diazepam equivalence for %2: %3 (%4 mg ≈ diazepam 10 mg) was used "
                               "instead; treat equivalent doses as rough.")
                    .arg(equivalenceDisplayName(chosen), cat->nameEn, equivalenceDisplayName(used),
                        formatNumber(cat->diazepamEqMg, 3)),
                QStringLiteral("Catalogue (resources/drugs.json): equivalence sources"),
                QJsonObject {{QStringLiteral("drug"), id}, {QStringLiteral("chosen"), chosen},
                    {QStringLiteral("used"), used}, {QStringLiteral("mg"), cat->diazepamEqMg}});
            continue;
        }
        if (unverified)
            add(CheckSeverity::Warning, -1, CheckCode::UnverifiedEquivalence,
                QStringLiteral(
                    "The diazepam equivalence of %1 is not confirmed by a source; treat equivalent doses as rough.")
                    .arg(cat->nameEn),
                QStringLiteral("Catalogue (resources/drugs.json): unverified fields"),
                QJsonObject {{QStringLiteral("drug"), id}});
        if (!switches || cat->equivalences.size() < 2)
            continue;
        double lo = 0.0, hi = 0.0;
        QStringList parts;
        for (const Equivalence &e : cat->equivalences) {
            if (e.mg <= 0.0)
                continue;
            lo = lo == 0.0 ? e.mg : std::min(lo, e.mg);
            hi = std::max(hi, e.mg);
            parts << QStringLiteral("%1 %2 mg").arg(e.source, formatNumber(e.mg, 3));
        }
        if (lo > 0.0 && hi / lo >= 1.5)
            add(CheckSeverity::Info, -1, CheckCode::EquivalenceDisagreement,
                QStringLiteral(
                    "Equivalence sources disagree for %1 (%2 ≈ diazepam 10 mg); the switch uses %3 mg. Watch for "
                    "over- or under-dosing after the switch.")
                    .arg(cat->nameEn, parts.join(QStringLiteral(", ")),
                        formatNumber(drug(id) ? drug(id)->diazepamEqMg : cat->diazepamEqMg, 3)),
                QStringLiteral("ASAM 2025 Table 7 (VA/DoD and Ashton columns)"),
                QJsonObject {{QStringLiteral("drug"), id}});
    }
}

void Checker::checkRule()
{
    const QJsonValue pv = m_plan.extra.value(QStringLiteral("planner"));
    if (!pv.isObject())
        return;
    const Expected<PlannerRequest> req = PlannerRequest::fromJson(pv.toObject());
    if (!req)
        return;
    const QString tapered = pv.toObject().value(QStringLiteral("tapered_drug")).toString();
    const DrugParams *td = drug(tapered);
    if (!td || td->diazepamEqMg <= 0.0)
        return;
    const double deqPerMg = 10.0 / td->diazepamEqMg;
    PlannerRequest r = req.value();
    r.model = m_plan.model;
    // Plans written before "start_mg" was recorded: the regimen before the first step.
    const double startMg
        = pv.toObject().value(QStringLiteral("start_mg")).toDouble(m_t.isEmpty() ? 0.0 : m_t[0].deq / deqPerMg);
    const std::unique_ptr<TaperRule> rule = makeRule(r, deqPerMg, startMg);
    if (r.strategy == Strategy::Guided)
        checkPressureCap(pv.toObject().value(QStringLiteral("effective_cap")).toDouble(r.maxPressure));
    for (int i = 1; i < m_t.size(); ++i) {
        const Regimen &prev = m_t[i - 1], &cur = m_t[i];
        if (cur.micro || cur.deq <= 0.0 || cur.deq >= prev.deq * 0.995 || drugSetChanged(i))
            continue;
        const double from = prev.deq / deqPerMg, to = cur.deq / deqPerMg;
        const int hold = holdDays(i) > 0 ? holdDays(i) : r.everyDays;
        const double ratio
            = rule->perStepRule() ? rule->ratio(from, to) : rule->daysForPace(from, to, r.everyDays) / hold;
        if (ratio <= 1.0 + 1e-6)
            continue;
        // The rule holds down to a small dose; the last cuts below it lead to the stop.
        const bool tail = prev.deq <= kSmallDoseMgDeq + 1e-9;
        add(tail ? CheckSeverity::Warning : CheckSeverity::Critical, cur.index, CheckCode::CutExceedsRule,
            QStringLiteral("%1 cuts %2 % (%3 → %4 mg/day %5) held %6 days: faster than the plan's rule (%7). "
                           "Smaller steps need finer products (liquid or quarter tablets).")
                .arg(stepName(cur.index), formatNumber(100.0 * (prev.deq - cur.deq) / prev.deq, 1),
                    formatNumber(from, 3), formatNumber(to, 3), td->nameEn)
                .arg(hold)
                .arg(rule->describe(r.everyDays)),
            QStringLiteral("The plan's own rule, as generated"),
            QJsonObject {
                {QStringLiteral("ratio"), std::round(ratio * 100) / 100}, {QStringLiteral("small_dose"), tail}});
    }
}

// A guided plan promises a modelled pressure under its cap; a crossover stage or a cut the
// products force can still go over it. Each step whose own days go over is reported: as a
// warning, or for information where the planner already said it could do no better.
void Checker::checkPressureCap(double cap)
{
    if (m_plan.steps.isEmpty())
        return;
    // The caller's simulation serves when it models the same kindling history, samples at least
    // hourly and covers every step; otherwise the plan is simulated here with the patient's count
    // of earlier abrupt withdrawals, which may differ from the plan's.
    const SimulationResult *sim = m_ctx.simulation;
    const bool reusable = sim && sim->tH.size() >= 2 && priorAbrupt() == m_plan.patient.priorAbruptWithdrawals
        && sim->tH[1] - sim->tH[0] <= 1.0 + 1e-9 && sim->tH.back() >= 24.0 * m_plan.steps.last().day;
    std::optional<SimulationResult> own;
    if (!reusable) {
        Plan plan = m_plan;
        plan.patient.priorAbruptWithdrawals = priorAbrupt();
        const Expected<ModelInput> input = resolve(plan, m_cat);
        if (!input)
            return;
        SimulationOptions o;
        o.stepMinutes = 15;
        Expected<SimulationResult> result = simulate(*input, o);
        if (!result)
            return;
        own = std::move(result).value();
        sim = &*own;
    }
    const double tolerance = 1e-3;
    size_t k = 0;
    for (qsizetype s = 0; s < m_plan.steps.size(); ++s) {
        const double from = m_plan.steps[s].day * 24.0;
        const double to = s + 1 < m_plan.steps.size() ? m_plan.steps[s + 1].day * 24.0 : sim->tH.back() + 1.0;
        double peak = 0.0, peakH = from;
        while (k < sim->tH.size() && sim->tH[k] < from)
            ++k;
        for (; k < sim->tH.size() && sim->tH[k] < to; ++k) {
            if (sim->withdrawalShown[k] > peak) {
                peak = sim->withdrawalShown[k];
                peakH = sim->tH[k];
            }
        }
        if (peak <= cap + tolerance)
            continue;
        const bool planned = m_plan.steps[s].annotations.value(QStringLiteral("pressure_cap_exceeded")).toBool();
        const QString where = QStringLiteral("%1: the modelled withdrawal pressure reaches %2 on day %3, above the "
                                             "plan's cap of %4.")
                                  .arg(stepName(int(s)), formatNumber(peak, 3),
                                      formatNumber(std::floor(peakH / 24.0), 0), formatNumber(cap, 3));
        add(planned ? CheckSeverity::Info : CheckSeverity::Warning, int(s), CheckCode::PressureAboveCap,
            where + QLatin1Char(' ')
                + (planned ? QStringLiteral("The planner could not keep this step under the cap with the products "
                                            "and intervals allowed; see the step's notes.")
                           : QStringLiteral("Consider a longer stage or a smaller change.")),
            QStringLiteral("The plan's own pressure cap (modelled, not a prediction)"),
            QJsonObject {{QStringLiteral("peak"), std::round(peak * 1e4) / 1e4},
                {QStringLiteral("cap"), std::round(cap * 1e4) / 1e4}, {QStringLiteral("day"), std::floor(peakH / 24.0)},
                {QStringLiteral("planned"), planned}});
    }
}

void Checker::checkDrugKeys()
{
    for (const QString &path : unusedDrugKeys(m_plan))
        add(CheckSeverity::Warning, -1, CheckCode::UnusedDrugKey,
            QStringLiteral("%1 is not a parameter the model reads: it is kept in the plan but changes nothing. "
                           "Check its spelling.")
                .arg(path),
            QStringLiteral("Plan document format: drug overrides"), QJsonObject {{QStringLiteral("path"), path}});
}

QList<Check> Checker::run()
{
    buildTimeline();
    checkDrugKeys();
    checkIncreasesAndCuts();
    checkIntervals();
    checkMaximum();
    checkRule();
    checkPatient();
    checkSwing();
    checkEquivalences();
    m_out.append(clinicalChecks(m_plan, m_cat, m_ctx));
    std::stable_sort(m_out.begin(), m_out.end(), [](const Check &a, const Check &b) {
        if (a.stepIndex != b.stepIndex)
            return a.stepIndex < b.stepIndex;
        return int(a.severity) > int(b.severity);
    });
    return m_out;
}

} // namespace

QString severityId(CheckSeverity s)
{
    switch (s) {
    case CheckSeverity::Info:
        return QStringLiteral("info");
    case CheckSeverity::Warning:
        return QStringLiteral("warning");
    case CheckSeverity::Critical:
        return QStringLiteral("critical");
    }
    return QString();
}

QJsonObject Check::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("severity"), severityId(severity));
    o.insert(QStringLiteral("step"), stepIndex);
    o.insert(QStringLiteral("code"), code);
    o.insert(QStringLiteral("message"), message);
    o.insert(QStringLiteral("rule_source"), ruleSource);
    if (!details.isEmpty())
        o.insert(QStringLiteral("details"), details);
    return o;
}

QList<Check> runChecks(const Plan &plan, const Catalogue &catalogue, const CheckContext &context)
{
    Checker checker(plan, catalogue, context);
    return checker.run();
}

} // namespace lento
