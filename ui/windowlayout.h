// The workspace window's layout kept between sessions in QSettings: its geometry and state,
// whether the patient list is shown, and the sizes of every splitter in it (the plan editor's
// included). A first start gets a size that fits the screen.
#pragma once

class QAction;
class QMainWindow;
class QSplitter;
class QWidget;

namespace lento::ui {

class WindowLayout
{
public:
    // `mainSplitter` holds the patient list (250 px on a first start); `showList` is the checkable
    // action that shows `patientList`.
    static void restore(QMainWindow *window, QSplitter *mainSplitter, QAction *showList, QWidget *patientList);
    static void save(const QMainWindow *window, bool patientListShown);
};

} // namespace lento::ui
