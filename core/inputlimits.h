// The largest values Lento accepts from outside (plan documents, patient records, command-line
// specs). Each bound lies far beyond any real taper yet keeps the engine's arithmetic finite and
// its memory and time small; a value past one is refused where it is read, naming the limit.
#pragma once

#include <QtGlobal>

namespace lento::limits {

constexpr double kMaxDoseMg = 1000.0; // one dose of any drug
constexpr double kMaxWeightKg = 400.0; // patient.weight_kg; beyond it almost certainly a unit slip
constexpr double kMaxHalfLifeMultiplier = 10.0; // patient.half_life_multiplier
constexpr double kMaxTauRDays = 3650.0; // model.tau_r_days
constexpr double kMaxL50Mg = 10000.0; // model.l50_mg
constexpr double kMaxHill = 20.0; // model.hill
constexpr double kMaxHalfLifeHours = 2000.0; // drugs.*.half_life_h, metabolite half-life, tmax_h
constexpr double kMaxVdLPerKg = 100.0; // drugs.*.vd_l_per_kg
constexpr double kMaxDiazepamEqMg = 1000.0; // drugs.*.diazepam_eq_mg
constexpr double kMaxRelativePotency = 100.0; // drugs.*.metabolite.relative_potency
constexpr double kMaxStrengthMg = 1000.0; // one tablet or capsule, or one mL of liquid

constexpr qsizetype kMaxDocumentBytes = 8 * 1024 * 1024; // a plan document, a visit document
constexpr qsizetype kMaxImportBytes = 64 * 1024 * 1024; // a patient record with every plan version
constexpr qsizetype kMaxTitleChars = 500; // a plan's title
constexpr qsizetype kMaxNoteChars = 10000; // a step's note
constexpr qsizetype kMaxSteps = 5000; // steps in one plan
constexpr qsizetype kMaxDosesPerDay = 48; // doses in the current regimen or in one step
constexpr qsizetype kMaxDrugDefinitions = 100; // entries under "drugs"
constexpr qsizetype kMaxProducts = 50; // --products entries
constexpr qint64 kMaxSimulationSamples = 1'000'000; // simulate: samples kept and printed
constexpr qint64 kMaxHandoutDoses = 20'000; // doses listed in one handout's calendar

} // namespace lento::limits
