// The checks panel (see checkspanel.h).
#include "checkspanel.h"

#include "checksmodel.h"
#include "plandelegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace lento::ui {

ChecksPanel::ChecksPanel(ChecksModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_summary(new QLabel(this)), m_view(new QTableView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_view);
    m_summary->setWordWrap(true);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(ChecksModel::MessageColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(ChecksModel::SeverityColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ChecksModel::StepColumn, QHeaderView::ResizeToContents);
    m_view->setTabKeyNavigation(false);
    connect(m_view, &QAbstractItemView::activated, this, &ChecksPanel::activate);
    connect(m_view, &QAbstractItemView::clicked, this, &ChecksPanel::activate);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChecksPanel::updateSummary);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ChecksPanel::updateSummary);
    retranslate();
}

void ChecksPanel::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const int step = index.data(StepIndexRole).toInt();
    if (step >= 0)
        Q_EMIT stepActivated(step);
}

QString ChecksPanel::summary() const
{
    return m_summary->text();
}

void ChecksPanel::updateSummary()
{
    const int critical = m_model->count(CheckSeverity::Critical);
    const int warnings = m_model->count(CheckSeverity::Warning);
    const int info = m_model->count(CheckSeverity::Info);
    if (critical + warnings + info == 0) {
        m_summary->setText(tr("No findings."));
        return;
    }
    m_summary->setText(tr("%1 critical, %2 warnings, %3 for information. Select a finding to go to its step.")
                           .arg(critical)
                           .arg(warnings)
                           .arg(info));
}

void ChecksPanel::retranslate()
{
    m_view->setAccessibleName(tr("Checks"));
    m_view->setAccessibleDescription(tr("Guideline and safety findings for this plan; Enter selects the step."));
    m_model->retranslate();
    updateSummary();
}

void ChecksPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace lento::ui
