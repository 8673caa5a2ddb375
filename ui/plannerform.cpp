// The planner form (see plannerform.h).
#include "plannerform.h"

#include "catalogue.h"
#include "dateplausibility.h"
#include "displaytext.h"
#include "regimeneditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lento::ui {

namespace {

QDoubleSpinBox *doubleSpin(QWidget *parent, double lo, double hi, int decimals, double step)
{
    auto *s = new QDoubleSpinBox(parent);
    s->setRange(lo, hi);
    s->setDecimals(decimals);
    s->setSingleStep(step);
    return s;
}

QSpinBox *intSpin(QWidget *parent, int lo, int hi)
{
    auto *s = new QSpinBox(parent);
    s->setRange(lo, hi);
    return s;
}

void setLabel(QFormLayout *form, QWidget *field, const QString &text)
{
    if (auto *l = qobject_cast<QLabel *>(form->labelForField(field)))
        l->setText(text);
    field->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
}

void selectData(QComboBox *box, const QVariant &data)
{
    const int i = box->findData(data);
    if (i >= 0)
        box->setCurrentIndex(i);
}

} // namespace

PlannerForm::PlannerForm(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);

    m_topForm = new QFormLayout;
    m_title = new QLineEdit(this);
    m_start = new QDateEdit(this);
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd")); // the same in every language
    m_start->setDate(QDate::currentDate());
    m_regimen = new RegimenEditor(this);
    m_topForm->addRow(QStringLiteral("-"), m_title);
    m_topForm->addRow(QStringLiteral("-"), m_start);
    m_startWarning = new QLabel(this);
    m_startWarning->setObjectName(QStringLiteral("startDateWarning"));
    m_startWarning->setWordWrap(true);
    m_startWarning->setTextFormat(Qt::PlainText);
    QPalette warningPalette = m_startWarning->palette();
    warningPalette.setColor(QPalette::WindowText, QColor(0x8a, 0x4b, 0x00));
    m_startWarning->setPalette(warningPalette);
    m_topForm->addRow(QString(), m_startWarning);
    m_topForm->setRowVisible(m_startWarning, false);
    m_topForm->addRow(QStringLiteral("-"), m_regimen);
    layout->addLayout(m_topForm);

    m_paceGroup = new QGroupBox(this);
    m_paceForm = new QFormLayout(m_paceGroup);
    m_preset = new QComboBox(this);
    m_strategy = new QComboBox(this);
    m_strategyHelp = new QLabel(this);
    m_strategyHelp->setWordWrap(true);
    m_percent = doubleSpin(this, 0.5, 50.0, 1, 0.5);
    m_linearMg = doubleSpin(this, 0.0, 100.0, 3, 0.25);
    m_maxDrop = doubleSpin(this, 0.1, 20.0, 2, 0.1);
    m_maxPressure = doubleSpin(this, 0.01, 0.5, 3, 0.01);
    m_every = intSpin(this, 1, 365);
    m_minInterval = intSpin(this, 1, 365);
    m_maxInterval = intSpin(this, 1, 365);
    m_holds = new QLineEdit(this);
    m_paceForm->addRow(QStringLiteral("-"), m_preset);
    m_paceForm->addRow(QStringLiteral("-"), m_strategy);
    m_paceForm->addRow(m_strategyHelp);
    m_paceForm->addRow(QStringLiteral("-"), m_percent);
    m_paceForm->addRow(QStringLiteral("-"), m_linearMg);
    m_paceForm->addRow(QStringLiteral("-"), m_maxDrop);
    m_paceForm->addRow(QStringLiteral("-"), m_maxPressure);
    m_paceForm->addRow(QStringLiteral("-"), m_every);
    m_paceForm->addRow(QStringLiteral("-"), m_minInterval);
    m_paceForm->addRow(QStringLiteral("-"), m_maxInterval);
    m_paceForm->addRow(QStringLiteral("-"), m_holds);
    layout->addWidget(m_paceGroup);

    m_switchGroup = new QGroupBox(this);
    m_switchForm = new QFormLayout(m_switchGroup);
    m_switchTo = new QComboBox(this);
    m_stageDays = intSpin(this, 1, 60);
    m_eveningFirst = new QCheckBox(this);
    m_switchForm->addRow(QStringLiteral("-"), m_switchTo);
    m_switchForm->addRow(QStringLiteral("-"), m_stageDays);
    m_switchForm->addRow(QString(), m_eveningFirst);
    layout->addWidget(m_switchGroup);

    m_productGroup = new QGroupBox(this);
    m_productForm = new QFormLayout(m_productGroup);
    m_equivalence = new QComboBox(this);
    m_region = new QComboBox(this);
    m_forms = new QComboBox(this);
    m_products = new QLineEdit(this);
    m_productForm->addRow(QStringLiteral("-"), m_equivalence);
    m_productForm->addRow(QStringLiteral("-"), m_region);
    m_productForm->addRow(QStringLiteral("-"), m_forms);
    m_productForm->addRow(QStringLiteral("-"), m_products);
    layout->addWidget(m_productGroup);

    m_moreGroup = new QGroupBox(this);
    m_moreForm = new QFormLayout(m_moreGroup);
    m_cutOrder = new QComboBox(this);
    m_rounding = new QComboBox(this);
    m_microTaper = new QCheckBox(this);
    m_hasTarget = new QCheckBox(this);
    m_target = doubleSpin(this, 0.0, 1000.0, 3, 0.25);
    m_floor = doubleSpin(this, 0.0, 100.0, 3, 0.25);
    m_moreForm->addRow(QStringLiteral("-"), m_cutOrder);
    m_moreForm->addRow(QStringLiteral("-"), m_rounding);
    m_moreForm->addRow(QString(), m_microTaper);
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_hasTarget);
    targetRow->addWidget(m_target, 1);
    m_targetRow = targetRow;
    m_moreForm->addRow(QStringLiteral("-"), targetRow);
    m_moreForm->addRow(QStringLiteral("-"), m_floor);
    layout->addWidget(m_moreGroup);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->hide();
    layout->addWidget(m_message);

    auto *buttons = new QHBoxLayout;
    m_generate = new QPushButton(this);
    m_regenerate = new QPushButton(this);
    m_regenerate->setEnabled(false);
    buttons->addWidget(m_generate);
    buttons->addWidget(m_regenerate);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(1);

    m_target->setEnabled(false);
    connect(m_hasTarget, &QCheckBox::toggled, m_target, &QWidget::setEnabled);
    connect(m_strategy, &QComboBox::currentIndexChanged, this, &PlannerForm::updateVisibility);
    // A preset sets the strategy and pace; editing them by hand shows which preset (if any) they match.
    connect(m_preset, &QComboBox::activated, this, &PlannerForm::applyPreset);
    connect(m_strategy, &QComboBox::currentIndexChanged, this, &PlannerForm::syncPreset);
    for (QDoubleSpinBox *box : {m_percent, m_maxDrop})
        connect(box, &QDoubleSpinBox::valueChanged, this, &PlannerForm::syncPreset);
    connect(m_every, &QSpinBox::valueChanged, this, &PlannerForm::syncPreset);
    connect(m_switchTo, &QComboBox::currentIndexChanged, this, &PlannerForm::updateVisibility);
    connect(m_forms, &QComboBox::currentIndexChanged, this, &PlannerForm::updateVisibility);
    connect(m_generate, &QPushButton::clicked, this, &PlannerForm::generateRequested);
    connect(m_regenerate, &QPushButton::clicked, this, &PlannerForm::regenerateRequested);

    for (QFormLayout *f : {m_topForm, m_paceForm, m_switchForm, m_productForm, m_moreForm})
        f->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (QComboBox *box : {m_strategy, m_cutOrder, m_rounding, m_forms, m_equivalence, m_region, m_switchTo}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(14);
    }
    for (QLineEdit *edit : {m_title, m_holds, m_products})
        edit->setMinimumWidth(120);

    fillChoices();
    setDefaults(PlannerDefaults());
    retranslate();
    connectEdits();
}

