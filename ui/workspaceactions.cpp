// Actions and menus of the workspace window (see workspaceactions.h).
#include "workspaceactions.h"

#include <QAction>
#include <QIcon>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>

namespace lento::ui {

namespace {

// A standard key if the platform defines one, else the given fallback.
QKeySequence standardOr(QKeySequence::StandardKey key, const char *fallback)
{
    const QKeySequence k(key);
    return k.isEmpty() ? QKeySequence(QLatin1String(fallback)) : k;
}

} // namespace

QAction *WorkspaceActions::make(const char *name, const QList<QKeySequence> &keys)
{
    auto *a = new QAction(this);
    a->setObjectName(QLatin1String(name));
    QList<QKeySequence> shortcuts;
    for (const QKeySequence &k : keys)
        if (!k.isEmpty() && !shortcuts.contains(k))
            shortcuts.append(k);
    a->setShortcuts(shortcuts);
    a->setShortcutContext(Qt::WindowShortcut);
    return a;
}

WorkspaceActions::WorkspaceActions(QObject *parent) : QObject(parent)
{
    newPatient = make("actionNewPatient", {standardOr(QKeySequence::New, "Ctrl+N")});
    importPlan = make("actionImportPlan", {standardOr(QKeySequence::Open, "Ctrl+O")});
    exportPlan = make("actionExportPlan", {QKeySequence(QStringLiteral("Ctrl+Shift+E"))});
    save = make("actionSave", {standardOr(QKeySequence::Save, "Ctrl+S")});
    print = make("actionPrint", {standardOr(QKeySequence::Print, "Ctrl+P")});
    exportPdf = make("actionExportPdf", {QKeySequence(QStringLiteral("Ctrl+Shift+P"))});
    backup = make("actionBackup", {QKeySequence(QStringLiteral("Ctrl+Shift+B"))});
    quit = make("actionQuit", {standardOr(QKeySequence::Quit, "Ctrl+Q")});
    quit->setMenuRole(QAction::QuitRole);

    undo = make("actionUndo", {standardOr(QKeySequence::Undo, "Ctrl+Z")});
    redo = make("actionRedo", {standardOr(QKeySequence::Redo, "Ctrl+Shift+Z"), QKeySequence(QStringLiteral("Ctrl+Y"))});
    editPatient = make("actionEditPatient", {QKeySequence(QStringLiteral("Ctrl+E"))});
    settings = make("actionSettings", {standardOr(QKeySequence::Preferences, "Ctrl+,")});
    settings->setMenuRole(QAction::PreferencesRole);

    showPatientList = make("actionShowPatientList", {QKeySequence(QStringLiteral("F9"))});
    showPatientList->setCheckable(true);
    showPatientList->setChecked(true);
    findPatient = make("actionFindPatient", {standardOr(QKeySequence::Find, "Ctrl+F")});
    focusList = make("actionFocusList", {QKeySequence(QStringLiteral("Ctrl+1"))});
    focusEditor = make("actionFocusEditor", {QKeySequence(QStringLiteral("Ctrl+2"))});
    fullScreen = make("actionFullScreen", {standardOr(QKeySequence::FullScreen, "F11")});
    fullScreen->setCheckable(true);

    demo = make("actionCreateDemoPatient", {});
    about = make("actionAbout", {QKeySequence(QStringLiteral("F1"))});
    about->setMenuRole(QAction::AboutRole);
    aboutQt = make("actionAboutQt", {});
    aboutQt->setMenuRole(QAction::AboutQtRole);

    newPatient->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    save->setIcon(QIcon::fromTheme(QStringLiteral("document-save")));
    print->setIcon(QIcon::fromTheme(QStringLiteral("document-print")));
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    retranslate();
}

void WorkspaceActions::addMenus(QMenuBar *bar)
{
    fileMenu = bar->addMenu(QString());
    fileMenu->setObjectName(QStringLiteral("menuFile"));
    fileMenu->addActions({newPatient});
    fileMenu->addSeparator();
    fileMenu->addActions({importPlan, exportPlan});
    fileMenu->addSeparator();
    fileMenu->addAction(save);
    fileMenu->addSeparator();
    fileMenu->addActions({print, exportPdf});
    fileMenu->addSeparator();
    fileMenu->addAction(backup);
    fileMenu->addSeparator();
    fileMenu->addAction(quit);

    editMenu = bar->addMenu(QString());
    editMenu->setObjectName(QStringLiteral("menuEdit"));
    editMenu->addActions({undo, redo});
    editMenu->addSeparator();
    editMenu->addAction(editPatient);
    editMenu->addSeparator();
    editMenu->addAction(settings);

    viewMenu = bar->addMenu(QString());
    viewMenu->setObjectName(QStringLiteral("menuView"));
    viewMenu->addActions({showPatientList, findPatient});
    viewMenu->addSeparator();
    viewMenu->addActions({focusList, focusEditor});
    viewMenu->addSeparator();
    viewMenu->addAction(fullScreen);

    helpMenu = bar->addMenu(QString());
    helpMenu->setObjectName(QStringLiteral("menuHelp"));
    helpMenu->addAction(demo);
    helpMenu->addSeparator();
    helpMenu->addActions({about, aboutQt});
    retranslate();
}

void WorkspaceActions::setUndoText(const QString &undoText, const QString &redoText)
{
    m_undoText = undoText;
    m_redoText = redoText;
    undo->setText(m_undoText.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(m_undoText));
    redo->setText(m_redoText.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(m_redoText));
}

void WorkspaceActions::retranslate()
{
    if (fileMenu) {
        fileMenu->setTitle(tr("&File"));
        editMenu->setTitle(tr("&Edit"));
        viewMenu->setTitle(tr("&View"));
        helpMenu->setTitle(tr("&Help"));
    }
    newPatient->setText(tr("&New patient…"));
    importPlan->setText(tr("&Import plan…"));
    importPlan->setToolTip(tr("Open a lento-plan/1 file as a new plan for this patient"));
    exportPlan->setText(tr("E&xport plan…"));
    exportPlan->setToolTip(tr("Write the plan as a lento-plan/1 file"));
    save->setText(tr("&Save"));
    save->setToolTip(tr("Save the plan as a new version"));
    print->setText(tr("&Print…"));
    print->setToolTip(tr("Print the patient handout"));
    exportPdf->setText(tr("Export P&DF…"));
    exportPdf->setToolTip(tr("Write the patient handout as a PDF file"));
    backup->setText(tr("&Backup database…"));
    quit->setText(tr("&Quit"));
    editPatient->setText(tr("Edit &patient…"));
    settings->setText(tr("Se&ttings…"));
    showPatientList->setText(tr("&Patient list"));
    findPatient->setText(tr("&Find patient"));
    focusList->setText(tr("Go to patient &list"));
    focusEditor->setText(tr("Go to plan &editor"));
    fullScreen->setText(tr("F&ull screen"));
    demo->setText(tr("Create &demo patient"));
    demo->setToolTip(tr("Add an example patient with a generated plan"));
    about->setText(tr("&About Lento"));
    aboutQt->setText(tr("About &Qt"));
    setUndoText(m_undoText, m_redoText);
}

} // namespace lento::ui
