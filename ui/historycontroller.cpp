// The patient history in the workspace window (see historycontroller.h).
#include "historycontroller.h"

#include "catalogue.h"
#include "historyview.h"
#include "mainwindow.h"
#include "patientlist.h"
#include "plandocument.h"
#include "plandocumentmodel.h"
#include "planeditor.h"
#include "plannerform.h"
#include "store.h"
#include "visitdialog.h"
#include "visitreplan.h"
#include "workspaceactions.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>

namespace lento::ui {

using lento::store::PlanStatus;
using lento::store::RecordId;
using lento::store::VisitDecision;

namespace {

const PlanStatus kStatuses[] = {PlanStatus::Draft, PlanStatus::Active, PlanStatus::Completed, PlanStatus::Abandoned};

QAction *makeAction(QObject *parent, const char *name, const QKeySequence &key = {})
{
    auto *a = new QAction(parent);
    a->setObjectName(QLatin1String(name));
    if (!key.isEmpty())
        a->setShortcut(key);
    a->setShortcutContext(Qt::WindowShortcut);
    return a;
}

// The doses the visit records for its own date (else for the last day it records), with the
// times of the step in force where the visit did not record a time.
QList<lento::Dose> takenOn(const lento::store::VisitRecord &visit, const lento::Plan &plan)
{
    QDate day = visit.date;
    bool covered = false;
    QDate latest;
    for (const auto &d : visit.actualDoses) {
        covered = covered || (d.from <= day && day <= d.to);
        if (!latest.isValid() || d.to > latest)
            latest = d.to;
    }
    if (!covered)
        day = latest;
    const int step = lento::VisitReplan::stepOn(plan, visit.date);
    QList<lento::Dose> taken;
    QHash<QString, int> used; // per drug: planned doses whose times were used
    for (const auto &d : visit.actualDoses) {
        if (!(d.from <= day && day <= d.to) || d.mg.value() <= 0.0)
            continue;
        lento::Dose dose;
        dose.drug = d.drug;
        dose.mg = d.mg;
        dose.minuteOfDay = d.minuteOfDay;
        if (dose.minuteOfDay < 0) {
            dose.minuteOfDay = 8 * 60;
            if (step >= 0) {
                int n = used.value(d.drug);
                for (const lento::Dose &p : plan.steps[step].doses)
                    if (p.drug == d.drug && n-- == 0) {
                        dose.minuteOfDay = p.minuteOfDay;
                        break;
                    }
                used[d.drug] += 1;
            }
        }
        taken.append(dose);
    }
    std::sort(taken.begin(), taken.end(), [](const lento::Dose &a, const lento::Dose &b) {
        return a.minuteOfDay < b.minuteOfDay || (a.minuteOfDay == b.minuteOfDay && a.drug < b.drug);
    });
    return taken;
}

} // namespace

HistoryController::HistoryController(MainWindow *window, store::Store *store, const Catalogue *catalogue,
    WorkspaceActions *actions, QStackedWidget *stack, PatientList *patients)
    : QObject(window),
      m_window(window),
      m_store(store),
      m_catalogue(catalogue),
      m_stack(stack),
      m_patients(patients),
      m_view(new HistoryView(store, stack)),
      m_bar(new QWidget(window)),
      m_tabs(new QTabBar(m_bar)),
      m_statusLabel(new QLabel(m_bar)),
      m_status(new QComboBox(m_bar))
{
    m_view->setCatalogue(catalogue);
    m_stack->addWidget(m_view);

    m_bar->setObjectName(QStringLiteral("patientPageBar"));
    m_tabs->setObjectName(QStringLiteral("patientPageTabs"));
    m_tabs->addTab(QString());
    m_tabs->addTab(QString());
    m_tabs->setDrawBase(false);
    m_tabs->setExpanding(false);
    m_status->setObjectName(QStringLiteral("planStatus"));
    for (const PlanStatus s : kStatuses)
        m_status->addItem(QString(), QVariant::fromValue(int(s)));
    m_statusLabel->setBuddy(m_status);
    auto *layout = new QHBoxLayout(m_bar);
    layout->setContentsMargins(6, 2, 6, 0);
    layout->addWidget(m_tabs);
    layout->addStretch(1);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_status);
    m_bar->hide();
    m_bar->installEventFilter(this);

