// A step as the planner builds it, before annotations are written: the day, what kind of step
// it is, the doses and the notes that explain it. Shared by the builder and the guided search.
#pragma once

#include "plan.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace lento {

struct DraftStep
{
    int day = 0;
    QString kind; // "crossover" | "reduction" | "hold" | "stop"
    QList<Dose> doses;
    QStringList notes; // English sentences
    QJsonObject extra; // annotation values known while building (peak_pressure, ...)
    double ruleRatio = 0.0; // realised cut relative to the rule (1 = exactly the rule)
    bool forced = false; // rounding forced a larger cut than the rule
    bool breaksRule = false; // faster than the rule even when held the longest interval allowed
    // Micro-taper days: the tablet part of each dose (minute of day -> mg), fixed over the step's
    // days so only the liquid volume falls.
    QMap<int, double> tabletBase;
};

} // namespace lento
