// Handout options asked before printing or exporting (see handoutoptionsdialog.h).
#include "handoutoptionsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace lento::ui {

namespace {
const QLatin1String kPaperKey("handout/paper");
const QLatin1String kPrescriberPageKey("handout/prescriberPage");
const QLatin1String kSupplyDaysKey("handout/supplyDays");
const QLatin1String kTickBoxesKey("handout/tickBoxes");
} // namespace

HandoutOptionsDialog::HandoutOptionsDialog(const report::HandoutInput &input, QWidget *parent)
    : QDialog(parent), m_input(input)
{
    setObjectName(QStringLiteral("handoutOptionsDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText); // the patient's name is shown as typed

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("handoutLanguage"));
    // Each language is named in itself, so the patient's language is recognisable whatever the
    // interface language is.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(input.language)));

    m_paper = new QComboBox(this);
    m_paper->addItem(QStringLiteral("A4"), int(QPageSize::A4));
    m_paper->addItem(QString(), int(QPageSize::Letter));
    m_paper->setCurrentIndex(std::max(0, m_paper->findData(int(input.paper))));

    m_prescriber = new QLineEdit(input.prescriber, this);
    m_prescriber->setObjectName(QStringLiteral("handoutPrescriber"));

    m_hasAppointment = new QCheckBox(this);
    m_hasAppointment->setObjectName(QStringLiteral("handoutHasAppointment"));
    m_appointment = new QDateEdit(this);
    m_appointment->setObjectName(QStringLiteral("handoutAppointment"));
    m_appointment->setCalendarPopup(true);
    m_appointment->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    const QDate today = input.issued.isValid() ? input.issued : QDate::currentDate();
    m_appointment->setMinimumDate(today);
    m_appointment->setDate(input.nextAppointment.isValid() ? input.nextAppointment : today.addDays(28));
    m_hasAppointment->setChecked(input.nextAppointment.isValid());
    m_hasTime = new QCheckBox(this);
    m_time = new QTimeEdit(this);
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setTime(input.nextAppointmentTime.isValid() ? input.nextAppointmentTime : QTime(9, 0));
    m_hasTime->setChecked(input.nextAppointmentTime.isValid());
    auto *appointmentRow = new QHBoxLayout;
    appointmentRow->addWidget(m_hasAppointment);
    appointmentRow->addWidget(m_appointment);
    appointmentRow->addSpacing(12);
    appointmentRow->addWidget(m_hasTime);
    appointmentRow->addWidget(m_time);
    appointmentRow->addStretch(1);

    m_tickBoxes = new QCheckBox(this);
    m_tickBoxes->setChecked(input.tickBoxes);
    m_prescriberPage = new QCheckBox(this);
    m_prescriberPage->setObjectName(QStringLiteral("handoutPrescriberPage"));
    m_prescriberPage->setChecked(input.prescriberPage);
    m_supplyDays = new QSpinBox(this);
    m_supplyDays->setObjectName(QStringLiteral("handoutSupplyDays"));
    m_supplyDays->setRange(1, 365);
    m_supplyDays->setValue(std::clamp(input.supplyDays, 1, 365));

    m_form = new QFormLayout;
    auto row = [this](QWidget *field) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_form->addRow(label, field);
        return label;
    };
    m_languageLabel = row(m_language);
    m_paperLabel = row(m_paper);
    m_prescriberLabel = row(m_prescriber);
    m_appointmentLabel = new QLabel(this);
    m_appointmentLabel->setBuddy(m_hasAppointment);
    m_form->addRow(m_appointmentLabel, appointmentRow);
    m_form->addRow(m_tickBoxes);
    m_form->addRow(m_prescriberPage);
    m_supplyLabel = row(m_supplyDays);

    m_buttons = new QDialogButtonBox(this);
    m_continue = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_continue->setDefault(true);
    m_cancel = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_hasAppointment, &QCheckBox::toggled, this, &HandoutOptionsDialog::updateEnabled);
    connect(m_hasTime, &QCheckBox::toggled, this, &HandoutOptionsDialog::updateEnabled);
    connect(m_prescriberPage, &QCheckBox::toggled, this, &HandoutOptionsDialog::updateEnabled);
    retranslateUi();
    updateEnabled();
}

