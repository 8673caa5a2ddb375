// A constructed taper history in a real patient store, for the history tests, the history_open
// benchmark and screenshots: a diazepam taper whose later versions slow the remaining steps
// (and now and then change a dose), monthly visits whose taken doses follow the version in force
// (one visit with a 5-day hold, when asked), CIWA-B/BWSQ totals that rise after cuts and come
// back in a wave after the taper. Version save times are set with SQL (the immutability trigger
// lifted for that one statement), as if the versions had been saved on those days.
#pragma once

#include "plandocument.h"
#include "store.h"
#include "visitdialog.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <algorithm>
#include <cmath>

namespace historyfixture {

using lento::store::RecordId;

struct Options
{
    QDate start; // plan day 0
    int months = 12; // monthly visits (those not after `today`)
    int versions = 3;
    int everyDays = 14; // base interval between reductions
    double cut = 0.15; // base cut, fraction of the daily dose
    bool holdAtThirdVisit = true;
};

struct Built
{
    RecordId patientId = 0;
    RecordId planId = 0;
    QList<RecordId> versionIds;
    QList<lento::Plan> plans; // parallel to versionIds
    QList<QDate> savedOn; // parallel to versionIds
    QList<QDate> visitDates;
    QDate holdFrom; // first day of the 5-day hold (invalid when none)
    QString error;
};

inline lento::Dose dose(double mg, int hour)
{
    lento::Dose d;
    d.drug = QStringLiteral("diazepam");
    d.minuteOfDay = hour * 60;
    d.mg = lento::Milligrams(mg);
    return d;
}

inline QList<lento::Dose> split(double daily)
{
    if (daily <= 0.0)
        return {};
    return {dose(daily / 2, 8), dose(daily / 2, 20)};
}

// 20 mg/day from `start`, cut by `cut` of the current dose (to 0.5 mg, at least 0.5 mg) every
// `every` days; below 1 mg/day it stops.
inline lento::Plan basePlan(const Options &o)
{
    lento::Plan p;
    p.title = QStringLiteral("Diazepam taper");
    p.startDate = o.start;
    p.current = split(20.0);
    double daily = 20.0;
    int day = 0;
    lento::Step firstStep;
    firstStep.day = 0;
    firstStep.doses = split(daily);
    p.steps.append(firstStep);
    while (daily > 0.0) {
        day += o.everyDays;
        double next = std::floor(daily * (1.0 - o.cut) * 2.0) / 2.0;
        next = std::min(next, daily - 0.5);
        if (next < 1.0)
            next = 0.0;
        daily = next;
        lento::Step s;
        s.day = day;
        s.doses = split(daily);
        p.steps.append(s);
    }
    return p;
}

// Version k: from its save day on, the remaining steps are a week later; every third version
// (the 3rd, 6th, ...) also keeps the first remaining step half a milligram a day higher.
inline lento::Plan revise(const lento::Plan &previous, const QDate &savedOn, int k)
{
    lento::Plan p = previous;
    const qint64 from = p.startDate.daysTo(savedOn);
    bool first = true;
    for (lento::Step &s : p.steps) {
        if (s.day < from)
            continue;
        s.day += 7;
        if (first && k % 3 == 2 && !s.doses.isEmpty()) {
            for (lento::Dose &d : s.doses)
                d.mg = d.mg + lento::Milligrams(0.25);
        }
        first = false;
    }
    return p;
}

// Fills 20 items (0..max each) to reach `total` as evenly as possible.
inline QList<int> items(int total, int max)
{
    QList<int> v(20, 0);
    total = std::clamp(total, 0, 20 * max);
    for (int i = 0; total > 0; i = (i + 1) % 20) {
        if (v[i] < max) {
            ++v[i];
            --total;
        }
    }
    return v;
}

inline bool setSavedAt(const QString &dbPath, RecordId versionId, const QDate &day, QString *error = nullptr)
{
    bool ok = false;
    const QString name = QStringLiteral("historyfixture-%1").arg(versionId);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dbPath);
        if (db.open()) {
            // Versions are immutable (a trigger refuses updates): lift the trigger for this one
            // back-dating, inside a transaction, and put it back as the schema defines it.
            QSqlQuery q(db);
            ok = db.transaction();
            ok = ok
                && q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                                         "AND name = 'plan_versions_no_update'"))
                && q.next();
            const QString trigger = ok ? q.value(0).toString() : QString();
            q.finish();
            ok = ok && q.exec(QStringLiteral("DROP TRIGGER plan_versions_no_update"));
            ok = ok && q.prepare(QStringLiteral("UPDATE plan_versions SET saved_at = ? WHERE id = ?"));
            q.addBindValue(QDateTime(day, QTime(9, 30), Qt::UTC).toString(Qt::ISODateWithMs));
            q.addBindValue(versionId);
            ok = ok && q.exec() && q.numRowsAffected() == 1;
            ok = ok && q.exec(trigger);
            if (!ok && error)
                *error = q.lastError().text() + QStringLiteral(" / ") + db.lastError().text();
            ok = ok ? db.commit() : (db.rollback(), false);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

