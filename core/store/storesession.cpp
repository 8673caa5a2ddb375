// Session state shared by the repositories of an open store.
#include "storesession.h"

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace lento::store {

QString StoreSession::osUserName()
{
    for (const char *name : {"USER", "LOGNAME", "USERNAME"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
#ifdef Q_OS_UNIX
    if (const passwd *pw = getpwuid(geteuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    return QStringLiteral("unknown");
}

QString StoreSession::who() const
{
    return clinician.trimmed().isEmpty() ? osUserName() : clinician.trimmed();
}

Status StoreSession::checkOpen() const
{
    if (!connection)
        return Status(Error {QString(), QStringLiteral("no database is open")}, ErrorKind::NotOpen);
    return Done {};
}

Status StoreSession::checkWritable() const
{
    const Status open = checkOpen();
    if (!open)
        return open;
    if (info.readOnly)
        return Status(Error {QString(), info.readOnlyReason}, ErrorKind::ReadOnly);
    if (!m_wholeFileChecked) {
        const Result<QStringList> problems = connection->quickCheck();
        if (!problems)
            return problems.failure<Done>();
        m_wholeFileChecked = true;
        if (!problems->isEmpty()) {
            m_damage = QStringLiteral("the database file is damaged (%1); nothing was written to it. Restore a backup.")
                           .arg(problems->first());
        }
    }
    if (!m_damage.isEmpty())
        return Status(Error {QString(), m_damage}, ErrorKind::Corrupt);
    return Done {};
}

void StoreSession::reset(SqlConnection *c, const OpenInfo &i, const QString &name)
{
    connection = c;
    info = i;
    clinician = name;
    m_wholeFileChecked = i.wholeFileChecked || i.readOnly;
    m_damage.clear();
}

QString StoreSession::now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QVariant StoreSession::dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QDate StoreSession::dateFrom(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QDateTime StoreSession::timeFrom(const QVariant &value)
{
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return t.toUTC();
}

} // namespace lento::store
