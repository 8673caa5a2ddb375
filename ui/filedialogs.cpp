// File dialogs that never read the files they list (see filedialogs.h).
#include "filedialogs.h"

#include "nameonlyiconprovider.h"

#include <QDir>
#include <QFileInfo>

namespace lento::ui {

void FileDialogs::Deleter::operator()(QFileDialog *dialog) const
{
    QAbstractFileIconProvider *provider = dialog->iconProvider();
    delete dialog;
    delete provider;
}

FileDialogs::Dialog FileDialogs::create(QWidget *parent, const QString &caption, const QString &dir,
    const QString &filter, QFileDialog::AcceptMode mode, QFileDialog::Options options)
{
    const QFileInfo proposed(dir);
    const bool proposesFile = !dir.isEmpty() && !proposed.isDir();
    const QString folder = dir.isEmpty() ? QDir::currentPath()
        : proposesFile                   ? proposed.absolutePath()
                                         : proposed.absoluteFilePath();
    Dialog dialog(new QFileDialog(parent, caption, folder, filter));
    dialog->setObjectName(QStringLiteral("fileDialog"));
    dialog->setOptions(options | QFileDialog::DontUseNativeDialog);
    // Set before the folder's entries are first shown (icons and types are asked for when the
    // view paints), so no file is ever typed by its content; Deleter frees it.
    dialog->setIconProvider(new NameOnlyIconProvider);
    dialog->setAcceptMode(mode);
    dialog->setFileMode(mode == QFileDialog::AcceptSave ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    if (proposesFile)
        dialog->selectFile(proposed.fileName());
    return dialog;
}

QString FileDialogs::run(QFileDialog &dialog, QString *selectedFilter)
{
    if (selectedFilter && !selectedFilter->isEmpty())
        dialog.selectNameFilter(*selectedFilter);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    if (selectedFilter)
        *selectedFilter = dialog.selectedNameFilter();
    return dialog.selectedFiles().value(0);
}

QString FileDialogs::saveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter,
    QString *selectedFilter, QFileDialog::Options options)
{
    const auto dialog = create(parent, caption, dir, filter, QFileDialog::AcceptSave, options);
    return run(*dialog, selectedFilter);
}

QString FileDialogs::openFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter,
    QString *selectedFilter, QFileDialog::Options options)
{
    const auto dialog = create(parent, caption, dir, filter, QFileDialog::AcceptOpen, options);
    return run(*dialog, selectedFilter);
}

} // namespace lento::ui
