// Reading and writing `lento-plan/1` documents (docs/plan-format.md).
// parse() validates structure and values and names the JSON path of the first problem;
// write() produces a document that parses back to an equal Plan (unknown keys kept).
#pragma once

#include "expected.h"
#include "plan.h"

#include <QByteArray>
#include <QString>

namespace lento {

namespace PlanDocument {

Expected<Plan> parse(const QByteArray &json);
QByteArray write(const Plan &plan, bool indented = true);
QJsonObject toJson(const Plan &plan);
Expected<Plan> fromJson(const QJsonObject &object);

// "HH:MM" <-> minutes after midnight; parseTime returns -1 for anything invalid.
int parseTime(const QString &text);
QString formatTime(int minuteOfDay);

} // namespace PlanDocument

} // namespace lento
