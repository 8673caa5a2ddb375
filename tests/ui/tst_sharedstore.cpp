// The open window keeps its database journal while other programs use the same file. The
// window's process first touches the folder and the file the way a user does (the PDF export's
// file dialog browsing the database's folder, writing the handout there, a backup through the
// file dialog); then a second program opens and closes the database. The window's next save
// must commit where the second program sees it, and the file must pass integrity_check.
// The second program is this test binary started again with LENTO_TEST_OTHER_PROGRAM set.
#include "catalogue.h"
#include "handoutoptionsdialog.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "plandocumentmodel.h"
#include "planeditor.h"
#include "store.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <cstdio>
#include <memory>

using namespace lento;
using namespace lento::ui;
using lento::store::RecordId;
using lento::store::Store;

namespace {

const char kOtherProgram[] = "LENTO_TEST_OTHER_PROGRAM";

// The second program: opens the database, prints the number of versions of plan `planId` and
// the integrity check's verdict, closes it.
int otherProgram(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = qEnvironmentVariable(kOtherProgram).split(QLatin1Char('|'));
    Store store;
    const auto opened = store.open(args.value(0));
    if (!opened.ok()) {
        std::fprintf(stdout, "open failed: %s\n", qPrintable(opened.error().text()));
        return 1;
    }
    const auto versions = store.versions(args.value(1).toLongLong());
    const auto problems = store.check();
    std::fprintf(stdout, "versions %lld\nintegrity %s\n", versions.ok() ? qlonglong(versions->size()) : -1LL,
        problems.ok() ? (problems->isEmpty() ? "ok" : qPrintable(problems->join(QLatin1Char(';')))) : "failed");
    store.close();
    return 0;
}

// Answers the modal dialogs of one window operation: accepts the handout options, and in a file
// dialog goes to `folder`, lets it list and draw the folder's files, then saves there under the
// name the window proposed.
class ModalDriver : public QObject
{
public:
    explicit ModalDriver(const QString &folder) : m_folder(folder)
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, &ModalDriver::poll);
        m_timer.start();
    }
    bool browsedFolder() const { return m_listed; }

private:
    void poll()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *options = qobject_cast<HandoutOptionsDialog *>(modal)) {
            options->accept();
            return;
        }
        // The demo plan's findings (alprazolam tablets cannot make the last steps at the rule's
        // pace) are accepted as a prescriber would after reading them.
        if (modal && modal->objectName() == QLatin1String("criticalFindingsDialog")) {
            if (auto *accept = modal->findChild<QPushButton *>(QStringLiteral("acceptCritical")))
                accept->click();
            return;
        }
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        if (!dialog)
            return;
        if (dialog != m_dialog) {
            m_dialog = dialog;
            m_loaded = m_listed = false;
            if (auto *model = dialog->findChild<QFileSystemModel *>()) {
                connect(model, &QFileSystemModel::directoryLoaded, this, [this](const QString &path) {
                    if (QFileInfo(path) == QFileInfo(m_folder))
                        m_loaded = true;
                });
            }
            dialog->setDirectory(m_folder);
            return;
        }
        if (!m_loaded)
            return;
        if (!m_listed) {
            m_listed = true;
            dialog->grab(); // the view draws the folder: icons and types are asked for now
            return;
        }
        m_timer.stop();
        static_cast<QDialog *>(dialog)->accept();
    }

    QString m_folder;
    QTimer m_timer;
    QPointer<QFileDialog> m_dialog;
    bool m_loaded = false; // the dialog's model has read the folder
    bool m_listed = false;
};

struct OtherProgramReport
{
    int versions = -1;
    QString integrity;
};

} // namespace

class TestSharedStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;

    OtherProgramReport runOtherProgram(const QString &db, RecordId planId)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kOtherProgram), db + QLatin1Char('|') + QString::number(planId));
        p.setProcessEnvironment(env);
        p.start(QCoreApplication::applicationFilePath(), {});
        if (!p.waitForFinished(60000))
            return {};
        OtherProgramReport report;
        for (const QString &line : QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("versions ")))
                report.versions = line.mid(9).toInt();
            else if (line.startsWith(QLatin1String("integrity ")))
                report.integrity = line.mid(10);
        }
        return report;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("LentoTest"));
        QCoreApplication::setApplicationName(QStringLiteral("LentoTest"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QStandardPaths::setTestModeEnabled(true);
    }

    void saveAfterAnotherProgramClosedTheFileIsCommitted()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(QStringLiteral("lento.sqlite"));
        Store store;
        const auto opened = store.open(db);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().text()));
        QCOMPARE(opened->journalMode, QStringLiteral("wal"));
        LanguageManager language;
        MainWindow window(&store, &Catalogue::shared(), &language);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.createDemoPatient());
        const RecordId planId = window.currentPlanId();
        QVERIFY(planId);
        QVERIFY(QFileInfo::exists(db + QStringLiteral("-wal")));

        // File → Export PDF, browsing the database's folder and writing the handout there.
        {
            ModalDriver driver(dir.path());
            window.exportPdf();
            QVERIFY(driver.browsedFolder());
        }
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.pdf")}, QDir::Files).size(), 1);
        // File → Backup, into the same folder.
        {
            ModalDriver driver(dir.path());
            window.backupDatabase();
            QVERIFY(driver.browsedFolder());
        }
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("lento-backup-*.sqlite")}, QDir::Files).size(), 1);

        // Another program opens and closes the database; the window's journal stays in place.
        const OtherProgramReport before = runOtherProgram(db, planId);
        QCOMPARE(before.versions, 1);
        QCOMPARE(before.integrity, QStringLiteral("ok"));
        QVERIFY(QFileInfo::exists(db + QStringLiteral("-wal")));

        // The window saves; the other program sees that version.
        const auto edited = window.planEditor()->document()->setNote(0, QStringLiteral("Call on day 3"));
        QVERIFY2(edited.ok, qPrintable(edited.error));
        QVERIFY(window.savePlan(QStringLiteral("after the other program")));
        const OtherProgramReport after = runOtherProgram(db, planId);
        QCOMPARE(after.versions, 2);
        QCOMPARE(after.integrity, QStringLiteral("ok"));
        const auto problems = store.check();
        QVERIFY(problems.ok());
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(kOtherProgram))
        return otherProgram(argc, argv);
    QApplication app(argc, argv);
    TestSharedStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sharedstore.moc"
