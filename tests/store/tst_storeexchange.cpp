// Moving data in and out of the store: one patient's JSON export and import (validated first,
// written in one transaction), visits as CSV, backups (0600, checked, rotating) and restore.
#include "storetesthelpers.h"

#include "store.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace lento;
using namespace lento::store;

class TestStoreExchange : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("x-%1.sqlite").arg(++m_counter)); }

    // A patient with a medication, two plans (one archived, one with three versions) and visits.
    RecordId fill(Store &store, const QString &identifier)
    {
        PatientRecord p = storetest::patient(identifier, QStringLiteral("李华 \"Lee\" <Hua>"));
        p.dateOfBirth = QDate(1980, 2, 29);
        p.weight = Kilograms(70);
        p.risks.seizureHistory = true;
        p.risks.alcohol = AlcoholUse::Moderate;
        const auto added = store.addPatient(p);
        MedicationRecord m;
        m.patientId = added->id;
        m.drug = QStringLiteral("lorazepam");
        m.regimen = QStringLiteral("1 mg, twice a day");
        store.addMedication(m);
        const auto v1
            = store.createPlan(added->id, storetest::planDocument(QStringLiteral("Plan A"), 10), QStringLiteral("a1"));
        const auto v2 = store.saveVersion(
            v1->planId, storetest::planDocument(QStringLiteral("Plan A"), 9), QStringLiteral("a2"), v1->id);
        store.saveVersion(
            v1->planId, storetest::planDocument(QStringLiteral("Plan A"), 8), QStringLiteral("a3"), v2->id);
        store.setPlanStatus(v1->planId, PlanStatus::Active);
        const auto b1
            = store.createPlan(added->id, storetest::planDocument(QStringLiteral("Plan B"), 5), QStringLiteral("b1"));
        store.archivePlan(b1->planId);
        for (int i = 0; i < 3; ++i) {
            VisitRecord v;
            v.patientId = added->id;
            v.planId = v1->planId;
            v.date = QDate(2026, 4, 1 + 14 * i);
            v.ciwaB = QList<int>(20, i);
            if (i == 1)
                v.bwsq = QList<int>(20, 2);
            v.vitals.pulse = 70 + i;
            v.decision = i == 2 ? VisitDecision::Hold : VisitDecision::Continue;
            v.actualDoses
                = {{QStringLiteral("lorazepam"), 9 * 60, Milligrams(0.5), v.date.addDays(-14), v.date.addDays(-1)}};
            v.notes = QStringLiteral("note, with \"quotes\"\nand a second line");
            store.addVisit(v);
        }
        return added->id;
    }

