// The visit entry form and its validation.
#include "visitdialog.h"

#include "catalogue.h"
#include "dateplausibility.h"
#include "displaytext.h"
#include "plandocument.h"
#include "recordjson.h"
#include "visitscaleform.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace lento::ui {

using lento::store::ActualDose;
using lento::store::VisitDecision;
using lento::store::VisitRecord;

namespace {

enum DoseColumn { DrugColumn, TimeColumn, MgColumn, FromColumn, ToColumn, DoseColumnCount };

const VisitDecision kDecisions[]
    = {VisitDecision::Continue, VisitDecision::Hold, VisitDecision::Slow, VisitDecision::StepBack, VisitDecision::Stop};

QString dateText(const QDate &d)
{
    return QLocale().toString(d, QLocale::ShortFormat);
}

template <typename T>
void checkRange(QList<VisitProblem> *out, const QString &field, const QString &label, const std::optional<T> &value,
    T lo, T hi, const QString &unit)
{
    if (value && (*value < lo || *value > hi)) {
        out->append({field,
            VisitDialog::tr("%1: must be between %2 and %3 %4.")
                .arg(label, QLocale().toString(lo), QLocale().toString(hi), unit)});
    }
}

} // namespace

VisitDialog::VisitDialog(const Catalogue *catalogue, QWidget *parent)
    : QDialog(parent), m_catalogue(catalogue), m_today(QDate::currentDate())
{
    setObjectName(QStringLiteral("visitDialog"));
    build();
    retranslateUi();
}

