// Saving and restoring the workspace window's layout (see windowlayout.h).
#include "windowlayout.h"

#include <QAction>
#include <QGuiApplication>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>
#include <QSplitter>

namespace lento::ui {

namespace {

// The plan editor's panes moved: states saved under older group names do not fit.
const char *const kSplitterGroup = "splitterLayout2";

// A splitter's settings key: its object name, or its place among the window's splitters
// (stable, since the window always builds the same widgets in the same order).
QString splitterKey(const QSplitter *splitter, int index)
{
    return splitter->objectName().isEmpty() ? QStringLiteral("splitter%1").arg(index) : splitter->objectName();
}

} // namespace

void WindowLayout::restore(QMainWindow *window, QSplitter *mainSplitter, QAction *showList, QWidget *patientList)
{
    QSettings s;
    s.beginGroup(QStringLiteral("window"));
    if (!window->restoreGeometry(s.value(QStringLiteral("geometry")).toByteArray())) {
        const QRect screen = QGuiApplication::primaryScreen() ? QGuiApplication::primaryScreen()->availableGeometry()
                                                              : QRect(0, 0, 1400, 900);
        window->resize(qMin(1360, screen.width() * 9 / 10), qMin(860, screen.height() * 9 / 10));
        mainSplitter->setSizes({250, window->width() - 250});
    }
    window->restoreState(s.value(QStringLiteral("state")).toByteArray());
    const bool listVisible = s.value(QStringLiteral("patientList"), true).toBool();
    showList->setChecked(listVisible);
    patientList->setVisible(listVisible);
    s.endGroup();
    s.beginGroup(QLatin1String(kSplitterGroup));
    const QList<QSplitter *> splitters = window->findChildren<QSplitter *>();
    for (int i = 0; i < splitters.size(); ++i)
        if (const QString key = splitterKey(splitters.at(i), i); s.contains(key))
            splitters.at(i)->restoreState(s.value(key).toByteArray());
    s.endGroup();
}

void WindowLayout::save(const QMainWindow *window, bool patientListShown)
{
    QSettings s;
    s.beginGroup(QStringLiteral("window"));
    s.setValue(QStringLiteral("geometry"), window->saveGeometry());
    s.setValue(QStringLiteral("state"), window->saveState());
    s.setValue(QStringLiteral("patientList"), patientListShown);
    s.endGroup();
    s.beginGroup(QLatin1String(kSplitterGroup));
    const QList<QSplitter *> splitters = window->findChildren<QSplitter *>();
    for (int i = 0; i < splitters.size(); ++i)
        s.setValue(splitterKey(splitters.at(i), i), splitters.at(i)->saveState());
    s.endGroup();
}

} // namespace lento::ui
