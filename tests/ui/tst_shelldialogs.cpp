// The shell's dialogs and start-up helpers: the patient form (required fields named, risk factors
// and medications collected, removed medications reported), the settings dialog (round trip,
// model reset to docs/model.md §4), plan files (bad documents named, atomic export, safe file names),
// and opening a database that cannot be used (the message names the file and the reason).
#include "catalogue.h"
#include "patientformdialog.h"
#include "planfiles.h"
#include "settingsdialog.h"
#include "store.h"
#include "storeopener.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

using namespace lento;
using namespace lento::ui;

class TestShellDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void patientFormNamesMissingFields()
    {
        PatientFormDialog form({}, {}, &Catalogue::shared());
        QVERIFY(form.validate().startsWith(QStringLiteral("Identifier")));
        form.identifierField()->setText(QStringLiteral("  A-7 "));
        QVERIFY(form.validate().startsWith(QStringLiteral("Name")));
        form.nameField()->setText(QStringLiteral("Mei Lin"));
        form.weightField()->setValue(1.0);
        QVERIFY(form.validate().startsWith(QStringLiteral("Weight")));
        form.weightField()->setValue(58.5);
        QVERIFY(form.validate().isEmpty());

        form.birthField()->setDate(QDate(1948, 2, 29));
        form.abruptField()->setValue(2);
        form.seizureField()->setChecked(true);
        const store::PatientRecord p = form.patient();
        QCOMPARE(p.identifier, QStringLiteral("A-7"));
        QCOMPARE(p.name, QStringLiteral("Mei Lin"));
        QCOMPARE(p.dateOfBirth, QDate(1948, 2, 29));
        QCOMPARE(p.weight->value(), 58.5);
        QCOMPARE(p.risks.priorAbruptWithdrawals, 2);
        QVERIFY(p.risks.seizureHistory);
        QVERIFY(!p.risks.opioidCoPrescription);

        // "Not recorded" is the date edit's minimum and the weight's zero.
        form.birthField()->setDate(form.birthField()->minimumDate());
        form.weightField()->setValue(0.0);
        QVERIFY(!form.patient().dateOfBirth.isValid());
        QVERIFY(!form.patient().weight.has_value());
    }

    void patientFormCollectsMedications()
    {
        store::PatientRecord p;
        p.id = 5;
        p.identifier = QStringLiteral("B-1");
        p.name = QStringLiteral("Sam");
        p.revision = 3;
        store::MedicationRecord kept;
        kept.id = 11;
        kept.patientId = 5;
        kept.drug = QStringLiteral("clonazepam");
        kept.doses = {store::MedicationDose {22 * 60, Milligrams(0.5)}};
        store::MedicationRecord removed = kept;
        removed.id = 12;
        removed.drug = QStringLiteral("zolpidem");
        PatientFormDialog form(p, {kept, removed}, &Catalogue::shared());
        QCOMPARE(form.medicationRows(), 2);
        QCOMPARE(form.patient().revision, 3);
        form.removeMedicationRow(1);
        form.addMedicationRow(); // left empty: ignored
        QCOMPARE(form.medicationRows(), 2);
        const auto meds = form.medications();
        QCOMPARE(meds.size(), 1);
        QCOMPARE(meds.first().id, 11);
        QCOMPARE(meds.first().drug, QStringLiteral("clonazepam")); // catalogue id, not the shown name
        QCOMPARE(meds.first().doses, kept.doses);
        QCOMPARE(form.removedMedications(), QList<store::RecordId> {12});
        // A new row with doses but no drug is refused, naming the row.
        store::MedicationRecord typed;
        typed.doses = {store::MedicationDose {8 * 60, Milligrams(1.0)}};
        form.addMedicationRow(typed);
        QVERIFY2(form.validate().startsWith(QStringLiteral("Medication 3, drug")), qPrintable(form.validate()));
    }

    void settingsDialogRoundTripAndReset()
    {
        AppSettings s = AppSettings::defaults();
        s.planner.strategy = Strategy::Occupancy;
        s.planner.maxDropPoints = 3.5;
        s.planner.everyDays = 28;
        s.planner.region = QStringLiteral("cn");
        s.planner.equivalence = QStringLiteral("vadod");
        s.planner.forms = FormsAllowed::TabletsAndLiquid;
        s.planner.model.tauRDays = 30.0;
        s.planner.model.l50Mg = 12.0;
        s.planner.model.hill = 1.5;
        s.clinician = QStringLiteral("Dr Wu");
        s.clinicName = QStringLiteral("East Clinic");
        s.language = QStringLiteral("zh_CN");
        SettingsDialog dialog(s, &Catalogue::shared());
        QCOMPARE(dialog.settings(), s);
        dialog.resetModel();
        QCOMPARE(dialog.settings().planner.model, ModelParams());
        QCOMPARE(dialog.tauField()->value(), 14.0);
        QCOMPARE(dialog.l50Field()->value(), 24.7);
        QCOMPARE(dialog.hillField()->value(), 1.0);
        dialog.languageField()->setCurrentIndex(0);
        QCOMPARE(dialog.settings().language, QString());
    }

    void settingsIgnoreBadStoredValues()
    {
        QTemporaryDir dir;
        QSettings qs(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        qs.setValue(QStringLiteral("planner/strategy"), QStringLiteral("fastest"));
        qs.setValue(QStringLiteral("planner/percent"), QStringLiteral("-3"));
        qs.setValue(QStringLiteral("planner/everyDays"), 0);
        qs.setValue(QStringLiteral("model/hill"), QStringLiteral("abc"));
        qs.setValue(QStringLiteral("profile/language"), QStringLiteral("klingon"));
        const AppSettings a = AppSettings::load(qs);
        const AppSettings d = AppSettings::defaults();
        QCOMPARE(a.planner.strategy, d.planner.strategy);
        QCOMPARE(a.planner.percent, d.planner.percent);
        QCOMPARE(a.planner.everyDays, d.planner.everyDays);
        QCOMPARE(a.planner.model.hill, d.planner.model.hill);
        QCOMPARE(a.language, QString());
    }

    void planFiles()
    {
        QTemporaryDir dir;
        Plan plan;
        plan.title = QStringLiteral("Test");
        plan.startDate = QDate(2025, 3, 1);
        Dose d;
        d.drug = QStringLiteral("diazepam");
        d.minuteOfDay = 8 * 60;
        d.mg = Milligrams(10.0);
        plan.current = {d};
        Step s;
        s.doses = {d};
        plan.steps = {s};
        const QString path = dir.filePath(QStringLiteral("p.json"));
        QVERIFY(PlanFiles::writePlan(plan, path).isEmpty());
        const auto back = PlanFiles::readPlan(path);
        QVERIFY(back.ok());
        QCOMPARE(back->title, plan.title);
        QCOMPARE(back->steps.size(), 1);

        const auto missing = PlanFiles::readPlan(dir.filePath(QStringLiteral("none.json")));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().text().contains(QStringLiteral("none.json")));
        QFile f(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\":\"lento-plan/"
                "1\",\"current\":[{\"drug\":\"diazepam\",\"time\":\"8am\",\"mg\":5}],\"steps\":[]}");
        f.close();
        const auto bad = PlanFiles::readPlan(f.fileName());
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().text().contains(QStringLiteral("current[0].time")), qPrintable(bad.error().text()));

        // Unwritable target: a message naming it, nothing written.
        const QString noDir = dir.filePath(QStringLiteral("missing/sub/p.json"));
        QVERIFY(PlanFiles::writePlan(plan, noDir).contains(QStringLiteral("p.json")));
        QVERIFY(!QFile::exists(noDir));
        QCOMPARE(PlanFiles::suggestedPlanName(QStringLiteral("A/7"), QStringLiteral("Taper: v2?"), QDate(2025, 1, 2)),
            QStringLiteral("A_7 Taper_ v2_ 2025-01-02.lento-plan.json"));
    }

    void backupReplacesOnlyAfterSuccess()
    {
        QTemporaryDir dir;
        store::Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("db.sqlite"))).ok());
        store::PatientRecord p;
        p.identifier = QStringLiteral("X1");
        p.name = QStringLiteral("X");
        QVERIFY(store.addPatient(p).ok());
        const QString target = dir.filePath(QStringLiteral("copy.sqlite"));
        QFile old(target);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old contents");
        old.close();
        QVERIFY(PlanFiles::backupStore(store, target).isEmpty());
        store::Store copy;
        QVERIFY(copy.open(target).ok());
        QCOMPARE(copy.patientByIdentifier(QStringLiteral("X1"))->name, QStringLiteral("X"));
        QCOMPARE(
            QDir(dir.path()).entryList(QStringList {QStringLiteral(".*part*")}, QDir::Hidden | QDir::Files).size(), 0);
    }

    void unusableDatabaseIsNamedWithReason()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        store::Store store;
        QString error;
        QVERIFY(StoreOpener::open(store, path, QString(), false, &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("broken.sqlite")), qPrintable(error));
        QVERIFY(!store.isOpen());
        // The file was left alone.
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray(8192, 'x'));

        // A new file in a folder that does not exist yet is created.
        const QString fresh = dir.filePath(QStringLiteral("new/folder/lento.sqlite"));
        QCOMPARE(StoreOpener::open(store, fresh, QStringLiteral("Dr A"), false, &error), fresh);
        QVERIFY(store.isOpen());
        QCOMPARE(store.clinician(), QStringLiteral("Dr A"));
        for (auto kind : {store::ErrorKind::Corrupt, store::ErrorKind::Busy, store::ErrorKind::NewerSchema})
            QVERIFY(!StoreOpener::reason(kind).isEmpty());
    }
};

QTEST_MAIN(TestShellDialogs)
#include "tst_shelldialogs.moc"
