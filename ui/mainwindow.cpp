// The workspace window (see mainwindow.h): layout, menus, patient and plan loading, saving with
// conflict handling, plan files, and the window state kept between sessions.
#include "mainwindow.h"

#include "catalogue.h"
#include "demopatient.h"
#include "emptystate.h"
#include "filedialogs.h"
#include "handoutactions.h"
#include "handoutrequest.h"
#include "historycontroller.h"
#include "languagemanager.h"
#include "patientcontext.h"
#include "patientheader.h"
#include "patientlist.h"
#include "patientrecords.h"
#include "plandocument.h"
#include "planeditor.h"
#include "planfiles.h"
#include "planner.h"
#include "saveprompts.h"
#include "settingsdialog.h"
#include "store.h"
#include "windowlayout.h"
#include "workspaceactions.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace lento::ui {

using lento::store::RecordId;

MainWindow::MainWindow(
    lento::store::Store *store, const lento::Catalogue *catalogue, LanguageManager *language, QWidget *parent)
    : MainWindow(store, catalogue, language, AppSettings::loadStored(), parent)
{
}

MainWindow::MainWindow(lento::store::Store *store, const lento::Catalogue *catalogue, LanguageManager *language,
    const AppSettings &settings, QWidget *parent)
    : QMainWindow(parent),
      m_store(store),
      m_catalogue(catalogue),
      m_language(language),
      m_settings(settings),
      m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_patients(new PatientList(this)),
      m_banner(new QLabel(this)),
      m_header(new PatientHeader(this)),
      m_stack(new QStackedWidget(this)),
      m_empty(new EmptyState(this)),
      m_editor(new PlanEditor(this)),
      m_storeLabel(new QLabel(this)),
      m_act(new WorkspaceActions(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    if (m_store)
        m_store->setClinician(m_settings.clinician);

    m_splitter->setObjectName(QStringLiteral("workspaceSplitter"));
    m_splitter->setChildrenCollapsible(false);

    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setWordWrap(true);
    m_banner->setMargin(6);
    m_banner->setAutoFillBackground(true);
    QPalette bannerPalette = m_banner->palette();
    bannerPalette.setColor(QPalette::Window, QColor(0xf6, 0xd3, 0x65));
    bannerPalette.setColor(QPalette::WindowText, QColor(0x3a, 0x2c, 0x00));
    m_banner->setPalette(bannerPalette);
    m_banner->hide();

    m_stack->setObjectName(QStringLiteral("workspaceStack"));
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_editor);
    m_editor->setCatalogue(m_catalogue);
    m_editor->setSettings(m_settings.planner);
    m_header->setCatalogue(m_catalogue);
    m_header->hide();

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    rightLayout->addWidget(m_banner);
    rightLayout->addWidget(m_header);
    m_history = new HistoryController(this, m_store, m_catalogue, m_act, m_stack, m_patients);
    rightLayout->addWidget(m_history->bar());
    rightLayout->addWidget(m_stack, 1);

    m_splitter->addWidget(m_patients);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_patients->setMinimumWidth(220);
    setCentralWidget(m_splitter);

    m_storeLabel->setObjectName(QStringLiteral("storeLabel"));
    statusBar()->addPermanentWidget(m_storeLabel);

    m_act->addMenus(menuBar());
    m_history->addMenus(menuBar());
    m_history->setFilterSettings(m_settings.visits);
    m_patients->setFilterSettings(m_settings.visits);
    connect(m_history, &HistoryController::planStatusChanged, this, &MainWindow::refreshPatient);
    addActions(m_act->findChildren<QAction *>()); // shortcuts work even with the menu bar hidden
    connectActions();

    connect(m_patients, &PatientList::patientActivated, this, [this](RecordId id) { openPatient(id); });
    connect(m_patients, &PatientList::newPatientRequested, this, &MainWindow::newPatient);
    connect(m_empty, &EmptyState::newPatientRequested, this, &MainWindow::newPatient);
    connect(m_empty, &EmptyState::demoRequested, this, &MainWindow::demoPatientRequested);
    connect(m_header, &PatientHeader::editRequested, this, &MainWindow::editPatient);
    connect(m_header, &PatientHeader::planSelected, this, [this](RecordId id) {
        if (!(id ? openPlan(id) : true))
            m_header->setPlans(m_plans, m_planId);
    });
    QUndoStack *undo = m_editor->undoStack();
    connect(undo, &QUndoStack::cleanChanged, this, [this] {
        updateTitle();
        updateActions();
    });
    connect(undo, &QUndoStack::indexChanged, this, [this] {
        updateUndoTexts();
        updateTitle();
    });
    connect(undo, &QUndoStack::canUndoChanged, this, &MainWindow::updateUndoTexts);
    connect(undo, &QUndoStack::canRedoChanged, this, &MainWindow::updateUndoTexts);
    connect(m_editor, &PlanEditor::planChanged, this, &MainWindow::updateTitle);

    m_patients->setStore(m_store);
    if (m_store && m_store->isReadOnly()) {
        m_banner->show();
        statusBar()->showMessage(m_store->readOnlyReason());
    }
    retranslateUi();
    showPatientPage();
    updateActions();
    WindowLayout::restore(this, m_splitter, m_act->showPatientList, m_patients);
}

