// Benzodiazepine withdrawal scales recorded at visits: CIWA-B (20 items, 0–4) and BWSQ
// (20 items, 0–2). Raw item scores are stored; totals and severity bands are computed here on
// read, with versioned band sets (sources disagree; each set names its source).
// These scales monitor symptoms; no score is validated for choosing a medication decision.
#pragma once

#include "expected.h"

#include <QList>
#include <QString>

namespace lento {

enum class WithdrawalScale { CiwaB, Bwsq };

struct ScaleItem
{
    int number = 0; // 1..20
    const char *text = nullptr; // English source text (translation context "WithdrawalScales")
    bool clinicianRated = false; // CIWA-B items 18–20 are observations; all others self-report

    QString translatedText() const;
};

struct ScaleBand
{
    int minTotal = 0; // inclusive
    int maxTotal = 0; // inclusive
    QString id; // "none", "mild", "moderate", "severe", "very_severe"
    const char *label = nullptr; // English source text (translation context "WithdrawalScales")

    QString translatedLabel() const;
};

struct BandSet
{
    QString id; // e.g. "camh-1"; stable once published, never edited
    WithdrawalScale scale = WithdrawalScale::CiwaB;
    QString source; // where the cut-offs come from
    QList<ScaleBand> bands; // empty = no validated bands (report the total only)
};

struct ScaleScore
{
    int total = 0;
    int maxTotal = 0;
    QString bandSet; // the band set used
    QString bandId; // empty when the set has no band for this total (or no bands)
    QString bandLabel; // English; empty likewise
};

namespace WithdrawalScales {

QString id(WithdrawalScale scale); // "ciwa_b", "bwsq"
QString name(WithdrawalScale scale); // "CIWA-B", "BWSQ"
int itemCount(WithdrawalScale scale); // 20
int itemMax(WithdrawalScale scale); // 4 or 2
QList<ScaleItem> items(WithdrawalScale scale);
// 0..itemMax labels, e.g. "none", "mild", ... for CIWA-B; "no", "yes, moderate", "yes, severe" for BWSQ.
QList<const char *> scoreLabels(WithdrawalScale scale);

QList<BandSet> bandSets(WithdrawalScale scale);
QString defaultBandSet(WithdrawalScale scale); // "camh-1" for CIWA-B, "none" for BWSQ

// Checks a list of raw item scores; errors name the item as `<path>[i]` (0-based).
Expected<QList<int>> validate(WithdrawalScale scale, const QList<int> &items, const QString &path);
// Total and band. An empty bandSetId uses the default; an unknown one is an error.
Expected<ScaleScore> score(WithdrawalScale scale, const QList<int> &items, const QString &bandSetId = {});

} // namespace WithdrawalScales

} // namespace lento