void PlannerForm::connectEdits()
{
    connect(m_title, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!m_filling)
            Q_EMIT titleEdited(text.trimmed());
    });
    connect(m_start, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        updateStartWarning(!m_filling);
        if (!m_filling)
            Q_EMIT startDateEdited(date);
    });
    connect(m_regimen, &RegimenEditor::changed, this, &PlannerForm::userEdited);
    connect(
        m_regimen, &RegimenEditor::inputRejected, this, [this](const QString &message) { showMessage(message, true); });
    for (QComboBox *box : {m_preset, m_strategy, m_cutOrder, m_rounding, m_forms, m_equivalence, m_region, m_switchTo})
        connect(box, &QComboBox::currentIndexChanged, this, &PlannerForm::userEdited);
    for (QDoubleSpinBox *box : {m_percent, m_linearMg, m_maxDrop, m_maxPressure, m_target, m_floor})
        connect(box, &QDoubleSpinBox::valueChanged, this, &PlannerForm::userEdited);
    for (QSpinBox *box : {m_every, m_minInterval, m_maxInterval, m_stageDays})
        connect(box, &QSpinBox::valueChanged, this, &PlannerForm::userEdited);
    for (QCheckBox *box : {m_eveningFirst, m_microTaper, m_hasTarget})
        connect(box, &QCheckBox::toggled, this, &PlannerForm::userEdited);
    for (QLineEdit *edit : {m_holds, m_products})
        connect(edit, &QLineEdit::textEdited, this, &PlannerForm::userEdited);
}

