// Crash safety: a child process saves plan versions in a loop and prints each id once its
// transaction has committed; the test kills it with SIGKILL at random moments, many times. After
// every kill the file must pass the integrity check and hold every id that was printed.
#include "storetesthelpers.h"

#include "store.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>

using namespace lento;
using namespace lento::store;

namespace {

const char *const kSaveLoopChild = "--save-loop-child";
constexpr int kRounds = 25;

// Child: saves new versions of `planId` until killed, printing each committed version id.
int runSaveLoop(const QString &path, RecordId planId)
{
    Store store;
    OpenOptions options;
    options.clinician = QStringLiteral("crash child");
    const auto opened = store.open(path, options);
    if (!opened) {
        std::printf("error %s\n", qPrintable(opened.error().text()));
        return 2;
    }
    RecordId head = store.plan(planId)->headVersionId;
    for (int i = 0;; ++i) {
        const auto saved
            = store.saveVersion(planId, storetest::planDocument(QStringLiteral("Loop %1").arg(i), 1 + i % 50),
                QStringLiteral("save %1").arg(i), head);
        if (!saved) {
            std::printf("error %s\n", qPrintable(saved.error().text()));
            return 2;
        }
        head = saved->id;
        std::printf("%lld\n", static_cast<long long>(head));
        std::fflush(stdout);
    }
}

} // namespace

class TestStoreCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWriterLosesNothingCommitted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
        RecordId planId = 0;
        {
            Store store;
            STORE_VERIFY(store.open(path));
            const auto p = store.addPatient(storetest::patient(QStringLiteral("C1"), QStringLiteral("Crash Test")));
            STORE_VERIFY(p);
            const auto v1 = store.createPlan(p->id, storetest::planDocument(QStringLiteral("Start"), 10), QString());
            STORE_VERIFY(v1);
            planId = v1->planId;
        }

        QRandomGenerator rng(20261126);
        QSet<RecordId> printed;
        for (int round = 0; round < kRounds; ++round) {
            QProcess child;
            child.start(QCoreApplication::applicationFilePath(),
                {QString::fromLatin1(kSaveLoopChild), path, QString::number(planId)});
            QVERIFY(child.waitForStarted(10000));
            QVERIFY2(child.waitForReadyRead(20000), "the child saved nothing");
            QThread::msleep(rng.bounded(5, 120));
            child.kill(); // SIGKILL
            QVERIFY(child.waitForFinished(10000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);

            const QByteArray out = child.readAllStandardOutput();
            QVERIFY2(!out.contains("error"), out.constData());
            // Only whole lines count: a kill in the middle of printing leaves a partial number.
            const QList<QByteArray> lines = out.left(out.lastIndexOf('\n') + 1).split('\n');
            for (const QByteArray &line : lines) {
                if (!line.isEmpty())
                    printed.insert(line.toLongLong());
            }

            Store store;
            const auto info = store.open(path);
            STORE_VERIFY(info);
            const auto problems = store.check();
            STORE_VERIFY(problems);
            QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
            const auto versions = store.versions(planId);
            STORE_VERIFY(versions);
            QSet<RecordId> stored;
            RecordId previous = 0;
            for (const PlanVersion &v : *versions) {
                stored.insert(v.id);
                QCOMPARE(v.parentVersionId, previous); // one unbroken chain
                previous = v.id;
            }
            for (RecordId id : printed)
                QVERIFY2(stored.contains(id), qPrintable(QStringLiteral("committed version %1 is missing").arg(id)));
            QCOMPARE(store.plan(planId)->headVersionId, previous);
            QCOMPARE(store.plan(planId)->versionCount, int(versions->size()));
        }
        QVERIFY(printed.size() >= kRounds);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], kSaveLoopChild) == 0)
        return runSaveLoop(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toLongLong());
    TestStoreCrash test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_storecrash.moc"