    m_showPlan = makeAction(actions, "actionShowPlan", QKeySequence(QStringLiteral("Ctrl+3")));
    m_showHistory = makeAction(actions, "actionShowHistory", QKeySequence(QStringLiteral("Ctrl+4")));
    m_showPlan->setCheckable(true);
    m_showHistory->setCheckable(true);
    auto *pages = new QActionGroup(this);
    pages->addAction(m_showPlan);
    pages->addAction(m_showHistory);
    m_showPlan->setChecked(true);
    m_recordVisit = makeAction(actions, "actionRecordVisit", QKeySequence(QStringLiteral("Ctrl+R")));
    m_exportSummary = makeAction(actions, "actionExportHistorySummary");
    m_exportVisits = makeAction(actions, "actionExportVisitsCsv");
    m_statusGroup = new QActionGroup(this);
    const char *statusNames[]
        = {"actionStatusDraft", "actionStatusActive", "actionStatusCompleted", "actionStatusAbandoned"};
    for (int i = 0; i < 4; ++i) {
        QAction *a = makeAction(actions, statusNames[i]);
        a->setCheckable(true);
        a->setData(int(kStatuses[i]));
        m_statusGroup->addAction(a);
        m_statusActions.append(a);
    }

    connect(m_tabs, &QTabBar::currentChanged, this,
        [this](int index) { showPage(index == 1 ? Page::History : Page::Plan); });
    connect(m_showPlan, &QAction::triggered, this, [this] { showPage(Page::Plan); });
    connect(m_showHistory, &QAction::triggered, this, [this] { showPage(Page::History); });
    connect(m_recordVisit, &QAction::triggered, this, &HistoryController::recordVisit);
    connect(m_exportSummary, &QAction::triggered, this, [this] {
        loadHistoryIfNeeded();
        m_view->exportSummary();
    });
    connect(m_exportVisits, &QAction::triggered, this, [this] {
        loadHistoryIfNeeded();
        m_view->exportCsv();
    });
    connect(m_statusGroup, &QActionGroup::triggered, this,
        [this](QAction *a) { setPlanStatus(PlanStatus(a->data().toInt())); });
    connect(m_status, &QComboBox::activated, this,
        [this](int index) { setPlanStatus(PlanStatus(m_status->itemData(index).toInt())); });
    connect(m_view, &HistoryView::visitSaved, this, &HistoryController::afterVisitSaved);
    retranslate();
    updateActions();
}

QWidget *HistoryController::currentPage() const
{
    return m_page == Page::History ? static_cast<QWidget *>(m_view) : static_cast<QWidget *>(m_window->planEditor());
}

void HistoryController::addMenus(QMenuBar *bar)
{
    auto *actions = m_window->findChild<WorkspaceActions *>();
    if (!actions || !actions->fileMenu)
        return;
    actions->fileMenu->insertActions(actions->backup, {m_exportSummary, m_exportVisits});
    actions->fileMenu->insertSeparator(actions->backup);

    actions->viewMenu->insertActions(actions->fullScreen, {m_showPlan, m_showHistory});
    actions->viewMenu->insertSeparator(actions->fullScreen);

    m_patientMenu = new QMenu(bar);
    m_patientMenu->setObjectName(QStringLiteral("menuPatient"));
    m_patientMenu->addAction(m_recordVisit);
    m_patientMenu->addSeparator();
    m_statusMenu = m_patientMenu->addMenu(QString());
    m_statusMenu->setObjectName(QStringLiteral("menuPlanStatus"));
    m_statusMenu->addActions(m_statusActions);
    bar->insertMenu(actions->helpMenu->menuAction(), m_patientMenu);
    retranslate();
}

void HistoryController::setFilterSettings(const PatientFilterSettings &settings)
{
    HistoryOptions options = m_view->options();
    options.phases = settings;
    if (m_page == Page::History && m_patientId) {
        m_view->setOptions(options); // reloads
        m_historyStale = false;
    } else {
        const RecordId shown = m_view->patient();
        m_view->setPatient(0);
        m_view->setOptions(options);
        m_historyStale = m_historyStale || shown != 0;
    }
}

bool HistoryController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_bar && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void HistoryController::retranslate()
{
    m_tabs->setTabText(0, tr("Plan"));
    m_tabs->setTabText(1, tr("History"));
    m_tabs->setTabToolTip(0, tr("The plan being edited (Ctrl+3)"));
    m_tabs->setTabToolTip(1, tr("Plan versions, visits, charts and adherence (Ctrl+4)"));
    m_tabs->setAccessibleName(tr("Patient page"));
    m_statusLabel->setText(tr("Plan status:"));
    m_status->setAccessibleName(tr("Plan status"));
    m_status->setToolTip(tr("Draft while the plan is prepared, active while the patient follows it, then "
                            "completed or abandoned. The patient list filters by it."));
    for (int i = 0; i < m_status->count(); ++i)
        m_status->setItemText(i, PatientFilters::planStatusName(kStatuses[i]));
    m_showPlan->setText(tr("Pla&n"));
    m_showHistory->setText(tr("&History"));
    m_recordVisit->setText(tr("&Record visit…"));
    m_recordVisit->setToolTip(tr("Enter the doses taken, the withdrawal scales and the decision of a visit"));
    m_exportSummary->setText(tr("Export &history summary PDF…"));
    m_exportVisits->setText(tr("Export &visits as CSV…"));
    const QString statusTexts[] = {tr("&Draft"), tr("&Active"), tr("&Completed"), tr("A&bandoned")};
    for (int i = 0; i < m_statusActions.size(); ++i)
        m_statusActions[i]->setText(statusTexts[i]);
    if (m_patientMenu) {
        m_patientMenu->setTitle(tr("&Patient"));
        m_statusMenu->setTitle(tr("Plan &status"));
    }
}

