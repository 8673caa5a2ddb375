// The handout renderer from the inside: plain-language compositions in English and Chinese, the
// calendar worked out from a known plan (annotations used when they still match, recomputed when
// stale, identical steps merged), prescription-period quantities, pagination rules, the bundled
// Chinese texts against the sources, the CJK text-layer repair, printing through QPrinter, the
// export file name, and the patient store feeding `lento-cli handout --patient`.
#include "catalogue.h"
#include "handoutactions.h"
#include "handoutlanguage.h"
#include "handoutphrases.h"
#include "handoutrenderer.h"
#include "handoutschedule.h"
#include "pageflow.h"
#include "pdftextmap.h"
#include "plandocument.h"
#include "store.h"
#include "supplyplan.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace lento;
using namespace lento::report;

namespace {

Plan knownPlan()
{
    QFile f(QStringLiteral(LENTO_TEST_DATA "/handout/known.plan.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("known.plan.json missing");
    const Expected<Plan> p = PlanDocument::parse(f.readAll());
    if (!p)
        qFatal("known.plan.json: %s", qPrintable(p.error().text()));
    return p.value();
}

// Plain text as a reader sees it: no-break spaces as spaces, word joiners gone.
QString plain(QString s)
{
    s.replace(QChar(0x00A0), QLatin1Char(' '));
    s.remove(QChar(0x2060));
    return s;
}

Piece tablet(double strength, double count, int splits = 2)
{
    Piece p;
    p.product.strength = Milligrams(strength);
    p.product.splits = splits;
    p.count = count;
    return p;
}

Piece liquid(double strength, double perMl, double ml)
{
    Piece p;
    p.product.form = Product::Form::Liquid;
    p.product.strength = Milligrams(strength);
    p.product.perMl = perMl;
    p.count = ml;
    return p;
}

} // namespace

class TestHandout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compositionsInBothLanguages()
    {
        const HandoutLanguage en(QStringLiteral("en")), zh(QStringLiteral("zh_CN"));
        const QList<Piece> six {tablet(5, 1), tablet(2, 0.5)};
        QCOMPARE(plain(HandoutPhrases::pieces(six, en)), QStringLiteral("1 × 5 mg tablet and ½ of a 2 mg tablet"));
        QCOMPARE(plain(HandoutPhrases::pieces(six, zh)), QStringLiteral("5 mg 片剂 1 片，加 2 mg 片剂 半片"));
        QCOMPARE(
            plain(HandoutPhrases::pieces({liquid(2, 5, 2.4)}, en)), QStringLiteral("2.4 mL of the 2 mg/5 mL liquid"));
        QCOMPARE(plain(HandoutPhrases::pieces({liquid(2, 5, 2.4)}, zh)), QStringLiteral("2 mg/5 mL 口服溶液 2.4 mL"));
        QCOMPARE(plain(HandoutPhrases::pieces({tablet(10, 2), tablet(5, 1.5), tablet(2, 0.25, 4)}, en)),
            QStringLiteral("2 × 10 mg tablets, 1½ × 5 mg tablets and ¼ of a 2 mg tablet"));
        QCOMPARE(plain(HandoutPhrases::pieces({tablet(2, 0.75, 4)}, zh)), QStringLiteral("2 mg 片剂 3/4 片"));
        Piece capsule = tablet(15, 1, 1);
        capsule.product.form = Product::Form::Capsule;
        QCOMPARE(plain(HandoutPhrases::pieces({capsule}, en)), QStringLiteral("1 × 15 mg capsule"));
        QCOMPARE(plain(HandoutPhrases::pieces({capsule}, zh)), QStringLiteral("15 mg 胶囊 1 粒"));
        // Generic names from the catalogue in the handout's language.
        const Plan plan;
        const Catalogue &cat = Catalogue::shared();
        QCOMPARE(HandoutPhrases::drugName(QStringLiteral("diazepam"), plan, cat, zh), QStringLiteral("地西泮"));
        QCOMPARE(HandoutPhrases::drugName(QStringLiteral("alprazolam"), plan, cat, zh), QStringLiteral("阿普唑仑"));
        QCOMPARE(HandoutPhrases::drugName(QStringLiteral("lorazepam"), plan, cat, zh), QStringLiteral("劳拉西泮"));
        QCOMPARE(HandoutPhrases::drugName(QStringLiteral("clonazepam"), plan, cat, zh), QStringLiteral("氯硝西泮"));
        QCOMPARE(HandoutPhrases::drugNameInText(QStringLiteral("diazepam"), plan, cat, en), QStringLiteral("diazepam"));
        QCOMPARE(HandoutPhrases::partOfDay(8 * 60, zh), QStringLiteral("早上"));
        QCOMPARE(HandoutPhrases::partOfDay(22 * 60, en), QStringLiteral("Night"));
        QCOMPARE(plain(zh.date(QDate(2026, 3, 2))), QStringLiteral("2026年3月2日（周一）"));
        QCOMPARE(en.date(QDate(2026, 3, 2)), QStringLiteral("Mon 2 Mar 2026"));
    }

    void scheduleFromKnownPlan()
    {
        const Plan plan = knownPlan();
        const Expected<HandoutSchedule> s = HandoutSchedule::build(plan, Catalogue::shared(), plan.startDate);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().text()));
        const QList<ScheduleRow> &rows = s->rows();
        QCOMPARE(rows.size(), 5);
        const HandoutLanguage en(QStringLiteral("en"));
        auto comp = [&](int row, int dose) {
            const ScheduledDose &d = rows[row].doses[dose];
            return d.composition ? plain(HandoutPhrases::pieces(d.composition->pieces, en)) : QStringLiteral("none");
        };
        // The current regimen until the first step.
        QVERIFY(rows[0].beforePlan);
        QCOMPARE(rows[0].from, QDate(2026, 3, 2));
        QCOMPARE(rows[0].to, QDate(2026, 3, 8));
        QCOMPARE(comp(0, 0), QStringLiteral("1 × 5 mg tablet and ½ of a 2 mg tablet"));
        QCOMPARE(comp(0, 1), QStringLiteral("1 × 5 mg tablet"));
        // The annotation is used while it matches (a 4 mg strength no UK product has).
        QCOMPARE(rows[1].from, QDate(2026, 3, 9));
        QCOMPARE(rows[1].to, QDate(2026, 3, 22));
        QCOMPARE(comp(1, 1), QStringLiteral("1 × 4 mg tablet"));
        QCOMPARE(
            rows[1].notes, QStringList {QStringLiteral("CLINNOTE-7731 check the sleep diary before the next cut")});
        // A stale annotation (6 mg for a 5 mg dose) is recomputed; identical steps are merged.
        QCOMPARE(rows[2].from, QDate(2026, 3, 23));
        QCOMPARE(rows[2].to, QDate(2026, 4, 19));
        QCOMPARE(rows[2].days(), 28);
        QCOMPARE(comp(2, 0), QStringLiteral("1 × 5 mg tablet"));
        QCOMPARE(comp(2, 1), QStringLiteral("½ of a 5 mg tablet"));
        QCOMPARE(comp(3, 0), QStringLiteral("2.4 mL of the 2 mg/5 mL liquid"));
        QVERIFY(rows[4].isStop() && rows[4].isOpenEnded());
        QCOMPARE(rows[4].from, QDate(2026, 5, 4));
        QVERIFY(s->stops());
        QCOMPARE(s->taperedDrug(), QStringLiteral("diazepam"));
        QVERIFY(s->problems().isEmpty());
    }

    void scheduleErrorsNameTheField()
    {
        Plan plan = knownPlan();
        QCOMPARE(HandoutSchedule::build(plan, Catalogue::shared(), QDate()).error().path, QStringLiteral("start_date"));
        plan.steps.clear();
        QCOMPARE(
            HandoutSchedule::build(plan, Catalogue::shared(), QDate(2026, 1, 1)).error().path, QStringLiteral("steps"));
        // An amount no product makes is reported, not invented.
        plan = knownPlan();
        plan.steps[0].doses[1].mg = Milligrams(0.013);
        plan.steps[0].annotations = {};
        const Expected<HandoutSchedule> s = HandoutSchedule::build(plan, Catalogue::shared(), plan.startDate);
        QVERIFY(s.ok());
        QCOMPARE(s->problems().size(), 1);
        QVERIFY(s->problems().first().contains(QStringLiteral("steps[0]")));
    }

    void prescriptionPeriods()
    {
        const Plan plan = knownPlan();
        const Expected<HandoutSchedule> s = HandoutSchedule::build(plan, Catalogue::shared(), plan.startDate);
        QVERIFY(s.ok());
        const SupplyPlan supply = SupplyPlan::build(s.value(), 28);
        // Products: 5 mg, 4 mg, 2 mg tablets, then the liquid (quantities by hand: tests/data/handout/README.md).
        QCOMPARE(supply.products().size(), 4);
        QCOMPARE(supply.products()[0].product.strength.value(), 5.0);
        QCOMPARE(supply.products()[1].product.strength.value(), 4.0);
        QCOMPARE(supply.products()[2].product.strength.value(), 2.0);
        QVERIFY(supply.products()[3].product.isLiquid());
        QCOMPARE(supply.periods().size(), 3);
        QCOMPARE(supply.periods()[0].quantities, (QList<double> {39, 14, 11, 0}));
        QCOMPARE(supply.periods()[1].quantities, (QList<double> {32, 0, 0, 17}));
        QCOMPARE(supply.periods()[2].quantities, (QList<double> {0, 0, 0, 17}));
        QCOMPARE(supply.periods()[2].to, QDate(2026, 5, 3));
        QCOMPARE(supply.totals(), (QList<double> {71, 14, 11, 34}));
        QVERIFY(supply.ongoing().isEmpty());
        // A plan ending on a maintenance dose: one period past the last change, then "ongoing".
        Plan keep = plan;
        keep.steps.removeLast();
        const Expected<HandoutSchedule> k = HandoutSchedule::build(keep, Catalogue::shared(), keep.startDate);
        const SupplyPlan ongoing = SupplyPlan::build(k.value(), 28);
        QCOMPARE(ongoing.ongoingFrom(), QDate(2026, 4, 20));
        QCOMPARE(ongoing.ongoing().value(3), 68.0); // 2.4 mL × 28 = 67.2 -> 68 mL
    }

    void pageFlowRules()
    {
        PageFlow flow;
        auto block = [](double h, bool keep = false, int table = 0) {
            FlowBlock b;
            b.height = h;
            b.keepWithNext = keep;
            b.table = table;
            b.paint = [](QPainter &, const QRectF &) {};
            return b;
        };
        flow.add(block(60));
        flow.add(block(10, true)); // heading: must not be left at the foot of page 1
        flow.add(block(35));
        FlowBlock header = block(8, true, 1);
        flow.setTableHeader(1, header);
        flow.add(header);
        for (int i = 0; i < 9; ++i)
            flow.add(block(20, false, 1));
        const auto pages = flow.paginate([](int) { return 100.0; });
        QVERIFY(pages.size() >= 3);
        QCOMPARE(pages[0].size(), 1); // the heading moved on with its paragraph
        QCOMPARE(pages[1][0].block->height, 10.0);
        for (qsizetype i = 0; i < pages.size(); ++i) {
            double bottom = 0.0;
            for (const PlacedBlock &b : pages[i])
                bottom = std::max(bottom, b.y + b.block->height);
            QVERIFY(bottom <= 100.0 + 1e-9);
            if (i >= 2) // table continued: header repeated on top
                QCOMPARE(pages[i][0].block->height, 8.0);
        }
    }

    void bundledChineseMatchesSources()
    {
        // Every handout text in the sources has its reviewed Chinese, and the file holds no strays.
        QSet<QString> sources;
        // QT_TRANSLATE_NOOP("Handout", "..." "...") with adjacent literals joined, as lupdate does.
        const QRegularExpression call(
            QStringLiteral("QT_TRANSLATE_NOOP\\(\\s*\"Handout\",\\s*((?:\"(?:[^\"\\\\]|\\\\.)*\"\\s*)+)\\)"));
        const QRegularExpression literal(QStringLiteral("\"((?:[^\"\\\\]|\\\\.)*)\""));
        QDirIterator it(QStringLiteral(LENTO_SOURCE_DIR "/ui/report"), {QStringLiteral("*.cpp")});
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            for (auto m = call.globalMatch(text); m.hasNext();) {
                QString source;
                for (auto l = literal.globalMatch(m.next().captured(1)); l.hasNext();)
                    source += l.next().captured(1);
                sources.insert(source.replace(QStringLiteral("\\\""), QStringLiteral("\"")));
            }
        }
        QVERIFY(sources.size() > 80);
        const QHash<QString, QString> &zh = HandoutLanguage::bundledChinese();
        for (const QString &s : std::as_const(sources))
            QVERIFY2(zh.contains(s) && !zh.value(s).isEmpty(), qPrintable(s));
        for (auto i = zh.cbegin(); i != zh.cend(); ++i) {
            QVERIFY2(sources.contains(i.key()), qPrintable(i.key()));
            // Placeholders survive translation.
            for (const QString &ph :
                {QStringLiteral("%1"), QStringLiteral("%2"), QStringLiteral("%3"), QStringLiteral("%4")})
                QCOMPARE(i.value().contains(ph), i.key().contains(ph));
        }
    }

    void handoutLanguageLeavesTheUiAlone()
    {
        const HandoutLanguage zh(QStringLiteral("zh_CN"));
        QCOMPARE(zh.text(QT_TRANSLATE_NOOP("Handout", "Your calendar")), QStringLiteral("您的服药日历"));
        QCOMPARE(QCoreApplication::translate("Handout", "Your calendar"), QStringLiteral("Your calendar"));
        QVERIFY(zh.untranslated().isEmpty());
        QCOMPARE(HandoutLanguage(QStringLiteral("fr")).id(), QStringLiteral("en"));
    }

    void radicalsMapToIdeographs()
    {
        const QHash<char16_t, char16_t> map = PdfTextMap::radicalIdeographs({QStringLiteral("Noto Sans CJK SC")});
        QCOMPARE(int(map.value(0x2F47)), 0x65E5); // ⽇ -> 日 (decomposition)
        QCOMPARE(int(map.value(0x2EDA)), 0x9875); // ⻚ -> 页 (same glyph in Noto Sans CJK SC)
        QCOMPARE(int(map.value(0x2ED3)), 0x957F); // ⻓ -> 长
        QByteArray pdf("x <2F47> begincmap\n<0001> <0003> [<2F47> <2EDA> <0041>]\nendcmap <2F47>");
        QCOMPARE(PdfTextMap::fixCjkRadicals(&pdf, map), 2);
        QCOMPARE(pdf, QByteArray("x <2F47> begincmap\n<0001> <0003> [<65E5> <9875> <0041>]\nendcmap <2F47>"));
    }

    void printsThroughQPrinter()
    {
        QTemporaryDir dir;
        report::HandoutInput in;
        in.plan = knownPlan();
        in.patientName = QStringLiteral("Print Test");
        in.paper = QPageSize::Letter;
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(dir.filePath(QStringLiteral("printed.pdf")));
        printer.setPageSize(QPageSize(in.paper));
        const Expected<HandoutResult> r = ui::renderHandout(&printer, in);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().text()));
        QVERIFY(r->pages >= 2);
        QCOMPARE(r->patientPages, r->pages);
        QFile f(dir.filePath(QStringLiteral("printed.pdf")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        // The pharmacy page is counted apart from the patient's pages.
        in.prescriberPage = true;
        const Expected<QByteArray> pdf = HandoutRenderer(in, Catalogue::shared()).pdf();
        QVERIFY(pdf.ok());
        HandoutResult result;
        QVERIFY(HandoutRenderer(in, Catalogue::shared()).pdf(&result).ok());
        QCOMPARE(result.patientPages, result.pages - 1);
    }

    void exportFileName()
    {
        report::HandoutInput in;
        in.patientIdentifier = QStringLiteral("A/123 x");
        in.issued = QDate(2026, 3, 1);
        QCOMPARE(ui::suggestedHandoutFileName(in), QStringLiteral("handout-A-123-x-2026-03-01.pdf"));
        in.patientIdentifier.clear();
        in.patientName = QStringLiteral("..<Zhang San>");
        QCOMPARE(ui::suggestedHandoutFileName(in), QStringLiteral("handout-Zhang-San-2026-03-01.pdf"));
    }

    void patientFromTheStore()
    {
        const QString cli = QStringLiteral(LENTO_CLI_PATH);
        QVERIFY2(QFile::exists(cli), "build lento-cli first");
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("lento.sqlite"));
        {
            store::Store st;
            QVERIFY(st.open(db).ok());
            store::PatientRecord p;
            p.identifier = QStringLiteral("MRN-88");
            p.name = QStringLiteral("李四");
            p.handoutLanguage = QStringLiteral("zh_CN");
            const store::Result<store::PatientRecord> added = st.addPatient(p);
            QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().text()));
            for (const QDate &d : {QDate(2026, 2, 1), QDate(2026, 3, 20), QDate(2026, 4, 30)}) {
                store::VisitRecord v;
                v.patientId = added->id;
                v.date = d;
                const store::Result<store::VisitRecord> visit = st.addVisit(v);
                QVERIFY2(visit.ok(), visit.ok() ? "" : qPrintable(visit.error().text()));
            }
        }
        const QString out = dir.filePath(QStringLiteral("h.pdf"));
        QProcess p;
        p.start(cli,
            {QStringLiteral("handout"), QStringLiteral(LENTO_TEST_DATA "/handout/known.plan.json"),
                QStringLiteral("--patient"), QStringLiteral("MRN-88"), QStringLiteral("--db"), db,
                QStringLiteral("--date"), QStringLiteral("2026-03-01"), QStringLiteral("-o"), out});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), out, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString all
            = plain(QString::fromUtf8(text.readAllStandardOutput())).remove(QRegularExpression(QStringLiteral("\\s+")));
        QVERIFY(all.contains(QStringLiteral("李四（病历号：MRN-88）")));
        QVERIFY(all.contains(
            QStringLiteral("您的下次复诊2026年3月20日（周五）"))); // the first visit after the handout date
        QVERIFY(all.contains(QStringLiteral("5mg片剂1片，加2mg片剂半片")));
        // Unknown patient: a clear error, no file.
        const QString none = dir.filePath(QStringLiteral("none.pdf"));
        p.start(cli,
            {QStringLiteral("handout"), QStringLiteral(LENTO_TEST_DATA "/handout/known.plan.json"),
                QStringLiteral("--patient"), QStringLiteral("NOPE"), QStringLiteral("--db"), db, QStringLiteral("-o"),
                none});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("--patient"));
        QVERIFY(!QFile::exists(none));
    }
};

QTEST_MAIN(TestHandout)
#include "tst_handout.moc"
