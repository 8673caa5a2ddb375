// CIWA-B and BWSQ item lists, score labels, versioned severity band sets and scoring.
// Item texts and band cut-offs name their sources below; a fact no source confirmed (standard
// knowledge only) is marked "believed".
#include "withdrawalscales.h"

#include <QCoreApplication>

#include <iterator>

namespace lento {

namespace {

// CIWA-B, 20 items scored 0–4 (Busto, Sykora & Sellers 1989, as used in practice; item list
// believed, items 1–13 seen in an OpenEMR form). Items 18–20 are clinician observations.
const ScaleItem kCiwaBItems[] = {
    {1, QT_TRANSLATE_NOOP("WithdrawalScales", "Do you feel irritable?"), false},
    {2, QT_TRANSLATE_NOOP("WithdrawalScales", "Do you feel fatigued or tired?"), false},
    {3, QT_TRANSLATE_NOOP("WithdrawalScales", "Do you feel tense?"), false},
    {4, QT_TRANSLATE_NOOP("WithdrawalScales", "Do you have difficulty concentrating?"), false},
    {5, QT_TRANSLATE_NOOP("WithdrawalScales", "Do you have any loss of appetite?"), false},
    {6, QT_TRANSLATE_NOOP("WithdrawalScales", "Any numbness or burning on your face, hands or feet?"), false},
    {7, QT_TRANSLATE_NOOP("WithdrawalScales", "Do you feel your heart racing (palpitations)?"), false},
    {8, QT_TRANSLATE_NOOP("WithdrawalScales", "Does your head feel full or achy?"), false},
    {9, QT_TRANSLATE_NOOP("WithdrawalScales", "Do you feel muscle aches or stiffness?"), false},
    {10, QT_TRANSLATE_NOOP("WithdrawalScales", "Do you feel anxious, nervous or jittery?"), false},
    {11, QT_TRANSLATE_NOOP("WithdrawalScales", "Do you feel upset?"), false},
    {12, QT_TRANSLATE_NOOP("WithdrawalScales", "How restful was your sleep last night?"), false},
    {13, QT_TRANSLATE_NOOP("WithdrawalScales", "Do you feel weak?"), false},
    {14, QT_TRANSLATE_NOOP("WithdrawalScales", "Do you think you did not have enough sleep last night?"), false},
    {15, QT_TRANSLATE_NOOP("WithdrawalScales", "Any visual disturbances (sensitivity to light, blurred vision)?"),
        false},
    {16, QT_TRANSLATE_NOOP("WithdrawalScales", "Are you fearful?"), false},
    {17, QT_TRANSLATE_NOOP("WithdrawalScales", "Have you been worrying about possible misfortunes lately?"), false},
    {18, QT_TRANSLATE_NOOP("WithdrawalScales", "Observe: sweating, restlessness, agitation"), true},
    {19, QT_TRANSLATE_NOOP("WithdrawalScales", "Observe: tremor"), true},
    {20, QT_TRANSLATE_NOOP("WithdrawalScales", "Observe: feel palms for sweating"), true},
};

// BWSQ, 20 self-report items scored 0–2 (Tyrer, Murphy & Riley 1990; item wording believed).
const ScaleItem kBwsqItems[] = {
    {1, QT_TRANSLATE_NOOP("WithdrawalScales", "Feeling unreal"), false},
    {2, QT_TRANSLATE_NOOP("WithdrawalScales", "Very sensitive to noise"), false},
    {3, QT_TRANSLATE_NOOP("WithdrawalScales", "Very sensitive to light"), false},
    {4, QT_TRANSLATE_NOOP("WithdrawalScales", "Very sensitive to smell"), false},
    {5, QT_TRANSLATE_NOOP("WithdrawalScales", "Very sensitive to touch"), false},
    {6, QT_TRANSLATE_NOOP("WithdrawalScales", "Peculiar taste in the mouth"), false},
    {7, QT_TRANSLATE_NOOP("WithdrawalScales", "Pains in the muscles"), false},
    {8, QT_TRANSLATE_NOOP("WithdrawalScales", "Muscle twitching"), false},
    {9, QT_TRANSLATE_NOOP("WithdrawalScales", "Shaking or trembling"), false},
    {10, QT_TRANSLATE_NOOP("WithdrawalScales", "Pins and needles"), false},
    {11, QT_TRANSLATE_NOOP("WithdrawalScales", "Dizziness"), false},
    {12, QT_TRANSLATE_NOOP("WithdrawalScales", "Feeling faint"), false},
    {13, QT_TRANSLATE_NOOP("WithdrawalScales", "Feeling sick"), false},
    {14, QT_TRANSLATE_NOOP("WithdrawalScales", "Feeling depressed"), false},
    {15, QT_TRANSLATE_NOOP("WithdrawalScales", "Sore eyes"), false},
    {16, QT_TRANSLATE_NOOP("WithdrawalScales", "Feeling of things moving that are still"), false},
    {17, QT_TRANSLATE_NOOP("WithdrawalScales", "Seeing or hearing things that are not there"), false},
    {18, QT_TRANSLATE_NOOP("WithdrawalScales", "Unable to control movements"), false},
    {19, QT_TRANSLATE_NOOP("WithdrawalScales", "Loss of memory"), false},
    {20, QT_TRANSLATE_NOOP("WithdrawalScales", "Loss of appetite"), false},
};

const char *const kCiwaBScoreLabels[] = {
    QT_TRANSLATE_NOOP("WithdrawalScales", "none"),
    QT_TRANSLATE_NOOP("WithdrawalScales", "mild"),
    QT_TRANSLATE_NOOP("WithdrawalScales", "moderate"),
    QT_TRANSLATE_NOOP("WithdrawalScales", "severe"),
    QT_TRANSLATE_NOOP("WithdrawalScales", "very severe"),
};

const char *const kBwsqScoreLabels[] = {
    QT_TRANSLATE_NOOP("WithdrawalScales", "no"),
    QT_TRANSLATE_NOOP("WithdrawalScales", "yes, moderate"),
    QT_TRANSLATE_NOOP("WithdrawalScales", "yes, severe"),
};

ScaleBand band(int lo, int hi, const char *id, const char *label)
{
    return ScaleBand {lo, hi, QString::fromLatin1(id), label};
}

const char *const kNoSymptoms = QT_TRANSLATE_NOOP("WithdrawalScales", "no symptoms scored");
const char *const kMild = QT_TRANSLATE_NOOP("WithdrawalScales", "mild withdrawal");
const char *const kModerate = QT_TRANSLATE_NOOP("WithdrawalScales", "moderate withdrawal");
const char *const kSevere = QT_TRANSLATE_NOOP("WithdrawalScales", "severe withdrawal");
const char *const kVerySevere = QT_TRANSLATE_NOOP("WithdrawalScales", "very severe withdrawal");

// Published band sets. An id is never reused: new cut-offs get a new id so that old visits can
// still be shown with the set that was in use. Total 0 is "no symptoms scored" in every set
// (derived: every item was scored 0), not a published band.
QList<BandSet> makeBandSets()
{
    return {
        BandSet {QStringLiteral("camh-1"), WithdrawalScale::CiwaB,
            QStringLiteral("CIWA-B form bands as distributed by CAMH (believed): 1-20 mild, 21-40 moderate, "
                           "41-60 severe, 61-80 very severe"),
            {band(0, 0, "none", kNoSymptoms), band(1, 20, "mild", kMild), band(21, 40, "moderate", kModerate),
                band(41, 60, "severe", kSevere), band(61, 80, "very_severe", kVerySevere)}},
        BandSet {QStringLiteral("three-band-1"), WithdrawalScale::CiwaB,
            QStringLiteral("Three bands seen in a clinical scales app: up to 20 mild, up to 40 moderate, "
                           "up to 80 severe"),
            {band(0, 0, "none", kNoSymptoms), band(1, 20, "mild", kMild), band(21, 40, "moderate", kModerate),
                band(41, 80, "severe", kSevere)}},
        BandSet {QStringLiteral("none"), WithdrawalScale::Bwsq,
            QStringLiteral("BWSQ has no validated severity bands (Tyrer et al. 1990); follow the change "
                           "from baseline"),
            {}},
    };
}

const QList<BandSet> &allBandSets()
{
    static const QList<BandSet> sets = makeBandSets();
    return sets;
}

} // namespace

QString ScaleItem::translatedText() const
{
    return QCoreApplication::translate("WithdrawalScales", text);
}

QString ScaleBand::translatedLabel() const
{
    return QCoreApplication::translate("WithdrawalScales", label);
}

namespace WithdrawalScales {

QString id(WithdrawalScale scale)
{
    return scale == WithdrawalScale::CiwaB ? QStringLiteral("ciwa_b") : QStringLiteral("bwsq");
}

QString name(WithdrawalScale scale)
{
    return scale == WithdrawalScale::CiwaB ? QStringLiteral("CIWA-B") : QStringLiteral("BWSQ");
}

int itemCount(WithdrawalScale)
{
    return 20;
}

int itemMax(WithdrawalScale scale)
{
    return scale == WithdrawalScale::CiwaB ? 4 : 2;
}

QList<ScaleItem> items(WithdrawalScale scale)
{
    if (scale == WithdrawalScale::CiwaB)
        return QList<ScaleItem>(std::begin(kCiwaBItems), std::end(kCiwaBItems));
    return QList<ScaleItem>(std::begin(kBwsqItems), std::end(kBwsqItems));
}

QList<const char *> scoreLabels(WithdrawalScale scale)
{
    if (scale == WithdrawalScale::CiwaB)
        return QList<const char *>(std::begin(kCiwaBScoreLabels), std::end(kCiwaBScoreLabels));
    return QList<const char *>(std::begin(kBwsqScoreLabels), std::end(kBwsqScoreLabels));
}

QList<BandSet> bandSets(WithdrawalScale scale)
{
    QList<BandSet> list;
    for (const BandSet &set : allBandSets()) {
        if (set.scale == scale)
            list.append(set);
    }
    return list;
}

QString defaultBandSet(WithdrawalScale scale)
{
    return scale == WithdrawalScale::CiwaB ? QStringLiteral("camh-1") : QStringLiteral("none");
}

Expected<QList<int>> validate(WithdrawalScale scale, const QList<int> &items, const QString &path)
{
    const int count = itemCount(scale);
    if (items.size() != count) {
        return Error {path,
            QStringLiteral("%1 needs exactly %2 item scores, got %3").arg(name(scale)).arg(count).arg(items.size())};
    }
    const int max = itemMax(scale);
    for (int i = 0; i < count; ++i) {
        if (items[i] < 0 || items[i] > max)
            return Error {QStringLiteral("%1[%2]").arg(path).arg(i), QStringLiteral("must be 0 to %1").arg(max)};
    }
    return items;
}

Expected<ScaleScore> score(WithdrawalScale scale, const QList<int> &items, const QString &bandSetId)
{
    const Expected<QList<int>> valid = validate(scale, items, id(scale));
    if (!valid)
        return valid.error();
    const QString setId = bandSetId.isEmpty() ? defaultBandSet(scale) : bandSetId;
    const BandSet *set = nullptr;
    for (const BandSet &candidate : allBandSets()) {
        if (candidate.scale == scale && candidate.id == setId)
            set = &candidate;
    }
    if (!set)
        return Error {QStringLiteral("band_set"), QStringLiteral("unknown %1 band set '%2'").arg(name(scale), setId)};

    ScaleScore result;
    for (int v : items)
        result.total += v;
    result.maxTotal = itemCount(scale) * itemMax(scale);
    result.bandSet = set->id;
    for (const ScaleBand &b : set->bands) {
        if (result.total >= b.minTotal && result.total <= b.maxTotal) {
            result.bandId = b.id;
            result.bandLabel = QString::fromLatin1(b.label);
        }
    }
    return result;
}

} // namespace WithdrawalScales

} // namespace lento
