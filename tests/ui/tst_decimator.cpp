// Min/max bucket decimation (ui/seriesdecimator): every bucket of the visible range keeps its
// minimum and maximum sample, so interdose peaks and troughs survive any zoom level; output
// stays in x order, small inputs and step lines pass through unchanged.
#include "seriesdecimator.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>
#include <vector>

using lento::ui::SeriesDecimator;

class TestDecimator : public QObject
{
    Q_OBJECT

private:
    // Hourly samples of a level swinging three times a day on top of a slow taper.
    static void interdose(std::vector<double> &x, std::vector<double> &y, int days)
    {
        const int n = days * 24 + 1;
        x.resize(std::size_t(n));
        y.resize(std::size_t(n));
        for (int i = 0; i < n; ++i) {
            const double d = i / 24.0;
            x[std::size_t(i)] = d;
            y[std::size_t(i)] = 60.0 * (1.0 - d / (days * 1.2)) * (1.0 + 0.3 * std::sin(2.0 * M_PI * 3.0 * d));
        }
    }

private Q_SLOTS:
    void keepsMinAndMaxOfEveryBucket()
    {
        QRandomGenerator rng(42);
        const std::size_t n = 20000;
        std::vector<double> x(n), y(n);
        double t = 0.0;
        for (std::size_t i = 0; i < n; ++i) {
            t += 0.01 + rng.generateDouble() * 0.05; // uneven spacing
            x[i] = t;
            y[i] = rng.generateDouble() * 100.0 - 50.0;
        }
        const int buckets = 137;
        const double x0 = x.front(), x1 = x.back();
        QList<QPointF> out;
        SeriesDecimator(x0, x1, buckets).decimate(x.data(), y.data(), n, out);

        // Brute-force bucket extremes, computed independently of the decimator's indexing.
        std::vector<double> lo(buckets, std::numeric_limits<double>::infinity());
        std::vector<double> hi(buckets, -std::numeric_limits<double>::infinity());
        std::vector<int> countPerBucket(buckets, 0);
        const double perUnit = double(buckets) / (x1 - x0);
        auto bucketOf = [&](double v) { return std::min(buckets - 1, int((v - x0) * perUnit)); };
        for (std::size_t i = 0; i < n; ++i) {
            const int b = bucketOf(x[i]);
            lo[std::size_t(b)] = std::min(lo[std::size_t(b)], y[i]);
            hi[std::size_t(b)] = std::max(hi[std::size_t(b)], y[i]);
        }
        for (const QPointF &p : out)
            ++countPerBucket[std::size_t(bucketOf(p.x()))];

        QVERIFY(out.size() <= 2 * buckets);
        for (int b = 0; b < buckets; ++b) {
            bool foundLo = false, foundHi = false;
            for (const QPointF &p : out) {
                if (bucketOf(p.x()) != b)
                    continue;
                foundLo = foundLo || p.y() == lo[std::size_t(b)];
                foundHi = foundHi || p.y() == hi[std::size_t(b)];
            }
            QVERIFY2(foundLo && foundHi, qPrintable(QStringLiteral("bucket %1").arg(b)));
            QCOMPARE(countPerBucket[std::size_t(b)], 2);
        }
        for (qsizetype i = 1; i < out.size(); ++i)
            QVERIFY(out[i].x() > out[i - 1].x());
        // Every output point is a real sample.
        for (const QPointF &p : out) {
            const std::size_t i = SeriesDecimator::lowerBound(x.data(), n, p.x());
            QVERIFY(i < n);
            QCOMPARE(x[i], p.x());
            QCOMPARE(y[i], p.y());
        }
    }

    void interdoseSwingStaysVisible()
    {
        std::vector<double> x, y;
        interdose(x, y, 730); // two years hourly: 17,521 samples
        const int width = 400; // pixels
        QList<QPointF> out;
        SeriesDecimator(0.0, 730.0, width).decimate(x.data(), y.data(), x.size(), out);
        QVERIFY(out.size() <= 2 * width);
        QVERIFY(out.size() >= width);
        // Within each bucket (~1.8 days) the samples swing by ±30 %: the envelope survives.
        for (int b = 0; b < width; b += 37) {
            double dMin = 1e9, dMax = -1e9, oMin = 1e9, oMax = -1e9;
            for (std::size_t i = 0; i < x.size(); ++i)
                if (std::min(width - 1, int(x[i] * (double(width) / 730.0))) == b) {
                    dMin = std::min(dMin, y[i]);
                    dMax = std::max(dMax, y[i]);
                }
            for (const QPointF &p : out)
                if (std::min(width - 1, int(p.x() * (double(width) / 730.0))) == b) {
                    oMin = std::min(oMin, p.y());
                    oMax = std::max(oMax, p.y());
                }
            QCOMPARE(oMin, dMin);
            QCOMPARE(oMax, dMax);
            QVERIFY(oMax - oMin > 0.4 * oMin);
        }
        // Plain every-k-th-sample thinning at the same count would miss the extremes; this does not.
        double globalMax = -1e9;
        for (double v : y)
            globalMax = std::max(globalMax, v);
        double outMax = -1e9;
        for (const QPointF &p : out)
            outMax = std::max(outMax, p.y());
        QCOMPARE(outMax, globalMax);
    }

