// Reading typed regimens into doses for the migration and older patient files: every dose with
// a time is read ("1 mg at 08:00 and 22:00" is two doses), and anything not understood marks the
// regimen incomplete (for review) instead of being guessed.
#include "recordjson.h"
#include "regimentext.h"

#include <QtTest>

using namespace lento::store;

class TestRegimenText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void read_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("doses"); // "mg@HH:MM;..."
        QTest::addColumn<bool>("complete");
        QTest::newRow("one amount, two times")
            << QStringLiteral("1 mg at 08:00 and 22:00") << QStringLiteral("1@08:00;1@22:00") << true;
        QTest::newRow("written form") << QStringLiteral("1 mg 08:00, 0.5 mg 14:00, 1 mg 22:00")
                                      << QStringLiteral("1@08:00;0.5@14:00;1@22:00") << true;
        QTest::newRow("compact") << QStringLiteral("2@07:30,2.5@21:00") << QStringLiteral("2@07:30;2.5@21:00") << true;
        QTest::newRow("decimal comma") << QStringLiteral("0,25 mg 23:00") << QStringLiteral("0.25@23:00") << true;
        QTest::newRow("no space") << QStringLiteral("1mg 8:00") << QStringLiteral("1@08:00") << true;
        QTest::newRow("chinese") << QStringLiteral("0.5毫克 08:00 和 22:00") << QStringLiteral("0.5@08:00;0.5@22:00")
                                 << true;
        QTest::newRow("no times") << QStringLiteral("5 mg twice daily") << QString() << false;
        QTest::newRow("as needed kept, marked")
            << QStringLiteral("2 mg 22:00 prn") << QStringLiteral("2@22:00") << false;
        QTest::newRow("amount without time")
            << QStringLiteral("1 mg 08:00, 2 mg") << QStringLiteral("1@08:00") << false;
        QTest::newRow("time without amount") << QStringLiteral("08:00") << QString() << false;
        QTest::newRow("bad time") << QStringLiteral("1 mg 25:00") << QString() << false;
        QTest::newRow("empty") << QString() << QString() << false;
    }

    void read()
    {
        QFETCH(QString, text);
        QFETCH(QString, doses);
        QFETCH(bool, complete);
        const RegimenText::Read r = RegimenText::read(text);
        QStringList got;
        for (const MedicationDose &d : r.doses)
            got << QStringLiteral("%1@%2:%3")
                       .arg(d.mg.value())
                       .arg(d.minuteOfDay / 60, 2, 10, QLatin1Char('0'))
                       .arg(d.minuteOfDay % 60, 2, 10, QLatin1Char('0'));
        QCOMPARE(got.join(QLatin1Char(';')), doses);
        QCOMPARE(r.complete, complete);
        QCOMPARE(r.unread.isEmpty(), complete || text.isEmpty());
        if (complete) // the written form reads back the same
            QCOMPARE(RegimenText::read(RegimenText::write(r.doses)).doses, r.doses);
    }

    void olderPatientFilesAreRead()
    {
        // A medication written before "doses" existed.
        const auto typed
            = RecordJson::medicationFromJson(QJsonObject {{QStringLiteral("drug"), QStringLiteral("alprazolam")},
                {QStringLiteral("regimen"), QStringLiteral("1 mg at 08:00 and 22:00")}});
        QVERIFY(typed.ok());
        QCOMPARE(typed->doses.size(), 2);
        QVERIFY(!typed->needsReview);
        const auto unclear
            = RecordJson::medicationFromJson(QJsonObject {{QStringLiteral("drug"), QStringLiteral("diazepam")},
                {QStringLiteral("regimen"), QStringLiteral("5 mg twice daily")}});
        QVERIFY(unclear.ok());
        QVERIFY(unclear->needsReview);
        // The structured form round-trips, and bad doses are refused by name.
        const QJsonObject json = RecordJson::medicationToJson(*typed);
        QCOMPARE(RecordJson::medicationFromJson(json)->doses, typed->doses);
        QJsonObject bad = json;
        bad.insert(QStringLiteral("doses"),
            QJsonArray {QJsonObject {{QStringLiteral("time"), QStringLiteral("8h")}, {QStringLiteral("mg"), 1}}});
        const auto refused = RecordJson::medicationFromJson(bad, QStringLiteral("medications[0]"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().path, QStringLiteral("medications[0].doses[0].time"));
    }
};

QTEST_GUILESS_MAIN(TestRegimenText)
#include "tst_regimentext.moc"
