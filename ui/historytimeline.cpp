// The history timeline list.
#include "historytimeline.h"

#include "displaytext.h"
#include "historydata.h"
#include "historytext.h"
#include "patientfilters.h"
#include "plandiff.h"
#include "versiondiff.h"
#include "visitdialog.h"
#include "visitscaleform.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace lento::ui {

using lento::store::PlanStatus;
using lento::store::RecordId;

namespace {

QString statusName(PlanStatus s)
{
    switch (s) {
    case PlanStatus::Draft:
        return HistoryTimeline::tr("draft");
    case PlanStatus::Active:
        return HistoryTimeline::tr("active");
    case PlanStatus::Completed:
        return HistoryTimeline::tr("completed");
    case PlanStatus::Abandoned:
        return HistoryTimeline::tr("abandoned");
    }
    return {};
}

struct Entry
{
    QDateTime when; // sort key
    int order = 0; // ties: phases before visits before versions on the same day
    HistoryTimeline::Kind kind;
    RecordId id = 0;
    QString date, event, details, author, tooltip;
};

} // namespace

HistoryTimeline::HistoryTimeline(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("historyTimeline"));
    setColumnCount(ColumnCount);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(DateColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(EventColumn, QHeaderView::Interactive);
    header()->resizeSection(EventColumn, 190);
    header()->setSectionResizeMode(DetailsColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(AuthorColumn, QHeaderView::ResizeToContents);
    retranslateHeader();

    connect(this, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (!m_populating && column == DateColumn && Kind(item->data(0, KindRole).toInt()) == Kind::Version)
            Q_EMIT checkedVersionsChanged();
    });
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (m_populating || !item)
            return;
        const RecordId id = item->data(0, IdRole).toLongLong();
        switch (Kind(item->data(0, KindRole).toInt())) {
        case Kind::Version:
            Q_EMIT versionSelected(id);
            break;
        case Kind::Visit:
            Q_EMIT visitSelected(id);
            break;
        default:
            break;
        }
    });
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item && Kind(item->data(0, KindRole).toInt()) == Kind::Visit)
            Q_EMIT visitActivated(item->data(0, IdRole).toLongLong());
    });
}

void HistoryTimeline::setData(const HistoryData &data, const Catalogue *catalogue)
{
    m_data = &data;
    m_catalogue = catalogue;
    populate();
}

void HistoryTimeline::clearData()
{
    m_data = nullptr;
    populate();
}