MainWindow::~MainWindow()
{
    // The editor's undo stack announces "clean" while it is destroyed with the children below.
    disconnect(m_editor->undoStack(), nullptr, this, nullptr);
    disconnect(m_editor, nullptr, this, nullptr);
}

QAction *MainWindow::action(const QString &objectName) const
{
    return m_act->findChild<QAction *>(objectName);
}

bool MainWindow::hasUnsavedChanges() const
{
    return m_patient.id && (m_unsavedNewPlan || !m_editor->undoStack()->isClean());
}

// ---- Actions and menus ----------------------------------------------------------------------

void MainWindow::connectActions()
{
    WorkspaceActions *a = m_act;
    connect(a->newPatient, &QAction::triggered, this, &MainWindow::newPatient);
    connect(a->importPlan, &QAction::triggered, this, &MainWindow::importPlan);
    connect(a->exportPlan, &QAction::triggered, this, &MainWindow::exportPlan);
    connect(a->save, &QAction::triggered, this, &MainWindow::save);
    connect(a->print, &QAction::triggered, this, &MainWindow::printHandout);
    connect(a->exportPdf, &QAction::triggered, this, &MainWindow::exportPdf);
    connect(a->backup, &QAction::triggered, this, &MainWindow::backupDatabase);
    connect(a->quit, &QAction::triggered, this, &QWidget::close);
    connect(a->undo, &QAction::triggered, m_editor->undoStack(), &QUndoStack::undo);
    connect(a->redo, &QAction::triggered, m_editor->undoStack(), &QUndoStack::redo);
    connect(a->editPatient, &QAction::triggered, this, &MainWindow::editPatient);
    connect(a->settings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(a->showPatientList, &QAction::toggled, m_patients, &QWidget::setVisible);
    connect(a->findPatient, &QAction::triggered, this, [this] {
        m_act->showPatientList->setChecked(true);
        m_patients->focusSearch();
    });
    connect(a->focusList, &QAction::triggered, this, [this] {
        m_act->showPatientList->setChecked(true);
        m_patients->view()->setFocus(Qt::ShortcutFocusReason);
    });
    connect(a->focusEditor, &QAction::triggered, this, [this] {
        // The first focusable control of the page shown (the plan editor or the empty state).
        QWidget *page = m_stack->currentWidget();
        for (QWidget *w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain()) {
            if (page->isAncestorOf(w) && w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
                w->setFocus(Qt::ShortcutFocusReason);
                return;
            }
        }
    });
    connect(a->fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? (windowState() | Qt::WindowFullScreen) : (windowState() & ~Qt::WindowFullScreen));
    });
    connect(a->demo, &QAction::triggered, this, &MainWindow::demoPatientRequested);
    connect(a->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(a->aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    m_act->retranslate();
    m_splitter->setAccessibleName(tr("Workspace"));
    m_banner->setAccessibleName(tr("Read-only notice"));
    if (m_store && m_store->isReadOnly())
        m_banner->setText(tr("This database is open read-only: %1 Plans and patients cannot be saved.")
                              .arg(m_store->readOnlyReason()));
    if (m_store) {
        m_storeLabel->setText(
            m_store->isReadOnly() ? tr("%1 (read-only)").arg(m_store->openInfo().path) : m_store->openInfo().path);
        m_storeLabel->setToolTip(tr("Patient database"));
    }
    m_editor->retranslate();
    updateUndoTexts();
    updateTitle();
}

void MainWindow::updateUndoTexts()
{
    const QUndoStack *undo = m_editor->undoStack();
    m_act->setUndoText(undo->canUndo() ? undo->undoText() : QString(), undo->canRedo() ? undo->redoText() : QString());
    m_act->undo->setEnabled(m_patient.id && undo->canUndo());
    m_act->redo->setEnabled(m_patient.id && undo->canRedo());
}

void MainWindow::updateTitle()
{
    setWindowModified(hasUnsavedChanges());
    if (m_patient.id)
        setWindowTitle(tr("%1 · %2[*] — Lento", "patient name, identifier").arg(m_patient.name, m_patient.identifier));
    else
        setWindowTitle(tr("Lento"));
}

void MainWindow::updateActions()
{
    const bool open = m_patient.id != 0;
    const bool writable = m_store && m_store->isOpen() && !m_store->isReadOnly();
    m_act->newPatient->setEnabled(writable);
    m_act->save->setEnabled(open && writable);
    m_act->importPlan->setEnabled(open);
    m_act->exportPlan->setEnabled(open);
    m_act->print->setEnabled(open);
    m_act->exportPdf->setEnabled(open);
    m_act->backup->setEnabled(m_store && m_store->isOpen());
    m_act->editPatient->setEnabled(open && writable);
    m_act->demo->setEnabled(writable);
    m_header->editButton()->setEnabled(open && writable);
    m_patients->newPatientButton()->setEnabled(writable);
    m_empty->newPatientButton()->setEnabled(writable);
    m_empty->demoButton()->setEnabled(writable);
    updateUndoTexts();
    m_history->sync();
}

void MainWindow::showPatientPage()
{
    const bool open = m_patient.id != 0;
    m_header->setVisible(open);
    if (open) {
        m_stack->setCurrentWidget(m_history->currentPage());
        return;
    }
    bool empty = true;
    if (m_store && m_store->isOpen()) {
        const auto any = m_store->searchPatients(QString(), 1, true);
        empty = any.ok() && any->isEmpty();
    }
    m_empty->setFirstRun(empty);
    m_stack->setCurrentWidget(m_empty);
}

// ---- Window state ---------------------------------------------------------------------------

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    WindowLayout::save(this, m_act->showPatientList->isChecked());
    event->accept();
}