// ---- Following the window ----------------------------------------------------------------

void HistoryController::sync()
{
    const RecordId patient = m_window->currentPatientId();
    const RecordId plan = m_window->currentPlanId();
    const RecordId version = m_window->baseVersionId();
    if (patient != m_patientId) {
        m_patientId = patient;
        m_knownVisits.clear();
        m_historyStale = true;
    } else if (version != m_versionId) {
        m_historyStale = true; // a new version was saved (or another opened)
    }
    m_planId = plan;
    m_versionId = version;
    m_planStatus = PlanStatus::Draft;
    if (plan && m_store) {
        if (const auto record = m_store->plan(plan))
            m_planStatus = record->status;
    }
    m_bar->setVisible(patient != 0);
    if (!patient && m_page == Page::History)
        m_view->setPatient(0);
    if (m_page == Page::History)
        loadHistoryIfNeeded();
    updateActions();
}

void HistoryController::loadHistoryIfNeeded()
{
    if (!m_historyStale && m_view->patient() == m_patientId)
        return;
    m_historyStale = false;
    m_view->setPatient(m_patientId);
    for (const auto &v : m_view->data().visits) // stored before (here or from the command line)
        m_knownVisits.insert(v.record.id);
}

void HistoryController::updateActions()
{
    const bool open = m_patientId != 0;
    const bool writable = m_store && m_store->isOpen() && !m_store->isReadOnly();
    m_recordVisit->setEnabled(open && writable);
    m_exportSummary->setEnabled(open);
    m_exportVisits->setEnabled(open);
    m_showPlan->setEnabled(open);
    m_showHistory->setEnabled(open);
    const bool statusEditable = open && writable && m_planId != 0;
    m_status->setEnabled(statusEditable);
    m_statusGroup->setEnabled(statusEditable);
    {
        const QSignalBlocker block(m_status);
        m_status->setCurrentIndex(m_planId ? m_status->findData(int(m_planStatus)) : -1);
    }
    for (QAction *a : m_statusActions)
        a->setChecked(m_planId && a->data().toInt() == int(m_planStatus));
    m_status->setToolTip(m_planId ? m_status->toolTip() : tr("Save the plan first: a status belongs to a saved plan."));
    {
        const QSignalBlocker block(m_tabs);
        m_tabs->setCurrentIndex(m_page == Page::History ? 1 : 0);
    }
    m_showPlan->setChecked(m_page == Page::Plan);
    m_showHistory->setChecked(m_page == Page::History);
}

bool HistoryController::showPage(Page page)
{
    if (!m_patientId) {
        updateActions();
        return false;
    }
    m_page = page;
    if (page == Page::History)
        loadHistoryIfNeeded();
    m_stack->setCurrentWidget(currentPage());
    updateActions();
    Q_EMIT pageChanged(page);
    return true;
}

// ---- Visits --------------------------------------------------------------------------------

bool HistoryController::recordVisit()
{
    if (!m_patientId || !m_recordVisit->isEnabled())
        return false;
    loadHistoryIfNeeded();
    const int before = int(m_view->data().visits.size());
    m_view->newVisit();
    return m_view->data().visits.size() > before;
}

void HistoryController::afterVisitSaved(RecordId visitId)
{
    const bool isNew = !m_knownVisits.contains(visitId);
    m_knownVisits.insert(visitId);
    m_patients->refresh(); // its status and filters may change with the visit
    showPage(Page::History);
    const HistoryVisit *visit = m_view->data().visit(visitId);
    if (!visit)
        return;
    m_window->statusBar()->showMessage(
        tr("Visit of %1 saved.").arg(QLocale().toString(visit->record.date, QLocale::ShortFormat)), 5000);
    if (isNew)
        offerReplan(visit->record);
}

