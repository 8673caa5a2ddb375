// Patient-dependent clinical checks (see checksclinical.h).
#include "checksclinical.h"

#include "modelinput.h"
#include "numberformat.h"
#include "simulator.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace lento {

namespace {

const QString kBeers = QStringLiteral("American Geriatrics Society 2023 Beers Criteria (J Am Geriatr Soc 2023): "
                                      "avoid benzodiazepines, long-acting ones especially, in older adults");
const QString kAsamAbrupt
    = QStringLiteral("ASAM 2025: do not stop abruptly in people likely to be physically dependent");

QString bandName(Band b)
{
    switch (b) {
    case Band::Low:
        return QStringLiteral("low");
    case Band::Moderate:
        return QStringLiteral("moderate");
    case Band::High:
        return QStringLiteral("high");
    case Band::Severe:
        return QStringLiteral("severe");
    }
    return QString();
}

class ClinicalChecker
{
public:
    ClinicalChecker(const Plan &plan, const Catalogue &catalogue, const CheckContext &context)
        : m_plan(plan), m_cat(catalogue), m_ctx(context)
    {
    }

    QList<Check> run()
    {
        checkFeasibility();
        checkBeers();
        checkHypnotics();
        checkPregnancyAndAlcohol();
        checkCrossover();
        return m_out;
    }

private:
    void add(CheckSeverity sev, int step, const char *code, const QString &message, const QString &source,
        const QJsonObject &details = {})
    {
        m_out.append(Check {sev, step, QLatin1String(code), message, source, details});
    }
    QJsonObject planner() const { return m_plan.extra.value(QStringLiteral("planner")).toObject(); }
    double eqMg(const QString &drug) const
    {
        const QJsonValue v = m_plan.drugs.value(drug).value(QStringLiteral("diazepam_eq_mg"));
        if (v.isDouble() && v.toDouble() > 0.0)
            return v.toDouble();
        const DrugParams *d = m_cat.find(drug);
        return d ? d->diazepamEqMg : 0.0;
    }
    double dailyDeq(const QList<Dose> &doses) const
    {
        double sum = 0.0;
        for (const Dose &d : doses)
            if (const double eq = eqMg(d.drug); eq > 0.0)
                sum += d.mg.value() * 10.0 / eq;
        return sum;
    }
    QSet<QString> drugsOf(const QList<Dose> &doses) const
    {
        QSet<QString> s;
        for (const Dose &d : doses)
            s.insert(d.drug);
        return s;
    }
    // Steps that switch a dose to a drug the current regimen does not hold.
    bool isCrossover(qsizetype k) const
    {
        const QString kind = m_plan.steps[k].annotations.value(QStringLiteral("kind")).toString();
        if (kind == QStringLiteral("crossover"))
            return true;
        if (!kind.isEmpty())
            return false;
        const QSet<QString> before = k == 0 ? drugsOf(m_plan.current) : drugsOf(m_plan.steps[k - 1].doses);
        const QSet<QString> now = drugsOf(m_plan.steps[k].doses);
        return !now.isEmpty() && !before.isEmpty() && !(now - drugsOf(m_plan.current)).isEmpty() && now != before;
    }

    void checkFeasibility();
    void checkBeers();
    void checkHypnotics();
    void checkPregnancyAndAlcohol();
    void checkCrossover();

