// Icons and type names from the file name only (see nameonlyiconprovider.h).
#include "nameonlyiconprovider.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMimeDatabase>

namespace lento::ui {

namespace {

QMimeType mimeTypeByName(const QFileInfo &info)
{
    // MatchExtension never reads the file; an unknown name gives application/octet-stream.
    return QMimeDatabase().mimeTypeForFile(info, QMimeDatabase::MatchExtension);
}

} // namespace

QIcon NameOnlyIconProvider::icon(const QFileInfo &info) const
{
    if (info.isDir())
        return QFileIconProvider::icon(QFileIconProvider::Folder);
    const QMimeType mime = mimeTypeByName(info);
    QIcon themed = QIcon::fromTheme(mime.iconName());
    if (themed.isNull())
        themed = QIcon::fromTheme(mime.genericIconName());
    return themed.isNull() ? QFileIconProvider::icon(QFileIconProvider::File) : themed;
}

QString NameOnlyIconProvider::type(const QFileInfo &info) const
{
    if (info.isDir())
        return QCoreApplication::translate("NameOnlyIconProvider", "Folder");
    const QMimeType mime = mimeTypeByName(info);
    if (!mime.isDefault() && !mime.comment().isEmpty())
        return mime.comment();
    const QString suffix = info.suffix();
    return suffix.isEmpty() ? QCoreApplication::translate("NameOnlyIconProvider", "File")
                            : QCoreApplication::translate("NameOnlyIconProvider", "%1 file").arg(suffix);
}

} // namespace lento::ui
