// Guideline and safety checks on a plan (generated or hand-edited): each finding names its
// severity, the step, a stable code, an English message and the rule's source. The UI can
// translate by `code` using the numbers in `details`. Figures from the model are labelled
// "modelled".
#pragma once

#include "catalogue.h"
#include "plan.h"
#include "simulator.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace lento {

enum class CheckSeverity { Info = 0, Warning = 1, Critical = 2 };
QString severityId(CheckSeverity s); // "info" | "warning" | "critical"

// Stable check codes.
namespace CheckCode {
inline constexpr auto CutOver25In2Weeks = "cut_over_25pct_2wk"; // ASAM 2025 ceiling
inline constexpr auto FirstCutOver10 = "first_cut_over_10pct"; // ASAM 2025 initial pace
inline constexpr auto IntervalUnder7 = "interval_under_7d";
inline constexpr auto DoseIncrease = "dose_increase";
inline constexpr auto AbruptStop = "abrupt_stop";
inline constexpr auto AboveUsualMax = "above_usual_max";
inline constexpr auto OpioidCoPrescription = "opioid";
inline constexpr auto Kindling = "kindling"; // seizures / prior abrupt stops
inline constexpr auto Accumulation = "accumulation"; // age ≥ 65 / liver impairment
inline constexpr auto ShortActingSwing = "short_acting_swing"; // suggest crossover
inline constexpr auto EpilepsyIndication = "epilepsy_indication";
inline constexpr auto UnverifiedEquivalence = "unverified_equivalence";
inline constexpr auto UnknownDrug = "unknown_drug"; // plan names a drug the catalogue lacks
inline constexpr auto CutExceedsRule = "cut_exceeds_rule"; // planned pace ("planner" key) broken
inline constexpr auto EquivalenceDisagreement = "equivalence_disagreement"; // sources differ ≥ 1.5× at a switch
inline constexpr auto PressureAboveCap = "pressure_above_cap"; // guided plan: modelled pressure over its cap
inline constexpr auto UnusedDrugKey = "unused_drug_key"; // a "drugs" key the model does not read (misspelt?)
inline constexpr auto RuleNotAchievable = "rule_not_achievable"; // the products cannot follow the plan's rule
inline constexpr auto BeersLongActing = "beers_long_acting"; // older patient switched to a long-acting drug
inline constexpr auto ReboundInsomnia = "rebound_insomnia"; // Z-drug / hypnotic: rebound insomnia, CBT-I
inline constexpr auto Pregnancy = "pregnancy";
inline constexpr auto Alcohol = "alcohol";
inline constexpr auto CrossoverPressure = "crossover_pressure"; // modelled pressure peaks during the switch
inline constexpr auto HighDoseSedation = "high_dose_sedation"; // drowsiness and driving at high doses
} // namespace CheckCode

struct Check
{
    CheckSeverity severity = CheckSeverity::Warning;
    int stepIndex = -1; // index into plan.steps; -1 = whole plan / current regimen
    QString code; // CheckCode
    QString message; // English, one or two sentences
    QString ruleSource; // e.g. "ASAM 2025 (J Gen Intern Med, PMID 40526204)"
    QJsonObject details; // numbers behind the message (e.g. {"cut_pct": 33.3, "days": 14})

    QJsonObject toJson() const; // {"severity","step","code","message","rule_source","details"}
};

// Patient facts the plan document does not hold (kept in the patient store).
struct CheckContext
{
    std::optional<int> ageYears;
    bool liverImpairment = false;
    bool seizureHistory = false;
    bool epilepsyIndication = false; // prescribed for epilepsy (clobazam, clonazepam, ...)
    bool opioidCoPrescription = false;
    bool pregnant = false;
    bool alcohol = false; // alcohol use (recorded in the patient record)
    double opioidDepression = 0.4; // fractional respiratory depression by the opioid alone
    double benzodiazepineDepression = 0.3; // by the benzodiazepine alone (docs/model.md §7 example)
    std::optional<int> priorAbruptWithdrawals; // overrides plan.patient when set
    QString equivalence; // source for drugs the plan gives no "diazepam_eq_mg" for; empty = catalogue's
    // A simulation of the plan itself (default horizon, samples at most an hour apart) that the
    // pressure-cap check of guided plans may reuse instead of simulating again; not owned.
    const SimulationResult *simulation = nullptr;
};

// Findings ordered by step (plan-wide ones first), then by severity (most severe first).
QList<Check> runChecks(const Plan &plan, const Catalogue &catalogue, const CheckContext &context);

// Thresholds (documented so the UI and handouts can quote them).
inline constexpr double kSmallDoseMgDeq = 2.0; // a stop from ≤ 2 mg/day diazepam-eq is not "abrupt"
inline constexpr double kLargeSwing = 0.4; // interdose swing (max − min)/mean above which to suggest crossover

} // namespace lento
