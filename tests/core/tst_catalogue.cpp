// Tests for the drug catalogue: the built-in resources/drugs.json loads and holds the agents,
// names, metabolites, equivalences (checked against ASAM 2025 Table 7) and products the planner
// relies on; every entry satisfies the model's absorption constraint; and each kind of bad entry
// is rejected with an error that names the drug and the field.
#include "catalogue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace lento;

namespace {

// Returns `root` with the value at a dotted path ("drugs.0.tmax_h") replaced; an undefined
// value removes the key.
QJsonValue setAt(const QJsonValue &root, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString head = path.takeFirst();
    if (root.isArray()) {
        QJsonArray a = root.toArray();
        const int i = head.toInt();
        a[i] = setAt(a.at(i), path, value);
        return a;
    }
    QJsonObject o = root.toObject();
    if (path.isEmpty() && value.isUndefined())
        o.remove(head);
    else
        o[head] = setAt(o.value(head), path, value);
    return o;
}

QJsonObject parseObject(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

// A small valid catalogue; each bad-entry case changes one thing in it.
QJsonObject validDocument()
{
    return parseObject(R"({
      "format": "lento-drugs/1",
      "sources": { "ASH": "Ashton table", "LEM": "learnem.org" },
      "equivalence_sources": { "ashton": "Ashton", "vadod": "VA/DoD" },
      "regions": { "us": "United States", "uk": "United Kingdom" },
      "drugs": [ {
        "id": "testdrug", "name_en": "Testdrug", "name_zh": "测试药",
        "half_life_h": 12, "half_life_range_h": [6, 15], "tmax_h": 1.5,
        "bioavailability": 0.9, "vd_l_per_kg": 0.8, "diazepam_eq_mg": 0.5,
        "equivalents": { "ashton": 0.5, "vadod": 1 },
        "metabolite": { "name_en": "Testmetabolite", "fraction_formed": 0.5, "half_life_h": 40,
                        "relative_potency": 1 },
        "products": { "us": [ { "form": "tablet", "strength_mg": 0.5, "splits": 2 },
                              { "form": "liquid", "strength_mg": 1, "per_ml": 1, "resolution_ml": 0.1 } ] },
        "sources": { "half_life_h": "ASH", "half_life_range_h": "ASH", "tmax_h": "LEM",
                     "bioavailability": "LEM", "vd_l_per_kg": "LEM", "diazepam_eq_mg": "ASH",
                     "metabolite.fraction_formed": "ASH", "metabolite.half_life_h": "ASH",
                     "metabolite.relative_potency": "ASH", "products.us": "LEM" },
        "unverified": ["vd_l_per_kg", "products.us.liquid"],
        "basis": "test", "notes": "test"
      } ]
    })");
}

QByteArray toJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

const QStringList kRegions = {QStringLiteral("cn"), QStringLiteral("uk"), QStringLiteral("us"), QStringLiteral("eu")};

} // namespace

class TestCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const Expected<Catalogue> c = Catalogue::builtIn();
        QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().text()));
        m_catalogue = c.value();
    }

    void builtInHasEnoughDrugs()
    {
        QVERIFY2(m_catalogue.drugs().size() >= 20, qPrintable(QString::number(m_catalogue.drugs().size())));
        QCOMPARE(m_catalogue.ids().size(), m_catalogue.drugs().size());
        QVERIFY(m_catalogue.ids().contains(QStringLiteral("nordazepam")));
        QVERIFY(!m_catalogue.contains(QStringLiteral("midazolam (oral)")));
        for (const QString &region : kRegions)
            QVERIFY2(m_catalogue.regions().contains(region), qPrintable(region));
        QCOMPARE(m_catalogue.regionName(QStringLiteral("cn")), QStringLiteral("China"));
        QCOMPARE(m_catalogue.equivalenceSources().first(), QStringLiteral("ashton"));
        QVERIFY(m_catalogue.equivalenceSources().contains(QStringLiteral("vadod")));
    }

    void sharedIsTheBuiltInCatalogue()
    {
        const Catalogue &a = Catalogue::shared();
        const Catalogue &b = Catalogue::shared();
        QCOMPARE(&a, &b);
        QCOMPARE(a.ids(), m_catalogue.ids());
    }

    void requiredDrugs_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("nameZh");
        const std::pair<const char *, const char *> rows[] = {
            {"alprazolam", "阿普唑仑"},
            {"lorazepam", "劳拉西泮"},
            {"clonazepam", "氯硝西泮"},
            {"diazepam", "地西泮"},
            {"oxazepam", "奥沙西泮"},
            {"temazepam", "替马西泮"},
            {"chlordiazepoxide", "氯氮䓬"},
            {"nitrazepam", "硝西泮"},
            {"zolpidem", "唑吡坦"},
            {"zopiclone", "佐匹克隆"},
            {"estazolam", "艾司唑仑"},
            {"clobazam", "氯巴占"},
            {"eszopiclone", "右佐匹克隆"},
        };
        for (const auto &[id, zh] : rows)
            QTest::newRow(id) << QString::fromUtf8(id) << QString::fromUtf8(zh);
    }

    // Every drug the planner may start from is present, named in Chinese, and has products.
    void requiredDrugs()
    {
        QFETCH(QString, id);
        QFETCH(QString, nameZh);
        const DrugParams *d = m_catalogue.find(id);
        QVERIFY2(d, qPrintable(id));
        QCOMPARE(d->nameZh, nameZh);
        QVERIFY(!d->nameEn.isEmpty());
        QVERIFY2(!d->products.isEmpty(), qPrintable(id + QStringLiteral(" has no products")));
    }

    void commonDrugsInAllRegions()
    {
        for (const char *id : {"diazepam", "clonazepam", "alprazolam", "lorazepam"}) {
            const DrugParams *d = m_catalogue.find(QString::fromLatin1(id));
            QVERIFY(d);
            for (const QString &region : kRegions)
                QVERIFY2(!d->products.value(region).isEmpty(),
                    qPrintable(QString::fromLatin1(id) + QLatin1Char('/') + region));
        }
    }

    void asamTable7_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<double>("vadod");
        QTest::addColumn<double>("ashton"); // 0 where Table 7 gives a range (checked separately)
        // ASAM 2025 Table 7: mg approximately equal to 10 mg oral diazepam.
        QTest::newRow("alprazolam") << QStringLiteral("alprazolam") << 1.0 << 0.5;
        QTest::newRow("chlordiazepoxide") << QStringLiteral("chlordiazepoxide") << 25.0 << 25.0;
        QTest::newRow("clonazepam") << QStringLiteral("clonazepam") << 1.0 << 0.5;
        QTest::newRow("clorazepate") << QStringLiteral("clorazepate") << 15.0 << 15.0;
        QTest::newRow("diazepam") << QStringLiteral("diazepam") << 10.0 << 10.0;
        QTest::newRow("estazolam") << QStringLiteral("estazolam") << 1.0 << 0.0;
        QTest::newRow("flurazepam") << QStringLiteral("flurazepam") << 15.0 << 0.0;
        QTest::newRow("lorazepam") << QStringLiteral("lorazepam") << 2.0 << 1.0;
        QTest::newRow("oxazepam") << QStringLiteral("oxazepam") << 30.0 << 20.0;
        QTest::newRow("quazepam") << QStringLiteral("quazepam") << 10.0 << 20.0;
        QTest::newRow("temazepam") << QStringLiteral("temazepam") << 15.0 << 20.0;
        QTest::newRow("triazolam") << QStringLiteral("triazolam") << 0.25 << 0.5;
    }

    void asamTable7()
    {
        QFETCH(QString, id);
        QFETCH(double, vadod);
        QFETCH(double, ashton);
        const DrugParams *d = m_catalogue.find(id);
        QVERIFY(d);
        QCOMPARE(d->equivalenceMg(QStringLiteral("vadod")), vadod);
        if (ashton > 0) {
            QCOMPARE(d->equivalenceMg(QStringLiteral("ashton")), ashton);
            QCOMPARE(d->diazepamEqMg, ashton);
        }
    }

    // Where Table 7 prints an Ashton range, the model value lies in it and the range is kept.
    void ashtonRangesKept()
    {
        const std::tuple<const char *, double, double> rows[] = {{"estazolam", 1, 2}, {"flurazepam", 15, 30}};
        for (const auto &[id, low, high] : rows) {
            const DrugParams *d = m_catalogue.find(QString::fromLatin1(id));
            QVERIFY(d);
            QVERIFY(d->ranges.contains(QStringLiteral("equivalents.ashton")));
            const ValueRange r = d->ranges.value(QStringLiteral("equivalents.ashton"));
            QCOMPARE(r.low, low);
            QCOMPARE(r.high, high);
            QVERIFY(d->diazepamEqMg >= low && d->diazepamEqMg <= high);
        }
    }

    void ashtonAndVaDodDifferTwofold()
    {
        for (const char *id : {"alprazolam", "clonazepam", "lorazepam"}) {
            const DrugParams *d = m_catalogue.find(QString::fromLatin1(id));
            QVERIFY(d);
            QCOMPARE(d->equivalenceMg(QStringLiteral("vadod")) / d->equivalenceMg(QStringLiteral("ashton")), 2.0);
        }
    }

    void nhsScotlandConvertedToTenMg()
    {
        // NHS Scotland prints doses per diazepam 5 mg: lorazepam 0.5, chlordiazepoxide 12.5, zopiclone 7.5.
        QCOMPARE(m_catalogue.find(QStringLiteral("lorazepam"))->equivalenceMg(QStringLiteral("nhss")), 1.0);
        QCOMPARE(m_catalogue.find(QStringLiteral("chlordiazepoxide"))->equivalenceMg(QStringLiteral("nhss")), 25.0);
        QCOMPARE(m_catalogue.find(QStringLiteral("zopiclone"))->equivalenceMg(QStringLiteral("nhss")), 15.0);
    }

    void metabolites()
    {
        for (const char *id : {"diazepam", "chlordiazepoxide", "clorazepate", "flurazepam", "clobazam"}) {
            const DrugParams *d = m_catalogue.find(QString::fromLatin1(id));
            QVERIFY(d);
            QVERIFY2(d->metabolite.present(), id);
            QVERIFY(d->metabolite.halfLife.value() > 0.0);
            QVERIFY(d->metabolite.fractionFormed <= 1.0);
            QVERIFY(!d->metabolite.nameEn.isEmpty());
        }
        for (const char *id : {"diazepam", "chlordiazepoxide", "clorazepate"})
            QVERIFY2(
                m_catalogue.find(QString::fromLatin1(id))->metabolite.nameEn.contains(QStringLiteral("Nordazepam")),
                id);
        // A prodrug: the parent is gone within minutes, the metabolite lasts days.
        const DrugParams *clorazepate = m_catalogue.find(QStringLiteral("clorazepate"));
        QVERIFY(clorazepate->halfLife.value() < 1.0);
        QVERIFY(clorazepate->metabolite.halfLife.value() > 24.0);
        QVERIFY(!m_catalogue.find(QStringLiteral("lorazepam"))->metabolite.present());
    }

    // ka is the root > ke of tmax = ln(ka/ke)/(ka - ke). That function of ka falls from 1/ke
    // (as ka -> ke) towards 0, so the root exists only when tmax < 1/ke = t½/ln 2. Find it by bisection.
    void everyEntryHasAnAbsorptionRate()
    {
        for (const DrugParams &d : m_catalogue.drugs()) {
            const double ke = std::log(2.0) / d.halfLife.value();
            const double tmax = d.tmax.value();
            QVERIFY2(tmax < 1.0 / ke, qPrintable(d.id));
            auto g = [&](double ka) { return std::log(ka / ke) / (ka - ke) - tmax; };
            double lo = ke * (1.0 + 1e-9), hi = ke * 2.0;
            while (g(hi) > 0.0)
                hi *= 2.0;
            QVERIFY2(g(lo) > 0.0, qPrintable(d.id));
            for (int i = 0; i < 200; ++i) {
                const double mid = 0.5 * (lo + hi);
                (g(mid) > 0.0 ? lo : hi) = mid;
            }
            QVERIFY2(lo > ke && std::abs(g(lo)) < 1e-6 * tmax, qPrintable(d.id));
        }
    }

    void everyNumberHasASource()
    {
        const QStringList always = {QStringLiteral("half_life_h"), QStringLiteral("tmax_h"),
            QStringLiteral("bioavailability"), QStringLiteral("vd_l_per_kg"), QStringLiteral("diazepam_eq_mg")};
        for (const DrugParams &d : m_catalogue.drugs()) {
            for (const QString &field : always)
                QVERIFY2(d.sources.contains(field), qPrintable(d.id + QLatin1Char('.') + field));
            for (auto it = d.products.cbegin(); it != d.products.cend(); ++it)
                QVERIFY2(d.sources.contains(QStringLiteral("products.") + it.key()), qPrintable(d.id));
            for (const QString &keys : d.sources)
                for (const QString &key : keys.split(QLatin1Char(';')))
                    QVERIFY2(!m_catalogue.sourceDescription(key).isEmpty(), qPrintable(d.id + QLatin1Char(':') + key));
            QVERIFY2(!d.basis.isEmpty(), qPrintable(d.id));
        }
        QVERIFY(m_catalogue.sourceDescription(QStringLiteral("ASAM-T7")).contains(QStringLiteral("Table 7")));
        QVERIFY(m_catalogue.sourceDescription(QStringLiteral("vadod")).contains(QStringLiteral("VA/DoD")));
        QVERIFY(m_catalogue.sourceDescription(QStringLiteral("NO-SUCH-KEY")).isEmpty());
    }

    void unverifiedFlags()
    {
        const DrugParams *alprazolam = m_catalogue.find(QStringLiteral("alprazolam"));
        QVERIFY(alprazolam->isUnverified(QStringLiteral("vd_l_per_kg")));
        QVERIFY(!alprazolam->isUnverified(QStringLiteral("half_life_h")));
        const DrugParams *diazepam = m_catalogue.find(QStringLiteral("diazepam"));
        for (const Product &p : diazepam->products.value(QStringLiteral("cn")))
            QVERIFY(p.unverified);
        for (const Product &p : diazepam->products.value(QStringLiteral("uk")))
            QVERIFY(!p.unverified);
        // The US oral concentrate of alprazolam is believed, its tablets partly seen.
        bool liquidFlagged = false;
        for (const Product &p : alprazolam->products.value(QStringLiteral("us")))
            if (p.isLiquid())
                liquidFlagged = p.unverified;
        QVERIFY(liquidFlagged);
    }

    void diazepamProducts()
    {
        const DrugParams *d = m_catalogue.find(QStringLiteral("diazepam"));
        QList<double> ukTablets;
        double ukLiquidMgPerMl = 0.0;
        for (const Product &p : d->products.value(QStringLiteral("uk"))) {
            if (p.isLiquid()) {
                ukLiquidMgPerMl = p.mgPerMl();
            } else {
                ukTablets.append(p.strength.value());
                QCOMPARE(p.splits, 2);
            }
        }
        QCOMPARE(ukTablets, (QList<double> {2, 5, 10}));
        QCOMPARE(ukLiquidMgPerMl, 0.4); // 2 mg/5 mL
        QList<double> usLiquids;
        for (const Product &p : d->products.value(QStringLiteral("us")))
            if (p.isLiquid())
                usLiquids.append(p.mgPerMl());
        std::sort(usLiquids.begin(), usLiquids.end());
        QCOMPARE(usLiquids, (QList<double> {1, 5}));
        QList<double> cnTablets;
        for (const Product &p : d->products.value(QStringLiteral("cn")))
            cnTablets.append(p.strength.value());
        QCOMPARE(cnTablets, (QList<double> {2.5, 5}));
        QVERIFY(d->longActing);
        QVERIFY(d->ranges.value(QStringLiteral("half_life_h")).low <= d->halfLife.value());
    }

    void flags()
    {
        for (const char *id : {"zolpidem", "zopiclone", "eszopiclone", "zaleplon"})
            QVERIFY2(m_catalogue.find(QString::fromLatin1(id))->zDrug, id);
        QVERIFY(!m_catalogue.find(QStringLiteral("diazepam"))->zDrug);
        QVERIFY(m_catalogue.find(QStringLiteral("clonazepam"))->epilepsyUse);
        QVERIFY(m_catalogue.find(QStringLiteral("clobazam"))->epilepsyUse);
        QVERIFY(!m_catalogue.find(QStringLiteral("alprazolam"))->longActing);
    }

    void validSnippetLoads()
    {
        const Expected<Catalogue> c = Catalogue::fromJson(toJson(validDocument()));
        QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().text()));
        const DrugParams *d = c->find(QStringLiteral("testdrug"));
        QVERIFY(d);
        QCOMPARE(d->halfLife.value(), 12.0);
        QCOMPARE(d->metabolite.fractionFormed, 0.5);
        QCOMPARE(d->metabolite.vdLPerKg, 0.0); // same as the parent
        QCOMPARE(d->products.value(QStringLiteral("us")).size(), 2);
        QCOMPARE(d->products.value(QStringLiteral("us")).at(1).resolutionMl, 0.1);
        QVERIFY(d->products.value(QStringLiteral("us")).at(1).unverified);
        QVERIFY(!d->products.value(QStringLiteral("us")).at(0).unverified);
        QCOMPARE(d->equivalenceMg(QStringLiteral("vadod")), 1.0);
        QCOMPARE(d->sources.value(QStringLiteral("tmax_h")), QStringLiteral("LEM"));
    }

    void badEntry_data()
    {
        QTest::addColumn<QString>("target"); // dotted path into the valid document
        QTest::addColumn<QString>("value"); // JSON text, or "-" to remove the key
        QTest::addColumn<QString>("path"); // expected Error::path
        QTest::addColumn<QString>("fragment"); // expected part of Error::message

        const QString drug = QStringLiteral("drugs[testdrug].");
        auto row
            = [&](const char *name, const char *target, const char *value, const QString &path, const char *fragment) {
                  QTest::newRow(name) << QString::fromLatin1(target) << QString::fromUtf8(value) << path
                                      << QString::fromLatin1(fragment);
              };
        row("tmax too long", "drugs.0.tmax_h", "17.4", drug + QStringLiteral("tmax_h"), "ln 2");
        row("tmax zero", "drugs.0.tmax_h", "0", drug + QStringLiteral("tmax_h"), "> 0");
        row("tmax missing", "drugs.0.tmax_h", "-", drug + QStringLiteral("tmax_h"), "required");
        row("half-life zero", "drugs.0.half_life_h", "0", drug + QStringLiteral("half_life_h"), "> 0");
        row("half-life text", "drugs.0.half_life_h", "\"12\"", drug + QStringLiteral("half_life_h"), "number");
        row("F above 1", "drugs.0.bioavailability", "1.2", drug + QStringLiteral("bioavailability"), "<= 1");
        row("F zero", "drugs.0.bioavailability", "0", drug + QStringLiteral("bioavailability"), "> 0");
        row("Vd negative", "drugs.0.vd_l_per_kg", "-1", drug + QStringLiteral("vd_l_per_kg"), "> 0");
        row("Deq zero", "drugs.0.diazepam_eq_mg", "0", drug + QStringLiteral("diazepam_eq_mg"), "> 0");
        row("Deq not Ashton", "drugs.0.diazepam_eq_mg", "0.75", drug + QStringLiteral("diazepam_eq_mg"), "Ashton");
        row("fm above 1", "drugs.0.metabolite.fraction_formed", "1.5",
            drug + QStringLiteral("metabolite.fraction_formed"), "between 0 and 1");
        row("fm negative", "drugs.0.metabolite.fraction_formed", "-0.1",
            drug + QStringLiteral("metabolite.fraction_formed"), "between 0 and 1");
        row("metabolite half-life missing", "drugs.0.metabolite.half_life_h", "-",
            drug + QStringLiteral("metabolite.half_life_h"), "required");
        row("metabolite half-life zero", "drugs.0.metabolite.half_life_h", "0",
            drug + QStringLiteral("metabolite.half_life_h"), "fraction_formed > 0");
        row("metabolite Vd zero", "drugs.0.metabolite.vd_l_per_kg", "0",
            drug + QStringLiteral("metabolite.vd_l_per_kg"), "> 0");
        row("splits 3", "drugs.0.products.us.0.splits", "3", drug + QStringLiteral("products.us[0].splits"),
            "1, 2 or 4");
        row("splits missing", "drugs.0.products.us.0.splits", "-", drug + QStringLiteral("products.us[0].splits"),
            "required");
        row("strength zero", "drugs.0.products.us.0.strength_mg", "0",
            drug + QStringLiteral("products.us[0].strength_mg"), "> 0");
        row("resolution zero", "drugs.0.products.us.1.resolution_ml", "0",
            drug + QStringLiteral("products.us[1].resolution_ml"), "> 0");
        row("per_ml missing", "drugs.0.products.us.1.per_ml", "-", drug + QStringLiteral("products.us[1].per_ml"),
            "required");
        row("unknown form", "drugs.0.products.us.0.form", "\"patch\"", drug + QStringLiteral("products.us[0].form"),
            "tablet, capsule or liquid");
        row("unknown region", "drugs.0.products.xx", R"([{"form": "tablet", "strength_mg": 1, "splits": 1}])",
            drug + QStringLiteral("products.xx"), "unknown region");
        row("unknown source key", "drugs.0.sources.half_life_h", "\"ASH;NOPE\"",
            drug + QStringLiteral("sources.half_life_h"), "NOPE");
        row("missing source", "drugs.0.sources.tmax_h", "-", drug + QStringLiteral("sources.tmax_h"), "missing");
        row("source for nothing", "drugs.0.sources.usual_max_daily_mg", "\"ASH\"",
            drug + QStringLiteral("sources.usual_max_daily_mg"), "names no number");
        row("unverified unknown field", "drugs.0.unverified", R"(["half_life"])",
            drug + QStringLiteral("unverified[0]"), "must name a field");
        row("unknown equivalence source", "drugs.0.equivalents.foo", "1", drug + QStringLiteral("equivalents.foo"),
            "unknown equivalence source");
        row("equivalence zero", "drugs.0.equivalents.vadod", "0", drug + QStringLiteral("equivalents.vadod"), "> 0");
        row("range excludes value", "drugs.0.half_life_range_h", "[14, 20]", drug + QStringLiteral("half_life_range_h"),
            "model value 12");
        row("range reversed", "drugs.0.half_life_range_h", "[15, 6]", drug + QStringLiteral("half_life_range_h"),
            "low <= high");
        row("range of unknown field", "drugs.0.ranges", R"({"colour": [1, 2]})", drug + QStringLiteral("ranges.colour"),
            "names no numeric field");
        row("name_zh missing", "drugs.0.name_zh", "-", drug + QStringLiteral("name_zh"), "required");
        row("misspelt field", "drugs.0.half_life", "12", drug + QStringLiteral("half_life"), "unknown field");
        row("flag not bool", "drugs.0.z_drug", "1", drug + QStringLiteral("z_drug"), "true or false");
        row("id upper case", "drugs.0.id", "\"Testdrug\"", QStringLiteral("drugs[0].id"), "lower-case");
        row("id with spaces", "drugs.0.id", "\"midazolam (oral)\"", QStringLiteral("drugs[0].id"), "lower-case");
        row("wrong format", "format", "\"lento-drugs/2\"", QStringLiteral("format"), "lento-drugs/1");
        row("no regions", "regions", "{}", QStringLiteral("regions"), "non-empty");
    }

    void badEntry()
    {
        QFETCH(QString, target);
        QFETCH(QString, value);
        QFETCH(QString, path);
        QFETCH(QString, fragment);

        QJsonValue newValue(QJsonValue::Undefined); // undefined: remove the key
        if (value != QLatin1String("-")) {
            const QJsonDocument wrapped = QJsonDocument::fromJson(QStringLiteral("[%1]").arg(value).toUtf8());
            QVERIFY2(wrapped.isArray(), qPrintable(value));
            newValue = wrapped.array().at(0);
        }
        const QJsonObject doc = setAt(validDocument(), target.split(QLatin1Char('.')), newValue).toObject();
        const Expected<Catalogue> c = Catalogue::fromJson(toJson(doc));
        QVERIFY2(!c.ok(), "a bad entry was accepted");
        QCOMPARE(c.error().path, path);
        QVERIFY2(c.error().message.contains(fragment), qPrintable(c.error().text()));
        QVERIFY(c.error().text().startsWith(path));
    }

    void duplicateId()
    {
        QJsonObject doc = validDocument();
        QJsonArray drugs = doc.value(QStringLiteral("drugs")).toArray();
        drugs.append(drugs.at(0));
        doc[QStringLiteral("drugs")] = drugs;
        const Expected<Catalogue> c = Catalogue::fromJson(toJson(doc));
        QVERIFY(!c.ok());
        QCOMPARE(c.error().path, QStringLiteral("drugs[testdrug].id"));
        QVERIFY2(c.error().message.contains(QStringLiteral("duplicate")), qPrintable(c.error().text()));
    }

    void notJson()
    {
        const Expected<Catalogue> c = Catalogue::fromJson(QByteArrayLiteral("{ \"format\": "));
        QVERIFY(!c.ok());
        QVERIFY2(c.error().message.contains(QStringLiteral("not valid JSON")), qPrintable(c.error().text()));
    }

private:
    Catalogue m_catalogue;
};

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
