// The window (lento) and lento-cli choose the patient database the same way: --db if given, else
// the store/databasePath setting, else the default file. Both programs run as processes with
// their settings and data folders in a temporary directory.
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestDatabasePath : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        QString out, err;
    };

    QTemporaryDir m_dir;

    QString configDir() const { return m_dir.filePath(QStringLiteral("config")); }
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    // Where Qt's AppDataLocation puts the default file for organisation and application "Lento".
    QString defaultFile() const { return dataDir() + QStringLiteral("/Lento/Lento/lento.sqlite"); }

    Run run(const QString &program, const QStringList &args) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), configDir());
        env.insert(QStringLiteral("XDG_DATA_HOME"), dataDir());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(program, args);
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    Run cli(const QStringList &args) const { return run(QStringLiteral(LENTO_CLI_PATH), args); }

    // The file the window opened: asked for a patient it does not have, it exits 2 naming the file.
    QString windowFile(const QStringList &extra = {}) const
    {
        const Run r = run(QStringLiteral(LENTO_APP_PATH),
            QStringList {QStringLiteral("--patient"), QStringLiteral("NO-SUCH-PATIENT")} + extra);
        if (r.code != 2) {
            qWarning("lento exited %d: %s", r.code, qPrintable(r.err));
            return {};
        }
        static const QRegularExpression in(QStringLiteral("no patient with identifier \"NO-SUCH-PATIENT\" in (.+)$"));
        return in.match(r.err.trimmed()).captured(1);
    }

    void setConfigured(const QString &path) const
    {
        QSettings s(configDir() + QStringLiteral("/Lento/Lento.conf"), QSettings::IniFormat);
        if (path.isEmpty())
            s.remove(QStringLiteral("store/databasePath"));
        else
            s.setValue(QStringLiteral("store/databasePath"), path);
        s.sync();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void bothProgramsOpenTheConfiguredFile()
    {
        const QString configured = m_dir.filePath(QStringLiteral("clinic/patients.sqlite"));
        QVERIFY(QDir().mkpath(QFileInfo(configured).path()));
        setConfigured(configured);

        const Run init = cli({QStringLiteral("db"), QStringLiteral("init")});
        QCOMPARE(init.code, 0);
        QCOMPARE(init.out.section(QLatin1Char('\n'), 0, 0), configured);
        const Run add = cli({QStringLiteral("patients"), QStringLiteral("add"), QStringLiteral("--id"),
            QStringLiteral("P-1"), QStringLiteral("--name"), QStringLiteral("Alex Doe")});
        QVERIFY2(add.code == 0, qPrintable(add.err));

        QCOMPARE(windowFile(), configured);
        QVERIFY2(!QFileInfo::exists(defaultFile()), "the window created the default file instead");
        // The patient lento-cli added is in the file the window reads.
        const Run show = cli({QStringLiteral("patients"), QStringLiteral("show"), QStringLiteral("P-1")});
        QVERIFY2(show.code == 0, qPrintable(show.err));
    }

    void dbFlagWinsOverTheSettingInBoth()
    {
        setConfigured(m_dir.filePath(QStringLiteral("clinic/patients.sqlite")));
        const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
        const Run init = cli({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), other});
        QCOMPARE(init.code, 0);
        QCOMPARE(init.out.section(QLatin1Char('\n'), 0, 0), other);
        QCOMPARE(windowFile({QStringLiteral("--db"), other}), other);
    }

    void withoutTheSettingBothUseTheDefaultFile()
    {
        setConfigured({});
        QCOMPARE(windowFile(), defaultFile());
        const Run check = cli({QStringLiteral("db"), QStringLiteral("check")});
        QVERIFY2(check.code == 0, qPrintable(check.err));
        QVERIFY2(check.out.contains(defaultFile()), qPrintable(check.out));
    }

    void emptyDbFlagIsRefusedByBoth()
    {
        const Run window = run(QStringLiteral(LENTO_APP_PATH), {QStringLiteral("--db"), QString()});
        QCOMPARE(window.code, 2);
        QVERIFY2(window.err.contains(QStringLiteral("--db: empty file name")), qPrintable(window.err));
        const Run c = cli({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"), QString()});
        QCOMPARE(c.code, 2);
        QVERIFY2(c.err.contains(QStringLiteral("--db: empty file name")), qPrintable(c.err));
    }
};

QTEST_GUILESS_MAIN(TestDatabasePath)
#include "tst_databasepath.moc"