bool HistoryController::offerReplan(const lento::store::VisitRecord &visit)
{
    const VisitDecision decision = visit.decision;
    if (decision != VisitDecision::Hold && decision != VisitDecision::Slow && decision != VisitDecision::StepBack)
        return false;
    PlanEditor *editor = m_window->planEditor();
    if (!m_catalogue || !visit.planId || visit.planId != m_window->currentPlanId()) {
        m_window->statusBar()->showMessage(
            tr("The visit followed another plan than the one open: open that plan to re-plan it."), 8000);
        return false;
    }
    const lento::Plan plan = editor->plan();
    lento::PlannerRequest request;
    if (const auto form = editor->plannerForm()->request())
        request = *form;
    else if (const auto stored
        = lento::PlannerRequest::fromJson(plan.extra.value(QStringLiteral("planner")).toObject()))
        request = *stored;
    const QList<lento::Dose> taken = takenOn(visit, plan);
    const auto slower = lento::VisitReplan::slowerFrom(plan, visit.date, taken, request, *m_catalogue);
    const auto previous = lento::VisitReplan::previousStep(plan, visit.date);
    if (!slower && !previous) {
        m_window->statusBar()->showMessage(tr("No re-plan is possible: %1").arg(slower.error().text()), 8000);
        return false;
    }

    QMessageBox box(QMessageBox::Question, tr("Re-plan after the visit"),
        tr("The visit's decision was “%1”. Re-plan the rest of the taper from %2?")
            .arg(VisitDialog::decisionName(decision), QLocale().toString(visit.date, QLocale::ShortFormat)),
        QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("replanBox"));
    const int step = lento::VisitReplan::stepOn(plan, visit.date);
    const int length = step + 1 < plan.steps.size() ? plan.steps[step + 1].day - plan.steps[step].day
                                                    : std::max(1, request.everyDays);
    QStringList details;
    if (slower)
        details << tr("Slower from the dose taken: stay on the dose recorded at the visit, then taper the rest "
                      "with a reduction every %n days.",
            nullptr, lento::VisitReplan::slowerInterval(length));
    else
        details << tr("Slower from the dose taken is not possible: %1").arg(slower.error().text());
    if (previous)
        details << tr("Back to the previous step: return to the doses of the step before for its length; the "
                      "remaining steps follow later.");
    else
        details << tr("Back to the previous step is not possible: %1").arg(previous.error().text());
    details << tr("The change is an edit of the open plan: it can be undone, and is kept only when you save.");
    box.setInformativeText(details.join(QStringLiteral("\n\n")));
    QPushButton *slowerButton = box.addButton(tr("&Slower from the dose taken"), QMessageBox::AcceptRole);
    slowerButton->setObjectName(QStringLiteral("replanSlower"));
    slowerButton->setEnabled(slower.ok());
    QPushButton *previousButton = box.addButton(tr("&Back to the previous step"), QMessageBox::AcceptRole);
    previousButton->setObjectName(QStringLiteral("replanPrevious"));
    previousButton->setEnabled(previous.ok());
    QPushButton *keep = box.addButton(tr("&Keep the plan"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("replanKeep"));
    const bool back = decision == VisitDecision::StepBack ? previous.ok() : !slower.ok();
    box.setDefaultButton(back ? previousButton : slowerButton);
    box.exec();

    const lento::Plan *chosen = nullptr;
    QString text;
    if (box.clickedButton() == slowerButton && slower) {
        chosen = &slower.value();
        text = tr("Re-plan slower from the visit of %1");
    } else if (box.clickedButton() == previousButton && previous) {
        chosen = &previous.value();
        text = tr("Return to the previous step from the visit of %1");
    }
    if (!chosen)
        return false;
    const auto result
        = editor->document()->replacePlan(*chosen, text.arg(QLocale().toString(visit.date, QLocale::ShortFormat)));
    if (!result) {
        QMessageBox::warning(m_window, tr("Re-plan"), tr("The plan could not be changed: %1").arg(result.error));
        return false;
    }
    showPage(Page::Plan);
    m_window->statusBar()->showMessage(tr("Plan changed from the visit; save to keep it, or undo."), 8000);
    return true;
}

// ---- Plan status ---------------------------------------------------------------------------

bool HistoryController::setPlanStatus(PlanStatus status)
{
    if (!m_planId || !m_store || m_store->isReadOnly() || status == m_planStatus) {
        updateActions();
        return false;
    }
    const auto done = m_store->setPlanStatus(m_planId, status);
    if (!done) {
        QMessageBox::warning(
            m_window, tr("Plan status"), tr("The status could not be saved: %1").arg(done.error().text()));
        updateActions();
        return false;
    }
    m_planStatus = status;
    m_historyStale = true; // the timeline lists status changes
    if (m_page == Page::History)
        loadHistoryIfNeeded();
    m_patients->refresh();
    updateActions();
    m_window->statusBar()->showMessage(tr("Plan marked %1.").arg(PatientFilters::planStatusName(status)), 5000);
    Q_EMIT planStatusChanged(m_planId);
    return true;
}

} // namespace lento::ui
