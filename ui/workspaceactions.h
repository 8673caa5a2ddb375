// The workspace window's actions and menus (File, Edit, View, Help) with their shortcuts and
// translated texts, kept apart from the window's behaviour: MainWindow connects what they do.
// Every action has an object name ("actionSave", ...) so tests and scripts can find it.
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QMenuBar;

namespace lento::ui {

class WorkspaceActions : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceActions(QObject *parent);

    void addMenus(QMenuBar *bar);
    void retranslate();
    // "&Undo Change dose" / "&Undo" when there is no text.
    void setUndoText(const QString &undo, const QString &redo);

    // File
    QAction *newPatient, *importPlan, *exportPlan, *save, *print, *exportPdf, *backup, *quit;
    // Edit
    QAction *undo, *redo, *editPatient, *settings;
    // View
    QAction *showPatientList, *findPatient, *focusList, *focusEditor, *fullScreen;
    // Help
    QAction *demo, *about, *aboutQt;

    QMenu *fileMenu = nullptr;
    QMenu *editMenu = nullptr;
    QMenu *viewMenu = nullptr;
    QMenu *helpMenu = nullptr;

private:
    QAction *make(const char *name, const QList<QKeySequence> &keys);
    QString m_undoText;
    QString m_redoText;
};

} // namespace lento::ui
