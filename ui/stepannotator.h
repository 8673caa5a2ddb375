// Keeps a step's annotations truthful after a hand edit: daily totals per drug and in diazepam
// equivalents, the realised cut from the previous step, modelled occupancy before and after,
// the interval, and the composition of every dose from the plan's products (the "planner" key's
// region, forms and product list). The planner's own explanations stay unless a step's doses
// were changed by hand, in which case they no longer apply and are replaced by "edited": true.
#pragma once

#include "catalogue.h"
#include "plan.h"
#include "planner.h"
#include "rounding.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace lento::ui {

class StepAnnotator
{
public:
    // `fallback` supplies region, forms and equivalence when the plan has no "planner" key.
    StepAnnotator(const lento::Plan &plan, const lento::Catalogue &catalogue,
        const lento::PlannerRequest &fallback = lento::PlannerRequest());

    // Re-derives the figures of steps first..last (clamped). Steps whose doses changed by hand
    // are listed in `handEdited`: their kind is re-derived and stale planner notes dropped.
    void annotate(lento::Plan &plan, int first, int last, const QList<int> &handEdited = {}) const;

    // Diazepam-equivalent mg per mg of `drug` (10 / Deq with the plan's overrides); nullopt when
    // the plan names a drug nobody defines.
    std::optional<double> deqPerMg(const QString &drug) const;
    double dailyDeq(const QList<lento::Dose> &doses) const;
    QMap<QString, double> dailyMg(const QList<lento::Dose> &doses) const;
    // The rounder for `drug` (empty when there are no products for it).
    const lento::DoseRounder &rounder(const QString &drug) const;
    std::optional<lento::Composition> compose(const QString &drug, lento::Milligrams mg) const;
    // Nearest amount the products can make (ties go down); the amount itself if no products.
    lento::Milligrams nearestAmount(const QString &drug, lento::Milligrams mg) const;

    const lento::PlannerRequest &request() const { return m_request; }
    const QString &equivalenceSource() const { return m_request.equivalence; }

private:
    QJsonObject figuresFor(const lento::Plan &plan, int index) const;

    const lento::Catalogue &m_catalogue;
    lento::PlannerRequest m_request;
    QString m_taperedDrug;
    lento::ModelParams m_model;
    mutable QHash<QString, std::optional<double>> m_deq;
    mutable QHash<QString, lento::DoseRounder> m_rounders;
    lento::Plan m_plan; // copy (implicitly shared): its "drugs" overrides
    mutable QHash<QString, std::optional<lento::Composition>> m_compositions;
};

} // namespace lento::ui
