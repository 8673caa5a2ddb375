// History sentences, table rows and the summary content.
#include "historytext.h"

#include "displaytext.h"
#include "historydata.h"
#include "patientfilters.h"
#include "plandiff.h"
#include "versiondiff.h"
#include "visitdialog.h"
#include "visitscaleform.h"

#include <QLocale>

#include <cmath>

namespace lento::ui {

using lento::store::VisitDecision;

namespace {

QString dateText(const QDate &d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
}

QString number(double v)
{
    return QLocale().toString(v, 'g', 3);
}

QString vitalsText(const lento::store::Vitals &v)
{
    QStringList parts;
    if (v.bpSystolic && v.bpDiastolic)
        parts.append(HistoryText::tr("BP %1/%2").arg(*v.bpSystolic).arg(*v.bpDiastolic));
    else if (v.bpSystolic)
        parts.append(HistoryText::tr("BP %1 systolic").arg(*v.bpSystolic));
    if (v.pulse)
        parts.append(HistoryText::tr("pulse %1").arg(*v.pulse));
    if (v.temperatureC)
        parts.append(HistoryText::tr("%1 °C").arg(QLocale().toString(*v.temperatureC, 'f', 1)));
    if (v.respirations)
        parts.append(HistoryText::tr("resp. %1").arg(*v.respirations));
    return parts.join(QStringLiteral(", "));
}

QString bandShort(const QString &bandId)
{
    if (bandId == QLatin1String("none"))
        return HistoryText::tr("none");
    if (bandId == QLatin1String("mild"))
        return HistoryText::tr("mild");
    if (bandId == QLatin1String("moderate"))
        return HistoryText::tr("moderate");
    if (bandId == QLatin1String("severe"))
        return HistoryText::tr("severe");
    if (bandId == QLatin1String("very_severe"))
        return HistoryText::tr("very severe");
    return bandId;
}

} // namespace

QString HistoryText::scaleShort(const std::optional<ScaleScore> &s)
{
    if (!s)
        return QStringLiteral("—");
    if (s->bandId.isEmpty())
        return QString::number(s->total);
    return HistoryText::tr("%1 %2").arg(s->total).arg(bandShort(s->bandId));
}

namespace {

} // namespace

QString HistoryText::days(int n)
{
    return n == 1 ? tr("1 day") : tr("%1 days").arg(n);
}

QString HistoryText::months(int n)
{
    return n == 1 ? tr("1 month") : tr("%1 months").arg(n);
}

QString HistoryText::decisionShort(VisitDecision decision)
{
    switch (decision) {
    case VisitDecision::Continue:
        return tr("Continue");
    case VisitDecision::Hold:
        return tr("Hold");
    case VisitDecision::Slow:
        return tr("Slow down");
    case VisitDecision::StepBack:
        return tr("Step back");
    case VisitDecision::Stop:
        return tr("Stop");
    }
    return {};
}

QString HistoryText::dose(const HistoryData &data, double mg)
{
    if (std::isnan(mg))
        return QStringLiteral("—");
    return data.doseDrug.isEmpty() ? tr("%1 mg/day deq.").arg(number(mg)) : tr("%1 mg/day").arg(number(mg));
}

QString HistoryText::doseUnit(const HistoryData &data, const Catalogue *catalogue)
{
    return data.doseDrug.isEmpty() ? tr("mg/day diazepam-equivalent (deq.)")
                                   : tr("mg/day of %1").arg(drugName(data.doseDrug, catalogue));
}

QString HistoryText::phaseLine(const HistoryData &d)
{
    const PatientStatus &s = d.status;
    QString planTitle;
    for (const auto &p : d.history.plans) {
        if (p.id == s.planId)
            planTitle = p.title;
    }
    QString line;
    switch (s.phase) {
    case PatientPhase::NoPlan:
        line = tr("No taper plan in progress.");
        break;
    case PatientPhase::Planned:
        line = s.taperStart.isValid()
            ? tr("Plan “%1” not started yet (starts %2).").arg(planTitle, dateText(s.taperStart))
            : tr("Plan “%1” not started yet.").arg(planTitle);
        break;
    case PatientPhase::Tapering:
        line = tr("Tapering since %1 (plan “%2”)").arg(dateText(s.taperStart), planTitle);
        if (s.taperEnd.isValid())
            line += tr("; last step planned for %1").arg(dateText(s.taperEnd));
        line += QLatin1Char('.');
        break;
    case PatientPhase::FollowUp:
        line = tr("Taper ended %1; in follow-up after the taper (%2 so far).")
                   .arg(dateText(s.taperEnd),
                       s.taperEnd.isValid() ? months(int(s.taperEnd.daysTo(d.today) / 30)) : months(0));
        break;
    case PatientPhase::Finished:
        line = tr("Taper ended %1; follow-up finished.").arg(dateText(s.taperEnd));
        break;
    }
    const QString visit = PatientFilters::visitText(s);
    return visit.isEmpty() ? line : line + QStringLiteral(" ") + visit + QLatin1Char('.');
}

QStringList HistoryText::adherenceLines(const HistoryData &d)
{
    QStringList lines;
    const AdherenceSummary &a = d.adherence;
    const int recorded = a.daysOnPlan + a.daysHeld + a.daysBelow;
    if (recorded == 0) {
        lines.append(tr("No doses recorded at visits yet, so adherence cannot be worked out."));
    } else {
        lines.append(tr("Doses recorded from %1 to %2: on plan on %3 of %4 recorded days (%5 %).")
                         .arg(dateText(a.from), dateText(a.to))
                         .arg(a.daysOnPlan)
                         .arg(recorded)
                         .arg(QLocale().toString(a.onPlanPercent(), 'f', 0)));
        lines.append(tr("Held above the planned dose on %1; below it on %2.").arg(days(a.daysHeld), days(a.daysBelow)));
        if (a.daysNotRecorded > 0)
            lines.append(tr("No dose recorded on %1 of that period.").arg(days(a.daysNotRecorded)));
    }
    if (!a.steps.isEmpty()) {
        lines.append(tr("Planned reductions so far: %1 — %2 faster, %3 on time, %4 slower than planned, %5 not judged "
                        "from the records.")
                         .arg(a.steps.size())
                         .arg(a.stepsFaster)
                         .arg(a.stepsOnTime)
                         .arg(a.stepsSlower)
                         .arg(a.stepsUndetermined));
    }
    int holds = 0, slows = 0, backs = 0;
    for (const HistoryVisit &v : d.visits) {
        holds += v.record.decision == VisitDecision::Hold;
        slows += v.record.decision == VisitDecision::Slow;
        backs += v.record.decision == VisitDecision::StepBack;
    }
    if (holds + slows + backs > 0)
        lines.append(tr("Decisions at visits: hold %1, slow down %2, step back %3.").arg(holds).arg(slows).arg(backs));
    if (!d.unconvertedDrugs.isEmpty())
        lines.append(tr("Doses of %1 could not be converted to diazepam-equivalent and are left out.")
                         .arg(d.unconvertedDrugs.join(QStringLiteral(", "))));
    lines.append(tr("On plan: within %1 % (at least %2 mg) of the planned daily dose. A reduction reached within %3 "
                    "of its date is on time.")
                     .arg(QLocale().toString(d.options.adherence.relative * 100, 'g', 3))
                     .arg(QLocale().toString(d.options.adherence.absoluteMg, 'g', 3))
                     .arg(days(d.options.adherence.stepDays)));
    return lines;
}

QStringList HistoryText::visitColumns()
{
    return {tr("Date"), tr("Version"), tr("Planned"), tr("Taken"), tr("CIWA-B"), tr("BWSQ"), tr("Decision"),
        tr("Vitals"), tr("Notes")};
}

QList<QStringList> HistoryText::visitRows(const HistoryData &d)
{
    QList<QStringList> rows;
    for (const HistoryVisit &v : d.visits) {
        const QString version
            = v.versionIndex >= 0 ? tr("v%1").arg(d.versions[v.versionIndex].record.number) : QStringLiteral("—");
        auto mg = [](double v) { return std::isnan(v) ? QStringLiteral("—") : number(v); };
        rows.append({dateText(v.record.date), version, mg(v.plannedMg), mg(v.takenMg), scaleShort(v.ciwaB),
            scaleShort(v.bwsq), decisionShort(v.record.decision), vitalsText(v.record.vitals), v.record.notes});
    }
    return rows;
}

QStringList HistoryText::versionColumns()
{
    return {tr("Version"), tr("Plan"), tr("Saved"), tr("By"), tr("Comment"), tr("Changes"), tr("In force")};
}

QList<QStringList> HistoryText::versionRows(const HistoryData &d)
{
    QList<QStringList> rows;
    for (const HistoryVersion &v : d.versions) {
        QString changes;
        const int parent = d.versionIndex(v.record.parentVersionId);
        if (parent >= 0 && d.versions[parent].plan && v.plan)
            changes = VersionDiffView::digest(PlanDiffer::compare(*d.versions[parent].plan, *v.plan));
        else if (!v.plan)
            changes = tr("cannot be read");
        const QString force
            = v.inForceFrom.isValid() ? tr("%1 – %2").arg(dateText(v.inForceFrom), dateText(v.inForceTo)) : tr("never");
        rows.append({QString::number(v.record.number), v.planTitle,
            QLocale().toString(v.record.savedAt.toLocalTime(), QLocale::ShortFormat), v.record.author, v.record.comment,
            changes, force});
    }
    return rows;
}

QStringList HistoryText::stepTimingColumns()
{
    return {tr("Planned date"), tr("Reduction"), tr("Reached"), tr("Difference"), tr("Assessment")};
}

QList<QStringList> HistoryText::stepTimingRows(const HistoryData &d)
{
    QList<QStringList> rows;
    for (const StepTiming &s : d.adherence.steps) {
        QString assessment;
        switch (s.timing) {
        case StepTiming::Timing::Faster:
            assessment = tr("faster than planned");
            break;
        case StepTiming::Timing::OnTime:
            assessment = tr("on time");
            break;
        case StepTiming::Timing::Slower:
            assessment = s.reachedDate.isValid() ? tr("slower than planned") : tr("not reached yet");
            break;
        case StepTiming::Timing::Undetermined:
            assessment = tr("not known from the records");
            break;
        }
        QString difference;
        if (s.timing != StepTiming::Timing::Undetermined) {
            difference = s.delayDays == 0 ? tr("same day")
                : s.delayDays > 0         ? tr("%1 later").arg(days(s.delayDays))
                                          : tr("%1 earlier").arg(days(-s.delayDays));
        }
        rows.append({dateText(s.plannedDate), tr("%1 → %2").arg(dose(d, s.previousMg), dose(d, s.plannedMg)),
            s.reachedDate.isValid() ? dateText(s.reachedDate) : QStringLiteral("—"), difference, assessment});
    }
    return rows;
}

report::HistorySummaryContent HistoryText::summary(
    const HistoryData &d, const Catalogue *catalogue, const QList<QImage> &charts, const QString &printedBy)
{
    report::HistorySummaryContent c;
    const auto &p = d.history.patient;
    c.title = tr("Taper history: %1").arg(p.name);
    c.subtitle = printedBy.isEmpty() ? tr("Printed %1").arg(dateText(d.today))
                                     : tr("Printed %1 by %2").arg(dateText(d.today), printedBy);
    c.facts.append({tr("Patient"), p.name});
    c.facts.append({tr("Identifier"), p.identifier});
    if (p.dateOfBirth.isValid())
        c.facts.append({tr("Date of birth"), dateText(p.dateOfBirth)});
    c.facts.append({tr("Where things stand"), phaseLine(d)});
    c.facts.append({tr("Doses shown in"), doseUnit(d, catalogue)});
    c.facts.append({tr("Record"),
        tr("plan versions: %1; visits: %2; from %3 to %4")
            .arg(d.versions.size())
            .arg(d.visits.size())
            .arg(dateText(d.first), dateText(d.last))});
    c.charts = charts;
    if (!charts.isEmpty())
        c.chartNote = tr("Planned dose: the plan version in force on each day. Withdrawal pressure is modelled from "
                         "that plan; it describes the plan, not this patient's symptoms. Shaded: follow-up after "
                         "the taper.");
    c.lists.append({tr("Adherence"), adherenceLines(d)});
    QStringList changes;
    for (const HistoryVersion &v : d.versions) {
        const int parent = d.versionIndex(v.record.parentVersionId);
        if (parent < 0 || !d.versions[parent].plan || !v.plan)
            continue;
        const PlanDiff diff = PlanDiffer::compare(*d.versions[parent].plan, *v.plan);
        QStringList details;
        for (const DiffLine &line : VersionDiffView::describe(diff, catalogue)) {
            // Steps that only moved are counted in the digest; the rest are listed.
            if (line.kind != DiffLine::Kind::Summary && !line.movedOnly)
                details.append(line.text);
        }
        QString entry = tr("Version %1 (%2, %3)")
                            .arg(v.record.number)
                            .arg(dateText(v.record.savedAt.toLocalTime().date()), v.record.author);
        if (!v.record.comment.isEmpty())
            entry += tr(" “%1”").arg(v.record.comment);
        entry += tr(": ") + VersionDiffView::digest(diff);
        if (!details.isEmpty())
            entry += tr(". ") + details.join(tr("; "));
        changes.append(entry);
    }
    if (!changes.isEmpty())
        c.lists.append({tr("Changes between plan versions"), changes});
    const QString ciwaSet = d.options.ciwaBandSet.isEmpty() ? WithdrawalScales::defaultBandSet(WithdrawalScale::CiwaB)
                                                            : d.options.ciwaBandSet;
    const QString bwsqSet = d.options.bwsqBandSet.isEmpty() ? WithdrawalScales::defaultBandSet(WithdrawalScale::Bwsq)
                                                            : d.options.bwsqBandSet;
    c.tables.append({tr("Visits"), visitColumns(), visitRows(d),
        tr("Planned and taken: mean %1 over the days each visit records. CIWA-B bands: band set %2; "
           "BWSQ: band set %3. Scale totals follow symptoms; no score is validated for choosing a dose "
           "decision.")
            .arg(doseUnit(d, catalogue), ciwaSet, bwsqSet)});
    if (!d.adherence.steps.isEmpty())
        c.tables.append(
            {tr("Planned reductions and when they were reached"), stepTimingColumns(), stepTimingRows(d), QString()});
    c.tables.append({tr("Plan versions"), versionColumns(), versionRows(d), QString()});
    c.footer = tr("Lento is a planning aid. Every pressure figure is modelled from the plan and does not predict this "
                  "patient's withdrawal; clinical judgement decides.");
    if (DisplayText::chineseUi())
        c.fontFamilies = {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans")};
    else
        c.fontFamilies = {QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans")};
    return c;
}

} // namespace lento::ui
