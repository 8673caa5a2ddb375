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
    : QWidget(parent),
      m_model(model),
      m_summary(new QLabel(this)),
      m_view(new QTableView(this)),
      m_details(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_details);
    m_summary->setWordWrap(true);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setTextFormat(Qt::PlainText);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    // A finding is read whole: its text wraps in its column and the row grows to fit (and it is
    // the row's tooltip, and shown in full under the list once selected).
    m_view->setWordWrap(true);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(ChecksModel::MessageColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(ChecksModel::SeverityColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ChecksModel::StepColumn, QHeaderView::ResizeToContents);
    // The finding gets the width; its source is in its tooltip and under the list.
    m_view->setColumnHidden(ChecksModel::SourceColumn, true);
    m_view->setTabKeyNavigation(false);
    connect(m_view, &QAbstractItemView::activated, this, &ChecksPanel::activate);
    connect(m_view, &QAbstractItemView::clicked, this, &ChecksPanel::activate);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChecksPanel::updateSummary);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ChecksPanel::updateSummary);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ChecksPanel::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { showDetails(m_view->currentIndex()); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { showDetails(m_view->currentIndex()); });
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

void ChecksPanel::showDetails(const QModelIndex &index)
{
    if (!index.isValid()) {
        m_details->clear();
        m_details->hide();
        return;
    }
    const QString message = m_model->index(index.row(), ChecksModel::MessageColumn).data().toString();
    const QString source = m_model->index(index.row(), ChecksModel::SourceColumn).data().toString();
    m_details->setText(source.isEmpty() ? message : tr("%1\nSource: %2").arg(message, source));
    m_details->show();
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
