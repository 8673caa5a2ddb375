// Puts the patient history into the workspace window: a Plan | History switch under the patient
// header with the plan's status (draft, active, completed, abandoned) beside it, "Record visit…",
// the status and view entries in the menus, and the history exports in the File menu. After a
// visit whose decision was to hold, slow down or step back it offers a re-plan from the dose
// taken, applied to the open plan as one undoable edit.
#pragma once

#include "patientfilters.h"
#include "records.h"

#include <QObject>
#include <QSet>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QMenu;
class QMenuBar;
class QStackedWidget;
class QTabBar;
class QWidget;

namespace lento {
class Catalogue;
}
namespace lento::store {
class Store;
}

namespace lento::ui {

class HistoryView;
class MainWindow;
class PatientList;
class WorkspaceActions;

class HistoryController : public QObject
{
    Q_OBJECT
public:
    enum class Page { Plan, History };

    // The actions are created as children of `actions`, so MainWindow::action() finds them.
    HistoryController(MainWindow *window, lento::store::Store *store, const lento::Catalogue *catalogue,
        WorkspaceActions *actions, QStackedWidget *stack, PatientList *patients);

    QWidget *bar() const { return m_bar; } // the Plan | History switch and the plan status
    HistoryView *view() const { return m_view; }
    QTabBar *pageTabs() const { return m_tabs; }
    QComboBox *statusField() const { return m_status; }
    Page page() const { return m_page; }
    QWidget *currentPage() const; // the plan editor or the history view
    void addMenus(QMenuBar *bar); // after WorkspaceActions::addMenus
    void setFilterSettings(const PatientFilterSettings &settings);

    // The window calls this whenever the patient, the plan or its saved version may have changed.
    void sync();

    // Menu actions; false when nothing happened (cancelled, nothing open, or an error shown).
    bool showPage(Page page);
    bool recordVisit();
    bool setPlanStatus(lento::store::PlanStatus status);
    // Offers the re-plan for a stored visit (hold / slow / step back); true if the plan changed.
    bool offerReplan(const lento::store::VisitRecord &visit);

Q_SIGNALS:
    void planStatusChanged(lento::store::RecordId planId);
    void pageChanged(HistoryController::Page page);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void updateActions();
    void loadHistoryIfNeeded();
    void afterVisitSaved(lento::store::RecordId visitId);

    MainWindow *m_window;
    lento::store::Store *m_store;
    const lento::Catalogue *m_catalogue;
    QStackedWidget *m_stack;
    PatientList *m_patients;
    HistoryView *m_view;

    QWidget *m_bar;
    QTabBar *m_tabs;
    QLabel *m_statusLabel;
    QComboBox *m_status;

    QAction *m_showPlan, *m_showHistory, *m_recordVisit, *m_exportSummary, *m_exportVisits;
    QActionGroup *m_statusGroup;
    QList<QAction *> m_statusActions; // draft, active, completed, abandoned
    QMenu *m_patientMenu = nullptr;
    QMenu *m_statusMenu = nullptr;

    Page m_page = Page::Plan;
    lento::store::RecordId m_patientId = 0;
    lento::store::RecordId m_planId = 0;
    lento::store::RecordId m_versionId = 0;
    lento::store::PlanStatus m_planStatus = lento::store::PlanStatus::Draft;
    bool m_historyStale = true;
    QSet<lento::store::RecordId> m_knownVisits; // of the patient shown, to tell new visits from corrections
};

} // namespace lento::ui
