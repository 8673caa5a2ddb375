// Rounding doses to real products: the product-list syntax, the fewest-pieces composition
// (checked against a brute-force enumeration), and the representable amounts around a target.
#include "catalogue.h"
#include "rounding.h"

#include <QTest>

#include <cmath>
#include <functional>
#include <map>

using namespace lento;

namespace {

QList<Product> spec(const char *text)
{
    const Expected<QList<Product>> p = parseProductSpec(QString::fromLatin1(text));
    if (!p)
        qFatal("bad spec in test: %s", qPrintable(p.error().text()));
    return p.value();
}

// Brute force: every combination of whole/half/quarter pieces (tablets) and liquid volumes up
// to `maxMg`, keyed by amount in µg -> fewest handled pieces (a liquid measure counts one per
// started 10 mL syringe).
std::map<long long, int> bruteForce(const QList<Product> &products, double maxMg)
{
    std::map<long long, int> best;
    std::function<void(int, long long, int)> rec = [&](int i, long long ug, int pieces) {
        if (ug > std::llround(maxMg * 1000.0))
            return;
        if (i == products.size()) {
            auto it = best.find(ug);
            if (it == best.end() || pieces < it->second)
                best[ug] = pieces;
            return;
        }
        const Product &p = products[i];
        if (p.isLiquid()) {
            const long long step = std::llround(p.resolutionMl * p.mgPerMl() * 1000.0);
            rec(i + 1, ug, pieces);
            for (long long k = 1; k * step <= std::llround(maxMg * 1000.0); ++k)
                rec(i + 1, ug + k * step, pieces + int(std::ceil(k * p.resolutionMl / 10.0 - 1e-9)));
            return;
        }
        const long long whole = std::llround(p.strength.value() * 1000.0);
        for (int w = 0; w * whole <= std::llround(maxMg * 1000.0); ++w)
            for (int half = 0; half <= (p.splits >= 2 ? 1 : 0); ++half)
                for (int quarter = 0; quarter <= (p.splits >= 4 ? 1 : 0); ++quarter)
                    rec(i + 1, ug + w * whole + half * whole / 2 + quarter * whole / 4, pieces + w + half + quarter);
    };
    rec(0, 0, 0);
    return best;
}

} // namespace

