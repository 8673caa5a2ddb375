// The Store facade: opens the database through SqliteConnection and runs each public operation
// through the repositories, wrapping every change in one write transaction.
#include "store.h"

#include "auditlog.h"
#include "medicationrepository.h"
#include "patientexchange.h"
#include "patientrepository.h"
#include "plandocument.h"
#include "planrepository.h"
#include "schemamigrator.h"
#include "sqliteconnection.h"
#include "storebackup.h"
#include "visitrepository.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace lento::store {

class Store::Impl
{
public:
    std::unique_ptr<SqlConnection> connection;
    StoreSession session;

    template <typename T, typename Body> Result<T> read(Body &&body) const
    {
        const Status open = session.checkOpen();
        if (!open)
            return open.template failure<T>();
        return std::forward<Body>(body)();
    }
};

Store::Store() : d(std::make_unique<Impl>()) { }

Store::~Store()
{
    close();
}

QString Store::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("lento.sqlite"));
}

QString Store::settingsKey()
{
    return QStringLiteral("store/databasePath");
}

QString Store::configuredPath(const QString &override)
{
    if (!override.isEmpty())
        return override;
    const QString configured = QSettings().value(settingsKey()).toString();
    return configured.isEmpty() ? defaultPath() : configured;
}

int Store::latestSchemaVersion()
{
    return SchemaMigrator::latestVersion();
}

Result<OpenInfo> Store::open(const QString &path, const OpenOptions &options)
{
    close();
    auto connection = std::make_unique<SqliteConnection>();
    Result<OpenInfo> info = connection->open(path, options);
    if (!info)
        return info;
    d->connection = std::move(connection);
    d->session.reset(d->connection.get(), *info, options.clinician);
    return info;
}

void Store::close()
{
    if (d->connection)
        d->connection->close();
    d->session.reset(nullptr, OpenInfo(), QString());
    d->connection.reset();
}

bool Store::isOpen() const
{
    return d->connection != nullptr;
}

bool Store::isReadOnly() const
{
    return d->session.info.readOnly;
}

QString Store::readOnlyReason() const
{
    return d->session.info.readOnlyReason;
}

const OpenInfo &Store::openInfo() const
{
    return d->session.info;
}

QString Store::clinician() const
{
    return d->session.who();
}

void Store::setClinician(const QString &name)
{
    d->session.clinician = name;
}

Result<QStringList> Store::check()
{
    return d->read<QStringList>([&] { return d->connection->integrityCheck(); });
}

// ---- Patients ----

Result<PatientRecord> Store::addPatient(const PatientRecord &patient)
{
    return d->session.write<PatientRecord>([&] { return PatientRepository(d->session).insert(patient); });
}

Result<PatientRecord> Store::updatePatient(const PatientRecord &patient)
{
    return d->session.write<PatientRecord>([&] { return PatientRepository(d->session).update(patient); });
}

Status Store::archivePatient(RecordId id)
{
    return d->session.write<Done>([&] { return PatientRepository(d->session).setArchived(id, true); });
}

Status Store::restorePatient(RecordId id)
{
    return d->session.write<Done>([&] { return PatientRepository(d->session).setArchived(id, false); });
}

Result<PatientRecord> Store::patient(RecordId id) const
{
    return d->read<PatientRecord>([&] { return PatientRepository(d->session).get(id); });
}

Result<PatientRecord> Store::patientByIdentifier(const QString &identifier) const
{
    return d->read<PatientRecord>([&] { return PatientRepository(d->session).byIdentifier(identifier); });
}

Result<QList<PatientSummary>> Store::searchPatients(const QString &prefix, int limit, bool includeArchived) const
{
    return d->read<QList<PatientSummary>>(
        [&] { return PatientRepository(d->session).search(prefix, limit, includeArchived); });
}

Result<PatientHistory> Store::history(RecordId patientId) const
{
    return d->read<PatientHistory>([&]() -> Result<PatientHistory> {
        PatientHistory h;
        const Result<PatientRecord> p = PatientRepository(d->session).get(patientId);
        if (!p)
            return p.failure<PatientHistory>();
        h.patient = *p;
        const Result<QList<MedicationRecord>> meds = MedicationRepository(d->session).forPatient(patientId);
        if (!meds)
            return meds.failure<PatientHistory>();
        h.medications = *meds;
        const PlanRepository plans(d->session);
        const Result<QList<PlanRecord>> planList = plans.forPatient(patientId, true);
        if (!planList)
            return planList.failure<PatientHistory>();
        h.plans = *planList;
        const Result<QList<PlanVersion>> versions = plans.versionsForPatient(patientId);
        if (!versions)
            return versions.failure<PatientHistory>();
        h.versions = *versions;
        const Result<QList<VisitRecord>> visitList = VisitRepository(d->session).forPatient(patientId);
        if (!visitList)
            return visitList.failure<PatientHistory>();
        h.visits = *visitList;
        return h;
    });
}

// ---- Medications ----

Result<QList<MedicationRecord>> Store::medications(RecordId patientId) const
{
    return d->read<QList<MedicationRecord>>([&] { return MedicationRepository(d->session).forPatient(patientId); });
}

Result<MedicationRecord> Store::addMedication(const MedicationRecord &medication)
{
    return d->session.write<MedicationRecord>([&] { return MedicationRepository(d->session).insert(medication); });
}

Result<MedicationRecord> Store::updateMedication(const MedicationRecord &medication)
{
    return d->session.write<MedicationRecord>([&] { return MedicationRepository(d->session).update(medication); });
}

Status Store::removeMedication(RecordId id)
{
    return d->session.write<Done>([&] { return MedicationRepository(d->session).remove(id); });
}

