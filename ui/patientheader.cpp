// The patient header (see patientheader.h).
#include "patientheader.h"

#include "catalogue.h"
#include "displaytext.h"
#include "patientcontext.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>

namespace lento::ui {

namespace {

QString sexText(lento::store::Sex sex)
{
    switch (sex) {
    case lento::store::Sex::Female:
        return PatientHeader::tr("female");
    case lento::store::Sex::Male:
        return PatientHeader::tr("male");
    case lento::store::Sex::Other:
        return PatientHeader::tr("other sex");
    case lento::store::Sex::Unknown:
        break;
    }
    return {};
}

QString statusText(lento::store::PlanStatus status)
{
    switch (status) {
    case lento::store::PlanStatus::Draft:
        return PatientHeader::tr("draft");
    case lento::store::PlanStatus::Active:
        return PatientHeader::tr("active");
    case lento::store::PlanStatus::Completed:
        return PatientHeader::tr("completed");
    case lento::store::PlanStatus::Abandoned:
        return PatientHeader::tr("abandoned");
    }
    return {};
}

} // namespace

PatientHeader::PatientHeader(QWidget *parent)
    : QWidget(parent),
      m_name(new QLabel(this)),
      m_facts(new QLabel(this)),
      m_risks(new QLabel(this)),
      m_regimen(new QLabel(this)),
      m_planLabel(new QLabel(this)),
      m_plans(new QComboBox(this)),
      m_edit(new QPushButton(this))
{
    setObjectName(QStringLiteral("patientHeader"));
    m_name->setObjectName(QStringLiteral("patientName"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel *l : {m_facts, m_risks, m_regimen}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::RichText);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_facts->setObjectName(QStringLiteral("patientFacts"));
    m_risks->setObjectName(QStringLiteral("patientRisks"));
    m_regimen->setObjectName(QStringLiteral("patientRegimen"));
    m_plans->setObjectName(QStringLiteral("planChooser"));
    m_plans->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_plans->setMinimumContentsLength(16);
    m_planLabel->setBuddy(m_plans);
    m_edit->setObjectName(QStringLiteral("editPatientButton"));
    m_edit->setIcon(QIcon::fromTheme(QStringLiteral("document-edit")));

    auto *top = new QHBoxLayout;
    top->addWidget(m_name, 1);
    top->addWidget(m_planLabel);
    top->addWidget(m_plans);
    top->addWidget(m_edit);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_facts);
    layout->addWidget(m_risks);
    layout->addWidget(m_regimen);

    connect(m_edit, &QPushButton::clicked, this, &PatientHeader::editRequested);
    connect(m_plans, &QComboBox::activated, this, [this](int index) {
        const auto id = m_plans->itemData(index).toLongLong();
        if (id != m_currentPlan)
            Q_EMIT planSelected(id);
    });
    retranslateUi();
    clear();
}

void PatientHeader::setCatalogue(const lento::Catalogue *catalogue)
{
    m_catalogue = catalogue;
    updateTexts();
}

void PatientHeader::setPatient(
    const lento::store::PatientRecord &patient, const QList<lento::store::MedicationRecord> &medications)
{
    m_patient = patient;
    m_medications = medications;
    m_hasPatient = true;
    setEnabled(true);
    updateTexts();
}

void PatientHeader::setPlans(const QList<lento::store::PlanRecord> &plans, lento::store::RecordId current)
{
    m_planRecords = plans;
    m_currentPlan = current;
    updateTexts();
}

void PatientHeader::clear()
{
    m_patient = {};
    m_medications.clear();
    m_planRecords.clear();
    m_currentPlan = 0;
    m_hasPatient = false;
    updateTexts();
}

QString PatientHeader::factsText() const
{
    return m_facts->text();
}
QString PatientHeader::risksText() const
{
    return m_risks->text();
}
QString PatientHeader::regimenText() const
{
    return m_regimen->text();
}

void PatientHeader::updateTexts()
{
    m_edit->setEnabled(m_hasPatient);
    m_plans->setEnabled(m_hasPatient);
    if (!m_hasPatient) {
        m_name->clear();
        m_facts->clear();
        m_risks->clear();
        m_regimen->clear();
        m_plans->clear();
        return;
    }
    const QLocale locale;
    m_name->setText(tr("%1 · %2").arg(m_patient.name, m_patient.identifier));
    setAccessibleName(tr("Patient %1").arg(m_patient.name));

    QStringList facts;
    if (const auto age = PatientContext::ageYears(m_patient.dateOfBirth, QDate::currentDate()))
        facts << (*age == 1 ? tr("1 year old (born %1)") : tr("%1 years old (born %2)").arg(*age))
                     .arg(locale.toString(m_patient.dateOfBirth, QLocale::ShortFormat));
    else
        facts << tr("age not recorded");
    if (const QString sex = sexText(m_patient.sex); !sex.isEmpty())
        facts << sex;
    if (m_patient.weight)
        facts << tr("%1 kg").arg(locale.toString(m_patient.weight->value(), 'g', 4));
    else
        facts << tr("weight not recorded (model uses 70 kg)");
    m_facts->setText(facts.join(QStringLiteral(" · ")).toHtmlEscaped());

    const lento::store::RiskFactors &r = m_patient.risks;
    QStringList risks;
    if (r.priorAbruptWithdrawals > 0)
        risks << (r.priorAbruptWithdrawals == 1 ? tr("1 earlier abrupt withdrawal")
                                                : tr("%1 earlier abrupt withdrawals").arg(r.priorAbruptWithdrawals));
    if (r.seizureHistory)
        risks << tr("seizure history");
    if (r.opioidCoPrescription)
        risks << tr("opioid co-prescription");
    if (r.alcohol == lento::store::AlcoholUse::Heavy)
        risks << tr("heavy alcohol use");
    else if (r.alcohol == lento::store::AlcoholUse::Moderate)
        risks << tr("moderate alcohol use");
    if (r.liverImpairment)
        risks << tr("liver impairment");
    if (r.pregnant)
        risks << tr("pregnant");
    m_risks->setText(
        QStringLiteral("<b>%1</b> %2")
            .arg(tr("Risk factors:").toHtmlEscaped(),
                (risks.isEmpty() ? tr("none recorded") : risks.join(QStringLiteral(" · "))).toHtmlEscaped()));

    QStringList regimen;
    for (const auto &m : m_medications) {
        const QString drug = m_catalogue ? drugName(m.drug, m_catalogue) : m.drug;
        const QString doses = PatientContext::regimenText(m.doses);
        QString line = doses.isEmpty() ? drug : tr("%1 %2", "drug name, regimen").arg(drug, doses);
        if (m.needsReview)
            line = tr("%1 — to review: “%2” was not read completely", "medication, regimen as typed")
                       .arg(line, m.regimen);
        if (m.since.isValid())
            line = tr("%1, since %2").arg(line, locale.toString(m.since, QLocale::ShortFormat));
        if (!m.indication.isEmpty())
            line = tr("%1 (%2)", "medication, indication").arg(line, m.indication);
        regimen << line.toHtmlEscaped();
    }
    m_regimen->setText(
        QStringLiteral("<b>%1</b> %2")
            .arg(tr("Current regimen:").toHtmlEscaped(),
                regimen.isEmpty() ? tr("no medication recorded").toHtmlEscaped() : regimen.join(QStringLiteral("; "))));

    const QSignalBlocker block(m_plans);
    m_plans->clear();
    for (const auto &p : m_planRecords) {
        const QString title = p.title.isEmpty() ? tr("Untitled plan") : p.title;
        m_plans->addItem(tr("%1 · version %2 · %3").arg(title).arg(p.versionCount).arg(statusText(p.status)),
            QVariant::fromValue<qint64>(p.id));
    }
    if (m_currentPlan == 0)
        m_plans->addItem(tr("New plan (not saved yet)"), QVariant::fromValue<qint64>(0));
    m_plans->setCurrentIndex(m_plans->findData(QVariant::fromValue<qint64>(m_currentPlan)));
}

void PatientHeader::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PatientHeader::retranslateUi()
{
    m_planLabel->setText(tr("P&lan:"));
    m_plans->setAccessibleName(tr("Plan being edited"));
    m_edit->setText(tr("Edit pa&tient…"));
    m_edit->setAccessibleName(tr("Edit patient"));
    m_edit->setToolTip(tr("Edit the patient's details, risk factors and medications (Ctrl+E)"));
    updateTexts();
}

} // namespace lento::ui
