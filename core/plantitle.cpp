// Generated plan titles (see plantitle.h).
#include "plantitle.h"

#include "catalogue.h"
#include "numberformat.h"

#include <QJsonObject>

namespace lento {

namespace {

} // namespace

QString PlanTitle::generated(const PlannerRequest &request, const Catalogue &catalogue, const QString &rule)
{
    if (request.current.isEmpty())
        return {};
    const DrugParams *from = catalogue.find(request.current.first().drug);
    if (!from)
        return {};
    if (request.strategy == Strategy::Guided)
        // The title is printed on the pharmacy page: no modelled figure in it.
        return QStringLiteral("%1, guided pace, first cut at most %2 %")
            .arg(from->nameEn, formatNumber(request.firstCutPercent));
    QString title = from->nameEn;
    if (!request.switchTo.isEmpty() && request.switchTo != request.current.first().drug) {
        const DrugParams *to = catalogue.find(request.switchTo);
        if (!to)
            return {};
        title += QStringLiteral(" to ") + to->nameEn.toLower();
    }
    return title + QStringLiteral(", ") + rule;
}

QString PlanTitle::generatedFor(const Plan &plan, const Catalogue &catalogue)
{
    const QJsonObject planner = plan.extra.value(QStringLiteral("planner")).toObject();
    if (planner.isEmpty())
        return {};
    const Expected<PlannerRequest> parsed = PlannerRequest::fromJson(planner);
    if (!parsed)
        return {};
    PlannerRequest request = parsed.value();
    request.current = plan.current;
    return generated(request, catalogue, planner.value(QStringLiteral("rule")).toString());
}

bool PlanTitle::isGenerated(const Plan &plan, const Catalogue &catalogue)
{
    return plan.title.isEmpty() || plan.title == generatedFor(plan, catalogue);
}

} // namespace lento