// ---- Plans ----

namespace {

// An archived patient's record is closed: no new plans or visits until the patient is restored
// (edits to what is there, and versions of existing plans, stay possible).
Status requireActivePatient(const StoreSession &session, RecordId patientId)
{
    const Result<PatientRecord> patient = PatientRepository(session).get(patientId);
    if (!patient)
        return patient.failure<Done>();
    if (patient->archived)
        return Status(Error {QStringLiteral("patient"),
                          QStringLiteral("is archived; restore the patient before adding plans or visits")},
            ErrorKind::Invalid);
    return Done {};
}

} // namespace

Result<PlanVersion> Store::createPlan(
    RecordId patientId, const QByteArray &document, const QString &comment, RecordId branchedFrom)
{
    const Expected<QString> valid = PlanRepository::checkDocument(document);
    if (!valid)
        return valid.error();
    return d->session.write<PlanVersion>([&]() -> Result<PlanVersion> {
        if (const Status active = requireActivePatient(d->session, patientId); !active)
            return active.failure<PlanVersion>();
        const PlanRepository plans(d->session);
        const Result<PlanRecord> plan = plans.insertPlan(patientId, PlanStatus::Draft, false, branchedFrom);
        if (!plan)
            return plan.failure<PlanVersion>();
        return plans.appendVersion(plan->id, document, comment, 0);
    });
}

Result<PlanVersion> Store::saveVersion(
    RecordId planId, const QByteArray &document, const QString &comment, RecordId expectedParent)
{
    const Expected<QString> valid = PlanRepository::checkDocument(document);
    if (!valid)
        return valid.error();
    return d->session.write<PlanVersion>(
        [&] { return PlanRepository(d->session).appendVersion(planId, document, comment, expectedParent); });
}

Result<PlanVersion> Store::saveVersion(
    RecordId planId, const Plan &plan, const QString &comment, RecordId expectedParent)
{
    return saveVersion(planId, PlanDocument::write(plan), comment, expectedParent);
}

Result<QList<PlanRecord>> Store::plans(RecordId patientId, bool includeArchived) const
{
    return d->read<QList<PlanRecord>>(
        [&] { return PlanRepository(d->session).forPatient(patientId, includeArchived); });
}

Result<PlanRecord> Store::plan(RecordId planId) const
{
    return d->read<PlanRecord>([&] { return PlanRepository(d->session).get(planId); });
}

Result<QList<PlanVersion>> Store::versions(RecordId planId, bool withDocuments) const
{
    return d->read<QList<PlanVersion>>([&] { return PlanRepository(d->session).versions(planId, withDocuments); });
}

Result<PlanVersion> Store::version(RecordId versionId) const
{
    return d->read<PlanVersion>([&] { return PlanRepository(d->session).version(versionId); });
}

Status Store::setPlanStatus(RecordId planId, PlanStatus status)
{
    return d->session.write<Done>([&] { return PlanRepository(d->session).setStatus(planId, status); });
}

Status Store::archivePlan(RecordId planId)
{
    return d->session.write<Done>([&] { return PlanRepository(d->session).setArchived(planId, true); });
}

Status Store::restorePlan(RecordId planId)
{
    return d->session.write<Done>([&] { return PlanRepository(d->session).setArchived(planId, false); });
}

// ---- Visits ----

Result<VisitRecord> Store::addVisit(const VisitRecord &visit)
{
    return d->session.write<VisitRecord>([&]() -> Result<VisitRecord> {
        if (const Status active = requireActivePatient(d->session, visit.patientId); !active)
            return active.failure<VisitRecord>();
        return VisitRepository(d->session).insert(visit);
    });
}

Result<VisitRecord> Store::updateVisit(const VisitRecord &visit)
{
    return d->session.write<VisitRecord>([&] { return VisitRepository(d->session).update(visit); });
}

Result<QList<VisitRecord>> Store::visits(RecordId patientId) const
{
    return d->read<QList<VisitRecord>>([&] { return VisitRepository(d->session).forPatient(patientId); });
}

Result<VisitRecord> Store::visit(RecordId visitId) const
{
    return d->read<VisitRecord>([&] { return VisitRepository(d->session).get(visitId); });
}

// ---- Audit ----

Result<QList<AuditEntry>> Store::audit(const AuditQuery &query) const
{
    return d->read<QList<AuditEntry>>([&] { return AuditLog(d->session).list(query); });
}

// ---- Backup ----

Result<QString> Store::backup(const QString &target)
{
    return d->read<QString>([&] { return StoreBackup::backup(*d->connection, target); });
}

Result<QString> Store::automaticBackup(const QString &directory, int keep)
{
    return d->read<QString>([&] { return StoreBackup::automaticBackup(*d->connection, directory, keep); });
}

QDateTime Store::lastAutomaticBackup(const QString &directory)
{
    return StoreBackup::lastAutomaticBackup(directory);
}

Result<QString> Store::restore(const QString &backupFile, const QString &target)
{
    return StoreBackup::restore(backupFile, target);
}

// ---- Exchange ----

Result<QByteArray> Store::exportPatient(RecordId patientId) const
{
    return d->read<QByteArray>([&] { return PatientExchange(d->session).exportJson(patientId); });
}

Result<PatientRecord> Store::importPatient(const QByteArray &json)
{
    return d->read<PatientRecord>([&] { return PatientExchange(d->session).importJson(json); });
}

Result<QByteArray> Store::exportVisitsCsv(RecordId patientId) const
{
    return d->read<QByteArray>([&] { return PatientExchange(d->session).exportVisitsCsv(patientId); });
}

} // namespace lento::store
