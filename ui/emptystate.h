// The page shown when no patient is open. On first run (an empty store) it says what to do:
// add a patient, or create the demo patient to explore; otherwise it points to the list.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace lento::ui {

class EmptyState : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyState(QWidget *parent = nullptr);

    void setFirstRun(bool firstRun);
    bool isFirstRun() const { return m_firstRun; }
    QString headline() const;
    QPushButton *newPatientButton() const { return m_newPatient; }
    QPushButton *demoButton() const { return m_demo; }

Q_SIGNALS:
    void newPatientRequested();
    void demoRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    bool m_firstRun = true;
    QLabel *m_title;
    QLabel *m_body;
    QLabel *m_note;
    QPushButton *m_newPatient;
    QPushButton *m_demo;
};

} // namespace lento::ui
