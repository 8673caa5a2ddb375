// The plan document and its edit facade (see plandocumentmodel.h).
#include "plandocumentmodel.h"

#include "plancommands.h"

#include <QUndoStack>

namespace lento::ui {

PlanDocumentModel::PlanDocumentModel(QObject *parent) : QObject(parent), m_undo(new QUndoStack(this)) { }

PlanDocumentModel::~PlanDocumentModel() = default;

void PlanDocumentModel::setCatalogue(const Catalogue *catalogue)
{
    m_context.catalogue = catalogue;
}

void PlanDocumentModel::setFallbackRequest(const PlannerRequest &request, int defaultDays)
{
    m_context.fallback = request;
    m_context.defaultDays = defaultDays;
}

void PlanDocumentModel::resetPlan(const Plan &plan)
{
    m_undo->clear();
    m_plan = plan;
    m_focusStep = plan.steps.isEmpty() ? -1 : 0;
    ++m_revision;
    m_undo->setClean();
    Q_EMIT changed();
}

void PlanDocumentModel::applySnapshot(const Plan &plan, int focusStep)
{
    m_plan = plan;
    m_focusStep = plan.steps.isEmpty() ? -1 : std::clamp(focusStep, -1, int(plan.steps.size()) - 1);
    ++m_revision;
    Q_EMIT changed();
    if (!m_pushing)
        Q_EMIT restored();
}

PlanDocumentModel::Result PlanDocumentModel::push(
    const Expected<Plan> &edited, const QString &text, int focusStep, const QString &note, int mergeId)
{
    Result r;
    if (!edited.ok()) {
        r.ok = false;
        r.error = edited.error().text();
        return r;
    }
    r.note = note;
    if (edited.value() == m_plan)
        return r; // nothing changed: no undo step
    m_pushing = true;
    m_undo->push(new PlanCommand(this, m_plan, edited.value(), text, focusStep, mergeId));
    m_pushing = false;
    return r;
}

PlanDocumentModel::Result PlanDocumentModel::setDoseAmount(int step, const QString &drug, int minuteOfDay, double mg)
{
    QString note;
    auto r = PlanEdits::setDoseAmount(m_plan, m_context, step, drug, minuteOfDay, mg, &note);
    return push(r, tr("Change dose in step %1").arg(step + 1), step, note);
}

PlanDocumentModel::Result PlanDocumentModel::setDose(int step, int doseIndex, const Dose &dose)
{
    QString note;
    auto r = PlanEdits::setDose(m_plan, m_context, step, doseIndex, dose, &note);
    return push(r, tr("Change dose in step %1").arg(step + 1), step, note);
}

PlanDocumentModel::Result PlanDocumentModel::addDose(int step, const Dose &dose)
{
    QString note;
    auto r = PlanEdits::addDose(m_plan, m_context, step, dose, &note);
    return push(r, tr("Add dose to step %1").arg(step + 1), step, note);
}

PlanDocumentModel::Result PlanDocumentModel::removeDose(int step, int doseIndex)
{
    return push(
        PlanEdits::removeDose(m_plan, m_context, step, doseIndex), tr("Remove dose from step %1").arg(step + 1), step);
}

PlanDocumentModel::Result PlanDocumentModel::setStepLength(int step, int days)
{
    return push(
        PlanEdits::setStepLength(m_plan, m_context, step, days), tr("Change length of step %1").arg(step + 1), step);
}

PlanDocumentModel::Result PlanDocumentModel::insertStep(int after)
{
    return push(PlanEdits::insertStep(m_plan, m_context, after), tr("Insert step %1").arg(after + 2), after + 1);
}

PlanDocumentModel::Result PlanDocumentModel::insertHold(int after, int days)
{
    return push(PlanEdits::insertHold(m_plan, m_context, after, days), tr("Insert a hold of %n day(s)", nullptr, days),
        after + 1);
}

PlanDocumentModel::Result PlanDocumentModel::deleteStep(int step)
{
    return push(
        PlanEdits::deleteStep(m_plan, m_context, step), tr("Delete step %1").arg(step + 1), std::max(0, step - 1));
}

PlanDocumentModel::Result PlanDocumentModel::splitStep(int step)
{
    return push(PlanEdits::splitStep(m_plan, m_context, step), tr("Split step %1").arg(step + 1), step);
}

PlanDocumentModel::Result PlanDocumentModel::mergeWithNext(int step)
{
    return push(PlanEdits::mergeWithNext(m_plan, m_context, step),
        tr("Merge steps %1 and %2").arg(step + 1).arg(step + 2), step);
}

PlanDocumentModel::Result PlanDocumentModel::setNote(int step, const QString &note)
{
    return push(PlanEdits::setNote(m_plan, step, note), tr("Change note of step %1").arg(step + 1), step);
}

PlanDocumentModel::Result PlanDocumentModel::setStartDate(const QDate &date)
{
    constexpr int kStartDateMergeId = 2;
    return push(
        PlanEdits::setStartDate(m_plan, date), tr("Change start date"), m_focusStep, QString(), kStartDateMergeId);
}

PlanDocumentModel::Result PlanDocumentModel::setTitle(const QString &title)
{
    constexpr int kTitleMergeId = 1; // typing a title letter by letter is one undo step
    Plan out = m_plan;
    out.title = title.trimmed();
    return push(Expected<Plan>(out), tr("Rename plan"), m_focusStep, QString(), kTitleMergeId);
}

PlanDocumentModel::Result PlanDocumentModel::regenerateFrom(int step, const PlannerRequest &request)
{
    return push(PlanEdits::regenerateFrom(m_plan, m_context, step, request),
        tr("Re-generate from step %1").arg(step + 1), step);
}

PlanDocumentModel::Result PlanDocumentModel::generate(const PlannerRequest &request)
{
    return push(PlanEdits::generate(m_context, request), tr("Generate plan"), 0);
}

PlanDocumentModel::Result PlanDocumentModel::replacePlan(const Plan &plan, const QString &text)
{
    return push(Expected<Plan>(plan), text, 0);
}

} // namespace lento::ui
