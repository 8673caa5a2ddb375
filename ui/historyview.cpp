// The patient history view (see historyview.h).
#include "historyview.h"

#include "catalogue.h"
#include "filedialogs.h"
#include "historycharts.h"
#include "historytext.h"
#include "historytimeline.h"
#include "store.h"
#include "versiondiff.h"
#include "visitdialog.h"

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lento::ui {

using lento::store::RecordId;

HistoryView::HistoryView(store::Store *store, QWidget *parent)
    : QWidget(parent), m_store(store), m_catalogue(&Catalogue::shared())
{
    setObjectName(QStringLiteral("historyView"));
    auto *layout = new QVBoxLayout(this);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("historySummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    auto *buttons = new QHBoxLayout;
    m_newVisit = new QPushButton(this);
    m_newVisit->setObjectName(QStringLiteral("newVisit"));
    m_editVisit = new QPushButton(this);
    m_editVisit->setObjectName(QStringLiteral("editVisit"));
    m_compare = new QPushButton(this);
    m_compare->setObjectName(QStringLiteral("compareVersions"));
    m_pdf = new QPushButton(this);
    m_pdf->setObjectName(QStringLiteral("exportSummary"));
    m_csv = new QPushButton(this);
    m_csv->setObjectName(QStringLiteral("exportVisits"));
    buttons->addWidget(m_newVisit);
    buttons->addWidget(m_editVisit);
    buttons->addWidget(m_compare);
    buttons->addStretch(1);
    buttons->addWidget(m_pdf);
    buttons->addWidget(m_csv);
    layout->addLayout(buttons);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_timeline = new HistoryTimeline(m_splitter);
    m_tabs = new QTabWidget(m_splitter);
    m_charts = new HistoryCharts(m_tabs);
    m_diff = new VersionDiffView(m_tabs);
    m_diff->setCatalogue(m_catalogue);
    m_steps = new QTreeWidget(m_tabs);
    m_steps->setObjectName(QStringLiteral("stepTimings"));
    m_steps->setRootIsDecorated(false);
    m_steps->setAlternatingRowColors(true);
    m_steps->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tabs->addTab(m_charts, QString());
    m_tabs->addTab(m_diff, QString());
    m_tabs->addTab(m_steps, QString());
    m_splitter->addWidget(m_timeline);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 5);
    layout->addWidget(m_splitter, 1);

    connect(m_newVisit, &QPushButton::clicked, this, &HistoryView::newVisit);
    connect(m_editVisit, &QPushButton::clicked, this, &HistoryView::editCurrentVisit);
    connect(m_compare, &QPushButton::clicked, this, &HistoryView::compareChecked);
    connect(m_pdf, &QPushButton::clicked, this, &HistoryView::exportSummary);
    connect(m_csv, &QPushButton::clicked, this, &HistoryView::exportCsv);
    connect(m_timeline, &HistoryTimeline::visitActivated, this, &HistoryView::editVisit);
    connect(m_timeline, &HistoryTimeline::checkedVersionsChanged, this, [this] {
        updateActions();
        const QList<RecordId> ids = m_timeline->checkedVersions();
        if (ids.size() == 2)
            compareVersions(ids[0], ids[1]);
    });
    connect(m_timeline, &HistoryTimeline::versionSelected, this, [this](RecordId id) {
        if (m_timeline->checkedVersions().size() != 2)
            showVersionAgainstParent(id);
        updateActions();
    });
    connect(m_timeline, &HistoryTimeline::visitSelected, this, &HistoryView::updateActions);
    retranslateUi();
    updateActions();
}

HistoryView::~HistoryView() = default;

void HistoryView::setCatalogue(const Catalogue *catalogue)
{
    m_catalogue = catalogue ? catalogue : &Catalogue::shared();
    m_diff->setCatalogue(m_catalogue);
    if (m_patientId)
        reload();
}

void HistoryView::setOptions(const HistoryOptions &options)
{
    m_options = options;
    if (m_patientId)
        reload();
}

void HistoryView::setToday(const QDate &today)
{
    m_today = today;
}

QDate HistoryView::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

bool HistoryView::setPatient(RecordId patientId)
{
    m_patientId = patientId;
    m_error.clear();
    if (!patientId || !m_store) {
        m_data = HistoryData();
        showData();
        return true;
    }
    auto loaded = HistoryData::load(*m_store, patientId, *m_catalogue, today(), m_options);
    if (!loaded) {
        m_error = loaded.error().text();
        m_data = HistoryData();
        showData();
        m_summary->setText(tr("The history cannot be read: %1").arg(m_error.toHtmlEscaped()));
        return false;
    }
    m_data = std::move(loaded).value();
    showData();
    Q_EMIT historyLoaded(patientId);
    return true;
}

bool HistoryView::reload()
{
    return setPatient(m_patientId);
}

void HistoryView::showData()
{
    m_timeline->clearData();
    if (!m_data.hasData()) {
        m_charts->clear();
        m_diff->clear();
        m_steps->clear();
        m_summary->setText(m_patientId ? QString() : tr("Open a patient to see the taper history."));
        updateActions();
        return;
    }
    m_timeline->setData(m_data, m_catalogue);
    m_charts->setData(m_data, m_catalogue);
    m_diff->clear();

    QString html = QStringLiteral("<b>%1</b><br>").arg(HistoryText::phaseLine(m_data).toHtmlEscaped());
    const QStringList lines = HistoryText::adherenceLines(m_data);
    // The last line explains the tolerances: a tooltip, not the header.
    for (int i = 0; i + 1 < lines.size(); ++i)
        html += lines[i].toHtmlEscaped() + (i + 2 < lines.size() ? QStringLiteral(" ") : QString());
    m_summary->setText(html);
    m_summary->setToolTip(lines.isEmpty() ? QString() : lines.last());

    m_steps->clear();
    m_steps->setHeaderLabels(HistoryText::stepTimingColumns());
    QList<QTreeWidgetItem *> items;
    for (const QStringList &row : HistoryText::stepTimingRows(m_data))
        items.append(new QTreeWidgetItem(row));
    m_steps->addTopLevelItems(items);
    updateActions();
}

void HistoryView::updateActions()
{
    const bool open = m_data.hasData();
    const bool writable = open && m_store && !m_store->isReadOnly();
    m_newVisit->setEnabled(writable);
    m_editVisit->setEnabled(writable && m_timeline->currentVisit() != 0);
    const int checked = int(m_timeline->checkedVersions().size());
    m_compare->setEnabled(open && (checked == 2 || m_timeline->currentVersion() != 0));
    m_pdf->setEnabled(open);
    m_csv->setEnabled(open && !m_data.visits.isEmpty());
    if (m_store && m_store->isReadOnly())
        m_newVisit->setToolTip(tr("The database is open read-only: %1").arg(m_store->readOnlyReason()));
    else
        m_newVisit->setToolTip(QString());
}

bool HistoryView::compareVersions(RecordId a, RecordId b)
{
    int ia = m_data.versionIndex(a);
    int ib = m_data.versionIndex(b);
    if (ia < 0 || ib < 0)
        return false;
    if (m_data.versions[ia].record.savedAt > m_data.versions[ib].record.savedAt
        || (m_data.versions[ia].record.savedAt == m_data.versions[ib].record.savedAt && a > b))
        std::swap(ia, ib);
    m_diff->setVersions(m_data.versions[ia], m_data.versions[ib]);
    m_tabs->setCurrentWidget(m_diff);
    return true;
}

void HistoryView::showVersionAgainstParent(RecordId versionId)
{
    const int i = m_data.versionIndex(versionId);
    if (i < 0)
        return;
    const int parent = m_data.versionIndex(m_data.versions[i].record.parentVersionId);
    if (parent >= 0)
        m_diff->setVersions(m_data.versions[parent], m_data.versions[i]);
    else
        m_diff->clear();
}

void HistoryView::compareChecked()
{
    const QList<RecordId> ids = m_timeline->checkedVersions();
    if (ids.size() == 2) {
        compareVersions(ids[0], ids[1]);
        return;
    }
    const RecordId current = m_timeline->currentVersion();
    if (current) {
        showVersionAgainstParent(current);
        m_tabs->setCurrentWidget(m_diff);
    }
}

bool HistoryView::saveVisit(const store::VisitRecord &visit, QString *error)
{
    if (!m_store) {
        if (error)
            *error = tr("No database is open.");
        return false;
    }
    const auto saved = visit.id ? m_store->updateVisit(visit) : m_store->addVisit(visit);
    if (!saved) {
        if (error)
            *error = saved.isConflict()
                ? tr("This visit was changed elsewhere since it was opened; reload and enter the "
                     "correction again.")
                : saved.error().text();
        return false;
    }
    reload();
    if (QTreeWidgetItem *item = m_timeline->itemFor(HistoryTimeline::Kind::Visit, saved->id))
        m_timeline->setCurrentItem(item);
    Q_EMIT visitSaved(saved->id);
    return true;
}

void HistoryView::newVisit()
{
    if (!m_data.hasData())
        return;
    const QDate date = today();
    const Plan *plan = m_data.planInForce(date);
    RecordId planId = m_data.status.planId;
    const int idx = m_data.versionInForce(date);
    if (idx >= 0)
        planId = m_data.versions[idx].record.planId;
    const HistoryVisit *previous = m_data.visitBefore(date.addDays(1));
    VisitDialog dialog(m_catalogue, this);
    dialog.setToday(today());
    dialog.startNew(m_patientId, planId, plan, previous ? previous->record.date : QDate(), date);
    while (dialog.exec() == QDialog::Accepted) {
        QString error;
        if (saveVisit(dialog.visit(), &error))
            return;
        QMessageBox::warning(this, tr("Visit not saved"), error);
    }
}

void HistoryView::editVisit(RecordId visitId)
{
    const HistoryVisit *v = m_data.visit(visitId);
    if (!v || !m_store || m_store->isReadOnly())
        return;
    const HistoryVisit *previous = m_data.visitBefore(v->record.date);
    VisitDialog dialog(m_catalogue, this);
    dialog.setToday(today());
    dialog.edit(v->record, m_data.planInForce(v->record.date), previous ? previous->record.date : QDate());
    while (dialog.exec() == QDialog::Accepted) {
        QString error;
        if (saveVisit(dialog.visit(), &error))
            return;
        QMessageBox::warning(this, tr("Visit not saved"), error);
    }
}

void HistoryView::editCurrentVisit()
{
    if (const RecordId id = m_timeline->currentVisit())
        editVisit(id);
}

report::HistorySummaryContent HistoryView::summaryContent()
{
    QList<QImage> images;
    if (m_data.hasData()) {
        images.append(m_charts->render(HistoryCharts::DoseChart, QSize(900, 300)));
        images.append(m_charts->render(HistoryCharts::SymptomChart, QSize(900, 300)));
    }
    return HistoryText::summary(m_data, m_catalogue, images, m_store ? m_store->clinician() : QString());
}

bool HistoryView::exportSummaryPdf(const QString &path, QString *error)
{
    if (!m_data.hasData()) {
        if (error)
            *error = tr("No patient is open.");
        return false;
    }
    return report::HistorySummary::writePdf(summaryContent(), path, error);
}

bool HistoryView::exportVisitsCsv(const QString &path, QString *error)
{
    if (!m_store || !m_data.hasData()) {
        if (error)
            *error = tr("No patient is open.");
        return false;
    }
    const auto csv = m_store->exportVisitsCsv(m_patientId);
    if (!csv) {
        if (error)
            *error = csv.error().text();
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*csv) != csv->size() || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

QString HistoryView::defaultFileName(const QString &suffix) const
{
    QString base
        = m_data.history.patient.identifier.isEmpty() ? QStringLiteral("patient") : m_data.history.patient.identifier;
    base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_"));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(dir).filePath(QStringLiteral("%1-history-%2.%3").arg(base, today().toString(Qt::ISODate), suffix));
}

void HistoryView::exportSummary()
{
    const QString path = FileDialogs::saveFileName(
        this, tr("Export history summary"), defaultFileName(QStringLiteral("pdf")), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportSummaryPdf(path, &error))
        QMessageBox::warning(this, tr("Summary not exported"), error);
}

void HistoryView::exportCsv()
{
    const QString path = FileDialogs::saveFileName(
        this, tr("Export visits"), defaultFileName(QStringLiteral("csv")), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportVisitsCsv(path, &error))
        QMessageBox::warning(this, tr("Visits not exported"), error);
}

void HistoryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_data.hasData())
            showData();
    }
    QWidget::changeEvent(event);
}

void HistoryView::retranslateUi()
{
    m_newVisit->setText(tr("&New visit…"));
    m_editVisit->setText(tr("&Correct visit…"));
    m_compare->setText(tr("C&ompare versions"));
    m_compare->setToolTip(
        tr("Tick two plan versions in the timeline, or select one to compare it with the version before it."));
    m_pdf->setText(tr("Export &summary PDF…"));
    m_csv->setText(tr("Export visits as C&SV…"));
    m_tabs->setTabText(0, tr("Charts"));
    m_tabs->setTabText(1, tr("Changes between versions"));
    m_tabs->setTabText(2, tr("Reductions: planned and reached"));
    if (!m_data.hasData() && !m_patientId)
        m_summary->setText(tr("Open a patient to see the taper history."));
}

} // namespace lento::ui