void PlannerForm::userEdited()
{
    if (!m_filling)
        Q_EMIT edited();
}

void PlannerForm::fillChoices()
{
    const QScopedValueRollback filling(m_filling, m_filling + 1);
    auto keep = [](QComboBox *box) { return box->currentData(); };
    const QVariant strategy = keep(m_strategy), cut = keep(m_cutOrder), rounding = keep(m_rounding),
                   forms = keep(m_forms), eq = keep(m_equivalence), region = keep(m_region), sw = keep(m_switchTo);
    for (QComboBox *box :
        {m_preset, m_strategy, m_cutOrder, m_rounding, m_forms, m_equivalence, m_region, m_switchTo}) {
        const QSignalBlocker block(box);
        box->clear();
    }
    m_preset->addItem(tr("Custom"), QString());
    for (const PacePreset &p : pacePresets())
        m_preset->addItem(presetName(p), p.id);
    for (Strategy s : {Strategy::Percent, Strategy::Linear, Strategy::Occupancy, Strategy::Guided})
        m_strategy->addItem(DisplayText::strategyName(s), int(s));
    for (CutOrder c : {CutOrder::DaytimeFirst, CutOrder::NightFirst, CutOrder::Proportional})
        m_cutOrder->addItem(DisplayText::cutOrderName(c), int(c));
    m_rounding->addItem(tr("Never cut more than the rule"), int(RoundingMode::NeverBeyondRule));
    m_rounding->addItem(tr("Nearest amount (published arithmetic)"), int(RoundingMode::Nearest));
    for (FormsAllowed f : {FormsAllowed::Tablets, FormsAllowed::Liquid, FormsAllowed::TabletsAndLiquid})
        m_forms->addItem(DisplayText::formsName(f), int(f));
    m_switchTo->addItem(tr("No switch"), QString());
    if (m_catalogue) {
        for (const QString &source : m_catalogue->equivalenceSources())
            m_equivalence->addItem(DisplayText::equivalenceName(source), source);
        for (const QString &region : m_catalogue->regions())
            m_region->addItem(DisplayText::regionName(region, m_catalogue), region);
        for (const DrugParams &d : m_catalogue->drugs())
            if (d.longActing)
                m_switchTo->addItem(DisplayText::drugName(d), d.id);
    } else {
        m_equivalence->addItem(DisplayText::equivalenceName(QStringLiteral("ashton")), QStringLiteral("ashton"));
        m_region->addItem(DisplayText::regionName(QStringLiteral("uk"), nullptr), QStringLiteral("uk"));
    }
    auto restore = [](QComboBox *box, const QVariant &v) {
        const QSignalBlocker block(box);
        if (v.isValid())
            selectData(box, v);
    };
    restore(m_strategy, strategy);
    restore(m_cutOrder, cut);
    restore(m_rounding, rounding);
    restore(m_forms, forms);
    restore(m_equivalence, eq);
    restore(m_region, region);
    restore(m_switchTo, sw);
    updateVisibility();
    syncPreset();
}

