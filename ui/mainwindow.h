// The workspace window a prescriber works in during a consultation: the patient list on the
// left; on the right the patient's header and the plan editor (or the empty-state page). It owns
// the link to the patient store: opening a patient loads its newest plan version, Save writes a
// new version (a stale base offers "Reload" or "Save as new plan"), unsaved changes are asked
// about before closing or switching. Menus reach every action from the keyboard.
#pragma once

#include "handoutinput.h"
#include "plan.h"
#include "records.h"
#include "settings.h"

#include <QMainWindow>
#include <QPointer>

#include <optional>

class QAction;
class QLabel;
class QSplitter;
class QStackedWidget;

namespace lento {
class Catalogue;
}
namespace lento::store {
class Store;
}

namespace lento::ui {

class EmptyState;
class HistoryController;
class LanguageManager;
class PatientHeader;
class PatientList;
class PlanEditor;
class WorkspaceActions;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `store` must be open and outlive the window; `language` may be null (no language switch).
    // `settings` are the ones the program loaded at start; the first form loads them itself.
    MainWindow(lento::store::Store *store, const lento::Catalogue *catalogue, LanguageManager *language,
        QWidget *parent = nullptr);
    MainWindow(lento::store::Store *store, const lento::Catalogue *catalogue, LanguageManager *language,
        const AppSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // ---- State, for the app and for tests ----
    lento::store::RecordId currentPatientId() const { return m_patient.id; }
    lento::store::RecordId currentPlanId() const { return m_planId; }
    lento::store::RecordId baseVersionId() const { return m_baseVersion; } // version being edited, 0 = new plan
    bool hasUnsavedChanges() const;
    const AppSettings &settings() const { return m_settings; }
    void applySettings(const AppSettings &settings); // saves to QSettings, updates editor/store/language

    PatientList *patientList() const { return m_patients; }
    PatientHeader *patientHeader() const { return m_header; }
    PlanEditor *planEditor() const { return m_editor; }
    EmptyState *emptyState() const { return m_empty; }
    HistoryController *history() const { return m_history; } // the History page, visits, plan status
    QLabel *readOnlyBanner() const { return m_banner; }
    QAction *action(const QString &objectName) const; // e.g. "actionSave"
    // The patient handout for the open plan (patient's handout language, clinic from the settings).
    report::HandoutInput handoutInput() const;

    // ---- Operations (the menu actions call these; false = cancelled or failed, with a message) ----
    // Asks about unsaved changes first; 0 closes the patient.
    bool openPatient(lento::store::RecordId patientId);
    bool openPlan(lento::store::RecordId planId);
    // Saves the editor's plan as a new version (or a new plan) with `comment`.
    bool savePlan(const QString &comment);
    // Imports a lento-plan/1 document as a new, unsaved plan of the open patient.
    bool importPlanFile(const QString &path);
    bool exportPlanFile(const QString &path);
    // Adds the demo patient and opens it; returns its id (0 on failure).
    lento::store::RecordId createDemoPatient();
    // Save / Discard / Cancel when there are unsaved changes; true = go on.
    bool maybeSave();

public Q_SLOTS:
    void newPatient();
    void editPatient();
    void save(); // asks for a comment, then savePlan()
    void importPlan();
    void exportPlan();
    std::optional<report::HandoutInput> askHandoutOptions();
    void printHandout();
    void exportPdf();
    void backupDatabase();
    void showSettings();
    void showAbout();
    void demoPatientRequested();

Q_SIGNALS:
    void patientOpened(lento::store::RecordId patientId);
    void planSaved(lento::store::RecordId versionId);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void connectActions();
    void retranslateUi();
    void updateTitle();
    void updateActions();
    void updateUndoTexts();
    void showPatientPage();
    void refreshPatient(); // re-reads patient, medications and plans
    void takeHistory(const lento::store::PatientHistory &history); // patient, medications, unarchived plans
    void pushPatientContext();
    void loadVersion(const lento::store::PlanVersion &version);
    void startNewPlan();
    bool saveAsNewPlan(const QByteArray &document, const QString &comment, lento::store::RecordId branchedFrom);
    void afterSaved(const lento::store::PlanVersion &version);
    void showError(const QString &title, const QString &message);
    QString defaultPlanFileName() const;

    lento::store::Store *m_store;
    const lento::Catalogue *m_catalogue;
    QPointer<LanguageManager> m_language;
    AppSettings m_settings;

    lento::store::PatientRecord m_patient; // id 0 = none open
    QList<lento::store::MedicationRecord> m_medications;
    QList<lento::store::PlanRecord> m_plans;
    lento::store::RecordId m_planId = 0;
    lento::store::RecordId m_baseVersion = 0;
    bool m_unsavedNewPlan = false; // an imported plan not saved yet

    QSplitter *m_splitter;
    PatientList *m_patients;
    QLabel *m_banner;
    PatientHeader *m_header;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    PlanEditor *m_editor;
    QLabel *m_storeLabel;

    WorkspaceActions *m_act;
    HistoryController *m_history;
};

} // namespace lento::ui
