// Opening the patient database at start-up (see storeopener.h).
#include "storeopener.h"

#include "filedialogs.h"
#include "store.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace lento::ui {

QString StoreOpener::reason(lento::store::ErrorKind kind)
{
    using lento::store::ErrorKind;
    switch (kind) {
    case ErrorKind::Corrupt:
        return tr("The file failed the database integrity check; it has not been changed.");
    case ErrorKind::Busy:
        return tr("The file is locked by another program.");
    case ErrorKind::NewerSchema:
        return tr("The file was written by a newer version of Lento.");
    case ErrorKind::DiskFull:
        return tr("The disk is full.");
    case ErrorKind::NotFound:
        return tr("The file does not exist.");
    case ErrorKind::ReadOnly:
        return tr("The file cannot be written.");
    case ErrorKind::Invalid:
        return tr("The file is not a Lento database.");
    default:
        return tr("The file could not be opened.");
    }
}

QString StoreOpener::open(lento::store::Store &store, const QString &initialPath, const QString &clinician,
    bool interactive, QString *error, QWidget *parent)
{
    QString path = initialPath;
    lento::store::OpenOptions options;
    options.clinician = clinician;
    for (;;) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        const auto opened = store.open(path, options);
        if (opened.ok())
            return path;
        const QString message = tr("Lento cannot open the patient database\n%1\n\n%2\n(%3)")
                                    .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()),
                                        reason(opened.kind()), opened.error().text());
        if (error)
            *error = message;
        if (!interactive)
            return {};
        QMessageBox box(QMessageBox::Critical, tr("Patient database"), message, QMessageBox::NoButton, parent);
        box.setObjectName(QStringLiteral("storeOpenBox"));
        QPushButton *other = box.addButton(tr("&Choose another file…"), QMessageBox::AcceptRole);
        QPushButton *quit = box.addButton(tr("&Quit"), QMessageBox::RejectRole);
        box.setDefaultButton(other);
        box.setEscapeButton(quit);
        box.exec();
        if (box.clickedButton() != other)
            return {};
        const QString chosen
            = FileDialogs::saveFileName(parent, tr("Choose a patient database"), QFileInfo(path).absolutePath(),
                tr("Lento databases (*.sqlite);;All files (*)"), nullptr, QFileDialog::DontConfirmOverwrite);
        if (chosen.isEmpty())
            return {};
        path = chosen;
    }
}

} // namespace lento::ui
