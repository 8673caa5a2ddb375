// The model against the committed conformance vectors (tests/data/conformance): plans whose
// expected output was computed by a stiff ODE solver at tight tolerance. Tolerances: docs/model.md §8.
#include "catalogue.h"
#include "modelinput.h"
#include "plandocument.h"
#include "simulator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace lento;

class TestConformance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesStiffSolver_data()
    {
        QTest::addColumn<QString>("name");
        const QDir dir(QStringLiteral(LENTO_TEST_DATA "/conformance"));
        const QStringList plans = dir.entryList({QStringLiteral("*.plan.json")}, QDir::Files, QDir::Name);
        QVERIFY(plans.size() >= 2);
        for (const QString &p : plans) {
            const QString name = p.chopped(QStringLiteral(".plan.json").size());
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
        }
    }

    void matchesStiffSolver()
    {
        QFETCH(QString, name);
        auto read = [](const QString &path) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                qFatal("cannot read %s", qPrintable(path));
            return f.readAll();
        };
        const Expected<Plan> plan = PlanDocument::parse(read(name + QStringLiteral(".plan.json")));
        QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().text()));
        const Expected<Catalogue> catalogue = Catalogue::builtIn();
        QVERIFY(catalogue.ok());
        const Expected<ModelInput> input = resolve(*plan, *catalogue);
        QVERIFY2(input.ok(), input.ok() ? "" : qPrintable(input.error().text()));
        const QList<QByteArray> args = read(name + QStringLiteral(".args")).simplified().split(' ');
        QCOMPARE(args.size(), 2);
        SimulationOptions o;
        o.days = args[0].toInt();
        o.stepMinutes = args[1].toInt();
        const Expected<SimulationResult> r = simulate(*input, o);
        QVERIFY(r.ok());

        const QJsonObject expected = QJsonDocument::fromJson(read(name + QStringLiteral(".expected.json"))).object();
        const QJsonArray t = expected.value(QStringLiteral("t_h")).toArray();
        QCOMPARE(r->tH.size(), size_t(t.size()));
        for (qsizetype i = 0; i < t.size(); ++i)
            QCOMPARE(r->tH[size_t(i)], t[i].toDouble());

        auto checkRel = [&](const Series &got, const QJsonArray &want, const char *what) {
            QCOMPARE(got.size(), size_t(want.size()));
            for (qsizetype i = 0; i < want.size(); ++i) {
                const double w = want[i].toDouble(), g = got[size_t(i)];
                if (std::abs(g - w) > std::max(1e-6 * std::abs(w), 1e-9))
                    QFAIL(qPrintable(QStringLiteral("%1 at t = %2 h: %3, expected %4")
                                         .arg(QLatin1String(what))
                                         .arg(t[i].toDouble())
                                         .arg(g, 0, 'g', 12)
                                         .arg(w, 0, 'g', 12)));
            }
        };
        auto checkAbs = [&](const Series &got, const QJsonArray &want, const char *what) {
            QCOMPARE(got.size(), size_t(want.size()));
            for (qsizetype i = 0; i < want.size(); ++i) {
                const double w = want[i].toDouble(), g = got[size_t(i)];
                if (std::abs(g - w) > 1e-6)
                    QFAIL(qPrintable(QStringLiteral("%1 at t = %2 h: %3, expected %4")
                                         .arg(QLatin1String(what))
                                         .arg(t[i].toDouble())
                                         .arg(g, 0, 'g', 12)
                                         .arg(w, 0, 'g', 12)));
            }
        };
        checkRel(r->level, expected.value(QStringLiteral("level_mg_deq")).toArray(), "level_mg_deq");
        checkAbs(r->effect, expected.value(QStringLiteral("effect")).toArray(), "effect");
        checkAbs(r->adaptation, expected.value(QStringLiteral("adaptation")).toArray(), "adaptation");
        checkAbs(r->withdrawal, expected.value(QStringLiteral("withdrawal")).toArray(), "withdrawal");
        checkAbs(r->withdrawalShown, expected.value(QStringLiteral("withdrawal_shown")).toArray(), "withdrawal_shown");
        const QJsonObject drugs = expected.value(QStringLiteral("drugs")).toObject();
        QCOMPARE(r->drugs.size(), size_t(drugs.size()));
        for (const DrugSeries &d : r->drugs) {
            QVERIFY2(drugs.contains(d.id), qPrintable(d.id));
            const QJsonObject e = drugs.value(d.id).toObject();
            checkRel(d.concNgMl, e.value(QStringLiteral("conc_ng_ml")).toArray(), "conc_ng_ml");
            checkRel(d.metaboliteNgMl, e.value(QStringLiteral("metabolite_ng_ml")).toArray(), "metabolite_ng_ml");
        }
    }
};

QTEST_GUILESS_MAIN(TestConformance)
#include "tst_conformance.moc"
