// The open and save file dialogs every part of Lento uses. They never open the files they list
// (NameOnlyIconProvider), so browsing the folder that holds the patient database cannot make this
// process drop SQLite's locks on it. Qt's own dialog is used for the same reason: a platform
// dialog running inside this process may read files to guess their type.
#pragma once

#include <QFileDialog>
#include <QString>

#include <memory>

namespace lento::ui {

class FileDialogs
{
public:
    // Like QFileDialog::getSaveFileName / getOpenFileName: `dir` may name a folder or a file to
    // propose; returns the chosen path or an empty string when cancelled.
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter,
        QString *selectedFilter = nullptr, QFileDialog::Options options = {});
    static QString openFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter,
        QString *selectedFilter = nullptr, QFileDialog::Options options = {});

    // Deletes the dialog, then its icon provider (the dialog's folder model uses it until then).
    struct Deleter
    {
        void operator()(QFileDialog *dialog) const;
    };
    using Dialog = std::unique_ptr<QFileDialog, Deleter>;

    // The dialog the functions above show, set up but not shown.
    static Dialog create(QWidget *parent, const QString &caption, const QString &dir, const QString &filter,
        QFileDialog::AcceptMode mode, QFileDialog::Options options = {});

private:
    static QString run(QFileDialog &dialog, QString *selectedFilter);
};

} // namespace lento::ui
