// The plan editor widget (see planeditor.h): lays out the planner form, the steps table with
// the step actions, the doses of the selected step, the charts and the checks, and wires the
// one edit path (PlanDocumentModel) to the one recompute path (Recomputer).
#include "planeditor.h"

#include "calculationsdialog.h"
#include "catalogue.h"
#include "chartspanel.h"
#include "checksmodel.h"
#include "checkspanel.h"
#include "displaytext.h"
#include "opioiddialog.h"
#include "plandelegate.h"
#include "plandocumentmodel.h"
#include "plannerform.h"
#include "plannerformsync.h"
#include "recomputer.h"
#include "regimeneditor.h"
#include "stepdosesmodel.h"
#include "stepstablemodel.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace lento::ui {

struct PlanEditor::Private
{
    const Catalogue *catalogue = nullptr;
    PlannerDefaults defaults;
    PatientParams patient;
    CheckContext context;

    PlanDocumentModel *document = nullptr;
    Recomputer *recomputer = nullptr;
    StepsTableModel *steps = nullptr;
    StepDosesModel *doses = nullptr;
    ChecksModel *checks = nullptr;

    PlannerForm *form = nullptr;
    PlannerFormSync *formSync = nullptr;
    QTableView *stepsView = nullptr;
    QTableView *dosesView = nullptr;
    // One delegate per view: a delegate shared by two views sends its commit and close signals
    // to both, and the view that does not own the editor complains and may close the wrong one.
    PlanDelegate *stepsDelegate = nullptr;
    PlanDelegate *dosesDelegate = nullptr;
    QLabel *message = nullptr;
    QLabel *stepsTitle = nullptr;
    QLabel *dosesTitle = nullptr;
    QLabel *checksTitle = nullptr;
    QLabel *simulationStatus = nullptr;
    QPushButton *addDose = nullptr;
    QPushButton *removeDose = nullptr;
    ChartsPanel *charts = nullptr;
    ChecksPanel *checksPanel = nullptr;
    QToolBar *toolbar = nullptr;

    QAction *insertStep = nullptr;
    QAction *insertHold = nullptr;
    QAction *deleteStep = nullptr;
    QAction *splitStep = nullptr;
    QAction *mergeStep = nullptr;
    QAction *changeLength = nullptr;
    QAction *regenerate = nullptr;
    QAction *calculations = nullptr;
    QAction *opioid = nullptr;

    std::optional<Plan> saved;
    ModelInput savedInput;
    SimulationResult savedResult;
    bool savedValid = false;
    int selected = -1;
    bool selecting = false;
};

