// lento-cli against hostile or broken input and surroundings: output paths that are devices or
// folders, interrupted and damaged backups, an empty --db, absurd numbers, documents the store
// must refuse like `check` does, spreadsheet formulas and terminal escapes in exports, read-only
// and full disks, file-size limits, resource limits, repeated JSON keys and archived patients.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

class TestCliReliability : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1; // -1: ended by a signal
        QByteArray out, err;
    };

    QTemporaryDir m_dir;
    int m_counter = 0;

    static Run cli(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(LENTO_CLI_PATH), args);
        if (!p.waitForFinished(120000))
            qFatal("lento-cli did not finish");
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
    }

    // Runs through /bin/sh so a limit (ulimit) applies to lento-cli alone.
    static Run shell(const QString &script)
    {
        QProcess p;
        p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
        if (!p.waitForFinished(120000))
            qFatal("sh did not finish");
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString write(const QString &name, const QByteArray &content)
    {
        QFile f(path(name));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(name));
        f.write(content);
        return path(name);
    }

    QString newDb()
    {
        const QString db = path(QStringLiteral("rel-%1.sqlite").arg(++m_counter));
        const Run r = cli({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), db});
        if (r.code != 0)
            qWarning("db init failed: %s", r.err.constData());
        return db;
    }

    static Run onDb(const QString &db, QStringList args)
    {
        args << QStringLiteral("--db") << db;
        return cli(args);
    }

    static QByteArray plan(
        const QString &patient = {}, const QString &model = {}, const QString &mg = QStringLiteral("10"))
    {
        QString doc = QStringLiteral("{\"format\": \"lento-plan/1\", \"title\": \"Diazepam\", \"start_date\": "
                                     "\"2026-12-01\", ");
        if (!patient.isEmpty())
            doc += QStringLiteral("\"patient\": {%1}, ").arg(patient);
        if (!model.isEmpty())
            doc += QStringLiteral("\"model\": {%1}, ").arg(model);
        doc += QStringLiteral("\"current\": [{\"drug\": \"diazepam\", \"time\": \"08:00\", \"mg\": %1}], "
                              "\"steps\": [{\"day\": 0, \"doses\": [{\"drug\": \"diazepam\", \"time\": "
                              "\"08:00\", \"mg\": 9}]}, {\"day\": 14, \"doses\": []}]}\n")
                   .arg(mg);
        return doc.toUtf8();
    }

    QString addPatient(const QString &db, const QString &id, const QStringList &more = {})
    {
        const Run r = onDb(db,
            QStringList {QStringLiteral("patients"), QStringLiteral("add"), QStringLiteral("--id"), id,
                QStringLiteral("--name"), QStringLiteral("Test Patient")}
                + more);
        if (r.code != 0)
            qWarning("patients add failed: %s", r.err.constData());
        return id;
    }

    static bool isPrivate(const QString &file)
    {
        return (QFileInfo(file).permissions()
                   & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                       | QFileDevice::WriteOther))
            == QFileDevice::Permissions();
    }

