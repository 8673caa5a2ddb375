// Reading the --current regimen spec ("alprazolam:1@08:00,1@22:00").
#include "regimenspec.h"

#include "inputlimits.h"
#include "plandocument.h"

#include <cmath>

namespace lento {

Expected<QList<Dose>> parseRegimenSpec(const QString &spec, const Catalogue &catalogue, const QString &flag)
{
    QList<Dose> out;
    QString drug;
    const QStringList items = spec.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (items.isEmpty())
        return Error {flag, QStringLiteral("no doses given (e.g. \"alprazolam:1@08:00,1@22:00\")")};
    if (items.size() > limits::kMaxDosesPerDay)
        return Error {
            flag, QStringLiteral("at most %1 doses (found %2)").arg(limits::kMaxDosesPerDay).arg(items.size())};
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString item = items[i].trimmed();
        const QString where = QStringLiteral("%1 item %2 (\"%3\")").arg(flag).arg(i + 1).arg(item);
        const qsizetype at = item.indexOf(QLatin1Char('@'));
        if (at < 0)
            return Error {where, QStringLiteral("expected [DRUG:]MG@HH:MM")};
        QString amount = item.left(at).trimmed();
        const QString time = item.mid(at + 1).trimmed();
        const qsizetype colon = amount.indexOf(QLatin1Char(':'));
        if (colon >= 0) {
            drug = amount.left(colon).trimmed().toLower();
            amount = amount.mid(colon + 1).trimmed();
            if (!catalogue.contains(drug))
                return Error {where, QStringLiteral("unknown drug \"%1\"").arg(drug)};
        }
        if (drug.isEmpty())
            return Error {where, QStringLiteral("name the drug first (e.g. \"alprazolam:1@08:00\")")};
        if (amount.endsWith(QStringLiteral("mg"), Qt::CaseInsensitive))
            amount.chop(2);
        bool ok = false;
        const double mg = amount.toDouble(&ok);
        if (!ok || !(mg > 0.0) || !std::isfinite(mg))
            return Error {where, QStringLiteral("the dose must be a number of mg > 0")};
        if (mg > limits::kMaxDoseMg)
            return Error {where, QStringLiteral("the dose must be at most %1 mg").arg(limits::kMaxDoseMg)};
        const int minute = PlanDocument::parseTime(time);
        if (minute < 0)
            return Error {where, QStringLiteral("the time must be HH:MM between 00:00 and 23:59")};
        out.append(Dose {drug, minute, Milligrams(mg), {}});
    }
    return out;
}

} // namespace lento