PlanEditor::PlanEditor(QWidget *parent) : QWidget(parent), d(new Private)
{
    d->document = new PlanDocumentModel(this);
    d->recomputer = new Recomputer(d->document, this);
    d->steps = new StepsTableModel(d->document, this);
    d->doses = new StepDosesModel(d->document, this);
    d->checks = new ChecksModel(this);
    d->stepsDelegate = new PlanDelegate(this);
    d->dosesDelegate = new PlanDelegate(this);

    // Left: the planner form.
    d->form = new PlannerForm(this);
    auto *formScroll = new QScrollArea(this);
    formScroll->setWidget(d->form);
    formScroll->setWidgetResizable(true);
    formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    formScroll->setMinimumWidth(300);
    // Settings changed but not applied: a bar above the form, in view however far it is scrolled.
    d->formSync = new PlannerFormSync(d->form, d->document, this);
    auto *formColumn = new QWidget(this);
    auto *formLayout = new QVBoxLayout(formColumn);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->setSpacing(0);
    formLayout->addWidget(d->formSync->pendingBar());
    formLayout->addWidget(formScroll, 1);

    // Steps: toolbar, message line, table.
    auto *stepsBox = new QWidget(this);
    auto *stepsLayout = new QVBoxLayout(stepsBox);
    stepsLayout->setContentsMargins(0, 0, 0, 0);
    d->stepsTitle = new QLabel(stepsBox);
    d->toolbar = new QToolBar(stepsBox);
    d->toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto makeAction = [this](QAction **slot, const QKeySequence &key) {
        *slot = new QAction(this);
        (*slot)->setShortcut(key);
        (*slot)->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        d->toolbar->addAction(*slot);
        addAction(*slot);
    };
    makeAction(&d->insertStep, QKeySequence(Qt::CTRL | Qt::Key_Insert));
    makeAction(&d->insertHold, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    makeAction(&d->deleteStep, QKeySequence(Qt::CTRL | Qt::Key_Delete));
    makeAction(&d->splitStep, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    makeAction(&d->mergeStep, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    makeAction(&d->changeLength, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    makeAction(&d->regenerate, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    d->toolbar->addSeparator();
    makeAction(&d->calculations, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    makeAction(&d->opioid, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    d->message = new QLabel(stepsBox);
    d->message->setWordWrap(true);
    d->message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    d->message->hide();
    d->stepsView = new QTableView(stepsBox);
    d->stepsView->setModel(d->steps);
    d->stepsView->setItemDelegate(d->stepsDelegate);
    d->stepsView->setSelectionMode(QAbstractItemView::SingleSelection);
    d->stepsView->setSelectionBehavior(QAbstractItemView::SelectItems);
    d->stepsView->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    d->stepsView->setTabKeyNavigation(false);
    d->stepsView->verticalHeader()->hide();
    d->stepsView->horizontalHeader()->setStretchLastSection(true);
    d->stepsView->setWordWrap(false);
    stepsLayout->addWidget(d->stepsTitle);
    stepsLayout->addWidget(d->toolbar);
    stepsLayout->addWidget(d->message);
    stepsLayout->addWidget(d->stepsView, 1);

    // Doses of the selected step.
    auto *dosesBox = new QWidget(this);
    auto *dosesLayout = new QVBoxLayout(dosesBox);
    dosesLayout->setContentsMargins(0, 0, 0, 0);
    d->dosesTitle = new QLabel(dosesBox);
    d->dosesView = new QTableView(dosesBox);
    d->dosesView->setModel(d->doses);
    d->dosesView->setItemDelegate(d->dosesDelegate);
    d->dosesView->setSelectionMode(QAbstractItemView::SingleSelection);
    d->dosesView->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    d->dosesView->setTabKeyNavigation(false);
    d->dosesView->verticalHeader()->hide();
    // The composition takes the width the other columns leave and wraps, rows growing to fit:
    // read whole without scrolling sideways.
    d->dosesView->setWordWrap(true);
    d->dosesView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int column : {StepDosesModel::DrugColumn, StepDosesModel::TimeColumn, StepDosesModel::AmountColumn})
        d->dosesView->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    d->dosesView->horizontalHeader()->setSectionResizeMode(StepDosesModel::CompositionColumn, QHeaderView::Stretch);
    auto *doseButtons = new QHBoxLayout;
    d->addDose = new QPushButton(dosesBox);
    d->removeDose = new QPushButton(dosesBox);
    doseButtons->addWidget(d->addDose);
    doseButtons->addWidget(d->removeDose);
    doseButtons->addStretch(1);
    dosesLayout->addWidget(d->dosesTitle);
    dosesLayout->addWidget(d->dosesView, 1);
    dosesLayout->addLayout(doseButtons);

    // Checks.
    auto *checksBox = new QWidget(this);
    auto *checksLayout = new QVBoxLayout(checksBox);
    checksLayout->setContentsMargins(0, 0, 0, 0);
    d->checksTitle = new QLabel(checksBox);
    d->checksPanel = new ChecksPanel(d->checks, checksBox);
    checksLayout->addWidget(d->checksTitle);
    checksLayout->addWidget(d->checksPanel, 1);

    // Charts.
    auto *chartsBox = new QWidget(this);
    auto *chartsLayout = new QVBoxLayout(chartsBox);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    d->charts = new ChartsPanel(chartsBox);
    d->simulationStatus = new QLabel(chartsBox);
    d->simulationStatus->setWordWrap(true);
    d->simulationStatus->hide();
    chartsLayout->addWidget(d->simulationStatus);
    chartsLayout->addWidget(d->charts, 1);

    // The step doses and the checks sit beside the steps they describe; the charts get the full
    // width below, so their legends and date axis have room.
    auto *side = new QSplitter(Qt::Vertical, this);
    side->addWidget(dosesBox);
    side->addWidget(checksBox);
    side->setStretchFactor(0, 2);
    side->setStretchFactor(1, 3);
    side->setSizes({160, 230});
    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(stepsBox);
    top->addWidget(side);
    // Half each: on a 1366-pixel screen the doses' composition and the findings still read
    // in lines of a few words.
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 1);
    top->setSizes({500, 500});
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(top);
    right->addWidget(chartsBox);
    right->setStretchFactor(0, 2);
    right->setStretchFactor(1, 3);
    right->setSizes({390, 610});
    auto *main = new QSplitter(Qt::Horizontal, this);
    main->addWidget(formColumn);
    main->addWidget(right);
    main->setStretchFactor(0, 0);
    main->setStretchFactor(1, 1);
    main->setSizes({460, 940});
    main->setObjectName(QStringLiteral("planEditorSplitter"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(main);

    setFocusProxy(d->stepsView);
    setTabOrder(d->stepsView, d->dosesView);
    setTabOrder(d->dosesView, d->addDose);
    setTabOrder(d->addDose, d->removeDose);
    setTabOrder(d->removeDose, d->checksPanel->view());

    // The edit path.
    connect(d->document, &PlanDocumentModel::changed, this, [this] {
        const int focus = d->document->focusStep();
        selectStep(focus >= 0 ? focus : std::min(d->selected, int(d->document->plan().steps.size()) - 1));
        updateActions();
        Q_EMIT planChanged();
    });
    connect(d->recomputer, &Recomputer::recomputed, this, [this] { applyRecompute(); });
    connect(
        d->stepsView->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
            if (!d->selecting && current.isValid())
                setSelected(current.row());
        });
    connect(d->steps, &QAbstractItemModel::modelReset, this, [this] {
        d->stepsView->resizeColumnsToContents(); // columns change only on a reset
        selectStep(d->selected);
    });
    auto showError = [this](const QString &text) { showMessage(text, true); };
    auto showNote = [this](const QString &text) { showMessage(text, false); };
    connect(d->steps, &StepsTableModel::editRejected, this, showError);
    connect(d->steps, &StepsTableModel::editNoted, this, showNote);
    connect(d->doses, &StepDosesModel::editRejected, this, showError);
    connect(d->doses, &StepDosesModel::editNoted, this, showNote);
    connect(d->checksPanel, &ChecksPanel::stepActivated, this, &PlanEditor::selectStep);
    connect(d->charts, &ChartsPanel::daySelected, this, [this](double day) {
        const Plan &plan = d->document->plan();
        int step = -1;
        for (qsizetype i = 0; i < plan.steps.size(); ++i)
            if (plan.steps[i].day <= day)
                step = int(i);
        if (step >= 0)
            selectStep(step);
    });

    // Step actions.
    connect(d->insertStep, &QAction::triggered, this, [this] { report(d->document->insertStep(d->selected)); });
    connect(d->insertHold, &QAction::triggered, this, [this] {
        bool ok = false;
        const int days = QInputDialog::getInt(this, tr("Insert a hold"),
            tr("Stay on the doses of step %1 for how many more days?").arg(d->selected + 1), d->defaults.everyDays, 1,
            PlanEdits::kMaxStepDays, 1, &ok);
        if (ok)
            report(d->document->insertHold(d->selected, days));
    });
    connect(d->deleteStep, &QAction::triggered, this, [this] { report(d->document->deleteStep(d->selected)); });
    connect(d->splitStep, &QAction::triggered, this, [this] { report(d->document->splitStep(d->selected)); });
    connect(d->mergeStep, &QAction::triggered, this, [this] { report(d->document->mergeWithNext(d->selected)); });
    connect(d->changeLength, &QAction::triggered, this, [this] {
        const int len = PlanEdits::stepLength(d->document->plan(), d->selected);
        if (len < 0) {
            showMessage(PlanEdits::stepField(d->selected, tr("duration (days)")) + QStringLiteral(": ")
                    + tr("the last step has no length: it lasts to the end of the plan"),
                true);
            return;
        }
        bool ok = false;
        const int days = QInputDialog::getInt(this, tr("Change length"),
            tr("Days step %1 is held:").arg(d->selected + 1), len, 1, PlanEdits::kMaxStepDays, 1, &ok);
        if (ok)
            report(d->document->setStepLength(d->selected, days));
    });
    connect(d->regenerate, &QAction::triggered, this, &PlanEditor::regenerateFromSelected);
    connect(d->calculations, &QAction::triggered, this, &PlanEditor::showCalculations);
    connect(d->opioid, &QAction::triggered, this, &PlanEditor::showOpioidDialog);
    connect(d->form, &PlannerForm::generateRequested, this, &PlanEditor::generate);
    connect(d->formSync, &PlannerFormSync::generateRequested, this, &PlanEditor::generate);
    connect(d->form, &PlannerForm::regenerateRequested, this, &PlanEditor::regenerateFromSelected);
    connect(d->addDose, &QPushButton::clicked, this, [this] {
        const Plan &plan = d->document->plan();
        if (d->selected < 0 || d->selected >= plan.steps.size())
            return;
        Dose dose;
        const QList<Dose> &doses = plan.steps[d->selected].doses;
        const QList<Dose> &source = doses.isEmpty() ? plan.current : doses;
        dose.drug = source.isEmpty() ? QStringLiteral("diazepam") : source.last().drug;
        dose.minuteOfDay = 12 * 60;
        for (const Dose &x : doses) // a free time after the others
            if (x.minuteOfDay >= dose.minuteOfDay)
                dose.minuteOfDay = std::min(x.minuteOfDay + 60, 23 * 60 + 59);
        dose.mg = source.isEmpty() ? Milligrams(1.0) : source.last().mg;
        report(d->document->addDose(d->selected, dose));
        d->dosesView->setFocus();
    });
    connect(d->removeDose, &QPushButton::clicked, this, [this] {
        const QModelIndex i = d->dosesView->currentIndex();
        if (!i.isValid()) {
            showMessage(tr("Select the dose to remove in the doses table first."), true);
            return;
        }
        report(d->document->removeDose(d->selected, i.row()));
    });

    d->charts->setToday(QDate::currentDate());
    setSettings(PlannerDefaults());
    retranslate();
    updateActions();
}

PlanEditor::~PlanEditor()
{
    // Children are destroyed after this body (closing an open cell editor may still commit an
    // edit): cut every connection into this object and silence the document first.
    d->document->blockSignals(true);
    for (QObject *sender : std::initializer_list<QObject *> {d->document, d->recomputer, d->steps, d->doses, d->checks,
             d->checksPanel, d->charts, d->form, d->addDose, d->removeDose, d->stepsView->selectionModel()})
        QObject::disconnect(sender, nullptr, this, nullptr);
    for (QAction *a : stepActions())
        QObject::disconnect(a, nullptr, this, nullptr);
    delete d;
    d = nullptr;
}

void PlanEditor::setCatalogue(const Catalogue *catalogue)
{
    d->catalogue = catalogue;
    d->document->setCatalogue(catalogue);
    d->recomputer->setCatalogue(catalogue);
    d->checks->setCatalogue(catalogue);
    d->form->setCatalogue(catalogue);
    d->formSync->setCatalogue(catalogue);
    QList<QPair<QString, QString>> drugs;
    if (catalogue)
        for (const DrugParams &p : catalogue->drugs())
            drugs.append({p.id, DisplayText::drugName(p)});
    std::sort(drugs.begin(), drugs.end(),
        [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.second, b.second) < 0; });
    d->stepsDelegate->setDrugChoices(drugs);
    d->dosesDelegate->setDrugChoices(drugs);
    d->recomputer->recomputeNow();
}

void PlanEditor::setSettings(const PlannerDefaults &defaults)
{
    d->defaults = defaults;
    PlannerRequest fallback;
    fallback.strategy = defaults.strategy;
    fallback.percent = defaults.percent;
    fallback.linearMg = Milligrams(defaults.linearMg);
    fallback.maxDropPoints = defaults.maxDropPoints;
    fallback.maxPressure = defaults.maxPressure;
    fallback.everyDays = defaults.everyDays;
    fallback.equivalence = defaults.equivalence;
    fallback.region = defaults.region;
    fallback.forms = defaults.forms;
    fallback.cutOrder = defaults.cutOrder;
    fallback.model = defaults.model;
    d->document->setFallbackRequest(fallback, defaults.everyDays);
    if (!d->document->plan().extra.contains(QStringLiteral("planner")))
        d->form->setDefaults(defaults);
}

void PlanEditor::setPatientContext(const PatientParams &params, const CheckContext &context)
{
    d->patient = params;
    d->context = context;
    d->form->setPatient(params, d->document->plan().steps.isEmpty() ? d->defaults.model : d->document->plan().model);
    d->recomputer->setCheckContext(context);
}

void PlanEditor::setPlan(const Plan &plan)
{
    // The form shows what the plan was made with (its "planner" key), else the defaults.
    d->formSync->showPlan(plan);
    d->form->showMessage(QString(), false);
    showMessage(QString(), false);
    d->selected = -1;
    d->document->resetPlan(plan);
    d->recomputer->recomputeNow();
}

void PlanEditor::setComparisonPlan(const std::optional<Plan> &saved)
{
    d->saved = saved;
    d->savedValid = false;
    if (saved && d->catalogue) {
        auto input = resolve(*saved, *d->catalogue);
        if (input.ok()) {
            SimulationOptions options;
            options.days = input->lastStepDay() + 60;
            options.stepMinutes = Recomputer::stepMinutesFor(options.days);
            auto result = simulate(input.value(), options);
            if (result.ok()) {
                d->savedInput = input.value();
                d->savedResult = std::move(result).value();
                d->savedValid = true;
            }
        }
    }
    if (d->savedValid)
        d->charts->setComparison(&*d->saved, &d->savedInput, &d->savedResult);
    else
        d->charts->setComparison(nullptr, nullptr, nullptr);
}

Plan PlanEditor::plan() const
{
    return d->document->plan();
}

QUndoStack *PlanEditor::undoStack() const
{
    return d->document->undoStack();
}

void PlanEditor::markSaved()
{
    if (d->recomputer->pending())
        d->recomputer->recomputeNow();
    d->document->undoStack()->setClean();
    d->saved = d->document->plan();
    d->savedValid = d->recomputer->valid();
    if (d->savedValid) {
        d->savedInput = d->recomputer->input();
        d->savedResult = d->recomputer->result();
        d->charts->setComparison(&*d->saved, &d->savedInput, &d->savedResult);
    } else {
        d->charts->setComparison(nullptr, nullptr, nullptr);
    }
}

ChartsPanel *PlanEditor::charts() const
{
    return d->charts;
}

QList<Check> PlanEditor::checks() const
{
    return d->recomputer->checks();
}

PlanDocumentModel *PlanEditor::document() const
{
    return d->document;
}

StepsTableModel *PlanEditor::stepsModel() const
{
    return d->steps;
}

StepDosesModel *PlanEditor::dosesModel() const
{
    return d->doses;
}

ChecksModel *PlanEditor::checksModel() const
{
    return d->checks;
}

Recomputer *PlanEditor::recomputer() const
{
    return d->recomputer;
}

PlannerForm *PlanEditor::plannerForm() const
{
    return d->form;
}

PlannerFormSync *PlanEditor::formSync() const
{
    return d->formSync;
}

QTableView *PlanEditor::stepsView() const
{
    return d->stepsView;
}

QList<QAction *> PlanEditor::stepActions() const
{
    return {d->insertStep, d->insertHold, d->deleteStep, d->splitStep, d->mergeStep, d->changeLength, d->regenerate,
        d->calculations, d->opioid};
}

QString PlanEditor::message() const
{
    return d->message->isVisible() ? d->message->text() : QString();
}

int PlanEditor::selectedStep() const
{
    return d->selected;
}

void PlanEditor::setSelected(int step)
{
    d->selected = step;
    d->doses->setStep(step);
    d->form->setRegenerateEnabled(step >= 0);
    d->dosesTitle->setText(step >= 0 ? tr("Doses of step %1").arg(step + 1) : tr("Doses (select a step)"));
    updateActions();
}

void PlanEditor::selectStep(int stepIndex)
{
    const int rows = d->steps->rowCount();
    if (stepIndex >= rows)
        stepIndex = rows - 1;
    if (stepIndex < 0) {
        setSelected(-1);
        return;
    }
    d->selecting = true;
    const QModelIndex current = d->stepsView->currentIndex();
    const int column = current.isValid() ? current.column() : int(StepsTableModel::StepColumn);
    const QModelIndex target = d->steps->index(stepIndex, std::min(column, d->steps->columnCount() - 1));
    if (current.row() != stepIndex || !d->stepsView->selectionModel()->isSelected(current)) {
        d->stepsView->selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect);
        d->stepsView->scrollTo(target);
    }
    d->selecting = false;
    setSelected(stepIndex);
}

void PlanEditor::updateActions()
{
    const Plan &plan = d->document->plan();
    const int s = d->selected;
    const bool has = s >= 0 && s < plan.steps.size();
    const bool notLast = has && s + 1 < plan.steps.size();
    d->insertStep->setEnabled(has || plan.steps.isEmpty());
    d->insertHold->setEnabled(notLast);
    d->deleteStep->setEnabled(has);
    d->splitStep->setEnabled(notLast && PlanEdits::stepLength(plan, s) >= 2);
    d->mergeStep->setEnabled(notLast);
    d->changeLength->setEnabled(notLast);
    d->regenerate->setEnabled(has && !plan.steps[s].doses.isEmpty());
    d->calculations->setEnabled(has);
    d->addDose->setEnabled(has);
    d->removeDose->setEnabled(has && !plan.steps[s].doses.isEmpty());
}

void PlanEditor::applyRecompute()
{
    const Recomputer *r = d->recomputer;
    if (r->valid()) {
        d->charts->setData(d->document->plan(), r->input(), r->result());
        d->simulationStatus->hide();
    } else {
        d->charts->clear();
        const bool empty = d->document->plan().steps.isEmpty() && d->document->plan().current.isEmpty();
        d->simulationStatus->setText(empty ? tr("Enter the current regimen and generate a plan to see the charts.")
                                           : tr("The plan cannot be simulated: %1").arg(r->error()));
        d->simulationStatus->setVisible(true);
    }
    d->checks->setChecks(r->checks());
    d->steps->setChecks(r->checks());
    Q_EMIT recomputed();
    Q_EMIT planChanged();
}

void PlanEditor::report(const PlanDocumentModel::Result &result)
{
    if (!result.ok)
        showMessage(result.error, true);
    else
        showMessage(result.note, false);
}

void PlanEditor::showMessage(const QString &text, bool error)
{
    d->message->setText(text);
    d->message->setVisible(!text.isEmpty());
    QPalette p = palette();
    if (error)
        p.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    d->message->setPalette(p);
    d->message->setAccessibleName(error ? tr("Edit rejected") : tr("Edit note"));
}

void PlanEditor::generate()
{
    auto request = d->form->request();
    if (!request.ok()) {
        d->form->showMessage(request.error().text(), true);
        return;
    }
    PlannerRequest r = request.value();
    if (r.patient == PatientParams())
        r.patient = d->patient;
    // Age and liver impairment from the patient record slow the pace (the planner says how),
    // once: a form still showing the slowed pace goes back to the pace asked for.
    restoreRequestedPace(&r, d->document->plan().extra.value(QStringLiteral("planner")).toObject());
    r.ageYears = d->context.ageYears;
    r.liverImpairment = d->context.liverImpairment;
    const auto result = d->document->generate(r);
    d->form->showMessage(result.ok ? QString() : tr("Could not generate the plan: %1").arg(result.error), !result.ok);
    if (result.ok) {
        d->formSync->setPending(false);
        d->recomputer->recomputeNow();
    }
}

void PlanEditor::regenerateFromSelected()
{
    if (d->selected < 0) {
        d->form->showMessage(tr("Select the step to re-generate from in the steps table."), true);
        return;
    }
    auto request = d->form->request();
    if (!request.ok()) {
        d->form->showMessage(request.error().text(), true);
        return;
    }
    PlannerRequest r = request.value();
    restoreRequestedPace(&r, d->document->plan().extra.value(QStringLiteral("planner")).toObject());
    r.ageYears = d->context.ageYears;
    r.liverImpairment = d->context.liverImpairment;
    const auto result = d->document->regenerateFrom(d->selected, r);
    d->form->showMessage(result.ok ? QString() : tr("Could not re-generate: %1").arg(result.error), !result.ok);
    if (result.ok)
        d->formSync->setPending(false);
    report(result);
}

void PlanEditor::showCalculations()
{
    if (!d->catalogue || d->selected < 0)
        return;
    if (d->recomputer->pending())
        d->recomputer->recomputeNow();
    auto *dialog = new CalculationsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->showStep(d->document->plan(), d->selected, *d->catalogue, d->document->context().fallback,
        d->recomputer->valid() ? &d->recomputer->result() : nullptr);
    dialog->show();
}

void PlanEditor::showOpioidDialog()
{
    QStringList agents;
    const Plan &plan = d->document->plan();
    auto add = [&](const QList<Dose> &doses) {
        for (const Dose &x : doses) {
            const QString name = DisplayText::drugName(x.drug, d->catalogue);
            if (!agents.contains(name))
                agents << name;
        }
    };
    add(plan.current);
    for (const Step &s : plan.steps)
        add(s.doses);
    auto *dialog = new OpioidDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAgents(agents, d->context.opioidDepression, d->context.benzodiazepineDepression);
    dialog->show();
}

void PlanEditor::retranslate()
{
    d->stepsTitle->setText(tr("Steps"));
    d->checksTitle->setText(tr("Checks"));
    d->dosesTitle->setText(
        d->selected >= 0 ? tr("Doses of step %1").arg(d->selected + 1) : tr("Doses (select a step)"));
    d->stepsView->setAccessibleName(tr("Steps of the plan"));
    d->stepsView->setAccessibleDescription(tr("One row per step. F2 edits a cell; amounts in mg, duration in days."));
    d->dosesView->setAccessibleName(tr("Doses of the selected step"));
    d->toolbar->setAccessibleName(tr("Step actions"));
    d->addDose->setText(tr("Add dose"));
    d->addDose->setAccessibleName(tr("Add a dose to the selected step"));
    d->removeDose->setText(tr("Remove dose"));
    d->removeDose->setAccessibleName(tr("Remove the selected dose from the step"));
    auto text = [](QAction *a, const QString &t, const QString &tip) {
        a->setText(t);
        a->setToolTip(
            a->shortcut().isEmpty() ? tip : tr("%1 (%2)").arg(tip, a->shortcut().toString(QKeySequence::NativeText)));
        a->setStatusTip(tip);
    };
    text(d->insertStep, tr("Insert step"), tr("Insert a step after the selected one, halfway between its neighbours"));
    text(
        d->insertHold, tr("Insert hold…"), tr("Stay on the selected step's doses for more days, as a step of its own"));
    text(d->deleteStep, tr("Delete step"), tr("Delete the selected step; later steps move earlier"));
    text(d->splitStep, tr("Split"), tr("Split the selected step into two halves with the same doses"));
    text(d->mergeStep, tr("Merge with next"), tr("Merge the selected step with the next one"));
    text(d->changeLength, tr("Change length…"), tr("Change how many days the selected step is held"));
    text(d->regenerate, tr("Re-generate from here"),
        tr("Keep the steps up to the selected one and plan the rest with the form's settings"));
    text(d->calculations, tr("Show calculations"),
        tr("Show the equivalence, occupancy and cut calculations for the selected step"));
    text(d->opioid, tr("Opioid co-use…"), tr("How an opioid and the benzodiazepine combine on breathing (modelled)"));
    d->form->retranslate();
    d->formSync->retranslate();
    d->steps->retranslate();
    d->doses->retranslate();
    d->checksPanel->retranslate();
    d->charts->retranslate();
    selectStep(d->selected);
}

void PlanEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace lento::ui
