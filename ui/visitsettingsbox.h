// The "Visits and follow-up" group of the Settings dialog: how long after the last visit the
// next one is due during a taper and during follow-up, and how long follow-up lasts. The patient
// list's "Visit overdue" and "In follow-up" filters and the history's phases use these.
#pragma once

#include "patientfilters.h"

#include <QGroupBox>

class QLabel;
class QSpinBox;

namespace lento::ui {

class VisitSettingsBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit VisitSettingsBox(QWidget *parent = nullptr);

    void setValues(const PatientFilterSettings &settings);
    PatientFilterSettings values() const;
    QSpinBox *taperIntervalField() const { return m_taper; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QSpinBox *m_taper;
    QSpinBox *m_followUp;
    QSpinBox *m_months;
    QLabel *m_taperLabel;
    QLabel *m_followUpLabel;
    QLabel *m_monthsLabel;
};

} // namespace lento::ui
