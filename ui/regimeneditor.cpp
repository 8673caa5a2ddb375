// The current-regimen editor (see regimeneditor.h).
#include "regimeneditor.h"

#include "amountspinbox.h"
#include "catalogue.h"
#include "displaytext.h"
#include "planedits.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTime>
#include <QTimeEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace lento::ui {

RegimenEditor::RegimenEditor(QWidget *parent) : QWidget(parent), m_grid(new QGridLayout), m_add(new QPushButton(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_grid);
    layout->addWidget(m_add, 0, Qt::AlignLeft);
    connect(m_add, &QPushButton::clicked, this, &RegimenEditor::addRow);
    retranslate();
}

void RegimenEditor::fillDrugs(QComboBox *combo) const
{
    const QString keep = combo->currentData().toString();
    combo->clear();
    if (m_catalogue) {
        QList<QPair<QString, QString>> items;
        for (const DrugParams &d : m_catalogue->drugs())
            items.append({DisplayText::drugName(d), d.id});
        std::sort(items.begin(), items.end(),
            [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
        for (const auto &[name, id] : std::as_const(items))
            combo->addItem(name, id);
    }
    if (!keep.isEmpty()) {
        if (combo->findData(keep) < 0)
            combo->addItem(keep, keep);
        combo->setCurrentIndex(combo->findData(keep));
    }
}

void RegimenEditor::setCatalogue(const Catalogue *catalogue)
{
    m_catalogue = catalogue;
    for (const Row &r : std::as_const(m_rows))
        fillDrugs(r.drug);
}

void RegimenEditor::setDoses(const QList<Dose> &doses)
{
    for (const Row &r : std::as_const(m_rows)) {
        delete r.drug;
        delete r.mg;
        delete r.time;
        delete r.remove;
    }
    m_rows.clear();
    for (const Dose &d : doses)
        addRowFor(d);
    relayout();
}

QList<Dose> RegimenEditor::doses() const
{
    QList<Dose> out;
    for (const Row &r : m_rows) {
        Dose d;
        d.drug = r.drug->currentData().toString();
        const QTime t = r.time->time();
        d.minuteOfDay = t.hour() * 60 + t.minute();
        d.mg = Milligrams(r.mg->value());
        out.append(d);
    }
    return out;
}

void RegimenEditor::addRow()
{
    Dose d;
    if (!m_rows.isEmpty()) {
        const Dose last = doses().last();
        d.drug = last.drug;
        d.mg = last.mg;
        d.minuteOfDay = std::min(last.minuteOfDay + 6 * 60, 23 * 60);
    } else {
        d.drug = QStringLiteral("diazepam");
        d.minuteOfDay = 8 * 60;
        d.mg = Milligrams(5.0);
    }
    addRowFor(d);
    relayout();
    m_rows.last().drug->setFocus();
    Q_EMIT changed();
}

void RegimenEditor::addRowFor(const Dose &dose)
{
    Row r;
    r.drug = new QComboBox(this);
    r.drug->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    r.drug->setMinimumContentsLength(10);
    r.drug->addItem(dose.drug, dose.drug);
    fillDrugs(r.drug);
    r.drug->setCurrentIndex(std::max(0, r.drug->findData(dose.drug)));
    r.time = new QTimeEdit(this);
    r.time->setDisplayFormat(QStringLiteral("HH:mm"));
    r.time->setTime(QTime(dose.minuteOfDay / 60, dose.minuteOfDay % 60));
    auto *amount = new AmountSpinBox(this);
    r.mg = amount;
    r.mg->setRange(0.001, PlanEdits::kMaxDoseMg);
    r.mg->setDecimals(3);
    r.mg->setSingleStep(0.25);
    r.mg->setValue(dose.mg.value());
    r.remove = new QToolButton(this);
    r.remove->setText(tr("Remove"));
    connect(r.drug, &QComboBox::currentIndexChanged, this, &RegimenEditor::changed);
    connect(r.time, &QTimeEdit::timeChanged, this, &RegimenEditor::changed);
    connect(r.mg, &QDoubleSpinBox::valueChanged, this, &RegimenEditor::changed);
    connect(amount, &AmountSpinBox::inputRejected, this, [this, amount](const QString &typed) {
        qsizetype row = 0;
        while (row < m_rows.size() && m_rows[row].mg != amount)
            ++row;
        const QLocale locale;
        Q_EMIT inputRejected(tr("Current regimen, dose %1: \"%2\" is not an amount from %3 to %4 mg; the dose stays "
                                "%5 mg.")
                                 .arg(row + 1)
                                 .arg(typed, locale.toString(amount->minimum()), locale.toString(amount->maximum()),
                                     locale.toString(amount->value())));
    });
    QToolButton *button = r.remove;
    connect(r.remove, &QToolButton::clicked, this, [this, button] { removeRow(button); });
    m_rows.append(r);
}

void RegimenEditor::removeRow(QToolButton *button)
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].remove != button)
            continue;
        const Row r = m_rows.takeAt(i);
        r.drug->deleteLater();
        r.mg->deleteLater();
        r.time->deleteLater();
        r.remove->deleteLater();
        relayout();
        if (!m_rows.isEmpty())
            m_rows[std::min<qsizetype>(i, m_rows.size() - 1)].drug->setFocus();
        else
            m_add->setFocus();
        Q_EMIT changed();
        return;
    }
}

void RegimenEditor::relayout()
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows[i];
        m_grid->addWidget(r.drug, int(i), 0);
        m_grid->addWidget(r.time, int(i), 1);
        m_grid->addWidget(r.mg, int(i), 2);
        m_grid->addWidget(r.remove, int(i), 3);
    }
    retranslate();
    // Tab order: along each row, then to the Add button.
    QWidget *prev = nullptr;
    for (const Row &r : std::as_const(m_rows)) {
        for (QWidget *w : {static_cast<QWidget *>(r.drug), static_cast<QWidget *>(r.time), static_cast<QWidget *>(r.mg),
                 static_cast<QWidget *>(r.remove)}) {
            if (prev)
                setTabOrder(prev, w);
            prev = w;
        }
    }
    if (prev)
        setTabOrder(prev, m_add);
}

void RegimenEditor::retranslate()
{
    m_add->setText(tr("Add dose"));
    m_add->setAccessibleName(tr("Add a dose to the current regimen"));
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows[i];
        const int n = int(i) + 1;
        {
            // Drug names in the language now in use; the chosen drug stays chosen.
            const QSignalBlocker block(r.drug);
            fillDrugs(r.drug);
        }
        r.drug->setAccessibleName(tr("Current dose %1, drug").arg(n));
        r.time->setAccessibleName(tr("Current dose %1, time").arg(n));
        r.mg->setAccessibleName(tr("Current dose %1, amount (mg)").arg(n));
        r.mg->setSuffix(tr(" mg"));
        r.remove->setText(tr("Remove"));
        r.remove->setAccessibleName(tr("Remove current dose %1").arg(n));
    }
}

} // namespace lento::ui
