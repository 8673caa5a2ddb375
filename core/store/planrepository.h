// Plans and their immutable versions. A save appends a version and moves the plan's head; it is
// refused (Conflict) when the head is no longer the version that was edited, so two clinicians
// can never silently overwrite each other. Writers run inside StoreSession::write().
#pragma once

#include "records.h"
#include "storesession.h"

namespace lento::store {

class PlanRepository
{
public:
    explicit PlanRepository(const StoreSession &session) : m_session(session) { }

    // Provenance of a version when it is not being saved right now (patient import).
    struct Origin
    {
        QString author; // empty = the session's clinician
        QDateTime savedAt; // invalid = now
    };

    Result<PlanRecord> insertPlan(RecordId patientId, PlanStatus status, bool archived, RecordId branchedFrom) const;
    Result<PlanVersion> appendVersion(RecordId planId, const QByteArray &document, const QString &comment,
        RecordId expectedParent, const Origin &origin = {}) const;
    Status setStatus(RecordId planId, PlanStatus status) const;
    Status setArchived(RecordId planId, bool archived) const;

    Result<PlanRecord> get(RecordId planId) const;
    Result<QList<PlanRecord>> forPatient(RecordId patientId, bool includeArchived) const;
    Result<QList<PlanVersion>> versions(RecordId planId, bool withDocuments) const;
    Result<QList<PlanVersion>> versionsForPatient(RecordId patientId) const; // without documents
    Result<PlanVersion> version(RecordId versionId) const;

    // The title of a valid lento-plan/1 document, or the parser's error (path named).
    static Expected<QString> checkDocument(const QByteArray &document);

private:
    Result<QList<PlanRecord>> fetchPlans(const QString &where, const QVariant &value) const;
    Result<QList<PlanVersion>> fetchVersions(const QString &where, const QVariant &value, bool withDocuments) const;

    const StoreSession &m_session;
};

} // namespace lento::store