QString PlannerForm::presetName(const PacePreset &preset)
{
    const QLocale locale;
    if (preset.strategy == Strategy::Occupancy)
        return tr("At most %1 occupancy points per step (modelled)").arg(locale.toString(preset.maxDropPoints));
    const QString pace
        = tr("%1 % every %2 weeks").arg(locale.toString(preset.percent)).arg(locale.toString(preset.everyDays / 7.0));
    if (preset.id == QLatin1String("percent-10-14"))
        return tr("%1 (the usual rule; ASAM 2025)").arg(pace);
    if (preset.id == QLatin1String("percent-5-28"))
        return tr("%1 (ASAM 2025, slowest)").arg(pace);
    return tr("%1 (ASAM 2025)").arg(pace);
}

void PlannerForm::applyPreset()
{
    const PacePreset *p = findPacePreset(m_preset->currentData().toString());
    if (!p)
        return;
    PlannerRequest r;
    applyPacePreset(*p, &r);
    selectData(m_strategy, int(r.strategy));
    m_every->setValue(r.everyDays);
    if (r.strategy == Strategy::Percent)
        m_percent->setValue(r.percent);
    if (r.strategy == Strategy::Occupancy)
        m_maxDrop->setValue(r.maxDropPoints);
    syncPreset();
}

void PlannerForm::syncPreset()
{
    const Strategy s = Strategy(m_strategy->currentData().toInt());
    QString match;
    for (const PacePreset &p : pacePresets()) {
        if (p.strategy != s || p.everyDays != m_every->value())
            continue;
        if ((s == Strategy::Percent && qFuzzyCompare(p.percent, m_percent->value()))
            || (s == Strategy::Occupancy && qFuzzyCompare(p.maxDropPoints, m_maxDrop->value()))) {
            match = p.id;
            break;
        }
    }
    const QSignalBlocker block(m_preset);
    selectData(m_preset, match);
}

void PlannerForm::setCatalogue(const Catalogue *catalogue)
{
    const QScopedValueRollback filling(m_filling, m_filling + 1);
    m_catalogue = catalogue;
    m_regimen->setCatalogue(catalogue);
    fillChoices();
}

void PlannerForm::setDefaults(const PlannerDefaults &defaults)
{
    const QScopedValueRollback filling(m_filling, m_filling + 1);
    selectData(m_strategy, int(defaults.strategy));
    m_percent->setValue(defaults.percent);
    m_linearMg->setValue(defaults.linearMg);
    m_maxDrop->setValue(defaults.maxDropPoints);
    m_maxPressure->setValue(defaults.maxPressure);
    m_every->setValue(defaults.everyDays);
    selectData(m_equivalence, defaults.equivalence);
    selectData(m_region, defaults.region);
    selectData(m_forms, int(defaults.forms));
    selectData(m_cutOrder, int(defaults.cutOrder));
    m_model = defaults.model;
    PlannerRequest base;
    m_minInterval->setValue(base.minIntervalDays);
    m_maxInterval->setValue(base.maxIntervalDays);
    m_stageDays->setValue(base.stageDays);
    m_eveningFirst->setChecked(base.eveningFirst);
    selectData(m_rounding, int(base.rounding));
    m_floor->setValue(base.floorMg.value());
    updateVisibility();
}

void PlannerForm::setPatient(const PatientParams &patient, const ModelParams &model)
{
    m_patient = patient;
    m_model = model;
}

