// `lento-cli simulate` as a user runs it: conformance output within docs/model.md §8, CSV shape,
// help and version, and exit 2 with a one-line message (and no output file) on bad input.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

class TestCliSimulate : public QObject
{
    Q_OBJECT
    QTemporaryDir m_badInputDir;

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

    static QString data(const QString &rel) { return QStringLiteral(LENTO_TEST_DATA "/") + rel; }

private Q_SLOTS:
    void conformance_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("c1") << QStringLiteral("conformance/c1_clonazepam_steps");
        QTest::newRow("c2") << QStringLiteral("conformance/c2_alprazolam_to_diazepam");
        QTest::newRow("c3") << QStringLiteral("conformance/c3_older_patient_crossover");
    }

    void conformance()
    {
        QFETCH(QString, name);
        QFile argsFile(data(name + QStringLiteral(".args")));
        QVERIFY(argsFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> a = argsFile.readAll().simplified().split(' ');
        const Run r
            = cli({QStringLiteral("simulate"), data(name + QStringLiteral(".plan.json")), QStringLiteral("--days"),
                QString::fromLatin1(a[0]), QStringLiteral("--step-minutes"), QString::fromLatin1(a[1])});
        QVERIFY2(r.code == 0, r.err.constData());
        QJsonParseError pe;
        const QJsonObject got = QJsonDocument::fromJson(r.out, &pe).object();
        QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
        QFile ef(data(name + QStringLiteral(".expected.json")));
        QVERIFY(ef.open(QIODevice::ReadOnly));
        const QJsonObject want = QJsonDocument::fromJson(ef.readAll()).object();
        QCOMPARE(got.value(QStringLiteral("t_h")).toArray(), want.value(QStringLiteral("t_h")).toArray());
        auto compare = [](const QJsonArray &g, const QJsonArray &w, bool relative) {
            if (g.size() != w.size())
                return false;
            for (qsizetype i = 0; i < w.size(); ++i) {
                const double gv = g[i].toDouble(), wv = w[i].toDouble();
                const double tol = relative ? std::max(1e-6 * std::abs(wv), 1e-9) : 1e-6;
                if (std::abs(gv - wv) > tol)
                    return false;
            }
            return true;
        };
        QVERIFY(compare(
            got[QStringLiteral("level_mg_deq")].toArray(), want[QStringLiteral("level_mg_deq")].toArray(), true));
        for (const char *k : {"effect", "adaptation", "withdrawal", "withdrawal_shown"})
            QVERIFY2(compare(got[QLatin1String(k)].toArray(), want[QLatin1String(k)].toArray(), false), k);
        const QJsonObject gd = got[QStringLiteral("drugs")].toObject(), wd = want[QStringLiteral("drugs")].toObject();
        QCOMPARE(gd.keys(), wd.keys());
        for (const QString &id : wd.keys())
            for (const char *k : {"conc_ng_ml", "metabolite_ng_ml"})
                QVERIFY2(compare(gd[id].toObject()[QLatin1String(k)].toArray(),
                             wd[id].toObject()[QLatin1String(k)].toArray(), true),
                    k);
        const QJsonObject summary = got[QStringLiteral("summary")].toObject();
        for (const char *k :
            {"peak_withdrawal_shown", "peak_day", "days_in_band", "current_interdose_swing", "first_day_level_below_1"})
            QVERIFY2(summary.contains(QLatin1String(k)), k);
        QCOMPARE(summary[QStringLiteral("modelled")].toBool(), true);
    }

    void csvAndDefaults()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("sim.csv"));
        const Run r
            = cli({QStringLiteral("simulate"), data(QStringLiteral("conformance/c1_clonazepam_steps.plan.json")),
                QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), out});
        QVERIFY2(r.code == 0, r.err.constData());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        // default horizon: last step day (28) + 60 days, hourly samples, plus the header line
        QCOMPARE(lines.size(), 88 * 24 + 1 + 1);
        QCOMPARE(lines[0],
            QByteArray("t_h,level_mg_deq,effect,adaptation,withdrawal,withdrawal_shown,clonazepam_conc_ng_ml,"
                       "clonazepam_metabolite_ng_ml"));
        QCOMPARE(lines[2].split(',').size(), 8);
        QVERIFY(lines.last().startsWith("2112,"));
    }

    void helpAndVersion()
    {
        Run r = cli({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("lento-cli "));
        r = cli({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("simulate"));
        r = cli({QStringLiteral("simulate"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        for (const char *flag : {"--days", "--step-minutes", "--format", "-o"})
            QVERIFY2(r.out.contains(flag), flag);
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expect");
        QTemporaryDir *dir = &m_badInputDir; // lives for the test run
        auto write = [&](const char *name, const QByteArray &text) {
            QFile f(dir->filePath(QLatin1String(name)));
            f.open(QIODevice::WriteOnly);
            f.write(text);
            return f.fileName();
        };
        const QString truncated = write("truncated.json", "{\"format\": \"lento-plan/1\", \"steps\": [");
        const QString unknown = write("unknown.json",
            "{\"format\": \"lento-plan/1\", \"current\": [], \"steps\": [{\"day\": 0, \"doses\": [{\"drug\": "
            "\"nosuchdrug\", \"time\": \"08:00\", \"mg\": 1}]}]}");
        const QString negative = write("negative.json",
            "{\"format\": \"lento-plan/1\", \"current\": [], \"steps\": [{\"day\": 0, \"doses\": [{\"drug\": "
            "\"diazepam\", \"time\": \"08:00\", \"mg\": -1}]}]}");
        const QString badTime = write("time.json",
            "{\"format\": \"lento-plan/1\", \"current\": [{\"drug\": \"diazepam\", \"time\": \"25:00\", \"mg\": 5}], "
            "\"steps\": []}");
        const QString good = data(QStringLiteral("conformance/c1_clonazepam_steps.plan.json"));
        const QString sim = QStringLiteral("simulate");
        QTest::newRow("missing file") << QStringList {sim, dir->filePath(QStringLiteral("nope.json"))}
                                      << QStringLiteral("no such file");
        QTest::newRow("truncated") << QStringList {sim, truncated} << QStringLiteral("JSON");
        QTest::newRow("unknown drug") << QStringList {sim, unknown} << QStringLiteral("steps[0].doses[0].drug");
        QTest::newRow("negative mg") << QStringList {sim, negative} << QStringLiteral("steps[0].doses[0].mg");
        QTest::newRow("25:00") << QStringList {sim, badTime} << QStringLiteral("current[0].time");
        QTest::newRow("bad flag") << QStringList {sim, good, QStringLiteral("--frobnicate")}
                                  << QStringLiteral("frobnicate");
        QTest::newRow("bad days") << QStringList {sim, good, QStringLiteral("--days"), QStringLiteral("-3")}
                                  << QStringLiteral("--days");
        QTest::newRow("bad step") << QStringList {sim, good, QStringLiteral("--step-minutes"), QStringLiteral("0")}
                                  << QStringLiteral("--step-minutes");
        QTest::newRow("bad format") << QStringList {sim, good, QStringLiteral("--format"), QStringLiteral("xml")}
                                    << QStringLiteral("--format");
        QTest::newRow("no plan") << QStringList {sim} << QStringLiteral("expected one plan file");
        QTest::newRow("unknown command") << QStringList {QStringLiteral("simulat")}
                                         << QStringLiteral("unknown command");
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expect);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.json"));
        const Run r = cli(args + QStringList {QStringLiteral("-o"), out});
        QCOMPARE(r.code, 2);
        const QString err = QString::fromUtf8(r.err).trimmed();
        QVERIFY2(err.contains(expect), qPrintable(err));
        QCOMPARE(err.count(QLatin1Char('\n')), 0); // one line
        QVERIFY(!QFile::exists(out)); // nothing written
        QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliSimulate)
#include "tst_cli_simulate.moc"