// ---- Patients and plans ---------------------------------------------------------------------

bool MainWindow::maybeSave()
{
    if (!hasUnsavedChanges())
        return true;
    const auto answer = SavePrompts::askUnsaved(this, m_patient.name, m_store && !m_store->isReadOnly());
    if (answer == SavePrompts::UnsavedChoice::Cancel)
        return false;
    if (answer == SavePrompts::UnsavedChoice::Discard) {
        m_unsavedNewPlan = false;
        return true;
    }
    const auto comment = SavePrompts::askComment(this, m_planId == 0);
    return comment && savePlan(*comment);
}

bool MainWindow::openPatient(RecordId patientId)
{
    if (patientId == m_patient.id)
        return true;
    if (!maybeSave()) {
        m_patients->setCurrentPatient(m_patient.id);
        return false;
    }
    if (patientId == 0) {
        m_patient = {};
        m_medications.clear();
        m_plans.clear();
        m_planId = m_baseVersion = 0;
        m_unsavedNewPlan = false;
        m_header->clear();
        m_patients->setCurrentPatient(0);
        showPatientPage();
        updateActions();
        updateTitle();
        return true;
    }
    const auto history = m_store->history(patientId);
    if (!history.ok()) {
        showError(tr("Open patient"), tr("The patient could not be read: %1").arg(history.error().text()));
        m_patients->setCurrentPatient(m_patient.id);
        return false;
    }
    takeHistory(history.value());
    m_patients->setCurrentPatient(patientId);
    m_header->setPatient(m_patient, m_medications);
    pushPatientContext();
    bool loaded = false;
    if (!m_plans.isEmpty()) {
        const auto head = m_store->version(m_plans.first().headVersionId);
        if (head.ok()) {
            loadVersion(head.value());
            loaded = m_planId != 0;
        } else {
            showError(tr("Open plan"), tr("The newest plan version could not be read: %1").arg(head.error().text()));
        }
    }
    if (!loaded)
        startNewPlan();
    m_header->setPlans(m_plans, m_planId);
    showPatientPage();
    updateActions();
    updateTitle();
    Q_EMIT patientOpened(patientId);
    return true;
}

