// The regimen a patient takes now, written on the command line:
// "alprazolam:1@08:00,1@14:00,1@22:00" or "alprazolam:1@08:00,diazepam:5@22:00".
#pragma once

#include "catalogue.h"
#include "expected.h"
#include "plan.h"

#include <QList>
#include <QString>

namespace lento {

// A drug name carries over to the following items. Errors name `flag` and the item; every dose
// is > 0 and at most the largest single dose accepted anywhere.
Expected<QList<Dose>> parseRegimenSpec(
    const QString &spec, const Catalogue &catalogue, const QString &flag = QStringLiteral("--current"));

} // namespace lento