void VisitDialog::build()
{
    auto *outer = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    outer->addWidget(m_tabs, 1);

    // Visit: date, decision, vitals, notes.
    auto *visitPage = new QWidget(m_tabs);
    auto *form = new QFormLayout(visitPage);
    m_date = new QDateEdit(visitPage);
    m_date->setObjectName(QStringLiteral("visitDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat).contains(QLatin1String("yyyy"))
            ? QLocale().dateFormat(QLocale::ShortFormat)
            : QStringLiteral("yyyy-MM-dd"));
    m_dateLabel = new QLabel(visitPage);
    m_dateLabel->setBuddy(m_date);
    form->addRow(m_dateLabel, m_date);
    // A date far from today is said at once, under the field; it does not block saving.
    m_dateWarning = new QLabel(visitPage);
    m_dateWarning->setObjectName(QStringLiteral("visitDateWarning"));
    m_dateWarning->setWordWrap(true);
    m_dateWarning->setTextFormat(Qt::PlainText);
    QPalette warningPalette = m_dateWarning->palette();
    warningPalette.setColor(QPalette::WindowText, QColor(0x8a, 0x4b, 0x00));
    m_dateWarning->setPalette(warningPalette);
    form->addRow(QString(), m_dateWarning);
    form->setRowVisible(m_dateWarning, false);
    m_decision = new QComboBox(visitPage);
    m_decision->setObjectName(QStringLiteral("decision"));
    for (VisitDecision d : kDecisions)
        m_decision->addItem(QString(), int(d));
    m_decisionLabel = new QLabel(visitPage);
    m_decisionLabel->setBuddy(m_decision);
    form->addRow(m_decisionLabel, m_decision);

    auto spin = [&](const char *name, int max) {
        auto *s = new QSpinBox(visitPage);
        s->setObjectName(QString::fromLatin1(name));
        s->setRange(0, max);
        s->setSpecialValueText(QStringLiteral("—"));
        return s;
    };
    m_sbp = spin("bpSystolic", 400);
    m_dbp = spin("bpDiastolic", 300);
    m_pulse = spin("pulse", 300);
    m_resp = spin("respirations", 100);
    m_temp = new QDoubleSpinBox(visitPage);
    m_temp->setObjectName(QStringLiteral("temperature"));
    m_temp->setRange(0.0, 50.0);
    m_temp->setDecimals(1);
    m_temp->setSingleStep(0.1);
    m_temp->setSpecialValueText(QStringLiteral("—"));
    m_sbpLabel = new QLabel(visitPage);
    m_dbpLabel = new QLabel(visitPage);
    m_pulseLabel = new QLabel(visitPage);
    m_tempLabel = new QLabel(visitPage);
    m_respLabel = new QLabel(visitPage);
    m_sbpLabel->setBuddy(m_sbp);
    m_dbpLabel->setBuddy(m_dbp);
    m_pulseLabel->setBuddy(m_pulse);
    m_tempLabel->setBuddy(m_temp);
    m_respLabel->setBuddy(m_resp);
    form->addRow(m_sbpLabel, m_sbp);
    form->addRow(m_dbpLabel, m_dbp);
    form->addRow(m_pulseLabel, m_pulse);
    form->addRow(m_tempLabel, m_temp);
    form->addRow(m_respLabel, m_resp);
    m_notes = new QPlainTextEdit(visitPage);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notesLabel = new QLabel(visitPage);
    m_notesLabel->setBuddy(m_notes);
    form->addRow(m_notesLabel, m_notes);
    m_tabs->addTab(visitPage, QString());

    // Doses taken since the last visit.
    auto *dosePage = new QWidget(m_tabs);
    auto *doseLayout = new QVBoxLayout(dosePage);
    m_dosesHint = new QLabel(dosePage);
    m_dosesHint->setWordWrap(true);
    doseLayout->addWidget(m_dosesHint);
    m_doses = new QTableWidget(0, DoseColumnCount, dosePage);
    m_doses->setObjectName(QStringLiteral("doses"));
    m_doses->horizontalHeader()->setSectionResizeMode(DrugColumn, QHeaderView::Stretch);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_doses->setColumnWidth(TimeColumn, 6 * em);
    m_doses->setColumnWidth(MgColumn, 9 * em);
    m_doses->setColumnWidth(FromColumn, 10 * em);
    m_doses->setColumnWidth(ToColumn, 10 * em);
    m_doses->verticalHeader()->setVisible(true);
    m_doses->setSelectionBehavior(QAbstractItemView::SelectRows);
    doseLayout->addWidget(m_doses, 1);
    auto *doseButtons = new QHBoxLayout;
    m_addDose = new QPushButton(dosePage);
    m_removeDose = new QPushButton(dosePage);
    m_fillDoses = new QPushButton(dosePage);
    doseButtons->addWidget(m_addDose);
    doseButtons->addWidget(m_removeDose);
    doseButtons->addStretch(1);
    doseButtons->addWidget(m_fillDoses);
    doseLayout->addLayout(doseButtons);
    m_tabs->addTab(dosePage, QString());
    connect(m_addDose, &QPushButton::clicked, this, [this] {
        ActualDose d;
        d.drug = m_plan && !m_plan->current.isEmpty() ? m_plan->current.first().drug : QString();
        d.from = spanStart();
        d.to = m_date->date();
        addDoseRow(d);
        m_dosesEdited = true;
        retranslateUi();
    });
    connect(m_removeDose, &QPushButton::clicked, this, &VisitDialog::removeDoseRow);
    connect(m_fillDoses, &QPushButton::clicked, this, &VisitDialog::fillFromPlan);

    // The two scales, each in a scroll area.
    auto scalePage = [&](VisitScaleForm *formWidget) {
        auto *scroll = new QScrollArea(m_tabs);
        scroll->setWidgetResizable(true);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        scroll->setWidget(formWidget);
        m_tabs->addTab(scroll, QString());
    };
    m_ciwa = new VisitScaleForm(WithdrawalScale::CiwaB);
    m_ciwa->setObjectName(QStringLiteral("ciwaB"));
    m_bwsq = new VisitScaleForm(WithdrawalScale::Bwsq);
    m_bwsq->setObjectName(QStringLiteral("bwsq"));
    scalePage(m_ciwa);
    scalePage(m_bwsq);
    connect(m_ciwa, &VisitScaleForm::changed, this, &VisitDialog::retranslateUi);
    connect(m_bwsq, &VisitScaleForm::changed, this, &VisitDialog::retranslateUi);

    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("problems"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextFormat(Qt::RichText);
    m_problemLabel->setVisible(false);
    outer->addWidget(m_problemLabel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &VisitDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &VisitDialog::reject);
    outer->addWidget(buttons);

    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        if (!m_dosesEdited && m_plan)
            fillFromPlan();
        updateDateWarning();
    });
    resize(760, 640);
}