class TestRounding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesProductLists()
    {
        const QList<Product> p = spec("tablet:10:quarter,tablet:5:half,tablet:2:whole,liquid:2mg/5mL:0.1mL,capsule:25");
        QCOMPARE(p.size(), 5);
        QCOMPARE(p[0].splits, 4);
        QCOMPARE(p[0].strength.value(), 10.0);
        QCOMPARE(p[1].splits, 2);
        QCOMPARE(p[2].splits, 1);
        QVERIFY(p[3].isLiquid());
        QCOMPARE(p[3].mgPerMl(), 0.4);
        QCOMPARE(p[3].resolutionMl, 0.1);
        QCOMPARE(p[4].form, Product::Form::Capsule);
        // Round trip through the recorded form.
        const QList<Product> again = spec(productSpec(p).toLatin1().constData());
        QCOMPARE(again.size(), p.size());
        for (qsizetype i = 0; i < p.size(); ++i) {
            QCOMPARE(again[i].strength, p[i].strength);
            QCOMPARE(again[i].splits, p[i].splits);
            QCOMPARE(again[i].perMl, p[i].perMl);
        }
        const QList<Product> perMl = spec("liquid:1mg/mL");
        QCOMPARE(perMl[0].perMl, 1.0);
        QCOMPARE(perMl[0].resolutionMl, 0.1);
    }

    void rejectsBadProductLists_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("form") << QStringLiteral("pill:5") << QStringLiteral("item 1");
        QTest::newRow("strength") << QStringLiteral("tablet:5:half,tablet:-2") << QStringLiteral("item 2");
        QTest::newRow("split") << QStringLiteral("tablet:5:third") << QStringLiteral("whole, half or quarter");
        QTest::newRow("capsule split") << QStringLiteral("capsule:5:half") << QStringLiteral("cannot be split");
        QTest::newRow("liquid") << QStringLiteral("liquid:2mg") << QStringLiteral("concentration");
        QTest::newRow("resolution") << QStringLiteral("liquid:2mg/5mL:0mL") << QStringLiteral("resolution");
        QTest::newRow("empty") << QStringLiteral(",") << QStringLiteral("no products");
    }

    void rejectsBadProductLists()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const Expected<QList<Product>> p = parseProductSpec(text);
        QVERIFY(!p);
        QVERIFY2(p.error().text().contains(expected), qPrintable(p.error().text()));
        QVERIFY(p.error().text().startsWith(QStringLiteral("--products")));
    }

    void describesCompositions()
    {
        const DoseRounder r(
            QStringLiteral("diazepam"), spec("tablet:10:quarter,tablet:5:half,tablet:2:half,liquid:2mg/5mL:0.1mL"));
        const std::optional<Composition> six = r.compose(Milligrams(6.0));
        QVERIFY(six);
        QCOMPARE(six->describe(), QStringLiteral("1 × 5 mg + ½ × 2 mg"));
        QCOMPARE(six->handled(), 2);
        QCOMPARE(six->total().value(), 6.0);
        const std::optional<Composition> small = r.compose(Milligrams(0.96));
        QVERIFY(small);
        QCOMPARE(small->describe(), QStringLiteral("2.4 mL of 2 mg/5 mL"));
        QVERIFY(small->usesLiquid());
        const std::optional<Composition> q = r.compose(Milligrams(7.5));
        QVERIFY(q);
        QCOMPARE(q->handled(), 2);
        const std::optional<Composition> none = r.compose(Milligrams(0.0));
        QVERIFY(none && none->isEmpty());
        QCOMPARE(none->describe(), QStringLiteral("none"));
        // Structured parts for other languages.
        const QJsonArray parts = six->piecesJson();
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts[0].toObject().value(QStringLiteral("strength_mg")).toDouble(), 5.0);
        QCOMPARE(parts[1].toObject().value(QStringLiteral("count")).toDouble(), 0.5);
        QCOMPARE(parts[1].toObject().value(QStringLiteral("form")).toString(), QStringLiteral("tablet"));
    }

    void fewestPiecesMatchesBruteForce_data()
    {
        QTest::addColumn<QString>("products");
        QTest::newRow("uk diazepam") << QStringLiteral("tablet:2:half,tablet:5:half,tablet:10:half");
        QTest::newRow("quarters") << QStringLiteral("tablet:10:quarter,tablet:5:half,tablet:2:whole");
        QTest::newRow("alprazolam") << QStringLiteral("tablet:0.25:whole,tablet:0.5:half,tablet:2:quarter");
        QTest::newRow("china whole") << QStringLiteral("tablet:2.5:whole,tablet:5:whole");
        QTest::newRow("tablets + liquid") << QStringLiteral("tablet:5:half,liquid:1mg/mL:0.5mL");
    }

    void fewestPiecesMatchesBruteForce()
    {
        QFETCH(QString, products);
        const QList<Product> list = parseProductSpec(products).value();
        const DoseRounder r(QStringLiteral("x"), list);
        const double maxMg = 12.0;
        const std::map<long long, int> best = bruteForce(list, maxMg);
        // Every amount on a 0.125 mg grid: representable exactly when brute force reaches it,
        // with the same number of pieces (tablet parts may merge: 2 halves are never optimal).
        for (int k = 0; k <= int(maxMg * 8); ++k) {
            const double mg = k / 8.0;
            const auto it = best.find(std::llround(mg * 1000.0));
            const std::optional<Composition> c = r.compose(Milligrams(mg));
            QCOMPARE(bool(c), it != best.end());
            QCOMPARE(r.representable(Milligrams(mg)), it != best.end());
            if (!c)
                continue;
            QVERIFY2(std::fabs(c->total().value() - mg) < 1e-9, qPrintable(QString::number(mg)));
            QVERIFY2(c->handled() <= it->second,
                qPrintable(
                    QStringLiteral("%1 mg: %2 pieces, brute force %3").arg(mg).arg(c->handled()).arg(it->second)));
        }
    }

    void floorCeilAndBelow()
    {
        const DoseRounder r(QStringLiteral("diazepam"), spec("tablet:2:half,tablet:5:half,tablet:10:half"));
        QCOMPARE(r.smallestAmount().value(), 1.0);
        QCOMPARE(r.floorAmount(Milligrams(16.2)).value(), 16.0);
        QCOMPARE(r.ceilAmount(Milligrams(16.2))->value(), 16.5);
        QCOMPARE(r.ceilAmount(Milligrams(16.5))->value(), 16.5);
        QCOMPARE(r.belowAmount(Milligrams(4.5)).value(), 4.0);
        QCOMPARE(r.belowAmount(Milligrams(1.0)).value(), 0.0);
        QCOMPARE(r.floorAmount(Milligrams(0.7)).value(), 0.0);
        QVERIFY(!r.representable(Milligrams(0.3)));
        QVERIFY(r.representable(Milligrams(3.5)));

        const DoseRounder liquid(QStringLiteral("diazepam"), spec("liquid:2mg/5mL:0.1mL"));
        QCOMPARE(liquid.smallestAmount().value(), 0.04);
        QVERIFY(std::fabs(liquid.floorAmount(Milligrams(1.0)).value() - 1.0) < 1e-12);
        QVERIFY(std::fabs(liquid.belowAmount(Milligrams(1.0)).value() - 0.96) < 1e-12);
        QVERIFY(std::fabs(liquid.ceilAmount(Milligrams(0.97))->value() - 1.0) < 1e-12);

        const DoseRounder whole(QStringLiteral("alprazolam"), spec("tablet:0.4:whole"));
        QVERIFY(std::fabs(whole.floorAmount(Milligrams(1.0)).value() - 0.8) < 1e-12);
        QVERIFY(std::fabs(whole.ceilAmount(Milligrams(1.0))->value() - 1.2) < 1e-12);
    }

    void catalogueProductsByForm()
    {
        const Catalogue &cat = Catalogue::shared();
        const DrugParams *d = cat.find(QStringLiteral("diazepam"));
        QVERIFY(d);
        const QList<Product> all = d->products.value(QStringLiteral("uk"));
        const QList<Product> tablets = productsFor(*d, QStringLiteral("uk"), FormsAllowed::Tablets);
        const QList<Product> liquid = productsFor(*d, QStringLiteral("uk"), FormsAllowed::Liquid);
        const QList<Product> both = productsFor(*d, QStringLiteral("uk"), FormsAllowed::TabletsAndLiquid);
        QVERIFY(!tablets.isEmpty());
        QVERIFY(!liquid.isEmpty());
        QCOMPARE(both.size(), all.size());
        QCOMPARE(tablets.size() + liquid.size(), all.size());
        for (const Product &p : tablets)
            QVERIFY(!p.isLiquid());
        for (const Product &p : liquid)
            QVERIFY(p.isLiquid());
        // Every region named by the catalogue has tablets of diazepam.
        for (const QString &region : cat.regions())
            QVERIFY2(!productsFor(*d, region, FormsAllowed::Tablets).isEmpty(), qPrintable(region));
    }

    // One form per dose: tablets alone or the liquid alone before a mixture, and no more than one
    // syringe fill when tablets make the amount.
    void oneFormPerDose()
    {
        const DoseRounder r(
            QStringLiteral("diazepam"), spec("tablet:10:half,tablet:5:half,tablet:2:half,liquid:2mg/5mL:0.1mL"));
        const std::optional<Composition> nine = r.compose(Milligrams(9.0));
        QVERIFY(nine);
        QVERIFY(!nine->usesLiquid()); // not "1 × 5 mg + 10 mL"
        QCOMPARE(nine->describe(), QStringLiteral("1 × 5 mg + 2 × 2 mg"));
        const std::optional<Composition> eight = r.compose(Milligrams(8.0));
        QVERIFY(eight);
        QVERIFY(!eight->usesLiquid()); // not "20 mL of 2 mg/5 mL"
        const std::optional<Composition> small = r.compose(Milligrams(1.6));
        QVERIFY(small);
        QCOMPARE(small->describe(), QStringLiteral("4 mL of 2 mg/5 mL"));
        // Only a mixture makes 12.14 mg; it is still made.
        const std::optional<Composition> odd = r.compose(Milligrams(12.14));
        QVERIFY(odd);
        QVERIFY(odd->usesLiquid() && odd->pieces.size() >= 2);
    }
};

QTEST_GUILESS_MAIN(TestRounding)
#include "tst_rounding.moc"