report::HandoutInput HandoutOptionsDialog::input() const
{
    report::HandoutInput in = m_input;
    in.language = m_language->currentData().toString();
    in.paper = QPageSize::PageSizeId(m_paper->currentData().toInt());
    in.prescriber = m_prescriber->text().trimmed();
    in.nextAppointment = m_hasAppointment->isChecked() ? m_appointment->date() : QDate();
    in.nextAppointmentTime = m_hasAppointment->isChecked() && m_hasTime->isChecked() ? m_time->time() : QTime();
    in.tickBoxes = m_tickBoxes->isChecked();
    in.prescriberPage = m_prescriberPage->isChecked();
    in.supplyDays = m_supplyDays->value();
    return in;
}

void HandoutOptionsDialog::applyRemembered(report::HandoutInput &input, QSettings &settings)
{
    if (settings.contains(kPaperKey)) {
        const QString paper = settings.value(kPaperKey).toString();
        if (paper == QLatin1String("letter"))
            input.paper = QPageSize::Letter;
        else if (paper == QLatin1String("a4"))
            input.paper = QPageSize::A4;
    }
    input.prescriberPage = settings.value(kPrescriberPageKey, input.prescriberPage).toBool();
    bool ok = false;
    const int days = settings.value(kSupplyDaysKey, input.supplyDays).toInt(&ok);
    if (ok && days >= 1 && days <= 365)
        input.supplyDays = days;
    input.tickBoxes = settings.value(kTickBoxesKey, input.tickBoxes).toBool();
}

void HandoutOptionsDialog::remember(const report::HandoutInput &input, QSettings &settings)
{
    settings.setValue(kPaperKey, input.paper == QPageSize::Letter ? QStringLiteral("letter") : QStringLiteral("a4"));
    settings.setValue(kPrescriberPageKey, input.prescriberPage);
    settings.setValue(kSupplyDaysKey, input.supplyDays);
    settings.setValue(kTickBoxesKey, input.tickBoxes);
}

void HandoutOptionsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void HandoutOptionsDialog::updateEnabled()
{
    m_appointment->setEnabled(m_hasAppointment->isChecked());
    m_hasTime->setEnabled(m_hasAppointment->isChecked());
    m_time->setEnabled(m_hasAppointment->isChecked() && m_hasTime->isChecked());
    m_supplyDays->setEnabled(m_prescriberPage->isChecked());
    m_supplyLabel->setEnabled(m_prescriberPage->isChecked());
}

void HandoutOptionsDialog::retranslateUi()
{
    setWindowTitle(tr("Patient handout"));
    m_intro->setText(m_input.patientName.isEmpty()
            ? tr("The handout is printed in the language the patient reads, whatever the language of "
                 "this window.")
            : tr("Handout for %1. It is printed in the language the patient reads, whatever the "
                 "language of this window.")
                  .arg(m_input.patientName));
    m_languageLabel->setText(tr("Handout &language:"));
    m_paperLabel->setText(tr("&Paper:"));
    m_prescriberLabel->setText(tr("P&rescriber:"));
    m_appointmentLabel->setText(tr("Next appointment:"));
    m_supplyLabel->setText(tr("Prescription peri&od:"));
    m_paper->setItemText(1, tr("US Letter"));
    m_prescriber->setPlaceholderText(tr("Leave empty for a line to write the name on"));
    m_hasAppointment->setText(tr("&Date"));
    m_hasTime->setText(tr("&Time"));
    m_hasAppointment->setToolTip(tr("Without a date the handout has a blank line to fill in by hand."));
    m_tickBoxes->setText(tr("Tick &box for every day of the calendar"));
    m_prescriberPage->setText(tr("Add the prescriber and pharmacy &supply page (not for the patient)"));
    m_supplyDays->setSuffix(tr(" days"));
    m_continue->setText(tr("&Continue"));
    m_cancel->setText(tr("Cancel"));
}

} // namespace lento::ui