void VisitDialog::startNew(
    store::RecordId patientId, store::RecordId planId, const Plan *plan, const QDate &previousVisit, const QDate &date)
{
    m_base = VisitRecord();
    m_base.patientId = patientId;
    m_base.planId = planId;
    m_plan = plan ? std::optional<Plan>(*plan) : std::nullopt;
    m_previousVisit = previousVisit;
    m_dosesEdited = false;
    {
        const QSignalBlocker block(m_date);
        m_date->setDate(date);
    }
    m_confirmedDate = QDate();
    updateDateWarning();
    m_decision->setCurrentIndex(0);
    for (QSpinBox *s : {m_sbp, m_dbp, m_pulse, m_resp})
        s->setValue(0);
    m_temp->setValue(0.0);
    m_notes->clear();
    m_ciwa->setItems(std::nullopt);
    m_bwsq->setItems(std::nullopt);
    setDoses({});
    if (m_plan)
        fillFromPlan();
    m_dosesEdited = false;
    retranslateUi();
}

void VisitDialog::edit(const VisitRecord &visit, const Plan *plan, const QDate &previousVisit)
{
    m_base = visit;
    m_plan = plan ? std::optional<Plan>(*plan) : std::nullopt;
    m_previousVisit = previousVisit;
    {
        const QSignalBlocker block(m_date);
        m_date->setDate(visit.date);
    }
    m_confirmedDate = visit.date; // stored before: saving a correction does not ask again
    updateDateWarning();
    m_decision->setCurrentIndex(std::max(0, m_decision->findData(int(visit.decision))));
    m_sbp->setValue(visit.vitals.bpSystolic.value_or(0));
    m_dbp->setValue(visit.vitals.bpDiastolic.value_or(0));
    m_pulse->setValue(visit.vitals.pulse.value_or(0));
    m_resp->setValue(visit.vitals.respirations.value_or(0));
    m_temp->setValue(visit.vitals.temperatureC.value_or(0.0));
    m_notes->setPlainText(visit.notes);
    m_ciwa->setItems(visit.ciwaB);
    m_bwsq->setItems(visit.bwsq);
    setDoses(visit.actualDoses);
    m_dosesEdited = true; // never overwrite recorded doses
    retranslateUi();
}

QDate VisitDialog::spanStart() const
{
    if (m_previousVisit.isValid())
        return m_previousVisit.addDays(1);
    const QDate visitDate = m_date->date();
    if (m_plan && m_plan->startDate.isValid() && m_plan->startDate <= visitDate)
        return std::max(m_plan->startDate, visitDate.addDays(-27));
    return visitDate.addDays(-27);
}

void VisitDialog::fillFromPlan()
{
    if (!m_plan)
        return;
    setDoses(plannedDoses(*m_plan, spanStart(), m_date->date()));
    m_dosesEdited = false;
}

QList<ActualDose> VisitDialog::plannedDoses(const Plan &plan, const QDate &from, const QDate &to)
{
    QList<ActualDose> out;
    if (!plan.startDate.isValid() || !from.isValid() || !to.isValid() || to < from)
        return out;
    auto dosesOn = [&](const QDate &d) -> const QList<Dose> & {
        const qint64 k = plan.startDate.daysTo(d);
        const QList<Dose> *doses = &plan.current;
        for (const Step &s : plan.steps) {
            if (s.day > k)
                break;
            doses = &s.doses;
        }
        return *doses;
    };
    QDate runStart = from;
    const QList<Dose> *run = &dosesOn(from);
    auto flush = [&](const QDate &runEnd) {
        for (const Dose &d : *run) {
            ActualDose a;
            a.drug = d.drug;
            a.minuteOfDay = d.minuteOfDay;
            a.mg = d.mg;
            a.from = runStart;
            a.to = runEnd;
            out.append(a);
        }
    };
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1)) {
        const QList<Dose> *now = &dosesOn(d);
        if (now != run) {
            flush(d.addDays(-1));
            runStart = d;
            run = now;
        }
    }
    flush(to);
    return out;
}

void VisitDialog::setDoses(const QList<ActualDose> &doses)
{
    m_doses->setRowCount(0);
    for (const ActualDose &d : doses)
        addDoseRow(d);
    retranslateUi();
}

