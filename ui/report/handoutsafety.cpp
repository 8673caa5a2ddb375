// The plan facts behind the handout's safety wording (see handoutsafety.h).
#include "handoutsafety.h"

#include "checks.h"
#include "checksclinical.h"

#include <QSet>

#include <cmath>

namespace lento::report {

namespace {

double eqMg(const QString &drug, const Plan &plan, const Catalogue &catalogue)
{
    const QJsonValue v = plan.drugs.value(drug).value(QStringLiteral("diazepam_eq_mg"));
    if (v.isDouble() && v.toDouble() > 0.0)
        return v.toDouble();
    const DrugParams *d = catalogue.find(drug);
    return d ? d->diazepamEqMg : 0.0;
}

double dailyDeq(const QList<Dose> &doses, const Plan &plan, const Catalogue &catalogue)
{
    double sum = 0.0;
    for (const Dose &d : doses)
        if (const double eq = eqMg(d.drug, plan, catalogue); eq > 0.0)
            sum += d.mg.value() * 10.0 / eq;
    return sum;
}

} // namespace

HandoutSafety HandoutSafety::of(const Plan &plan, const Catalogue &catalogue)
{
    HandoutSafety out;
    if (plan.steps.isEmpty())
        return out;
    if (plan.steps.last().doses.isEmpty()) {
        double before = dailyDeq(plan.current, plan, catalogue);
        for (qsizetype k = plan.steps.size() - 2; k >= 0; --k)
            if (!plan.steps[k].doses.isEmpty()) {
                before = dailyDeq(plan.steps[k].doses, plan, catalogue);
                break;
            }
        out.largeFinalStop = before > kSmallDoseMgDeq + 1e-9;
    }
    QSet<QString> current;
    for (const Dose &d : plan.current)
        current.insert(d.drug);
    const double threshold = highDoseSedationMgDeq(plan);
    for (const Step &s : plan.steps) {
        QMap<QString, double> added;
        for (const Dose &d : s.doses)
            if (!current.contains(d.drug))
                added[d.drug] += d.mg.value();
        for (auto it = added.cbegin(); it != added.cend(); ++it) {
            const double eq = eqMg(it.key(), plan, catalogue);
            if (eq <= 0.0 || it.value() * 10.0 / eq + 1e-9 < threshold)
                continue;
            // The threshold in mg of this drug, rounded up to a dose that reads plainly.
            const double mg = threshold * eq / 10.0;
            out.drowsyFromMgPerDay = mg >= 5.0 ? std::ceil(mg) : std::ceil(mg * 4.0) / 4.0;
            out.drowsyDrug = it.key();
            return out;
        }
    }
    return out;
}

QString HandoutSafety::emergencyNumber(const Plan &plan, const QString &region)
{
    QString r = plan.extra.value(QStringLiteral("planner")).toObject().value(QStringLiteral("region")).toString();
    if (r.isEmpty())
        r = region;
    if (r == QStringLiteral("cn"))
        return QStringLiteral("120");
    if (r == QStringLiteral("us"))
        return QStringLiteral("911");
    if (r == QStringLiteral("eu"))
        return QStringLiteral("112");
    return QStringLiteral("999");
}

} // namespace lento::report
