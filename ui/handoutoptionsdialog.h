// Asked before a handout is printed or exported: the language the patient reads (from the
// patient record, changeable for this print), the paper, who signs it, the next appointment, and
// whether to add tick boxes and the prescriber/pharmacy supply page. The choices that belong to
// the clinic rather than to one patient (paper, supply page, period, tick boxes) are remembered.
#pragma once

#include "handoutinput.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QSpinBox;
class QTimeEdit;

namespace lento::ui {

class HandoutOptionsDialog : public QDialog
{
    Q_OBJECT
public:
    // `input` is the window's proposal (patient, plan, clinic, language); the dialog shows it and
    // returns it changed by what the prescriber chose.
    explicit HandoutOptionsDialog(const report::HandoutInput &input, QWidget *parent = nullptr);

    report::HandoutInput input() const;

    // The clinic-wide choices kept between handouts.
    static void applyRemembered(report::HandoutInput &input, QSettings &settings);
    static void remember(const report::HandoutInput &input, QSettings &settings);

    QComboBox *languageBox() const { return m_language; }
    QCheckBox *appointmentCheck() const { return m_hasAppointment; }
    QDateEdit *appointmentDate() const { return m_appointment; }
    QCheckBox *prescriberPageCheck() const { return m_prescriberPage; }
    QSpinBox *supplyDaysBox() const { return m_supplyDays; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateEnabled();

    report::HandoutInput m_input;
    QFormLayout *m_form = nullptr;
    QLabel *m_languageLabel = nullptr;
    QLabel *m_paperLabel = nullptr;
    QLabel *m_prescriberLabel = nullptr;
    QLabel *m_appointmentLabel = nullptr;
    QLabel *m_supplyLabel = nullptr;
    QPushButton *m_continue = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_intro = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_paper = nullptr;
    QLineEdit *m_prescriber = nullptr;
    QCheckBox *m_hasAppointment = nullptr;
    QDateEdit *m_appointment = nullptr;
    QCheckBox *m_hasTime = nullptr;
    QTimeEdit *m_time = nullptr;
    QCheckBox *m_tickBoxes = nullptr;
    QCheckBox *m_prescriberPage = nullptr;
    QSpinBox *m_supplyDays = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace lento::ui
