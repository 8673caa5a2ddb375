// `lento-cli plan` and `lento-cli check` as a user runs them: the NHS Scotland crossover from the
// command line, --products and --equivalence written into the document, the checks in JSON and
// text with exit 0, and exit 2 with a one-line message naming the flag (and no file) on bad input.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliPlan : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        QByteArray out, err;
    };

    static Run cli(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(LENTO_CLI_PATH), args);
        if (!p.waitForFinished(120000))
            qFatal("lento-cli did not finish");
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
    }

    static QJsonObject json(const QByteArray &bytes)
    {
        QJsonParseError pe;
        const QJsonObject o = QJsonDocument::fromJson(bytes, &pe).object();
        if (pe.error != QJsonParseError::NoError)
            qFatal("not JSON: %s", qPrintable(pe.errorString()));
        return o;
    }

private Q_SLOTS:
    void nhsScotlandFromTheCommandLine()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("plan.json"));
        const Run r = cli({QStringLiteral("plan"), QStringLiteral("--current"),
            QStringLiteral("lorazepam:1@08:00,1@22:00"), QStringLiteral("--switch-to"), QStringLiteral("diazepam"),
            QStringLiteral("--strategy"), QStringLiteral("linear"), QStringLiteral("--mg"), QStringLiteral("1"),
            QStringLiteral("--every"), QStringLiteral("14"), QStringLiteral("--region"), QStringLiteral("uk"),
            QStringLiteral("--start"), QStringLiteral("2026-12-01"), QStringLiteral("-o"), out});
        QVERIFY2(r.code == 0, r.err.constData());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject plan = json(f.readAll());
        QCOMPARE(plan.value(QStringLiteral("format")).toString(), QStringLiteral("lento-plan/1"));
        QCOMPARE(plan.value(QStringLiteral("start_date")).toString(), QStringLiteral("2026-12-01"));
        const QJsonArray steps = plan.value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), 22);
        const QJsonObject ann = steps[2].toObject().value(QStringLiteral("annotations")).toObject();
        QCOMPARE(ann.value(QStringLiteral("kind")).toString(), QStringLiteral("reduction"));
        QCOMPARE(ann.value(QStringLiteral("daily_mg_deq")).toDouble(), 19.0);
        QVERIFY(ann.contains(QStringLiteral("compositions")));
        QCOMPARE(plan.value(QStringLiteral("planner")).toObject().value(QStringLiteral("strategy")).toString(),
            QStringLiteral("linear"));

        // check: JSON with the ASAM findings near the end, exit 0.
        const Run c = cli({QStringLiteral("check"), out, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(c.code, 0);
        const QJsonArray checks = json(c.out).value(QStringLiteral("checks")).toArray();
        QList<int> paceSteps;
        for (const QJsonValue &v : checks)
            if (v.toObject().value(QStringLiteral("code")).toString() == QStringLiteral("cut_over_25pct_2wk"))
                paceSteps << v.toObject().value(QStringLiteral("step")).toInt();
        QCOMPARE(paceSteps, (QList<int> {19, 20, 21}));
        // Text, with patient context.
        const Run t = cli(
            {QStringLiteral("check"), out, QStringLiteral("--opioid"), QStringLiteral("--age"), QStringLiteral("70")});
        QCOMPARE(t.code, 0);
        QVERIFY(t.out.contains("WARNING [step 20] cut_over_25pct_2wk"));
        QVERIFY(t.out.contains("opioid"));
        QVERIFY(t.out.contains("accumulation"));
        QVERIFY(t.out.contains("source: "));
    }

    void productsAndEquivalenceAreWritten()
    {
        const Run r = cli(
            {QStringLiteral("plan"), QStringLiteral("--current"), QStringLiteral("alprazolam:1@08:00,1@14:00,1@22:00"),
                QStringLiteral("--switch-to"), QStringLiteral("diazepam"), QStringLiteral("--equivalence"),
                QStringLiteral("vadod"), QStringLiteral("--products"),
                QStringLiteral("tablet:10:quarter,tablet:5:half,tablet:2:whole,liquid:2mg/5mL:0.1mL"),
                QStringLiteral("--forms"), QStringLiteral("tablets+liquid"), QStringLiteral("--strategy"),
                QStringLiteral("occupancy"), QStringLiteral("--max-drop"), QStringLiteral("2.5")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject plan = json(r.out);
        QCOMPARE(plan.value(QStringLiteral("drugs"))
                     .toObject()
                     .value(QStringLiteral("alprazolam"))
                     .toObject()
                     .value(QStringLiteral("diazepam_eq_mg"))
                     .toDouble(),
            1.0);
        const QJsonObject planner = plan.value(QStringLiteral("planner")).toObject();
        QCOMPARE(planner.value(QStringLiteral("products")).toString(),
            QStringLiteral("tablet:10:quarter,tablet:5:half,tablet:2:whole,liquid:2mg/5mL:0.1mL"));
        QCOMPARE(planner.value(QStringLiteral("equivalence")).toString(), QStringLiteral("vadod"));
        const QJsonArray steps = plan.value(QStringLiteral("steps")).toArray();
        // VA/DoD: alprazolam 1 mg ≈ diazepam 10 mg, switched evening first.
        const QJsonArray first = steps[0].toObject().value(QStringLiteral("doses")).toArray();
        QCOMPARE(first.last().toObject().value(QStringLiteral("drug")).toString(), QStringLiteral("diazepam"));
        QCOMPARE(first.last().toObject().value(QStringLiteral("mg")).toDouble(), 10.0);
        for (const QJsonValue &s : steps) {
            const QJsonObject a = s.toObject().value(QStringLiteral("annotations")).toObject();
            if (a.value(QStringLiteral("kind")).toString() == QStringLiteral("reduction"))
                QVERIFY(a.value(QStringLiteral("occupancy_drop_pts")).toDouble() <= 2.5 + 1e-6);
        }
        QVERIFY(steps.last().toObject().value(QStringLiteral("doses")).toArray().isEmpty());
    }

    void helpListsTheFlags()
    {
        const Run r = cli({QStringLiteral("plan"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        for (const char *flag : {"--current", "--strategy", "--percent", "--mg", "--max-drop", "--max-pressure",
                 "--every", "--switch-to", "--stage-days", "--equivalence", "--forms", "--region", "--products",
                 "--target-mg", "--start", "--weight", "--prior-abrupt", "--micro-taper", "--hold", "annotations"})
            QVERIFY2(r.out.contains(flag), flag);
        const Run c = cli({QStringLiteral("check"), QStringLiteral("--help")});
        QCOMPARE(c.code, 0);
        QVERIFY(c.out.contains("--format"));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("flag");
        const QString cur = QStringLiteral("--current");
        const QString dz = QStringLiteral("diazepam:10@22:00");
        QTest::newRow("no current") << QStringList {QStringLiteral("plan")} << QStringLiteral("--current");
        QTest::newRow("bad regimen") << QStringList {QStringLiteral("plan"), cur, QStringLiteral("diazepam:ten@22:00")}
                                     << QStringLiteral("--current");
        QTest::newRow("unknown drug") << QStringList {QStringLiteral("plan"), cur, QStringLiteral("nodrug:1@22:00")}
                                      << QStringLiteral("--current");
        QTest::newRow("strategy") << QStringList {QStringLiteral("plan"), cur, dz, QStringLiteral("--strategy"),
            QStringLiteral("fast")}
                                  << QStringLiteral("--strategy");
        QTest::newRow("percent") << QStringList {QStringLiteral("plan"), cur, dz, QStringLiteral("--percent"),
            QStringLiteral("90")} << QStringLiteral("--percent");
        QTest::newRow("every") << QStringList {QStringLiteral("plan"), cur, dz, QStringLiteral("--every"),
            QStringLiteral("3")}
                               << QStringLiteral("--every");
        QTest::newRow("products") << QStringList {QStringLiteral("plan"), cur, dz, QStringLiteral("--products"),
            QStringLiteral("tablet:5:third")}
                                  << QStringLiteral("--products");
        QTest::newRow("region") << QStringList {QStringLiteral("plan"), cur, dz, QStringLiteral("--region"),
            QStringLiteral("mars")}
                                << QStringLiteral("--region");
        QTest::newRow("equivalence") << QStringList {QStringLiteral("plan"), cur, dz, QStringLiteral("--equivalence"),
            QStringLiteral("x")} << QStringLiteral("--equivalence");
        QTest::newRow("switch") << QStringList {QStringLiteral("plan"), cur, dz, QStringLiteral("--switch-to"),
            QStringLiteral("nodrug")}
                                << QStringLiteral("--switch-to");
        QTest::newRow("target") << QStringList {QStringLiteral("plan"), cur, dz, QStringLiteral("--target-mg"),
            QStringLiteral("20")}
                                << QStringLiteral("--target-mg");
        QTest::newRow("micro") << QStringList {QStringLiteral("plan"), cur, dz, QStringLiteral("--micro-taper")}
                               << QStringLiteral("--micro-taper");
        QTest::newRow("start") << QStringList {QStringLiteral("plan"), cur, dz, QStringLiteral("--start"),
            QStringLiteral("tomorrow")}
                               << QStringLiteral("--start");
        QTest::newRow("switch to a shorter-acting drug") << QStringList {QStringLiteral("plan"),
            QStringLiteral("--current"), QStringLiteral("diazepam:10@08:00,10@22:00"), QStringLiteral("--switch-to"),
            QStringLiteral("alprazolam")} << QStringLiteral("--switch-to");
        QTest::newRow("forms against products") << QStringList {QStringLiteral("plan"), cur, dz,
            QStringLiteral("--forms"), QStringLiteral("liquid"), QStringLiteral("--products"),
            QStringLiteral("tablet:10:half")} << QStringLiteral("--forms");
        QTest::newRow("preset") << QStringList {QStringLiteral("plan"), cur, dz, QStringLiteral("--preset"),
            QStringLiteral("fast")}
                                << QStringLiteral("--preset");
        QTest::newRow("preset against strategy") << QStringList {QStringLiteral("plan"), cur, dz,
            QStringLiteral("--preset"), QStringLiteral("occupancy-2.5"), QStringLiteral("--strategy"),
            QStringLiteral("percent")} << QStringLiteral("--strategy");
        QTest::newRow("check missing") << QStringList {QStringLiteral("check"),
            QStringLiteral("/nonexistent/plan.json")}
                                       << QStringLiteral("/nonexistent/plan.json");
        QTest::newRow("check format") << QStringList {QStringLiteral("check"), QStringLiteral("x.json"),
            QStringLiteral("--format"), QStringLiteral("xml")}
                                      << QStringLiteral("--format");
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, flag);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("plan.json"));
        if (args.first() == QStringLiteral("plan"))
            args << QStringLiteral("-o") << out;
        const Run r = cli(args);
        QCOMPARE(r.code, 2);
        const QString err = QString::fromUtf8(r.err).trimmed();
        QVERIFY2(err.contains(flag), qPrintable(err));
        QCOMPARE(err.count(QLatin1Char('\n')), 0);
        QVERIFY(!QFile::exists(out));
    }

    // Runs `lento-cli plan ARGS -o DIR/plan.json`; the test fails unless it succeeds.
    static QString planInto(const QTemporaryDir &dir, const QStringList &args)
    {
        const QString out = dir.filePath(QStringLiteral("plan.json"));
        const Run r = cli(QStringList {QStringLiteral("plan")} + args + QStringList {QStringLiteral("-o"), out});
        if (r.code != 0)
            qFatal("lento-cli plan failed: %s", r.err.constData());
        return out;
    }

    static QJsonObject plannerOf(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        return json(f.readAll()).value(QStringLiteral("planner")).toObject();
    }

    static QJsonArray checksOf(const QString &path)
    {
        const Run r = cli({QStringLiteral("check"), path, QStringLiteral("--format"), QStringLiteral("json")});
        if (r.code != 0)
            qFatal("lento-cli check failed: %s", r.err.constData());
        return json(r.out).value(QStringLiteral("checks")).toArray();
    }

    void presetsSetThePace()
    {
        QTemporaryDir dir;
        const QJsonObject planner = plannerOf(planInto(dir,
            {QStringLiteral("--current"), QStringLiteral("diazepam:10@08:00,10@22:00"), QStringLiteral("--preset"),
                QStringLiteral("percent-5-28")}));
        QCOMPARE(planner.value(QStringLiteral("strategy")).toString(), QStringLiteral("percent"));
        QCOMPARE(planner.value(QStringLiteral("percent")).toDouble(), 5.0);
        QCOMPARE(planner.value(QStringLiteral("every_days")).toInt(), 28);
    }

    void productsDecideTheForms()
    {
        QTemporaryDir dir;
        const QJsonObject planner = plannerOf(planInto(dir,
            {QStringLiteral("--current"), QStringLiteral("diazepam:10@08:00"), QStringLiteral("--products"),
                QStringLiteral("liquid:2mg/5mL:0.1mL")}));
        QCOMPARE(planner.value(QStringLiteral("forms")).toString(), QStringLiteral("liquid"));
    }

    void defaultLinearPlanKeepsItsOwnRule()
    {
        // The linear default cut is 10 % of the starting dose; check must measure against the same.
        QTemporaryDir dir;
        const QString path = planInto(dir,
            {QStringLiteral("--current"), QStringLiteral("diazepam:10@08:00,10@22:00"), QStringLiteral("--strategy"),
                QStringLiteral("linear")});
        for (const QJsonValue &c : checksOf(path))
            QVERIFY2(c.toObject().value(QStringLiteral("code")).toString() != QStringLiteral("cut_exceeds_rule"),
                qPrintable(c.toObject().value(QStringLiteral("message")).toString()));
    }

    void guidedCrossoverOverItsCapIsReported()
    {
        QTemporaryDir dir;
        const QString path = planInto(dir,
            {QStringLiteral("--current"), QStringLiteral("alprazolam:1@08:00,1@14:00,1@22:00"),
                QStringLiteral("--strategy"), QStringLiteral("guided"), QStringLiteral("--switch-to"),
                QStringLiteral("diazepam")});
        bool found = false;
        for (const QJsonValue &c : checksOf(path)) {
            const QJsonObject o = c.toObject();
            if (o.value(QStringLiteral("code")).toString() != QStringLiteral("pressure_above_cap"))
                continue;
            found = true;
            const QJsonObject details = o.value(QStringLiteral("details")).toObject();
            QVERIFY(details.value(QStringLiteral("peak")).toDouble() > details.value(QStringLiteral("cap")).toDouble());
        }
        QVERIFY(found);
    }

    void noCommandIsBadInputOnStderr()
    {
        const Run r = cli({});
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains("Usage: lento-cli"));
    }

    void checkRejectsABadPlan_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QByteArray>("named");
        QTest::newRow("negative dose") << QByteArray(
            R"({"format": "lento-plan/1", "current": [], "steps": [{"day": 0, "doses": [{"drug": "diazepam", "time": "22:00", "mg": -1}]}]})")
                                       << QByteArray("steps[0].doses[0].mg");
        // A drug the catalogue does not have: simulate refuses it, and so does check.
        QTest::newRow("unknown drug") << QByteArray(
            R"({"format": "lento-plan/1", "current": [], "steps": [{"day": 0, "doses": [{"drug": "foozepam", "time": "22:00", "mg": 1}]}]})")
                                      << QByteArray("foozepam");
    }

    void checkRejectsABadPlan()
    {
        QFETCH(QByteArray, document);
        QFETCH(QByteArray, named);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(document);
        f.close();
        const Run r = cli({QStringLiteral("check"), path});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(named), r.err.constData());
        QCOMPARE(r.err.trimmed().count('\n'), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliPlan)
#include "tst_cli_plan.moc"
