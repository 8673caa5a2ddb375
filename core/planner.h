// The taper planner: turns "what the patient takes now and how fast to go" into a lento-plan/1
// document whose doses are made from real products, with per-step explanations.
//
// Step annotations (Step::annotations, JSON key "annotations", ignored by the model):
//   "kind":               "crossover" | "reduction" | "hold" | "stop"
//   "strategy":           "percent" | "linear" | "occupancy" | "guided"
//   "daily_mg":           {drug id: mg/day}         (after rounding)
//   "daily_mg_deq":       diazepam-equivalent mg/day (plan's equivalence source)
//   "realised_cut_pct":   cut from the previous step, % of its diazepam-equivalent dose
//   "occupancy_before", "occupancy_after", "occupancy_drop_pts": modelled occupancy D/(D+L50), %
//   "interval_days":      days this step is held (absent on the last step)
//   "compositions":       [{"drug","time":"HH:MM","mg","text":"1 × 5 mg + ½ × 2 mg",
//                           "pieces":[Piece::toJson()...]}]
//   "micro_taper":        [{"day","mg"}...] daily liquid decrements within the step (optional)
//   "peak_pressure":      modelled shown withdrawal pressure peak over the step (guided only)
//   "rule_broken":        true when the products force a faster pace than the rule even at the
//                         longest interval (the plan's "planner"."feasibility" says what would work)
//   "notes":              [English sentences explaining the step: rounding, merges, liquid...]
// When the products cannot follow the rule (a step beyond it at the longest interval, or a stop
// from more than a small dose), "planner"."feasibility" holds {"follows_rule": false, "text",
// "problems": [...], "alternatives": [{"kind", "follows_rule", "weeks", "flags", "text", ...}]}:
// what was tried instead (a liquid, a compounded strength, a longer-acting drug, longer holds).
// A title the planner made up is marked "planner"."generated_title" (handouts in another language
// name the plan themselves).
// The request is recorded in the top-level key "planner" (PlannerRequest::toJson()) so the
// document can be regenerated; equivalence overrides are written to "drugs" so the document
// alone determines the model output.
#pragma once

#include "catalogue.h"
#include "expected.h"
#include "plan.h"
#include "regimenspec.h"
#include "rounding.h"
#include "units.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace lento {

enum class Strategy { Percent, Linear, Occupancy, Guided };
QString strategyId(Strategy s); // "percent", ...
std::optional<Strategy> strategyFromId(const QString &id);

// Which doses of the day are cut first when a daily dose is reduced.
enum class CutOrder { DaytimeFirst, NightFirst, Proportional };
QString cutOrderId(CutOrder c); // "daytime-first", ...
std::optional<CutOrder> cutOrderFromId(const QString &id);

// How an ideal dose is turned into a product amount. NeverBeyondRule (default) rounds so the
// realised cut is never larger than the rule; Nearest takes the nearest amount (ties to an even
// multiple of the smallest piece), which reproduces published arithmetic (docs/taper-rules.md §8).
// Either way a step that would not go down is forced to the next lower amount and noted.
enum class RoundingMode { NeverBeyondRule, Nearest };

// An extra hold: after step `afterReduction` (1 = after the first reduction) stay `days` longer.
struct HoldSpec
{
    int afterReduction = 0;
    int days = 0;
    bool operator==(const HoldSpec &) const = default;
};

struct PlannerRequest
{
    QString title; // empty = generated
    QList<Dose> current; // today's regimen (times kept throughout)
    Strategy strategy = Strategy::Percent;

    double percent = 10.0; // Percent: cut P % of the current dose per step (source document)
    Milligrams linearMg {0.0}; // Linear: mg/day of the tapered drug per step (0 = 10 % of start)
    double maxDropPoints = 5.0; // Occupancy: max occupancy drop per step, percentage points
    double maxPressure = 0.05; // Guided: cap on modelled shown pressure (0.05 = top of low band)
    double firstCutPercent = 10.0; // Guided: largest first cut (ASAM 2025 initial pace 5–10 %), ≤ 25

    int everyDays = 14; // nominal interval between reductions
    int minIntervalDays = 7;
    int maxIntervalDays = 56; // guided strategy / merges never hold longer than this
    QList<HoldSpec> holds;

    QString switchTo; // crossover target (e.g. "diazepam"); empty = none
    int stageDays = 7; // days per crossover stage (one dose time per stage)
    bool eveningFirst = true; // switch the evening dose first
    QString equivalence = QStringLiteral("ashton"); // "ashton" | "vadod"

    FormsAllowed forms = FormsAllowed::Tablets;
    QString region = QStringLiteral("uk"); // catalogue region id
    QList<Product> products; // non-empty: replaces the region's set for the tapered drug
    CutOrder cutOrder = CutOrder::DaytimeFirst;
    RoundingMode rounding = RoundingMode::NeverBeyondRule;
    bool microTaper = false; // spread each cut as daily decrements (liquid only)

    std::optional<Milligrams> targetMg; // daily maintenance dose of the tapered drug; none = stop
    Milligrams floorMg {0.0}; // stop from this daily dose (0 = the smallest amount the
                              // products make, at least 0.25 mg/day diazepam-equivalent)

    QDate startDate;
    PatientParams patient; // weight, half-life multiplier, prior abrupt withdrawals
    // Older patients (65 or over) and liver impairment: the intervals are lengthened (×1.5, ×2
    // with liver impairment) and an unset half-life multiplier takes the same factor, so the
    // model shows the accumulation. `paceSlowed` records that the request already carries it.
    std::optional<int> ageYears;
    bool liverImpairment = false;
    bool paceSlowed = false;
    QJsonObject requestedPace; // with paceSlowed: the every_days, max_interval_days and
                               // half_life_multiplier asked for before slowing
    ModelParams model; // L50 for occupancy, model settings for guided

    // The "planner" key of the document; fromJson names the offending key on error.
    QJsonObject toJson() const;
    static Expected<PlannerRequest> fromJson(const QJsonObject &object);
};

// Named paces from the sources (docs/taper-rules.md): the source document's 10 % every two weeks,
// the ASAM 2025 range (5–10 % every 2–4 weeks) and the occupancy-point presets.
struct PacePreset
{
    QString id; // "percent-10-14", "occupancy-2.5", ...
    Strategy strategy = Strategy::Percent;
    double percent = 10.0; // Percent
    double maxDropPoints = 5.0; // Occupancy
    int everyDays = 14;
    QString source; // where the pace comes from (English; the UI names presets itself)
};
const QList<PacePreset> &pacePresets();
const PacePreset *findPacePreset(const QString &id);
// Sets the request's strategy and pace from the preset; other fields are left alone.
void applyPacePreset(const PacePreset &preset, PlannerRequest *request);

// A request read back from a window form that still shows the pace a plan was slowed to (its
// "planner" key has "pace_slowed"): returns it to the pace asked for, so planning again for an
// older patient does not slow it twice.
void restoreRequestedPace(PlannerRequest *request, const QJsonObject &planner);

// Builds the plan. Errors name the request field ("current[1].drug", "percent", ...).
Expected<Plan> makePlan(const PlannerRequest &request, const Catalogue &catalogue);

} // namespace lento