bool MainWindow::openPlan(RecordId planId)
{
    if (planId == m_planId)
        return true;
    if (!maybeSave())
        return false;
    const auto record = m_store->plan(planId);
    const auto head
        = record.ok() ? m_store->version(record->headVersionId) : record.failure<lento::store::PlanVersion>();
    if (!head.ok()) {
        showError(tr("Open plan"), tr("The plan could not be read: %1").arg(head.error().text()));
        return false;
    }
    loadVersion(head.value());
    m_header->setPlans(m_plans, m_planId);
    updateActions();
    updateTitle();
    return true;
}

void MainWindow::takeHistory(const lento::store::PatientHistory &history)
{
    m_patient = history.patient;
    m_medications = history.medications;
    m_plans.clear();
    for (const auto &p : history.plans)
        if (!p.archived)
            m_plans.append(p);
    // Newest first: the header's plan list and the plan opened with the patient.
    std::stable_sort(
        m_plans.begin(), m_plans.end(), [](const auto &a, const auto &b) { return a.modified > b.modified; });
}

void MainWindow::pushPatientContext()
{
    m_editor->setPatientContext(PatientContext::patientParams(m_patient),
        PatientContext::checkContext(m_patient, m_medications, QDate::currentDate()));
}

void MainWindow::loadVersion(const lento::store::PlanVersion &version)
{
    const auto plan = lento::PlanDocument::parse(version.document);
    if (!plan.ok()) {
        showError(tr("Open plan"),
            tr("Version %1 of this plan is not a readable plan document: %2")
                .arg(version.number)
                .arg(plan.error().text()));
        return;
    }
    m_planId = version.planId;
    m_baseVersion = version.id;
    m_unsavedNewPlan = false;
    m_editor->setPlan(plan.value());
    m_editor->setComparisonPlan(plan.value());
}

void MainWindow::startNewPlan()
{
    const lento::PatientParams params = PatientContext::patientParams(m_patient);
    const QList<lento::Dose> current = PatientContext::currentDoses(
        m_medications, [this](const QString &id) { return m_catalogue && m_catalogue->contains(id); });
    lento::Plan plan = PatientContext::emptyPlan(m_settings.planner, params, QDate::currentDate());
    plan.current = current;
    if (!current.isEmpty() && m_catalogue) {
        lento::PlannerRequest request
            = PatientContext::plannerRequest(m_settings.planner, current, params, QDate::currentDate());
        const lento::CheckContext context
            = PatientContext::checkContext(m_patient, m_medications, QDate::currentDate());
        request.ageYears = context.ageYears;
        request.liverImpairment = context.liverImpairment;
        const auto generated = lento::makePlan(request, *m_catalogue);
        if (generated.ok())
            plan = generated.value();
        else
            statusBar()->showMessage(tr("No plan was generated: %1").arg(generated.error().text()), 10000);
    }
    m_planId = 0;
    m_baseVersion = 0;
    m_unsavedNewPlan = false;
    m_editor->setPlan(plan);
    m_editor->setComparisonPlan(std::nullopt);
}

void MainWindow::refreshPatient()
{
    if (!m_patient.id)
        return;
    const auto history = m_store->history(m_patient.id);
    if (!history.ok())
        return;
    takeHistory(history.value());
    m_header->setPatient(m_patient, m_medications);
    m_header->setPlans(m_plans, m_planId);
    updateTitle();
}

// ---- Saving ---------------------------------------------------------------------------------

void MainWindow::save()
{
    if (!m_act->save->isEnabled())
        return;
    if (const auto comment = SavePrompts::askComment(this, m_planId == 0))
        savePlan(*comment);
}

