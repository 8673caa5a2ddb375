// startup_to_window: from starting the real `lento` program to its first painted window, with a
// 10,000-patient database (goal ≤ 1.5 s). The database is generated once through the Store API
// and kept in the temporary folder for later runs; each sample launches
// `lento --db FILE --quit-after-first-paint` (offscreen unless QT_QPA_PLATFORM says otherwise)
// and times it until it exits. LENTO_APP overrides the program's path.
#include "benchharness.h"

#include "store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

namespace {

constexpr int kPatients = 10000;

QString lentoPath()
{
    const QString overridden = qEnvironmentVariable("LENTO_APP");
    if (!overridden.isEmpty())
        return overridden;
    // lento-bench-ui lives in <build>/tests, the window in <build>/app.
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../app/lento"));
}

// A store with kPatients patients (names from a small pool, each with a medication), made once.
QString patientStore(QString *error)
{
    const QString path = QDir::temp().filePath(QStringLiteral("lento-bench-startup-%1-v%2.sqlite")
                                                   .arg(kPatients)
                                                   .arg(lento::store::Store::latestSchemaVersion()));
    {
        lento::store::Store store;
        lento::store::OpenOptions options;
        options.create = false;
        options.readOnly = true;
        if (QFileInfo::exists(path) && store.open(path, options).ok()) {
            const auto all = store.searchPatients(QString(), kPatients + 1);
            if (all.ok() && all->size() == kPatients)
                return path;
        }
    }
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);

    std::printf("    generating %d patients in %s ...\n", kPatients, qPrintable(path));
    std::fflush(stdout);
    QElapsedTimer timer;
    timer.start();
    lento::store::Store store;
    const auto opened = store.open(path);
    if (!opened.ok()) {
        *error = opened.error().text();
        return {};
    }
    static const char *given[] = {"Mary", "John", "Wei", "Fang", "Aisha", "Carlos", "Olga", "Hiroshi", "Priya", "Tom",
        "Li", "Emma", "Noah", "Sara", "Jun", "Ana"};
    static const char *family[] = {"Smith", "Chen", "Wang", "Garcia", "Ivanova", "Tanaka", "Patel", "Brown", "Zhang",
        "Müller", "Okafor", "Liu", "Nguyen", "Kowalski", "Silva", "Khan"};
    static const char *drugs[] = {"alprazolam", "diazepam", "clonazepam", "lorazepam", "zolpidem"};
    QRandomGenerator random(20250101);
    for (int i = 0; i < kPatients; ++i) {
        lento::store::PatientRecord p;
        p.identifier = QStringLiteral("P%1").arg(i + 1, 6, 10, QLatin1Char('0'));
        p.name = QString::fromUtf8(given[random.bounded(16)]) + QLatin1Char(' ')
            + QString::fromUtf8(family[random.bounded(16)]);
        p.dateOfBirth = QDate(1930 + random.bounded(75), 1 + random.bounded(12), 1 + random.bounded(28));
        p.weight = lento::Kilograms(45.0 + random.bounded(60));
        p.risks.priorAbruptWithdrawals = random.bounded(3);
        const auto added = store.addPatient(p);
        if (!added.ok()) {
            *error = added.error().text();
            return {};
        }
        lento::store::MedicationRecord m;
        m.patientId = added->id;
        m.drug = QString::fromLatin1(drugs[random.bounded(5)]);
        m.regimen = QStringLiteral("1 mg 08:00, 1 mg 22:00");
        if (const auto med = store.addMedication(m); !med.ok()) {
            *error = med.error().text();
            return {};
        }
    }
    std::printf("    generated in %.1f s\n", double(timer.elapsed()) / 1000.0);
    return path;
}

} // namespace

LENTO_BENCH(startup_to_window, 1500)
{
    QString error;
    const QString store = patientStore(&error);
    if (store.isEmpty()) {
        bench.setNote(QStringLiteral("cannot build the patient store: ") + error);
        return;
    }
    const QString program = lentoPath();
    if (!QFileInfo(program).isExecutable()) {
        bench.setNote(QStringLiteral("no lento program at ") + program + QStringLiteral(" (build the lento target)"));
        return;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("qt.qpa.*=false"));

    QString reported;
    for (int run = 0; run < 7; ++run) {
        QProcess process;
        process.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        process.start(program, {QStringLiteral("--db"), store, QStringLiteral("--quit-after-first-paint")});
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0) {
            bench.setNote(
                QStringLiteral("lento failed: ") + QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
            process.kill();
            return;
        }
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        const QString out = QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
        if (!out.startsWith(QLatin1String("first paint"))) {
            bench.setNote(QStringLiteral("lento did not report its first paint"));
            return;
        }
        if (run == 0)
            continue; // the first launch warms the file cache
        bench.addSample(ms);
        reported = out;
    }
    bench.setNote(QStringLiteral("%1 patients; last run's own figure: %2").arg(kPatients).arg(reported));
}