void HistoryTimeline::populate()
{
    const QList<RecordId> checked = checkedVersions();
    m_populating = true;
    clear();
    if (!m_data) {
        m_populating = false;
        return;
    }
    const HistoryData &d = *m_data;
    const QLocale locale;
    const auto unit = [&](double mg) {
        return d.doseDrug.isEmpty() ? tr("%1 mg/day diazepam-eq.").arg(locale.toString(mg, 'g', 3))
                                    : tr("%1 mg/day").arg(locale.toString(mg, 'g', 3));
    };
    QList<Entry> entries;

    for (int i = 0; i < d.versions.size(); ++i) {
        const HistoryVersion &v = d.versions[i];
        Entry e;
        e.kind = Kind::Version;
        e.id = v.record.id;
        e.when = v.record.savedAt;
        e.order = 2;
        e.date = locale.toString(v.record.savedAt.toLocalTime(), QLocale::ShortFormat);
        e.event = tr("Plan version %1 — “%2”").arg(v.record.number).arg(v.planTitle);
        e.author = v.record.author;
        QStringList details;
        if (!v.record.comment.isEmpty())
            details.append(v.record.comment);
        const int parent = d.versionIndex(v.record.parentVersionId);
        if (parent >= 0 && d.versions[parent].plan && v.plan)
            details.append(VersionDiffView::digest(PlanDiffer::compare(*d.versions[parent].plan, *v.plan)));
        else if (v.record.number == 1)
            details.append(tr("first version"));
        if (!v.plan)
            details.append(tr("cannot be read: %1").arg(v.parseError));
        if (v.inForceFrom.isValid())
            e.tooltip = tr("Plan in force from %1 to %2")
                            .arg(locale.toString(v.inForceFrom, QLocale::ShortFormat),
                                locale.toString(v.inForceTo, QLocale::ShortFormat));
        else
            e.tooltip = tr("Never the plan in force");
        e.details = details.join(QStringLiteral(" · "));
        entries.append(e);
    }

    for (const HistoryStatusChange &c : d.statusChanges) {
        Entry e;
        e.kind = Kind::StatusChange;
        e.id = c.planId;
        e.when = c.when;
        e.order = 3;
        e.date = locale.toString(c.when.toLocalTime(), QLocale::ShortFormat);
        e.event = tr("Plan “%1” marked %2").arg(c.planTitle, statusName(c.to));
        e.details = tr("was %1").arg(statusName(c.from));
        e.author = c.who;
        entries.append(e);
    }

    for (const HistoryVisit &v : d.visits) {
        Entry e;
        e.kind = Kind::Visit;
        e.id = v.record.id;
        e.when = v.record.date.startOfDay().addSecs(12 * 3600);
        e.order = 1;
        e.date = locale.toString(v.record.date, QLocale::ShortFormat);
        e.event = tr("Visit: %1").arg(VisitDialog::decisionName(v.record.decision));
        QStringList details;
        if (v.ciwaB)
            details.append(tr("CIWA-B %1").arg(HistoryText::scaleShort(v.ciwaB)));
        if (v.bwsq)
            details.append(tr("BWSQ %1").arg(HistoryText::scaleShort(v.bwsq)));
        if (!std::isnan(v.takenMg)) {
            QString taken = tr("taken %1").arg(unit(v.takenMg));
            if (!std::isnan(v.plannedMg))
                taken += tr(" (planned %1)").arg(locale.toString(v.plannedMg, 'g', 3));
            details.append(taken);
        }
        e.details = details.join(QStringLiteral(" · "));
        QStringList tip {VisitScaleForm::describe(WithdrawalScale::CiwaB, v.ciwaB),
            VisitScaleForm::describe(WithdrawalScale::Bwsq, v.bwsq)};
        if (!v.record.notes.isEmpty())
            tip.append(v.record.notes);
        e.tooltip = tip.join(QLatin1Char('\n'));
        e.author = v.record.author;
        entries.append(e);
    }

    if (d.status.taperStart.isValid() && d.status.taperStart <= d.today && d.status.phase != PatientPhase::Planned
        && d.status.phase != PatientPhase::NoPlan) {
        Entry e;
        e.kind = Kind::Phase;
        e.when = d.status.taperStart.startOfDay();
        e.date = locale.toString(d.status.taperStart, QLocale::ShortFormat);
        e.event = tr("Taper started");
        entries.append(e);
    }
    if (d.status.taperEnd.isValid() && d.status.taperEnd <= d.today
        && (d.status.phase == PatientPhase::FollowUp || d.status.phase == PatientPhase::Finished)) {
        Entry e;
        e.kind = Kind::Phase;
        e.when = d.status.taperEnd.startOfDay();
        e.date = locale.toString(d.status.taperEnd, QLocale::ShortFormat);
        e.event = tr("Taper ended — follow-up begins");
        e.details = tr("Symptoms can come in waves for months after the last dose; keep recording visits.");
        entries.append(e);
    }

    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (a.when.date() != b.when.date())
            return a.when > b.when;
        if (a.order != b.order)
            return a.order > b.order;
        return a.when > b.when;
    });
    QList<QTreeWidgetItem *> items;
    items.reserve(entries.size());
    for (const Entry &e : entries) {
        auto *item = new QTreeWidgetItem;
        item->setText(DateColumn, e.date);
        item->setText(EventColumn, e.event);
        item->setText(DetailsColumn, e.details);
        item->setText(AuthorColumn, e.author);
        item->setData(0, KindRole, int(e.kind));
        item->setData(0, IdRole, e.id);
        item->setData(0, DateRole, e.when);
        const QString tip = e.tooltip.isEmpty() ? e.details : e.tooltip;
        if (!tip.isEmpty()) {
            for (int c = 0; c < ColumnCount; ++c)
                item->setToolTip(c, tip);
        }
        if (e.kind == Kind::Version) {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(DateColumn, checked.contains(e.id) ? Qt::Checked : Qt::Unchecked);
        }
        if (e.kind == Kind::Phase || e.kind == Kind::StatusChange) {
            QFont f = font();
            f.setItalic(true);
            for (int c = 0; c < ColumnCount; ++c)
                item->setFont(c, f);
        }
        items.append(item);
    }
    addTopLevelItems(items);
    m_populating = false;
}

QList<RecordId> HistoryTimeline::checkedVersions() const
{
    QList<RecordId> ids;
    for (int i = topLevelItemCount() - 1; i >= 0; --i) { // the list is newest first
        const QTreeWidgetItem *item = topLevelItem(i);
        if (Kind(item->data(0, KindRole).toInt()) == Kind::Version && item->checkState(DateColumn) == Qt::Checked)
            ids.append(item->data(0, IdRole).toLongLong());
    }
    return ids;
}

void HistoryTimeline::setVersionChecked(RecordId versionId, bool checked)
{
    if (QTreeWidgetItem *item = itemFor(Kind::Version, versionId))
        item->setCheckState(DateColumn, checked ? Qt::Checked : Qt::Unchecked);
}

RecordId HistoryTimeline::currentVisit() const
{
    const QTreeWidgetItem *item = currentItem();
    return item && Kind(item->data(0, KindRole).toInt()) == Kind::Visit ? item->data(0, IdRole).toLongLong() : 0;
}

RecordId HistoryTimeline::currentVersion() const
{
    const QTreeWidgetItem *item = currentItem();
    return item && Kind(item->data(0, KindRole).toInt()) == Kind::Version ? item->data(0, IdRole).toLongLong() : 0;
}

QTreeWidgetItem *HistoryTimeline::itemFor(Kind kind, RecordId id) const
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = topLevelItem(i);
        if (Kind(item->data(0, KindRole).toInt()) == kind && item->data(0, IdRole).toLongLong() == id)
            return item;
    }
    return nullptr;
}

int HistoryTimeline::count(Kind kind) const
{
    int n = 0;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (Kind(topLevelItem(i)->data(0, KindRole).toInt()) == kind)
            ++n;
    }
    return n;
}

void HistoryTimeline::retranslateHeader()
{
    setHeaderLabels({tr("Date"), tr("Event"), tr("Details"), tr("By")});
}

void HistoryTimeline::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateHeader();
        populate();
    }
    QTreeWidget::changeEvent(event);
}

} // namespace lento::ui
