// Readable plan version differences.
#include "versiondiff.h"

#include "displaytext.h"
#include "historydata.h"
#include "historytext.h"
#include "plandocument.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QPalette>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace lento::ui {

namespace {

QString dateText(const QDate &d)
{
    return QLocale().toString(d, QLocale::ShortFormat);
}

// "15/03/2025 (day 14)" or "day 14" without a start date.
QString whenText(const QDate &date, int day)
{
    if (date.isValid())
        return VersionDiffView::tr("%1 (day %2)").arg(dateText(date)).arg(day);
    return VersionDiffView::tr("day %1").arg(day);
}

QString versionName(const HistoryVersion &v)
{
    return VersionDiffView::tr("version %1 of “%2” (%3, %4)")
        .arg(v.record.number)
        .arg(v.planTitle, QLocale().toString(v.record.savedAt.toLocalTime(), QLocale::ShortFormat), v.record.author);
}

} // namespace

VersionDiffView::VersionDiffView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("diffText"));
    m_text->setOpenLinks(false);
    layout->addWidget(m_text, 1);
    render();
}

QString VersionDiffView::dosesText(const QList<Dose> &doses, const Catalogue *catalogue)
{
    if (doses.isEmpty())
        return tr("nothing (stopped)");
    const QMap<QString, double> daily = PlanDiffer::dailyMg(doses);
    QStringList parts;
    for (auto it = daily.cbegin(); it != daily.cend(); ++it) {
        QString part = tr("%1 %2/day").arg(drugName(it.key(), catalogue), DisplayText::mg(it.value()));
        QStringList times;
        int onlyMinute = 0;
        for (const Dose &d : doses) {
            if (d.drug != it.key())
                continue;
            times.append(tr("%1 at %2").arg(DisplayText::mg(d.mg.value()), PlanDocument::formatTime(d.minuteOfDay)));
            onlyMinute = d.minuteOfDay;
        }
        if (times.size() > 1)
            part += tr(" (%1)").arg(times.join(tr(", ")));
        else if (times.size() == 1)
            part += tr(" (at %1)").arg(PlanDocument::formatTime(onlyMinute));
        parts.append(part);
    }
    return parts.join(tr(" + "));
}

QString VersionDiffView::digest(const PlanDiff &diff)
{
    if (diff.isEmpty())
        return tr("no changes");
    int moved = 0, doses = 0, notes = 0;
    for (const StepChange &c : diff.steps) {
        if (c.kind != StepChange::Kind::Changed)
            continue;
        if (c.dosesChanged)
            ++doses;
        else if (c.moved)
            ++moved;
        else if (c.noteChanged)
            ++notes;
    }
    auto steps = [](int n) { return n == 1 ? tr("1 step") : tr("%1 steps").arg(n); };
    QStringList parts;
    if (const int n = diff.count(StepChange::Kind::Added))
        parts.append(tr("%1 added").arg(steps(n)));
    if (const int n = diff.count(StepChange::Kind::Removed))
        parts.append(tr("%1 removed").arg(steps(n)));
    if (doses)
        parts.append(tr("%1 with other doses").arg(steps(doses)));
    if (moved)
        parts.append(tr("%1 moved").arg(steps(moved)));
    if (notes)
        parts.append(notes == 1 ? tr("1 note changed") : tr("%1 notes changed").arg(notes));
    if (diff.startDateChanged)
        parts.append(tr("new start date"));
    if (diff.currentChanged)
        parts.append(tr("current regimen changed"));
    if (diff.titleChanged || diff.patientChanged || diff.modelChanged || diff.drugsChanged)
        parts.append(tr("settings changed"));
    return parts.join(tr(", "));
}

