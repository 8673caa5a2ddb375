// lento-cli names plan versions as the window does (version 1, 2, 3 ... within a plan, the id
// beside it for --version), and `db init FILE` is taken as `db init --db FILE`.
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestCliVersions : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        QString out, err;
    };

    QTemporaryDir m_dir;

    static Run cli(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(LENTO_CLI_PATH), args);
        if (!p.waitForFinished(60000))
            qFatal("lento-cli did not finish");
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void dbInitTakesTheFileAsArgument()
    {
        const QString path = m_dir.filePath(QStringLiteral("positional.sqlite"));
        Run r = cli({QStringLiteral("db"), QStringLiteral("init"), path});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFileInfo::exists(path));
        QVERIFY(r.out.contains(QStringLiteral("created")));
        QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        // The existing form still works, and both forms naming the same file agree.
        QCOMPARE(cli({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), path}).code, 0);
        QCOMPARE(cli({QStringLiteral("db"), QStringLiteral("init"), path, QStringLiteral("--db"), path}).code, 0);
        // Two different files, or two files, are bad input, said in one line.
        const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
        r = cli({QStringLiteral("db"), QStringLiteral("init"), path, QStringLiteral("--db"), other});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY(!QFileInfo::exists(other));
        r = cli({QStringLiteral("db"), QStringLiteral("init"), path, other});
        QCOMPARE(r.code, 2);
        QVERIFY(!QFileInfo::exists(other));
    }

    void versionsAreNumberedWithinTheirPlan()
    {
        const QString db = m_dir.filePath(QStringLiteral("versions.sqlite"));
        const QString plan = QStringLiteral(LENTO_TEST_DATA) + QStringLiteral("/plans/example.plan.json");
        auto store = [&](QStringList args) {
            args << QStringLiteral("--db") << db;
            return cli(args);
        };
        QCOMPARE(store({QStringLiteral("db"), QStringLiteral("init")}).code, 0);
        QCOMPARE(store({QStringLiteral("patients"), QStringLiteral("add"), QStringLiteral("--id"), QStringLiteral("P1"),
                           QStringLiteral("--name"), QStringLiteral("Pat")})
                     .code,
            0);
        // Plan A gets version id 1; plan B versions 1 and 2 get ids 2 and 3.
        QCOMPARE(store({QStringLiteral("plans"), QStringLiteral("save"), QStringLiteral("P1"), plan}).code, 0);
        Run r = store(
            {QStringLiteral("plans"), QStringLiteral("save"), QStringLiteral("P1"), plan, QStringLiteral("--new")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString firstOfB = r.out.trimmed();
        r = store({QStringLiteral("plans"), QStringLiteral("save"), QStringLiteral("P1"), plan,
            QStringLiteral("--plan"), QStringLiteral("2"), QStringLiteral("--parent"), firstOfB});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString secondOfB = r.out.trimmed();
        QCOMPARE(secondOfB, QStringLiteral("3"));

        r = store({QStringLiteral("patients"), QStringLiteral("show"), QStringLiteral("P1")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("newest version 2 (id 3), 2 version(s)")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("newest version 1 (id 1), 1 version(s)")), qPrintable(r.out));

        r = store({QStringLiteral("plans"), QStringLiteral("list"), QStringLiteral("P1")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("  version 2 (id 3) ")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("  version 1 (id 2) ")), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestCliVersions)
#include "tst_cli_versions.moc"