    void visibleRangeAndNeighbours()
    {
        std::vector<double> x, y;
        interdose(x, y, 100);
        // Zoomed to days 10..20 at 300 px: 240 samples <= 600, so copied as they are, plus one
        // neighbour on each side so the line reaches the plot edges.
        QList<QPointF> out;
        SeriesDecimator(10.0, 20.0, 300).decimate(x.data(), y.data(), x.size(), out);
        QCOMPARE(out.size(), qsizetype(241 + 2));
        QCOMPARE(out.first().x(), 10.0 - 1.0 / 24.0);
        QCOMPARE(out.last().x(), 20.0 + 1.0 / 24.0);

        // Zoomed to days 10..90 at 100 px: decimated, neighbours kept.
        out.clear();
        SeriesDecimator(10.0, 90.0, 100).decimate(x.data(), y.data(), x.size(), out);
        QVERIFY(out.size() <= 2 * 100 + 2);
        QVERIFY(out.first().x() < 10.0);
        QVERIFY(out.last().x() > 90.0);
        int inside = 0;
        for (const QPointF &p : out)
            inside += p.x() >= 10.0 && p.x() <= 90.0;
        QCOMPARE(inside, int(out.size()) - 2);
    }

    void stepLineUnchanged()
    {
        // A prescribed-dose step line: few points, vertical risers at equal x.
        const std::vector<double> x {0, 14, 14, 28, 28, 42, 42, 100};
        const std::vector<double> y {30, 30, 27, 27, 24, 24, 0, 0};
        QList<QPointF> out;
        SeriesDecimator(0.0, 100.0, 500).decimate(x.data(), y.data(), x.size(), out);
        QCOMPARE(out.size(), qsizetype(x.size()));
        for (std::size_t i = 0; i < x.size(); ++i)
            QCOMPARE(out[qsizetype(i)], QPointF(x[i], y[i]));
    }

    void skipsNanAndEmpty()
    {
        QList<QPointF> out;
        SeriesDecimator(0.0, 1.0, 10).decimate(nullptr, nullptr, 0, out);
        QVERIFY(out.isEmpty());

        std::vector<double> x(1000), y(1000);
        for (std::size_t i = 0; i < x.size(); ++i) {
            x[i] = double(i);
            y[i] = (i % 3 == 0) ? std::numeric_limits<double>::quiet_NaN() : double(i % 7);
        }
        SeriesDecimator(0.0, 999.0, 20).decimate(x.data(), y.data(), x.size(), out);
        QVERIFY(!out.isEmpty());
        for (const QPointF &p : out)
            QVERIFY(!std::isnan(p.y()));
        QCOMPARE(out.size(), qsizetype(40)); // every bucket has distinct min and max
    }

    void mergesExtremesCloserThanAPixel()
    {
        // A slowly falling curve: within each bucket max - min is tiny. With a y resolution of
        // a pixel each bucket keeps one point; without it, two.
        std::vector<double> x(5000), y(5000);
        for (std::size_t i = 0; i < x.size(); ++i) {
            x[i] = double(i);
            y[i] = 1.0 - double(i) / 5000.0;
        }
        QList<QPointF> exact, merged;
        SeriesDecimator(0.0, 4999.0, 100).decimate(x.data(), y.data(), x.size(), exact);
        SeriesDecimator(0.0, 4999.0, 100, 0.02).decimate(x.data(), y.data(), x.size(), merged);
        QCOMPARE(exact.size(), qsizetype(200));
        QCOMPARE(merged.size(), qsizetype(100));
        // A swing larger than the resolution is still kept as min and max.
        y[2500] = 5.0;
        merged.clear();
        SeriesDecimator(0.0, 4999.0, 100, 0.02).decimate(x.data(), y.data(), x.size(), merged);
        QCOMPARE(merged.size(), qsizetype(101));
        bool peak = false;
        for (const QPointF &p : merged)
            peak = peak || p == QPointF(2500.0, 5.0);
        QVERIFY(peak);
    }

    void appendsToExistingOutput()
    {
        std::vector<double> x {0, 1, 2}, y {1, 2, 3};
        QList<QPointF> out {QPointF(-5, -5)};
        SeriesDecimator(0.0, 2.0, 10).decimate(x.data(), y.data(), x.size(), out);
        QCOMPARE(out.size(), qsizetype(4));
        QCOMPARE(out.first(), QPointF(-5, -5));
    }
};

QTEST_GUILESS_MAIN(TestDecimator)
#include "tst_decimator.moc"