    const Plan &m_plan;
    const Catalogue &m_cat;
    const CheckContext &m_ctx;
    QList<Check> m_out;
};

// The planner records under "feasibility" when the products could not follow its rule, with
// what it tried instead; that is the plan's result and is critical until a prescriber accepts it.
void ClinicalChecker::checkFeasibility()
{
    const QJsonObject f = planner().value(QStringLiteral("feasibility")).toObject();
    if (f.isEmpty() || f.value(QStringLiteral("follows_rule")).toBool(true))
        return;
    QJsonObject details;
    details.insert(QStringLiteral("problems"), f.value(QStringLiteral("problems")));
    details.insert(QStringLiteral("alternatives"), f.value(QStringLiteral("alternatives")));
    add(CheckSeverity::Critical, -1, CheckCode::RuleNotAchievable, f.value(QStringLiteral("text")).toString(),
        QStringLiteral("The plan's own rule, as generated; ") + kAsamAbrupt, details);
}

void ClinicalChecker::checkBeers()
{
    if (!m_ctx.ageYears || *m_ctx.ageYears < 65)
        return;
    const QSet<QString> before = drugsOf(m_plan.current);
    QStringList currentNames;
    for (const QString &id : before)
        if (const DrugParams *d = m_cat.find(id))
            currentNames << d->nameEn;
    currentNames.sort();
    QSet<QString> reported;
    for (qsizetype k = 0; k < m_plan.steps.size(); ++k)
        for (const Dose &dose : m_plan.steps[k].doses) {
            const DrugParams *d = m_cat.find(dose.drug);
            if (!d || !d->longActing || before.contains(dose.drug) || reported.contains(dose.drug))
                continue;
            reported.insert(dose.drug);
            add(CheckSeverity::Warning, int(k), CheckCode::BeersLongActing,
                QStringLiteral("Age %1: the plan switches to %2, a long-acting benzodiazepine that accumulates in "
                               "older adults (sedation, falls, confusion). Alternative: taper %3 itself in smaller "
                               "steps (finer tablet pieces, a liquid or a compounded strength) with longer holds.")
                    .arg(*m_ctx.ageYears)
                    .arg(d->nameEn, currentNames.join(QStringLiteral(" and "))),
                kBeers,
                QJsonObject {{QStringLiteral("drug"), dose.drug}, {QStringLiteral("age"), *m_ctx.ageYears},
                    {QStringLiteral("from"), QJsonArray::fromStringList(QStringList(before.begin(), before.end()))}});
        }
}

void ClinicalChecker::checkHypnotics()
{
    QSet<QString> ids = drugsOf(m_plan.current);
    for (const Step &s : m_plan.steps)
        ids.unite(drugsOf(s.doses));
    QStringList names;
    for (const QString &id : ids)
        if (const DrugParams *d = m_cat.find(id); d && d->zDrug)
            names << d->nameEn;
    if (names.isEmpty())
        return;
    names.sort();
    add(CheckSeverity::Info, -1, CheckCode::ReboundInsomnia,
        QStringLiteral("%1: after each cut a few nights of rebound insomnia are expected and usually pass; it is not a "
                       "reason to go back up. Offer cognitive behavioural therapy for insomnia (CBT-I), the "
                       "first-line treatment, before and during the taper.")
            .arg(names.join(QStringLiteral(", "))),
        QStringLiteral("AASM clinical practice guideline on behavioral and psychological treatments for chronic "
                       "insomnia (Edinger et al., J Clin Sleep Med 2021)"),
        QJsonObject {{QStringLiteral("drugs"), QJsonArray::fromStringList(names)}});
}

void ClinicalChecker::checkPregnancyAndAlcohol()
{
    if (m_ctx.pregnant)
        add(CheckSeverity::Warning, -1, CheckCode::Pregnancy,
            QStringLiteral("Pregnant: plan the taper with the obstetric team. Do not stop abruptly (withdrawal "
                           "affects mother and fetus); a dose still taken near delivery can cause neonatal sedation "
                           "or withdrawal, so tell the birth team."),
            kAsamAbrupt);
    if (m_ctx.alcohol)
        add(CheckSeverity::Warning, -1, CheckCode::Alcohol,
            QStringLiteral("Alcohol use: alcohol adds to the sedation and the breathing depression, and alcohol "
                           "withdrawal also causes seizures. Ask about the amount, advise against drinking during "
                           "the taper, and do not taper both at once without support."),
            QStringLiteral("FDA Drug Safety Communication (2016): benzodiazepines with CNS depressants; ")
                + kAsamAbrupt);
}

void ClinicalChecker::checkCrossover()
{
    qsizetype first = -1, last = -1;
    for (qsizetype k = 0; k < m_plan.steps.size(); ++k)
        if (isCrossover(k)) {
            if (first < 0)
                first = k;
            last = k;
        }
    if (first < 0)
        return;
    // High doses of the new drug: drowsiness, driving (from the model's half-occupancy dose).
    const double high = highDoseSedationMgDeq(m_plan);
    const QSet<QString> before = drugsOf(m_plan.current);
    for (qsizetype k = first; k < m_plan.steps.size(); ++k) {
        double newDeq = 0.0;
        QString drugName, drugId;
        for (const Dose &d : m_plan.steps[k].doses)
            if (!before.contains(d.drug)) {
                newDeq += d.mg.value() * 10.0 / std::max(eqMg(d.drug), 1e-9);
                drugId = d.drug;
                const DrugParams *p = m_cat.find(d.drug);
                drugName = p ? p->nameEn : d.drug;
            }
        if (newDeq + 1e-9 < high)
            continue;
        add(CheckSeverity::Warning, int(k), CheckCode::HighDoseSedation,
            QStringLiteral("Step %1: %2 at %3 mg/day diazepam-equivalent (at or above %4 mg/day, where modelled "
                           "receptor occupancy passes half) can cause drowsiness, especially in the first days of "
                           "the switch. Advise the patient not to drive or use machines while drowsy.")
                .arg(k + 1)
                .arg(drugName, formatNumber(newDeq, 1), formatNumber(high, 1)),
            QStringLiteral("Lento model: occupancy midpoint (Maudsley Deprescribing Guidelines 2024)"),
            QJsonObject {{QStringLiteral("mg_deq"), std::round(newDeq * 10.0) / 10.0},
                {QStringLiteral("threshold_mg_deq"), high}, {QStringLiteral("drug"), drugId}});
        break;
    }

    // Modelled pressure over the crossover: from its first stage until the first reduction.
    const int fromDay = m_plan.steps[first].day;
    const int toDay = last + 1 < m_plan.steps.size() ? m_plan.steps[last + 1].day : m_plan.steps[last].day + 14;
    const Expected<ModelInput> input = resolve(m_plan, m_cat);
    if (!input)
        return;
    SimulationOptions o;
    o.stepMinutes = 30;
    o.days = toDay + 1;
    const Expected<SimulationResult> sim = simulate(input.value(), o);
    if (!sim)
        return;
    double peak = 0.0, peakH = fromDay * 24.0;
    for (size_t i = 0; i < sim->tH.size(); ++i)
        if (sim->tH[i] >= fromDay * 24.0 && sim->tH[i] < toDay * 24.0 && sim->withdrawalShown[i] > peak) {
            peak = sim->withdrawalShown[i];
            peakH = sim->tH[i];
        }
    const Band band = bandFor(peak);
    if (band == Band::Low)
        return;
    const int peakDay = int(std::floor(peakH / 24.0));
    add(CheckSeverity::Warning, -1, CheckCode::CrossoverPressure,
        QStringLiteral("The modelled withdrawal pressure peaks during the crossover: %1 (%2) on day %3. See the "
                       "patient in these days; longer stages, or switching part of a dose at a time, make the "
                       "switch gentler. Modelled, not a prediction.")
            .arg(formatNumber(peak, 3), bandName(band))
            .arg(peakDay),
        QStringLiteral("Lento model: withdrawal pressure; ASAM 2025 Table 7 notes: switching over 1–2 weeks"),
        QJsonObject {{QStringLiteral("peak"), std::round(peak * 1e4) / 1e4}, {QStringLiteral("band"), int(band)},
            {QStringLiteral("day"), peakDay}});
}

} // namespace

double highDoseSedationMgDeq(const Plan &plan)
{
    return plan.model.l50Mg > 0.0 ? plan.model.l50Mg : 24.7;
}

QList<Check> clinicalChecks(const Plan &plan, const Catalogue &catalogue, const CheckContext &context)
{
    ClinicalChecker checker(plan, catalogue, context);
    return checker.run();
}

} // namespace lento
