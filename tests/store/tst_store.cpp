// Patient store basics: creating the file, patients, medications, plans with immutable versions
// and stale-save refusal, visits, the audit log, search, archiving and hostile text.
#include "storetesthelpers.h"

#include "store.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace lento;
using namespace lento::store;

class TestStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_counter)); }

    void openFresh(Store &store)
    {
        OpenOptions options;
        options.clinician = QStringLiteral("Dr Test");
        const auto info = store.open(freshPath(), options);
        QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().text()));
    }

private Q_SLOTS:
    void createsPrivateWalFile()
    {
        Store store;
        const QString path = freshPath();
        const auto info = store.open(path);
        QVERIFY(info.ok());
        QVERIFY(info->created);
        QCOMPARE(info->schemaVersion, Store::latestSchemaVersion());
        QCOMPARE(info->journalMode, QStringLiteral("wal"));
        QVERIFY(info->journalNote.isEmpty());
        QVERIFY(!store.isReadOnly());
        QCOMPARE(storetest::unixMode(path), 0600);
        STORE_VERIFY(store.addPatient(storetest::patient(QStringLiteral("A1"), QStringLiteral("Ann"))));
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
        QCOMPARE(storetest::unixMode(path + QStringLiteral("-wal")), 0600);
        const auto problems = store.check();
        QVERIFY(problems.ok());
        QVERIFY(problems->isEmpty());
    }

    void rollbackJournalOnRequest()
    {
        Store store;
        OpenOptions options;
        options.rollbackJournal = true;
        const auto info = store.open(freshPath(), options);
        QVERIFY(info.ok());
        QCOMPARE(info->journalMode, QStringLiteral("delete"));
        QVERIFY(!info->journalNote.isEmpty());
        STORE_VERIFY(store.addPatient(storetest::patient(QStringLiteral("A1"), QStringLiteral("Ann"))));
    }

    void missingFileWithoutCreate()
    {
        Store store;
        OpenOptions options;
        options.create = false;
        const auto info = store.open(freshPath(), options);
        QVERIFY(!info.ok());
        QCOMPARE(info.kind(), ErrorKind::NotFound);
        QVERIFY(!store.isOpen());
    }

    void patientRoundTrip()
    {
        Store store;
        openFresh(store);
        PatientRecord p = storetest::patient(QStringLiteral("MRN-7"), QStringLiteral("Mary Smith"));
        p.dateOfBirth = QDate(1970, 5, 6);
        p.sex = Sex::Female;
        p.weight = Kilograms(61.5);
        p.handoutLanguage = QStringLiteral("zh_CN");
        p.notes = QStringLiteral("line one\nline two");
        p.risks = {true, 2, true, AlcoholUse::Heavy, true, false};
        const auto added = store.addPatient(p);
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().text()));
        QVERIFY(added->id > 0);
        QCOMPARE(added->revision, 1);
        QVERIFY(added->created.isValid());

        const auto read = store.patientByIdentifier(QStringLiteral("MRN-7"));
        QVERIFY(read.ok());
        PatientRecord expected = p;
        expected.id = read->id;
        expected.revision = read->revision;
        expected.created = read->created;
        expected.modified = read->modified;
        QCOMPARE(*read, expected);

        const auto duplicate = store.addPatient(storetest::patient(QStringLiteral("MRN-7"), QStringLiteral("Other")));
        QVERIFY(!duplicate.ok());
        QCOMPARE(duplicate.kind(), ErrorKind::Duplicate);
        QCOMPARE(duplicate.error().path, QStringLiteral("identifier"));

        QCOMPARE(store.patient(999).kind(), ErrorKind::NotFound);
    }

    void badPatientNamesField_data()
    {
        QTest::addColumn<QString>("identifier");
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("weight");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("field");
        QTest::newRow("no identifier") << QString() << QStringLiteral("A") << 0.0 << QString()
                                       << QStringLiteral("identifier");
        QTest::newRow("no name") << QStringLiteral("X") << QStringLiteral("  ") << 0.0 << QString()
                                 << QStringLiteral("name");
        QTest::newRow("tab in identifier")
            << QStringLiteral("X\t1") << QStringLiteral("A") << 0.0 << QString() << QStringLiteral("identifier");
        QTest::newRow("weight") << QStringLiteral("X") << QStringLiteral("A") << -3.0 << QString()
                                << QStringLiteral("weight_kg");
        QTest::newRow("language") << QStringLiteral("X") << QStringLiteral("A") << 0.0 << QStringLiteral("Chinese")
                                  << QStringLiteral("handout_language");
    }

    void badPatientNamesField()
    {
        QFETCH(QString, identifier);
        QFETCH(QString, name);
        QFETCH(double, weight);
        QFETCH(QString, language);
        QFETCH(QString, field);
        Store store;
        openFresh(store);
        PatientRecord p = storetest::patient(identifier, name);
        if (weight != 0.0)
            p.weight = Kilograms(weight);
        p.handoutLanguage = language;
        const auto added = store.addPatient(p);
        QVERIFY(!added.ok());
        QCOMPARE(added.kind(), ErrorKind::Invalid);
        QCOMPARE(added.error().path, field);
        QVERIFY(store.searchPatients(QString())->isEmpty());
        QVERIFY(store.audit()->isEmpty());
    }

    void staleUpdateRefused()
    {
        Store store;
        openFresh(store);
        const auto added = store.addPatient(storetest::patient(QStringLiteral("P1"), QStringLiteral("Pat One")));
        STORE_VERIFY(added);
        PatientRecord first = *added;
        PatientRecord second = *added;
        first.name = QStringLiteral("Pat First");
        second.name = QStringLiteral("Pat Second");
        const auto saved = store.updatePatient(first);
        QVERIFY(saved.ok());
        QCOMPARE(saved->revision, 2);
        const auto stale = store.updatePatient(second);
        QVERIFY(!stale.ok());
        QVERIFY(stale.isConflict());
        QCOMPARE(store.patient(added->id)->name, QStringLiteral("Pat First"));

        const auto audit = store.audit({QStringLiteral("patients"), added->id, 0, 10});
        QVERIFY(audit.ok());
        QCOMPARE(audit->size(), 2);
        QCOMPARE(audit->first().action, QStringLiteral("update"));
        QCOMPARE(audit->first().who, QStringLiteral("Dr Test"));
        const QJsonObject change = audit->first().changes.value(QStringLiteral("name")).toObject();
        QCOMPARE(change.value(QStringLiteral("old")).toString(), QStringLiteral("Pat One"));
        QCOMPARE(change.value(QStringLiteral("new")).toString(), QStringLiteral("Pat First"));
        QCOMPARE(audit->first().changes.size(), 1);
        QCOMPARE(audit->last().action, QStringLiteral("insert"));
    }

    void searchByPrefix()
    {
        Store store;
        openFresh(store);
        for (const auto &[id, name] :
            QList<std::pair<QString, QString>> {{QStringLiteral("MRN-100"), QStringLiteral("Élodie Durand")},
                {QStringLiteral("MRN-101"), QStringLiteral("John Smith")},
                {QStringLiteral("X-7"), QStringLiteral("王小明")},
                {QStringLiteral("MRN-102"), QStringLiteral("Anna 100% Sure")},
                {QStringLiteral("Q_1"), QStringLiteral("Jo Bloggs")}}) {
            STORE_VERIFY(store.addPatient(storetest::patient(id, name)));
        }
        auto names = [&](const QString &prefix) {
            QStringList out;
            for (const PatientSummary &s : *store.searchPatients(prefix))
                out.append(s.name);
            return out;
        };
        QCOMPARE(names(QStringLiteral("élo")), QStringList {QStringLiteral("Élodie Durand")});
        QCOMPARE(names(QStringLiteral("ÉLODIE")), QStringList {QStringLiteral("Élodie Durand")});
        QCOMPARE(names(QStringLiteral("dur")), QStringList {QStringLiteral("Élodie Durand")});
        QCOMPARE(names(QStringLiteral("smi")), QStringList {QStringLiteral("John Smith")});
        QCOMPARE(names(QStringLiteral("john  s")), QStringList {QStringLiteral("John Smith")});
        QCOMPARE(names(QStringLiteral("王")), QStringList {QStringLiteral("王小明")});
        QCOMPARE(names(QStringLiteral("mrn-10")).size(), 3);
        QCOMPARE(
            names(QStringLiteral("jo")), (QStringList {QStringLiteral("Jo Bloggs"), QStringLiteral("John Smith")}));
        QCOMPARE(names(QStringLiteral("mith")), QStringList()); // prefixes of words only
        QCOMPARE(names(QStringLiteral("100%")), QStringList {QStringLiteral("Anna 100% Sure")});
        QCOMPARE(names(QStringLiteral("%")), QStringList()); // no wildcards
        QCOMPARE(names(QStringLiteral("q_")), QStringList {QStringLiteral("Jo Bloggs")});
        QCOMPARE(names(QString()).size(), 5);
        QCOMPARE(store.searchPatients(QString(), 2)->size(), 2);
    }

    void archiveAndRestore()
    {
        Store store;
        openFresh(store);
        const auto p = store.addPatient(storetest::patient(QStringLiteral("A"), QStringLiteral("Archie")));
        STORE_VERIFY(p);
        const auto plan = store.createPlan(p->id, storetest::planDocument(QStringLiteral("T"), 10), QString());
        STORE_VERIFY(plan);
        STORE_VERIFY(store.archivePatient(p->id));
        QVERIFY(store.searchPatients(QStringLiteral("arch"))->isEmpty());
        QCOMPARE(store.searchPatients(QStringLiteral("arch"), 10, true)->size(), 1);
        QVERIFY(store.patient(p->id)->archived);
        STORE_VERIFY(store.restorePatient(p->id));
        QCOMPARE(store.searchPatients(QStringLiteral("arch"))->size(), 1);

        STORE_VERIFY(store.archivePlan(plan->planId));
        QVERIFY(store.plans(p->id)->isEmpty());
        QCOMPARE(store.plans(p->id, true)->size(), 1);
        const auto refused
            = store.saveVersion(plan->planId, storetest::planDocument(QStringLiteral("T"), 9), QString(), plan->id);
        QVERIFY(!refused.ok());
        STORE_VERIFY(store.restorePlan(plan->planId));
        STORE_VERIFY(
            store.saveVersion(plan->planId, storetest::planDocument(QStringLiteral("T"), 9), QString(), plan->id));

        QStringList actions;
        for (const AuditEntry &e : *store.audit({QString(), 0, p->id, 100}))
            actions.prepend(e.table + QLatin1Char('/') + e.action);
        QCOMPARE(actions,
            (QStringList {QStringLiteral("patients/insert"), QStringLiteral("plans/insert"),
                QStringLiteral("plan_versions/insert"), QStringLiteral("patients/archive"),
                QStringLiteral("patients/restore"), QStringLiteral("plans/archive"), QStringLiteral("plans/restore"),
                QStringLiteral("plan_versions/insert")}));
    }

    void planVersionsAndStaleSave()
    {
        Store store;
        openFresh(store);
        const auto p = store.addPatient(storetest::patient(QStringLiteral("P"), QStringLiteral("Pat")));
        const QByteArray doc1 = storetest::planDocument(QStringLiteral("Diazepam taper"), 10);
        const auto v1 = store.createPlan(p->id, doc1, QStringLiteral("first"));
        QVERIFY2(v1.ok(), qPrintable(v1.ok() ? QString() : v1.error().text()));
        QCOMPARE(v1->number, 1);
        QCOMPARE(v1->parentVersionId, RecordId(0));
        QCOMPARE(v1->document, doc1);
        QCOMPARE(v1->author, QStringLiteral("Dr Test"));
        QCOMPARE(v1->title, QStringLiteral("Diazepam taper"));

        const QByteArray doc2 = storetest::planDocument(QStringLiteral("Diazepam taper, slower"), 9);
        const auto v2 = store.saveVersion(v1->planId, doc2, QStringLiteral("slower"), v1->id);
        QVERIFY(v2.ok());
        QCOMPARE(v2->number, 2);
        QCOMPARE(v2->parentVersionId, v1->id);

        // A second editor who also started from version 1 is refused; nothing is written.
        const auto stale = store.saveVersion(
            v1->planId, storetest::planDocument(QStringLiteral("Other"), 8), QStringLiteral("mine"), v1->id);
        QVERIFY(!stale.ok());
        QVERIFY(stale.isConflict());
        QVERIFY(stale.error().message.contains(QString::number(v2->id)));
        const auto wrongParent = store.saveVersion(v1->planId, doc2, QString(), 9999);
        QCOMPARE(wrongParent.kind(), ErrorKind::Invalid);
        QCOMPARE(wrongParent.error().path, QStringLiteral("parent"));
        const auto plan = store.plan(v1->planId);
        QCOMPARE(plan->headVersionId, v2->id);
        QCOMPARE(plan->versionCount, 2);
        QCOMPARE(plan->title, QStringLiteral("Diazepam taper, slower"));

        const auto versions = store.versions(v1->planId, true);
        QCOMPARE(versions->size(), 2);
        QCOMPARE(versions->at(0).document, doc1);
        QCOMPARE(versions->at(1).document, doc2);
        QVERIFY(store.versions(v1->planId)->at(0).document.isEmpty());

        // Branching: a new plan that remembers where it came from.
        const auto branch = store.createPlan(
            p->id, storetest::planDocument(QStringLiteral("Other"), 8), QStringLiteral("branch"), v1->id);
        QVERIFY(branch.ok());
        QCOMPARE(store.plan(branch->planId)->branchedFromVersionId, v1->id);
        QCOMPARE(store.plans(p->id)->size(), 2);

        STORE_VERIFY(store.setPlanStatus(v1->planId, PlanStatus::Active));
        QCOMPARE(store.plan(v1->planId)->status, PlanStatus::Active);
    }

    void badPlanDocumentNamesPath()
    {
        Store store;
        openFresh(store);
        const auto p = store.addPatient(storetest::patient(QStringLiteral("P"), QStringLiteral("Pat")));
        QByteArray bad = storetest::planDocument(QStringLiteral("T"), 10);
        bad.replace("\"mg\":10", "\"mg\":-1");
        const auto refused = store.createPlan(p->id, bad, QString());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().path.contains(QStringLiteral("mg")), qPrintable(refused.error().text()));
        QVERIFY(store.plans(p->id, true)->isEmpty());
        QCOMPARE(store.createPlan(p->id, "{}", QString()).kind(), ErrorKind::Invalid);
        QCOMPARE(store.createPlan(4242, storetest::planDocument(QStringLiteral("T"), 1), QString()).kind(),
            ErrorKind::NotFound);
    }

    void versionsAreImmutable()
    {
        const QString path = freshPath();
        {
            Store store;
            STORE_VERIFY(store.open(path));
            const auto p = store.addPatient(storetest::patient(QStringLiteral("P"), QStringLiteral("Pat")));
            STORE_VERIFY(store.createPlan(p->id, storetest::planDocument(QStringLiteral("T"), 1), QString()));
        }
        QVERIFY(!storetest::rawExec(path, {QStringLiteral("UPDATE plan_versions SET comment = 'x'")}));
        QVERIFY(!storetest::rawExec(path, {QStringLiteral("DELETE FROM plan_versions")}));
        QVERIFY(!storetest::rawExec(path, {QStringLiteral("DELETE FROM patients")}));
        QVERIFY(!storetest::rawExec(path, {QStringLiteral("DELETE FROM audit_log")}));
        QCOMPARE(storetest::rawScalar(path, QStringLiteral("SELECT COUNT(*) FROM plan_versions")).toInt(), 1);
    }

    void visitsRoundTrip()
    {
        Store store;
        openFresh(store);
        const auto p = store.addPatient(storetest::patient(QStringLiteral("V"), QStringLiteral("Vic")));
        const auto plan = store.createPlan(p->id, storetest::planDocument(QStringLiteral("T"), 10), QString());
        VisitRecord v;
        v.patientId = p->id;
        v.planId = plan->planId;
        v.date = QDate(2026, 2, 3);
        v.actualDoses = {{QStringLiteral("diazepam"), 8 * 60, Milligrams(9.5), QDate(2026, 1, 20), QDate(2026, 2, 2)},
            {QStringLiteral("diazepam"), -1, Milligrams(2), QDate(), QDate()}};
        v.ciwaB = QList<int> {0, 1, 2, 3, 4, 0, 1, 2, 3, 4, 0, 1, 2, 3, 4, 0, 1, 2, 3, 4};
        v.vitals.bpSystolic = 131;
        v.vitals.pulse = 88;
        v.vitals.temperatureC = 36.9;
        v.decision = VisitDecision::StepBack;
        v.notes = QStringLiteral("tremor in the mornings");
        const auto added = store.addVisit(v);
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().text()));
        VisitRecord expected = v;
        expected.id = added->id;
        expected.author = QStringLiteral("Dr Test");
        expected.revision = 1;
        expected.created = added->created;
        expected.modified = added->modified;
        QCOMPARE(*added, expected);
        QVERIFY(!added->bwsq.has_value());
        QVERIFY(!added->vitals.bpDiastolic.has_value());

        VisitRecord corrected = *added;
        corrected.bwsq = QList<int>(20, 1);
        corrected.actualDoses.removeLast();
        const auto updated = store.updateVisit(corrected);
        QVERIFY(updated.ok());
        QCOMPARE(updated->revision, 2);
        QCOMPARE(updated->actualDoses.size(), 1);
        QCOMPARE(updated->bwsq, std::optional<QList<int>>(QList<int>(20, 1)));
        QVERIFY(store.updateVisit(corrected).isConflict());

        VisitRecord bad = v;
        bad.ciwaB->replace(3, 5);
        const auto refused = store.addVisit(bad);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().path, QStringLiteral("ciwa_b[3]"));
        bad = v;
        bad.planId = 9999;
        QCOMPARE(store.addVisit(bad).error().path, QStringLiteral("plan"));
        QCOMPARE(store.visits(p->id)->size(), 1);
    }

    void medications()
    {
        Store store;
        openFresh(store);
        const auto p = store.addPatient(storetest::patient(QStringLiteral("M"), QStringLiteral("Meg")));
        MedicationRecord m;
        m.patientId = p->id;
        m.drug = QStringLiteral("clonazepam");
        m.regimen = QStringLiteral("0.5 mg at night");
        m.since = QDate(2020, 1, 1);
        m.indication = QStringLiteral("insomnia");
        m.prescriber = QStringLiteral("Dr Wu");
        const auto added = store.addMedication(m);
        STORE_VERIFY(added);
        MedicationRecord changed = *added;
        changed.regimen = QStringLiteral("0.25 mg at night");
        STORE_VERIFY(store.updateMedication(changed));
        QVERIFY(store.updateMedication(changed).isConflict());
        QCOMPARE(store.medications(p->id)->first().regimen, QStringLiteral("0.25 mg at night"));
        STORE_VERIFY(store.removeMedication(added->id));
        QVERIFY(store.medications(p->id)->isEmpty());
        const auto audit = store.audit({QStringLiteral("medications"), added->id, 0, 10});
        QCOMPARE(audit->size(), 3);
        QCOMPARE(audit->first().action, QStringLiteral("delete"));
        QCOMPARE(
            audit->first().changes.value(QStringLiteral("drug")).toObject().value(QStringLiteral("old")).toString(),
            QStringLiteral("clonazepam"));
    }

    void hostileTextVerbatim()
    {
        const QStringList hostile {
            QStringLiteral("O'Brien \"Quoted\" `tick`"),
            QStringLiteral("'); DROP TABLE patients;--"),
            QStringLiteral("<script>alert('x')</script> &amp; <b>bold</b>"),
            QStringLiteral("emoji 😀🧪👩‍⚕️ and \\backslash\\ 100% _under_"),
            QStringLiteral("张伟 患者 — 减药计划（缓减）"),
        };
        const QString path = freshPath();
        QList<RecordId> ids;
        {
            Store store;
            STORE_VERIFY(store.open(path));
            for (qsizetype i = 0; i < hostile.size(); ++i) {
                PatientRecord p = storetest::patient(
                    QStringLiteral("H-%1 ").arg(i).trimmed() + hostile[i].left(20).simplified(), hostile[i]);
                p.notes = hostile[i] + QStringLiteral("\n") + hostile[i];
                const auto added = store.addPatient(p);
                QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().text()));
                ids.append(added->id);
                VisitRecord v;
                v.patientId = added->id;
                v.date = QDate(2026, 1, 1);
                v.notes = hostile[i];
                STORE_VERIFY(store.addVisit(v));
                STORE_VERIFY(store.createPlan(added->id, storetest::planDocument(hostile[i], 5), hostile[i]));
            }
        }
        Store store;
        STORE_VERIFY(store.open(path));
        for (qsizetype i = 0; i < hostile.size(); ++i) {
            const auto h = store.history(ids[i]);
            QVERIFY(h.ok());
            QCOMPARE(h->patient.name, hostile[i]);
            QCOMPARE(h->patient.notes, hostile[i] + QStringLiteral("\n") + hostile[i]);
            QCOMPARE(h->visits.first().notes, hostile[i]);
            QCOMPARE(h->plans.first().title, hostile[i]);
            QCOMPARE(h->versions.first().comment, hostile[i]);
            QCOMPARE(store.version(h->versions.first().id)->document, storetest::planDocument(hostile[i], 5));
        }
        QCOMPARE(store.searchPatients(QString())->size(), hostile.size());
        QCOMPARE(store.searchPatients(QStringLiteral("'); drop"))->size(), 1);
    }

    void historyLoadsEverything()
    {
        Store store;
        openFresh(store);
        const auto p = store.addPatient(storetest::patient(QStringLiteral("H"), QStringLiteral("Hal")));
        const auto v1 = store.createPlan(p->id, storetest::planDocument(QStringLiteral("A"), 10), QString());
        STORE_VERIFY(store.saveVersion(v1->planId, storetest::planDocument(QStringLiteral("A"), 9), QString(), v1->id));
        STORE_VERIFY(store.createPlan(p->id, storetest::planDocument(QStringLiteral("B"), 10), QString()));
        MedicationRecord m;
        m.patientId = p->id;
        m.drug = QStringLiteral("diazepam");
        STORE_VERIFY(store.addMedication(m));
        for (int day = 3; day >= 1; --day) {
            VisitRecord v;
            v.patientId = p->id;
            v.date = QDate(2026, 3, day);
            STORE_VERIFY(store.addVisit(v));
        }
        const auto other = store.addPatient(storetest::patient(QStringLiteral("O"), QStringLiteral("Other")));
        STORE_VERIFY(store.createPlan(other->id, storetest::planDocument(QStringLiteral("C"), 10), QString()));

        const auto h = store.history(p->id);
        QVERIFY(h.ok());
        QCOMPARE(h->plans.size(), 2);
        QCOMPARE(h->versions.size(), 3);
        QCOMPARE(h->medications.size(), 1);
        QCOMPARE(h->visits.size(), 3);
        QCOMPARE(h->visits.first().date, QDate(2026, 3, 1));
        QCOMPARE(store.history(12345).kind(), ErrorKind::NotFound);
    }

    void readOnlyOnRequest()
    {
        const QString path = freshPath();
        {
            Store store;
            STORE_VERIFY(store.open(path));
            STORE_VERIFY(store.addPatient(storetest::patient(QStringLiteral("R"), QStringLiteral("Rae"))));
        }
        Store store;
        OpenOptions options;
        options.readOnly = true;
        const auto info = store.open(path, options);
        QVERIFY(info.ok());
        QVERIFY(store.isReadOnly());
        QVERIFY(!store.readOnlyReason().isEmpty());
        QCOMPARE(store.searchPatients(QString())->size(), 1);
        const auto refused = store.addPatient(storetest::patient(QStringLiteral("S"), QStringLiteral("Sam")));
        QCOMPARE(refused.kind(), ErrorKind::ReadOnly);
    }

    void twoStoresInOneProcess()
    {
        const QString path = freshPath();
        Store a;
        Store b;
        STORE_VERIFY(a.open(path));
        STORE_VERIFY(b.open(path));
        const auto p = a.addPatient(storetest::patient(QStringLiteral("T"), QStringLiteral("Two")));
        const auto v1 = a.createPlan(p->id, storetest::planDocument(QStringLiteral("T"), 3), QString());
        QCOMPARE(b.plan(v1->planId)->headVersionId, v1->id);
        STORE_VERIFY(b.saveVersion(v1->planId, storetest::planDocument(QStringLiteral("T"), 2), QString(), v1->id));
        QVERIFY(
            a.saveVersion(v1->planId, storetest::planDocument(QStringLiteral("T"), 1), QString(), v1->id).isConflict());
        a.close();
        QVERIFY(!a.isOpen());
        QCOMPARE(a.addPatient(storetest::patient(QStringLiteral("U"), QStringLiteral("U"))).kind(), ErrorKind::NotOpen);
        QCOMPARE(b.versions(v1->planId)->size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
