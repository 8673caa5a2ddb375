// Refusing targets that are not regular files, and writing private files atomically.
#include "privatefile.h"

#include <QFileInfo>
#include <QSaveFile>

namespace lento::PrivateFile {

QString checkTarget(const QString &path)
{
    if (path.isEmpty())
        return QStringLiteral("no file name given");
    const QFileInfo info(path);
    if (info.isSymLink() && !info.exists())
        return QStringLiteral("is a symbolic link to nothing; name a regular file or a new file");
    if (!info.exists())
        return QString();
    if (info.isDir())
        return QStringLiteral("is a folder; name a file inside it");
    if (!info.isFile())
        return QStringLiteral("is not a regular file (a device, pipe or socket) and is never replaced; name a "
                              "regular or new file, or use '-' for standard output");
    return QString();
}

QString write(const QString &path, const QByteArray &data)
{
    if (const QString refused = checkTarget(path); !refused.isEmpty())
        return refused;
    const bool existed = QFileInfo::exists(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write (%1)").arg(file.errorString());
    // The temporary file becomes the target on commit: restrict it before any data is in it.
    if (!existed && !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        const QString why = file.errorString();
        file.cancelWriting();
        return QStringLiteral("cannot restrict permissions (%1)").arg(why);
    }
    if (file.write(data) != data.size() || !file.commit()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return QStringLiteral("cannot write (%1)").arg(why);
    }
    return QString();
}

} // namespace lento::PrivateFile
