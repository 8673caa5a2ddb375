// Reading a visit file.
#include "visitdocument.h"

#include "inputlimits.h"
#include "jsonduplicates.h"
#include "recordjson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace lento::store {

Expected<VisitDocument> VisitDocument::parse(const QByteArray &json)
{
    if (json.size() > limits::kMaxDocumentBytes)
        return Error {QString(),
            QStringLiteral("the file is %1 bytes; a visit may be at most %2 bytes")
                .arg(json.size())
                .arg(limits::kMaxDocumentBytes)};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error {QString(),
            QStringLiteral("not valid JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset)};
    if (!doc.isObject())
        return Error {QString(),
            QStringLiteral("must be one JSON object with the visit's fields (found %1)")
                .arg(doc.isArray() ? QStringLiteral("an array") : QStringLiteral("a single value"))};
    if (const QString key = JsonDuplicates::firstDuplicate(json); !key.isEmpty())
        return Error {key, QStringLiteral("written more than once; keep one value")};
    const QJsonObject object = doc.object();
    const Expected<VisitRecord> parsed = RecordJson::visitFromJson(object, {}, {QStringLiteral("plan")});
    if (!parsed)
        return parsed.error();
    VisitDocument out {*parsed};
    const QJsonValue plan = object.value(QStringLiteral("plan"));
    if (!plan.isUndefined() && !plan.isNull()) {
        if (!plan.isDouble() || plan.toDouble() < 1 || plan.toDouble() > 9e15
            || plan.toDouble() != double(qint64(plan.toDouble())))
            return Error {QStringLiteral("plan"), QStringLiteral("must be a plan id")};
        out.visit.planId = qint64(plan.toDouble());
    }
    return out;
}

} // namespace lento::store
