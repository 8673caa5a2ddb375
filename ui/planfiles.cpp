// Plan documents and database copies on disk (see planfiles.h).
#include "planfiles.h"

#include "plandocument.h"
#include "privatefile.h"
#include "store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace lento::ui {

lento::Expected<lento::Plan> PlanFiles::readPlan(const QString &path)
{
    const QString name = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return lento::Error {name, tr("cannot be opened: %1").arg(file.errorString())};
    if (file.size() > kMaxPlanBytes)
        return lento::Error {name, tr("is too large to be a plan document (%1 MB)").arg(file.size() / (1024 * 1024))};
    const QByteArray bytes = file.readAll();
    auto plan = lento::PlanDocument::parse(bytes);
    if (!plan.ok())
        return lento::Error {name, tr("is not a valid lento-plan/1 document: %1").arg(plan.error().text())};
    return plan;
}

QString PlanFiles::writePlan(const lento::Plan &plan, const QString &path)
{
    // A plan holds patient data: a new file is private (0600), and a device or folder is refused.
    const QString why = lento::PrivateFile::write(path, lento::PlanDocument::write(plan));
    if (!why.isEmpty())
        return tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), why);
    return {};
}

QString PlanFiles::backupStore(lento::store::Store &store, const QString &target)
{
    const QFileInfo info(target);
    // The store refuses an existing target, so copy beside it first and swap only on success.
    const QString temporary = info.absolutePath() + QStringLiteral("/.") + info.fileName()
        + QStringLiteral(".part-%1").arg(QCoreApplication::applicationPid());
    QFile::remove(temporary);
    const auto copied = store.backup(temporary);
    if (!copied.ok()) {
        QFile::remove(temporary);
        return tr("The backup to %1 failed: %2").arg(QDir::toNativeSeparators(target), copied.error().text());
    }
    if (info.exists() && !QFile::remove(target)) {
        QFile::remove(temporary);
        return tr("%1 exists and cannot be replaced.").arg(QDir::toNativeSeparators(target));
    }
    if (!QFile::rename(temporary, target)) {
        return tr("The backup was written to %1 but could not be renamed to %2.")
            .arg(QDir::toNativeSeparators(temporary), QDir::toNativeSeparators(target));
    }
    return {};
}

QString PlanFiles::suggestedPlanName(const QString &identifier, const QString &title, const QDate &date)
{
    QStringList parts;
    for (const QString &p : {identifier, title})
        if (!p.trimmed().isEmpty())
            parts << p.trimmed();
    if (date.isValid())
        parts << date.toString(Qt::ISODate);
    QString name = parts.isEmpty() ? QStringLiteral("plan") : parts.join(QLatin1Char(' '));
    static const QRegularExpression unsafe(QStringLiteral(R"([\\/:*?"<>|\x00-\x1f])"));
    name.replace(unsafe, QStringLiteral("_"));
    return name + QStringLiteral(".lento-plan.json");
}

} // namespace lento::ui