void PlannerForm::setRequest(const PlannerRequest &r)
{
    const QScopedValueRollback filling(m_filling, m_filling + 1);
    m_base = r;
    m_title->setText(r.title);
    if (r.startDate.isValid())
        m_start->setDate(r.startDate);
    m_regimen->setDoses(r.current);
    selectData(m_strategy, int(r.strategy));
    m_percent->setValue(r.percent);
    m_linearMg->setValue(r.linearMg.value());
    m_maxDrop->setValue(r.maxDropPoints);
    m_maxPressure->setValue(r.maxPressure);
    m_every->setValue(r.everyDays);
    m_minInterval->setValue(r.minIntervalDays);
    m_maxInterval->setValue(r.maxIntervalDays);
    QStringList holds;
    for (const HoldSpec &h : r.holds)
        holds << QStringLiteral("%1:%2").arg(h.afterReduction).arg(h.days);
    m_holds->setText(holds.join(QStringLiteral(", ")));
    if (m_switchTo->findData(r.switchTo) < 0 && !r.switchTo.isEmpty())
        m_switchTo->addItem(DisplayText::drugName(r.switchTo, m_catalogue), r.switchTo);
    selectData(m_switchTo, r.switchTo);
    m_stageDays->setValue(r.stageDays);
    m_eveningFirst->setChecked(r.eveningFirst);
    selectData(m_equivalence, r.equivalence);
    selectData(m_region, r.region);
    selectData(m_forms, int(r.forms));
    m_products->setText(r.products.isEmpty() ? QString() : productSpec(r.products));
    selectData(m_cutOrder, int(r.cutOrder));
    selectData(m_rounding, int(r.rounding));
    m_microTaper->setChecked(r.microTaper);
    m_hasTarget->setChecked(r.targetMg.has_value());
    m_target->setValue(r.targetMg ? r.targetMg->value() : 0.0);
    m_floor->setValue(r.floorMg.value());
    m_patient = r.patient;
    m_model = r.model;
    updateVisibility();
}

Expected<PlannerRequest> PlannerForm::request() const
{
    PlannerRequest r = m_base;
    r.title = m_title->text().trimmed();
    r.startDate = m_start->date();
    r.current = m_regimen->doses();
    if (r.current.isEmpty())
        return Error {tr("Current regimen"), tr("add at least one dose the patient takes now")};
    if (auto implausible = implausibleDose(r.current))
        return *implausible;
    r.strategy = Strategy(m_strategy->currentData().toInt());
    r.percent = m_percent->value();
    r.linearMg = Milligrams(m_linearMg->value());
    r.maxDropPoints = m_maxDrop->value();
    r.maxPressure = m_maxPressure->value();
    r.everyDays = m_every->value();
    r.minIntervalDays = m_minInterval->value();
    r.maxIntervalDays = m_maxInterval->value();
    if (r.minIntervalDays > r.maxIntervalDays)
        return Error {tr("Shortest interval (days)"), tr("must not be longer than the longest interval")};
    r.holds.clear();
    const QStringList items = m_holds->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QStringList parts = items[i].trimmed().split(QLatin1Char(':'));
        bool ok1 = false, ok2 = false;
        HoldSpec h;
        if (parts.size() == 2) {
            h.afterReduction = parts[0].trimmed().toInt(&ok1);
            h.days = parts[1].trimmed().toInt(&ok2);
        }
        if (!ok1 || !ok2 || h.afterReduction < 1 || h.days < 1 || h.days > 365)
            return Error {tr("Extra holds, item %1 (\"%2\")").arg(i + 1).arg(items[i].trimmed()),
                tr("write REDUCTION:DAYS, e.g. 3:14 to stay 14 days longer after the third reduction")};
        r.holds.append(h);
    }
    r.switchTo = m_switchTo->currentData().toString();
    r.stageDays = m_stageDays->value();
    r.eveningFirst = m_eveningFirst->isChecked();
    r.equivalence = m_equivalence->currentData().toString();
    r.region = m_region->currentData().toString();
    r.forms = FormsAllowed(m_forms->currentData().toInt());
    r.products.clear();
    const QString spec = m_products->text().trimmed();
    if (!spec.isEmpty()) {
        auto products = parseProductSpec(spec);
        if (!products.ok())
            return Error {tr("Products"), products.error().text()};
        r.products = products.value();
    }
    r.cutOrder = CutOrder(m_cutOrder->currentData().toInt());
    r.rounding = RoundingMode(m_rounding->currentData().toInt());
    r.microTaper = m_microTaper->isChecked();
    if (m_hasTarget->isChecked()) {
        if (m_target->value() <= 0.0)
            return Error {tr("Maintenance dose (mg/day)"), tr("must be more than 0; untick it to stop the drug")};
        r.targetMg = Milligrams(m_target->value());
    } else {
        r.targetMg.reset();
    }
    r.floorMg = Milligrams(m_floor->value());
    r.patient = m_patient;
    r.model = m_model;
    return r;
}