void VisitDialog::addDoseRow(const ActualDose &dose)
{
    const int row = m_doses->rowCount();
    m_doses->insertRow(row);
    auto *drug = new QComboBox(m_doses);
    drug->setEditable(true);
    QStringList ids;
    if (m_plan) {
        for (const Dose &d : m_plan->current)
            ids.append(d.drug);
        for (const Step &s : m_plan->steps) {
            for (const Dose &d : s.doses)
                ids.append(d.drug);
        }
    }
    if (m_catalogue)
        ids.append(m_catalogue->ids());
    ids.removeDuplicates();
    for (const QString &id : ids)
        drug->addItem(drugName(id, m_catalogue), id);
    const int known = drug->findData(dose.drug);
    if (known >= 0)
        drug->setCurrentIndex(known);
    else
        drug->setEditText(dose.drug);
    m_doses->setCellWidget(row, DrugColumn, drug);

    auto *time = new QLineEdit(m_doses);
    time->setPlaceholderText(QStringLiteral("HH:MM"));
    if (dose.minuteOfDay >= 0)
        time->setText(PlanDocument::formatTime(dose.minuteOfDay));
    m_doses->setCellWidget(row, TimeColumn, time);

    auto *mg = new QDoubleSpinBox(m_doses);
    mg->setRange(0.0, 10000.0);
    mg->setDecimals(3);
    mg->setSuffix(QStringLiteral(" mg"));
    mg->setValue(dose.mg.value());
    m_doses->setCellWidget(row, MgColumn, mg);

    for (int column : {FromColumn, ToColumn}) {
        auto *edit = new QDateEdit(m_doses);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(m_date->displayFormat());
        edit->setDate(column == FromColumn ? dose.from : dose.to);
        m_doses->setCellWidget(row, column, edit);
        connect(edit, &QDateEdit::dateChanged, this, [this] { m_dosesEdited = true; });
    }
    connect(drug, &QComboBox::currentTextChanged, this, [this] { m_dosesEdited = true; });
    connect(time, &QLineEdit::textEdited, this, [this] { m_dosesEdited = true; });
    connect(mg, &QDoubleSpinBox::valueChanged, this, [this] { m_dosesEdited = true; });
}

void VisitDialog::removeDoseRow()
{
    const int row = m_doses->currentRow() >= 0 ? m_doses->currentRow() : m_doses->rowCount() - 1;
    if (row >= 0) {
        m_doses->removeRow(row);
        m_dosesEdited = true;
        retranslateUi();
    }
}

VisitRecord VisitDialog::visit() const
{
    VisitRecord v = m_base;
    v.date = m_date->date();
    v.decision = VisitDecision(m_decision->currentData().toInt());
    auto opt = [](const QSpinBox *s) { return s->value() > 0 ? std::optional<int>(s->value()) : std::nullopt; };
    v.vitals.bpSystolic = opt(m_sbp);
    v.vitals.bpDiastolic = opt(m_dbp);
    v.vitals.pulse = opt(m_pulse);
    v.vitals.respirations = opt(m_resp);
    v.vitals.temperatureC = m_temp->value() > 0.0 ? std::optional<double>(m_temp->value()) : std::nullopt;
    v.notes = m_notes->toPlainText().trimmed();
    v.ciwaB = m_ciwa->items();
    v.bwsq = m_bwsq->items();
    v.actualDoses.clear();
    for (int row = 0; row < m_doses->rowCount(); ++row) {
        ActualDose d;
        const auto *drug = qobject_cast<QComboBox *>(m_doses->cellWidget(row, DrugColumn));
        const int index = drug->findText(drug->currentText());
        d.drug = index >= 0 ? drug->itemData(index).toString() : drug->currentText().trimmed();
        const QString time = qobject_cast<QLineEdit *>(m_doses->cellWidget(row, TimeColumn))->text().trimmed();
        d.minuteOfDay = time.isEmpty() ? -1 : PlanDocument::parseTime(time);
        d.mg = Milligrams(qobject_cast<QDoubleSpinBox *>(m_doses->cellWidget(row, MgColumn))->value());
        d.from = qobject_cast<QDateEdit *>(m_doses->cellWidget(row, FromColumn))->date();
        d.to = qobject_cast<QDateEdit *>(m_doses->cellWidget(row, ToColumn))->date();
        v.actualDoses.append(d);
    }
    return v;
}

QList<VisitProblem> VisitDialog::parseProblems() const
{
    QList<VisitProblem> out;
    for (int row = 0; row < m_doses->rowCount(); ++row) {
        const QString time = qobject_cast<QLineEdit *>(m_doses->cellWidget(row, TimeColumn))->text().trimmed();
        if (!time.isEmpty() && PlanDocument::parseTime(time) < 0)
            out.append({QStringLiteral("doses[%1].time").arg(row),
                tr("Doses taken, row %1: the time must be HH:MM between 00:00 and 23:59, or empty.").arg(row + 1)});
    }
    return out;
}

