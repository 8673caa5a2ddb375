// Two Lento processes writing one file: no save is ever lost, and a save made from a version that
// is no longer the newest is refused with a message naming the newer version.
#include "storetesthelpers.h"

#include "store.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>

using namespace lento;
using namespace lento::store;

namespace {

const char *const kSaveOnceChild = "--save-once-child";
const char *const kEditorChild = "--editor-child";

int openStore(Store &store, const QString &path)
{
    OpenOptions options;
    options.clinician = QStringLiteral("child %1").arg(QCoreApplication::applicationPid());
    const auto opened = store.open(path, options);
    if (!opened) {
        std::printf("error %s\n", qPrintable(opened.error().text()));
        return 2;
    }
    return 0;
}

// Child: one save of `planId` made from version `parent`; prints "saved ID" or "conflict".
int runSaveOnce(const QString &path, RecordId planId, RecordId parent)
{
    Store store;
    if (const int failed = openStore(store, path))
        return failed;
    const auto saved = store.saveVersion(planId, storetest::planDocument(QStringLiteral("Once"), 3), QString(), parent);
    if (saved)
        std::printf("saved %lld\n", static_cast<long long>(saved->id));
    else if (saved.isConflict())
        std::printf("conflict %s\n", qPrintable(saved.error().message));
    else
        std::printf("error %s\n", qPrintable(saved.error().text()));
    return 0;
}

// Child: an editor that loads the newest version, "edits" for a moment and saves; on a conflict it
// reloads and tries again, as the UI offers. Prints every saved id.
int runEditor(const QString &path, RecordId planId, int saves)
{
    Store store;
    if (const int failed = openStore(store, path))
        return failed;
    QRandomGenerator rng(quint32(QCoreApplication::applicationPid()));
    int done = 0;
    while (done < saves) {
        const RecordId head = store.plan(planId)->headVersionId;
        QThread::usleep(rng.bounded(0, 2000));
        const auto saved = store.saveVersion(
            planId, storetest::planDocument(QStringLiteral("Edit"), 1 + done % 30), QString(), head);
        if (saved) {
            std::printf("saved %lld\n", static_cast<long long>(saved->id));
            ++done;
        } else if (saved.isConflict()) {
            std::printf("conflict\n");
        } else {
            std::printf("error %s\n", qPrintable(saved.error().text()));
            return 2;
        }
        std::fflush(stdout);
    }
    return 0;
}

} // namespace

class TestStoreConcurrency : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    // A store holding one plan with one version; returns {path, planId, versionId}.
    std::tuple<QString, RecordId, RecordId> makeStore()
    {
        const QString path = m_dir.filePath(QStringLiteral("shared-%1.sqlite").arg(++m_counter));
        Store store;
        store.open(path);
        const auto p = store.addPatient(storetest::patient(QStringLiteral("S"), QStringLiteral("Shared")));
        const auto v1 = store.createPlan(p->id, storetest::planDocument(QStringLiteral("Start"), 10), QString());
        return {path, v1->planId, v1->id};
    }

    static QStringList linesStartingWith(const QStringList &lines, const QString &prefix)
    {
        QStringList out;
        for (const QString &line : lines) {
            if (line.startsWith(prefix))
                out.append(line);
        }
        return out;
    }

    static QStringList run(QProcess &child)
    {
        child.waitForFinished(60000);
        return QString::fromUtf8(child.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

private Q_SLOTS:
    void staleSaveFromAnotherProcessRefused()
    {
        const auto [path, planId, v1] = makeStore();
        Store mine;
        STORE_VERIFY(mine.open(path));
        const RecordId edited = mine.plan(planId)->headVersionId; // I open the plan ...

        QProcess other; // ... someone else saves it
        other.start(QCoreApplication::applicationFilePath(),
            {QString::fromLatin1(kSaveOnceChild), path, QString::number(planId), QString::number(edited)});
        const QStringList out = run(other);
        QCOMPARE(out.size(), 1);
        QVERIFY2(out.first().startsWith(QStringLiteral("saved ")), qPrintable(out.first()));
        const RecordId theirs = out.first().mid(6).toLongLong();

        const auto stale
            = mine.saveVersion(planId, storetest::planDocument(QStringLiteral("Mine"), 7), QString(), edited);
        QVERIFY(!stale.ok());
        QVERIFY(stale.isConflict());
        QVERIFY2(stale.error().message.contains(QString::number(theirs)), qPrintable(stale.error().message));
        QCOMPARE(mine.versions(planId)->size(), 2);
        QCOMPARE(mine.plan(planId)->headVersionId, theirs);
        // Reloading and saving again works.
        STORE_VERIFY(mine.saveVersion(planId, storetest::planDocument(QStringLiteral("Mine"), 7), QString(), theirs));
    }

    void simultaneousSavesFromOneVersion()
    {
        for (int round = 0; round < 5; ++round) {
            const auto [path, planId, v1] = makeStore();
            QProcess a;
            QProcess b;
            const QStringList args {
                QString::fromLatin1(kSaveOnceChild), path, QString::number(planId), QString::number(v1)};
            a.start(QCoreApplication::applicationFilePath(), args);
            b.start(QCoreApplication::applicationFilePath(), args);
            const QStringList outs = run(a) + run(b);
            QCOMPARE(outs.size(), 2);
            QCOMPARE(linesStartingWith(outs, QStringLiteral("saved ")).size(), 1);
            QCOMPARE(linesStartingWith(outs, QStringLiteral("conflict ")).size(), 1);
            Store store;
            STORE_VERIFY(store.open(path));
            QCOMPARE(store.versions(planId)->size(), 2);
        }
    }

    void twoEditorsLoseNothing()
    {
        const auto [path, planId, v1] = makeStore();
        constexpr int kSaves = 30;
        QProcess a;
        QProcess b;
        const QStringList args {
            QString::fromLatin1(kEditorChild), path, QString::number(planId), QString::number(kSaves)};
        a.start(QCoreApplication::applicationFilePath(), args);
        b.start(QCoreApplication::applicationFilePath(), args);
        const QStringList outs = run(a) + run(b);
        QCOMPARE(a.exitCode(), 0);
        QCOMPARE(b.exitCode(), 0);
        QVERIFY2(linesStartingWith(outs, QStringLiteral("error")).isEmpty(), qPrintable(outs.join(QLatin1Char('\n'))));
        const QStringList saved = linesStartingWith(outs, QStringLiteral("saved "));
        QCOMPARE(saved.size(), 2 * kSaves);

        Store store;
        STORE_VERIFY(store.open(path));
        const auto versions = store.versions(planId);
        QCOMPARE(versions->size(), 1 + 2 * kSaves);
        QSet<RecordId> ids;
        RecordId previous = 0;
        for (const PlanVersion &v : *versions) {
            ids.insert(v.id);
            QCOMPARE(v.parentVersionId, previous);
            previous = v.id;
        }
        for (const QString &line : saved)
            QVERIFY(ids.contains(line.mid(6).toLongLong()));
        QVERIFY(store.check()->isEmpty());
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 5 && qstrcmp(argv[1], kSaveOnceChild) == 0)
        return runSaveOnce(
            QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toLongLong(), QByteArray(argv[4]).toLongLong());
    if (argc == 5 && qstrcmp(argv[1], kEditorChild) == 0)
        return runEditor(
            QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toLongLong(), QByteArray(argv[4]).toInt());
    TestStoreConcurrency test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_storeconcurrency.moc"
