// Opioid co-use dialog (see opioiddialog.h).
#include "opioiddialog.h"

#include "simulator.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <numeric>
#include <vector>

namespace lento::ui {

OpioidDialog::OpioidDialog(QWidget *parent)
    : QDialog(parent),
      m_intro(new QLabel(this)),
      m_grid(new QGridLayout),
      m_nameHeader(new QLabel(this)),
      m_percentHeader(new QLabel(this)),
      m_add(new QPushButton(this)),
      m_formula(new QLabel(this)),
      m_result(new QLabel(this)),
      m_caveat(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_grid->addWidget(m_nameHeader, 0, 0);
    m_grid->addWidget(m_percentHeader, 0, 1);
    layout->addLayout(m_grid);
    layout->addWidget(m_add, 0, Qt::AlignLeft);
    m_formula->setWordWrap(true);
    m_formula->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_formula);
    QFont big = m_result->font();
    big.setBold(true);
    m_result->setFont(big);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_result);
    m_caveat->setWordWrap(true);
    layout->addWidget(m_caveat);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_add, &QPushButton::clicked, this, &OpioidDialog::addAgent);
    setAgents({}, 0.4, 0.3);
    retranslate();
    resize(560, 480);
}

void OpioidDialog::setAgents(
    const QStringList &benzodiazepines, double opioidDepression, double benzodiazepineDepression)
{
    for (const Row &r : std::as_const(m_rows)) {
        delete r.name;
        delete r.percent;
    }
    m_rows.clear();
    addRow(tr("Opioid"), opioidDepression, true);
    addRow(benzodiazepines.isEmpty() ? tr("Benzodiazepine") : benzodiazepines.join(QStringLiteral(" / ")),
        benzodiazepineDepression, true);
    update();
}

void OpioidDialog::addAgent()
{
    addRow(tr("Other depressant (e.g. alcohol, gabapentinoid)"), 0.1, true);
    m_rows.last().name->setFocus();
    m_rows.last().name->selectAll();
    update();
}

void OpioidDialog::addRow(const QString &name, double fraction, bool editableName)
{
    Row r;
    r.name = new QLineEdit(name, this);
    r.name->setReadOnly(!editableName);
    r.percent = new QDoubleSpinBox(this);
    r.percent->setRange(0.0, 99.0);
    r.percent->setDecimals(0);
    r.percent->setSingleStep(5.0);
    r.percent->setSuffix(tr(" %"));
    r.percent->setValue(fraction * 100.0);
    const int row = int(m_rows.size()) + 1;
    m_grid->addWidget(r.name, row, 0);
    m_grid->addWidget(r.percent, row, 1);
    connect(r.percent, &QDoubleSpinBox::valueChanged, this, &OpioidDialog::update);
    connect(r.name, &QLineEdit::textChanged, this, &OpioidDialog::update);
    m_rows.append(r);
    r.name->setAccessibleName(tr("Agent %1, name").arg(row));
    r.percent->setAccessibleName(tr("Agent %1, depression of breathing drive by this agent alone (%)").arg(row));
    if (m_rows.size() > 1)
        setTabOrder(m_rows[m_rows.size() - 2].percent, r.name);
    setTabOrder(r.name, r.percent);
    setTabOrder(r.percent, m_add);
}

void OpioidDialog::setDepression(int agent, double fraction)
{
    if (agent >= 0 && agent < m_rows.size())
        m_rows[agent].percent->setValue(fraction * 100.0);
}

double OpioidDialog::depression(int agent) const
{
    return agent >= 0 && agent < m_rows.size() ? m_rows[agent].percent->value() / 100.0 : 0.0;
}

double OpioidDialog::combinedDepression() const
{
    std::vector<double> r;
    for (int i = 0; i < m_rows.size(); ++i)
        r.push_back(depression(i));
    return blissCombinedDepression(r);
}

double OpioidDialog::additiveSum() const
{
    double sum = 0.0;
    for (int i = 0; i < m_rows.size(); ++i)
        sum += depression(i);
    return sum;
}

QString OpioidDialog::resultText() const
{
    return m_result->text();
}

void OpioidDialog::update()
{
    const QLocale locale;
    auto pct = [&](double f) { return locale.toString(f * 100.0, 'f', 0); };
    QStringList factors;
    QStringList lines;
    for (int i = 0; i < m_rows.size(); ++i) {
        const double r = depression(i);
        factors << QStringLiteral("(1 − %1)").arg(locale.toString(r, 'f', 2));
        lines << tr("%1 alone: %2 % depression, leaving %3 % of normal drive")
                     .arg(m_rows[i].name->text(), pct(r), pct(1.0 - r));
    }
    const double combined = combinedDepression();
    m_formula->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n')
        + tr("Remaining drive = %1 = %2 (modelled)")
              .arg(factors.join(QStringLiteral(" × ")), locale.toString(1.0 - combined, 'f', 3)));
    const double sum = additiveSum();
    m_result->setText(tr("Modelled: %1 % of normal breathing drive remains, a combined depression of %2 %. "
                         "Each drug acts on what the others leave, so this is not the simple sum (%3 %).")
                          .arg(pct(1.0 - combined), pct(combined), pct(sum)));
}

void OpioidDialog::retranslate()
{
    setWindowTitle(tr("Opioid co-use: combined effect on breathing (modelled)"));
    m_intro->setText(tr("Opioids and benzodiazepines both depress the brainstem's drive to breathe, through different "
                        "receptors. By pharmacodynamic (Bliss) independence each drug removes its fraction of whatever "
                        "drive the others leave: remaining drive = Π(1 − rᵢ). For example an opioid that alone reduces "
                        "drive by 40 % leaves 60 %; a benzodiazepine that alone reduces it by 30 % then leaves 70 % of "
                        "that: 42 % of normal, a 58 % depression, not 70 %."));
    m_nameHeader->setText(tr("Agent"));
    m_percentHeader->setText(tr("Depression by this agent alone"));
    m_add->setText(tr("&Add another depressant"));
    m_caveat->setText(
        tr("All figures are modelled illustrations from the fractions entered above; they are not measured "
           "or predicted for this patient. Review the opioid, warn about sedation and consider naloxone."));
    update();
}

void OpioidDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace lento::ui
