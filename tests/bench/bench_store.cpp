// Patient store benchmarks on a generated store of 10,000 patients, 50,000 plan versions and
// 200,000 visits (goals from the store issue): opening it (with its open-time check) ≤ 300 ms, a
// name or identifier prefix search ≤ 30 ms, one patient's full history ≤ 20 ms.
// The store is generated once into the temporary folder and reused while its layout is current.
#include "benchharness.h"

#include "patientrepository.h"
#include "store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace lento;
using namespace lento::store;

namespace {

constexpr int kPatients = 10000;
constexpr int kVersionsPerPatient = 5; // two plans: 3 + 2 versions
constexpr int kVisitsPerPatient = 20;
constexpr int kGeneratorRevision = 1; // bump when the generated content changes

const char *const kFamily[] = {"Smith", "Jones", "Brown", "Taylor", "Wilson", "Evans", "Thomas", "Roberts", "Walker",
    "Wright", "Green", "Hall", "Wood", "Clarke", "Jackson", "White", "Harris", "Martin"};
const char *const kGiven[] = {"Oliver", "Amelia", "George", "Isla", "Harry", "Ava", "Jack", "Mia", "Noah", "Grace",
    "Leo", "Lily", "Oscar", "Emily", "Arthur", "Sophia", "Henry", "Ella"};
const char16_t *const kChinese[] = {u"王伟", u"李娜", u"张敏", u"刘洋", u"陈静", u"杨磊", u"黄丽", u"赵强"};

QString storePath()
{
    return QDir(QDir::tempPath())
        .filePath(QStringLiteral("lento-bench-store-s%1-g%2.sqlite")
                      .arg(Store::latestSchemaVersion())
                      .arg(kGeneratorRevision));
}

QString patientName(int i)
{
    if (i % 5 == 0)
        return QString::fromUtf16(kChinese[(i / 5) % std::size(kChinese)]) + QString::number(i % 97);
    return QString::fromLatin1(kGiven[i % std::size(kGiven)]) + QLatin1Char(' ')
        + QString::fromLatin1(kFamily[(i / 7) % std::size(kFamily)]) + QString::number(i % 13);
}

// A realistic plan document: 10 % reductions every two weeks, about 20 steps.
QString planDocument(int patient, int version)
{
    QJsonArray steps;
    double mg = 20.0 - version;
    for (int s = 0; s < 20; ++s) {
        steps.append(QJsonObject {{QStringLiteral("day"), s * 14},
            {QStringLiteral("doses"),
                QJsonArray {QJsonObject {{QStringLiteral("drug"), QStringLiteral("diazepam")},
                                {QStringLiteral("time"), QStringLiteral("08:00")}, {QStringLiteral("mg"), mg / 2}},
                    QJsonObject {{QStringLiteral("drug"), QStringLiteral("diazepam")},
                        {QStringLiteral("time"), QStringLiteral("22:00")}, {QStringLiteral("mg"), mg / 2}}}}});
        mg = std::round(mg * 0.9 * 2) / 2;
    }
    const QJsonObject plan {{QStringLiteral("format"), QStringLiteral("lento-plan/1")},
        {QStringLiteral("title"), QStringLiteral("Diazepam taper %1.%2").arg(patient).arg(version)},
        {QStringLiteral("start_date"), QStringLiteral("2026-01-05")},
        {QStringLiteral("current"),
            QJsonArray {QJsonObject {{QStringLiteral("drug"), QStringLiteral("diazepam")},
                {QStringLiteral("time"), QStringLiteral("08:00")}, {QStringLiteral("mg"), 10}}}},
        {QStringLiteral("steps"), steps}};
    return QString::fromUtf8(QJsonDocument(plan).toJson(QJsonDocument::Compact));
}

bool exec(QSqlQuery &q)
{
    if (q.exec())
        return true;
    qFatal("bench store generation: %s", qPrintable(q.lastError().text()));
    return false;
}

// Creates the schema through the store, then bulk-inserts rows in one transaction (the store's
// own one-transaction-per-save path would spend minutes in fsync for 260,000 records).
void generate(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    {
        Store store;
        if (!store.open(path))
            qFatal("bench store generation: cannot create %s", qPrintable(path));
    }
    const QString connection = QStringLiteral("lento-bench-generator");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("bench store generation: cannot open %s", qPrintable(path));
        QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous = OFF"));
        QSqlQuery(db).exec(QStringLiteral("BEGIN"));
        QSqlQuery patient(db), plan(db), version(db), head(db), visit(db), dose(db);
        patient.prepare(
            QStringLiteral("INSERT INTO patients (id, identifier, name, date_of_birth, sex, weight_kg, search_key, "
                           "created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        plan.prepare(QStringLiteral("INSERT INTO plans (id, patient_id, title, status, created_at, modified_at) "
                                    "VALUES (?, ?, ?, ?, ?, ?)"));
        version.prepare(
            QStringLiteral("INSERT INTO plan_versions (id, plan_id, parent_version_id, number, title, document, "
                           "author, comment, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        head.prepare(QStringLiteral("UPDATE plans SET head_version_id = ?, version_count = ? WHERE id = ?"));
        visit.prepare(
            QStringLiteral("INSERT INTO visits (id, patient_id, plan_id, visit_date, ciwa_b_items, bwsq_items, "
                           "bp_systolic, bp_diastolic, pulse, decision, notes, author, created_at, modified_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        dose.prepare(
            QStringLiteral("INSERT INTO visit_doses (visit_id, position, drug, minute_of_day, mg, from_date, to_date) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        QRandomGenerator rng(7);
        const QString now = QStringLiteral("2026-06-01T09:00:00.000Z");
        qint64 planId = 0, versionId = 0, visitId = 0;
        for (int i = 1; i <= kPatients; ++i) {
            const QString identifier = QStringLiteral("MRN-%1").arg(i, 5, 10, QLatin1Char('0'));
            const QString name = patientName(i);
            patient.addBindValue(i);
            patient.addBindValue(identifier);
            patient.addBindValue(name);
            patient.addBindValue(QDate(1940 + i % 60, 1 + i % 12, 1 + i % 28).toString(Qt::ISODate));
            patient.addBindValue(i % 2 ? QStringLiteral("female") : QStringLiteral("male"));
            patient.addBindValue(50.0 + i % 50);
            patient.addBindValue(PatientRepository::searchKey(identifier, name));
            patient.addBindValue(now);
            patient.addBindValue(now);
            exec(patient);
            qint64 firstPlan = 0;
            for (int p = 0, v = 0; p < 2; ++p) {
                const int versions = p == 0 ? 3 : kVersionsPerPatient - 3;
                plan.addBindValue(++planId);
                plan.addBindValue(i);
                plan.addBindValue(QStringLiteral("Diazepam taper"));
                plan.addBindValue(p == 0 ? QStringLiteral("active") : QStringLiteral("draft"));
                plan.addBindValue(now);
                plan.addBindValue(now);
                exec(plan);
                firstPlan = firstPlan ? firstPlan : planId;
                qint64 parent = 0;
                for (int n = 1; n <= versions; ++n, ++v) {
                    version.addBindValue(++versionId);
                    version.addBindValue(planId);
                    version.addBindValue(parent ? QVariant(parent) : QVariant(QMetaType::fromType<qint64>()));
                    version.addBindValue(n);
                    version.addBindValue(QStringLiteral("Diazepam taper"));
                    version.addBindValue(planDocument(i, v));
                    version.addBindValue(QStringLiteral("dr.bench"));
                    version.addBindValue(QStringLiteral("revision %1").arg(n));
                    version.addBindValue(now);
                    exec(version);
                    parent = versionId;
                }
                head.addBindValue(parent);
                head.addBindValue(versions);
                head.addBindValue(planId);
                exec(head);
            }
            const QDate start(2026, 1, 5);
            for (int k = 0; k < kVisitsPerPatient; ++k) {
                QStringList items;
                for (int item = 0; item < 20; ++item)
                    items.append(QString::number(rng.bounded(5)));
                const QDate date = start.addDays(14 * k);
                visit.addBindValue(++visitId);
                visit.addBindValue(i);
                visit.addBindValue(firstPlan);
                visit.addBindValue(date.toString(Qt::ISODate));
                visit.addBindValue(items.join(QLatin1Char(',')));
                visit.addBindValue(k % 4 == 0 ? QVariant(QStringLiteral("1,0,2,0,1,0,0,1,0,2,0,1,0,0,1,0,0,1,0,0"))
                                              : QVariant(QMetaType::fromType<QString>()));
                visit.addBindValue(110 + rng.bounded(40));
                visit.addBindValue(70 + rng.bounded(20));
                visit.addBindValue(60 + rng.bounded(40));
                visit.addBindValue(k % 7 == 3 ? QStringLiteral("hold") : QStringLiteral("continue"));
                visit.addBindValue(QStringLiteral("Coping; sleep a little worse this fortnight."));
                visit.addBindValue(QStringLiteral("dr.bench"));
                visit.addBindValue(now);
                visit.addBindValue(now);
                exec(visit);
                for (int d = 0; d < 2; ++d) {
                    dose.addBindValue(visitId);
                    dose.addBindValue(d);
                    dose.addBindValue(QStringLiteral("diazepam"));
                    dose.addBindValue(d == 0 ? 8 * 60 : 22 * 60);
                    dose.addBindValue(5.0);
                    dose.addBindValue(date.addDays(-14).toString(Qt::ISODate));
                    dose.addBindValue(date.addDays(-1).toString(Qt::ISODate));
                    exec(dose);
                }
            }
        }
        QSqlQuery(db).exec(QStringLiteral("COMMIT"));
        QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

// The generated store, made on first use.
const QString &benchStore()
{
    static const QString path = [] {
        const QString p = storePath();
        if (!QFile::exists(p)) {
            QElapsedTimer t;
            t.start();
            generate(p);
            std::printf("(generated %s in %.1f s)\n", qPrintable(p), t.elapsed() / 1000.0);
        }
        return p;
    }();
    return path;
}

} // namespace

LENTO_BENCH(store_open_10k, 300)
{
    const QString path = benchStore();
    bench.measure([&] {
        Store store;
        const auto info = store.open(path);
        if (!info)
            qFatal("store_open_10k: %s", qPrintable(info.error().text()));
        bench::doNotOptimize(&info);
    });
    bench.setNote(QStringLiteral("%1 MB file; quick_check of the patient-list tables included, the rest of the file "
                                 "is checked before the first write")
                      .arg(QFileInfo(path).size() / 1e6, 0, 'f', 0));
}

LENTO_BENCH(store_search_10k, 30)
{
    Store store;
    if (!store.open(benchStore()))
        qFatal("store_search_10k: cannot open the store");
    const QStringList prefixes {QStringLiteral("sm"), QStringLiteral("mrn-04"), QStringLiteral("王"),
        QStringLiteral("grace w"), QStringLiteral("o"), QStringLiteral("mrn-09999"), QStringLiteral("tay"),
        QStringLiteral("zz")};
    int i = 0;
    bench.measure(
        [&] {
            const auto found = store.searchPatients(prefixes[i++ % prefixes.size()]);
            if (!found)
                qFatal("store_search_10k: %s", qPrintable(found.error().text()));
            bench::doNotOptimize(&found);
        },
        40);
}

LENTO_BENCH(store_history_load, 20)
{
    Store store;
    if (!store.open(benchStore()))
        qFatal("store_history_load: cannot open the store");
    QRandomGenerator rng(11);
    bench.measure(
        [&] {
            const auto history = store.history(1 + rng.bounded(kPatients));
            if (!history || history->visits.size() != kVisitsPerPatient
                || history->versions.size() != kVersionsPerPatient)
                qFatal("store_history_load: unexpected history");
            bench::doNotOptimize(&history);
        },
        40);
}
