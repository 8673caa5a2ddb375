// `lento-cli handout` as a user runs it, read back with poppler's pdftotext/pdfinfo/pdffonts:
// the dates, times and product compositions of a known plan in English and Chinese, paper sizes,
// a long plan's pages (rows never split, header repeated, "page x of y"), the embedded CJK font,
// HTML escaping of every value, clinicians' notes only on the pharmacy page, and clear errors
// that leave no file behind.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

class TestCliHandout : public QObject
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

    static QString known() { return QStringLiteral(LENTO_TEST_DATA "/handout/known.plan.json"); }

    // Page texts in content order; no-break spaces as spaces, word joiners removed.
    static QStringList pages(const QString &pdf)
    {
        const Run r = run(QStringLiteral("pdftotext"),
            {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        if (r.code != 0)
            return {};
        QString text = QString::fromUtf8(r.out);
        text.replace(QChar(0x00A0), QLatin1Char(' '));
        text.remove(QChar(0x2060));
        QStringList list = text.split(QLatin1Char('\f'));
        if (!list.isEmpty() && list.last().trimmed().isEmpty())
            list.removeLast();
        return list;
    }
    static QString squash(QString s) { return s.remove(QRegularExpression(QStringLiteral("\\s+"))); }
    static QString flat(const QString &s) { return s.simplified(); }

    static int pageCount(const QString &pdf)
    {
        const Run r = run(QStringLiteral("pdfinfo"), {pdf});
        const QRegularExpressionMatch m
            = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(r.out));
        return m.hasMatch() ? m.captured(1).toInt() : -1;
    }
    static QString pageSize(const QString &pdf)
    {
        const Run r = run(QStringLiteral("pdfinfo"), {pdf});
        const QRegularExpressionMatch m
            = QRegularExpression(QStringLiteral("Page size:\\s+([0-9.]+ x [0-9.]+)")).match(QString::fromUtf8(r.out));
        return m.captured(1);
    }

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A long hand-written plan: one dose a day at 22:00, 3-day steps from 30 mg down by 0.5 mg.
    QString writeLongPlan(int steps)
    {
        QJsonArray list;
        for (int i = 0; i < steps; ++i) {
            QJsonObject dose {{QStringLiteral("drug"), QStringLiteral("diazepam")},
                {QStringLiteral("time"), QStringLiteral("22:00")}, {QStringLiteral("mg"), 30.0 - 0.5 * i}};
            list.append(QJsonObject {{QStringLiteral("day"), 3 * i}, {QStringLiteral("doses"), QJsonArray {dose}}});
        }
        list.append(QJsonObject {{QStringLiteral("day"), 3 * steps}, {QStringLiteral("doses"), QJsonArray()}});
        const QJsonObject plan {{QStringLiteral("format"), QStringLiteral("lento-plan/1")},
            {QStringLiteral("start_date"), QStringLiteral("2026-01-05")}, {QStringLiteral("current"), QJsonArray()},
            {QStringLiteral("steps"), list}};
        const QString file = path(QStringLiteral("long%1.plan.json").arg(steps));
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(file));
        f.write(QJsonDocument(plan).toJson());
        return file;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const char *tool : {"pdftotext", "pdfinfo", "pdffonts"})
            QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                "poppler-utils is needed (packaging/dev.sh installs it)");
    }

    void englishKnownPlan()
    {
        const QString out = path(QStringLiteral("en.pdf"));
        const Run r = cli({QStringLiteral("handout"), known(), QStringLiteral("-o"), out, QStringLiteral("--name"),
            QStringLiteral("Ann Example"), QStringLiteral("--date"), QStringLiteral("2026-03-01"),
            QStringLiteral("--prescriber"), QStringLiteral("Dr Lee"), QStringLiteral("--phone"),
            QStringLiteral("0123 456"), QStringLiteral("--clinic"), QStringLiteral("Hill Surgery"),
            QStringLiteral("--next-appointment"), QStringLiteral("2026-03-20 10:30")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        const QStringList p = pages(out);
        QCOMPARE(p.size(), pageCount(out));
        const QString all = flat(p.join(QLatin1Char(' ')));
        // Rows: dates, times and compositions (see tests/data/handout/README.md).
        for (const char *s :
            {"Mon 2 Mar 2026", "to Sun 8 Mar 2026", "7 days", "Mon 9 Mar 2026", "to Sun 22 Mar 2026", "Mon 23 Mar 2026",
                "to Sun 19 Apr 2026", "28 days", "Mon 20 Apr 2026", "to Sun 3 May 2026", "From Mon 4 May 2026",
                "Stop: nothing more to take.", "08:00 Morning Diazepam 6 mg 1 × 5 mg tablet and ½ of a 2 mg tablet",
                "22:00 Night Diazepam 5 mg 1 × 5 mg tablet", "22:00 Night Diazepam 4 mg 1 × 4 mg tablet",
                "08:00 Morning Diazepam 5 mg 1 × 5 mg tablet", "22:00 Night Diazepam 2.5 mg ½ of a 5 mg tablet",
                "22:00 Night Diazepam 0.96 mg 2.4 mL of the 2 mg/5 mL liquid", "Each day in total: diazepam 7.5 mg"})
            QVERIFY2(all.contains(QString::fromUtf8(s)), s);
        // The stale annotation (6 mg on a 5 mg dose) is not printed for the 23 Mar row.
        const qsizetype row3 = all.indexOf(QStringLiteral("Mon 23 Mar 2026"));
        const qsizetype row4 = all.indexOf(QStringLiteral("Mon 20 Apr 2026"));
        QVERIFY(row3 > 0 && row4 > row3);
        QVERIFY(!all.mid(row3, row4 - row3).contains(QStringLiteral("½ of a 2 mg tablet")));
        // Header, contact, appointment, safety sections, red flags, page numbers.
        for (const char *s : {"Hill Surgery", "Phone: 0123 456", "Ann Example", "1 Mar 2026", "Dr Lee",
                 "Contact your prescriber, Dr Lee, on 0123 456.", "Fri 20 Mar 2026 at 10:30", "not addiction",
                 "A seizure (fit)", "hallucinations", "Thoughts of harming yourself",
                 "Do not drink alcohol with this medicine", "painkillers such as codeine, tramadol", "call 999",
                 "Prescriber's signature:", "Tick each day"})
            QVERIFY2(all.contains(QString::fromUtf8(s)), s);
        for (int i = 0; i < p.size(); ++i)
            QVERIFY2(flat(p[i]).contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(p.size())),
                qPrintable(p[i].left(200)));
        // Patient pages only: no clinician notes, no pharmacy page, no modelled figures.
        QVERIFY(!all.contains(QStringLiteral("CLINNOTE-7731")));
        QVERIFY(!all.contains(QStringLiteral("For the prescriber and the pharmacy")));
        QVERIFY(!all.contains(QStringLiteral("pressure"), Qt::CaseInsensitive));
        QCOMPARE(pageSize(out), QStringLiteral("595 x 842"));
    }

    void chineseKnownPlanWithEmbeddedFont()
    {
        const QString out = path(QStringLiteral("zh.pdf"));
        const Run r = cli({QStringLiteral("handout"), known(), QStringLiteral("-o"), out, QStringLiteral("--lang"),
            QStringLiteral("zh_CN"), QStringLiteral("--name"), QStringLiteral("张三"), QStringLiteral("--date"),
            QStringLiteral("2026-03-01")});
        QVERIFY2(r.code == 0, r.err.constData());
        // Every handout text has its Chinese: nothing printed in English for want of one.
        QVERIFY2(!r.err.contains("translation"), r.err.constData());
        const QString all = squash(pages(out).join(QString()));
        for (const char *s : {"2026年3月2日（周一）", "至2026年3月8日（周日）", "共7天", "2026年3月23日（周一）",
                 "至2026年4月19日（周日）", "自2026年5月4日（周一）起", "停药：此后不再服用。",
                 "08:00早上地西泮6mg5mg片剂1片，加2mg片剂半片", "22:00晚上地西泮4mg4mg片剂1片",
                 "22:00晚上地西泮2.5mg5mg片剂半片", "22:00晚上地西泮0.96mg2mg/5mL口服溶液2.4mL",
                 "每日合计：地西泮7.5mg", "身体依赖不等于成瘾", "癫痫发作（抽搐）", "幻觉",
                 "服用本药期间不要饮酒，并慎用阿片类药物。", "第1页，共"})
            QVERIFY2(all.contains(QString::fromUtf8(s)), s);
        // Rendered from the structured pieces, never from the annotations' English text.
        QVERIFY(!all.contains(QStringLiteral("tablet")));
        QVERIFY(!all.contains(QStringLiteral("Morning")));
        // The Chinese font is embedded (and every other font too).
        const Run f = run(QStringLiteral("pdffonts"), {out});
        QCOMPARE(f.code, 0);
        const QString fonts = QString::fromUtf8(f.out);
        QVERIFY2(QRegularExpression(QStringLiteral("NotoSansCJKsc-Regular\\s+CID TrueType\\s+Identity-H\\s+yes"))
                     .match(fonts)
                     .hasMatch(),
            qPrintable(fonts));
        const QStringList lines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY(!lines.isEmpty());
        for (const QString &line : lines)
            QVERIFY2(line.contains(QRegularExpression(QStringLiteral("Identity-H\\s+yes"))), qPrintable(line));
    }

    void letterPaper()
    {
        const QString a4 = path(QStringLiteral("a4.pdf")), letter = path(QStringLiteral("letter.pdf"));
        QCOMPARE(cli({QStringLiteral("handout"), known(), QStringLiteral("-o"), a4, QStringLiteral("--paper"),
                         QStringLiteral("a4")})
                     .code,
            0);
        QCOMPARE(cli({QStringLiteral("handout"), known(), QStringLiteral("-o"), letter, QStringLiteral("--paper"),
                         QStringLiteral("letter")})
                     .code,
            0);
        QCOMPARE(pageSize(letter), QStringLiteral("612 x 792"));
        QCOMPARE(pageSize(a4), QStringLiteral("595 x 842"));
        const QString text = flat(pages(letter).join(QLatin1Char(' ')));
        QVERIFY(text.contains(QStringLiteral("22:00 Night Diazepam 0.96 mg 2.4 mL of the 2 mg/5 mL liquid")));
    }

    void longPlanPaginates()
    {
        const int steps = 60;
        const QString plan = writeLongPlan(steps);
        const QString out = path(QStringLiteral("long.pdf"));
        const Run r = cli({QStringLiteral("handout"), plan, QStringLiteral("-o"), out, QStringLiteral("--date"),
            QStringLiteral("2026-01-01")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QStringList p = pages(out);
        const int n = pageCount(out);
        QCOMPARE(p.size(), n);
        const QString shortPdf = path(QStringLiteral("short.pdf"));
        // Four steps from 30 mg end in a stop from 28.5 mg: critical, so it needs accepting.
        QCOMPARE(cli({QStringLiteral("handout"), writeLongPlan(4), QStringLiteral("-o"), shortPdf}).code, 2);
        QCOMPARE(cli({QStringLiteral("handout"), writeLongPlan(4), QStringLiteral("-o"), shortPdf,
                         QStringLiteral("--accept-critical")})
                     .code,
            0);
        // 60 rows of one dose and a week of tick boxes: several calendar pages more than 4 rows.
        QVERIFY2(n >= pageCount(shortPdf) + 3, qPrintable(QStringLiteral("%1 pages").arg(n)));
        const QLocale en(QLocale::English, QLocale::UnitedKingdom);
        const QDate start(2026, 1, 5);
        QList<int> rowsOnPage(n, 0);
        for (int i = 0; i < steps; ++i) {
            const QString from = en.toString(start.addDays(3 * i), QStringLiteral("ddd d MMM yyyy"));
            const QString to
                = QStringLiteral("to ") + en.toString(start.addDays(3 * i + 2), QStringLiteral("ddd d MMM yyyy"));
            int fromPage = -1, toPage = -1, seen = 0;
            for (int k = 0; k < n; ++k) {
                const QString t = flat(p[k]);
                if (t.contains(from)) {
                    fromPage = k;
                    ++seen;
                }
                if (t.contains(to))
                    toPage = k;
            }
            QVERIFY2(seen == 1 && fromPage == toPage,
                qPrintable(QStringLiteral("row %1 (%2) split or repeated").arg(i).arg(from)));
            ++rowsOnPage[fromPage];
        }
        // The header row is repeated on every page the calendar continues on; the footer counts.
        for (int k = 0; k < n; ++k) {
            if (rowsOnPage[k] > 0)
                QVERIFY2(flat(p[k]).contains(QStringLiteral("Dates What to take Tick each day")),
                    qPrintable(QString::number(k + 1)));
            QVERIFY(flat(p[k]).contains(QStringLiteral("Page %1 of %2").arg(k + 1).arg(n)));
        }
        // Full calendar pages hold the same number of these identical-shaped rows (±1).
        QList<int> full;
        for (int k = 0; k < n; ++k)
            if (rowsOnPage[k] > 0 && k + 1 < n && rowsOnPage[k + 1] > 0)
                full << rowsOnPage[k];
        QVERIFY(full.size() >= 2);
        for (int k = 1; k < full.size(); ++k)
            QVERIFY(qAbs(full[k] - full[1]) <= 1);
    }

    void everyValueEscaped()
    {
        const QString out = path(QStringLiteral("escape.pdf"));
        const Run r = cli({QStringLiteral("handout"), known(), QStringLiteral("-o"), out, QStringLiteral("--name"),
            QStringLiteral("<b>x</b>"), QStringLiteral("--prescriber"), QStringLiteral("<i>Dr</i> & Co"),
            QStringLiteral("--phone"), QStringLiteral("<u>555</u>"), QStringLiteral("--clinic"),
            QStringLiteral("A&B <Clinic>"), QStringLiteral("--pharmacy-page")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString all = flat(pages(out).join(QLatin1Char(' ')));
        for (const char *s : {"<b>x</b>", "Contact your prescriber, <i>Dr</i> & Co, on <u>555</u>.", "A&B <Clinic>",
                 "Patient: <b>x</b>", "Plan: Diazepam taper <known> & checked"})
            QVERIFY2(all.contains(QString::fromUtf8(s)), s);
        QVERIFY(!all.contains(QStringLiteral("&amp;")));
        QVERIFY(!all.contains(QStringLiteral("&lt;")));
    }

    void clinicianNotesOnlyOnPharmacyPage()
    {
        const QString out = path(QStringLiteral("pharmacy.pdf"));
        const Run r
            = cli({QStringLiteral("handout"), known(), QStringLiteral("-o"), out, QStringLiteral("--pharmacy-page")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QStringList p = pages(out);
        QVERIFY(p.size() >= 2);
        const QString last = flat(p.last());
        QVERIFY(last.contains(QStringLiteral("For the prescriber and the pharmacy")));
        QVERIFY(last.contains(QStringLiteral("CLINNOTE-7731")));
        // Quantities per 28-day period (worked out by hand in tests/data/handout/README.md).
        QVERIFY2(last.contains(QStringLiteral("2 Mar 2026 to 29 Mar 2026 39 14 11 –")), qPrintable(last));
        QVERIFY(last.contains(QStringLiteral("30 Mar 2026 to 26 Apr 2026 32 – – 17")));
        QVERIFY(last.contains(QStringLiteral("27 Apr 2026 to 3 May 2026 – – – 17")));
        QVERIFY(last.contains(QStringLiteral("Whole plan 71 14 11 34")));
        for (int i = 0; i + 1 < p.size(); ++i) {
            QVERIFY(!p[i].contains(QStringLiteral("CLINNOTE-7731")));
            QVERIFY(!p[i].contains(QStringLiteral("For the prescriber and the pharmacy")));
        }
    }

    void plannerPlanInChinese()
    {
        // A plan from the planner (annotated, crossover): Chinese compositions from the pieces.
        const QString plan = path(QStringLiteral("planned.json"));
        const Run made = cli({QStringLiteral("plan"), QStringLiteral("--current"),
            QStringLiteral("alprazolam:0.5@08:00,0.5@22:00"), QStringLiteral("--switch-to"), QStringLiteral("diazepam"),
            QStringLiteral("--start"), QStringLiteral("2026-02-02"), QStringLiteral("-o"), plan});
        QVERIFY2(made.code == 0, made.err.constData());
        const QString out = path(QStringLiteral("planned-zh.pdf"));
        const Run r = cli({QStringLiteral("handout"), plan, QStringLiteral("-o"), out, QStringLiteral("--lang"),
            QStringLiteral("zh_CN")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString all = squash(pages(out).join(QString()));
        QVERIFY(all.contains(QStringLiteral("阿普唑仑")));
        QVERIFY(all.contains(QStringLiteral("地西泮")));
        QVERIFY(all.contains(QStringLiteral("换药")));
        QVERIFY(all.contains(QStringLiteral("2026年2月2日（周一）")));
        QVERIFY(all.contains(QStringLiteral("片剂")));
        QVERIFY(!all.contains(QStringLiteral("tablet")));
        QVERIFY(!all.contains(QStringLiteral("×")));
    }

    void unwritableOutputLeavesNothing()
    {
        const QString missing = path(QStringLiteral("no-such-dir/handout.pdf"));
        Run r = cli({QStringLiteral("handout"), known(), QStringLiteral("-o"), missing});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("no-such-dir/handout.pdf") && r.err.contains("cannot write"), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(!QFile::exists(missing));
        QVERIFY(!QDir(path(QStringLiteral("no-such-dir"))).exists());

        // The target is a directory: refused, and nothing is left in the folder.
        QDir(m_dir.path()).mkdir(QStringLiteral("target"));
        const QString target = path(QStringLiteral("target"));
        r = cli({QStringLiteral("handout"), known(), QStringLiteral("-o"), target});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("is a folder"), r.err.constData());
        QVERIFY(QDir(target).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden).isEmpty());

        // A folder the user may not write to (permissions do not stop root, so only then).
        if (::geteuid() != 0) {
            QDir(m_dir.path()).mkdir(QStringLiteral("locked"));
            const QString locked = path(QStringLiteral("locked"));
            QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
            r = cli({QStringLiteral("handout"), known(), QStringLiteral("-o"), locked + QStringLiteral("/h.pdf")});
            QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            QCOMPARE(r.code, 1);
            QVERIFY(QDir(locked).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden).isEmpty());
        }
    }

    void badInputNamesTheField_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("plan");
        QTest::addColumn<QString>("mention");
        const QString k = known();
        QTest::newRow("lang") << QStringList {QStringLiteral("--lang"), QStringLiteral("fr")} << k
                              << QStringLiteral("--lang");
        QTest::newRow("paper") << QStringList {QStringLiteral("--paper"), QStringLiteral("a5")} << k
                               << QStringLiteral("--paper");
        QTest::newRow("date") << QStringList {QStringLiteral("--date"), QStringLiteral("1/3/2026")} << k
                              << QStringLiteral("--date");
        QTest::newRow("appointment") << QStringList {QStringLiteral("--next-appointment"),
            QStringLiteral("2026-03-20 25:00")}
                                     << k << QStringLiteral("--next-appointment");
        QTest::newRow("supply") << QStringList {QStringLiteral("--supply-days"), QStringLiteral("0")} << k
                                << QStringLiteral("--supply-days");
        QTest::newRow("region") << QStringList {QStringLiteral("--region"), QStringLiteral("mars")} << k
                                << QStringLiteral("--region");
        QTest::newRow("missing plan") << QStringList() << QStringLiteral("/nonexistent/plan.json")
                                      << QStringLiteral("/nonexistent/plan.json");
    }

    void badInputNamesTheField()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, plan);
        QFETCH(QString, mention);
        const QString out = path(QStringLiteral("bad.pdf"));
        const Run r = cli(QStringList {QStringLiteral("handout"), plan, QStringLiteral("-o"), out} + extra);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(mention.toUtf8()), r.err.constData());
        QVERIFY(!QFile::exists(out));
    }

    void planWithoutStartDate()
    {
        QFile f(known());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        o.remove(QStringLiteral("start_date"));
        const QString plan = path(QStringLiteral("nostart.json"));
        QFile w(plan);
        QVERIFY(w.open(QIODevice::WriteOnly));
        w.write(QJsonDocument(o).toJson());
        w.close();
        const QString out = path(QStringLiteral("nostart.pdf"));
        Run r = cli({QStringLiteral("handout"), plan, QStringLiteral("-o"), out});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("start_date") && r.err.contains("--start"), r.err.constData());
        QVERIFY(!QFile::exists(out));
        r = cli({QStringLiteral("handout"), plan, QStringLiteral("-o"), out, QStringLiteral("--start"),
            QStringLiteral("2026-03-02")});
        QCOMPARE(r.code, 0);
        QVERIFY(flat(pages(out).join(QLatin1Char(' '))).contains(QStringLiteral("Mon 9 Mar 2026")));
    }
};

QTEST_GUILESS_MAIN(TestCliHandout)
#include "tst_cli_handout.moc"