void PlannerForm::setRegenerateEnabled(bool on)
{
    m_regenerate->setEnabled(on);
}

void PlannerForm::setGeneratedTitle(const QString &title)
{
    m_generatedTitle = title;
    m_title->setPlaceholderText(title.isEmpty() ? tr("Generated from the regimen and pace") : title);
}

void PlannerForm::updateStartWarning(bool edited)
{
    const QDate date = m_start->date();
    const QDate today = QDate::currentDate();
    const DateDistance distance = DatePlausibility::classify(date, today);
    const bool show = distance != DateDistance::Near && (edited || !m_startWarning->text().isEmpty());
    if (!show) {
        m_startWarning->clear();
    } else {
        const QString day = date.toString(Qt::ISODate);
        const QString now = today.toString(Qt::ISODate);
        m_startWarning->setText(distance == DateDistance::FarPast
                ? tr("Start date: %1 is more than a year before today (%2). Check the year; every step's date "
                     "follows it.")
                      .arg(day, now)
                : tr("Start date: %1 is more than a year after today (%2). Check the year; every step's date "
                     "follows it.")
                      .arg(day, now));
    }
    m_topForm->setRowVisible(m_startWarning, show);
}

void PlannerForm::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    QPalette p = palette();
    if (error)
        p.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_message->setPalette(p);
    m_message->setAccessibleName(error ? tr("Planner error") : tr("Planner message"));
}

void PlannerForm::updateVisibility()
{
    const Strategy s = Strategy(m_strategy->currentData().toInt());
    m_paceForm->setRowVisible(m_percent, s == Strategy::Percent);
    m_paceForm->setRowVisible(m_linearMg, s == Strategy::Linear);
    m_paceForm->setRowVisible(m_maxDrop, s == Strategy::Occupancy);
    m_paceForm->setRowVisible(m_maxPressure, s == Strategy::Guided);
    m_strategyHelp->setText(DisplayText::strategyDescription(s));
    const bool switching = !m_switchTo->currentData().toString().isEmpty();
    m_switchForm->setRowVisible(m_stageDays, switching);
    m_switchForm->setRowVisible(m_eveningFirst, switching);
    const bool liquid = FormsAllowed(m_forms->currentData().toInt()) != FormsAllowed::Tablets;
    m_moreForm->setRowVisible(m_microTaper, liquid);
}

