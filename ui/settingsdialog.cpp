// The settings dialog (see settingsdialog.h).
#include "settingsdialog.h"

#include "catalogue.h"
#include "displaytext.h"
#include "languagemanager.h"
#include "visitsettingsbox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lento::ui {

namespace {

enum Label {
    StrategyLabel,
    PercentLabel,
    LinearLabel,
    DropLabel,
    PressureLabel,
    EveryLabel,
    CutOrderLabel,
    EquivalenceLabel,
    RegionLabel,
    FormsLabel,
    TauLabel,
    L50Label,
    HillLabel,
    ClinicianLabel,
    ClinicNameLabel,
    ClinicPhoneLabel,
    LanguageLabel,
    LabelCount
};

const lento::Strategy kStrategies[]
    = {lento::Strategy::Percent, lento::Strategy::Linear, lento::Strategy::Occupancy, lento::Strategy::Guided};
const lento::CutOrder kCutOrders[]
    = {lento::CutOrder::DaytimeFirst, lento::CutOrder::NightFirst, lento::CutOrder::Proportional};
const lento::FormsAllowed kForms[]
    = {lento::FormsAllowed::Tablets, lento::FormsAllowed::Liquid, lento::FormsAllowed::TabletsAndLiquid};

QDoubleSpinBox *spin(QWidget *parent, double min, double max, int decimals, double step)
{
    auto *s = new QDoubleSpinBox(parent);
    s->setRange(min, max);
    s->setDecimals(decimals);
    s->setSingleStep(step);
    return s;
}

template <typename T, size_t N> int indexOf(const T (&list)[N], T value)
{
    for (size_t i = 0; i < N; ++i)
        if (list[i] == value)
            return int(i);
    return 0;
}

} // namespace

SettingsDialog::SettingsDialog(const AppSettings &settings, const lento::Catalogue *catalogue, QWidget *parent)
    : QDialog(parent),
      m_catalogue(catalogue),
      m_initial(settings),
      m_plannerBox(new QGroupBox(this)),
      m_productBox(new QGroupBox(this)),
      m_modelBox(new QGroupBox(this)),
      m_generalBox(new QGroupBox(this)),
      m_strategy(new QComboBox(this)),
      m_percent(spin(this, 1.0, 50.0, 1, 1.0)),
      m_linear(spin(this, 0.0, 100.0, 2, 0.25)),
      m_drop(spin(this, 0.5, 20.0, 1, 0.5)),
      m_pressure(spin(this, 0.01, 0.30, 2, 0.01)),
      m_every(new QSpinBox(this)),
      m_cutOrder(new QComboBox(this)),
      m_equivalence(new QComboBox(this)),
      m_region(new QComboBox(this)),
      m_forms(new QComboBox(this)),
      m_modelNote(new QLabel(this)),
      m_tau(spin(this, 1.0, 180.0, 1, 1.0)),
      m_l50(spin(this, 1.0, 200.0, 1, 0.5)),
      m_hill(spin(this, 0.25, 4.0, 2, 0.05)),
      m_resetModel(new QPushButton(this)),
      m_clinician(new QLineEdit(this)),
      m_clinicName(new QLineEdit(this)),
      m_clinicPhone(new QLineEdit(this)),
      m_language(new QComboBox(this)),
      m_visits(new VisitSettingsBox(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    m_tau->setObjectName(QStringLiteral("tauR"));
    m_l50->setObjectName(QStringLiteral("l50"));
    m_hill->setObjectName(QStringLiteral("hill"));
    m_language->setObjectName(QStringLiteral("language"));
    m_clinician->setObjectName(QStringLiteral("clinician"));
    m_every->setRange(3, 120);
    m_modelNote->setWordWrap(true);
    for (int i = 0; i < LabelCount; ++i)
        m_labels.append(new QLabel(this));
    const QList<QWidget *> buddies {m_strategy, m_percent, m_linear, m_drop, m_pressure, m_every, m_cutOrder,
        m_equivalence, m_region, m_forms, m_tau, m_l50, m_hill, m_clinician, m_clinicName, m_clinicPhone, m_language};
    for (int i = 0; i < LabelCount; ++i)
        m_labels[i]->setBuddy(buddies[i]);

    for (size_t i = 0; i < std::size(kStrategies); ++i)
        m_strategy->addItem(QString());
    for (size_t i = 0; i < std::size(kCutOrders); ++i)
        m_cutOrder->addItem(QString());
    for (size_t i = 0; i < std::size(kForms); ++i)
        m_forms->addItem(QString());
    const QStringList sources = catalogue ? catalogue->equivalenceSources() : QStringList {QStringLiteral("ashton")};
    for (const QString &s : sources)
        m_equivalence->addItem(QString(), s);
    const QStringList regions = catalogue ? catalogue->regions() : QStringList {QStringLiteral("uk")};
    for (const QString &r : regions)
        m_region->addItem(QString(), r);
    m_language->addItem(QString());
    for (const QString &l : LanguageManager::available())
        m_language->addItem(LanguageManager::nativeName(l), l);

    auto *planner = new QFormLayout(m_plannerBox);
    for (int i = StrategyLabel; i <= CutOrderLabel; ++i)
        planner->addRow(m_labels[i], buddies[i]);
    auto *products = new QFormLayout(m_productBox);
    for (int i = EquivalenceLabel; i <= FormsLabel; ++i)
        products->addRow(m_labels[i], buddies[i]);
    auto *model = new QFormLayout(m_modelBox);
    model->addRow(m_modelNote);
    for (int i = TauLabel; i <= HillLabel; ++i)
        model->addRow(m_labels[i], buddies[i]);
    model->addRow(QString(), m_resetModel);
    auto *general = new QFormLayout(m_generalBox);
    for (int i = ClinicianLabel; i <= LanguageLabel; ++i)
        general->addRow(m_labels[i], buddies[i]);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_resetModel, &QPushButton::clicked, this, &SettingsDialog::resetModel);
    connect(m_strategy, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateStrategyFields);

    auto *left = new QVBoxLayout;
    left->addWidget(m_plannerBox);
    left->addWidget(m_productBox);
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(m_modelBox);
    right->addWidget(m_generalBox);
    right->addWidget(m_visits);
    right->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);

    retranslateUi();
    setSettings(settings);
}

