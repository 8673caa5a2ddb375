// Finds a key written twice in one JSON object. Qt's reader keeps the last value silently, so
// `{"mg": -1, "mg": 8}` would pass as 8; Lento's readers refuse such documents and name the key.
#pragma once

#include <QByteArray>
#include <QString>

namespace lento::JsonDuplicates {

// The JSON path of the first repeated key ("current[0].mg"), or an empty string when every
// object's keys are distinct. `json` must already have parsed as valid JSON.
QString firstDuplicate(const QByteArray &json);

} // namespace lento::JsonDuplicates
