// `lento-cli db|patients|plans|visits` as a user runs them: the file created 0600, health checks
// that fail for damaged or newer files (leaving them byte-identical), versioned plan saves with
// the stale save refused, visits, import/export, backups, and one-line errors (exit 2) that name
// the flag or field.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliStore : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        QByteArray out, err;
    };

    QTemporaryDir m_dir;
    int m_counter = 0;
    QStringList m_notOneLine; // failures whose message was not exactly one line

    static Run cli(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(LENTO_CLI_PATH), args);
        if (!p.waitForFinished(60000))
            qFatal("lento-cli did not finish");
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
    }

    // Runs with --db and checks that a failure says exactly one line.
    Run db(const QString &path, QStringList args)
    {
        args << QStringLiteral("--db") << path;
        const Run r = cli(args);
        if (r.code != 0 && r.err.count('\n') != 1)
            m_notOneLine.append(QString::fromUtf8(r.err));
        return r;
    }

    QString newDb()
    {
        const QString path = m_dir.filePath(QStringLiteral("cli-%1.sqlite").arg(++m_counter));
        const Run r = db(path, {QStringLiteral("db"), QStringLiteral("init")});
        if (r.code != 0)
            qWarning("db init failed: %s", r.err.constData());
        return path;
    }

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(content);
        return path;
    }

    static QByteArray hash(const QString &path)
    {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

    static QByteArray plan(double mg)
    {
        return QStringLiteral("{\"format\": \"lento-plan/1\", \"title\": \"Diazepam %1 mg\", \"current\": "
                              "[{\"drug\": \"diazepam\", \"time\": \"08:00\", \"mg\": %1}], \"steps\": []}\n")
            .arg(mg)
            .toUtf8();
    }

private Q_SLOTS:
    void cleanup() { QVERIFY2(m_notOneLine.isEmpty(), qPrintable(m_notOneLine.join(QStringLiteral("\n---\n")))); }

    void initCreatesPrivateFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("init.sqlite"));
        const Run r = db(path, {QStringLiteral("db"), QStringLiteral("init")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("schema"));
        QVERIFY(r.out.contains("journal wal"));
        QCOMPARE(QFileInfo(path).permissions()
                & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
            QFileDevice::Permissions());
        QCOMPARE(db(path, {QStringLiteral("db"), QStringLiteral("check")}).code, 0);
        QCOMPARE(db(path, {QStringLiteral("db"), QStringLiteral("init")}).code, 0); // again: nothing to do
    }

    void missingDatabaseIsBadInput()
    {
        const QString path = m_dir.filePath(QStringLiteral("nowhere.sqlite"));
        const Run r = db(path, {QStringLiteral("patients"), QStringLiteral("list")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.startsWith("lento-cli: --db:"));
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(db(path, {QStringLiteral("db"), QStringLiteral("check")}).code, 2);
    }

    void patients()
    {
        const QString path = newDb();
        const QString hostile = QStringLiteral("O'Brien \"Bob\" '); DROP TABLE patients;-- <b>😀 王小明</b>");
        QCOMPARE(db(path,
                     {QStringLiteral("patients"), QStringLiteral("add"), QStringLiteral("--id"),
                         QStringLiteral("MRN-1"), QStringLiteral("--name"), hostile, QStringLiteral("--dob"),
                         QStringLiteral("1970-05-06"), QStringLiteral("--weight"), QStringLiteral("72.5")})
                     .code,
            0);
        QCOMPARE(db(path,
                     {QStringLiteral("patients"), QStringLiteral("add"), QStringLiteral("--id"),
                         QStringLiteral("MRN-2"), QStringLiteral("--name"), QStringLiteral("Anna Smith")})
                     .code,
            0);

        Run r = db(path,
            {QStringLiteral("patients"), QStringLiteral("add"), QStringLiteral("--id"), QStringLiteral("MRN-1"),
                QStringLiteral("--name"), QStringLiteral("Again")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("--id"));
        r = db(path,
            {QStringLiteral("patients"), QStringLiteral("add"), QStringLiteral("--id"), QStringLiteral("MRN-3"),
                QStringLiteral("--name"), QStringLiteral("X"), QStringLiteral("--weight"), QStringLiteral("-4")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.startsWith("lento-cli: --weight:"));
        r = db(
            path, {QStringLiteral("patients"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("X")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("--id"));

        r = db(path,
            {QStringLiteral("patients"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 2);
        r = db(path,
            {QStringLiteral("patients"), QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("smi")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("MRN-2\tAnna Smith"));
        QCOMPARE(r.out.count('\n'), 1);
        QCOMPARE(
            db(path,
                {QStringLiteral("patients"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("xml")})
                .code,
            2);

        r = db(path,
            {QStringLiteral("patients"), QStringLiteral("show"), QStringLiteral("MRN-1"), QStringLiteral("--format"),
                QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        const QJsonObject shown = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(shown.value(QStringLiteral("name")).toString(), hostile);
        QCOMPARE(shown.value(QStringLiteral("weight_kg")).toDouble(), 72.5);
        r = db(path, {QStringLiteral("patients"), QStringLiteral("show"), QStringLiteral("MRN-404")});
        QCOMPARE(r.code, 2);
        QVERIFY(!r.err.contains("MRN-404")); // identifiers stay out of messages

        QCOMPARE(db(path, {QStringLiteral("patients"), QStringLiteral("archive"), QStringLiteral("MRN-2")}).code, 0);
        r = db(path, {QStringLiteral("patients"), QStringLiteral("list")});
        QCOMPARE(r.out.count('\n'), 1);
        r = db(path, {QStringLiteral("patients"), QStringLiteral("list"), QStringLiteral("--archived")});
        QCOMPARE(r.out.count('\n'), 2);
        QCOMPARE(db(path, {QStringLiteral("patients"), QStringLiteral("restore"), QStringLiteral("MRN-2")}).code, 0);
        QCOMPARE(db(path, {QStringLiteral("patients"), QStringLiteral("list")}).out.count('\n'), 2);
    }

    void plansSaveListGet()
    {
        const QString path = newDb();
        QCOMPARE(db(path,
                     {QStringLiteral("patients"), QStringLiteral("add"), QStringLiteral("--id"), QStringLiteral("P1"),
                         QStringLiteral("--name"), QStringLiteral("Pat")})
                     .code,
            0);
        const QString first = write(QStringLiteral("first.plan.json"), plan(10));
        const QString second = write(QStringLiteral("second.plan.json"), plan(9));

        Run r = db(path,
            {QStringLiteral("plans"), QStringLiteral("save"), QStringLiteral("P1"), first, QStringLiteral("--comment"),
                QStringLiteral("start")});
        QCOMPARE(r.code, 0);
        const QByteArray v1 = r.out.trimmed();
        QVERIFY(v1.toLongLong() > 0);

        // Saving over an existing plan needs the version that was edited.
        r = db(path, {QStringLiteral("plans"), QStringLiteral("save"), QStringLiteral("P1"), second});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("--parent"));
        r = db(path,
            {QStringLiteral("plans"), QStringLiteral("save"), QStringLiteral("P1"), second, QStringLiteral("--parent"),
                QString::fromLatin1(v1)});
        QCOMPARE(r.code, 0);
        const QByteArray v2 = r.out.trimmed();

        // A second clinician who also edited version 1 is refused; nothing is saved.
        r = db(path,
            {QStringLiteral("plans"), QStringLiteral("save"), QStringLiteral("P1"), first, QStringLiteral("--parent"),
                QString::fromLatin1(v1)});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.startsWith("lento-cli: conflict:"));
        QVERIFY(r.err.contains(v2));
        QVERIFY(r.out.isEmpty());

        r = db(path,
            {QStringLiteral("plans"), QStringLiteral("save"), QStringLiteral("P1"), first, QStringLiteral("--parent"),
                QStringLiteral("999")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.startsWith("lento-cli: --parent:"));

        // ... who can keep the edit as a branch.
        r = db(path,
            {QStringLiteral("plans"), QStringLiteral("save"), QStringLiteral("P1"), first, QStringLiteral("--new"),
                QStringLiteral("--branch-from"), QString::fromLatin1(v1)});
        QCOMPARE(r.code, 0);

        r = db(path,
            {QStringLiteral("plans"), QStringLiteral("list"), QStringLiteral("P1"), QStringLiteral("--format"),
                QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        const QJsonArray plans = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(plans.size(), 2);
        const QJsonObject main = plans.at(0).toObject();
        QCOMPARE(main.value(QStringLiteral("versions")).toArray().size(), 2);
        QCOMPARE(QByteArray::number(main.value(QStringLiteral("head_version")).toInteger()), v2);
        QCOMPARE(main.value(QStringLiteral("versions"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("comment"))
                     .toString(),
            QStringLiteral("start"));
        QCOMPARE(QByteArray::number(plans.at(1).toObject().value(QStringLiteral("branched_from")).toInteger()), v1);

        // With two plans, a save must say which one.
        r = db(path,
            {QStringLiteral("plans"), QStringLiteral("save"), QStringLiteral("P1"), first, QStringLiteral("--parent"),
                QString::fromLatin1(v2)});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("--plan"));

        const QString out = m_dir.filePath(QStringLiteral("got.plan.json"));
        r = db(path,
            {QStringLiteral("plans"), QStringLiteral("get"), QStringLiteral("P1"), QStringLiteral("--version"),
                QString::fromLatin1(v1), QStringLiteral("-o"), out});
        QCOMPARE(r.code, 0);
        QCOMPARE(hash(out), hash(first)); // exactly as saved

        const QString bad = write(QStringLiteral("bad.plan.json"), plan(10).replace("\"mg\": 10", "\"mg\": -10"));
        r = db(path,
            {QStringLiteral("plans"), QStringLiteral("save"), QStringLiteral("P1"), bad, QStringLiteral("--new")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("current[0].mg"), r.err.constData());
        QCOMPARE(db(path,
                     {QStringLiteral("plans"), QStringLiteral("get"), QStringLiteral("P1"), QStringLiteral("--version"),
                         QStringLiteral("999")})
                     .code,
            2);
        QCOMPARE(db(path,
                     {QStringLiteral("plans"), QStringLiteral("status"), QStringLiteral("P1"), QStringLiteral("--plan"),
                         QString::number(main.value(QStringLiteral("plan")).toInteger()), QStringLiteral("active")})
                     .code,
            0);
        QCOMPARE(db(path,
                     {QStringLiteral("plans"), QStringLiteral("status"), QStringLiteral("P1"), QStringLiteral("--plan"),
                         QString::number(main.value(QStringLiteral("plan")).toInteger()), QStringLiteral("paused")})
                     .code,
            2);
    }

    void visits()
    {
        const QString path = newDb();
        QCOMPARE(db(path,
                     {QStringLiteral("patients"), QStringLiteral("add"), QStringLiteral("--id"), QStringLiteral("V1"),
                         QStringLiteral("--name"), QStringLiteral("Vic")})
                     .code,
            0);
        QJsonArray ciwa;
        for (int i = 0; i < 20; ++i)
            ciwa.append(i % 3);
        QJsonObject visit {{QStringLiteral("date"), QStringLiteral("2026-02-01")},
            {QStringLiteral("decision"), QStringLiteral("hold")}, {QStringLiteral("ciwa_b"), ciwa},
            {QStringLiteral("vitals"), QJsonObject {{QStringLiteral("pulse"), 90}}},
            {QStringLiteral("actual_doses"),
                QJsonArray {QJsonObject {{QStringLiteral("drug"), QStringLiteral("diazepam")},
                    {QStringLiteral("mg"), 5}, {QStringLiteral("time"), QStringLiteral("21:00")}}}},
            {QStringLiteral("notes"), QStringLiteral("worse sleep, \"rebound\"")}};
        const QString file = write(QStringLiteral("visit.json"), QJsonDocument(visit).toJson());
        QCOMPARE(db(path, {QStringLiteral("visits"), QStringLiteral("add"), QStringLiteral("V1"), file}).code, 0);

        Run r = db(path,
            {QStringLiteral("visits"), QStringLiteral("list"), QStringLiteral("V1"), QStringLiteral("--format"),
                QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        const QJsonObject got = QJsonDocument::fromJson(r.out).array().at(0).toObject();
        QCOMPARE(got.value(QStringLiteral("ciwa_b")).toArray(), ciwa);
        QCOMPARE(got.value(QStringLiteral("ciwa_b_score")).toObject().value(QStringLiteral("total")).toInt(), 19);
        QCOMPARE(got.value(QStringLiteral("ciwa_b_score")).toObject().value(QStringLiteral("band")).toString(),
            QStringLiteral("mild"));
        QCOMPARE(got.value(QStringLiteral("decision")).toString(), QStringLiteral("hold"));
        r = db(path,
            {QStringLiteral("visits"), QStringLiteral("list"), QStringLiteral("V1"), QStringLiteral("--format"),
                QStringLiteral("csv")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("date,decision,"));
        QVERIFY(r.out.contains("\"worse sleep, \"\"rebound\"\"\""));

        visit.insert(QStringLiteral("bwsq"), QJsonArray {1, 2, 3});
        r = db(path,
            {QStringLiteral("visits"), QStringLiteral("add"), QStringLiteral("V1"),
                write(QStringLiteral("bad-visit.json"), QJsonDocument(visit).toJson())});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("bwsq"), r.err.constData());
        visit.remove(QStringLiteral("bwsq"));
        visit.insert(QStringLiteral("plan"), 77);
        r = db(path,
            {QStringLiteral("visits"), QStringLiteral("add"), QStringLiteral("V1"),
                write(QStringLiteral("bad-visit2.json"), QJsonDocument(visit).toJson())});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("plan"), r.err.constData());
        r = db(path, {QStringLiteral("visits"), QStringLiteral("list"), QStringLiteral("V1")});
        QCOMPARE(r.out.count('\n'), 1);
    }

    void exportImport()
    {
        const QString from = newDb();
        QCOMPARE(db(from,
                     {QStringLiteral("patients"), QStringLiteral("add"), QStringLiteral("--id"), QStringLiteral("E1"),
                         QStringLiteral("--name"), QStringLiteral("李雷")})
                     .code,
            0);
        QCOMPARE(db(from,
                     {QStringLiteral("plans"), QStringLiteral("save"), QStringLiteral("E1"),
                         write(QStringLiteral("e.plan.json"), plan(4))})
                     .code,
            0);
        const QString json = m_dir.filePath(QStringLiteral("e1.json"));
        QCOMPARE(db(from,
                     {QStringLiteral("patients"), QStringLiteral("export"), QStringLiteral("E1"), QStringLiteral("-o"),
                         json})
                     .code,
            0);

        const QString to = newDb();
        QCOMPARE(db(to, {QStringLiteral("patients"), QStringLiteral("import"), json}).code, 0);
        Run r = db(to,
            {QStringLiteral("plans"), QStringLiteral("list"), QStringLiteral("E1"), QStringLiteral("--format"),
                QStringLiteral("json")});
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 1);
        r = db(to, {QStringLiteral("patients"), QStringLiteral("import"), json});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("patient.identifier"));

        QJsonObject doc = QJsonDocument::fromJson([&] {
            QFile f(json);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }())
                              .object();
        QJsonObject patient = doc.value(QStringLiteral("patient")).toObject();
        patient.insert(QStringLiteral("identifier"), QStringLiteral("E2"));
        patient.insert(QStringLiteral("sex"), QStringLiteral("unsure"));
        doc.insert(QStringLiteral("patient"), patient);
        r = db(to,
            {QStringLiteral("patients"), QStringLiteral("import"),
                write(QStringLiteral("e2.json"), QJsonDocument(doc).toJson())});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("patient.sex"));
        QCOMPARE(db(to, {QStringLiteral("patients"), QStringLiteral("list")}).out.count('\n'), 1);
    }

    void backupRestore()
    {
        const QString path = newDb();
        QCOMPARE(db(path,
                     {QStringLiteral("patients"), QStringLiteral("add"), QStringLiteral("--id"), QStringLiteral("B1"),
                         QStringLiteral("--name"), QStringLiteral("Before")})
                     .code,
            0);
        const QString copy = m_dir.filePath(QStringLiteral("copy.sqlite"));
        Run r = db(path, {QStringLiteral("db"), QStringLiteral("backup"), copy});
        QCOMPARE(r.code, 0);
        QVERIFY(QFileInfo::exists(copy));
        QCOMPARE(db(path, {QStringLiteral("db"), QStringLiteral("backup"), copy}).code, 2); // never overwritten
        QCOMPARE(db(path,
                     {QStringLiteral("patients"), QStringLiteral("add"), QStringLiteral("--id"), QStringLiteral("B2"),
                         QStringLiteral("--name"), QStringLiteral("After")})
                     .code,
            0);
        r = db(path, {QStringLiteral("db"), QStringLiteral("restore"), copy});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("kept as"));
        QCOMPARE(db(path, {QStringLiteral("patients"), QStringLiteral("list")}).out.count('\n'), 1);
        const QString autoDir = m_dir.filePath(QStringLiteral("auto"));
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(db(path,
                         {QStringLiteral("db"), QStringLiteral("backup"), QStringLiteral("--auto"), autoDir,
                             QStringLiteral("--keep"), QStringLiteral("2")})
                         .code,
                0);
            QTest::qWait(5);
        }
        QCOMPARE(QDir(autoDir).entryList(QDir::Files).size(), 2);
    }

    void checkFailsForDamagedOrNewerFiles()
    {
        const QString damaged = newDb();
        for (int i = 0; i < 30; ++i)
            db(damaged,
                {QStringLiteral("patients"), QStringLiteral("add"), QStringLiteral("--id"),
                    QStringLiteral("D%1").arg(i), QStringLiteral("--name"), QString(200, QLatin1Char('d'))});
        {
            QFile f(damaged);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(2 * 4096);
            f.write(QByteArray(4096, '\x5a'));
        }
        QByteArray before = hash(damaged);
        Run r = db(damaged, {QStringLiteral("db"), QStringLiteral("check")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("damaged"));
        QCOMPARE(hash(damaged), before);
        QCOMPARE(db(damaged, {QStringLiteral("patients"), QStringLiteral("list")}).code, 1);
        QCOMPARE(hash(damaged), before);

        const QString junk = write(QStringLiteral("junk.sqlite"), QByteArray("not a database at all\n").repeated(300));
        before = hash(junk);
        QCOMPARE(db(junk, {QStringLiteral("db"), QStringLiteral("check")}).code, 1);
        QCOMPARE(db(junk, {QStringLiteral("db"), QStringLiteral("init")}).code, 1);
        QCOMPARE(hash(junk), before);
    }
};

QTEST_GUILESS_MAIN(TestCliStore)
#include "tst_cli_store.moc"
