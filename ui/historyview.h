// A patient's taper history at a glance, embedded as a tab of the main window: where things
// stand and the adherence figures on top; the timeline of plan versions, status changes and
// visits on the left; on the right the charts (planned against taken dose, symptoms over the
// modelled pressure, follow-up shaded), what changed between two versions, and when each
// planned reduction was reached. Visits are entered and corrected here; the summary prints as
// PDF and the visits export as CSV.
#pragma once

#include "historydata.h"
#include "historysummary.h"
#include "records.h"

#include <QDate>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTreeWidget;

namespace lento {
class Catalogue;
}
namespace lento::store {
class Store;
}

namespace lento::ui {

class HistoryCharts;
class HistoryTimeline;
class VersionDiffView;

class HistoryView : public QWidget
{
    Q_OBJECT
public:
    // `store` must outlive the view. The catalogue defaults to Catalogue::shared().
    explicit HistoryView(lento::store::Store *store, QWidget *parent = nullptr);
    ~HistoryView() override;

    void setCatalogue(const lento::Catalogue *catalogue);
    void setOptions(const HistoryOptions &options); // band sets, adherence tolerances, visit intervals
    const HistoryOptions &options() const { return m_options; }
    void setToday(const QDate &today); // invalid = the current date (tests pin it)
    QDate today() const;

    // Loads and shows the patient's history; 0 clears. False (with the view cleared and the
    // message shown) when the store cannot read it.
    bool setPatient(lento::store::RecordId patientId);
    lento::store::RecordId patient() const { return m_patientId; }
    bool reload(); // same patient, fresh from the store
    const HistoryData &data() const { return m_data; }
    QString lastError() const { return m_error; }

    // Compares two versions (by id, either order) in the Changes tab.
    bool compareVersions(lento::store::RecordId a, lento::store::RecordId b);

    // Saves a visit from the form (added when its id is 0, else corrected) and reloads.
    bool saveVisit(const lento::store::VisitRecord &visit, QString *error);
    // Export without dialogs; false with a message naming the file.
    bool exportSummaryPdf(const QString &path, QString *error);
    bool exportVisitsCsv(const QString &path, QString *error);
    lento::report::HistorySummaryContent summaryContent();

    HistoryTimeline *timeline() const { return m_timeline; }
    HistoryCharts *charts() const { return m_charts; }
    VersionDiffView *diffView() const { return m_diff; }
    QLabel *summaryLabel() const { return m_summary; }
    QTabWidget *tabs() const { return m_tabs; }

public Q_SLOTS:
    void newVisit(); // opens the visit form
    void editVisit(lento::store::RecordId visitId); // opens it on a stored visit
    void editCurrentVisit();
    void exportSummary(); // asks for a file name
    void exportCsv();
    void compareChecked();

Q_SIGNALS:
    void visitSaved(lento::store::RecordId visitId); // the patient list may re-run its filters
    void historyLoaded(lento::store::RecordId patientId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showData();
    void updateActions();
    void showVersionAgainstParent(lento::store::RecordId versionId);
    QString defaultFileName(const QString &suffix) const;

    lento::store::Store *m_store;
    const lento::Catalogue *m_catalogue;
    HistoryOptions m_options;
    QDate m_today;
    lento::store::RecordId m_patientId = 0;
    HistoryData m_data;
    QString m_error;

    QLabel *m_summary = nullptr;
    QPushButton *m_newVisit = nullptr;
    QPushButton *m_editVisit = nullptr;
    QPushButton *m_compare = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_csv = nullptr;
    QSplitter *m_splitter = nullptr;
    HistoryTimeline *m_timeline = nullptr;
    QTabWidget *m_tabs = nullptr;
    HistoryCharts *m_charts = nullptr;
    VersionDiffView *m_diff = nullptr;
    QTreeWidget *m_steps = nullptr;
};

} // namespace lento::ui
