// Handout calendar rows (see calendartable.h).
#include "calendartable.h"

#include "catalogue.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>
#include <memory>

namespace lento::report {

namespace {

constexpr int kBoxesPerLine = 7; // a week per line

struct Line
{
    QFont font;
    QString text;
    QColor color;
    double spaceBefore = 0.0;
};

// A column of wrapped lines, measured once.
struct Cell
{
    QList<Line> lines;
    double width = 0.0;
    double height(const HandoutStyle &s) const
    {
        double h = 0.0;
        for (const Line &l : lines)
            h += l.spaceBefore + s.textHeight(l.font, l.text, width);
        return h;
    }
    void paint(QPainter &p, const HandoutStyle &s, double x, double y) const
    {
        for (const Line &l : lines) {
            y += l.spaceBefore;
            y += s.drawText(p, l.font, QRectF(x, y, width, 1), l.text, l.color);
        }
    }
};

// One dose: the time with the part of the day under it, then "Diazepam 6 mg" and the products
// ("1 × 5 mg tablet and ½ of a 2 mg tablet") on the same line when they fit, else below it.
struct DoseEntry
{
    QString clock, part, head, body;
    QColor bodyColor;
    double width = 0.0; // of the text column
    bool inlineBody = false;
    double height = 0.0;

    void measure(const HandoutStyle &s)
    {
        const double gap = s.mm(2.5);
        const double headWidth = s.textWidth(s.tableBold(), head);
        inlineBody = headWidth + gap + s.textWidth(s.table(), body) <= width;
        const double text = inlineBody
            ? s.lineHeight(s.tableBold())
            : s.textHeight(s.tableBold(), head, width) + s.textHeight(s.table(), body, width);
        height = std::max(text, s.lineHeight(s.tableBold()) + s.lineHeight(s.small()));
    }
    void paint(QPainter &p, const HandoutStyle &s, double timeX, double textX, double y) const
    {
        const double h = s.drawText(p, s.tableBold(), QRectF(timeX, y, textX - timeX, 1), clock);
        s.drawText(p, s.small(), QRectF(timeX, y + h, textX - timeX, 1), part, HandoutStyle::muted());
        if (inlineBody) {
            const double headWidth = s.textWidth(s.tableBold(), head);
            s.drawText(p, s.tableBold(), QRectF(textX, y, headWidth + s.mm(1), 1), head);
            s.drawText(p, s.table(), QRectF(textX + headWidth + s.mm(2.5), y, width - headWidth, 1), body, bodyColor);
        } else {
            const double hh = s.drawText(p, s.tableBold(), QRectF(textX, y, width, 1), head);
            s.drawText(p, s.table(), QRectF(textX, y + hh, width, 1), body, bodyColor);
        }
    }
};

struct RowLayout
{
    Cell dates;
    QList<DoseEntry> doses;
    Cell after; // under the doses: totals, reminders
    QList<QDate> tickDays;
};

} // namespace

CalendarTable::CalendarTable(const HandoutSchedule &schedule, const Plan &plan, const Catalogue &catalogue,
    const HandoutStyle &style, double width, bool tickBoxes)
    : m_schedule(schedule), m_plan(plan), m_catalogue(catalogue), m_style(style), m_width(width), m_ticks(tickBoxes)
{
    const HandoutLanguage &lang = style.language();
    m_col.pad = style.mm(2.2);
    // Wide enough for every date line in one piece ("to Sun 22 Mar 2026"); "From ... onwards" may wrap.
    double widestDate = 0.0;
    for (const ScheduleRow &r : schedule.rows()) {
        widestDate = std::max(widestDate, style.textWidth(style.tableBold(), lang.date(r.from)));
        if (r.to.isValid())
            widestDate = std::max(widestDate,
                style.textWidth(style.table(), lang.text(QT_TRANSLATE_NOOP("Handout", "to %1")).arg(lang.date(r.to))));
        else if (r.isStop())
            widestDate = std::max(widestDate,
                style.textWidth(
                    style.tableBold(), lang.text(QT_TRANSLATE_NOOP("Handout", "From %1")).arg(lang.date(r.from))));
    }
    m_col.dates = std::min(widestDate + 2 * m_col.pad + style.mm(1), width * 0.36);
    m_col.ticks = m_ticks ? kBoxesPerLine * style.mm(5.6) + 2 * m_col.pad : 0.0;
    m_col.what = width - m_col.dates - m_col.ticks;
    double widestPart = 0.0;
    for (int h = 0; h < 24; h += 3)
        widestPart = std::max(widestPart, style.textWidth(style.small(), HandoutPhrases::partOfDay(h * 60, lang)));
    m_col.time = std::max(style.textWidth(style.tableBold(), QStringLiteral("00:00")), widestPart) + style.mm(3);
}

FlowBlock CalendarTable::header() const
{
    const HandoutLanguage &lang = m_style.language();
    const QString dates = lang.text(QT_TRANSLATE_NOOP("Handout", "Dates"));
    const QString what = lang.text(QT_TRANSLATE_NOOP("Handout", "What to take"));
    const QString ticks = lang.text(QT_TRANSLATE_NOOP("Handout", "Tick each day"));
    const QFont font = m_style.tableBold();
    const Columns c = m_col;
    double h = std::max(
        m_style.textHeight(font, dates, c.dates - 2 * c.pad), m_style.textHeight(font, what, c.what - 2 * c.pad));
    if (m_ticks)
        h = std::max(h, m_style.textHeight(font, ticks, c.ticks - 2 * c.pad));
    h += 2 * c.pad;
    FlowBlock b;
    b.height = h;
    b.table = kTableId;
    b.keepWithNext = true;
    b.spaceBefore = m_style.mm(3);
    const HandoutStyle *style = &m_style;
    const bool withTicks = m_ticks;
    b.paint = [=](QPainter &p, const QRectF &r) {
        p.fillRect(QRectF(r.left(), r.top(), r.width(), h), QColor(0xd9, 0xe2, 0xee));
        style->drawText(p, font, QRectF(r.left() + c.pad, r.top() + c.pad, c.dates - 2 * c.pad, 1), dates);
        style->drawText(p, font, QRectF(r.left() + c.dates + c.pad, r.top() + c.pad, c.what - 2 * c.pad, 1), what);
        if (withTicks)
            style->drawText(
                p, font, QRectF(r.left() + c.dates + c.what + c.pad, r.top() + c.pad, c.ticks - 2 * c.pad, 1), ticks);
        p.setPen(QPen(HandoutStyle::rule(), style->pt(0.8)));
        p.drawLine(QPointF(r.left(), r.top() + h), QPointF(r.right(), r.top() + h));
    };
    return b;
}

QList<FlowBlock> CalendarTable::rows() const
{
    QList<FlowBlock> out;
    const QList<ScheduleRow> &rows = m_schedule.rows();
    // The first row compares with what the patient takes now (the plan's current regimen).
    ScheduleRow now;
    for (const Dose &d : m_plan.current)
        now.doses.append(ScheduledDose {d.drug, d.minuteOfDay, d.mg, std::nullopt});
    for (qsizetype i = 0; i < rows.size(); ++i)
        out.append(row(rows[i], i > 0 ? &rows[i - 1] : (now.doses.isEmpty() ? nullptr : &now), i % 2 == 1));
    return out;
}

double CalendarTable::tickHeight(int days) const
{
    if (!m_ticks || days <= 0)
        return 0.0;
    const int lines = (days + kBoxesPerLine - 1) / kBoxesPerLine;
    return lines * (m_style.lineHeight(m_style.tiny()) + m_style.mm(4.4) + m_style.mm(1.2));
}

FlowBlock CalendarTable::row(const ScheduleRow &r, const ScheduleRow *previous, bool shaded) const
{
    const HandoutLanguage &lang = m_style.language();
    const HandoutStyle &s = m_style;
    const Columns c = m_col;
    auto L = std::make_shared<RowLayout>();

    // Dates.
    L->dates.width = c.dates - 2 * c.pad;
    if (r.isOpenEnded()) {
        L->dates.lines << Line {s.tableBold(),
            lang.text(r.isStop() ? QT_TRANSLATE_NOOP("Handout", "From %1")
                                 : QT_TRANSLATE_NOOP("Handout", "From %1 onwards"))
                .arg(lang.date(r.from)),
            HandoutStyle::ink()};
    } else {
        L->dates.lines << Line {s.tableBold(), lang.date(r.from), HandoutStyle::ink()};
        if (r.to != r.from)
            L->dates.lines << Line {
                s.table(), lang.text(QT_TRANSLATE_NOOP("Handout", "to %1")).arg(lang.date(r.to)), HandoutStyle::ink()};
    }
    if (r.days() > 0) {
        const QString days = r.days() == 1 ? lang.text(QT_TRANSLATE_NOOP("Handout", "1 day"))
                                           : lang.text(QT_TRANSLATE_NOOP("Handout", "%1 days")).arg(r.days());
        L->dates.lines << Line {s.small(), days, HandoutStyle::muted(), s.mm(0.8)};
    }
    if (previous && !r.beforePlan) {
        const QMap<QString, double> now = r.dailyMg(), before = previous->dailyMg();
        QString change;
        if (r.isStop())
            change.clear();
        else if (now.keys() != before.keys())
            change = lang.text(QT_TRANSLATE_NOOP("Handout", "Change of medicine"));
        else {
            bool lower = false, higher = false;
            for (auto it = now.cbegin(); it != now.cend(); ++it) {
                lower = lower || it.value() < before.value(it.key()) - 1e-9;
                higher = higher || it.value() > before.value(it.key()) + 1e-9;
            }
            if (lower && higher)
                change = lang.text(QT_TRANSLATE_NOOP("Handout", "Change of medicine"));
            else if (lower)
                change = lang.text(QT_TRANSLATE_NOOP("Handout", "↓ Lower dose"));
            else if (higher)
                change = lang.text(QT_TRANSLATE_NOOP("Handout", "Higher dose"));
            else if (lower || higher || now != before)
                change = lang.text(QT_TRANSLATE_NOOP("Handout", "New times"));
        }
        if (!change.isEmpty())
            L->dates.lines << Line {s.small(), change, HandoutStyle::accent(), s.mm(0.8)};
    }

    // What to take.
    const double textWidth = c.what - 2 * c.pad - c.time;
    for (const ScheduledDose &d : r.doses) {
        DoseEntry e;
        e.clock = HandoutPhrases::clock(d.minuteOfDay);
        e.part = HandoutPhrases::partOfDay(d.minuteOfDay, lang);
        e.width = textWidth;
        const QString name = HandoutPhrases::drugName(d.drug, m_plan, m_catalogue, lang);
        e.head = QStringLiteral("%1 %2").arg(name, HandoutPhrases::milligrams(d.mg.value(), lang));
        if (d.composition) {
            e.body = HandoutPhrases::pieces(d.composition->pieces, lang);
            e.bodyColor = HandoutStyle::ink();
        } else {
            e.body = lang.text(QT_TRANSLATE_NOOP(
                "Handout", "No product makes this amount exactly: ask your pharmacist how to measure it."));
            e.bodyColor = HandoutStyle::urgent();
        }
        e.measure(s);
        L->doses.append(e);
    }
    L->after.width = c.what - 2 * c.pad;
    if (r.isStop()) {
        L->after.lines << Line {
            s.tableBold(), lang.text(QT_TRANSLATE_NOOP("Handout", "Stop: nothing more to take.")), HandoutStyle::ink()};
        if (r.isOpenEnded())
            L->after.lines << Line {s.small(),
                lang.text(QT_TRANSLATE_NOOP("Handout", "Take any medicine you have left back to the pharmacy.")),
                HandoutStyle::muted(), s.mm(0.8)};
    } else {
        const QMap<QString, double> daily = r.dailyMg();
        if (r.doses.size() > 1) {
            QStringList parts;
            for (const QString &drug : m_schedule.drugs())
                if (daily.contains(drug))
                    parts << QStringLiteral("%1 %2").arg(
                        HandoutPhrases::drugNameInText(drug, m_plan, m_catalogue, lang),
                        HandoutPhrases::milligrams(daily.value(drug), lang));
            L->after.lines << Line {s.small(),
                lang.text(QT_TRANSLATE_NOOP("Handout", "Each day in total: %1")).arg(parts.join(QStringLiteral(" + "))),
                HandoutStyle::muted(), s.mm(1)};
        }
        if (r.beforePlan)
            L->after.lines << Line {s.small(), lang.text(QT_TRANSLATE_NOOP("Handout", "The same as you take now.")),
                HandoutStyle::muted(), s.mm(0.6)};
        if (r.isOpenEnded())
            L->after.lines << Line {s.small(),
                lang.text(QT_TRANSLATE_NOOP("Handout", "Keep taking this dose until your prescriber reviews it.")),
                HandoutStyle::muted(), s.mm(0.6)};
    }
    if (m_ticks && !r.isOpenEnded() && !r.isStop())
        for (QDate d = r.from; d <= r.to; d = d.addDays(1))
            L->tickDays << d;

    // Heights.
    const double doseGap = s.mm(1.6);
    double whatHeight = 0.0;
    for (qsizetype i = 0; i < L->doses.size(); ++i)
        whatHeight += (i > 0 ? doseGap : 0.0) + L->doses[i].height;
    whatHeight += L->after.height(s);
    const double content = std::max({L->dates.height(s), whatHeight, tickHeight(int(L->tickDays.size()))});
    const double h = content + 2 * c.pad;

    FlowBlock b;
    b.height = h;
    b.table = kTableId;
    const HandoutStyle *style = &m_style;
    const bool ticks = m_ticks;
    b.paint = [=](QPainter &p, const QRectF &rect) {
        const double left = rect.left(), top = rect.top();
        if (shaded)
            p.fillRect(QRectF(left, top, rect.width(), h), HandoutStyle::shade());
        L->dates.paint(p, *style, left + c.pad, top + c.pad);
        double y = top + c.pad;
        const double x = left + c.dates + c.pad;
        for (qsizetype i = 0; i < L->doses.size(); ++i) {
            const DoseEntry &e = L->doses[i];
            if (i > 0)
                y += doseGap;
            e.paint(p, *style, x, x + c.time, y);
            y += e.height;
        }
        L->after.paint(p, *style, x, y);

        if (ticks && !L->tickDays.isEmpty()) {
            const double pitch = style->mm(5.6), box = style->mm(4.4);
            const double labelH = style->lineHeight(style->tiny());
            const double lineH = labelH + box + style->mm(1.2);
            const double x0 = left + c.dates + c.what + c.pad;
            for (qsizetype k = 0; k < L->tickDays.size(); ++k) {
                const double bx = x0 + double(k % kBoxesPerLine) * pitch;
                const double by = top + c.pad + double(k / kBoxesPerLine) * lineH;
                style->drawText(p, style->tiny(), QRectF(bx, by, box, labelH), QString::number(L->tickDays[k].day()),
                    HandoutStyle::muted(), Qt::AlignHCenter);
                p.setPen(QPen(HandoutStyle::ink(), style->pt(0.7)));
                p.setBrush(Qt::white);
                p.drawRect(QRectF(bx, by + labelH, box, box));
            }
        }
        p.setPen(QPen(HandoutStyle::rule(), style->pt(0.5)));
        p.drawLine(QPointF(left, top + h), QPointF(rect.right(), top + h));
        p.drawLine(QPointF(left + c.dates, top), QPointF(left + c.dates, top + h));
        if (ticks)
            p.drawLine(QPointF(left + c.dates + c.what, top), QPointF(left + c.dates + c.what, top + h));
    };
    return b;
}

} // namespace lento::report