bool MainWindow::savePlan(const QString &comment)
{
    if (!m_patient.id || !m_store || m_store->isReadOnly())
        return false;
    const QByteArray document = lento::PlanDocument::write(m_editor->plan());
    if (m_planId == 0)
        return saveAsNewPlan(document, comment, 0);

    const auto saved = m_store->saveVersion(m_planId, document, comment, m_baseVersion);
    if (saved.ok()) {
        afterSaved(saved.value());
        return true;
    }
    if (!saved.isConflict()) {
        showError(tr("Save plan"), tr("The plan could not be saved: %1").arg(saved.error().text()));
        return false;
    }

    // Someone saved a newer version since this one was opened.
    const auto record = m_store->plan(m_planId);
    const auto newest
        = record.ok() ? m_store->version(record->headVersionId) : record.failure<lento::store::PlanVersion>();
    const auto choice = SavePrompts::askConflict(this, newest.ok() ? &newest.value() : nullptr);
    if (choice == SavePrompts::ConflictChoice::Reload) {
        if (newest.ok()) {
            loadVersion(newest.value());
            refreshPatient();
        } else {
            showError(tr("Reload"), tr("The newest version could not be read: %1").arg(newest.error().text()));
        }
        updateActions();
        updateTitle();
        return false;
    }
    if (choice == SavePrompts::ConflictChoice::SaveAsNew) {
        // The branch is a plan of its own: it says where it came from instead of repeating the name.
        const auto base = m_store->version(m_baseVersion);
        const QString title = m_editor->plan().title.isEmpty() ? tr("Plan") : m_editor->plan().title;
        m_editor->document()->setTitle(
            tr("%1 (branched from version %2)").arg(title).arg(base.ok() ? base->number : 0));
        return saveAsNewPlan(lento::PlanDocument::write(m_editor->plan()), comment, m_baseVersion);
    }
    return false;
}

bool MainWindow::saveAsNewPlan(const QByteArray &document, const QString &comment, RecordId branchedFrom)
{
    const auto created = m_store->createPlan(m_patient.id, document, comment, branchedFrom);
    if (!created.ok()) {
        showError(tr("Save plan"), tr("The plan could not be saved: %1").arg(created.error().text()));
        return false;
    }
    afterSaved(created.value());
    return true;
}

void MainWindow::afterSaved(const lento::store::PlanVersion &version)
{
    m_planId = version.planId;
    m_baseVersion = version.id;
    m_unsavedNewPlan = false;
    m_editor->markSaved();
    refreshPatient();
    updateActions();
    updateTitle();
    statusBar()->showMessage(tr("Saved version %1.").arg(version.number), 5000);
    Q_EMIT planSaved(version.id);
}

// ---- Patient records ------------------------------------------------------------------------

void MainWindow::newPatient()
{
    if (!m_act->newPatient->isEnabled())
        return;
    if (const auto id = PatientRecords::add(this, *m_store, m_catalogue)) {
        m_patients->refresh();
        openPatient(*id);
    }
}

void MainWindow::editPatient()
{
    if (!m_patient.id || !m_act->editPatient->isEnabled())
        return;
    if (!PatientRecords::edit(this, *m_store, m_catalogue, m_patient, m_medications))
        return;
    refreshPatient();
    pushPatientContext();
    m_patients->refresh();
}

lento::store::RecordId MainWindow::createDemoPatient()
{
    if (!m_store || m_store->isReadOnly() || !m_catalogue)
        return 0;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto created = DemoPatient::create(*m_store, *m_catalogue, m_settings.planner, QDate::currentDate());
    QApplication::restoreOverrideCursor();
    if (!created.ok()) {
        showError(
            tr("Create demo patient"), tr("The demo patient could not be created: %1").arg(created.error().text()));
        return 0;
    }
    m_patients->refresh();
    if (!openPatient(created->patient.id))
        return created->patient.id;
    statusBar()->showMessage(tr("Demo patient %1 created.").arg(created->patient.identifier), 5000);
    return created->patient.id;
}

void MainWindow::demoPatientRequested()
{
    if (!maybeSave())
        return;
    createDemoPatient();
}

// ---- Files ----------------------------------------------------------------------------------

QString MainWindow::defaultPlanFileName() const
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(dir).filePath(
        PlanFiles::suggestedPlanName(m_patient.identifier, m_editor->plan().title, QDate::currentDate()));
}

void MainWindow::importPlan()
{
    if (!m_patient.id || !maybeSave())
        return;
    const QString path = FileDialogs::openFileName(this, tr("Import plan"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), tr("Lento plans (*.json);;All files (*)"));
    if (!path.isEmpty())
        importPlanFile(path);
}