void PlannerForm::retranslate()
{
    const QScopedValueRollback filling(m_filling, m_filling + 1);
    fillChoices();
    setLabel(m_topForm, m_title, tr("Plan title:"));
    setGeneratedTitle(m_generatedTitle);
    setLabel(m_topForm, m_start, tr("Start date:"));
    updateStartWarning(false);
    setLabel(m_topForm, m_regimen, tr("Current regimen:"));
    m_regimen->retranslate();

    m_paceGroup->setTitle(tr("Strategy and pace"));
    setLabel(m_paceForm, m_preset, tr("Pace &preset:"));
    m_preset->setToolTip(tr("Paces from the sources: the usual 10 % every two weeks, the ASAM 2025 range (5–10 % "
                            "every 2–4 weeks) and steps of modelled receptor occupancy."));
    setLabel(m_paceForm, m_strategy, tr("Strategy:"));
    setLabel(m_paceForm, m_percent, tr("Cut per step (% of current dose):"));
    m_percent->setSuffix(tr(" %"));
    setLabel(m_paceForm, m_linearMg, tr("Cut per step (mg/day, 0 = 10 % of start):"));
    m_linearMg->setSuffix(tr(" mg"));
    setLabel(m_paceForm, m_maxDrop, tr("Largest occupancy drop per step (points, modelled):"));
    setLabel(m_paceForm, m_maxPressure, tr("Cap on withdrawal pressure (modelled):"));
    setLabel(m_paceForm, m_every, tr("Reduce every (days):"));
    m_every->setSuffix(tr(" days"));
    setLabel(m_paceForm, m_minInterval, tr("Shortest interval (days):"));
    m_minInterval->setSuffix(tr(" days"));
    setLabel(m_paceForm, m_maxInterval, tr("Longest interval (days):"));
    m_maxInterval->setSuffix(tr(" days"));
    setLabel(m_paceForm, m_holds, tr("Extra holds:"));
    m_holds->setPlaceholderText(tr("e.g. 3:14, 6:28 (after reduction 3 stay 14 days longer, …)"));

    m_switchGroup->setTitle(tr("Switch to a long-acting drug"));
    setLabel(m_switchForm, m_switchTo, tr("Switch to:"));
    setLabel(m_switchForm, m_stageDays, tr("Days per switching stage:"));
    m_stageDays->setSuffix(tr(" days"));
    m_eveningFirst->setText(tr("Switch the evening dose first"));
    m_eveningFirst->setAccessibleName(m_eveningFirst->text());

    m_productGroup->setTitle(tr("Equivalence and products"));
    setLabel(m_productForm, m_equivalence, tr("Equivalence source:"));
    setLabel(m_productForm, m_region, tr("Region (products):"));
    setLabel(m_productForm, m_forms, tr("Forms:"));
    setLabel(m_productForm, m_products, tr("Products in stock:"));
    m_products->setPlaceholderText(
        tr("Empty = the region's products; e.g. tablet:5:half,tablet:2:quarter,liquid:2mg/5mL:0.1mL"));

    m_moreGroup->setTitle(tr("More options"));
    setLabel(m_moreForm, m_cutOrder, tr("Cut first:"));
    setLabel(m_moreForm, m_rounding, tr("Rounding:"));
    m_microTaper->setText(tr("Spread each cut as daily liquid decrements (micro-taper)"));
    m_microTaper->setAccessibleName(m_microTaper->text());
    m_hasTarget->setText(tr("Stay on"));
    m_hasTarget->setAccessibleName(tr("Keep a maintenance dose instead of stopping"));
    m_target->setSuffix(tr(" mg/day"));
    m_target->setAccessibleName(tr("Maintenance dose (mg/day)"));
    setLabel(m_moreForm, m_floor, tr("Stop from (mg/day, 0 = smallest amount):"));
    m_floor->setSuffix(tr(" mg"));
    if (auto *l = qobject_cast<QLabel *>(m_moreForm->labelForField(m_targetRow)))
        l->setText(tr("Maintenance:"));

    m_generate->setText(tr("&Generate plan"));
    m_generate->setToolTip(tr("Make a new plan from these settings (can be undone)"));
    m_regenerate->setText(tr("&Re-generate from selected step"));
    m_regenerate->setToolTip(tr("Keep the steps up to the selected one and plan the rest with these settings"));
    updateVisibility();
}

void PlannerForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

std::optional<Error> PlannerForm::implausibleDose(const QList<Dose> &current) const
{
    if (!m_catalogue)
        return std::nullopt;
    // A daily amount this far above the catalogue's usual maximum is taken for a typing slip.
    constexpr double kPlausibleTimesUsualMax = 5.0;
    QMap<QString, double> daily;
    for (const Dose &dose : current)
        daily[dose.drug] += dose.mg.value();
    const QLocale locale;
    for (auto it = daily.cbegin(); it != daily.cend(); ++it) {
        const DrugParams *drug = m_catalogue->find(it.key());
        if (!drug || drug->usualMaxDailyMg <= 0.0 || it.value() <= kPlausibleTimesUsualMax * drug->usualMaxDailyMg)
            continue;
        return Error {tr("Current regimen (%1)").arg(DisplayText::drugName(*drug)),
            tr("%1 mg a day is more than five times the usual maximum of %2 mg a day; check the amounts")
                .arg(locale.toString(it.value()), locale.toString(drug->usualMaxDailyMg))};
    }
    return std::nullopt;
}

QLabel *PlannerForm::label(QWidget *field) const
{
    for (QFormLayout *f : {m_topForm, m_paceForm, m_switchForm, m_productForm, m_moreForm})
        if (auto *l = qobject_cast<QLabel *>(f->labelForField(field)))
            return l;
    return nullptr;
}

} // namespace lento::ui
