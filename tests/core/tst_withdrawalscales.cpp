// CIWA-B and BWSQ: item lists, validation naming the item, totals and versioned band sets
// (cut-offs as each band set in core/withdrawalscales.cpp cites them).
#include "withdrawalscales.h"

#include <QTest>

using namespace lento;

class TestWithdrawalScales : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void items()
    {
        const auto ciwa = WithdrawalScales::items(WithdrawalScale::CiwaB);
        QCOMPARE(ciwa.size(), 20);
        QCOMPARE(ciwa.first().number, 1);
        QCOMPARE(QString::fromLatin1(ciwa.first().text), QStringLiteral("Do you feel irritable?"));
        int clinician = 0;
        for (const ScaleItem &item : ciwa)
            clinician += item.clinicianRated ? 1 : 0;
        QCOMPARE(clinician, 3);
        QVERIFY(ciwa.at(17).clinicianRated && ciwa.at(19).clinicianRated && !ciwa.at(16).clinicianRated);
        const auto bwsq = WithdrawalScales::items(WithdrawalScale::Bwsq);
        QCOMPARE(bwsq.size(), 20);
        QCOMPARE(QString::fromLatin1(bwsq.last().text), QStringLiteral("Loss of appetite"));
        QCOMPARE(WithdrawalScales::scoreLabels(WithdrawalScale::CiwaB).size(), 5);
        QCOMPARE(WithdrawalScales::scoreLabels(WithdrawalScale::Bwsq).size(), 3);
        QCOMPARE(WithdrawalScales::itemMax(WithdrawalScale::Bwsq), 2);
    }

    void validation()
    {
        QList<int> items(20, 4);
        QVERIFY(WithdrawalScales::validate(WithdrawalScale::CiwaB, items, QStringLiteral("ciwa_b")).ok());
        const auto bwsq = WithdrawalScales::validate(WithdrawalScale::Bwsq, items, QStringLiteral("bwsq"));
        QVERIFY(!bwsq.ok());
        QCOMPARE(bwsq.error().path, QStringLiteral("bwsq[0]"));
        items[13] = -1;
        QCOMPARE(WithdrawalScales::validate(WithdrawalScale::CiwaB, items, QStringLiteral("x")).error().path,
            QStringLiteral("x[13]"));
        const auto shortList
            = WithdrawalScales::validate(WithdrawalScale::CiwaB, QList<int>(19, 0), QStringLiteral("x"));
        QCOMPARE(shortList.error().path, QStringLiteral("x"));
        QVERIFY(shortList.error().message.contains(QStringLiteral("20")));
    }

    // Published CAMH bands: 1-20 mild, 21-40 moderate, 41-60 severe, 61-80 very severe.
    void ciwaBands_data()
    {
        QTest::addColumn<int>("total");
        QTest::addColumn<QString>("bandSet");
        QTest::addColumn<QString>("band");
        const QList<std::tuple<int, const char *, const char *>> rows {{0, "camh-1", "none"}, {1, "camh-1", "mild"},
            {20, "camh-1", "mild"}, {21, "camh-1", "moderate"}, {40, "camh-1", "moderate"}, {41, "camh-1", "severe"},
            {60, "camh-1", "severe"}, {61, "camh-1", "very_severe"}, {80, "camh-1", "very_severe"},
            {61, "three-band-1", "severe"}, {80, "three-band-1", "severe"}, {33, "", "moderate"}};
        for (const auto &[total, set, band] : rows)
            QTest::addRow("%d %s", total, set) << total << QString::fromLatin1(set) << QString::fromLatin1(band);
    }

    void ciwaBands()
    {
        QFETCH(int, total);
        QFETCH(QString, bandSet);
        QFETCH(QString, band);
        QList<int> items(20, 0);
        for (int i = 0, left = total; left > 0; ++i) { // spread the total over the items, 4 at most each
            items[i] = qMin(4, left);
            left -= items[i];
        }
        const auto s = WithdrawalScales::score(WithdrawalScale::CiwaB, items, bandSet);
        QVERIFY(s.ok());
        QCOMPARE(s->total, total);
        QCOMPARE(s->maxTotal, 80);
        QCOMPARE(s->bandId, band);
        QCOMPARE(s->bandSet, bandSet.isEmpty() ? QStringLiteral("camh-1") : bandSet);
        QVERIFY(!s->bandLabel.isEmpty());
    }

    void bwsqHasNoBands()
    {
        const auto s = WithdrawalScales::score(WithdrawalScale::Bwsq, QList<int>(20, 2));
        QVERIFY(s.ok());
        QCOMPARE(s->total, 40);
        QCOMPARE(s->maxTotal, 40);
        QCOMPARE(s->bandSet, QStringLiteral("none"));
        QVERIFY(s->bandId.isEmpty());
        QVERIFY(WithdrawalScales::bandSets(WithdrawalScale::Bwsq).first().bands.isEmpty());
        QVERIFY(!WithdrawalScales::score(WithdrawalScale::Bwsq, QList<int>(20, 0), QStringLiteral("camh-1")).ok());
    }

    // Every band set covers 0..max without gaps or overlaps.
    void bandSetsAreContiguous()
    {
        for (WithdrawalScale scale : {WithdrawalScale::CiwaB, WithdrawalScale::Bwsq}) {
            const int max = WithdrawalScales::itemCount(scale) * WithdrawalScales::itemMax(scale);
            for (const BandSet &set : WithdrawalScales::bandSets(scale)) {
                if (set.bands.isEmpty())
                    continue;
                int next = 0;
                for (const ScaleBand &b : set.bands) {
                    QCOMPARE(b.minTotal, next);
                    QVERIFY(b.maxTotal >= b.minTotal);
                    next = b.maxTotal + 1;
                }
                QCOMPARE(next, max + 1);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestWithdrawalScales)
#include "tst_withdrawalscales.moc"