QList<VisitProblem> VisitDialog::problems() const
{
    QList<VisitProblem> out = parseProblems();
    QList<VisitProblem> rest = validate(visit(), m_today);
    // A time that did not parse is reported once, by parseProblems().
    rest.erase(std::remove_if(rest.begin(), rest.end(),
                   [&](const VisitProblem &p) {
                       return std::any_of(
                           out.cbegin(), out.cend(), [&](const VisitProblem &q) { return q.field == p.field; });
                   }),
        rest.end());
    out.append(rest);
    return out;
}

QList<VisitProblem> VisitDialog::validate(const VisitRecord &v, const QDate &today)
{
    QList<VisitProblem> out;
    if (!v.date.isValid())
        out.append({QStringLiteral("date"), tr("Visit date: required.")});
    else if (v.date > today)
        out.append({QStringLiteral("date"),
            tr("Visit date: %1 is in the future (today is %2).").arg(dateText(v.date), dateText(today))});
    else if (v.date.year() < 1900)
        out.append({QStringLiteral("date"), tr("Visit date: %1 is not a plausible visit date.").arg(dateText(v.date))});

    for (int i = 0; i < v.actualDoses.size(); ++i) {
        const ActualDose &d = v.actualDoses[i];
        const QString row = tr("Doses taken, row %1").arg(i + 1);
        auto field = [i](const char *name) { return QStringLiteral("doses[%1].%2").arg(i).arg(QLatin1String(name)); };
        if (d.drug.trimmed().isEmpty())
            out.append({field("drug"), tr("%1: choose the drug.").arg(row)});
        if (!(d.mg.value() > 0.0 && d.mg.value() <= 10000.0))
            out.append({field("mg"), tr("%1: the dose must be more than 0 mg and at most 10000 mg.").arg(row)});
        if (d.minuteOfDay < -1 || d.minuteOfDay >= 24 * 60)
            out.append({field("time"), tr("%1: the time must be HH:MM between 00:00 and 23:59, or empty.").arg(row)});
        if (d.from.isValid() && d.to.isValid() && d.to < d.from)
            out.append(
                {field("to"), tr("%1: “to” (%2) is before “from” (%3).").arg(row, dateText(d.to), dateText(d.from))});
        if (d.to.isValid() && v.date.isValid() && d.to > v.date)
            out.append({field("to"), tr("%1: “to” (%2) is after the visit date.").arg(row, dateText(d.to))});
        else if (d.from.isValid() && d.from > today)
            out.append({field("from"), tr("%1: “from” (%2) is in the future.").arg(row, dateText(d.from))});
    }

    const std::pair<WithdrawalScale, const std::optional<QList<int>> *> scales[]
        = {{WithdrawalScale::CiwaB, &v.ciwaB}, {WithdrawalScale::Bwsq, &v.bwsq}};
    for (const auto &[scale, values] : scales) {
        if (!*values)
            continue;
        const QString name = WithdrawalScales::name(scale);
        const QString key = WithdrawalScales::id(scale);
        const int count = WithdrawalScales::itemCount(scale);
        const int max = WithdrawalScales::itemMax(scale);
        if ((*values)->size() != count) {
            out.append({key, tr("%1: needs %2 item scores, got %3.").arg(name).arg(count).arg((*values)->size())});
            continue;
        }
        const QList<ScaleItem> items = WithdrawalScales::items(scale);
        for (int i = 0; i < count; ++i) {
            const int score = (*values)->at(i);
            if (score < 0 || score > max)
                out.append({QStringLiteral("%1[%2]").arg(key).arg(i),
                    tr("%1 item %2 (%3): the score must be between 0 and %4, not %5.")
                        .arg(name)
                        .arg(i + 1)
                        .arg(items.value(i).translatedText())
                        .arg(max)
                        .arg(score)});
        }
    }

    checkRange(&out, QStringLiteral("vitals.bp_systolic"), tr("Blood pressure, systolic"), v.vitals.bpSystolic, 40, 300,
        QStringLiteral("mmHg"));
    checkRange(&out, QStringLiteral("vitals.bp_diastolic"), tr("Blood pressure, diastolic"), v.vitals.bpDiastolic, 20,
        200, QStringLiteral("mmHg"));
    if (v.vitals.bpSystolic && v.vitals.bpDiastolic && *v.vitals.bpDiastolic >= *v.vitals.bpSystolic)
        out.append({QStringLiteral("vitals.bp_diastolic"),
            tr("Blood pressure: the diastolic value must be below the systolic value.")});
    checkRange(&out, QStringLiteral("vitals.pulse"), tr("Pulse"), v.vitals.pulse, 20, 250, tr("beats/min"));
    checkRange(&out, QStringLiteral("vitals.temperature_c"), tr("Temperature"), v.vitals.temperatureC, 30.0, 45.0,
        QStringLiteral("°C"));
    checkRange(&out, QStringLiteral("vitals.respirations"), tr("Respirations"), v.vitals.respirations, 4, 80,
        tr("breaths/min"));

    if (out.isEmpty()) {
        // The store's own rules, so nothing this form lets through is refused on saving.
        const Expected<VisitRecord> stored = store::RecordJson::checkVisit(v);
        if (!stored)
            out.append({stored.error().path, stored.error().text()});
    }
    return out;
}

