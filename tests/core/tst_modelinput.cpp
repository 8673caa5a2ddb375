// Tests for resolving a plan against the catalogue: overrides merged field by field, complete
// definitions required for ids outside the catalogue, range and tmax checks with their paths,
// the half-life multiplier, and unknown drugs reported at the dose that names them.

#include "modelinput.h"
#include "plandocument.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>

using namespace lento;

namespace {

QByteArray readData(const QString &relative)
{
    QFile f(QStringLiteral(LENTO_TEST_DATA "/") + relative);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(relative));
    return f.readAll();
}

Plan parsed(const QByteArray &json)
{
    auto plan = PlanDocument::parse(json);
    if (!plan.ok())
        qFatal("test plan does not parse: %s", qPrintable(plan.error().text()));
    return plan.value();
}

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

// A complete definition of a drug outside any catalogue.
QJsonObject customDrug()
{
    return object(R"({"name_en":"Testazepam","half_life_h":30,"tmax_h":1.5,"bioavailability":0.9,
                      "vd_l_per_kg":1.1,"diazepam_eq_mg":5,
                      "metabolite":{"name_en":"nor-testazepam","fraction_formed":0.4,"half_life_h":80,"relative_potency":0.5}})");
}

// A plan that takes `id` once a day before and after day 0.
Plan planUsing(const QString &id, const QJsonObject &definition)
{
    Plan plan;
    plan.drugs.insert(id, definition);
    plan.current.append(Dose {id, 8 * 60, Milligrams(5.0), {}});
    Step step;
    step.day = 0;
    step.doses.append(Dose {id, 8 * 60, Milligrams(4.0), {}});
    plan.steps.append(step);
    return plan;
}

// A two-drug catalogue in the format of resources/drugs.json, small enough to read at a glance.
// The values are round numbers chosen for the test, not clinical data.
const char kSmallCatalogue[] = R"json({
  "format": "lento-drugs/1",
  "sources": { "TEST": "Values invented for this test." },
  "equivalence_sources": { "ashton": "Ashton column (test values)" },
  "regions": { "uk": "United Kingdom" },
  "drugs": [
    { "id": "alprazolam", "name_en": "Alprazolam", "name_zh": "阿普唑仑",
      "half_life_h": 12, "tmax_h": 1.5, "bioavailability": 0.9, "vd_l_per_kg": 0.8, "diazepam_eq_mg": 0.5,
      "equivalents": { "ashton": 0.5 },
      "long_acting": false, "epilepsy_use": false, "z_drug": false, "usual_max_daily_mg": 4,
      "products": { "uk": [ { "form": "tablet", "strength_mg": 0.25, "splits": 2 } ] },
      "sources": { "half_life_h": "TEST", "tmax_h": "TEST", "bioavailability": "TEST",
                   "vd_l_per_kg": "TEST", "diazepam_eq_mg": "TEST", "products.uk": "TEST",
                   "usual_max_daily_mg": "TEST" },
      "unverified": [] },
    { "id": "diazepam", "name_en": "Diazepam", "name_zh": "地西泮",
      "half_life_h": 48, "tmax_h": 1.25, "bioavailability": 1.0, "vd_l_per_kg": 1.6, "diazepam_eq_mg": 10,
      "equivalents": { "ashton": 10 },
      "metabolite": { "name_en": "Nordazepam", "fraction_formed": 0.7, "half_life_h": 100,
                      "relative_potency": 0.8, "vd_l_per_kg": 1.0 },
      "long_acting": true, "epilepsy_use": false, "z_drug": false, "usual_max_daily_mg": 40,
      "products": { "uk": [ { "form": "tablet", "strength_mg": 2, "splits": 2 } ] },
      "sources": { "half_life_h": "TEST", "tmax_h": "TEST", "bioavailability": "TEST",
                   "vd_l_per_kg": "TEST", "diazepam_eq_mg": "TEST", "products.uk": "TEST", "usual_max_daily_mg": "TEST",
                   "metabolite.fraction_formed": "TEST", "metabolite.half_life_h": "TEST",
                   "metabolite.relative_potency": "TEST", "metabolite.vd_l_per_kg": "TEST" },
      "unverified": [] }
  ]
})json";

} // namespace

class TestModelInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolvesPlanDefinedDrugsInFirstUseOrder()
    {
        const Plan plan = parsed(readData(QStringLiteral("conformance/c2_alprazolam_to_diazepam.plan.json")));
        const auto input = resolve(plan, Catalogue());
        QVERIFY2(input.ok(), qPrintable(input.ok() ? QString() : input.error().text()));
        QCOMPARE(input->drugs.size(), 2);
        QCOMPARE(input->drugs.at(0).id, QStringLiteral("alprazolam"));
        QCOMPARE(input->drugs.at(1).id, QStringLiteral("diazepam"));
        QCOMPARE(input->drugIndex(QStringLiteral("diazepam")), 1);
        QCOMPARE(input->drugIndex(QStringLiteral("lorazepam")), -1);

        const DrugParams &dz = input->drugs.at(1);
        QCOMPARE(dz.halfLife.value(), 48.0);
        QCOMPARE(dz.tmax.value(), 1.25);
        QCOMPARE(dz.bioavailability, 1.0);
        QCOMPARE(dz.vdLPerKg, 1.2);
        QCOMPARE(dz.diazepamEqMg, 10.0);
        QCOMPARE(dz.metabolite.fractionFormed, 0.5);
        QCOMPARE(dz.metabolite.halfLife.value(), 90.0);
        QCOMPARE(dz.metabolite.vdLPerKg, 1.0);
        QVERIFY(!input->drugs.at(0).metabolite.present());

        QCOMPARE(input->patient.weightKg, 64.0);
        QCOMPARE(input->patient.priorAbruptWithdrawals, 1);
        QCOMPARE(input->steps.size(), 4);
        QCOMPARE(input->lastStepDay(), 28);
        QCOMPARE(input->current.size(), 3);
    }

    void firstUseIncludesDrugsOnlyInLaterSteps()
    {
        Plan plan = planUsing(QStringLiteral("a"), customDrug());
        plan.drugs.insert(QStringLiteral("b"), customDrug());
        Step later;
        later.day = 10;
        later.doses.append(Dose {QStringLiteral("b"), 20 * 60, Milligrams(1.0), {}});
        plan.steps.append(later);
        const auto input = resolve(plan, Catalogue());
        QVERIFY(input.ok());
        QCOMPARE(input->drugs.size(), 2);
        QCOMPARE(input->drugIndex(QStringLiteral("a")), 0);
        QCOMPARE(input->drugIndex(QStringLiteral("b")), 1);
    }

    void customDrugDefaults()
    {
        QJsonObject def = customDrug();
        def.remove(QStringLiteral("name_en"));
        const auto d
            = resolveDrug(QStringLiteral("testazepam"), planUsing(QStringLiteral("testazepam"), def), Catalogue());
        QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error().text()));
        QCOMPARE(d->id, QStringLiteral("testazepam"));
        QCOMPARE(d->nameEn, QStringLiteral("testazepam")); // the id stands in for a missing name
        QCOMPARE(d->metabolite.relativePotency, 0.5);
        QCOMPARE(d->metabolite.vdLPerKg, 1.1); // Vdm defaults to the parent's Vd

        QJsonObject noRho = customDrug();
        QJsonObject m = noRho.value(QStringLiteral("metabolite")).toObject();
        m.remove(QStringLiteral("relative_potency"));
        noRho.insert(QStringLiteral("metabolite"), m);
        const auto d2 = resolveDrug(QStringLiteral("x"), planUsing(QStringLiteral("x"), noRho), Catalogue());
        QVERIFY(d2.ok());
        QCOMPARE(d2->metabolite.relativePotency, 1.0);

        QJsonObject noMetabolite = customDrug();
        noMetabolite.remove(QStringLiteral("metabolite"));
        const auto d3 = resolveDrug(QStringLiteral("x"), planUsing(QStringLiteral("x"), noMetabolite), Catalogue());
        QVERIFY(d3.ok());
        QVERIFY(!d3->metabolite.present());
    }

    void incompleteCustomDrugNamesTheMissingField_data()
    {
        QTest::addColumn<QString>("field");
        for (const char *f : {"half_life_h", "tmax_h", "bioavailability", "vd_l_per_kg", "diazepam_eq_mg"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }

    void incompleteCustomDrugNamesTheMissingField()
    {
        QFETCH(QString, field);
        QJsonObject def = customDrug();
        def.remove(field);
        const auto input = resolve(planUsing(QStringLiteral("testazepam"), def), Catalogue());
        QVERIFY(!input.ok());
        QCOMPARE(input.error().path, QStringLiteral("drugs.testazepam.") + field);
        QVERIFY2(input.error().message.startsWith(QStringLiteral("required")), qPrintable(input.error().text()));
        QVERIFY(input.error().message.contains(QStringLiteral("not in the catalogue")));
    }

    void drugValuesOutOfRange_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::newRow("half-life zero") << QStringLiteral("half_life_h") << QJsonValue(0)
                                        << QStringLiteral("drugs.x.half_life_h") << QStringLiteral("must be > 0");
        QTest::newRow("half-life string")
            << QStringLiteral("half_life_h") << QJsonValue(QStringLiteral("30"))
            << QStringLiteral("drugs.x.half_life_h") << QStringLiteral("must be a number");
        QTest::newRow("tmax negative") << QStringLiteral("tmax_h") << QJsonValue(-1) << QStringLiteral("drugs.x.tmax_h")
                                       << QStringLiteral("must be > 0");
        QTest::newRow("F zero") << QStringLiteral("bioavailability") << QJsonValue(0)
                                << QStringLiteral("drugs.x.bioavailability") << QStringLiteral("must be > 0 and <= 1");
        QTest::newRow("F above one") << QStringLiteral("bioavailability") << QJsonValue(1.2)
                                     << QStringLiteral("drugs.x.bioavailability")
                                     << QStringLiteral("must be > 0 and <= 1 (found 1.2)");
        QTest::newRow("Vd zero") << QStringLiteral("vd_l_per_kg") << QJsonValue(0)
                                 << QStringLiteral("drugs.x.vd_l_per_kg") << QStringLiteral("must be > 0");
        QTest::newRow("Deq negative") << QStringLiteral("diazepam_eq_mg") << QJsonValue(-5)
                                      << QStringLiteral("drugs.x.diazepam_eq_mg") << QStringLiteral("must be > 0");
        QTest::newRow("name number") << QStringLiteral("name_en") << QJsonValue(5) << QStringLiteral("drugs.x.name_en")
                                     << QStringLiteral("must be a string");
        QTest::newRow("metabolite array")
            << QStringLiteral("metabolite") << QJsonValue(QJsonArray()) << QStringLiteral("drugs.x.metabolite")
            << QStringLiteral("must be an object");
        QTest::newRow("fm above one") << QStringLiteral("metabolite")
                                      << QJsonValue(object(R"({"fraction_formed":1.5,"half_life_h":50})"))
                                      << QStringLiteral("drugs.x.metabolite.fraction_formed")
                                      << QStringLiteral("must be between 0 and 1 (found 1.5)");
        QTest::newRow("fm without half-life")
            << QStringLiteral("metabolite") << QJsonValue(object(R"({"fraction_formed":0.3})"))
            << QStringLiteral("drugs.x.metabolite.half_life_h") << QStringLiteral("required when fraction_formed > 0");
        QTest::newRow("metabolite half-life zero")
            << QStringLiteral("metabolite") << QJsonValue(object(R"({"fraction_formed":0.3,"half_life_h":0})"))
            << QStringLiteral("drugs.x.metabolite.half_life_h") << QStringLiteral("must be > 0");
        QTest::newRow("potency negative")
            << QStringLiteral("metabolite")
            << QJsonValue(object(R"({"fraction_formed":0.3,"half_life_h":40,"relative_potency":-1})"))
            << QStringLiteral("drugs.x.metabolite.relative_potency") << QStringLiteral("must be >= 0");
        QTest::newRow("metabolite Vd zero")
            << QStringLiteral("metabolite")
            << QJsonValue(object(R"({"fraction_formed":0.3,"half_life_h":40,"vd_l_per_kg":0})"))
            << QStringLiteral("drugs.x.metabolite.vd_l_per_kg") << QStringLiteral("must be > 0");
        QTest::newRow("tmax beyond limit")
            << QStringLiteral("tmax_h") << QJsonValue(44) << QStringLiteral("drugs.x.tmax_h")
            << QStringLiteral("must be at most half_life_h / ln 2 (43.2809 h");
    }

    void drugValuesOutOfRange()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, path);
        QFETCH(QString, message);
        QJsonObject def = customDrug();
        def.insert(field, value);
        const auto d = resolveDrug(QStringLiteral("x"), planUsing(QStringLiteral("x"), def), Catalogue());
        QVERIFY2(!d.ok(), qPrintable(field));
        QCOMPARE(d.error().path, path);
        QVERIFY2(d.error().message.startsWith(message), qPrintable(d.error().text()));
        // resolve() reports the same problem.
        const auto input = resolve(planUsing(QStringLiteral("x"), def), Catalogue());
        QVERIFY(!input.ok());
        QCOMPARE(input.error().text(), d.error().text());
    }

    void tmaxAtTheLimitIsTheEqualRatesCase()
    {
        // tmax = t½ / ln 2 is the ka = ke limit of tmax = ln(ka/ke)/(ka − ke): allowed.
        QJsonObject def = customDrug();
        def.insert(QStringLiteral("tmax_h"), 30.0 / std::log(2.0));
        const auto d = resolveDrug(QStringLiteral("x"), planUsing(QStringLiteral("x"), def), Catalogue());
        QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error().text()));
        def.insert(QStringLiteral("tmax_h"), std::nextafter(30.0 / std::log(2.0), 100.0));
        QVERIFY(!resolveDrug(QStringLiteral("x"), planUsing(QStringLiteral("x"), def), Catalogue()).ok());
    }

    void halfLifeMultiplierScalesBothHalfLives()
    {
        Plan plan = planUsing(QStringLiteral("x"), customDrug());
        plan.hasPatient = true;
        plan.patient.halfLifeMultiplier = 1.5;
        const auto input = resolve(plan, Catalogue());
        QVERIFY(input.ok());
        const DrugParams &d = input->drugs.at(0);
        QCOMPARE(d.halfLife.value(), 45.0);
        QCOMPARE(d.metabolite.halfLife.value(), 120.0);
        // Nothing else moves.
        QCOMPARE(d.tmax.value(), 1.5);
        QCOMPARE(d.bioavailability, 0.9);
        QCOMPARE(d.vdLPerKg, 1.1);
        QCOMPARE(d.diazepamEqMg, 5.0);
        QCOMPARE(d.metabolite.fractionFormed, 0.4);
        // resolveDrug is the drug as the plan sees it, before the patient's multiplier.
        QCOMPARE(resolveDrug(QStringLiteral("x"), plan, Catalogue())->halfLife.value(), 30.0);
    }

    void multiplierThatBreaksTheTmaxLimitIsReported()
    {
        Plan plan = planUsing(QStringLiteral("x"), customDrug()); // t½ 30 h, tmax 1.5 h
        plan.patient.halfLifeMultiplier = 0.03; // t½ 0.9 h: limit 1.3 h < 1.5 h
        const auto input = resolve(plan, Catalogue());
        QVERIFY(!input.ok());
        QCOMPARE(input.error().path, QStringLiteral("patient.half_life_multiplier"));
        QVERIFY2(input.error().message.contains(QStringLiteral("too short for its tmax_h")),
            qPrintable(input.error().text()));
    }

    void unknownDrugIsReportedAtTheDose()
    {
        Plan plan = planUsing(QStringLiteral("x"), customDrug());
        Step s1;
        s1.day = 7;
        s1.doses.append(Dose {QStringLiteral("x"), 8 * 60, Milligrams(3.0), {}});
        s1.doses.append(Dose {QStringLiteral("foo"), 20 * 60, Milligrams(3.0), {}});
        plan.steps.append(s1);
        auto input = resolve(plan, Catalogue());
        QVERIFY(!input.ok());
        QCOMPARE(input.error().path, QStringLiteral("steps[1].doses[1].drug"));
        QVERIFY2(
            input.error().message.startsWith(QStringLiteral("unknown drug \"foo\"")), qPrintable(input.error().text()));

        plan.current.append(Dose {QStringLiteral("bar"), 0, Milligrams(1.0), {}});
        input = resolve(plan, Catalogue());
        QVERIFY(!input.ok());
        QCOMPARE(input.error().path, QStringLiteral("current[1].drug"));
        QVERIFY(input.error().message.startsWith(QStringLiteral("unknown drug \"bar\"")));

        QVERIFY(!resolveDrug(QStringLiteral("foo"), plan, Catalogue()).ok());
    }

    void unusedDefinitionsAreStillChecked()
    {
        Plan plan = planUsing(QStringLiteral("x"), customDrug());
        QJsonObject broken = customDrug();
        broken.insert(QStringLiteral("bioavailability"), 3);
        plan.drugs.insert(QStringLiteral("spare"), broken);
        const auto input = resolve(plan, Catalogue());
        QVERIFY(!input.ok());
        QCOMPARE(input.error().path, QStringLiteral("drugs.spare.bioavailability"));
    }

    void inMemoryPlansAreChecked_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("text");
        QTest::newRow("weight") << 0 << QStringLiteral("patient.weight_kg: must be > 0");
        QTest::newRow("multiplier") << 1 << QStringLiteral("patient.half_life_multiplier: must be > 0");
        QTest::newRow("tau") << 2 << QStringLiteral("model.tau_r_days: must be > 0");
        QTest::newRow("day order") << 3
                                   << QStringLiteral("steps[1].day: must be greater than the previous step's day (0)");
        QTest::newRow("mg") << 4 << QStringLiteral("steps[0].doses[0].mg: must be > 0");
        QTest::newRow("time") << 5 << QStringLiteral("current[0].time: must be HH:MM between 00:00 and 23:59");
        QTest::newRow("prior") << 6 << QStringLiteral("patient.prior_abrupt_withdrawals: must be a whole number >= 0");
    }

    void inMemoryPlansAreChecked()
    {
        QFETCH(int, which);
        QFETCH(QString, text);
        Plan plan = planUsing(QStringLiteral("x"), customDrug());
        switch (which) {
        case 0:
            plan.patient.weightKg = 0;
            break;
        case 1:
            plan.patient.halfLifeMultiplier = -1;
            break;
        case 2:
            plan.model.tauRDays = 0;
            break;
        case 3:
            plan.steps.append(plan.steps.first());
            break;
        case 4:
            plan.steps[0].doses[0].mg = Milligrams(0.0);
            break;
        case 5:
            plan.current[0].minuteOfDay = 1440;
            break;
        case 6:
            plan.patient.priorAbruptWithdrawals = -2;
            break;
        }
        const auto input = resolve(plan, Catalogue());
        QVERIFY(!input.ok());
        QCOMPARE(input.error().text(), text);
    }

    void overridesMergeIntoCatalogueEntries()
    {
        const auto loaded = Catalogue::fromJson(QByteArray(kSmallCatalogue));
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().text()));
        const Catalogue &catalogue = *loaded;
        const DrugParams *base = catalogue.find(QStringLiteral("diazepam"));
        QVERIFY(base);
        QVERIFY(base->metabolite.present());

        Plan plan = planUsing(QStringLiteral("diazepam"),
            object(R"({"half_life_h":60,"name_zh":"地西泮（测试）","metabolite":{"half_life_h":100}})"));
        const auto d = resolveDrug(QStringLiteral("diazepam"), plan, catalogue);
        QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error().text()));
        QCOMPARE(d->halfLife.value(), 60.0); // overridden
        QCOMPARE(d->nameZh, QStringLiteral("地西泮（测试）"));
        QCOMPARE(d->metabolite.halfLife.value(), 100.0); // overridden field
        QCOMPARE(d->metabolite.fractionFormed, base->metabolite.fractionFormed); // merged from the catalogue
        QCOMPARE(d->metabolite.relativePotency, base->metabolite.relativePotency);
        QCOMPARE(d->metabolite.nameEn, base->metabolite.nameEn);
        QCOMPARE(d->tmax.value(), base->tmax.value()); // untouched fields stay
        QCOMPARE(d->bioavailability, base->bioavailability);
        QCOMPARE(d->vdLPerKg, base->vdLPerKg);
        QCOMPARE(d->diazepamEqMg, base->diazepamEqMg);
        QCOMPARE(d->nameEn, base->nameEn);
        QCOMPARE(d->equivalences.size(), base->equivalences.size()); // catalogue facts kept

        // No override: the catalogue entry as it is (apart from Vdm made explicit).
        const auto plain = resolveDrug(QStringLiteral("alprazolam"), plan, catalogue);
        QVERIFY(plain.ok());
        QCOMPARE(plain->halfLife.value(), catalogue.find(QStringLiteral("alprazolam"))->halfLife.value());

        // A catalogue drug needs no complete entry, but an override is still range-checked.
        Plan bad = planUsing(QStringLiteral("diazepam"), object(R"({"bioavailability":0})"));
        const auto e = resolve(bad, catalogue);
        QVERIFY(!e.ok());
        QCOMPARE(e.error().path, QStringLiteral("drugs.diazepam.bioavailability"));

        // An override that breaks the tmax limit with the catalogue's own tmax.
        Plan tooShort = planUsing(QStringLiteral("alprazolam"), object(R"({"half_life_h":0.5})"));
        const auto t = resolve(tooShort, catalogue);
        QVERIFY(!t.ok());
        QCOMPARE(t.error().path, QStringLiteral("drugs.alprazolam.tmax_h"));
        QVERIFY(t.error().message.startsWith(QStringLiteral("must be at most half_life_h / ln 2")));

        // Catalogue drugs used without any "drugs" entry resolve, multiplier applied.
        Plan none;
        none.patient.halfLifeMultiplier = 2.0;
        none.current.append(Dose {QStringLiteral("diazepam"), 0, Milligrams(5.0), {}});
        const auto input = resolve(none, catalogue);
        QVERIFY2(input.ok(), qPrintable(input.ok() ? QString() : input.error().text()));
        QCOMPARE(input->drugs.at(0).halfLife.value(), 2.0 * base->halfLife.value());
        QCOMPARE(input->drugs.at(0).metabolite.halfLife.value(), 2.0 * base->metabolite.halfLife.value());
    }

    void overrideCanAddAMetaboliteOnlyWithItsHalfLife()
    {
        const auto loaded = Catalogue::fromJson(QByteArray(kSmallCatalogue));
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().text()));
        const Catalogue &catalogue = *loaded;
        QVERIFY(!catalogue.find(QStringLiteral("alprazolam"))->metabolite.present());
        Plan plan = planUsing(QStringLiteral("alprazolam"), object(R"({"metabolite":{"fraction_formed":0.2}})"));
        const auto e = resolve(plan, catalogue);
        QVERIFY(!e.ok());
        QCOMPARE(e.error().path, QStringLiteral("drugs.alprazolam.metabolite.half_life_h"));
        plan.drugs.insert(
            QStringLiteral("alprazolam"), object(R"({"metabolite":{"fraction_formed":0.2,"half_life_h":20}})"));
        const auto ok = resolve(plan, catalogue);
        QVERIFY2(ok.ok(), qPrintable(ok.ok() ? QString() : ok.error().text()));
        QCOMPARE(ok->drugs.at(0).metabolite.fractionFormed, 0.2);
        QCOMPARE(ok->drugs.at(0).metabolite.vdLPerKg, ok->drugs.at(0).vdLPerKg);
    }

    void theFormatExampleResolvesAgainstTheBuiltInCatalogue()
    {
        const auto builtIn = Catalogue::builtIn();
        QVERIFY2(builtIn.ok(), qPrintable(builtIn.ok() ? QString() : builtIn.error().text()));
        const Plan plan = parsed(readData(QStringLiteral("plans/example.plan.json")));
        const auto input = resolve(plan, *builtIn);
        QVERIFY2(input.ok(), qPrintable(input.ok() ? QString() : input.error().text()));
        QCOMPARE(input->drugs.size(), 2);
        QCOMPARE(input->drugs.at(input->drugIndex(QStringLiteral("diazepam"))).halfLife.value(), 60.0);
    }
};

QTEST_GUILESS_MAIN(TestModelInput)
#include "tst_modelinput.moc"
