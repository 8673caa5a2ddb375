// Tests for reading and writing `lento-plan/1` documents: round trips of the format's example
// and the conformance plans, preservation of unknown keys, and one specific error (with its
// JSON path) for every rule of docs/plan-format.md.

#include "plandocument.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace lento;

namespace {

QByteArray readData(const QString &relative)
{
    QFile f(QStringLiteral(LENTO_TEST_DATA "/") + relative);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(relative));
    return f.readAll();
}

// A minimal valid document with `fragment` spliced in as extra top-level members
// (later keys win in QJsonDocument, so a fragment can replace current/steps too).
QByteArray withTop(const char *fragment)
{
    // The fragment replaces the base's own "current" or "steps" (a key may appear only once).
    const QByteArray f(fragment);
    QByteArray doc = R"({"format":"lento-plan/1")";
    if (!f.startsWith(R"("current")"))
        doc += R"(,"current":[])";
    if (!f.startsWith(R"("steps")"))
        doc += R"(,"steps":[{"day":0,"doses":[{"drug":"diazepam","time":"08:00","mg":5}]}])";
    if (!f.isEmpty())
        doc += ',' + f;
    doc += '}';
    return doc;
}

// A valid document whose only step is `step`.
QByteArray withStep(const char *step)
{
    return QByteArray(R"({"format":"lento-plan/1","current":[],"steps":[)") + step + "]}";
}

// A valid document whose only step has the single dose `dose`.
QByteArray withDose(const char *dose)
{
    const QByteArray step = QByteArray(R"({"day":0,"doses":[)") + dose + "]}";
    return withStep(step.constData());
}

} // namespace

class TestPlanDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesTheFormatExample()
    {
        const auto plan = PlanDocument::parse(readData(QStringLiteral("plans/example.plan.json")));
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().text()));
        QCOMPARE(plan->title, QStringLiteral("Alprazolam to diazepam, 10 % every 2 weeks"));
        QCOMPARE(plan->startDate, QDate(2026, 12, 1));
        QVERIFY(plan->hasPatient);
        QVERIFY(plan->hasModel);
        QCOMPARE(plan->patient.weightKg, 70.0);
        QCOMPARE(plan->model.l50Mg, 24.7);
        QCOMPARE(plan->drugs.size(), 2);
        QCOMPARE(plan->drugs.value(QStringLiteral("diazepam")).value(QStringLiteral("half_life_h")).toDouble(), 60.0);
        QCOMPARE(plan->current.size(), 2);
        QCOMPARE(plan->current.at(1).minuteOfDay, 22 * 60);
        QCOMPARE(plan->steps.size(), 3);
        QCOMPARE(plan->steps.at(2).day, 21);
        QCOMPARE(plan->steps.at(2).note, QStringLiteral("hold if symptoms"));
        QCOMPARE(plan->steps.at(0).doses.at(1).drug, QStringLiteral("diazepam"));
        QCOMPARE(plan->steps.at(0).doses.at(1).mg.value(), 20.0);
    }

    void roundTrips_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("format example") << QStringLiteral("plans/example.plan.json");
        QTest::newRow("conformance c1") << QStringLiteral("conformance/c1_clonazepam_steps.plan.json");
        QTest::newRow("conformance c2") << QStringLiteral("conformance/c2_alprazolam_to_diazepam.plan.json");
        QTest::newRow("unknown keys") << QStringLiteral("plans/unknown-keys.plan.json");
    }

    void roundTrips()
    {
        QFETCH(QString, file);
        const QByteArray original = readData(file);
        const auto plan = PlanDocument::parse(original);
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().text()));

        for (bool indented : {true, false}) {
            const QByteArray written = PlanDocument::write(*plan, indented);
            const auto again = PlanDocument::parse(written);
            QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().text()));
            QVERIFY(*again == *plan);
            // Writing the re-read plan gives the same bytes: the writer is deterministic.
            QCOMPARE(PlanDocument::write(*again, indented), written);
        }
        // Nothing is lost or invented: the written JSON equals the original JSON value,
        // except that sections present in the original with some defaults omitted are completed.
        const QJsonObject source = QJsonDocument::fromJson(original).object();
        const QJsonObject back = PlanDocument::toJson(*plan);
        for (const QString &key : source.keys()) {
            QVERIFY2(back.contains(key), qPrintable(key));
            if (key != QLatin1String("patient") && key != QLatin1String("model"))
                QVERIFY2(back.value(key) == source.value(key), qPrintable(key));
        }
        QCOMPARE(back.contains(QStringLiteral("patient")), source.contains(QStringLiteral("patient")));
        QCOMPARE(back.contains(QStringLiteral("model")), source.contains(QStringLiteral("model")));
        QCOMPARE(back.contains(QStringLiteral("start_date")), source.contains(QStringLiteral("start_date")));
        QCOMPARE(back.contains(QStringLiteral("title")), source.contains(QStringLiteral("title")));
    }

    void keepsUnknownKeysAtEveryLevel()
    {
        const auto plan = PlanDocument::parse(readData(QStringLiteral("plans/unknown-keys.plan.json")));
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().text()));
        QCOMPARE(plan->extra.value(QStringLiteral("x_top")).toString(), QStringLiteral("kept"));
        QCOMPARE(plan->patient.extra.value(QStringLiteral("x_patient")).toInt(), 3);
        QCOMPARE(plan->model.extra.value(QStringLiteral("x_model")).toBool(), true);
        QCOMPARE(plan->steps.at(0).extra.value(QStringLiteral("x_step")).toArray().size(), 2);
        QCOMPARE(plan->steps.at(0).doses.at(0).extra.value(QStringLiteral("x_dose")).toString(),
            QStringLiteral("with food"));
        QCOMPARE(plan->current.at(0).extra.value(QStringLiteral("x_current")).toDouble(), 1.5);
        QCOMPARE(plan->steps.at(1).annotations.value(QStringLiteral("reason")).toString(),
            QStringLiteral("smaller cut at low dose"));
        QVERIFY(plan->drugs.value(QStringLiteral("diazepam")).contains(QStringLiteral("x_drug")));
        // Known keys never leak into extra.
        QVERIFY(!plan->extra.contains(QStringLiteral("format")));
        QVERIFY(!plan->steps.at(0).extra.contains(QStringLiteral("day")));
        QVERIFY(!plan->steps.at(1).extra.contains(QStringLiteral("annotations")));
        QVERIFY(!plan->steps.at(0).doses.at(0).extra.contains(QStringLiteral("mg")));

        const QJsonObject back = PlanDocument::toJson(*plan);
        QCOMPARE(back.value(QStringLiteral("x_top")).toString(), QStringLiteral("kept"));
        QCOMPARE(back.value(QStringLiteral("patient")).toObject().value(QStringLiteral("x_patient")).toInt(), 3);
        QCOMPARE(back.value(QStringLiteral("model")).toObject().value(QStringLiteral("x_model")).toBool(), true);
        const QJsonObject step0 = back.value(QStringLiteral("steps")).toArray().at(0).toObject();
        QCOMPARE(step0.value(QStringLiteral("x_step")).toArray().size(), 2);
        QCOMPARE(
            step0.value(QStringLiteral("doses")).toArray().at(0).toObject().value(QStringLiteral("x_dose")).toString(),
            QStringLiteral("with food"));
    }

    void optionalSectionsAreNotInvented()
    {
        const auto plan = PlanDocument::parse(withTop(""));
        QVERIFY(plan.ok());
        QVERIFY(!plan->hasPatient);
        QVERIFY(!plan->hasModel);
        QVERIFY(!plan->startDate.isValid());
        QCOMPARE(plan->patient.weightKg, 70.0);
        QCOMPARE(plan->patient.halfLifeMultiplier, 1.0);
        QCOMPARE(plan->model.tauRDays, 14.0);
        const QJsonObject back = PlanDocument::toJson(*plan);
        QCOMPARE(
            back.keys(), (QStringList {QStringLiteral("current"), QStringLiteral("format"), QStringLiteral("steps")}));
        QVERIFY(back.value(QStringLiteral("current")).isArray());
    }

    void changedSectionsAreWrittenEvenWithoutTheirFlag()
    {
        Plan plan;
        plan.patient.weightKg = 82.5;
        plan.model.hill = 1.2;
        QVERIFY(!plan.hasPatient && !plan.hasModel);
        const auto again = PlanDocument::parse(PlanDocument::write(plan));
        QVERIFY(again.ok());
        QVERIFY(again->hasPatient && again->hasModel);
        QCOMPARE(again->patient.weightKg, 82.5);
        QCOMPARE(again->model.hill, 1.2);
        QCOMPARE(again->model.l50Mg, 24.7);
    }

    void numbersRoundTripExactly()
    {
        Plan plan;
        plan.hasPatient = true;
        plan.patient.weightKg = 0.1 + 0.2; // not representable in short decimal
        plan.patient.halfLifeMultiplier = 1.0 / 3.0;
        Step step;
        step.day = 3;
        step.doses.append(Dose {QStringLiteral("alprazolam"), 7 * 60 + 5, Milligrams(0.125 / 3.0), {}});
        step.doses.append(Dose {QStringLiteral("alprazolam"), 0, Milligrams(1e-7), {}});
        step.doses.append(Dose {QStringLiteral("alprazolam"), 23 * 60 + 59, Milligrams(999.789012345678), {}});
        plan.steps.append(step);
        const auto again = PlanDocument::parse(PlanDocument::write(plan));
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().text()));
        QCOMPARE(again->patient.weightKg, 0.1 + 0.2);
        QCOMPARE(again->patient.halfLifeMultiplier, 1.0 / 3.0);
        QCOMPARE(again->steps.at(0).doses.at(0).mg.value(), 0.125 / 3.0);
        QVERIFY(*again == plan);
        // Dose order is kept even when times are not sorted.
        QCOMPARE(again->steps.at(0).doses.at(1).minuteOfDay, 0);
        QCOMPARE(again->steps.at(0).doses.at(2).minuteOfDay, 23 * 60 + 59);
    }

    void times_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("minutes");
        QTest::newRow("midnight") << QStringLiteral("00:00") << 0;
        QTest::newRow("morning") << QStringLiteral("08:30") << 510;
        QTest::newRow("last minute") << QStringLiteral("23:59") << 1439;
        QTest::newRow("24:00") << QStringLiteral("24:00") << -1;
        QTest::newRow("25:00") << QStringLiteral("25:00") << -1;
        QTest::newRow("7:5") << QStringLiteral("7:5") << -1;
        QTest::newRow("7:05") << QStringLiteral("7:05") << -1;
        QTest::newRow("12:60") << QStringLiteral("12:60") << -1;
        QTest::newRow("seconds") << QStringLiteral("12:00:00") << -1;
        QTest::newRow("dot") << QStringLiteral("12.00") << -1;
        QTest::newRow("sign") << QStringLiteral("-1:00") << -1;
        QTest::newRow("arabic-indic digits") << QStringLiteral("\u0660\u0668:\u0660\u0660") << -1;
        QTest::newRow("empty") << QString() << -1;
    }

    void times()
    {
        QFETCH(QString, text);
        QFETCH(int, minutes);
        QCOMPARE(PlanDocument::parseTime(text), minutes);
        if (minutes >= 0)
            QCOMPARE(PlanDocument::formatTime(minutes), text);
    }

    void rejectsEveryRuleWithItsPath_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");

        // Document level.
        QTest::newRow("truncated") << QByteArray(R"({"format":"lento-plan/1","steps":[)") << QString()
                                   << QStringLiteral("not valid JSON at offset");
        QTest::newRow("empty input") << QByteArray() << QString() << QStringLiteral("not valid JSON at offset 0");
        QTest::newRow("bad utf-8") << QByteArray("{\"format\":\"lento-plan/1\",\"title\":\"\xff\xfe\"}") << QString()
                                   << QStringLiteral("not valid JSON at offset");
        QTest::newRow("root array") << QByteArray("[1,2]") << QString()
                                    << QStringLiteral("the document must be a JSON object");
        QTest::newRow("format missing") << QByteArray(R"({"current":[],"steps":[]})") << QStringLiteral("format")
                                        << QStringLiteral("required");
        QTest::newRow("format wrong") << QByteArray(R"({"format":"lento-plan/2","current":[],"steps":[]})")
                                      << QStringLiteral("format")
                                      << QStringLiteral("must be \"lento-plan/1\" (found \"lento-plan/2\")");
        QTest::newRow("format number") << QByteArray(R"({"format":1,"current":[],"steps":[]})")
                                       << QStringLiteral("format") << QStringLiteral("must be a string");
        QTest::newRow("title number") << withTop(R"("title":5)") << QStringLiteral("title")
                                      << QStringLiteral("must be a string");
        QTest::newRow("start_date impossible")
            << withTop(R"("start_date":"2026-02-30")") << QStringLiteral("start_date")
            << QStringLiteral("must be a calendar date YYYY-MM-DD");
        QTest::newRow("start_date other layout")
            << withTop(R"("start_date":"01/12/2026")") << QStringLiteral("start_date")
            << QStringLiteral("must be a calendar date YYYY-MM-DD");
        QTest::newRow("current missing") << QByteArray(R"({"format":"lento-plan/1","steps":[]})")
                                         << QStringLiteral("current") << QStringLiteral("required");
        QTest::newRow("steps missing") << QByteArray(R"({"format":"lento-plan/1","current":[]})")
                                       << QStringLiteral("steps") << QStringLiteral("required");
        QTest::newRow("steps object") << withTop(R"("steps":{})") << QStringLiteral("steps")
                                      << QStringLiteral("must be an array");
        QTest::newRow("current string") << withTop(R"("current":"none")") << QStringLiteral("current")
                                        << QStringLiteral("must be an array");

        // Patient.
        QTest::newRow("patient not object")
            << withTop(R"("patient":70)") << QStringLiteral("patient") << QStringLiteral("must be an object");
        QTest::newRow("weight zero") << withTop(R"("patient":{"weight_kg":0})") << QStringLiteral("patient.weight_kg")
                                     << QStringLiteral("must be > 0");
        QTest::newRow("weight negative") << withTop(R"("patient":{"weight_kg":-70})")
                                         << QStringLiteral("patient.weight_kg") << QStringLiteral("must be > 0");
        QTest::newRow("weight string") << withTop(R"("patient":{"weight_kg":"70"})")
                                       << QStringLiteral("patient.weight_kg") << QStringLiteral("must be a number");
        QTest::newRow("weight implausible")
            << withTop(R"("patient":{"weight_kg":70000})") << QStringLiteral("patient.weight_kg")
            << QStringLiteral("must be at most 400 kg");
        QTest::newRow("multiplier zero") << withTop(R"("patient":{"half_life_multiplier":0})")
                                         << QStringLiteral("patient.half_life_multiplier")
                                         << QStringLiteral("must be > 0");
        QTest::newRow("prior negative") << withTop(R"("patient":{"prior_abrupt_withdrawals":-1})")
                                        << QStringLiteral("patient.prior_abrupt_withdrawals")
                                        << QStringLiteral("must be a whole number >= 0");
        QTest::newRow("prior fractional") << withTop(R"("patient":{"prior_abrupt_withdrawals":1.5})")
                                          << QStringLiteral("patient.prior_abrupt_withdrawals")
                                          << QStringLiteral("must be a whole number >= 0 (found 1.5)");
        QTest::newRow("prior null") << withTop(R"("patient":{"prior_abrupt_withdrawals":null})")
                                    << QStringLiteral("patient.prior_abrupt_withdrawals")
                                    << QStringLiteral("must be a number");

        // Model.
        QTest::newRow("tau zero") << withTop(R"("model":{"tau_r_days":0})") << QStringLiteral("model.tau_r_days")
                                  << QStringLiteral("must be > 0");
        QTest::newRow("l50 negative") << withTop(R"("model":{"l50_mg":-2})") << QStringLiteral("model.l50_mg")
                                      << QStringLiteral("must be > 0");
        QTest::newRow("hill string") << withTop(R"("model":{"hill":"1"})") << QStringLiteral("model.hill")
                                     << QStringLiteral("must be a number");
        QTest::newRow("model array") << withTop(R"("model":[])") << QStringLiteral("model")
                                     << QStringLiteral("must be an object");

        // Drugs.
        QTest::newRow("drugs array") << withTop(R"("drugs":[])") << QStringLiteral("drugs")
                                     << QStringLiteral("must be an object");
        QTest::newRow("drugs entry not object")
            << withTop(R"("drugs":{"diazepam":60})") << QStringLiteral("drugs.diazepam")
            << QStringLiteral("must be an object");

        // Steps.
        QTest::newRow("step not object") << withStep("3") << QStringLiteral("steps[0]")
                                         << QStringLiteral("must be an object");
        QTest::newRow("day missing") << withStep(R"({"doses":[]})") << QStringLiteral("steps[0].day")
                                     << QStringLiteral("required");
        QTest::newRow("day negative") << withStep(R"({"day":-1,"doses":[]})") << QStringLiteral("steps[0].day")
                                      << QStringLiteral("must be >= 0");
        QTest::newRow("day fractional") << withStep(R"({"day":1.5,"doses":[]})") << QStringLiteral("steps[0].day")
                                        << QStringLiteral("must be a whole number of days (found 1.5)");
        QTest::newRow("day string") << withStep(R"({"day":"7","doses":[]})") << QStringLiteral("steps[0].day")
                                    << QStringLiteral("must be a number");
        QTest::newRow("day repeated") << withStep(R"({"day":0,"doses":[]},{"day":14,"doses":[]},{"day":14,"doses":[]})")
                                      << QStringLiteral("steps[2].day")
                                      << QStringLiteral("must be greater than the previous step's day (14)");
        QTest::newRow("day decreasing") << withStep(R"({"day":7,"doses":[]},{"day":3,"doses":[]})")
                                        << QStringLiteral("steps[1].day")
                                        << QStringLiteral("must be greater than the previous step's day (7)");
        QTest::newRow("doses missing") << withStep(R"({"day":0})") << QStringLiteral("steps[0].doses")
                                       << QStringLiteral("required");
        QTest::newRow("doses not array") << withStep(R"({"day":0,"doses":{}})") << QStringLiteral("steps[0].doses")
                                         << QStringLiteral("must be an array");
        QTest::newRow("note not string") << withStep(R"({"day":0,"doses":[],"note":7})")
                                         << QStringLiteral("steps[0].note") << QStringLiteral("must be a string");
        QTest::newRow("annotations not object")
            << withStep(R"({"day":0,"doses":[],"annotations":"why"})") << QStringLiteral("steps[0].annotations")
            << QStringLiteral("must be an object");

        // Doses.
        QTest::newRow("dose not object") << withDose(R"("diazepam 5 mg")") << QStringLiteral("steps[0].doses[0]")
                                         << QStringLiteral("must be an object");
        QTest::newRow("time 25:00") << withDose(R"({"drug":"diazepam","time":"25:00","mg":5})")
                                    << QStringLiteral("steps[0].doses[0].time")
                                    << QStringLiteral("must be HH:MM between 00:00 and 23:59 (found \"25:00\")");
        QTest::newRow("time 24:00") << withDose(R"({"drug":"diazepam","time":"24:00","mg":5})")
                                    << QStringLiteral("steps[0].doses[0].time")
                                    << QStringLiteral("must be HH:MM between 00:00 and 23:59");
        QTest::newRow("time 7:5") << withDose(R"({"drug":"diazepam","time":"7:5","mg":5})")
                                  << QStringLiteral("steps[0].doses[0].time")
                                  << QStringLiteral("must be HH:MM between 00:00 and 23:59");
        QTest::newRow("time missing") << withDose(R"({"drug":"diazepam","mg":5})")
                                      << QStringLiteral("steps[0].doses[0].time") << QStringLiteral("required");
        QTest::newRow("time number") << withDose(R"({"drug":"diazepam","time":800,"mg":5})")
                                     << QStringLiteral("steps[0].doses[0].time") << QStringLiteral("must be a string");
        QTest::newRow("mg zero") << withDose(R"({"drug":"diazepam","time":"08:00","mg":0})")
                                 << QStringLiteral("steps[0].doses[0].mg") << QStringLiteral("must be > 0");
        QTest::newRow("mg negative") << withDose(R"({"drug":"diazepam","time":"08:00","mg":-1})")
                                     << QStringLiteral("steps[0].doses[0].mg") << QStringLiteral("must be > 0");
        QTest::newRow("mg string") << withDose(R"({"drug":"diazepam","time":"08:00","mg":"5"})")
                                   << QStringLiteral("steps[0].doses[0].mg") << QStringLiteral("must be a number");
        QTest::newRow("mg missing") << withDose(R"({"drug":"diazepam","time":"08:00"})")
                                    << QStringLiteral("steps[0].doses[0].mg") << QStringLiteral("required");
        // JSON has no infinity: an overflowing literal is rejected by the JSON reader itself.
        QTest::newRow("mg overflow") << withDose(R"({"drug":"diazepam","time":"08:00","mg":1e999})") << QString()
                                     << QStringLiteral("not valid JSON at offset");
        QTest::newRow("drug missing") << withDose(R"({"time":"08:00","mg":5})")
                                      << QStringLiteral("steps[0].doses[0].drug") << QStringLiteral("required");
        QTest::newRow("drug empty") << withDose(R"({"drug":"","time":"08:00","mg":5})")
                                    << QStringLiteral("steps[0].doses[0].drug") << QStringLiteral("must not be empty");
        QTest::newRow("drug number") << withDose(R"({"drug":3,"time":"08:00","mg":5})")
                                     << QStringLiteral("steps[0].doses[0].drug") << QStringLiteral("must be a string");
        QTest::newRow("second dose of later step") << withStep(
            R"({"day":0,"doses":[]},{"day":7,"doses":[]},{"day":14,"doses":[]},{"day":21,"doses":[{"drug":"diazepam","time":"08:00","mg":2},{"drug":"diazepam","time":"20:00","mg":0}]})")
                                                   << QStringLiteral("steps[3].doses[1].mg")
                                                   << QStringLiteral("must be > 0");
        QTest::newRow("current time") << withTop(R"("current":[{"drug":"diazepam","time":"8am","mg":5}])")
                                      << QStringLiteral("current[0].time")
                                      << QStringLiteral("must be HH:MM between 00:00 and 23:59");
    }

    void rejectsEveryRuleWithItsPath()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QFETCH(QString, message);
        const auto plan = PlanDocument::parse(json);
        QVERIFY2(!plan.ok(), json.constData());
        QCOMPARE(plan.error().path, path);
        QVERIFY2(plan.error().message.startsWith(message), qPrintable(plan.error().text()));
        if (!path.isEmpty())
            QVERIFY(plan.error().text().startsWith(path + QStringLiteral(": ")));
    }

    void truncatedFileNamesTheOffset()
    {
        QByteArray json = readData(QStringLiteral("plans/example.plan.json"));
        json.truncate(200);
        const auto plan = PlanDocument::parse(json);
        QVERIFY(!plan.ok());
        QVERIFY2(plan.error().text().contains(QRegularExpression(QStringLiteral("^not valid JSON at offset \\d+: .+"))),
            qPrintable(plan.error().text()));
    }

    void exampleErrorTextsFromTheFormat()
    {
        const auto a = PlanDocument::parse(withDose(R"({"drug":"diazepam","time":"08:00","mg":0})"));
        QCOMPARE(a.error().text(), QStringLiteral("steps[0].doses[0].mg: must be > 0"));
        const auto b = PlanDocument::parse(withTop(R"("patient":{"weight_kg":"heavy"})"));
        QCOMPARE(b.error().text(), QStringLiteral("patient.weight_kg: must be a number"));
        const auto c = PlanDocument::parse(R"({"current":[],"steps":[]})");
        QCOMPARE(c.error().text(), QStringLiteral("format: required"));
    }

    void acceptsEdgeValues()
    {
        const auto plan = PlanDocument::parse(withStep(
            R"({"day":0,"doses":[]},{"day":36500,"doses":[{"drug":"x","time":"23:59","mg":1e-9}],"note":"","annotations":{}})"));
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().text()));
        QCOMPARE(plan->steps.at(1).day, 36500);
        QVERIFY(plan->steps.at(0).doses.isEmpty());
        // Integral values written as floating point (7.0) are whole days.
        const auto whole = PlanDocument::parse(withStep(R"({"day":7.0,"doses":[]})"));
        QVERIFY(whole.ok());
        QCOMPARE(whole->steps.at(0).day, 7);
    }
};

QTEST_GUILESS_MAIN(TestPlanDocument)
#include "tst_plandocument.moc"