void SettingsDialog::setSettings(const AppSettings &s)
{
    const PlannerDefaults &p = s.planner;
    m_strategy->setCurrentIndex(indexOf(kStrategies, p.strategy));
    m_percent->setValue(p.percent);
    m_linear->setValue(p.linearMg);
    m_drop->setValue(p.maxDropPoints);
    m_pressure->setValue(p.maxPressure);
    m_every->setValue(p.everyDays);
    m_cutOrder->setCurrentIndex(indexOf(kCutOrders, p.cutOrder));
    m_equivalence->setCurrentIndex(qMax(0, m_equivalence->findData(p.equivalence)));
    m_region->setCurrentIndex(qMax(0, m_region->findData(p.region)));
    m_forms->setCurrentIndex(indexOf(kForms, p.forms));
    m_tau->setValue(p.model.tauRDays);
    m_l50->setValue(p.model.l50Mg);
    m_hill->setValue(p.model.hill);
    m_clinician->setText(s.clinician);
    m_clinicName->setText(s.clinicName);
    m_clinicPhone->setText(s.clinicPhone);
    m_language->setCurrentIndex(qMax(0, m_language->findData(s.language)));
    if (s.language.isEmpty())
        m_language->setCurrentIndex(0);
    m_visits->setValues(s.visits);
    updateStrategyFields();
}

AppSettings SettingsDialog::settings() const
{
    AppSettings s = m_initial;
    PlannerDefaults &p = s.planner;
    p.strategy = kStrategies[qBound(0, m_strategy->currentIndex(), int(std::size(kStrategies)) - 1)];
    p.percent = m_percent->value();
    p.linearMg = m_linear->value();
    p.maxDropPoints = m_drop->value();
    p.maxPressure = m_pressure->value();
    p.everyDays = m_every->value();
    p.cutOrder = kCutOrders[qBound(0, m_cutOrder->currentIndex(), int(std::size(kCutOrders)) - 1)];
    p.equivalence = m_equivalence->currentData().toString();
    p.region = m_region->currentData().toString();
    p.forms = kForms[qBound(0, m_forms->currentIndex(), int(std::size(kForms)) - 1)];
    p.model.tauRDays = m_tau->value();
    p.model.l50Mg = m_l50->value();
    p.model.hill = m_hill->value();
    s.clinician = m_clinician->text().trimmed();
    s.clinicName = m_clinicName->text().trimmed();
    s.clinicPhone = m_clinicPhone->text().trimmed();
    s.language = m_language->currentData().toString();
    s.visits = m_visits->values();
    return s;
}

void SettingsDialog::resetModel()
{
    const lento::ModelParams defaults;
    m_tau->setValue(defaults.tauRDays);
    m_l50->setValue(defaults.l50Mg);
    m_hill->setValue(defaults.hill);
}

void SettingsDialog::updateStrategyFields()
{
    const lento::Strategy s = kStrategies[qBound(0, m_strategy->currentIndex(), int(std::size(kStrategies)) - 1)];
    const std::pair<QWidget *, bool> fields[] = {
        {m_percent, s == lento::Strategy::Percent},
        {m_linear, s == lento::Strategy::Linear},
        {m_drop, s == lento::Strategy::Occupancy},
        {m_pressure, s == lento::Strategy::Guided},
    };
    for (const auto &[field, on] : fields) {
        field->setEnabled(on);
        if (QWidget *label = static_cast<QFormLayout *>(m_plannerBox->layout())->labelForField(field))
            label->setEnabled(on);
    }
}

