// Opening the patient database when the window starts. If the file cannot be used (corrupt,
// locked by another program, written by a newer Lento, unreadable) a dialog names the file and
// the reason and offers to choose another file or quit; a read-only open is not an error (the
// window shows a banner instead).
#pragma once

#include "storeresult.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace lento::store {
class Store;
struct OpenInfo;
} // namespace lento::store

namespace lento::ui {

class StoreOpener
{
    Q_DECLARE_TR_FUNCTIONS(StoreOpener)
public:
    // One sentence for an open failure, e.g. "The file is locked by another program."
    static QString reason(lento::store::ErrorKind kind);
    // Opens `path` (creating it and its folder if missing). With `interactive`, failures ask the
    // user for another file until one opens or they quit; without, the first failure is returned.
    // Returns the path opened, or an empty string (with *error set) when nothing was opened.
    static QString open(lento::store::Store &store, const QString &path, const QString &clinician, bool interactive,
        QString *error, QWidget *parent = nullptr);
};

} // namespace lento::ui
