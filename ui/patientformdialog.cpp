// The patient form dialog (see patientformdialog.h).
#include "patientformdialog.h"

#include "catalogue.h"
#include "displaytext.h"
#include "medicationdosesdialog.h"
#include "optionaldateedit.h"
#include "patientcontext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lento::ui {

namespace {

const QDate kNoDate(1900, 1, 1); // the date edits' minimum, shown as "Not recorded"

// `openAt`: the month an empty field's calendar shows.
QDateEdit *makeDateEdit(QWidget *parent, const QDate &date, const QDate &openAt)
{
    auto *edit = new OptionalDateEdit(kNoDate, openAt, parent);
    edit->setMaximumDate(QDate::currentDate().addYears(1));
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setDate(date.isValid() ? date : kNoDate);
    return edit;
}

QDate dateOf(const QDateEdit *edit)
{
    return edit->date() == kNoDate ? QDate() : edit->date();
}

enum Label {
    IdentifierLabel,
    NameLabel,
    BirthLabel,
    SexLabel,
    WeightLabel,
    HandoutLabel,
    AbruptLabel,
    AlcoholLabel,
    NotesLabel,
    LabelCount
};
enum Group { PatientGroup, RiskGroup, MedicationGroup };

} // namespace

PatientFormDialog::PatientFormDialog(const lento::store::PatientRecord &patient,
    const QList<lento::store::MedicationRecord> &medications, const lento::Catalogue *catalogue, QWidget *parent)
    : QDialog(parent),
      m_record(patient),
      m_catalogue(catalogue),
      m_identifier(new QLineEdit(patient.identifier, this)),
      m_name(new QLineEdit(patient.name, this)),
      m_birth(makeDateEdit(this, patient.dateOfBirth, QDate(QDate::currentDate().year() - 60, 1, 1))),
      m_sex(new QComboBox(this)),
      m_weight(new QDoubleSpinBox(this)),
      m_handoutLanguage(new QComboBox(this)),
      m_notes(new QPlainTextEdit(patient.notes, this)),
      m_seizure(new QCheckBox(this)),
      m_abrupt(new QSpinBox(this)),
      m_opioid(new QCheckBox(this)),
      m_alcohol(new QComboBox(this)),
      m_liver(new QCheckBox(this)),
      m_pregnant(new QCheckBox(this)),
      m_medGrid(new QGridLayout),
      m_addMedication(new QPushButton(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("patientFormDialog"));
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 100);
    m_identifier->setObjectName(QStringLiteral("identifier"));
    m_name->setObjectName(QStringLiteral("name"));
    m_birth->setObjectName(QStringLiteral("dateOfBirth"));
    m_birth->setMaximumDate(QDate::currentDate());
    m_weight->setObjectName(QStringLiteral("weight"));
    m_weight->setRange(0.0, 400.0);
    m_weight->setDecimals(1);
    m_weight->setSingleStep(0.5);
    m_weight->setValue(patient.weight ? patient.weight->value() : 0.0);
    m_abrupt->setObjectName(QStringLiteral("priorAbruptWithdrawals"));
    m_abrupt->setRange(0, 50);
    m_abrupt->setValue(patient.risks.priorAbruptWithdrawals);
    m_seizure->setChecked(patient.risks.seizureHistory);
    m_opioid->setChecked(patient.risks.opioidCoPrescription);
    m_liver->setChecked(patient.risks.liverImpairment);
    m_pregnant->setChecked(patient.risks.pregnant);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().height() * 5);
    for (int i = 0; i < 4; ++i)
        m_sex->addItem(QString());
    for (int i = 0; i < 4; ++i)
        m_alcohol->addItem(QString());
    for (int i = 0; i < 3; ++i)
        m_handoutLanguage->addItem(QString());
    m_sex->setCurrentIndex(int(patient.sex));
    m_alcohol->setCurrentIndex(int(patient.risks.alcohol));
    m_handoutLanguage->setCurrentIndex(patient.handoutLanguage == QLatin1String("en") ? 1
            : patient.handoutLanguage == QLatin1String("zh_CN")                       ? 2
                                                                                      : 0);
    for (int i = 0; i < LabelCount; ++i)
        m_labels.append(new QLabel(this));
    for (int i = 0; i < 4; ++i) {
        auto *header = new QLabel(this);
        header->setForegroundRole(QPalette::PlaceholderText);
        header->hide(); // shown above the first medication row, laid out with it
        m_medHeaders.append(header);
    }
    m_labels[IdentifierLabel]->setBuddy(m_identifier);
    m_labels[NameLabel]->setBuddy(m_name);
    m_labels[BirthLabel]->setBuddy(m_birth);
    m_labels[SexLabel]->setBuddy(m_sex);
    m_labels[WeightLabel]->setBuddy(m_weight);
    m_labels[HandoutLabel]->setBuddy(m_handoutLanguage);
    m_labels[AbruptLabel]->setBuddy(m_abrupt);
    m_labels[AlcoholLabel]->setBuddy(m_alcohol);
    m_labels[NotesLabel]->setBuddy(m_notes);

    auto *patientBox = new QGroupBox(this);
    auto *patientForm = new QFormLayout(patientBox);
    patientForm->addRow(m_labels[IdentifierLabel], m_identifier);
    patientForm->addRow(m_labels[NameLabel], m_name);
    patientForm->addRow(m_labels[BirthLabel], m_birth);
    patientForm->addRow(m_labels[SexLabel], m_sex);
    patientForm->addRow(m_labels[WeightLabel], m_weight);
    patientForm->addRow(m_labels[HandoutLabel], m_handoutLanguage);

    auto *riskBox = new QGroupBox(this);
    auto *riskForm = new QFormLayout(riskBox);
    riskForm->addRow(m_seizure);
    riskForm->addRow(m_labels[AbruptLabel], m_abrupt);
    riskForm->addRow(m_opioid);
    riskForm->addRow(m_labels[AlcoholLabel], m_alcohol);
    riskForm->addRow(m_liver);
    riskForm->addRow(m_pregnant);

    auto *medBox = new QGroupBox(this);
    auto *medLayout = new QVBoxLayout(medBox);
    medLayout->addLayout(m_medGrid);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_addMedication);
    addRow->addStretch(1);
    medLayout->addLayout(addRow);
    m_groups = {patientBox, riskBox, medBox};

    auto *columns = new QHBoxLayout;
    columns->addWidget(patientBox, 3);
    columns->addWidget(riskBox, 2);

    auto *notesRow = new QFormLayout;
    notesRow->addRow(m_labels[NotesLabel], m_notes);

    m_error->setObjectName(QStringLiteral("formError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(
        QStringLiteral("color: palette(bright-text); background: #b3261e; padding: 4px; border-radius: 3px;"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PatientFormDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PatientFormDialog::reject);
    connect(m_addMedication, &QPushButton::clicked, this, [this] {
        addMedicationRow();
        m_rows.last().drug->setFocus(Qt::OtherFocusReason);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(medBox);
    layout->addLayout(notesRow);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    for (const auto &m : medications)
        addMedicationRow(m);
    retranslateUi();
}

void PatientFormDialog::addMedicationRow(const lento::store::MedicationRecord &medication)
{
    Row row;
    row.record = medication;
    row.drug = new QComboBox(this);
    row.drug->setEditable(true);
    row.drug->setInsertPolicy(QComboBox::NoInsert);
    row.drug->setMinimumContentsLength(12);
    if (m_catalogue) {
        for (const lento::DrugParams &d : m_catalogue->drugs())
            row.drug->addItem(drugName(d), d.id);
    }
    const int known = row.drug->findData(medication.drug);
    if (known >= 0)
        row.drug->setCurrentIndex(known);
    else
        row.drug->setEditText(medication.drug);
    row.doses = new QPushButton(this);
    row.doses->setMinimumWidth(row.doses->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 30);
    QPushButton *dosesButton = row.doses;
    connect(dosesButton, &QPushButton::clicked, this, [this, dosesButton] { editDoses(dosesButton); });
    connect(row.drug, &QComboBox::currentTextChanged, this, [this, dosesButton] {
        for (Row &r : m_rows)
            if (r.doses == dosesButton)
                updateDosesButton(r);
    });
    row.since = makeDateEdit(this, medication.since, QDate::currentDate());
    row.indication = new QLineEdit(medication.indication, this);
    row.remove = new QPushButton(this);
    row.remove->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    QPushButton *removeButton = row.remove;
    connect(removeButton, &QPushButton::clicked, this, [this, removeButton] {
        for (int i = 0; i < m_rows.size(); ++i)
            if (m_rows.at(i).remove == removeButton) {
                removeMedicationRow(i);
                return;
            }
    });
    m_rows.append(row);
    rebuildMedicationGrid();
    retranslateUi();
}

void PatientFormDialog::updateDosesButton(Row &row)
{
    const QString drug = drugId(row);
    const bool known = m_catalogue && m_catalogue->contains(drug);
    const QString doses = PatientContext::regimenText(row.record.doses);
    row.doses->setEnabled(known);
    if (!known) {
        row.doses->setText(row.record.regimen.isEmpty() ? tr("(not recorded)") : row.record.regimen);
        row.doses->setToolTip(tr("Doses are entered for drugs in Lento's catalogue."));
    } else if (row.record.needsReview) {
        row.doses->setText(tr("To review: %1").arg(doses.isEmpty() ? row.record.regimen : doses));
        row.doses->setToolTip(tr("Typed as “%1”, which could not be read completely; the planner does not use "
                                 "these doses until they are checked.")
                                  .arg(row.record.regimen));
    } else {
        row.doses->setText(doses.isEmpty() ? tr("Enter doses…") : doses);
        row.doses->setToolTip(tr("Enter the dose taken at each time of day"));
    }
}

void PatientFormDialog::editDoses(QPushButton *button)
{
    for (Row &row : m_rows) {
        if (row.doses != button)
            continue;
        MedicationDosesDialog dialog(drugId(row), row.record, m_catalogue, this);
        if (dialog.exec() == QDialog::Accepted) {
            row.record.doses = dialog.doses();
            row.record.needsReview = false;
            updateDosesButton(row);
        }
        return;
    }
}

void PatientFormDialog::removeMedicationRow(int index)
{
    if (index < 0 || index >= m_rows.size())
        return;
    Row row = m_rows.takeAt(index);
    if (row.record.id)
        m_removed.append(row.record.id);
    for (QWidget *w : std::initializer_list<QWidget *> {row.drug, row.doses, row.since, row.indication, row.remove})
        w->deleteLater();
    rebuildMedicationGrid();
    m_addMedication->setFocus(Qt::OtherFocusReason);
}

void PatientFormDialog::rebuildMedicationGrid()
{
    while (QLayoutItem *item = m_medGrid->takeAt(0))
        delete item;
    for (int c = 0; c < m_medHeaders.size(); ++c) {
        m_medGrid->addWidget(m_medHeaders.at(c), 0, c);
        m_medHeaders.at(c)->setVisible(!m_rows.isEmpty());
    }
    QList<QWidget *> chain {m_identifier, m_name, m_birth, m_sex, m_weight, m_handoutLanguage, m_seizure, m_abrupt,
        m_opioid, m_alcohol, m_liver, m_pregnant};
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows.at(i);
        const QList<QWidget *> cells {r.drug, r.doses, r.since, r.indication, r.remove};
        for (int c = 0; c < cells.size(); ++c)
            m_medGrid->addWidget(cells.at(c), i + 1, c);
        chain += cells;
    }
    chain << m_addMedication << m_notes;
    for (int i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
    m_medGrid->setColumnStretch(1, 3);
    m_medGrid->setColumnStretch(3, 2);
}

QString PatientFormDialog::drugId(const Row &row) const
{
    const QString text = row.drug->currentText().trimmed();
    const int index = row.drug->findText(text, Qt::MatchFixedString);
    if (index >= 0)
        return row.drug->itemData(index).toString();
    // A catalogue id typed directly, or free text for a drug Lento does not know.
    return text;
}

lento::store::PatientRecord PatientFormDialog::patient() const
{
    lento::store::PatientRecord p = m_record;
    p.identifier = m_identifier->text().trimmed();
    p.name = m_name->text().trimmed();
    p.dateOfBirth = dateOf(m_birth);
    p.sex = lento::store::Sex(m_sex->currentIndex());
    p.weight
        = m_weight->value() > 0.0 ? std::optional<lento::Kilograms>(lento::Kilograms(m_weight->value())) : std::nullopt;
    static const QString languages[] = {QString(), QStringLiteral("en"), QStringLiteral("zh_CN")};
    p.handoutLanguage = languages[qBound(0, m_handoutLanguage->currentIndex(), 2)];
    p.notes = m_notes->toPlainText().trimmed();
    p.risks.seizureHistory = m_seizure->isChecked();
    p.risks.priorAbruptWithdrawals = m_abrupt->value();
    p.risks.opioidCoPrescription = m_opioid->isChecked();
    p.risks.alcohol = lento::store::AlcoholUse(m_alcohol->currentIndex());
    p.risks.liverImpairment = m_liver->isChecked();
    p.risks.pregnant = m_pregnant->isChecked();
    return p;
}

QList<lento::store::MedicationRecord> PatientFormDialog::medications() const
{
    QList<lento::store::MedicationRecord> list;
    for (const Row &r : m_rows) {
        lento::store::MedicationRecord m = r.record;
        m.patientId = m_record.id;
        m.drug = drugId(r);
        m.since = dateOf(r.since);
        m.indication = r.indication->text().trimmed();
        if (m.drug.isEmpty() && m.doses.isEmpty() && m.indication.isEmpty() && !m.id)
            continue; // an untouched new row
        list.append(m);
    }
    return list;
}

QList<lento::store::RecordId> PatientFormDialog::removedMedications() const
{
    return m_removed;
}

QString PatientFormDialog::fail(QWidget *field, const QString &message)
{
    m_error->setText(message);
    m_error->show();
    field->setFocus(Qt::OtherFocusReason);
    return message;
}

QString PatientFormDialog::validate()
{
    if (m_identifier->text().trimmed().isEmpty())
        return fail(m_identifier, tr("Identifier: required (the clinic's record number)."));
    if (m_name->text().trimmed().isEmpty())
        return fail(m_name, tr("Name: required."));
    if (m_weight->value() > 0.0 && m_weight->value() < 2.0)
        return fail(m_weight, tr("Weight: %1 kg is not a plausible weight.").arg(m_weight->value()));
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows.at(i);
        const bool touched = !r.record.doses.isEmpty() || !r.indication->text().trimmed().isEmpty() || r.record.id;
        if (touched && drugId(r).isEmpty())
            return fail(r.drug, tr("Medication %1, drug: required.").arg(i + 1));
    }
    m_error->hide();
    return {};
}

void PatientFormDialog::accept()
{
    if (validate().isEmpty())
        QDialog::accept();
}

void PatientFormDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PatientFormDialog::retranslateUi()
{
    setWindowTitle(m_record.id ? tr("Edit patient") : tr("New patient"));
    static_cast<QGroupBox *>(m_groups[PatientGroup])->setTitle(tr("Patient"));
    static_cast<QGroupBox *>(m_groups[RiskGroup])->setTitle(tr("Risk factors"));
    static_cast<QGroupBox *>(m_groups[MedicationGroup])->setTitle(tr("Medications"));
    m_labels[IdentifierLabel]->setText(tr("&Identifier:"));
    m_labels[NameLabel]->setText(tr("&Name:"));
    m_labels[BirthLabel]->setText(tr("Date of &birth:"));
    m_labels[SexLabel]->setText(tr("Se&x:"));
    m_labels[WeightLabel]->setText(tr("&Weight:"));
    m_labels[HandoutLabel]->setText(tr("&Handout language:"));
    m_labels[AbruptLabel]->setText(tr("Earlier &abrupt withdrawals:"));
    m_labels[AlcoholLabel]->setText(tr("Al&cohol:"));
    m_labels[NotesLabel]->setText(tr("N&otes:"));
    m_identifier->setPlaceholderText(tr("Clinic record number"));
    m_birth->setSpecialValueText(tr("Not recorded"));
    m_weight->setSpecialValueText(tr("Not recorded"));
    m_weight->setSuffix(tr(" kg"));
    m_abrupt->setToolTip(tr("Each earlier abrupt stop raises the modelled withdrawal pressure (kindling)."));
    m_sex->setItemText(0, tr("Not recorded"));
    m_sex->setItemText(1, tr("Female"));
    m_sex->setItemText(2, tr("Male"));
    m_sex->setItemText(3, tr("Other"));
    m_alcohol->setItemText(0, tr("Not recorded"));
    m_alcohol->setItemText(1, tr("None"));
    m_alcohol->setItemText(2, tr("Moderate"));
    m_alcohol->setItemText(3, tr("Heavy"));
    m_handoutLanguage->setItemText(0, tr("Application language"));
    m_handoutLanguage->setItemText(1, QStringLiteral("English"));
    m_handoutLanguage->setItemText(2, QStringLiteral("简体中文"));
    m_seizure->setText(tr("&Seizure history"));
    m_opioid->setText(tr("O&pioid co-prescription"));
    m_liver->setText(tr("&Liver impairment"));
    m_pregnant->setText(tr("Pre&gnant"));
    m_addMedication->setText(tr("A&dd medication"));
    m_medHeaders[0]->setText(tr("Drug"));
    m_medHeaders[1]->setText(tr("Doses (mg at each time of day)"));
    m_medHeaders[2]->setText(tr("Taken since"));
    m_medHeaders[3]->setText(tr("Indication"));
    m_addMedication->setAccessibleName(tr("Add medication"));
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows.at(i);
        r.drug->setAccessibleName(tr("Medication %1: drug").arg(i + 1));
        r.doses->setAccessibleName(tr("Medication %1: doses").arg(i + 1));
        updateDosesButton(m_rows[i]);
        r.since->setAccessibleName(tr("Medication %1: taken since").arg(i + 1));
        r.since->setSpecialValueText(tr("Since: not recorded"));
        r.indication->setAccessibleName(tr("Medication %1: indication").arg(i + 1));
        r.indication->setPlaceholderText(tr("Indication"));
        r.remove->setText(tr("Remove"));
        r.remove->setAccessibleName(tr("Remove medication %1").arg(i + 1));
    }
}

} // namespace lento::ui