private Q_SLOTS:
    // 1. -o never replaces a device, pipe or folder (as root a writer replaced /dev/null); new
    //    files are 0600; "-o -" is standard output.
    void outputRefusesWhatIsNotARegularFile()
    {
        const QString planFile = write(QStringLiteral("out-plan.json"), plan());
        const QString fifo = path(QStringLiteral("a-fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const QString link = path(QStringLiteral("link-to-fifo"));
        QVERIFY(QFile::link(fifo, link));
        const QString folder = path(QStringLiteral("a-folder"));
        QVERIFY(QDir().mkpath(folder));

        const QString db = newDb();
        addPatient(db, QStringLiteral("OUT-1"));
        QCOMPARE(
            onDb(db, {QStringLiteral("plans"), QStringLiteral("save"), QStringLiteral("OUT-1"), planFile}).code, 0);

        const QList<QStringList> commands {{QStringLiteral("check"), planFile},
            {QStringLiteral("simulate"), planFile, QStringLiteral("--days"), QStringLiteral("2")},
            {QStringLiteral("plan"), QStringLiteral("--current"), QStringLiteral("diazepam:10@08:00")},
            {QStringLiteral("plans"), QStringLiteral("get"), QStringLiteral("OUT-1"), QStringLiteral("--db"), db},
            {QStringLiteral("patients"), QStringLiteral("export"), QStringLiteral("OUT-1"), QStringLiteral("--db"),
                db}};
        for (const QStringList &command : commands) {
            for (const QString &target : {fifo, link, folder}) {
                const Run r = cli(command + QStringList {QStringLiteral("-o"), target});
                QVERIFY2(r.code != 0, qPrintable(command.join(QLatin1Char(' ')) + QStringLiteral(" -o ") + target));
                QVERIFY2(r.err.contains("not a regular file") || r.err.contains("is a folder"), r.err.constData());
                QCOMPARE(r.err.count('\n'), 1);
            }
            struct stat st
            {
            };
            QCOMPARE(::lstat(QFile::encodeName(fifo).constData(), &st), 0);
            QVERIFY2(S_ISFIFO(st.st_mode), qPrintable(command.join(QLatin1Char(' '))));
            QVERIFY(QFileInfo(folder).isDir());

            const QString file = path(QStringLiteral("out-%1.dat").arg(++m_counter));
            const Run written = cli(command + QStringList {QStringLiteral("-o"), file});
            QVERIFY2(written.code == 0, written.err.constData());
            QVERIFY2(isPrivate(file), qPrintable(command.join(QLatin1Char(' '))));
            const Run toStdout = cli(command + QStringList {QStringLiteral("-o"), QStringLiteral("-")});
            QCOMPARE(toStdout.code, 0);
            QVERIFY(!toStdout.out.isEmpty());
            QVERIFY(!QFileInfo::exists(QStringLiteral("-")));
        }
        // The handout refuses the same way.
        // (The plan stops abruptly, a critical finding: accepted here, as the output is under test.)
        const Run handout = cli(
            {QStringLiteral("handout"), planFile, QStringLiteral("--accept-critical"), QStringLiteral("-o"), fifo});
        QVERIFY(handout.code != 0);
        QVERIFY2(handout.err.contains("not a regular file"), handout.err.constData());
        const QString pdf = path(QStringLiteral("handout.pdf"));
        QCOMPARE(
            cli({QStringLiteral("handout"), planFile, QStringLiteral("--accept-critical"), QStringLiteral("-o"), pdf})
                .code,
            0);
        QVERIFY(isPrivate(pdf));
    }

    // 2. A backup stopped by the file-size limit leaves nothing under its name; rotation keeps
    //    checked copies and drops a damaged file that only looks like a newer copy.
    void backupsAreCheckedBeforeTheyGetTheirName()
    {
        const QString db = newDb();
        for (int i = 0; i < 40; ++i)
            addPatient(db, QStringLiteral("BK-%1").arg(i), {QStringLiteral("--notes"), QString(400, QLatin1Char('n'))});
        QVERIFY(QFileInfo(db).size() > 32 * 1024);
        const QString target = path(QStringLiteral("limited-backup.sqlite"));
        const Run limited = shell(QStringLiteral("ulimit -f 16; exec '%1' db backup '%2' --db '%3'")
                                      .arg(QStringLiteral(LENTO_CLI_PATH), target, db));
        QVERIFY2(limited.code == 1, limited.err.constData()); // not killed by SIGXFSZ
        QVERIFY2(limited.err.contains("ulimit -f"), limited.err.constData());
        QVERIFY(!QFileInfo::exists(target));

        const QString dir = path(QStringLiteral("auto"));
        QVERIFY(QDir().mkpath(dir));
        const QString broken = QDir(dir).filePath(QStringLiteral("lento-20991231-235959-999.sqlite"));
        QFile original(db);
        QVERIFY(original.open(QIODevice::ReadOnly));
        write(QStringLiteral("auto/lento-20991231-235959-999.sqlite"), original.read(4096)); // a cut-off copy
        const Run made = onDb(db,
            {QStringLiteral("db"), QStringLiteral("backup"), QStringLiteral("--auto"), dir, QStringLiteral("--keep"),
                QStringLiteral("1")});
        QVERIFY2(made.code == 0, made.err.constData());
        const QString copy = QString::fromUtf8(made.out).trimmed();
        QVERIFY2(QFileInfo::exists(copy), qPrintable(copy));
        QVERIFY(!QFileInfo::exists(broken));
        QCOMPARE(cli({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"), copy}).code, 0);
        QCOMPARE(QDir(dir).entryList({QStringLiteral("*.sqlite*")}, QDir::Files | QDir::Hidden),
            QStringList {QFileInfo(copy).fileName()}); // no unfinished copy left either
    }

    // 3. An empty --db (a script's unset variable) is refused, never the default store.
    void emptyDbIsBadInput()
    {
        for (const QStringList &args : QList<QStringList> {{QStringLiteral("patients"), QStringLiteral("list")},
                 {QStringLiteral("patients"), QStringLiteral("add"), QStringLiteral("--id"), QStringLiteral("E-1"),
                     QStringLiteral("--name"), QStringLiteral("E")},
                 {QStringLiteral("db"), QStringLiteral("init")},
                 {QStringLiteral("db"), QStringLiteral("restore"), path(QStringLiteral("nothing.sqlite"))}}) {
            const Run r = cli(args + QStringList {QStringLiteral("--db"), QString()});
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.startsWith("lento-cli: --db: empty"), r.err.constData());
        }
    }

    // 4. Absurd numbers are refused where they are read, naming the value; the largest accepted
    //    ones give finite output.
    void absurdNumbersAreRefused()
    {
        const QList<QByteArray> bad {plan(QStringLiteral("\"half_life_multiplier\": 1e300")),
            plan({}, QStringLiteral("\"hill\": 1e300")), plan({}, QStringLiteral("\"tau_r_days\": 1e12")),
            plan({}, QStringLiteral("\"l50_mg\": 1e308")), plan({}, {}, QStringLiteral("1e308"))};
        for (const QByteArray &doc : bad) {
            const QString file = write(QStringLiteral("absurd.json"), doc);
            for (const QString &verb : {QStringLiteral("check"), QStringLiteral("simulate")}) {
                const Run r = cli({verb, file});
                QCOMPARE(r.code, 2);
                QVERIFY2(r.err.contains("must be at most"), r.err.constData());
            }
        }
        QByteArray override = plan();
        override.replace("\"current\"", "\"drugs\": {\"diazepam\": {\"half_life_h\": 1e300}}, \"current\"");
        const Run o = cli({QStringLiteral("check"), write(QStringLiteral("override.json"), override)});
        QCOMPARE(o.code, 2);
        QVERIFY2(o.err.contains("drugs.diazepam.half_life_h: must be at most"), o.err.constData());

        QElapsedTimer clock;
        clock.start();
        const Run huge
            = cli({QStringLiteral("plan"), QStringLiteral("--current"), QStringLiteral("alprazolam:1e9@08:00")});
        QCOMPARE(huge.code, 2);
        QVERIFY2(huge.err.contains("at most 1000 mg"), huge.err.constData());
        QVERIFY(clock.elapsed() < 10000);

        const QString edge = write(QStringLiteral("edge.json"),
            plan(QStringLiteral("\"half_life_multiplier\": 10"), QStringLiteral("\"hill\": 20, \"l50_mg\": 10000"),
                QStringLiteral("1000")));
        const Run sim = cli({QStringLiteral("simulate"), edge});
        QVERIFY2(sim.code == 0, sim.err.constData());
        QJsonParseError error;
        QJsonDocument::fromJson(sim.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(!sim.out.contains("inf") && !sim.out.contains("nan"));
    }

    // 5. What check refuses is not stored, by plans save or by patients import.
    void storeRefusesWhatCheckRefuses()
    {
        const QString db = newDb();
        addPatient(db, QStringLiteral("ST-1"));
        QByteArray unknown = plan();
        unknown.replace("\"drug\": \"diazepam\"", "\"drug\": \"nosuchdrug\"");
        QByteArray zeroHalfLife = plan();
        zeroHalfLife.replace("\"current\"", "\"drugs\": {\"diazepam\": {\"half_life_h\": 0}}, \"current\"");
        for (const QByteArray &doc : {unknown, zeroHalfLife}) {
            const QString file = write(QStringLiteral("refused.json"), doc);
            QCOMPARE(cli({QStringLiteral("check"), file}).code, 2);
            const Run saved = onDb(db, {QStringLiteral("plans"), QStringLiteral("save"), QStringLiteral("ST-1"), file});
            QCOMPARE(saved.code, 2);
            QVERIFY2(saved.err.startsWith("lento-cli: " + file.toUtf8() + ": "), saved.err.constData());

            QJsonObject record {{QStringLiteral("format"), QStringLiteral("lento-patient/1")},
                {QStringLiteral("patient"),
                    QJsonObject {{QStringLiteral("identifier"), QStringLiteral("ST-2")},
                        {QStringLiteral("name"), QStringLiteral("Imported")}}},
                {QStringLiteral("plans"),
                    QJsonArray {QJsonObject {{QStringLiteral("status"), QStringLiteral("draft")},
                        {QStringLiteral("versions"),
                            QJsonArray {
                                QJsonObject {{QStringLiteral("plan"), QJsonDocument::fromJson(doc).object()}}}}}}}};
            const QString import = write(QStringLiteral("import.json"), QJsonDocument(record).toJson());
            const Run imported = onDb(db, {QStringLiteral("patients"), QStringLiteral("import"), import});
            QCOMPARE(imported.code, 2);
            QVERIFY2(imported.err.contains("plans[0].versions[0].plan."), imported.err.constData());
        }
        const Run listed = onDb(db,
            {QStringLiteral("plans"), QStringLiteral("list"), QStringLiteral("ST-1"), QStringLiteral("--format"),
                QStringLiteral("json")});
        QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 0);
    }

    // 6. Exports: formulas neutralised in CSV, escapes kept off the terminal, files 0600, and an
    //    existing database keeps its permissions.
    void exportsAreSafe()
    {
        const QString db = newDb();
        addPatient(db, QStringLiteral("EX-1"),
            {QStringLiteral("--notes"), QStringLiteral("calm\x1b]0;owned\x07\x1b[2Jnote\xc2\x9b")});
        const QJsonObject visit {{QStringLiteral("date"), QStringLiteral("2026-12-15")},
            {QStringLiteral("decision"), QStringLiteral("continue")},
            {QStringLiteral("notes"), QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")}};
        QCOMPARE(onDb(db,
                     {QStringLiteral("visits"), QStringLiteral("add"), QStringLiteral("EX-1"),
                         write(QStringLiteral("visit.json"), QJsonDocument(visit).toJson())})
                     .code,
            0);
        const Run csv = onDb(db,
            {QStringLiteral("visits"), QStringLiteral("list"), QStringLiteral("EX-1"), QStringLiteral("--format"),
                QStringLiteral("csv")});
        QCOMPARE(csv.code, 0);
        QVERIFY2(csv.out.contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\","), csv.out.constData());

        const Run shown = onDb(db, {QStringLiteral("patients"), QStringLiteral("show"), QStringLiteral("EX-1")});
        QCOMPARE(shown.code, 0);
        QVERIFY(shown.out.contains("calm"));
        QVERIFY2(!shown.out.contains('\x1b') && !shown.out.contains('\x07') && !shown.out.contains("\xc2\x9b"),
            shown.out.constData());

        const QString exported = path(QStringLiteral("export.json"));
        QCOMPARE(onDb(db,
                     {QStringLiteral("patients"), QStringLiteral("export"), QStringLiteral("EX-1"),
                         QStringLiteral("-o"), exported})
                     .code,
            0);
        QVERIFY(isPrivate(exported));

        // A database the user made 0644 keeps its mode through an upgrade of its schema.
        const QString old = path(QStringLiteral("schema-1-0644.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(LENTO_TEST_DATA "/store/schema-1.sqlite"), old));
        QVERIFY(QFile::setPermissions(
            old, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const Run upgraded = onDb(old, {QStringLiteral("db"), QStringLiteral("init")});
        QVERIFY2(upgraded.code == 0 && upgraded.out.contains("upgraded"), upgraded.err.constData());
        QVERIFY(QFileInfo(old).permissions().testFlag(QFileDevice::ReadOther));
        QVERIFY(!QFileInfo(old).permissions().testFlag(QFileDevice::WriteOther));
    }

    // 7. An empty file is not set up by a write; a read-only or full disk still allows reads.
    void unusualFilesAndDisks()
    {
        const QString empty = write(QStringLiteral("empty.sqlite"), QByteArray());
        const Run add = onDb(empty,
            {QStringLiteral("patients"), QStringLiteral("add"), QStringLiteral("--id"), QStringLiteral("Z-1"),
                QStringLiteral("--name"), QStringLiteral("Z")});
        QCOMPARE(add.code, 2);
        QVERIFY2(add.err.contains("empty file"), add.err.constData());
        QCOMPARE(QFileInfo(empty).size(), 0);

        // Needs a file system of its own (root in a test container); skipped elsewhere.
        const QString mount = path(QStringLiteral("mnt"));
        QVERIFY(QDir().mkpath(mount));
        if (::geteuid() != 0
            || QProcess::execute(QStringLiteral("mount"),
                   {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=2m"),
                       QStringLiteral("tmpfs"), mount})
                != 0)
            QSKIP("cannot mount a small file system here");
        auto unmount = qScopeGuard([&] { QProcess::execute(QStringLiteral("umount"), {mount}); });
        const QString db = QDir(mount).filePath(QStringLiteral("store.sqlite"));
        QCOMPARE(cli({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), db}).code, 0);
        addPatient(db, QStringLiteral("RO-1"));

        // Full: reads work, the failed write says so.
        QProcess::execute(QStringLiteral("sh"),
            {QStringLiteral("-c"), QStringLiteral("cat /dev/zero > '%1/filler' 2>/dev/null; true").arg(mount)});
        const Run fullList = onDb(db, {QStringLiteral("patients"), QStringLiteral("list")});
        QVERIFY2(fullList.code == 0 && fullList.out.contains("RO-1"), fullList.err.constData());
        QFile::remove(QDir(mount).filePath(QStringLiteral("filler")));

        QCOMPARE(
            QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,ro"), mount}), 0);
        const Run roList = onDb(db, {QStringLiteral("patients"), QStringLiteral("list")});
        QVERIFY2(roList.code == 0 && roList.out.contains("RO-1"), roList.err.constData());
        const Run roAdd = onDb(db,
            {QStringLiteral("patients"), QStringLiteral("add"), QStringLiteral("--id"), QStringLiteral("RO-2"),
                QStringLiteral("--name"), QStringLiteral("R")});
        QCOMPARE(roAdd.code, 1);
        QVERIFY2(roAdd.err.contains("read-only"), roAdd.err.constData());
    }

    // 8. Resource limits are refused early, naming the limit.
    void resourceLimitsAreRefusedEarly()
    {
        QStringList products;
        for (int i = 0; i < 2000; ++i)
            products << QStringLiteral("tablet:%1").arg(1 + i % 10);
        QElapsedTimer clock;
        clock.start();
        const Run many = cli({QStringLiteral("plan"), QStringLiteral("--current"), QStringLiteral("diazepam:10@08:00"),
            QStringLiteral("--products"), products.join(QLatin1Char(','))});
        QCOMPARE(many.code, 2);
        QVERIFY2(many.err.contains("at most 50 products"), many.err.constData());
        QVERIFY(clock.elapsed() < 10000);

        QByteArray titled = plan();
        titled.replace("\"Diazepam\"", "\"" + QByteArray(600, 'T') + "\"");
        const Run title = cli({QStringLiteral("check"), write(QStringLiteral("title.json"), titled)});
        QCOMPARE(title.code, 2);
        QVERIFY2(title.err.contains("title: at most 500 characters"), title.err.constData());

        QByteArray big = "{\"format\": \"lento-plan/1\", \"current\": [], \"steps\": [";
        for (int i = 0; i < 1000000; ++i)
            big += "{\"day\":" + QByteArray::number(i) + ",\"doses\":[]},";
        big.chop(1);
        big += "]}";
        const Run steps = cli({QStringLiteral("check"), write(QStringLiteral("steps.json"), big)});
        QCOMPARE(steps.code, 2);
        QVERIFY2(steps.err.contains("at most 8388608 bytes"), steps.err.constData());

        const Run samples = cli({QStringLiteral("simulate"), write(QStringLiteral("s.json"), plan()),
            QStringLiteral("--days"), QStringLiteral("3650"), QStringLiteral("--step-minutes"), QStringLiteral("1")});
        QCOMPARE(samples.code, 2);
        QVERIFY2(samples.err.contains("at most 1000000"), samples.err.constData());

        QString doses;
        for (int i = 0; i < 10; ++i)
            doses += QStringLiteral("{\"drug\": \"diazepam\", \"time\": \"%1:00\", \"mg\": 1},")
                         .arg(10 + i, 2, 10, QLatin1Char('0'));
        doses.chop(1);
        const QByteArray longPlan = QStringLiteral("{\"format\": \"lento-plan/1\", \"start_date\": \"2026-12-01\", "
                                                   "\"current\": [%1], \"steps\": [{\"day\": 0, \"doses\": [%1]}, "
                                                   "{\"day\": 20000, \"doses\": []}]}")
                                        .arg(doses)
                                        .toUtf8();
        clock.restart();
        const Run handout = cli({QStringLiteral("handout"), write(QStringLiteral("long.json"), longPlan),
            QStringLiteral("--accept-critical"), QStringLiteral("-o"), path(QStringLiteral("long.pdf"))});
        QCOMPARE(handout.code, 2);
        QVERIFY2(handout.err.contains("at most 20000"), handout.err.constData());
        QVERIFY(clock.elapsed() < 20000);
    }

    // 9. Messages name the file, say what is wrong, and do not echo a patient identifier.
    void messagesSayWhatIsWrong()
    {
        const QString db = newDb();
        addPatient(db, QStringLiteral("MS-1"));
        const QString broken = write(QStringLiteral("broken-plan.json"), "{\"format\": ");
        const Run save = onDb(db, {QStringLiteral("plans"), QStringLiteral("save"), QStringLiteral("MS-1"), broken});
        QCOMPARE(save.code, 2);
        QVERIFY2(save.err.contains("broken-plan.json: not valid JSON"), save.err.constData());

        const Run visit = onDb(db,
            {QStringLiteral("visits"), QStringLiteral("add"), QStringLiteral("MS-1"),
                write(QStringLiteral("array-visit.json"), "[1,2]")});
        QCOMPARE(visit.code, 2);
        QVERIFY2(visit.err.contains("must be one JSON object") && !visit.err.contains("no error occurred"),
            visit.err.constData());

        const Run huge = cli({QStringLiteral("plan"), QStringLiteral("--current"),
            QStringLiteral("clonazepam:1000@08:00"), QStringLiteral("--switch-to"), QStringLiteral("diazepam")});
        QCOMPARE(huge.code, 2);
        QVERIFY2(huge.err.contains("Lento plans at most 1000 mg per dose") && !huge.err.contains("rounds to nothing"),
            huge.err.constData());

        const Run handout = cli({QStringLiteral("handout"), write(QStringLiteral("h.json"), plan()),
            QStringLiteral("--patient"), QStringLiteral("SECRET-ID-7731"), QStringLiteral("--db"), db,
            QStringLiteral("-o"), path(QStringLiteral("h.pdf"))});
        QCOMPARE(handout.code, 2);
        QVERIFY2(handout.err.contains("no patient with that identifier"), handout.err.constData());
        QVERIFY(!handout.err.contains("SECRET-ID-7731"));
    }

    // 10. Repeated keys are refused, naming the key; an archived patient takes no new plans or
    //     visits until restored.
    void duplicateKeysAndArchivedPatients()
    {
        QByteArray twice = plan();
        twice.replace("\"mg\": 10", "\"mg\": -1, \"mg\": 10");
        const Run r = cli({QStringLiteral("check"), write(QStringLiteral("twice.json"), twice)});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("current[0].mg: written more than once"), r.err.constData());
        const Run v = cli({QStringLiteral("visits"), QStringLiteral("add"), QStringLiteral("X"),
            write(QStringLiteral("twice-visit.json"),
                "{\"date\": \"2026-12-15\", \"decision\": \"continue\", \"decision\": \"stop\"}"),
            QStringLiteral("--db"), newDb()});
        QCOMPARE(v.code, 2);
        QVERIFY2(v.err.contains("decision: written more than once"), v.err.constData());

        const QString db = newDb();
        addPatient(db, QStringLiteral("AR-1"));
        QCOMPARE(onDb(db, {QStringLiteral("patients"), QStringLiteral("archive"), QStringLiteral("AR-1")}).code, 0);
        const QString planFile = write(QStringLiteral("archived-plan.json"), plan());
        const Run save = onDb(db, {QStringLiteral("plans"), QStringLiteral("save"), QStringLiteral("AR-1"), planFile});
        QCOMPARE(save.code, 2);
        QVERIFY2(save.err.contains("archived"), save.err.constData());
        const QString visitFile
            = write(QStringLiteral("archived-visit.json"), "{\"date\": \"2026-12-15\", \"decision\": \"continue\"}");
        const Run visit
            = onDb(db, {QStringLiteral("visits"), QStringLiteral("add"), QStringLiteral("AR-1"), visitFile});
        QCOMPARE(visit.code, 2);
        QVERIFY2(visit.err.contains("archived"), visit.err.constData());
        QCOMPARE(onDb(db, {QStringLiteral("patients"), QStringLiteral("restore"), QStringLiteral("AR-1")}).code, 0);
        QCOMPARE(onDb(db, {QStringLiteral("plans"), QStringLiteral("save"), QStringLiteral("AR-1"), planFile}).code, 0);
        QCOMPARE(
            onDb(db, {QStringLiteral("visits"), QStringLiteral("add"), QStringLiteral("AR-1"), visitFile}).code, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliReliability)
#include "tst_cli_reliability.moc"
