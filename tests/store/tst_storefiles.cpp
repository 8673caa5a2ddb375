// The store file itself: migrations from an empty file and from every earlier schema (fixtures in
// tests/data/store), and the files it must not touch: newer schema, damaged, read-only, not a
// Lento store, and a full disk (simulated in a child process with RLIMIT_FSIZE).
#include "storetesthelpers.h"

#include "schemamigrator.h"
#include "sqliteconnection.h"
#include "store.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <sys/resource.h>

using namespace lento;
using namespace lento::store;

namespace {

const char *const kFullDiskChild = "--full-disk-child";

// Child: opens the store, limits the size of any file it may write to `limit` bytes, then tries
// to import a patient far larger than that. Prints the error kind and message.
int runFullDiskChild(const QString &path, qint64 limit)
{
    Store store;
    const auto opened = store.open(path);
    if (!opened) {
        std::printf("open failed: %s\n", qPrintable(opened.error().text()));
        return 3;
    }
    QJsonArray visits;
    for (int i = 0; i < 400; ++i) {
        visits.append(QJsonObject {{QStringLiteral("date"), QStringLiteral("2026-01-01")},
            {QStringLiteral("decision"), QStringLiteral("continue")},
            {QStringLiteral("notes"), QString(20000, QLatin1Char('x'))}});
    }
    const QJsonObject doc {{QStringLiteral("format"), QStringLiteral("lento-patient/1")},
        {QStringLiteral("patient"),
            QJsonObject {{QStringLiteral("identifier"), QStringLiteral("BIG")},
                {QStringLiteral("name"), QStringLiteral("Big")}}},
        {QStringLiteral("visits"), visits}};
    std::signal(SIGXFSZ, SIG_IGN);
    const rlimit rl {rlim_t(limit), rlim_t(limit)};
    setrlimit(RLIMIT_FSIZE, &rl);
    const auto imported = store.importPatient(QJsonDocument(doc).toJson());
    if (imported) {
        std::printf("imported\n");
        return 1;
    }
    std::printf("%d %s\n", int(imported.kind()), qPrintable(imported.error().text()));
    return 0;
}

} // namespace

class TestStoreFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("files-%1.sqlite").arg(++m_counter)); }

    // A closed store with a few patients and a plan.
    QString populated()
    {
        const QString path = freshPath();
        Store store;
        if (!store.open(path))
            return {};
        for (int i = 0; i < 40; ++i) {
            PatientRecord p = storetest::patient(QStringLiteral("ID-%1").arg(i), QStringLiteral("Patient %1").arg(i));
            p.notes = QString(300, QLatin1Char('n'));
            const auto added = store.addPatient(p);
            if (added && i == 0)
                store.createPlan(added->id, storetest::planDocument(QStringLiteral("T"), 10), QString());
        }
        return path;
    }