private Q_SLOTS:
    void exportImportRoundTrip()
    {
        Store source;
        STORE_VERIFY(source.open(freshPath()));
        const RecordId id = fill(source, QStringLiteral("EX-1"));
        const auto json = source.exportPatient(id);
        STORE_VERIFY(json);
        const QJsonObject root = QJsonDocument::fromJson(*json).object();
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("lento-patient/1"));
        QCOMPARE(root.value(QStringLiteral("plans")).toArray().size(), 2);
        const QJsonObject firstVersion = root.value(QStringLiteral("plans"))
                                             .toArray()
                                             .at(0)
                                             .toObject()
                                             .value(QStringLiteral("versions"))
                                             .toArray()
                                             .at(0)
                                             .toObject();
        QCOMPARE(firstVersion.value(QStringLiteral("plan")).toObject().value(QStringLiteral("format")).toString(),
            QStringLiteral("lento-plan/1"));

        Store target;
        STORE_VERIFY(target.open(freshPath()));
        const auto imported = target.importPatient(*json);
        STORE_VERIFY(imported);
        const auto a = source.history(id);
        const auto b = target.history(imported->id);
        QCOMPARE(b->patient.name, a->patient.name);
        QCOMPARE(b->patient.dateOfBirth, a->patient.dateOfBirth);
        QCOMPARE(b->patient.risks, a->patient.risks);
        QCOMPARE(b->medications.size(), 1);
        QCOMPARE(b->medications.first().regimen, a->medications.first().regimen);
        QCOMPARE(b->plans.size(), 2);
        QCOMPARE(b->plans.at(0).status, PlanStatus::Active);
        QCOMPARE(b->plans.at(0).versionCount, 3);
        QVERIFY(b->plans.at(1).archived);
        QCOMPARE(b->versions.size(), 4);
        for (qsizetype i = 0; i < 4; ++i) {
            QCOMPARE(b->versions.at(i).comment, a->versions.at(i).comment);
            QCOMPARE(b->versions.at(i).author, a->versions.at(i).author);
            QCOMPARE(b->versions.at(i).savedAt, a->versions.at(i).savedAt);
            QCOMPARE(QJsonDocument::fromJson(target.version(b->versions.at(i).id)->document),
                QJsonDocument::fromJson(source.version(a->versions.at(i).id)->document));
        }
        QCOMPARE(b->visits.size(), 3);
        for (qsizetype i = 0; i < 3; ++i) {
            VisitRecord expected = a->visits.at(i);
            const VisitRecord &got = b->visits.at(i);
            expected.id = got.id;
            expected.patientId = got.patientId;
            expected.planId = got.planId;
            expected.created = got.created;
            expected.modified = got.modified;
            QCOMPARE(got, expected);
            QCOMPARE(got.planId, b->plans.at(0).id);
        }
        // The same identifier cannot come in twice.
        const auto again = target.importPatient(*json);
        QCOMPARE(again.kind(), ErrorKind::Duplicate);
        QCOMPARE(again.error().path, QStringLiteral("patient.identifier"));
    }

    void badImportWritesNothing_data()
    {
        QTest::addColumn<QString>("pointer"); // what to break, as a path into the export
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("format") << QStringLiteral("format") << QJsonValue(QStringLiteral("lento-patient/9"))
                                << QStringLiteral("format");
        QTest::newRow("name") << QStringLiteral("patient/name") << QJsonValue(QString())
                              << QStringLiteral("patient.name");
        QTest::newRow("dob") << QStringLiteral("patient/date_of_birth") << QJsonValue(QStringLiteral("29/02/1980"))
                             << QStringLiteral("patient.date_of_birth");
        QTest::newRow("risk") << QStringLiteral("patient/risk_factors/alcohol_use")
                              << QJsonValue(QStringLiteral("lots"))
                              << QStringLiteral("patient.risk_factors.alcohol_use");
        QTest::newRow("unknown") << QStringLiteral("patient/nickname") << QJsonValue(QStringLiteral("x"))
                                 << QStringLiteral("patient.nickname");
        QTest::newRow("plan mg") << QStringLiteral("plans/0/versions/2/plan/current/0/mg") << QJsonValue(-2)
                                 << QStringLiteral("plans[0].versions[2].plan.current[0].mg");
        QTest::newRow("plan status") << QStringLiteral("plans/1/status") << QJsonValue(QStringLiteral("paused"))
                                     << QStringLiteral("plans[1].status");
        QTest::newRow("ciwa item") << QStringLiteral("visits/2/ciwa_b/19") << QJsonValue(7)
                                   << QStringLiteral("visits[2].ciwa_b[19]");
        QTest::newRow("decision") << QStringLiteral("visits/1/decision") << QJsonValue(QStringLiteral("taper"))
                                  << QStringLiteral("visits[1].decision");
        QTest::newRow("dose time") << QStringLiteral("visits/0/actual_doses/0/time")
                                   << QJsonValue(QStringLiteral("25:00"))
                                   << QStringLiteral("visits[0].actual_doses[0].time");
        QTest::newRow("pulse") << QStringLiteral("visits/0/vitals/pulse") << QJsonValue(900)
                               << QStringLiteral("visits[0].vitals.pulse");
        QTest::newRow("plan index") << QStringLiteral("visits/0/plan_index") << QJsonValue(5)
                                    << QStringLiteral("visits[0].plan_index");
        QTest::newRow("medication") << QStringLiteral("medications/0/drug") << QJsonValue(3)
                                    << QStringLiteral("medications[0].drug");
    }

    void badImportWritesNothing()
    {
        QFETCH(QString, pointer);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        Store store;
        STORE_VERIFY(store.open(freshPath()));
        const RecordId id = fill(store, QStringLiteral("EX-2"));
        QJsonObject root = QJsonDocument::fromJson(*store.exportPatient(id)).object();
        root[QStringLiteral("patient")] = root.value(QStringLiteral("patient")).toObject();
        // Set the value at `pointer` (object keys and array indexes separated by '/').
        const std::function<QJsonValue(QJsonValue, QStringList)> set
            = [&](QJsonValue node, QStringList keys) -> QJsonValue {
            if (keys.isEmpty())
                return value;
            const QString key = keys.takeFirst();
            if (node.isArray()) {
                QJsonArray a = node.toArray();
                a[key.toInt()] = set(a.at(key.toInt()), keys);
                return a;
            }
            QJsonObject o = node.toObject();
            o[key] = set(o.value(key), keys);
            return o;
        };
        root = set(root, pointer.split(QLatin1Char('/'))).toObject();
        QJsonObject patient = root.value(QStringLiteral("patient")).toObject();
        if (!pointer.startsWith(QStringLiteral("patient/identifier")))
            patient[QStringLiteral("identifier")] = QStringLiteral("EX-NEW");
        root[QStringLiteral("patient")] = patient;

        const int auditBefore = int(store.audit({QString(), 0, 0, 100000})->size());
        const auto imported = store.importPatient(QJsonDocument(root).toJson());
        QVERIFY(!imported.ok());
        QCOMPARE(imported.kind(), ErrorKind::Invalid);
        QCOMPARE(imported.error().path, field);
        QCOMPARE(store.patientByIdentifier(QStringLiteral("EX-NEW")).kind(), ErrorKind::NotFound);
        QCOMPARE(store.searchPatients(QString())->size(), 1);
        QCOMPARE(int(store.audit({QString(), 0, 0, 100000})->size()), auditBefore);
    }

    void notJsonNamesTheProblem()
    {
        Store store;
        STORE_VERIFY(store.open(freshPath()));
        const auto imported = store.importPatient("{\"format\": ");
        QVERIFY(!imported.ok());
        QVERIFY(imported.error().message.contains(QStringLiteral("not valid JSON")));
    }

    void visitsCsv()
    {
        Store store;
        STORE_VERIFY(store.open(freshPath()));
        const RecordId id = fill(store, QStringLiteral("EX-3"));
        const auto csv = store.exportVisitsCsv(id);
        STORE_VERIFY(csv);
        const QString text = QString::fromUtf8(*csv);
        const QStringList records = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(records.size(), 4); // header + 3 visits (the notes' line break is inside quotes)
        const QStringList header = records.first().split(QLatin1Char(','));
        QCOMPARE(header.size(), 15 + 40);
        QCOMPARE(header.at(3), QStringLiteral("ciwa_b_total"));
        // Visit 2 (index 1): every CIWA-B item 1 -> total 20, "mild" in camh-1; BWSQ all 2 -> 40.
        QVERIFY(records.at(2).startsWith(QStringLiteral("2026-04-15,continue,")));
        QVERIFY(records.at(2).contains(QStringLiteral(",20,mild,camh-1,40,")));
        QVERIFY(records.at(3).contains(QStringLiteral(",40,moderate,camh-1,,")));
        QVERIFY(records.at(1).contains(QStringLiteral(",0,none,camh-1,,")));
        QVERIFY(text.contains(QStringLiteral("\"note, with \"\"quotes\"\"\nand a second line\"")));
        QVERIFY(records.at(1).contains(QStringLiteral("lorazepam 0.5 mg at 09:00 2026-03-18..2026-03-31")));
    }

    void backupAndRestore()
    {
        const QString path = freshPath();
        const QString copy = m_dir.filePath(QStringLiteral("backup-copy.sqlite"));
        {
            Store store;
            STORE_VERIFY(store.open(path));
            fill(store, QStringLiteral("B-1"));
            const auto made = store.backup(copy);
            STORE_VERIFY(made);
            QCOMPARE(storetest::unixMode(copy), 0600);
            QCOMPARE(store.backup(copy).kind(), ErrorKind::Invalid); // never overwrites
            // Work done after the backup ...
            STORE_VERIFY(store.addPatient(storetest::patient(QStringLiteral("B-2"), QStringLiteral("After backup"))));
        }
        // ... is gone after restoring it, but the replaced file is kept.
        const auto restored = Store::restore(copy, path);
        STORE_VERIFY(restored);
        QVERIFY(QFileInfo::exists(*restored));
        Store store;
        STORE_VERIFY(store.open(path));
        QCOMPARE(store.searchPatients(QString())->size(), 1);
        QVERIFY(store.check()->isEmpty());
        Store before;
        STORE_VERIFY(before.open(*restored));
        QCOMPARE(before.searchPatients(QString())->size(), 2);
    }

    void restoreRefusesDamagedBackup()
    {
        const QString path = freshPath();
        const QString bad = m_dir.filePath(QStringLiteral("bad-backup.sqlite"));
        {
            Store store;
            STORE_VERIFY(store.open(path));
            fill(store, QStringLiteral("D-1"));
        }
        {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, 'z'));
        }
        const QByteArray before = storetest::fileHash(path);
        const auto restored = Store::restore(bad, path);
        QVERIFY(!restored.ok());
        QCOMPARE(restored.kind(), ErrorKind::Corrupt);
        QCOMPARE(storetest::fileHash(path), before);
        QCOMPARE(Store::restore(m_dir.filePath(QStringLiteral("none.sqlite")), path).kind(), ErrorKind::NotFound);
    }

    void automaticBackupsKeepNewest()
    {
        const QString dir = m_dir.filePath(QStringLiteral("auto"));
        Store store;
        STORE_VERIFY(store.open(freshPath()));
        fill(store, QStringLiteral("A-1"));
        QVERIFY(!Store::lastAutomaticBackup(dir).isValid());
        QStringList made;
        for (int i = 0; i < 5; ++i) {
            const auto copy = store.automaticBackup(dir, 3);
            STORE_VERIFY(copy);
            made.append(*copy);
            QTest::qWait(5); // distinct millisecond stamps
        }
        const QStringList left = QDir(dir).entryList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name);
        QCOMPARE(left.size(), 3);
        QCOMPARE(QDir(dir).filePath(left.last()), made.last());
        QCOMPARE(QDir(dir).filePath(left.first()), made.at(2));
        const QDateTime last = Store::lastAutomaticBackup(dir);
        QVERIFY(last.isValid());
        QVERIFY(qAbs(last.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QCOMPARE(store.automaticBackup(dir, 0).kind(), ErrorKind::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestStoreExchange)
#include "tst_storeexchange.moc"
