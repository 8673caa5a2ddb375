// The handout options asked before printing or exporting: the patient's language and the
// window's proposal come through unchanged, the appointment and the supply page are optional,
// the clinic-wide choices are remembered, and the dialog works in Chinese.
#include "handoutoptionsdialog.h"
#include "languagemanager.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

using namespace lento;
using namespace lento::ui;

class TestHandoutOptions : public QObject
{
    Q_OBJECT

    static report::HandoutInput proposal()
    {
        report::HandoutInput in;
        in.language = QStringLiteral("zh_CN");
        in.patientName = QStringLiteral("<b>Wang</b> Fang");
        in.patientIdentifier = QStringLiteral("H-001");
        in.prescriber = QStringLiteral("Dr Li");
        in.clinicName = QStringLiteral("Riverside Clinic");
        in.issued = QDate(2026, 3, 2);
        in.region = QStringLiteral("cn");
        return in;
    }

private Q_SLOTS:
    void keepsTheProposalAndThePatientsLanguage()
    {
        HandoutOptionsDialog dialog(proposal());
        QCOMPARE(dialog.languageBox()->currentData().toString(), QStringLiteral("zh_CN"));
        const report::HandoutInput out = dialog.input();
        QCOMPARE(out.language, QStringLiteral("zh_CN"));
        QCOMPARE(out.prescriber, QStringLiteral("Dr Li"));
        QCOMPARE(out.clinicName, QStringLiteral("Riverside Clinic"));
        QCOMPARE(out.region, QStringLiteral("cn"));
        QCOMPARE(out.paper, QPageSize::A4);
        QVERIFY(!out.nextAppointment.isValid()); // none unless asked for
        QVERIFY(!out.nextAppointmentTime.isValid());
        QVERIFY(!out.prescriberPage);
        // The name is shown as typed, never as markup.
        const QLabel *intro = dialog.findChild<QLabel *>();
        QVERIFY(intro);
        QCOMPARE(intro->textFormat(), Qt::PlainText);
        QVERIFY(intro->text().contains(QStringLiteral("<b>Wang</b> Fang")));
    }

    void appointmentAndSupplyPageAreOptional()
    {
        HandoutOptionsDialog dialog(proposal());
        QVERIFY(!dialog.appointmentDate()->isEnabled());
        QVERIFY(!dialog.supplyDaysBox()->isEnabled());
        dialog.appointmentCheck()->setChecked(true);
        QVERIFY(dialog.appointmentDate()->isEnabled());
        // Not before the day the handout is issued.
        dialog.appointmentDate()->setDate(QDate(2026, 1, 1));
        QCOMPARE(dialog.input().nextAppointment, QDate(2026, 3, 2));
        dialog.appointmentDate()->setDate(QDate(2026, 3, 30));
        QCOMPARE(dialog.input().nextAppointment, QDate(2026, 3, 30));
        QVERIFY(!dialog.input().nextAppointmentTime.isValid());

        dialog.prescriberPageCheck()->setChecked(true);
        QVERIFY(dialog.supplyDaysBox()->isEnabled());
        dialog.supplyDaysBox()->setValue(56);
        QVERIFY(dialog.input().prescriberPage);
        QCOMPARE(dialog.input().supplyDays, 56);
        dialog.supplyDaysBox()->setValue(999); // the box's range holds the limit
        QCOMPARE(dialog.input().supplyDays, 365);

        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("en")));
        QCOMPARE(dialog.input().language, QStringLiteral("en"));
    }

    void clinicChoicesAreRemembered()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("lento.ini")), QSettings::IniFormat);
        report::HandoutInput in = proposal();
        HandoutOptionsDialog::applyRemembered(in, settings); // nothing stored yet
        QCOMPARE(in.paper, QPageSize::A4);
        QCOMPARE(in.supplyDays, 28);
        in.paper = QPageSize::Letter;
        in.prescriberPage = true;
        in.supplyDays = 14;
        in.tickBoxes = false;
        in.nextAppointment = QDate(2026, 4, 1);
        HandoutOptionsDialog::remember(in, settings);

        report::HandoutInput next = proposal();
        HandoutOptionsDialog::applyRemembered(next, settings);
        QCOMPARE(next.paper, QPageSize::Letter);
        QVERIFY(next.prescriberPage);
        QCOMPARE(next.supplyDays, 14);
        QVERIFY(!next.tickBoxes);
        QVERIFY(!next.nextAppointment.isValid()); // per patient, not remembered
        QCOMPARE(next.language, QStringLiteral("zh_CN")); // the patient's, not remembered

        settings.setValue(QStringLiteral("handout/supplyDays"), QStringLiteral("many")); // unreadable
        report::HandoutInput fallback = proposal();
        HandoutOptionsDialog::applyRemembered(fallback, settings);
        QCOMPARE(fallback.supplyDays, 28);
    }

    void chineseInterface()
    {
        LanguageManager language;
        QVERIFY(language.setLanguage(QStringLiteral("zh_CN")));
        HandoutOptionsDialog dialog(proposal());
        QVERIFY2(dialog.windowTitle().contains(QStringLiteral("患者")), qPrintable(dialog.windowTitle()));
        // Each language names itself.
        QCOMPARE(dialog.languageBox()->itemText(0), QStringLiteral("English"));
        QCOMPARE(dialog.languageBox()->itemText(1), QStringLiteral("简体中文"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        if (qEnvironmentVariableIsSet("LENTO_SCREENSHOT_DIR"))
            QVERIFY(dialog.grab().save(
                qEnvironmentVariable("LENTO_SCREENSHOT_DIR") + QStringLiteral("/handout-options-zh_CN.png")));
        QVERIFY(language.setLanguage(QStringLiteral("en")));
        QCoreApplication::processEvents();
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Patient handout"));
        // Every field has its label, and the buttons keep their words after the switch.
        const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
        QStringList texts;
        for (const QLabel *l : labels)
            texts << l->text();
        for (const QString &expected :
            {QStringLiteral("Handout &language:"), QStringLiteral("&Paper:"), QStringLiteral("P&rescriber:"),
                QStringLiteral("Next appointment:"), QStringLiteral("Prescription peri&od:")})
            QVERIFY2(texts.contains(expected), qPrintable(texts.join(QLatin1Char('|'))));
        QStringList buttons;
        for (const QPushButton *b : dialog.findChildren<QPushButton *>())
            buttons << b->text();
        QVERIFY2(buttons.contains(QStringLiteral("&Continue")), qPrintable(buttons.join(QLatin1Char('|'))));
        dialog.adjustSize();
        if (qEnvironmentVariableIsSet("LENTO_SCREENSHOT_DIR"))
            QVERIFY(dialog.grab().save(
                qEnvironmentVariable("LENTO_SCREENSHOT_DIR") + QStringLiteral("/handout-options-en.png")));
    }
};

QTEST_MAIN(TestHandoutOptions)
#include "tst_handoutoptions.moc"