QString VisitDialog::decisionName(VisitDecision decision)
{
    switch (decision) {
    case VisitDecision::Continue:
        return tr("Continue the plan");
    case VisitDecision::Hold:
        return tr("Hold the current dose");
    case VisitDecision::Slow:
        return tr("Slow the taper");
    case VisitDecision::StepBack:
        return tr("Step back to a higher dose");
    case VisitDecision::Stop:
        return tr("Stop the taper");
    }
    return {};
}

QWidget *VisitDialog::widgetFor(const QString &field) const
{
    if (field == QLatin1String("date"))
        return m_date;
    if (field.startsWith(QLatin1String("vitals.bp_systolic")))
        return m_sbp;
    if (field.startsWith(QLatin1String("vitals.bp_diastolic")))
        return m_dbp;
    if (field.startsWith(QLatin1String("vitals.pulse")))
        return m_pulse;
    if (field.startsWith(QLatin1String("vitals.temperature")))
        return m_temp;
    if (field.startsWith(QLatin1String("vitals.respirations")))
        return m_resp;
    if (field.startsWith(QLatin1String("notes")))
        return m_notes;
    for (VisitScaleForm *form : {m_ciwa, m_bwsq}) {
        const QString key = WithdrawalScales::id(form->scale());
        if (field.startsWith(key)) {
            const int i = field.section(QLatin1Char('['), 1).section(QLatin1Char(']'), 0, 0).toInt();
            return form->itemBox(i) ? static_cast<QWidget *>(form->itemBox(i)) : form;
        }
    }
    if (field.startsWith(QLatin1String("doses[")) || field.startsWith(QLatin1String("actual_doses["))) {
        const int row = field.section(QLatin1Char('['), 1).section(QLatin1Char(']'), 0, 0).toInt();
        const QString name = field.section(QLatin1Char('.'), -1);
        const int column = name == QLatin1String("drug") ? DrugColumn
            : name == QLatin1String("time")              ? TimeColumn
            : name == QLatin1String("from")              ? FromColumn
            : name == QLatin1String("to")                ? ToColumn
                                                         : MgColumn;
        if (QWidget *w = m_doses->cellWidget(row, column))
            return w;
        return m_doses;
    }
    return nullptr;
}