bool MainWindow::importPlanFile(const QString &path)
{
    if (!m_patient.id) {
        showError(tr("Import plan"), tr("Open a patient first: an imported plan becomes one of their plans."));
        return false;
    }
    const auto plan = PlanFiles::readPlan(path);
    if (!plan.ok()) {
        showError(tr("Import plan"), plan.error().text());
        return false;
    }
    m_planId = 0;
    m_baseVersion = 0;
    m_editor->setPlan(plan.value());
    m_editor->setComparisonPlan(std::nullopt);
    m_unsavedNewPlan = true;
    m_header->setPlans(m_plans, 0);
    updateActions();
    updateTitle();
    statusBar()->showMessage(tr("Imported %1 as a new plan; save to keep it.").arg(QFileInfo(path).fileName()), 8000);
    return true;
}

void MainWindow::exportPlan()
{
    if (!m_patient.id)
        return;
    const QString path
        = FileDialogs::saveFileName(this, tr("Export plan"), defaultPlanFileName(), tr("Lento plans (*.json)"));
    if (!path.isEmpty())
        exportPlanFile(path);
}

bool MainWindow::exportPlanFile(const QString &path)
{
    const QString error = PlanFiles::writePlan(m_editor->plan(), path);
    if (!error.isEmpty()) {
        showError(tr("Export plan"), error);
        return false;
    }
    statusBar()->showMessage(tr("Plan written to %1.").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::backupDatabase()
{
    if (!m_store || !m_store->isOpen())
        return;
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(QStringLiteral("lento-backup-%1.sqlite")
                            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))));
    const QString path = FileDialogs::saveFileName(
        this, tr("Backup database"), suggested, tr("Lento databases (*.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_store->openInfo().path).absoluteFilePath()) {
        showError(tr("Backup database"), tr("Choose a file other than the open database."));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString error = PlanFiles::backupStore(*m_store, path);
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty()) {
        showError(tr("Backup database"), error);
        return;
    }
    statusBar()->showMessage(tr("Database checked and copied to %1.").arg(QDir::toNativeSeparators(path)), 8000);
}

report::HandoutInput MainWindow::handoutInput() const
{
    return HandoutRequest::input(
        m_editor->plan(), m_patient, m_settings, m_language ? m_language->language() : QStringLiteral("en"));
}

std::optional<report::HandoutInput> MainWindow::askHandoutOptions()
{
    return HandoutRequest::ask(this, handoutInput(), m_editor->checks());
}

void MainWindow::printHandout()
{
    if (!m_patient.id)
        return;
    if (const auto in = askHandoutOptions())
        lento::ui::printHandout(this, *in);
}

void MainWindow::exportPdf()
{
    if (!m_patient.id)
        return;
    if (const auto in = askHandoutOptions(); in && exportHandoutPdf(this, *in))
        statusBar()->showMessage(tr("Handout written."), 5000);
}

// ---- Settings and help ----------------------------------------------------------------------

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, m_catalogue, this);
    if (dialog.exec() == QDialog::Accepted)
        applySettings(dialog.settings());
}

void MainWindow::applySettings(const AppSettings &settings)
{
    const bool languageChanged = settings.language != m_settings.language;
    m_settings = settings;
    {
        QSettings qs;
        m_settings.save(qs);
    }
    if (m_store)
        m_store->setClinician(m_settings.clinician);
    m_editor->setSettings(m_settings.planner);
    m_history->setFilterSettings(m_settings.visits);
    m_patients->setFilterSettings(m_settings.visits);
    if (languageChanged && m_language)
        m_language->setLanguage(m_settings.language);
}

void MainWindow::showAbout()
{
    QMessageBox box(this);
    box.setObjectName(QStringLiteral("aboutBox"));
    box.setWindowTitle(tr("About Lento"));
    box.setIconPixmap(windowIcon().pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    box.setText(tr("<h3>Lento %1</h3><p>Planning gradual benzodiazepine tapers with the patient.</p>")
                    .arg(QStringLiteral(LENTO_VERSION)));
    box.setInformativeText(
        tr("<p>Every risk figure Lento shows — drug levels, withdrawal pressure, bands — is <b>modelled</b> from "
           "published pharmacology and a stated hypothesis about receptor adaptation. It is not a prediction of "
           "what an individual patient will experience, and it does not replace clinical judgement or the "
           "patient's own report.</p><p>Patient database: %1</p>")
            .arg(m_store ? m_store->openInfo().path.toHtmlEscaped() : QString()));
    box.exec();
}

void MainWindow::showError(const QString &title, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("errorBox"));
    box.exec();
}

} // namespace lento::ui