inline Built build(lento::store::Store &store, const QString &dbPath, const QString &identifier, const QString &name,
    const Options &o, const QDate &today)
{
    Built b;
    lento::store::PatientRecord patient;
    patient.identifier = identifier;
    patient.name = name;
    patient.dateOfBirth = QDate(1961, 4, 12);
    const auto added = store.addPatient(patient);
    if (!added) {
        b.error = added.error().text();
        return b;
    }
    b.patientId = added->id;

    // Versions, saved evenly over the taper's first part.
    const lento::Plan first = basePlan(o);
    const int span = std::max(1, int(o.months * 30 * 2 / 3));
    lento::Plan plan = first;
    for (int k = 0; k < o.versions; ++k) {
        const QDate saved = k == 0 ? o.start.addDays(-3) : o.start.addDays(qint64(k) * span / o.versions);
        if (k > 0)
            plan = revise(plan, saved, k);
        const QString comment = k == 0 ? QStringLiteral("First plan agreed with the patient")
                                       : QStringLiteral("Slower after review %1").arg(k);
        if (k == 0) {
            const auto v = store.createPlan(b.patientId, lento::PlanDocument::write(plan), comment);
            if (!v) {
                b.error = v.error().text();
                return b;
            }
            b.planId = v->planId;
            b.versionIds.append(v->id);
        } else {
            const auto v = store.saveVersion(b.planId, plan, comment, b.versionIds.last());
            if (!v) {
                b.error = v.error().text();
                return b;
            }
            b.versionIds.append(v->id);
        }
        b.plans.append(plan);
        b.savedOn.append(saved);
        QString why;
        if (!setSavedAt(dbPath, b.versionIds.last(), saved, &why)) {
            b.error = QStringLiteral("could not set saved_at: ") + why;
            return b;
        }
    }
    const auto active = store.setPlanStatus(b.planId, lento::store::PlanStatus::Active);
    if (!active) {
        b.error = active.error().text();
        return b;
    }

    // The taper's last step under the final version, for the symptom wave.
    const QDate taperEnd = plan.startDate.addDays(plan.steps.last().day);
    QDate previous;
    for (int m = 1; m <= o.months; ++m) {
        const QDate date = o.start.addDays(30 * m);
        if (date > today)
            break;
        int k = 0;
        while (k + 1 < b.savedOn.size() && b.savedOn[k + 1] <= date)
            ++k;
        const QDate from = previous.isValid() ? previous.addDays(1) : o.start;
        lento::store::VisitRecord v;
        v.patientId = b.patientId;
        v.planId = b.planId;
        v.date = date;
        v.actualDoses = lento::ui::VisitDialog::plannedDoses(b.plans[k], from, date);
        if (o.holdAtThirdVisit && m == 3) {
            // Stayed five more days on the previous dose at the first reduction of this span.
            QList<lento::store::ActualDose> held;
            QDate boundary;
            for (const lento::store::ActualDose &d : v.actualDoses) {
                if (d.from > from && (!boundary.isValid() || d.from < boundary))
                    boundary = d.from;
            }
            if (boundary.isValid()) {
                for (lento::store::ActualDose &d : v.actualDoses) {
                    if (d.to == boundary.addDays(-1)) {
                        lento::store::ActualDose extra = d;
                        extra.from = boundary;
                        extra.to = boundary.addDays(4);
                        held.append(extra);
                    }
                    if (d.from == boundary)
                        d.from = boundary.addDays(5);
                }
                v.actualDoses.append(held);
                b.holdFrom = boundary;
            }
        }
        // Symptoms: a little after each month of cuts, a wave two to four months after the end.
        const qint64 sinceEnd = taperEnd.daysTo(date);
        int ciwa = 6 + (m % 3) * 4;
        if (sinceEnd > 40 && sinceEnd < 130)
            ciwa += 14;
        else if (sinceEnd >= 130)
            ciwa = 5;
        v.ciwaB = items(ciwa, 4);
        v.bwsq = items(ciwa / 2, 2);
        v.vitals.pulse = 72 + (m % 4);
        v.vitals.bpSystolic = 128;
        v.vitals.bpDiastolic = 82;
        v.decision = m == 3 ? lento::store::VisitDecision::Hold : lento::store::VisitDecision::Continue;
        v.notes = m == 3 ? QStringLiteral("Poor sleep after the cut; stayed on the previous dose for five days.")
                         : QString();
        const auto saved = store.addVisit(v);
        if (!saved) {
            b.error = saved.error().text();
            return b;
        }
        b.visitDates.append(date);
        previous = date;
    }
    return b;
}

} // namespace historyfixture
