// Visit interval settings (see visitsettingsbox.h).
#include "visitsettingsbox.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace lento::ui {

VisitSettingsBox::VisitSettingsBox(QWidget *parent)
    : QGroupBox(parent),
      m_taper(new QSpinBox(this)),
      m_followUp(new QSpinBox(this)),
      m_months(new QSpinBox(this)),
      m_taperLabel(new QLabel(this)),
      m_followUpLabel(new QLabel(this)),
      m_monthsLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("visitSettings"));
    m_taper->setObjectName(QStringLiteral("taperVisitInterval"));
    m_followUp->setObjectName(QStringLiteral("followUpVisitInterval"));
    m_months->setObjectName(QStringLiteral("followUpMonths"));
    m_taper->setRange(1, 365);
    m_followUp->setRange(1, 730);
    m_months->setRange(1, 120);
    m_taperLabel->setBuddy(m_taper);
    m_followUpLabel->setBuddy(m_followUp);
    m_monthsLabel->setBuddy(m_months);
    auto *form = new QFormLayout(this);
    form->addRow(m_taperLabel, m_taper);
    form->addRow(m_followUpLabel, m_followUp);
    form->addRow(m_monthsLabel, m_months);
    retranslateUi();
    setValues(PatientFilterSettings());
}

void VisitSettingsBox::setValues(const PatientFilterSettings &settings)
{
    m_taper->setValue(settings.taperVisitIntervalDays);
    m_followUp->setValue(settings.followUpVisitIntervalDays);
    m_months->setValue(settings.followUpMonths);
}

PatientFilterSettings VisitSettingsBox::values() const
{
    PatientFilterSettings s;
    s.taperVisitIntervalDays = m_taper->value();
    s.followUpVisitIntervalDays = m_followUp->value();
    s.followUpMonths = m_months->value();
    return s;
}

void VisitSettingsBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void VisitSettingsBox::retranslateUi()
{
    setTitle(tr("Visits and follow-up"));
    m_taperLabel->setText(tr("Visit during a &taper every:"));
    m_followUpLabel->setText(tr("Visit during f&ollow-up every:"));
    m_monthsLabel->setText(tr("Follo&w-up lasts:"));
    m_taper->setSuffix(tr(" days"));
    m_followUp->setSuffix(tr(" days"));
    m_months->setSuffix(tr(" months"));
    m_taper->setToolTip(tr("A visit is overdue this long after the last one while the patient tapers."));
    m_followUp->setToolTip(tr("A visit is overdue this long after the last one during follow-up."));
    m_months->setToolTip(tr("How long after the last step the patient is in follow-up."));
    m_taper->setAccessibleName(tr("Visit interval during a taper"));
    m_followUp->setAccessibleName(tr("Visit interval during follow-up"));
    m_months->setAccessibleName(tr("Length of follow-up"));
}

} // namespace lento::ui