QList<DiffLine> VersionDiffView::describe(const PlanDiff &diff, const Catalogue *catalogue)
{
    QList<DiffLine> lines;
    using K = DiffLine::Kind;
    if (diff.titleChanged)
        lines.append({K::Header, tr("Title: “%1” → “%2”").arg(diff.oldTitle, diff.newTitle)});
    if (diff.startDateChanged) {
        const QString before = diff.oldStart.isValid() ? dateText(diff.oldStart) : tr("none");
        const QString after = diff.newStart.isValid() ? dateText(diff.newStart) : tr("none");
        lines.append({K::Header, tr("Start date: %1 → %2").arg(before, after)});
    }
    if (diff.currentChanged)
        lines.append({K::Header,
            tr("Regimen before the taper: %1 → %2")
                .arg(dosesText(diff.oldCurrent, catalogue), dosesText(diff.newCurrent, catalogue))});
    if (diff.patientChanged)
        lines.append(
            {K::Header, tr("Patient settings changed (weight, half-life multiplier or earlier abrupt withdrawals).")});
    if (diff.modelChanged)
        lines.append({K::Header, tr("Model settings changed.")});
    if (diff.drugsChanged)
        lines.append({K::Header, tr("Drug overrides or definitions changed.")});

    for (const StepChange &c : diff.steps) {
        switch (c.kind) {
        case StepChange::Kind::Added: {
            QString text = tr("Added step on %1: %2")
                               .arg(whenText(c.newDate, c.newStep.day), dosesText(c.newStep.doses, catalogue));
            if (!c.newStep.note.isEmpty())
                text += tr(" — “%1”").arg(c.newStep.note);
            lines.append({K::Added, text});
            break;
        }
        case StepChange::Kind::Removed:
            lines.append({K::Removed,
                tr("Removed step of %1: %2")
                    .arg(whenText(c.oldDate, c.oldStep.day), dosesText(c.oldStep.doses, catalogue))});
            break;
        case StepChange::Kind::Changed: {
            QStringList what;
            if (c.moved) {
                const QString shift = c.shiftDays > 0 ? tr("%1 later").arg(HistoryText::days(c.shiftDays))
                                                      : tr("%1 earlier").arg(HistoryText::days(-c.shiftDays));
                what.append(tr("moved to %1, %2").arg(whenText(c.newDate, c.newStep.day), shift));
            }
            if (c.dosesChanged)
                what.append(tr("doses %1 → %2")
                                .arg(dosesText(c.oldStep.doses, catalogue), dosesText(c.newStep.doses, catalogue)));
            else
                what.append(tr("doses unchanged: %1").arg(dosesText(c.newStep.doses, catalogue)));
            if (c.noteChanged)
                what.append(tr("note “%1” → “%2”").arg(c.oldStep.note, c.newStep.note));
            lines.append({K::Changed, tr("Step of %1: %2").arg(whenText(c.oldDate, c.oldStep.day), what.join(tr("; "))),
                c.moved && !c.dosesChanged && !c.noteChanged});
            break;
        }
        }
    }
    lines.append({K::Summary,
        tr("%1 of %2 steps unchanged; %3.").arg(diff.unchangedSteps).arg(diff.oldStepCount).arg(digest(diff))});
    return lines;
}

void VersionDiffView::setVersions(const HistoryVersion &older, const HistoryVersion &newer)
{
    m_empty = false;
    m_olderName = versionName(older);
    m_newerName = versionName(newer);
    m_older = older.plan;
    m_newer = newer.plan;
    m_error.clear();
    if (!older.plan)
        m_error = older.parseError;
    else if (!newer.plan)
        m_error = newer.parseError;
    render();
}

void VersionDiffView::clear()
{
    m_empty = true;
    m_older.reset();
    m_newer.reset();
    render();
}

QString VersionDiffView::plainText() const
{
    return m_title->text() + QLatin1Char('\n') + m_text->toPlainText();
}

void VersionDiffView::render()
{
    m_lines.clear();
    if (m_empty) {
        m_title->setText(tr("Tick two plan versions in the timeline (or select one to compare it with the version "
                            "before it) to see what changed."));
        m_text->clear();
        return;
    }
    m_title->setText(tr("From %1\nto %2").arg(m_olderName, m_newerName));
    if (!m_older || !m_newer) {
        m_text->setPlainText(tr("This version cannot be read: %1").arg(m_error));
        return;
    }
    m_lines = describe(PlanDiffer::compare(*m_older, *m_newer), m_catalogue);
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const QString added = dark ? QStringLiteral("#7bd88f") : QStringLiteral("#1b7f3b");
    const QString removed = dark ? QStringLiteral("#ff8a80") : QStringLiteral("#b3261e");
    const QString changed = dark ? QStringLiteral("#ffd36e") : QStringLiteral("#8a5a00");
    QString html = QStringLiteral("<ul>");
    for (const DiffLine &line : m_lines) {
        const QString text = line.text.toHtmlEscaped();
        switch (line.kind) {
        case DiffLine::Kind::Header:
            html += QStringLiteral("<li><b>%1</b></li>").arg(text);
            break;
        case DiffLine::Kind::Added:
            html += QStringLiteral("<li style=\"color:%1\">+ %2</li>").arg(added, text);
            break;
        case DiffLine::Kind::Removed:
            html += QStringLiteral("<li style=\"color:%1\">− %2</li>").arg(removed, text);
            break;
        case DiffLine::Kind::Changed:
            html += QStringLiteral("<li style=\"color:%1\">~ %2</li>").arg(changed, text);
            break;
        case DiffLine::Kind::Summary:
            html += QStringLiteral("</ul><p><i>%1</i></p><ul>").arg(text);
            break;
        }
    }
    html += QStringLiteral("</ul>");
    m_text->setHtml(html);
}

void VersionDiffView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        render();
    QWidget::changeEvent(event);
}

} // namespace lento::ui
