// The one recompute path: after the plan changes, resolve it against the catalogue, simulate
// it (sample spacing chosen from the horizon so a two-year plan stays fast), run the checks,
// then announce `recomputed()` so the charts and the checks panel swap in whole new data.
// Edits arriving faster than a recompute are coalesced: the latest plan wins.
#pragma once

#include "checks.h"
#include "modelinput.h"
#include "simulator.h"

#include <QObject>
#include <QTimer>

namespace lento::ui {

class PlanDocumentModel;

class Recomputer : public QObject
{
    Q_OBJECT
public:
    explicit Recomputer(PlanDocumentModel *document, QObject *parent = nullptr);

    void setCatalogue(const lento::Catalogue *catalogue);
    void setCheckContext(const lento::CheckContext &context);
    const lento::CheckContext &checkContext() const { return m_context; }

    // Sample spacing for a horizon: 15 min up to 120 days, 30 min up to 400, then 60 min.
    static int stepMinutesFor(int horizonDays);

    // Queues a recompute (zero-delay when recomputes are fast, debounced when they are slow).
    void schedule();
    // Runs a queued or forced recompute now.
    void recomputeNow();
    bool pending() const { return m_timer.isActive(); }

    bool valid() const { return m_valid; } // simulation succeeded
    QString error() const { return m_error; } // "path: message" when !valid
    const lento::ModelInput &input() const { return m_input; }
    const lento::SimulationResult &result() const { return m_result; }
    const QList<lento::Check> &checks() const { return m_checks; }
    double lastMs() const { return m_lastMs; }
    quint64 revision() const { return m_revision; } // document revision last computed

Q_SIGNALS:
    void recomputed();

private:
    PlanDocumentModel *m_document;
    const lento::Catalogue *m_catalogue = nullptr;
    lento::CheckContext m_context;
    QTimer m_timer;
    bool m_valid = false;
    QString m_error;
    lento::ModelInput m_input;
    lento::SimulationResult m_result;
    QList<lento::Check> m_checks;
    double m_lastMs = 0.0;
    quint64 m_revision = 0;
};

} // namespace lento::ui
