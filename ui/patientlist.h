// The left-hand patient list: a search field (name or identifier, filtered as you type), a
// filter by phase (active taper, completed, follow-up, visit overdue), the matching patients with
// their plan's status, and "New patient". Clicking a row or pressing Enter opens the patient;
// arrow keys in the search field move through the results.
#pragma once

#include "patientfilters.h"
#include "records.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace lento::store {
class Store;
}

namespace lento::ui {

class PatientListModel;

class PatientList : public QWidget
{
    Q_OBJECT
public:
    explicit PatientList(QWidget *parent = nullptr);

    void setStore(lento::store::Store *store);
    PatientListModel *model() const { return m_model; }
    QLineEdit *searchField() const { return m_search; }
    QTableView *view() const { return m_view; }
    QPushButton *newPatientButton() const { return m_newButton; }
    QComboBox *phaseFilterField() const { return m_phase; }
    void setPhaseFilter(PatientFilter filter);
    void setFilterSettings(const PatientFilterSettings &settings);

    // Highlights the patient's row (without emitting patientActivated); 0 clears.
    void setCurrentPatient(lento::store::RecordId id);
    void refresh(); // after a patient was added or changed
    void focusSearch(); // focus and select the search text

Q_SIGNALS:
    void patientActivated(lento::store::RecordId id);
    void newPatientRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void runSearch();
    void updateHint();
    void activateRow(int row);

    PatientListModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_phase;
    QTableView *m_view;
    QLabel *m_hint;
    QPushButton *m_newButton;
    QTimer *m_searchTimer;
    lento::store::RecordId m_current = 0;
};

} // namespace lento::ui
