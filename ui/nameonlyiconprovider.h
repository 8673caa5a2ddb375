// Icons and type names for Lento's file dialogs, decided from the file name alone. Qt's own
// provider opens files whose extension it does not know (lento.sqlite, its -wal and -shm) to
// guess their type; closing that descriptor drops every POSIX lock SQLite holds on the file in
// this process, and another program could then delete the open database's write-ahead log.
#pragma once

#include <QFileIconProvider>

namespace lento::ui {

class NameOnlyIconProvider : public QFileIconProvider
{
public:
    using QFileIconProvider::icon;
    QIcon icon(const QFileInfo &info) const override;
    QString type(const QFileInfo &info) const override;
};

} // namespace lento::ui
