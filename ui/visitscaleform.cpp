// The CIWA-B / BWSQ item form with its live total.
#include "visitscaleform.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace lento::ui {

VisitScaleForm::VisitScaleForm(WithdrawalScale scale, QWidget *parent) : QGroupBox(parent), m_scale(scale)
{
    setCheckable(true);
    setChecked(false);
    auto *outer = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_bandSetLabel = new QLabel(this);
    m_bandSet = new QComboBox(this);
    m_bandSet->setObjectName(QStringLiteral("bandSet"));
    for (const BandSet &set : WithdrawalScales::bandSets(scale))
        m_bandSet->addItem(set.id, set.id);
    m_bandSet->setCurrentIndex(std::max(0, m_bandSet->findData(WithdrawalScales::defaultBandSet(scale))));
    m_bandSetLabel->setBuddy(m_bandSet);
    top->addWidget(m_bandSetLabel);
    top->addWidget(m_bandSet);
    top->addSpacing(16);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("total"));
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    m_total->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_total, 1);
    outer->addLayout(top);

    auto *grid = new QGridLayout;
    grid->setColumnStretch(0, 1);
    const QList<ScaleItem> items = WithdrawalScales::items(scale);
    for (int i = 0; i < items.size(); ++i) {
        auto *label = new QLabel(this);
        label->setWordWrap(true);
        auto *box = new QComboBox(this);
        box->setObjectName(QStringLiteral("item%1").arg(i + 1));
        for (int v = 0; v <= WithdrawalScales::itemMax(scale); ++v)
            box->addItem(QString(), v);
        label->setBuddy(box);
        grid->addWidget(label, i, 0);
        grid->addWidget(box, i, 1);
        m_labels.append(label);
        m_items.append(box);
        connect(box, &QComboBox::currentIndexChanged, this, &VisitScaleForm::updateTotal);
    }
    outer->addLayout(grid);

    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    outer->addWidget(m_note);

    connect(this, &QGroupBox::toggled, this, &VisitScaleForm::updateTotal);
    connect(m_bandSet, &QComboBox::currentIndexChanged, this, &VisitScaleForm::updateTotal);
    retranslateUi();
}

std::optional<QList<int>> VisitScaleForm::items() const
{
    if (!isChecked())
        return std::nullopt;
    QList<int> values;
    values.reserve(m_items.size());
    for (const QComboBox *box : m_items)
        values.append(box->currentData().toInt());
    return values;
}

void VisitScaleForm::setItems(const std::optional<QList<int>> &items)
{
    {
        const QSignalBlocker block(this);
        setChecked(items.has_value());
        for (int i = 0; i < m_items.size(); ++i) {
            const int v = items && i < items->size() ? items->at(i) : 0;
            const QSignalBlocker blockBox(m_items[i]);
            m_items[i]->setCurrentIndex(std::max(0, m_items[i]->findData(v)));
        }
    }
    updateTotal();
}

QString VisitScaleForm::bandSet() const
{
    return m_bandSet->currentData().toString();
}

void VisitScaleForm::setBandSet(const QString &id)
{
    const int i = m_bandSet->findData(id);
    if (i >= 0)
        m_bandSet->setCurrentIndex(i);
}

std::optional<ScaleScore> VisitScaleForm::score() const
{
    const std::optional<QList<int>> values = items();
    if (!values)
        return std::nullopt;
    const Expected<ScaleScore> s = WithdrawalScales::score(m_scale, *values, bandSet());
    if (!s)
        return std::nullopt;
    return s.value();
}

QString VisitScaleForm::totalText() const
{
    return m_total->text();
}

QString VisitScaleForm::describe(WithdrawalScale scale, const std::optional<ScaleScore> &score)
{
    if (!score)
        return tr("%1: not recorded").arg(WithdrawalScales::name(scale));
    QString band;
    if (!score->bandLabel.isEmpty()) {
        const QByteArray source = score->bandLabel.toUtf8();
        band = QCoreApplication::translate("WithdrawalScales", source.constData());
    } else {
        band = tr("no validated bands");
    }
    return tr("%1 total %2 of %3 · %4 (band set %5)")
        .arg(WithdrawalScales::name(scale))
        .arg(score->total)
        .arg(score->maxTotal)
        .arg(band, score->bandSet);
}

void VisitScaleForm::updateTotal()
{
    for (QComboBox *box : m_items)
        box->setEnabled(isChecked());
    m_bandSet->setEnabled(isChecked());
    m_total->setText(describe(m_scale, score()));
    Q_EMIT changed();
}

void VisitScaleForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void VisitScaleForm::retranslateUi()
{
    if (m_scale == WithdrawalScale::CiwaB)
        setTitle(tr("CIWA-B recorded at this visit (items 18–20 are rated by the clinician)"));
    else
        setTitle(tr("BWSQ recorded at this visit (answered by the patient)"));
    m_bandSetLabel->setText(tr("&Band set:"));
    const QList<ScaleItem> items = WithdrawalScales::items(m_scale);
    const QList<const char *> labels = WithdrawalScales::scoreLabels(m_scale);
    for (int i = 0; i < m_items.size() && i < items.size(); ++i) {
        QString text = tr("%1. %2").arg(items[i].number).arg(items[i].translatedText());
        if (items[i].clinicianRated)
            text += tr(" (observed)");
        m_labels[i]->setText(text);
        for (int v = 0; v < m_items[i]->count() && v < labels.size(); ++v)
            m_items[i]->setItemText(
                v, tr("%1 — %2").arg(v).arg(QCoreApplication::translate("WithdrawalScales", labels[v])));
    }
    for (int i = 0; i < m_bandSet->count(); ++i) {
        const QString id = m_bandSet->itemData(i).toString();
        for (const BandSet &set : WithdrawalScales::bandSets(m_scale)) {
            if (set.id == id)
                m_bandSet->setItemData(i, set.source, Qt::ToolTipRole);
        }
    }
    m_note->setText(tr("Scale totals follow symptoms; no score is validated for choosing a dose decision."));
    updateTotal();
}

} // namespace lento::ui
