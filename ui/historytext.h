// Translated sentences and table rows about a patient's history, shared by the history view's
// header and the summary PDF: the phase line, the adherence figures, the visit and version
// tables, and the whole HistorySummaryContent for printing.
#pragma once

#include "historysummary.h"
#include "records.h"
#include "withdrawalscales.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

namespace lento {
class Catalogue;
}

namespace lento::ui {

class HistoryData;

class HistoryText
{
    Q_DECLARE_TR_FUNCTIONS(HistoryText)
public:
    // "Tapering since 1 Mar 2025 (plan “Diazepam taper”) · next visit due 3 May 2025".
    static QString phaseLine(const HistoryData &data);
    // Days on plan / held / below / not recorded, and reductions faster / on time / slower.
    static QStringList adherenceLines(const HistoryData &data);
    // "1 day", "5 days"; "1 month", "3 months".
    static QString days(int n);
    static QString months(int n);
    // "Continue", "Hold", "Slow down", "Step back", "Stop".
    static QString decisionShort(lento::store::VisitDecision decision);
    // "23 moderate", "7" (no bands), "—" (not recorded).
    static QString scaleShort(const std::optional<lento::ScaleScore> &score);
    // "6 mg/day" or "6 mg/day diazepam-equivalent".
    static QString dose(const HistoryData &data, double mg);
    static QString doseUnit(const HistoryData &data, const lento::Catalogue *catalogue);

    static QStringList visitColumns();
    static QList<QStringList> visitRows(const HistoryData &data);
    static QStringList versionColumns();
    static QList<QStringList> versionRows(const HistoryData &data);
    static QStringList stepTimingColumns();
    static QList<QStringList> stepTimingRows(const HistoryData &data);

    // Everything the summary PDF prints; `charts` are drawn images (may be empty).
    static lento::report::HistorySummaryContent summary(const HistoryData &data, const lento::Catalogue *catalogue,
        const QList<QImage> &charts, const QString &printedBy);
};

} // namespace lento::ui
