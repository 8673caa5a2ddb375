// Tests of the model engine (docs/model.md): analytic properties, the kinetic limit cases, and
// agreement within docs/model.md §8 with an independent Runge–Kutta solution of the same equations.
#include "kinetics.h"
#include "referencesolver.h"
#include "simulator.h"

#include <QTest>

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

using namespace lento;

namespace {

DrugParams drug(const QString &id, double halfLife, double tmax, double f, double vd, double deq)
{
    DrugParams d;
    d.id = id;
    d.nameEn = id;
    d.halfLife = Hours(halfLife);
    d.tmax = Hours(tmax);
    d.bioavailability = f;
    d.vdLPerKg = vd;
    d.diazepamEqMg = deq;
    return d;
}

DrugParams diazepamLike()
{
    DrugParams d = drug(QStringLiteral("diazepam"), 48, 1.25, 1.0, 1.2, 10);
    d.metabolite.fractionFormed = 0.5;
    d.metabolite.halfLife = Hours(90);
    d.metabolite.relativePotency = 1.0;
    d.metabolite.vdLPerKg = 1.0;
    return d;
}

Dose dose(const QString &id, int hh, int mm, double mg)
{
    Dose d;
    d.drug = id;
    d.minuteOfDay = hh * 60 + mm;
    d.mg = Milligrams(mg);
    return d;
}

Step step(int day, QList<Dose> doses)
{
    Step s;
    s.day = day;
    s.doses = std::move(doses);
    return s;
}

void compareWithReference(const ModelInput &in, int days, int stepMinutes)
{
    SimulationOptions o;
    o.days = days;
    o.stepMinutes = stepMinutes;
    const Expected<SimulationResult> r = simulate(in, o);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().text()));
    const reference::Output ref = reference::Solver(in).run(days, stepMinutes);
    QCOMPARE(r->tH.size(), ref.level.size());
    auto closeRel = [](double a, double b) { return std::abs(a - b) <= std::max(1e-6 * std::abs(b), 1e-9); };
    double worstRel = 0, worstAbs = 0;
    for (size_t i = 0; i < ref.level.size(); ++i) {
        QVERIFY2(closeRel(r->level[i], ref.level[i]),
            qPrintable(QStringLiteral("L at %1 h: %2 vs %3")
                           .arg(r->tH[i])
                           .arg(r->level[i], 0, 'g', 12)
                           .arg(ref.level[i], 0, 'g', 12)));
        for (size_t d = 0; d < ref.conc.size(); ++d) {
            QVERIFY2(closeRel(r->drugs[d].concNgMl[i], ref.conc[d][i]),
                qPrintable(QStringLiteral("C[%1] at %2 h: %3 vs %4")
                               .arg(d)
                               .arg(r->tH[i])
                               .arg(r->drugs[d].concNgMl[i], 0, 'g', 12)
                               .arg(ref.conc[d][i], 0, 'g', 12)));
            QVERIFY2(closeRel(r->drugs[d].metaboliteNgMl[i], ref.metab[d][i]),
                qPrintable(QStringLiteral("Cm[%1] at %2 h: %3 vs %4")
                               .arg(d)
                               .arg(r->tH[i])
                               .arg(r->drugs[d].metaboliteNgMl[i], 0, 'g', 12)
                               .arg(ref.metab[d][i], 0, 'g', 12)));
        }
        QVERIFY2(std::abs(r->effect[i] - ref.effect[i]) <= 1e-6, qPrintable(QStringLiteral("E at %1 h").arg(r->tH[i])));
        QVERIFY2(std::abs(r->adaptation[i] - ref.adaptation[i]) <= 1e-6,
            qPrintable(QStringLiteral("A at %1 h: %2 vs %3")
                           .arg(r->tH[i])
                           .arg(r->adaptation[i], 0, 'g', 12)
                           .arg(ref.adaptation[i], 0, 'g', 12)));
        QVERIFY2(std::abs(r->withdrawal[i] - ref.withdrawal[i]) <= 1e-6,
            qPrintable(QStringLiteral("W at %1 h").arg(r->tH[i])));
        QVERIFY2(std::abs(r->withdrawalShown[i] - ref.shown[i]) <= 1e-6,
            qPrintable(QStringLiteral("shown W at %1 h").arg(r->tH[i])));
        worstAbs = std::max(worstAbs, std::abs(r->adaptation[i] - ref.adaptation[i]));
        if (ref.level[i] > 1e-6)
            worstRel = std::max(worstRel, std::abs(r->level[i] - ref.level[i]) / ref.level[i]);
    }
    qInfo("worst relative L difference %.3g, worst A difference %.3g", worstRel, worstAbs);
}

} // namespace

class TestEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void absorptionRateSolvesTmax()
    {
        for (double th : {2.0, 12.0, 48.0}) {
            for (double tmaxFrac : {0.02, 0.3, 0.9}) {
                const double ke = std::log(2.0) / th;
                const double tmax = tmaxFrac / ke;
                const Expected<double> ka = absorptionRate(Hours(th), Hours(tmax));
                QVERIFY(ka.ok());
                QVERIFY(*ka > ke);
                QVERIFY(std::abs(std::log(*ka / ke) / (*ka - ke) - tmax) < 1e-10 * tmax);
            }
        }
        const Expected<double> limit = absorptionRate(Hours(12), Hours(12 / std::log(2.0)));
        QVERIFY(limit.ok());
        QCOMPARE(*limit, std::log(2.0) / 12);
        const Expected<double> bad = absorptionRate(Hours(12), Hours(20));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().path, QStringLiteral("tmax_h"));
    }

    void convolutionLimitForms()
    {
        const double t = 7.5;
        for (double a : {0.01, 0.3, 2.0}) {
            // ka = ke: t·e^{-at}
            QVERIFY(std::abs(kinetics::convolve2(a, a, t) - t * std::exp(-a * t)) < 1e-15);
            // all three equal: t²/2·e^{-at}
            QVERIFY(std::abs(kinetics::convolve3(a, a, a, t) - 0.5 * t * t * std::exp(-a * t)) < 1e-14);
            for (double c : {a * 0.5, a * 3.0}) {
                // two equal (ka = ke, or km = ke, or km = ka): ((e^{-ct} − e^{-at})/(c − a) + t·e^{-at})/(c − a)
                const double expect
                    = ((std::exp(-c * t) - std::exp(-a * t)) / (c - a) + t * std::exp(-a * t)) / (c - a);
                for (const auto &args : {std::array {a, a, c}, std::array {a, c, a}, std::array {c, a, a}}) {
                    const double got = kinetics::convolve3(args[0], args[1], args[2], t);
                    QVERIFY2(std::abs(got - expect) <= 1e-12 * std::abs(expect),
                        qPrintable(QStringLiteral("%1 vs %2").arg(got, 0, 'g', 17).arg(expect, 0, 'g', 17)));
                }
            }
            // nearly equal rates approach the limit continuously
            const double near = kinetics::convolve3(a, a * (1 + 1e-7), a * (1 - 1e-7), t);
            QVERIFY(std::abs(near - 0.5 * t * t * std::exp(-a * t)) < 1e-9 * near);
        }
        // distinct rates against the partial-fraction formula
        const double a = 0.2, b = 0.05, c = 0.01;
        const double pf = std::exp(-a * t) / ((b - a) * (c - a)) + std::exp(-b * t) / ((a - b) * (c - b))
            + std::exp(-c * t) / ((a - c) * (b - c));
        QVERIFY(std::abs(kinetics::convolve3(a, b, c, t) - pf) < 1e-12 * pf);
    }

    void singleDosePeaksAtTmax()
    {
        ModelInput in;
        in.drugs = {drug(QStringLiteral("x"), 12, 1.5, 0.9, 0.8, 0.5)};
        in.steps = {step(0, {dose(QStringLiteral("x"), 0, 0, 1.0)}), step(1, {})};
        SimulationOptions o;
        o.days = 2;
        o.stepMinutes = 1;
        const auto r = simulate(in, o);
        QVERIFY(r.ok());
        const auto &c = r->drugs[0].concNgMl;
        const size_t peak = size_t(std::max_element(c.begin(), c.end()) - c.begin());
        QVERIFY2(std::abs(r->tH[peak] - 1.5) <= 1.0 / 60.0, qPrintable(QString::number(r->tH[peak])));
        // closed form F·D·ka/(ka − ke)·(e^{-ke t} − e^{-ka t}) / (Vd·W)
        const double ke = std::log(2.0) / 12, ka = *absorptionRate(Hours(12), Hours(1.5));
        for (size_t i : {size_t(30), size_t(300), size_t(2000)}) {
            const double t = r->tH[i];
            const double expect
                = 0.9 * 1.0 * ka / (ka - ke) * (std::exp(-ke * t) - std::exp(-ka * t)) * 1000 / (0.8 * 70);
            QVERIFY(std::abs(c[i] - expect) < 1e-10 * expect);
        }
    }

    void steadyStateAverageConcentration()
    {
        // C_avg = F·D/(CL·τ) with CL = ke·Vd·W.
        ModelInput in;
        in.drugs = {drug(QStringLiteral("x"), 14, 2, 0.9, 1.3, 1)};
        in.current = {dose(QStringLiteral("x"), 8, 0, 1.0), dose(QStringLiteral("x"), 20, 0, 1.0)};
        in.steps = {step(0, in.current)};
        SimulationOptions o;
        o.days = 1;
        o.stepMinutes = 1;
        const auto r = simulate(in, o);
        QVERIFY(r.ok());
        const auto &c = r->drugs[0].concNgMl;
        double integral = 0;
        for (size_t i = 1; i < c.size(); ++i)
            integral += 0.5 * (c[i] + c[i - 1]) / 60.0;
        const double ke = std::log(2.0) / 14, cl = ke * 1.3 * 70; // L/h
        const double expect = 0.9 * 1.0 / (cl * 12.0) * 1000; // ng/mL, τ = 12 h
        QVERIFY2(std::abs(integral / 24 - expect) < 1e-5 * expect,
            qPrintable(QStringLiteral("%1 vs %2").arg(integral / 24).arg(expect)));
        // Periodic: the state 24 h later is the same.
        QVERIFY(std::abs(c.front() - c.back()) < 1e-9 * c.front());
    }

    void levelMeanEqualsDailyEquivalentDose()
    {
        // alprazolam 1 mg three times a day with Deq 0.5 averages L = 60 (docs/model.md §3); with a
        // metabolite (diazepam-like) 5 mg twice a day averages 10.
        struct Case
        {
            DrugParams d;
            QList<Dose> regimen;
            double expect;
        };
        const QString alp = QStringLiteral("alprazolam"), dzp = QStringLiteral("diazepam");
        const QList<Case> cases = {
            {drug(alp, 12, 1.5, 0.88, 0.8, 0.5), {dose(alp, 8, 0, 1), dose(alp, 14, 0, 1), dose(alp, 22, 0, 1)}, 60.0},
            {diazepamLike(), {dose(dzp, 8, 0, 5), dose(dzp, 20, 0, 5)}, 10.0},
        };
        for (const Case &c : cases) {
            ModelInput in;
            in.drugs = {c.d};
            in.current = c.regimen;
            in.steps = {step(0, c.regimen)};
            SimulationOptions o;
            o.days = 1;
            o.stepMinutes = 1;
            const auto r = simulate(in, o);
            QVERIFY(r.ok());
            double integral = 0;
            for (size_t i = 1; i < r->level.size(); ++i)
                integral += 0.5 * (r->level[i] + r->level[i - 1]) / 60.0;
            QVERIFY2(std::abs(integral / 24 - c.expect) < 1e-5 * c.expect, qPrintable(QString::number(integral / 24)));
        }
    }

    void slowerClearanceAccumulatesInTheLevel()
    {
        // Model 1.1: a patient whose half-lives are doubled (h_m = 2) holds twice the amount on the
        // same regimen, and the level's normaliser keeps the catalogue's half-lives, so the
        // steady-state level averages twice the regimen's diazepam-equivalent dose (parent and
        // metabolite alike) instead of hiding the accumulation.
        const QString dzp = QStringLiteral("diazepam");
        const QList<Dose> regimen = {dose(dzp, 8, 0, 5), dose(dzp, 20, 0, 5)};
        for (const double m : {1.0, 2.0, 3.5}) {
            DrugParams d = diazepamLike();
            d.halfLife = d.halfLife * m;
            d.metabolite.halfLife = d.metabolite.halfLife * m;
            d.halfLifeMultiplier = m;
            ModelInput in;
            in.patient.halfLifeMultiplier = m;
            in.drugs = {d};
            in.current = regimen;
            in.steps = {step(0, regimen)};
            SimulationOptions o;
            o.days = 1;
            o.stepMinutes = 1;
            const auto r = simulate(in, o);
            QVERIFY(r.ok());
            double integral = 0;
            for (size_t i = 1; i < r->level.size(); ++i)
                integral += 0.5 * (r->level[i] + r->level[i - 1]) / 60.0;
            QVERIFY2(std::abs(integral / 24 - 10.0 * m) < 1e-5 * 10.0 * m,
                qPrintable(QStringLiteral("h_m %1: mean level %2").arg(m).arg(integral / 24)));
            compareWithReference(in, 3, 60);
        }
    }

    void cutDropsEffectWhileAdaptationIsContinuous()
    {
        const QString alp = QStringLiteral("alprazolam");
        ModelInput in;
        in.drugs = {drug(alp, 12, 1.5, 0.88, 0.8, 0.5)};
        in.current = {dose(alp, 8, 0, 1), dose(alp, 20, 0, 1)};
        in.steps = {step(0, in.current), step(10, {dose(alp, 8, 0, 0.5), dose(alp, 20, 0, 0.5)})};
        SimulationOptions o;
        o.days = 20;
        o.stepMinutes = 60;
        const auto r = simulate(in, o);
        QVERIFY(r.ok());
        const size_t cut = 10 * 24;
        // Before the cut the patient is at steady state: no pressure.
        QVERIFY(r->withdrawal[cut - 1] < 0.03);
        // Within a day of the cut E has fallen clearly...
        QVERIFY(r->effect[cut + 24] < r->effect[cut - 24] - 0.05);
        // ...while A moves at most Δt/τ per sample (|E − A| ≤ 1), i.e. it is continuous,
        for (size_t i = 1; i < r->adaptation.size(); ++i)
            QVERIFY(std::abs(r->adaptation[i] - r->adaptation[i - 1]) <= 1.0 / 336.0 + 1e-12);
        // ...so the modelled withdrawal pressure opens up, then A catches down and it closes.
        QVERIFY(r->withdrawal[cut + 48] > 0.05);
        QVERIFY(r->withdrawal.back() < r->withdrawal[cut + 48]);
        QVERIFY(r->summary.peakDay >= 10.0 && r->summary.peakDay < 14.0);
    }

    void blissCombination()
    {
        QVERIFY(std::abs(blissCombinedDepression({0.4, 0.3}) - 0.58) < 1e-15);
        QVERIFY(std::abs((1 - blissCombinedDepression({0.4, 0.3})) - 0.42) < 1e-15);
        QCOMPARE(blissCombinedDepression({}), 0.0);
        QCOMPARE(blissCombinedDepression({1.0, 0.3}), 1.0);
    }

    void bandsAndKindling()
    {
        QCOMPARE(bandFor(0.0), Band::Low);
        QCOMPARE(bandFor(0.0499), Band::Low);
        QCOMPARE(bandFor(0.05), Band::Moderate);
        QCOMPARE(bandFor(0.15), Band::High);
        QCOMPARE(bandFor(0.2999), Band::High);
        QCOMPARE(bandFor(0.30), Band::Severe);
        QCOMPARE(kindlingFactor(0), 1.0);
        QCOMPARE(kindlingFactor(1), 1.25);
        QCOMPARE(kindlingFactor(4), 2.0);
        QCOMPARE(kindlingFactor(9), 2.0);
        ModelParams m;
        QVERIFY(std::abs(occupancyPercent(24.7, m) - 50.0) < 1e-12);
        QVERIFY(std::abs(effectOf(24.7, m) - 0.5) < 1e-15);
    }

    void interdoseSwingIsLargerForShortHalfLife()
    {
        const QString alp = QStringLiteral("alprazolam"), dzp = QStringLiteral("diazepam");
        ModelInput in;
        in.drugs = {drug(alp, 12, 1.5, 0.88, 0.8, 0.5), diazepamLike()};
        const auto shortSwing = interdoseSwing(in, {dose(alp, 8, 0, 1), dose(alp, 22, 0, 1)});
        const auto longSwing = interdoseSwing(in, {dose(dzp, 8, 0, 20), dose(dzp, 22, 0, 20)});
        QVERIFY(shortSwing.ok() && longSwing.ok());
        QVERIFY2(*shortSwing > 3 * *longSwing, qPrintable(QStringLiteral("%1 vs %2").arg(*shortSwing).arg(*longSwing)));
        QVERIFY(*shortSwing > 0.3 && *shortSwing < 2.0);
        QVERIFY(!interdoseSwing(in, {dose(QStringLiteral("nope"), 8, 0, 1)}).ok());
    }

    void agreesWithReference_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("clonazepam steps") << 0;
        QTest::newRow("crossover with metabolite and kindling") << 1;
        QTest::newRow("ka = ke = km (all limits)") << 2;
        QTest::newRow("km = ka, odd dose minutes, 10-min samples, hill 2") << 3;
    }

    void agreesWithReference()
    {
        QFETCH(int, which);
        ModelInput in;
        const QString alp = QStringLiteral("alprazolam"), dzp = QStringLiteral("diazepam"), x = QStringLiteral("x");
        switch (which) {
        case 0:
            in.drugs = {drug(QStringLiteral("clonazepam"), 30, 2.5, 0.9, 3.0, 0.5)};
            in.current
                = {dose(QStringLiteral("clonazepam"), 8, 0, 0.5), dose(QStringLiteral("clonazepam"), 20, 0, 0.5)};
            in.steps = {step(0, in.current),
                step(14,
                    {dose(QStringLiteral("clonazepam"), 8, 0, 0.375), dose(QStringLiteral("clonazepam"), 20, 0, 0.5)}),
                step(28, {})};
            compareWithReference(in, 40, 60);
            break;
        case 1:
            in.drugs = {drug(alp, 12, 1.5, 0.88, 0.8, 0.5), diazepamLike()};
            in.patient.weightKg = 64;
            in.patient.priorAbruptWithdrawals = 1;
            in.current = {dose(alp, 7, 0, 0.5), dose(alp, 13, 0, 0.5), dose(alp, 21, 0, 0.5)};
            in.steps = {step(0, {dose(alp, 7, 0, 0.5), dose(alp, 13, 0, 0.5), dose(dzp, 21, 0, 10)}),
                step(7, {dose(alp, 7, 0, 0.5), dose(dzp, 13, 0, 10), dose(dzp, 21, 0, 10)}),
                step(14, {dose(dzp, 7, 0, 10), dose(dzp, 13, 0, 10), dose(dzp, 21, 0, 10)}),
                step(28, {dose(dzp, 7, 0, 8), dose(dzp, 13, 0, 9), dose(dzp, 21, 0, 10)})};
            compareWithReference(in, 35, 60);
            break;
        case 2: {
            DrugParams d = drug(x, 20, 20 / std::log(2.0), 0.8, 1.0, 5);
            d.metabolite.fractionFormed = 0.7;
            d.metabolite.halfLife = Hours(20);
            d.metabolite.relativePotency = 0.5;
            in.drugs = {d};
            in.current = {dose(x, 9, 0, 5)};
            in.steps = {step(0, in.current), step(5, {dose(x, 9, 0, 2.5)}), step(12, {})};
            compareWithReference(in, 20, 60);
            break;
        }
        case 3: {
            DrugParams d = drug(x, 30, 2.0, 0.95, 1.1, 2);
            const double ka = *absorptionRate(Hours(30), Hours(2.0));
            d.metabolite.fractionFormed = 0.4;
            d.metabolite.halfLife = Hours(std::log(2.0) / ka);
            d.metabolite.relativePotency = 2.0;
            d.metabolite.vdLPerKg = 0.7;
            in.drugs = {d};
            in.model.hill = 2.0;
            in.model.tauRDays = 10;
            in.patient.priorAbruptWithdrawals = 6;
            in.current = {dose(x, 7, 13, 1), dose(x, 13, 7, 1), dose(x, 23, 59, 2)};
            in.steps = {step(0, in.current), step(3, {dose(x, 7, 13, 0.5), dose(x, 23, 59, 2)}), step(9, {})};
            compareWithReference(in, 14, 10);
            break;
        }
        }
    }

    void summaryFigures()
    {
        const QString alp = QStringLiteral("alprazolam");
        ModelInput in;
        in.drugs = {drug(alp, 12, 1.5, 0.88, 0.8, 0.5)};
        in.current = {dose(alp, 8, 0, 1), dose(alp, 20, 0, 1)};
        in.steps = {step(0, in.current), step(5, {})};
        in.patient.priorAbruptWithdrawals = 2;
        SimulationOptions o; // default horizon: last step + 60 days
        const auto r = simulate(in, o);
        QVERIFY(r.ok());
        QCOMPARE(r->summary.days, 65.0);
        QCOMPARE(r->tH.size(), size_t(65 * 24 + 1));
        const double bandDays = std::accumulate(r->summary.daysInBand.begin(), r->summary.daysInBand.end(), 0.0);
        QVERIFY(std::abs(bandDays - 65.0) < 1e-9);
        QVERIFY(r->summary.peakShown > 0.30); // an abrupt stop from 40 mg/day-eq is severe
        QVERIFY(r->summary.daysInBand[3] > 0.0);
        // Each band's days are its samples (all but the last) times the sample spacing.
        std::array<int, 4> samplesInBand {};
        for (size_t i = 0; i + 1 < r->withdrawalShown.size(); ++i)
            ++samplesInBand[size_t(bandFor(r->withdrawalShown[i]))];
        for (size_t b = 0; b < 4; ++b)
            QCOMPARE(r->summary.daysInBand[b], samplesInBand[b] / 24.0);
        const double maxShown = *std::max_element(r->withdrawalShown.begin(), r->withdrawalShown.end());
        QCOMPARE(r->summary.peakShown, maxShown);
        for (size_t i = 0; i < r->withdrawal.size(); ++i)
            QVERIFY(std::abs(r->withdrawalShown[i] - 1.5 * r->withdrawal[i]) < 1e-15);
        QVERIFY(r->summary.firstDayBelow1.has_value());
        QVERIFY(*r->summary.firstDayBelow1 > 5.0 && *r->summary.firstDayBelow1 < 9.0);
        QVERIFY(r->summary.currentSwing > 0.2);
    }

    void rejectsBadOptions()
    {
        ModelInput in;
        in.drugs = {drug(QStringLiteral("x"), 12, 1.5, 0.9, 1, 1)};
        SimulationOptions o;
        o.stepMinutes = 0;
        QCOMPARE(simulate(in, o).error().path, QStringLiteral("step_minutes"));
        o.stepMinutes = 60;
        o.days = 40000;
        QCOMPARE(simulate(in, o).error().path, QStringLiteral("days"));
        o.days = 10;
        in.patient.weightKg = 0;
        QCOMPARE(simulate(in, o).error().path, QStringLiteral("patient.weight_kg"));
        in.patient.weightKg = 70;
        in.drugs[0].tmax = Hours(100);
        QCOMPARE(simulate(in, o).error().path, QStringLiteral("drugs.x.tmax_h"));
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