void VisitDialog::showProblems(const QList<VisitProblem> &problems)
{
    if (problems.isEmpty()) {
        m_problemLabel->clear();
        m_problemLabel->setVisible(false);
        return;
    }
    QString html = QStringLiteral("<b>%1</b><ul style=\"margin-top:2px\">")
                       .arg(tr("Please correct the following before saving:").toHtmlEscaped());
    for (const VisitProblem &p : problems)
        html += QStringLiteral("<li>%1</li>").arg(p.message.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    m_problemLabel->setText(QStringLiteral("<span style=\"color:#b3261e\">%1</span>").arg(html));
    m_problemLabel->setVisible(true);
    if (QWidget *w = widgetFor(problems.first().field)) {
        for (int i = 0; i < m_tabs->count(); ++i) {
            if (m_tabs->widget(i)->isAncestorOf(w))
                m_tabs->setCurrentIndex(i);
        }
        w->setFocus(Qt::OtherFocusReason);
    }
}

void VisitDialog::setToday(const QDate &today)
{
    m_today = today;
    updateDateWarning();
}

QString VisitDialog::dateWarning(const QDate &date, const QDate &today)
{
    if (date.isValid() && today.isValid() && date > today)
        return tr("Visit date: %1 is in the future (today is %2); a visit is recorded on or after its day.")
            .arg(dateText(date), dateText(today));
    if (DatePlausibility::classify(date, today) == DateDistance::FarPast)
        return tr("Visit date: %1 is more than a year ago (today is %2). Check the year; an earlier visit "
                  "entered now is fine.")
            .arg(dateText(date), dateText(today));
    return {};
}

void VisitDialog::updateDateWarning()
{
    const QString text = dateWarning(m_date->date(), m_today);
    m_dateWarning->setText(text);
    if (auto *form = qobject_cast<QFormLayout *>(m_dateWarning->parentWidget()->layout()))
        form->setRowVisible(m_dateWarning, !text.isEmpty());
}

bool VisitDialog::confirmOldDate()
{
    const QDate date = m_date->date();
    if (DatePlausibility::classify(date, m_today) != DateDistance::FarPast || date == m_confirmedDate)
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Visit more than a year ago"),
        tr("The visit date %1 is more than a year ago (today is %2).").arg(dateText(date), dateText(m_today)),
        QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("oldVisitBox"));
    box.setInformativeText(tr("Save the visit with this date, or go back and change the date?"));
    QPushButton *save = box.addButton(tr("&Save with this date"), QMessageBox::AcceptRole);
    save->setObjectName(QStringLiteral("oldVisitSave"));
    QPushButton *change = box.addButton(tr("&Change the date"), QMessageBox::RejectRole);
    change->setObjectName(QStringLiteral("oldVisitChange"));
    box.setDefaultButton(change);
    box.exec();
    if (box.clickedButton() != save) {
        m_tabs->setCurrentIndex(0);
        m_date->setFocus(Qt::OtherFocusReason);
        return false;
    }
    m_confirmedDate = date;
    return true;
}

void VisitDialog::accept()
{
    const QList<VisitProblem> found = problems();
    showProblems(found);
    if (found.isEmpty() && confirmOldDate())
        QDialog::accept();
}

void VisitDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void VisitDialog::retranslateUi()
{
    setWindowTitle(m_base.id ? tr("Correct visit") : tr("New visit"));
    m_tabs->setTabText(0, tr("&Visit"));
    m_tabs->setTabText(1, tr("D&oses taken (%1)").arg(m_doses->rowCount()));
    const auto scaleTab = [](const VisitScaleForm *form) {
        const std::optional<ScaleScore> s = form->score();
        return s ? tr("%1 (%2)").arg(WithdrawalScales::name(form->scale())).arg(s->total)
                 : WithdrawalScales::name(form->scale());
    };
    m_tabs->setTabText(2, scaleTab(m_ciwa));
    m_tabs->setTabText(3, scaleTab(m_bwsq));
    m_dateLabel->setText(tr("Visit &date:"));
    updateDateWarning();
    m_decisionLabel->setText(tr("D&ecision:"));
    for (int i = 0; i < m_decision->count(); ++i)
        m_decision->setItemText(i, decisionName(VisitDecision(m_decision->itemData(i).toInt())));
    m_sbpLabel->setText(tr("Blood pressure, s&ystolic (mmHg):"));
    m_dbpLabel->setText(tr("Blood pressure, di&astolic (mmHg):"));
    m_pulseLabel->setText(tr("&Pulse (beats/min):"));
    m_tempLabel->setText(tr("&Temperature (°C):"));
    m_respLabel->setText(tr("&Respirations (breaths/min):"));
    m_notesLabel->setText(tr("&Notes:"));
    m_dosesHint->setText(m_previousVisit.isValid()
            ? tr("Doses actually taken since the last visit on %1: one row per dose time and run of "
                 "days. Filled from the plan; change what differed.")
                  .arg(dateText(m_previousVisit))
            : tr("Doses actually taken before this visit: one row per dose time and run of days. "
                 "Filled from the plan; change what differed."));
    if (m_plan && m_doses->rowCount() == 0 && !m_dosesEdited)
        m_dosesHint->setText(
            m_dosesHint->text() + QLatin1Char(' ') + tr("The plan has no doses in this period (the taper has ended)."));
    m_doses->setHorizontalHeaderLabels({tr("Drug"), tr("Time"), tr("mg per dose"), tr("From"), tr("To")});
    m_addDose->setText(tr("&Add row"));
    m_removeDose->setText(tr("Re&move row"));
    m_fillDoses->setText(tr("&Fill from plan"));
    m_fillDoses->setEnabled(m_plan.has_value());
}

} // namespace lento::ui
