// A visit as a JSON file (`lento-cli visits add ID VISIT.json`): one object with the visit's
// fields and an optional "plan" id. Parsing refuses what is not one object, repeated keys and
// oversized files, and names the field at fault.
#pragma once

#include "records.h"

#include "expected.h"

#include <QByteArray>

namespace lento::store {

struct VisitDocument
{
    VisitRecord visit; // planId set from "plan" when given
    static Expected<VisitDocument> parse(const QByteArray &json);
};

} // namespace lento::store
