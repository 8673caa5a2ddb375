// Files the workspace reads and writes outside the store: lento-plan/1 documents (import and
// export, written through QSaveFile) and copies of the patient database (File → Backup). Every
// failure comes back as one sentence that names the file and, for a bad document, the JSON path.
#pragma once

#include "expected.h"
#include "plan.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace lento::store {
class Store;
}

namespace lento::ui {

class PlanFiles
{
    Q_DECLARE_TR_FUNCTIONS(PlanFiles)
public:
    static constexpr qint64 kMaxPlanBytes = 16 * 1024 * 1024;

    static lento::Expected<lento::Plan> readPlan(const QString &path);
    // Empty on success, else the message to show.
    static QString writePlan(const lento::Plan &plan, const QString &path);
    // A checked copy of the database at `target`; an existing file there is replaced only after
    // the copy succeeded. Empty on success.
    static QString backupStore(lento::store::Store &store, const QString &target);
    // "DEMO-1 Alprazolam taper 2025-03-14.lento-plan.json" with characters unsafe in file names replaced.
    static QString suggestedPlanName(const QString &identifier, const QString &title, const QDate &date);
};

} // namespace lento::ui