private Q_SLOTS:
    void migratesEmptyFile()
    {
        const QString path = freshPath();
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        Store store;
        const auto info = store.open(path);
        STORE_VERIFY(info);
        QVERIFY(!info->created);
        QCOMPARE(info->fileSchemaVersion, 0);
        QCOMPARE(info->schemaVersion, Store::latestSchemaVersion());
        QStringList all;
        for (const auto &m : SchemaMigrator::available())
            all.append(m.name);
        QCOMPARE(info->migrationsApplied, all);
        QVERIFY(info->migrationBackup.isEmpty());
        store.close();
        QCOMPARE(
            storetest::rawScalar(path, QStringLiteral("SELECT COUNT(*) FROM schema_migrations")).toInt(), all.size());
    }

    void migratesEveryEarlierSchema_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("version");
        const QDir dir(QStringLiteral(LENTO_TEST_DATA "/store"));
        const QStringList fixtures = dir.entryList({QStringLiteral("schema-*.sqlite")}, QDir::Files, QDir::Name);
        QVERIFY(!fixtures.isEmpty());
        for (const QString &name : fixtures) {
            const int version = name.mid(7).chopped(7).toInt();
            QTest::newRow(qPrintable(name)) << dir.filePath(name) << version;
        }
        // Every version before the newest has its fixture.
        for (int v = 1; v < Store::latestSchemaVersion(); ++v)
            QVERIFY2(fixtures.contains(QStringLiteral("schema-%1.sqlite").arg(v)), "a schema fixture is missing");
    }

    void migratesEveryEarlierSchema()
    {
        QFETCH(QString, fixture);
        QFETCH(int, version);
        const QString path = freshPath();
        QVERIFY(QFile::copy(fixture, path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QByteArray before = storetest::fileHash(path);

        Store store;
        const auto info = store.open(path);
        STORE_VERIFY(info);
        QCOMPARE(info->fileSchemaVersion, version);
        QCOMPARE(info->schemaVersion, Store::latestSchemaVersion());
        QCOMPARE(info->migrationsApplied.size(), Store::latestSchemaVersion() - version);
        // The copy taken before migrating is the untouched original, private to the user.
        QVERIFY(QFileInfo::exists(info->migrationBackup));
        QCOMPARE(storetest::unixMode(info->migrationBackup), 0600);
        QCOMPARE(
            storetest::rawScalar(info->migrationBackup, QStringLiteral("SELECT MAX(version) FROM schema_migrations"))
                .toInt(),
            version);
        QVERIFY(before != storetest::fileHash(path) || version == Store::latestSchemaVersion());

        // The data came through, and the new search key works with full case folding.
        const auto elodie = store.searchPatients(QStringLiteral("ÉLO"));
        STORE_VERIFY(elodie);
        QCOMPARE(elodie->size(), 1);
        QCOMPARE(elodie->first().identifier, QStringLiteral("MRN-0001"));
        QCOMPARE(store.searchPatients(QStringLiteral("王"))->size(), 1);
        const auto history = store.history(elodie->first().id);
        STORE_VERIFY(history);
        QCOMPARE(history->patient.name, QStringLiteral("Élodie Durand"));
        QCOMPARE(history->patient.risks.alcohol, AlcoholUse::Moderate);
        QCOMPARE(history->medications.size(), 1);
        // The typed regimen became doses: "1 mg at 08:00 and 22:00" is two doses, not one.
        const MedicationRecord alprazolam = history->medications.first();
        QCOMPARE(alprazolam.doses.size(), 2);
        QCOMPARE(alprazolam.doses[0].minuteOfDay, 8 * 60);
        QCOMPARE(alprazolam.doses[1].minuteOfDay, 22 * 60);
        QCOMPARE(alprazolam.doses[1].mg.value(), 1.0);
        QVERIFY(!alprazolam.needsReview);
        QCOMPARE(alprazolam.regimen, QStringLiteral("1 mg at 08:00 and 22:00"));
        if (version >= 2) {
            // What cannot be read is kept as typed and marked for review, not dropped or guessed.
            const auto meds = store.medications(store.patientByIdentifier(QStringLiteral("MRN-0002"))->id);
            STORE_VERIFY(meds);
            QCOMPARE(meds->size(), 1);
            QVERIFY(meds->first().needsReview);
            QVERIFY(meds->first().doses.isEmpty());
            QCOMPARE(meds->first().regimen, QStringLiteral("5 mg twice daily"));
        }
        QCOMPARE(history->versions.size(), 2);
        QCOMPARE(history->visits.size(), 1);
        QCOMPARE(history->visits.first().ciwaB->size(), 20);
        QCOMPARE(history->visits.first().actualDoses.size(), 1);
        const auto plan = history->plans.first();
        const auto saved = store.saveVersion(plan.id, storetest::planDocument(QStringLiteral("Third"), 0.5),
            QStringLiteral("after upgrade"), plan.headVersionId);
        STORE_VERIFY(saved);
        QCOMPARE(saved->number, 3);
        QVERIFY(store.check()->isEmpty());
        store.close();

        Store again;
        const auto reopened = again.open(path);
        STORE_VERIFY(reopened);
        QVERIFY(reopened->migrationsApplied.isEmpty());
        QVERIFY(reopened->migrationBackup.isEmpty());
    }

    void newerSchemaOpensReadOnlyUntouched()
    {
        const QString path = populated();
        QVERIFY(storetest::rawExec(path,
            {QStringLiteral("INSERT INTO schema_migrations VALUES (999, '0999_future', "
                            "'2030-01-01T00:00:00.000Z', '9.0')")}));
        const QByteArray before = storetest::fileHash(path);
        {
            Store store;
            const auto info = store.open(path);
            STORE_VERIFY(info);
            QVERIFY(info->readOnly);
            QVERIFY(info->readOnlyReason.contains(QStringLiteral("newer version of Lento")));
            QCOMPARE(info->fileSchemaVersion, 999);
            QCOMPARE(store.searchPatients(QStringLiteral("patient 1"))->size(), 11);
            const auto refused = store.addPatient(storetest::patient(QStringLiteral("N"), QStringLiteral("New")));
            QCOMPARE(refused.kind(), ErrorKind::ReadOnly);
            QCOMPARE(refused.error().message, info->readOnlyReason);
        }
        QCOMPARE(storetest::fileHash(path), before);
    }

    void damagedFileRefusedUntouched()
    {
        const QString path = populated();
        {
            // Scribble over a b-tree page in the middle of the file.
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.size() > 5 * 4096);
            f.seek(4 * 4096);
            QByteArray junk(4096, '\0');
            QRandomGenerator rng(42);
            for (char &c : junk)
                c = char(rng.bounded(256));
            f.write(junk);
        }
        const QByteArray before = storetest::fileHash(path);
        Store store;
        const auto info = store.open(path);
        QVERIFY(!info.ok());
        QCOMPARE(info.kind(), ErrorKind::Corrupt);
        QVERIFY2(info.error().message.contains(QStringLiteral("damaged")), qPrintable(info.error().message));
        QVERIFY(info.error().message.contains(QStringLiteral("not modified")));
        QVERIFY(!store.isOpen());
        QCOMPARE(storetest::fileHash(path), before);
    }

    // Past 32 MB only the patient list's tables are checked on open; the rest of the file is checked
    // before the first write, which a damaged plan table must refuse without touching the file.
    void damagedLargeFileNeverWritten()
    {
        const QString path = populated();
        QVERIFY(storetest::rawExec(path,
            {QStringLiteral("INSERT INTO audit_log (at, who, table_name, record_id, action, "
                            "changes) VALUES ('2026-01-01T00:00:00.000Z', 'test', 'padding', "
                            "0, 'insert', printf('%.*c', 34000000, 'x'))")}));
        QVERIFY(QFileInfo(path).size() > 32 * 1024 * 1024);
        const int page = storetest::rawScalar(path,
            QStringLiteral("SELECT pageno FROM dbstat WHERE name = "
                           "'plan_versions' AND pagetype = 'leaf'"))
                             .toInt();
        if (page <= 1)
            QSKIP("this SQLite has no dbstat table to find a plan_versions page");
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(qint64(page - 1) * 4096);
            f.write(QByteArray(4096, '\x7f'));
        }
        const QByteArray before = storetest::fileHash(path);
        {
            Store store;
            const auto info = store.open(path);
            STORE_VERIFY(info);
            QVERIFY(!info->wholeFileChecked);
            QCOMPARE(store.searchPatients(QString())->size(), 40);
            const auto refused = store.addPatient(storetest::patient(QStringLiteral("N"), QStringLiteral("New")));
            QCOMPARE(refused.kind(), ErrorKind::Corrupt);
            QVERIFY(refused.error().message.contains(QStringLiteral("damaged")));
            QCOMPARE(store.addPatient(storetest::patient(QStringLiteral("N"), QStringLiteral("New"))).kind(),
                ErrorKind::Corrupt);
        }
        QCOMPARE(storetest::fileHash(path), before);
    }

    void notADatabaseRefusedUntouched()
    {
        const QString path = freshPath();
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("Name,Date of birth\nAnn,1970-01-01\n").repeated(200));
        }
        const QByteArray before = storetest::fileHash(path);
        Store store;
        const auto info = store.open(path);
        QVERIFY(!info.ok());
        QCOMPARE(info.kind(), ErrorKind::Corrupt);
        QCOMPARE(storetest::fileHash(path), before);
    }

    void foreignDatabaseRefusedUntouched()
    {
        const QString path = freshPath();
        QVERIFY(storetest::rawExec(path,
            {QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)"),
                QStringLiteral("INSERT INTO invoices VALUES (1, 9.5)")}));
        const QByteArray before = storetest::fileHash(path);
        Store store;
        const auto info = store.open(path);
        QVERIFY(!info.ok());
        QVERIFY(info.error().message.contains(QStringLiteral("not a Lento patient store")));
        QCOMPARE(storetest::fileHash(path), before);
    }

    void readOnlyFileOpensReadOnlyUntouched()
    {
        const QString path = populated();
        const QByteArray before = storetest::fileHash(path);
        QFile::setPermissions(path, QFileDevice::ReadOwner);
        const bool root = QFileInfo(path).isWritable(); // permissions do not bind root
        bool immutable = false;
        if (root) {
            immutable = QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), path}) == 0;
            if (!immutable || QFileInfo(path).isWritable()) {
                QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
                QSKIP("running as root without a way to make a file read-only");
            }
        }
        {
            Store store;
            const auto info = store.open(path);
            STORE_VERIFY(info);
            QVERIFY(info->readOnly);
            QVERIFY(info->readOnlyReason.contains(QStringLiteral("cannot be written")));
            QCOMPARE(store.searchPatients(QString())->size(), 40);
            QCOMPARE(store.addPatient(storetest::patient(QStringLiteral("N"), QStringLiteral("New"))).kind(),
                ErrorKind::ReadOnly);
        }
        if (immutable)
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), path});
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(storetest::fileHash(path), before);
    }

    void fullDiskSavesNothing()
    {
        const QString path = populated();
        const QByteArray before = storetest::fileHash(path);
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
            {QString::fromLatin1(kFullDiskChild), path, QString::number(512 * 1024)});
        QVERIFY(child.waitForFinished(60000));
        const QString output = QString::fromUtf8(child.readAllStandardOutput()).trimmed();
        QVERIFY2(child.exitCode() == 0, qPrintable(output));
        const int kind = output.section(QLatin1Char(' '), 0, 0).toInt();
        QVERIFY2(kind == int(ErrorKind::DiskFull) || kind == int(ErrorKind::Io), qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("nothing was changed")), qPrintable(output));
        QCOMPARE(storetest::fileHash(path), before);
        Store store;
        STORE_VERIFY(store.open(path));
        QVERIFY(store.check()->isEmpty());
        QVERIFY(store.patientByIdentifier(QStringLiteral("BIG")).kind() == ErrorKind::NotFound);
    }

    void networkFileSystemsAvoidWal()
    {
        QVERIFY(SqliteConnection::isNetworkFileSystem("nfs4"));
        QVERIFY(SqliteConnection::isNetworkFileSystem("cifs"));
        QVERIFY(SqliteConnection::isNetworkFileSystem("fuse.sshfs"));
        QVERIFY(!SqliteConnection::isNetworkFileSystem("ext4"));
        QVERIFY(!SqliteConnection::isNetworkFileSystem("btrfs"));
        QVERIFY(!SqliteConnection::isNetworkFileSystem("tmpfs"));
    }
};

int main(int argc, char **argv)
{
    if (argc == 4 && qstrcmp(argv[1], kFullDiskChild) == 0) {
        QCoreApplication app(argc, argv);
        return runFullDiskChild(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toLongLong());
    }
    QCoreApplication app(argc, argv);
    TestStoreFiles test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_storefiles.moc"