QString SettingsDialog::regionName(const QString &id, const lento::Catalogue *catalogue)
{
    return DisplayText::regionName(id, catalogue);
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings"));
    m_plannerBox->setTitle(tr("New plans start with"));
    m_productBox->setTitle(tr("Equivalence and products"));
    m_modelBox->setTitle(tr("Model parameters (hypotheses)"));
    m_generalBox->setTitle(tr("General"));
    m_labels[StrategyLabel]->setText(tr("&Strategy:"));
    m_labels[PercentLabel]->setText(tr("Cut per step (&percent):"));
    m_labels[LinearLabel]->setText(tr("Cut per step (&linear):"));
    m_labels[DropLabel]->setText(tr("Largest occupancy &drop:"));
    m_labels[PressureLabel]->setText(tr("Pressure &cap (guided):"));
    m_labels[EveryLabel]->setText(tr("&Every:"));
    m_labels[CutOrderLabel]->setText(tr("C&ut first:"));
    m_labels[EquivalenceLabel]->setText(tr("E&quivalence source:"));
    m_labels[RegionLabel]->setText(tr("&Region (products):"));
    m_labels[FormsLabel]->setText(tr("&Forms:"));
    m_labels[TauLabel]->setText(tr("Receptor recovery τR:"));
    m_labels[L50Label]->setText(tr("Half-effect level L50:"));
    m_labels[HillLabel]->setText(tr("Hill coefficient h:"));
    m_labels[ClinicianLabel]->setText(tr("C&linician name:"));
    m_labels[ClinicNameLabel]->setText(tr("Clinic na&me:"));
    m_labels[ClinicPhoneLabel]->setText(tr("Clinic p&hone:"));
    m_labels[LanguageLabel]->setText(tr("Lan&guage:"));
    m_percent->setSuffix(tr(" % of the current dose"));
    m_linear->setSuffix(tr(" mg/day"));
    m_linear->setSpecialValueText(tr("10 % of the starting dose"));
    m_drop->setSuffix(tr(" percentage points"));
    m_pressure->setToolTip(tr("Cap on the modelled withdrawal pressure; 0.05 is the top of the low band."));
    m_every->setSuffix(tr(" days"));
    m_tau->setSuffix(tr(" days"));
    m_l50->setSuffix(tr(" mg/day diazepam-equivalent"));
    m_tau->setToolTip(
        tr("How fast receptors are assumed to readapt (default 14 days). A hypothesis, not a measured value."));
    m_l50->setToolTip(
        tr("Level giving half the maximal effect (default 24.7 mg/day, from the Maudsley occupancy tables)."));
    m_hill->setToolTip(tr("Steepness of the effect curve (default 1)."));
    m_modelNote->setText(tr("These values are modelling assumptions, not measurements. They shape every modelled "
                            "figure and the occupancy and guided strategies."));
    m_resetModel->setText(tr("&Reset to defaults"));
    m_resetModel->setToolTip(tr("τR 14 days, L50 24.7 mg/day, h 1"));
    m_clinician->setPlaceholderText(tr("Your operating-system user name"));
    m_clinician->setToolTip(tr("Recorded as the author of saved plan versions and in the audit log, and "
                               "printed as the prescriber on handouts."));
    m_clinicName->setToolTip(tr("Printed on patient handouts."));
    m_clinicPhone->setToolTip(tr("Printed on patient handouts so the patient knows whom to call."));
    m_language->setItemText(0, tr("System language"));
    for (size_t i = 0; i < std::size(kStrategies); ++i) {
        m_strategy->setItemText(int(i), DisplayText::strategyName(kStrategies[i]));
        m_strategy->setItemData(int(i), DisplayText::strategyDescription(kStrategies[i]), Qt::ToolTipRole);
    }
    for (size_t i = 0; i < std::size(kCutOrders); ++i)
        m_cutOrder->setItemText(int(i), DisplayText::cutOrderName(kCutOrders[i]));
    for (size_t i = 0; i < std::size(kForms); ++i)
        m_forms->setItemText(int(i), DisplayText::formsName(kForms[i]));
    for (int i = 0; i < m_equivalence->count(); ++i) {
        const QString id = m_equivalence->itemData(i).toString();
        m_equivalence->setItemText(i, DisplayText::equivalenceName(id));
        if (m_catalogue)
            m_equivalence->setItemData(i, m_catalogue->sourceDescription(id), Qt::ToolTipRole);
    }
    for (int i = 0; i < m_region->count(); ++i)
        m_region->setItemText(i, regionName(m_region->itemData(i).toString(), m_catalogue));
    for (int i = 0; i < LabelCount; ++i)
        if (QWidget *buddy = m_labels[i]->buddy())
            buddy->setAccessibleName(QString(m_labels[i]->text()).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
}

} // namespace lento::ui
