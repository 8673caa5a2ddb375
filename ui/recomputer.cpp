// Plan change → resolve → simulate → checks (see recomputer.h).
#include "recomputer.h"

#include "plandocumentmodel.h"

#include <QElapsedTimer>

namespace lento::ui {

namespace {
// A recompute slower than one frame switches scheduling from "next event loop pass" to a short
// debounce, so typing never waits for the model.
constexpr double kFrameMs = 16.0;
constexpr int kDebounceMs = 60;
} // namespace

Recomputer::Recomputer(PlanDocumentModel *document, QObject *parent) : QObject(parent), m_document(document)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Recomputer::recomputeNow);
    connect(m_document, &PlanDocumentModel::changed, this, &Recomputer::schedule);
}

void Recomputer::setCatalogue(const Catalogue *catalogue)
{
    m_catalogue = catalogue;
    schedule();
}

void Recomputer::setCheckContext(const CheckContext &context)
{
    m_context = context;
    schedule();
}

int Recomputer::stepMinutesFor(int horizonDays)
{
    if (horizonDays <= 120)
        return 15;
    if (horizonDays <= 400)
        return 30;
    return 60;
}

void Recomputer::schedule()
{
    if (m_timer.isActive())
        return; // already queued: it will read the latest plan
    m_timer.start(m_lastMs > kFrameMs ? kDebounceMs : 0);
}

void Recomputer::recomputeNow()
{
    m_timer.stop();
    QElapsedTimer clock;
    clock.start();
    const Plan &plan = m_document->plan();
    m_revision = m_document->revision();
    m_checks.clear();
    m_valid = false;
    m_error.clear();
    if (!m_catalogue) {
        m_error = tr("No drug catalogue is loaded.");
        m_input = ModelInput();
        m_result = SimulationResult();
    } else {
        auto input = resolve(plan, *m_catalogue);
        if (!input.ok()) {
            m_error = input.error().text();
            m_input = ModelInput();
            m_result = SimulationResult();
        } else {
            m_input = std::move(input).value();
            SimulationOptions options;
            options.days = m_input.lastStepDay() + 60;
            options.stepMinutes = stepMinutesFor(options.days);
            auto result = simulate(m_input, options);
            if (result.ok()) {
                m_result = std::move(result).value();
                m_valid = true;
            } else {
                m_error = result.error().text();
                m_result = SimulationResult();
            }
        }
        CheckContext context = m_context;
        if (m_valid)
            context.simulation = &m_result; // the pressure-cap check of guided plans reuses it
        m_checks = runChecks(plan, *m_catalogue, context);
    }
    Q_EMIT recomputed();
    // Includes the listeners (charts, checks panel): that is what a user waits for.
    m_lastMs = double(clock.nsecsElapsed()) / 1e6;
}

} // namespace lento::ui
