// The patient list: the search model over a real store (QAbstractItemModelTester, prefix search on
// name words and identifiers, the row limit) and the widget's keyboard behaviour (type to filter,
// arrows move through results, Enter opens). Also the patient-to-planner helpers in PatientContext.
#include "patientcontext.h"
#include "patientlist.h"
#include "patientlistmodel.h"
#include "store.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace lento;
using namespace lento::ui;
using lento::store::MedicationDose;
using lento::store::MedicationRecord;
using lento::store::PatientRecord;
using lento::store::Store;

class TestPatientList : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Store m_store;

    static PatientRecord record(const QString &identifier, const QString &name, const QDate &born = {})
    {
        PatientRecord p;
        p.identifier = identifier;
        p.name = name;
        p.dateOfBirth = born;
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const auto opened = m_store.open(m_dir.filePath(QStringLiteral("patients.sqlite")));
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().text()));
        const QList<PatientRecord> patients {
            record(QStringLiteral("A-100"), QStringLiteral("Mary Smith"), QDate(1960, 5, 2)),
            record(QStringLiteral("A-101"), QStringLiteral("John Smithers"), QDate(1975, 1, 20)),
            record(QStringLiteral("B-200"), QStringLiteral("Anna Lee")),
            record(QStringLiteral("B-201"), QStringLiteral("Lee Wong"), QDate(1990, 12, 31)),
            record(QStringLiteral("C-300"), QStringLiteral("王芳"), QDate(1958, 3, 8)),
        };
        for (const auto &p : patients) {
            const auto added = m_store.addPatient(p);
            QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().text()));
        }
        for (int i = 0; i < 40; ++i)
            QVERIFY(m_store
                        .addPatient(record(QStringLiteral("Z-%1").arg(i, 3, 10, QLatin1Char('0')),
                            QStringLiteral("Zed Person %1").arg(i)))
                        .ok());
    }

    void modelPassesTester()
    {
        PatientListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(&m_store);
        QCOMPARE(model.rowCount(), 45);
        model.setFilter(QStringLiteral("smi"));
        model.setFilter(QStringLiteral("nobody-has-this"));
        QCOMPARE(model.rowCount(), 0);
        model.setLimit(10);
        model.setFilter(QString());
        model.retranslate();
        model.setStore(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void searchesNameWordsAndIdentifiers_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("identifiers");
        QTest::newRow("surname prefix") << QStringLiteral("smith")
                                        << QStringList {QStringLiteral("A-101"), QStringLiteral("A-100")};
        QTest::newRow("first name, any case") << QStringLiteral("ANNA") << QStringList {QStringLiteral("B-200")};
        QTest::newRow("second word") << QStringLiteral("lee")
                                     << QStringList {QStringLiteral("B-200"), QStringLiteral("B-201")};
        QTest::newRow("identifier prefix")
            << QStringLiteral("b-20") << QStringList {QStringLiteral("B-200"), QStringLiteral("B-201")};
        QTest::newRow("chinese name") << QStringLiteral("王") << QStringList {QStringLiteral("C-300")};
        QTest::newRow("no match") << QStringLiteral("xyz") << QStringList {};
    }

    void searchesNameWordsAndIdentifiers()
    {
        QFETCH(QString, filter);
        QFETCH(QStringList, identifiers);
        PatientListModel model;
        model.setStore(&m_store);
        model.setFilter(filter);
        QStringList found;
        for (int row = 0; row < model.rowCount(); ++row)
            found << model.index(row, 0).data(PatientListModel::IdentifierRole).toString();
        std::sort(found.begin(), found.end());
        std::sort(identifiers.begin(), identifiers.end());
        QCOMPARE(found, identifiers);
        QVERIFY(!model.hasMore());
    }

    void cellsShowNameIdentifierAndAge()
    {
        PatientListModel model;
        model.setStore(&m_store);
        model.setFilter(QStringLiteral("A-100"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, PatientListModel::NameColumn).data().toString(), QStringLiteral("Mary Smith"));
        QCOMPARE(model.index(0, PatientListModel::IdentifierColumn).data().toString(), QStringLiteral("A-100"));
        const int age = *PatientContext::ageYears(QDate(1960, 5, 2), QDate::currentDate());
        QVERIFY(model.index(0, PatientListModel::BirthColumn).data().toString().contains(QString::number(age)));
        const qint64 id = model.index(0, 0).data(PatientListModel::IdRole).toLongLong();
        QVERIFY(id > 0);
        QCOMPARE(model.rowOf(id), 0);
        QCOMPARE(model.idAt(0), id);
        QCOMPARE(model.idAt(5), qint64(0));
        QCOMPARE(model.headerData(PatientListModel::NameColumn, Qt::Horizontal).toString(), QStringLiteral("Name"));
    }

    void limitReportsMore()
    {
        PatientListModel model;
        model.setStore(&m_store);
        model.setLimit(20);
        QCOMPARE(model.rowCount(), 20);
        QVERIFY(model.hasMore());
        model.setFilter(QStringLiteral("smith"));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(!model.hasMore());
    }

    void typingFiltersAndEnterOpens()
    {
        PatientList list;
        list.setStore(&m_store);
        list.show();
        QSignalSpy opened(&list, &PatientList::patientActivated);
        list.focusSearch();
        QTest::keyClicks(list.searchField(), QStringLiteral("wong"));
        QTRY_COMPARE(list.model()->rowCount(), 1);
        QTest::keyClick(list.searchField(), Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        const qint64 wong = opened.takeFirst().at(0).toLongLong();
        QCOMPARE(m_store.patient(wong)->identifier, QStringLiteral("B-201"));

        // Arrows in the search field walk the results; Enter opens the highlighted one.
        list.searchField()->clear();
        QTest::keyClicks(list.searchField(), QStringLiteral("smith"));
        QTRY_COMPARE(list.model()->rowCount(), 2);
        QTest::keyClick(list.searchField(), Qt::Key_Down);
        QTest::keyClick(list.searchField(), Qt::Key_Down);
        QCOMPARE(list.view()->currentIndex().row(), 1);
        QTest::keyClick(list.searchField(), Qt::Key_Up);
        QCOMPARE(list.view()->currentIndex().row(), 0);
        QTest::keyClick(list.searchField(), Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.takeFirst().at(0).toLongLong(), list.model()->idAt(0));
        QVERIFY(!list.searchField()->accessibleName().isEmpty());
        QVERIFY(!list.view()->accessibleName().isEmpty());
    }

    void currentPatientStaysHighlightedAcrossSearches()
    {
        PatientList list;
        list.setStore(&m_store);
        const qint64 mary = m_store.patientByIdentifier(QStringLiteral("A-100"))->id;
        list.setCurrentPatient(mary);
        QCOMPARE(list.model()->idAt(list.view()->currentIndex().row()), mary);
        list.model()->setFilter(QStringLiteral("lee"));
        QVERIFY(!list.view()->selectionModel()->hasSelection());
        list.model()->setFilter(QStringLiteral("smi"));
        QCOMPARE(list.model()->idAt(list.view()->currentIndex().row()), mary);
    }

    void currentDosesComeFromStructuredDoses()
    {
        MedicationRecord alprazolam;
        alprazolam.drug = QStringLiteral("alprazolam");
        alprazolam.doses = {MedicationDose {22 * 60, Milligrams(0.5)}, MedicationDose {8 * 60, Milligrams(1.0)}};
        alprazolam.regimen = QStringLiteral("whatever was typed is not read");
        MedicationRecord unclear;
        unclear.drug = QStringLiteral("diazepam");
        unclear.doses = {MedicationDose {12 * 60, Milligrams(5.0)}};
        unclear.needsReview = true;
        MedicationRecord other;
        other.drug = QStringLiteral("sertraline");
        other.doses = {MedicationDose {9 * 60, Milligrams(50.0)}};
        const auto known = [](const QString &id) { return id != QLatin1String("sertraline"); };
        const QList<Dose> doses
            = PatientContext::currentDoses(QList<MedicationRecord> {alprazolam, unclear, other}, known);
        // In time order, the medication to review left out, the unknown drug left out.
        QCOMPARE(doses.size(), 2);
        QCOMPARE(doses[0].drug, QStringLiteral("alprazolam"));
        QCOMPARE(doses[0].minuteOfDay, 8 * 60);
        QCOMPARE(doses[1].mg.value(), 0.5);
        QCOMPARE(PatientContext::regimenText(alprazolam.doses), QStringLiteral("0.5 mg 22:00, 1 mg 08:00"));
        QCOMPARE(PatientContext::medicationDoses(doses).first().minuteOfDay, 8 * 60);
    }

    void checkContextFromRecord()
    {
        PatientRecord p = record(QStringLiteral("X"), QStringLiteral("X"), QDate(1950, 6, 15));
        p.weight = Kilograms(82.5);
        p.risks.priorAbruptWithdrawals = 2;
        p.risks.liverImpairment = true;
        p.risks.opioidCoPrescription = true;
        lento::store::MedicationRecord m;
        m.drug = QStringLiteral("clonazepam");
        m.indication = QStringLiteral("Epilepsy (focal)");
        const auto context = PatientContext::checkContext(p, {m}, QDate(2025, 6, 14));
        QCOMPARE(context.ageYears.value(), 74);
        QVERIFY(context.liverImpairment);
        QVERIFY(context.opioidCoPrescription);
        QVERIFY(!context.seizureHistory);
        QVERIFY(context.epilepsyIndication);
        QCOMPARE(context.priorAbruptWithdrawals.value(), 2);
        QCOMPARE(PatientContext::checkContext(p, {m}, QDate(2025, 6, 15)).ageYears.value(), 75);
        QVERIFY(!PatientContext::checkContext(p, {}, QDate(2025, 6, 15)).epilepsyIndication);
        const PatientParams params = PatientContext::patientParams(p);
        QCOMPARE(params.weightKg, 82.5);
        QCOMPARE(params.priorAbruptWithdrawals, 2);
        QCOMPARE(PatientContext::patientParams(record(QStringLiteral("Y"), QStringLiteral("Y"))).weightKg, 70.0);
        QVERIFY(!PatientContext::ageYears(QDate(), QDate(2025, 1, 1)));
        QVERIFY(!PatientContext::ageYears(QDate(2026, 1, 1), QDate(2025, 1, 1)));
    }
};

QTEST_MAIN(TestPatientList)
#include "tst_patientlist.moc"
