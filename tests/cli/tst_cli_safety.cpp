// The pharmacist's cases through `lento-cli` as a user runs it: a plan the products cannot keep
// to its rule says so and offers what would work; its handout needs --accept-critical and then
// explains the larger last step instead of contradicting the calendar; check takes --pregnant
// and --alcohol; opioid, drowsiness and emergency-number wording; the Chinese handout's counts,
// strengths and dates; no modelled figure on the pharmacy page of a guided plan.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestCliSafety : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        QByteArray out, err;
    };

    static Run run(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.start(program, args);
        if (!p.waitForFinished(120000))
            qFatal("%s did not finish", qPrintable(program));
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
    }
    static Run cli(const QStringList &args) { return run(QStringLiteral(LENTO_CLI_PATH), args); }

    // The PDF's text in reading order, no-break spaces as spaces, word joiners removed.
    static QString text(const QString &pdf, bool raw = true)
    {
        const Run r = run(QStringLiteral("pdftotext"),
            {raw ? QStringLiteral("-raw") : QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                pdf, QStringLiteral("-")});
        QString t = QString::fromUtf8(r.out);
        t.replace(QChar(0x00A0), QLatin1Char(' '));
        t.remove(QChar(0x2060));
        return t;
    }
    static QString flat(const QString &s) { return s.simplified(); }
    static QString squash(QString s) { return s.remove(QRegularExpression(QStringLiteral("\\s+"))); }

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // The clonazepam case: 0.5 mg twice a day, percent-5-28, Chinese products, age 78, liver.
    QString clonazepamPlan(Run *r = nullptr)
    {
        const QString out = path(QStringLiteral("clonazepam.json"));
        const Run p = cli(
            {QStringLiteral("plan"), QStringLiteral("--current"), QStringLiteral("clonazepam:0.5@08:00,0.5@22:00"),
                QStringLiteral("--preset"), QStringLiteral("percent-5-28"), QStringLiteral("--region"),
                QStringLiteral("cn"), QStringLiteral("--age"), QStringLiteral("78"), QStringLiteral("--liver"),
                QStringLiteral("--start"), QStringLiteral("2026-03-02"), QStringLiteral("-o"), out});
        if (r)
            *r = p;
        return out;
    }

    QString writePlan(
        const QString &name, const QJsonArray &current, const QJsonArray &steps, const QJsonObject &planner = {})
    {
        QJsonObject plan {{QStringLiteral("format"), QStringLiteral("lento-plan/1")},
            {QStringLiteral("start_date"), QStringLiteral("2026-03-02")}, {QStringLiteral("current"), current},
            {QStringLiteral("steps"), steps}};
        if (!planner.isEmpty())
            plan.insert(QStringLiteral("planner"), planner);
        const QString file = path(name);
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(file));
        f.write(QJsonDocument(plan).toJson());
        return file;
    }
    static QJsonObject dose(const char *drug, const char *time, double mg)
    {
        return {{QStringLiteral("drug"), QString::fromLatin1(drug)},
            {QStringLiteral("time"), QString::fromLatin1(time)}, {QStringLiteral("mg"), mg}};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void planThatCannotFollowItsRuleSaysSo()
    {
        Run r;
        const QString plan = clonazepamPlan(&r);
        QCOMPARE(r.code, 0);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.startsWith(QStringLiteral("lento-cli: critical: The products cannot follow the rule (5 % of the "
                                               "current dose every 56 days)")),
            r.err.constData());
        QVERIFY2(err.contains(QStringLiteral("step 1 cuts 50 % (1 → 0.5 mg/day)")), r.err.constData());
        QVERIFY2(err.contains(QStringLiteral("step 2 stops from 0.5 mg/day of clonazepam (10 mg/day "
                                             "diazepam-equivalent)")),
            r.err.constData());
        QVERIFY2(
            err.contains(QStringLiteral("What would work: a compounded oral liquid of 0.1 mg/mL")), r.err.constData());
        QVERIFY2(err.contains(QStringLiteral("Beers")), r.err.constData());
        const Run c = cli(
            {QStringLiteral("check"), plan, QStringLiteral("--age"), QStringLiteral("78"), QStringLiteral("--liver")});
        QCOMPARE(c.code, 0);
        const QString out = QString::fromUtf8(c.out);
        QVERIFY2(out.contains(QStringLiteral("CRITICAL [plan] rule_not_achievable")), c.out.constData());
        QVERIFY2(out.contains(QStringLiteral("CRITICAL [step 1] cut_exceeds_rule")), c.out.constData());
        QVERIFY2(out.contains(QStringLiteral("CRITICAL [step 2] abrupt_stop: Step 2 stops abruptly from 10 mg/day")),
            c.out.constData());
    }

    void criticalPlanHandoutNeedsAcceptanceAndStaysConsistent()
    {
        const QString plan = clonazepamPlan();
        const QString pdf = path(QStringLiteral("clonazepam.pdf"));
        const Run refused = cli({QStringLiteral("handout"), plan, QStringLiteral("-o"), pdf});
        QCOMPARE(refused.code, 2);
        QVERIFY2(refused.err.contains("critical finding(s)") && refused.err.contains("--accept-critical"),
            refused.err.constData());
        QVERIFY(!QFile::exists(pdf));

        const Run accepted = cli({QStringLiteral("handout"), plan, QStringLiteral("-o"), pdf,
            QStringLiteral("--accept-critical"), QStringLiteral("--pharmacy-page")});
        QCOMPARE(accepted.code, 0);
        QVERIFY2(accepted.err.contains("critical finding accepted: Step 2 stops abruptly"), accepted.err.constData());
        const QString en = flat(text(pdf));
        QVERIFY2(en.contains(QStringLiteral("Your last step is larger than usual")), qPrintable(en.left(3000)));
        QVERIFY(en.contains(QStringLiteral("never stop earlier than your calendar shows")));
        QVERIFY(!en.contains(QStringLiteral("never stop suddenly")));
        QVERIFY2(en.contains(QStringLiteral("call 120 for an ambulance")), qPrintable(en));

        const QString zhPdf = path(QStringLiteral("clonazepam-zh.pdf"));
        QCOMPARE(cli({QStringLiteral("handout"), plan, QStringLiteral("-o"), zhPdf, QStringLiteral("--accept-critical"),
                         QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--pharmacy-page")})
                     .code,
            0);
        const QString zh = squash(text(zhPdf));
        for (const char *s :
            {"拨打120叫救护车", "您的最后一步比通常大", "供处方医生和药房使用", "计划：您的氯硝西泮减量及停药计划"})
            QVERIFY2(zh.contains(QString::fromUtf8(s)), s);
        // The generated English title is not printed on the Chinese pharmacy page.
        QVERIFY2(!zh.contains(QStringLiteral("currentdose")), qPrintable(zh));
    }

    void checkTakesPregnancyAndAlcohol()
    {
        const QString plan = writePlan(QStringLiteral("d.json"), {dose("diazepam", "22:00", 10)},
            {QJsonObject {
                {QStringLiteral("day"), 0}, {QStringLiteral("doses"), QJsonArray {dose("diazepam", "22:00", 9)}}}});
        const Run plain = cli({QStringLiteral("check"), plan, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(plain.code, 0);
        QVERIFY(!plain.out.contains("\"pregnancy\"") && !plain.out.contains("\"alcohol\""));
        const Run r = cli({QStringLiteral("check"), plan, QStringLiteral("--pregnant"), QStringLiteral("--alcohol"),
            QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        QStringList codes;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).object().value(QStringLiteral("checks")).toArray())
            codes << v.toObject().value(QStringLiteral("code")).toString();
        QVERIFY2(codes.contains(QStringLiteral("pregnancy")) && codes.contains(QStringLiteral("alcohol")),
            r.out.constData());
    }

    void opioidCrossoverAndChineseWording()
    {
        // Alprazolam 3 mg/day to diazepam (60 mg/day), UK tablets and liquid.
        const QString plan = path(QStringLiteral("alp.json"));
        QCOMPARE(cli({QStringLiteral("plan"), QStringLiteral("--current"),
                         QStringLiteral("alprazolam:1@08:00,1@14:00,1@22:00"), QStringLiteral("--switch-to"),
                         QStringLiteral("diazepam"), QStringLiteral("--forms"), QStringLiteral("tablets+liquid"),
                         QStringLiteral("--start"), QStringLiteral("2026-03-02"), QStringLiteral("-o"), plan})
                     .code,
            0);
        const Run c = cli({QStringLiteral("check"), plan});
        QVERIFY2(c.out.contains("crossover_pressure: The modelled withdrawal pressure peaks during the crossover"),
            c.out.constData());
        QVERIFY(c.out.contains("high_dose_sedation"));
        const QString pdf = path(QStringLiteral("alp.pdf"));
        const Run h = cli({QStringLiteral("handout"), plan, QStringLiteral("-o"), pdf, QStringLiteral("--opioid")});
        QVERIFY2(h.code == 0, h.err.constData());
        const QString en = flat(text(pdf));
        QVERIFY2(en.contains(QStringLiteral("While you take 25 mg or more of diazepam a day, you may feel drowsy")),
            qPrintable(en.left(2000)));
        QVERIFY(en.contains(QStringLiteral("Do not drive, cycle or use machines while you feel drowsy.")));
        QVERIFY(en.contains(QStringLiteral("You also take an opioid: do not change either medicine on your own.")));
        QVERIFY(!en.contains(QStringLiteral("Never combine")));
        QVERIFY(!en.contains(QStringLiteral("strong painkillers")));

        // Chinese: "一片半", never "1½ 片"; a strength never ends a line at its slash; a date never
        // breaks before 日.
        const QString zhPdf = path(QStringLiteral("alp-zh.pdf"));
        QCOMPARE(cli({QStringLiteral("handout"), plan, QStringLiteral("-o"), zhPdf, QStringLiteral("--lang"),
                         QStringLiteral("zh_CN")})
                     .code,
            0);
        const QString zh = text(zhPdf);
        QVERIFY2(squash(zh).contains(QStringLiteral("片剂一片半")), qPrintable(zh.left(4000)));
        QVERIFY(!zh.contains(QStringLiteral("½")));
        const QStringList lines = zh.split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            QVERIFY2(!line.trimmed().endsWith(QStringLiteral("mg/")), qPrintable(line));
            QVERIFY2(
                !QRegularExpression(QStringLiteral("^日(（|$)")).match(line.trimmed()).hasMatch(), qPrintable(line));
        }
    }

    void guidedPharmacyPageHasNoModelledFigures()
    {
        const QString plan = path(QStringLiteral("guided.json"));
        QCOMPARE(cli({QStringLiteral("plan"), QStringLiteral("--current"), QStringLiteral("diazepam:10@08:00,10@22:00"),
                         QStringLiteral("--strategy"), QStringLiteral("guided"), QStringLiteral("--region"),
                         QStringLiteral("uk"), QStringLiteral("--forms"), QStringLiteral("tablets+liquid"),
                         QStringLiteral("--start"), QStringLiteral("2026-03-02"), QStringLiteral("-o"), plan})
                     .code,
            0);
        QFile f(plan);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray steps = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("steps")).toArray();
        QVERIFY(steps[0]
                    .toObject()
                    .value(QStringLiteral("annotations"))
                    .toObject()
                    .value(QStringLiteral("realised_cut_pct"))
                    .toDouble()
            <= 10.0);
        const QString pdf = path(QStringLiteral("guided.pdf"));
        const Run h = cli({QStringLiteral("handout"), plan, QStringLiteral("-o"), pdf,
            QStringLiteral("--pharmacy-page"), QStringLiteral("--accept-critical")});
        QVERIFY2(h.code == 0, h.err.constData());
        const QString all = flat(text(pdf));
        QVERIFY(all.contains(QStringLiteral("For the prescriber and the pharmacy")));
        QVERIFY2(!all.contains(QStringLiteral("modelled"), Qt::CaseInsensitive), qPrintable(all));
        QVERIFY(!all.contains(QStringLiteral("pressure"), Qt::CaseInsensitive));
    }
};

QTEST_GUILESS_MAIN(TestCliSafety)
#include "tst_cli_safety.moc"
