// lento: the taper workspace window.
//   lento [--db FILE] [--lang en|zh_CN] [--patient ID [--view plan|history]]
// For benchmarks and documentation:
//   --quit-after-first-paint   print the time to the first painted window and exit
//   --screenshot FILE.png      grab the window to FILE once the charts are drawn, then exit
//   --demo                     open the demo patient (created if the database has none)
#include "catalogue.h"
#include "historycontroller.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "planeditor.h"
#include "settings.h"
#include "store.h"
#include "storeopener.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QPixmap>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

// Quits the application after the first paint event in `window` has been delivered.
class FirstPaintWatcher : public QObject
{
public:
    FirstPaintWatcher(QWidget *window, const QElapsedTimer &clock) : m_window(window), m_clock(clock) { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_seen && event->type() == QEvent::Paint && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->window() == m_window) {
            m_seen = true;
            // Queued, so the backing store finishes painting and flushing this frame first.
            QTimer::singleShot(0, qApp, [this] {
                std::printf("first paint %.1f ms\n", double(m_clock.nsecsElapsed()) / 1e6);
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return false;
    }

private:
    QWidget *m_window;
    const QElapsedTimer &m_clock;
    bool m_seen = false;
};

void fail(const QString &message)
{
    std::fprintf(stderr, "lento: %s\n", qPrintable(message));
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Lento"));
    QApplication::setOrganizationName(QStringLiteral("Lento"));
    QApplication::setApplicationDisplayName(QStringLiteral("Lento"));
    QApplication::setApplicationVersion(QStringLiteral(LENTO_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("lento"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Benzodiazepine taper planning workspace."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QStringLiteral("Patient database file."), QStringLiteral("FILE"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"), QStringLiteral("Interface language: en or zh_CN."), QStringLiteral("LANG"));
    const QCommandLineOption firstPaintOption(QStringLiteral("quit-after-first-paint"),
        QStringLiteral("Print the time to the first painted window and exit."));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QStringLiteral("Save a picture of the window to FILE (.png) and exit."), QStringLiteral("FILE"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"), QStringLiteral("Open the demo patient (created if there is none)."));
    const QCommandLineOption patientOption(QStringLiteral("patient"),
        QStringLiteral("Open the patient with this identifier (clinic record number)."), QStringLiteral("ID"));
    const QCommandLineOption viewOption(QStringLiteral("view"),
        QStringLiteral("With --patient: show the plan (default) or the history."), QStringLiteral("plan|history"));
    parser.addOptions(
        {dbOption, langOption, firstPaintOption, screenshotOption, demoOption, patientOption, viewOption});
    parser.process(app);

    const QString view = parser.value(viewOption);
    if (parser.isSet(viewOption) && view != QLatin1String("plan") && view != QLatin1String("history")) {
        fail(QStringLiteral("--view: unknown view \"%1\" (use plan or history)").arg(view));
        return 2;
    }
    if (parser.isSet(viewOption) && !parser.isSet(patientOption) && !parser.isSet(demoOption)) {
        fail(QStringLiteral("--view needs --patient ID (or --demo)"));
        return 2;
    }
    if (parser.isSet(patientOption) && parser.isSet(demoOption)) {
        fail(QStringLiteral("--patient and --demo cannot be used together"));
        return 2;
    }

    const bool firstPaint = parser.isSet(firstPaintOption);
    const QString screenshot = parser.value(screenshotOption);
    const bool automated = firstPaint || !screenshot.isEmpty();

    // Automated runs never read or change the user's settings.
    QTemporaryDir settingsDir;
    if (automated) {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    }

    const lento::ui::AppSettings settings = lento::ui::AppSettings::loadStored();
    lento::ui::LanguageManager language;
    const QString requested = parser.isSet(langOption) ? parser.value(langOption) : settings.language;
    if (!language.setLanguage(requested)) {
        fail(QStringLiteral("--lang: unknown language \"%1\" (use en or zh_CN)").arg(requested));
        return 2;
    }

    const auto catalogue = lento::Catalogue::builtIn();
    if (!catalogue.ok()) {
        const QString message = QCoreApplication::translate("Lento", "The built-in drug catalogue is invalid: %1")
                                    .arg(catalogue.error().text());
        fail(message);
        if (!automated)
            QMessageBox::critical(nullptr, QStringLiteral("Lento"), message);
        return 1;
    }

    if (parser.isSet(dbOption) && parser.value(dbOption).trimmed().isEmpty()) {
        fail(QStringLiteral(
            "--db: empty file name; name the database file, or leave --db out to use the configured one"));
        return 2;
    }
    // The same resolution as lento-cli: --db, else the store/databasePath setting, else the default.
    const QString path = lento::store::Store::configuredPath(parser.value(dbOption));
    lento::store::Store store;
    QString openError;
    if (lento::ui::StoreOpener::open(store, path, settings.clinician, !automated, &openError).isEmpty()) {
        if (automated)
            fail(QString(openError).replace(QLatin1Char('\n'), QLatin1Char(' ')));
        return 1;
    }

    lento::store::RecordId patientId = 0;
    if (parser.isSet(patientOption)) {
        const QString identifier = parser.value(patientOption).trimmed();
        const auto found = store.patientByIdentifier(identifier);
        if (!found.ok()) {
            fail(QStringLiteral("--patient: no patient with identifier \"%1\" in %2").arg(identifier, path));
            return 2;
        }
        patientId = found->id;
    }

    lento::ui::MainWindow window(&store, &catalogue.value(), &language, settings);
    std::unique_ptr<FirstPaintWatcher> watcher;
    if (firstPaint) {
        watcher = std::make_unique<FirstPaintWatcher>(&window, clock);
        app.installEventFilter(watcher.get());
    }
    if (!screenshot.isEmpty())
        window.resize(1600, 1000);
    window.show();

    bool scheduled = false; // outlives the lambdas below (they run inside app.exec())
    if (!screenshot.isEmpty()) {
        // Grab once the editor has recomputed and the charts have painted; give up after 20 s.
        auto grab = [&window, screenshot] {
            if (!window.grab().save(screenshot)) {
                fail(QStringLiteral("--screenshot: cannot write %1").arg(screenshot));
                QCoreApplication::exit(1);
                return;
            }
            QCoreApplication::exit(0);
        };
        auto schedule = [&scheduled, grab] {
            if (scheduled)
                return;
            scheduled = true;
            QTimer::singleShot(800, qApp, grab);
        };
        QObject::connect(window.planEditor(), &lento::ui::PlanEditor::recomputed, qApp, schedule);
        if (!parser.isSet(demoOption) && !patientId)
            schedule();
        QTimer::singleShot(20000, qApp, [grab, &scheduled] {
            if (!scheduled) {
                fail(QStringLiteral("--screenshot: the charts were not ready after 20 s; grabbing anyway"));
                grab();
            }
        });
    }
    if (parser.isSet(demoOption)) {
        const auto existing = store.patientByIdentifier(QStringLiteral("DEMO-1"));
        if (existing.ok())
            window.openPatient(existing->id);
        else if (!window.createDemoPatient())
            return 1;
    }
    if (patientId && !window.openPatient(patientId))
        return 1;
    if (view == QLatin1String("history"))
        window.history()->showPage(lento::ui::HistoryController::Page::History);
    else if (view == QLatin1String("plan"))
        window.history()->showPage(lento::ui::HistoryController::Page::Plan);

    return app.exec();
}
