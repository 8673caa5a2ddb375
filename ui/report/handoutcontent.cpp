// The words and sections of a patient handout (see handoutcontent.h). Every value that goes into
// rich text is escaped with BlockFactory::esc(); everything else is drawn as plain text.
#include "handoutcontent.h"

#include "calendartable.h"
#include "catalogue.h"
#include "dosechart.h"
#include "handoutphrases.h"
#include "handoutsafety.h"
#include "supplyplan.h"
#include "supplytable.h"

#include <QCoreApplication>
#include <QPainter>

#include <memory>

namespace lento::report {

namespace {

using E = BlockFactory;

// Between two sentences: a space in English, nothing after a Chinese full stop.
QString sentenceGap(const HandoutLanguage &lang)
{
    return lang.isChinese() ? QString() : QStringLiteral(" ");
}

} // namespace

HandoutContent::HandoutContent(const HandoutInput &input, const HandoutSchedule &schedule, const Catalogue &catalogue,
    const HandoutStyle &style, double width)
    : m_in(input), m_schedule(schedule), m_catalogue(catalogue), m_style(style), m_blocks(style, width), m_width(width)
{
}

QString HandoutContent::name(const QString &drug) const
{
    return HandoutPhrases::drugNameInText(drug, m_in.plan, m_catalogue, m_style.language());
}

QString HandoutContent::title(
    const HandoutSchedule &schedule, const Plan &plan, const Catalogue &catalogue, const HandoutLanguage &lang)
{
    const QString drug = HandoutPhrases::drugNameInText(schedule.taperedDrug(), plan, catalogue, lang);
    if (schedule.stops())
        return lang.text(QT_TRANSLATE_NOOP("Handout", "Your plan for reducing and stopping %1")).arg(drug);
    return lang.text(QT_TRANSLATE_NOOP("Handout", "Your plan for reducing %1")).arg(drug);
}

void HandoutContent::build(PageFlow *flow) const
{
    addHeader(flow);
    addAbout(flow);
    addChart(flow);
    addCalendar(flow);
    addWithdrawal(flow);
    addClosing(flow);
    if (m_in.prescriberPage)
        addPrescriberPage(flow);
}

void HandoutContent::addHeader(PageFlow *flow) const
{
    const HandoutLanguage &lang = m_style.language();
    const HandoutStyle *style = &m_style;
    const double width = m_width;

    // Clinic name and phone over a rule.
    {
        const QString clinic = m_in.clinicName;
        const QString phone = m_in.clinicPhone.isEmpty()
            ? QString()
            : t(QT_TRANSLATE_NOOP("Handout", "Phone: %1")).arg(m_in.clinicPhone);
        const QFont nameFont = m_style.heading();
        const QFont phoneFont = m_style.body();
        const double phoneWidth
            = phone.isEmpty() ? 0.0 : std::min(m_style.textWidth(phoneFont, phone) + m_style.mm(1), width * 0.45);
        const double nameWidth = width - phoneWidth - m_style.mm(4);
        const double h = std::max(m_style.textHeight(nameFont, clinic, nameWidth),
                             m_style.textHeight(phoneFont, phone, phoneWidth))
            + m_style.mm(2.5);
        FlowBlock b;
        b.height = h;
        b.paint = [=](QPainter &p, const QRectF &r) {
            style->drawText(p, nameFont, QRectF(r.left(), r.top(), nameWidth, 1), clinic, HandoutStyle::accent());
            style->drawText(p, phoneFont, QRectF(r.right() - phoneWidth, r.top() + style->mm(0.8), phoneWidth, 1),
                phone, HandoutStyle::ink(), Qt::AlignRight);
            p.setPen(QPen(HandoutStyle::accent(), style->pt(1.5)));
            p.drawLine(
                QPointF(r.left(), r.top() + h - style->mm(0.6)), QPointF(r.right(), r.top() + h - style->mm(0.6)));
        };
        flow->add(b);
    }

    // Title.
    {
        const QString text = title(m_schedule, m_in.plan, m_catalogue, lang);
        const QFont font = m_style.title();
        FlowBlock b;
        b.height = m_style.textHeight(font, text, width);
        b.spaceBefore = m_style.mm(5);
        b.paint = [=](QPainter &p, const QRectF &r) { style->drawText(p, font, r, text); };
        flow->add(b);
    }

    // Who, when, by whom.
    {
        const QDate issued = m_in.issued.isValid() ? m_in.issued : QDate::currentDate();
        QString patient = m_in.patientName;
        if (!m_in.patientIdentifier.isEmpty())
            patient
                = t(QT_TRANSLATE_NOOP("Handout", "%1 (record no. %2)")).arg(m_in.patientName, m_in.patientIdentifier);
        QString plan;
        if (m_schedule.stops())
            plan = t(QT_TRANSLATE_NOOP("Handout", "%1 to %2"))
                       .arg(lang.plainDate(m_schedule.start()), lang.plainDate(m_schedule.lastChange().addDays(-1)));
        else
            plan = t(QT_TRANSLATE_NOOP("Handout", "from %1")).arg(lang.plainDate(m_schedule.start()));
        const QList<std::pair<QString, QString>> cells {
            {t(QT_TRANSLATE_NOOP("Handout", "Patient")), patient},
            {t(QT_TRANSLATE_NOOP("Handout", "Date")), lang.plainDate(issued)},
            {t(QT_TRANSLATE_NOOP("Handout", "Prescriber")), m_in.prescriber},
            {t(QT_TRANSLATE_NOOP("Handout", "Plan dates")), plan},
        };
        const QFont labelFont = m_style.small(), valueFont = m_style.bodyBold();
        const double colGap = m_style.mm(6);
        const double left = (width - colGap) * 0.6, right = width - colGap - left;
        auto cellHeight = [&](const std::pair<QString, QString> &c, double w) {
            return m_style.lineHeight(labelFont)
                + std::max(m_style.lineHeight(valueFont), m_style.textHeight(valueFont, c.second, w));
        };
        const double row1 = std::max(cellHeight(cells[0], left), cellHeight(cells[1], right));
        const double row2 = std::max(cellHeight(cells[2], left), cellHeight(cells[3], right));
        const double gap = m_style.mm(2.5);
        FlowBlock b;
        b.height = row1 + gap + row2;
        b.spaceBefore = m_style.mm(4);
        b.paint = [=](QPainter &p, const QRectF &r) {
            auto cell = [&](const std::pair<QString, QString> &c, double x, double y, double w) {
                style->drawText(p, labelFont, QRectF(x, y, w, 1), c.first, HandoutStyle::muted());
                const double vy = y + style->lineHeight(labelFont);
                if (c.second.isEmpty()) {
                    p.setPen(QPen(HandoutStyle::ink(), style->pt(0.7)));
                    const double base = vy + style->lineHeight(valueFont) - style->mm(0.8);
                    p.drawLine(QPointF(x, base), QPointF(x + w * 0.9, base));
                } else {
                    style->drawText(p, valueFont, QRectF(x, vy, w, 1), c.second);
                }
            };
            cell(cells[0], r.left(), r.top(), left);
            cell(cells[1], r.left() + left + colGap, r.top(), right);
            cell(cells[2], r.left(), r.top() + row1 + gap, left);
            cell(cells[3], r.left() + left + colGap, r.top() + row1 + gap, right);
        };
        flow->add(b);
    }
}

void HandoutContent::addAbout(PageFlow *flow) const
{
    const HandoutLanguage &lang = m_style.language();
    const QString tapered = name(m_schedule.taperedDrug());
    flow->add(m_blocks.heading(t(QT_TRANSLATE_NOOP("Handout", "About your plan"))));

    QStringList others;
    for (const QString &d : m_schedule.startingDrugs())
        if (d != m_schedule.taperedDrug())
            others << name(d);
    QString what;
    if (!others.isEmpty())
        what += t(QT_TRANSLATE_NOOP("Handout",
                      "First, your %1 is changed over to %2, one dose at a time: %2 stays in the body longer, so its "
                      "dose can be lowered in smaller, smoother steps."))
                    .arg(E::esc(HandoutPhrases::joinList(others, lang)), E::esc(tapered))
            + sentenceGap(lang);
    if (m_schedule.stops()) {
        what += t(QT_TRANSLATE_NOOP(
                      "Handout", "This plan lowers your dose of %1 a little at a time, until you no longer take it."))
                    .arg(E::esc(tapered));
        what += sentenceGap(lang)
            + t(QT_TRANSLATE_NOOP("Handout", "It starts on <b>%1</b>, and your last dose is on <b>%2</b>."))
                  .arg(E::esc(lang.plainDate(m_schedule.start())),
                      E::esc(lang.plainDate(m_schedule.lastChange().addDays(-1))));
    } else {
        const double finalMg = m_schedule.rows().last().dailyMg().value(m_schedule.taperedDrug(), 0.0);
        what += t(QT_TRANSLATE_NOOP("Handout", "This plan lowers your dose of %1 a little at a time, to %2 a day."))
                    .arg(E::esc(tapered), E::esc(HandoutPhrases::milligrams(finalMg, lang)));
        what += sentenceGap(lang)
            + t(QT_TRANSLATE_NOOP("Handout", "It starts on <b>%1</b>, and the last change is on <b>%2</b>."))
                  .arg(E::esc(lang.plainDate(m_schedule.start())), E::esc(lang.plainDate(m_schedule.lastChange())));
    }
    flow->add(m_blocks.paragraph(what, 0.0));
    const HandoutSafety safety = HandoutSafety::of(m_in.plan, m_catalogue);
    if (safety.drowsyFromMgPerDay > 0.0)
        flow->add(m_blocks.paragraph(
            t(QT_TRANSLATE_NOOP("Handout",
                  "While you take %1 or more of %2 a day, you may feel drowsy or slow, most of all in the first days "
                  "of the change. Do not drive, cycle or use machines while you feel drowsy."))
                .arg(E::esc(HandoutPhrases::milligrams(safety.drowsyFromMgPerDay, lang)),
                    E::esc(name(safety.drowsyDrug)))));

    flow->add(m_blocks.heading(t(QT_TRANSLATE_NOOP("Handout", "Why slowly"))));
    flow->add(m_blocks.paragraph(
        t(QT_TRANSLATE_NOOP("Handout",
            "Your body has got used to this medicine. Lowering the dose in small steps gives your brain time to "
            "adjust, so withdrawal symptoms stay milder. Stopping suddenly can be dangerous.")),
        0.0));
    if (safety.largeFinalStop)
        flow->add(m_blocks.paragraph(
            t(QT_TRANSLATE_NOOP("Handout",
                "<b>Your last step is larger than usual</b>, because smaller doses cannot be made from your "
                "medicines. Your prescriber has checked this. Take every dose until the last day shown, and tell "
                "your prescriber before that day if the steps have been hard: the end can be made gentler.")),
            m_style.mm(2)));
    flow->add(m_blocks.heading(t(QT_TRANSLATE_NOOP("Handout", "Needing the medicine is not addiction"))));
    flow->add(m_blocks.paragraph(
        t(QT_TRANSLATE_NOOP("Handout",
            "After regular use, the body needs the medicine to feel normal. This is called physical dependence. It is "
            "an expected effect of the medicine: it is not addiction, and it is not your fault.")),
        0.0));
    flow->add(m_blocks.heading(t(QT_TRANSLATE_NOOP("Handout", "You can pause"))));
    flow->add(m_blocks.paragraph(
        t(QT_TRANSLATE_NOOP("Handout",
            "If a step feels too hard, the plan can wait: stay on the same dose for longer before the next step. Talk "
            "to your prescriber. Going slower is always allowed; going faster is not.")),
        0.0));
}

void HandoutContent::addChart(PageFlow *flow) const
{
    flow->add(m_blocks.heading(t(QT_TRANSLATE_NOOP("Handout", "Your daily dose over time"))));
    auto chart = std::make_shared<DoseChart>(m_schedule, m_in.plan, m_catalogue, m_style.language());
    FlowBlock b;
    b.height = m_style.mm(62);
    const HandoutStyle *style = &m_style;
    b.paint = [chart, style](QPainter &p, const QRectF &r) { chart->paint(p, r, *style); };
    flow->add(b);
}

void HandoutContent::addCalendar(PageFlow *flow) const
{
    flow->add(m_blocks.heading(t(QT_TRANSLATE_NOOP("Handout", "Your calendar"))));
    QString intro = t(QT_TRANSLATE_NOOP("Handout", "Take exactly what is written for each day, at the times shown."));
    if (m_in.tickBoxes)
        intro += sentenceGap(m_style.language())
            + t(QT_TRANSLATE_NOOP("Handout", "Tick the box for a day once you have taken all of that day's doses."));
    bool split = false, liquid = false;
    for (const ScheduleRow &r : m_schedule.rows())
        for (const ScheduledDose &d : r.doses)
            if (d.composition)
                for (const Piece &pc : d.composition->pieces) {
                    liquid = liquid || pc.product.isLiquid();
                    split = split || (!pc.product.isLiquid() && pc.count != double(qint64(pc.count)));
                }
    if (split)
        intro += sentenceGap(m_style.language())
            + t(QT_TRANSLATE_NOOP(
                "Handout", "Use a tablet cutter for halves and quarters; your pharmacist can show you how."));
    if (liquid)
        intro += sentenceGap(m_style.language())
            + t(QT_TRANSLATE_NOOP(
                "Handout", "Measure the liquid with the oral syringe from the pharmacy, never with a kitchen spoon."));
    flow->add(m_blocks.paragraph(intro, 0.0));
    flow->add(m_blocks.spacer(m_style.mm(1)));

    CalendarTable table(m_schedule, m_in.plan, m_catalogue, m_style, m_width, m_in.tickBoxes);
    FlowBlock header = table.header();
    flow->setTableHeader(CalendarTable::kTableId, header);
    flow->add(header);
    for (FlowBlock &row : table.rows())
        flow->add(std::move(row));
}

void HandoutContent::addWithdrawal(PageFlow *flow) const
{
    flow->add(m_blocks.heading(t(QT_TRANSLATE_NOOP("Handout", "What withdrawal can feel like"))));
    flow->add(m_blocks.paragraph(t(QT_TRANSLATE_NOOP("Handout",
                                     "As the dose goes down you may notice some of these. They are common, and they "
                                     "usually ease as your body adjusts:")),
        0.0));
    for (const char *s : {QT_TRANSLATE_NOOP("Handout", "Low or changeable mood, worry, and poor sleep"),
             QT_TRANSLATE_NOOP("Handout", "A racing or pounding heart, and sweating"),
             QT_TRANSLATE_NOOP("Handout", "Shaking hands (tremor)"),
             QT_TRANSLATE_NOOP("Handout", "Being bothered by light and sound"),
             QT_TRANSLATE_NOOP("Handout", "Tingling, pins and needles, or numbness")})
        flow->add(m_blocks.bullet(t(s)));

    flow->add(m_blocks.heading(t(QT_TRANSLATE_NOOP("Handout", "When it is hard"))));
    QString contact;
    const QString who = E::esc(m_in.prescriber), phone = E::esc(m_in.clinicPhone);
    if (!who.isEmpty() && !phone.isEmpty())
        contact = t(QT_TRANSLATE_NOOP("Handout", "Contact your prescriber, <b>%1</b>, on <b>%2</b>.")).arg(who, phone);
    else if (!who.isEmpty())
        contact = t(QT_TRANSLATE_NOOP("Handout", "Contact your prescriber, <b>%1</b>.")).arg(who);
    else if (!phone.isEmpty())
        contact = t(QT_TRANSLATE_NOOP("Handout", "Contact your prescriber on <b>%1</b>.")).arg(phone);
    else
        contact = t(QT_TRANSLATE_NOOP("Handout", "Contact your prescriber."));
    flow->add(m_blocks.bullet(contact));
    flow->add(m_blocks.bullet(t(QT_TRANSLATE_NOOP(
        "Handout", "<b>Hold</b>: stay on the dose you take now until you feel steadier. The next step can wait."))));
    flow->add(m_blocks.bullet(t(QT_TRANSLATE_NOOP(
        "Handout", "<b>Never skip ahead</b> to a lower dose, and never stop earlier than your calendar shows."))));
    flow->add(
        m_blocks.bullet(t(QT_TRANSLATE_NOOP("Handout", "Do not take extra doses, or medicine from anyone else."))));

    const QStringList urgent {t(QT_TRANSLATE_NOOP("Handout", "A seizure (fit)")),
        t(QT_TRANSLATE_NOOP("Handout", "Confusion, or not knowing where you are")),
        t(QT_TRANSLATE_NOOP("Handout", "Seeing or hearing things that are not there (hallucinations)")),
        t(QT_TRANSLATE_NOOP("Handout", "Thoughts of harming yourself or of ending your life"))};
    FlowBlock box = m_blocks.box(
        t(QT_TRANSLATE_NOOP("Handout",
              "Get urgent medical help straight away (call %1 for an ambulance or go to an emergency department) if "
              "you have:"))
            .arg(HandoutSafety::emergencyNumber(m_in.plan, m_in.region)),
        urgent, HandoutStyle::urgent());
    box.spaceBefore = m_style.mm(5);
    flow->add(box);
}

void HandoutContent::addClosing(PageFlow *flow) const
{
    const HandoutLanguage &lang = m_style.language();
    // A patient who is prescribed an opioid must not be prompted to stop either medicine at once.
    FlowBlock safety = m_in.opioidCoPrescribed
        ? m_blocks.box(t(QT_TRANSLATE_NOOP("Handout",
                           "You also take an opioid: do not change either medicine on "
                           "your own.")),
            {t(QT_TRANSLATE_NOOP("Handout",
                 "Together the two medicines can slow your breathing. Take both exactly as prescribed; do not stop "
                 "or change either of them without your prescriber, and do not drink alcohol.")),
                t(QT_TRANSLATE_NOOP("Handout",
                    "If you are very sleepy, or your breathing is slow or shallow, get urgent medical help."))},
            HandoutStyle::ink(), false)
        : m_blocks.box(t(QT_TRANSLATE_NOOP("Handout",
                           "Do not drink alcohol with this medicine, and take care with "
                           "opioids.")),
            {t(QT_TRANSLATE_NOOP("Handout",
                "Opioids include painkillers such as codeine, tramadol, morphine and oxycodone, and some cough "
                "medicines. Together with this medicine they can slow or stop your breathing. If one is prescribed "
                "for you, do not stop or change either medicine on your own: ask your prescriber."))},
            HandoutStyle::ink(), false);
    safety.spaceBefore = m_style.mm(4);
    flow->add(safety);

    flow->add(m_blocks.heading(t(QT_TRANSLATE_NOOP("Handout", "Your next appointment"))));
    if (m_in.nextAppointment.isValid()) {
        QString when = E::esc(lang.date(m_in.nextAppointment));
        if (m_in.nextAppointmentTime.isValid())
            when = t(QT_TRANSLATE_NOOP("Handout", "%1 at %2"))
                       .arg(when, E::esc(m_in.nextAppointmentTime.toString(QStringLiteral("HH:mm"))));
        flow->add(m_blocks.paragraph(QStringLiteral("<b>%1</b>").arg(when), 0.0));
    } else {
        flow->add(m_blocks.writeLines(
            {t(QT_TRANSLATE_NOOP("Handout", "Date:")), t(QT_TRANSLATE_NOOP("Handout", "Time:"))}, 0.0));
    }
    flow->add(
        m_blocks.paragraph(t(QT_TRANSLATE_NOOP("Handout", "Please bring this handout with you.")), m_style.mm(2)));

    FlowBlock sign = m_blocks.writeLines(
        {t(QT_TRANSLATE_NOOP("Handout", "Prescriber's signature:")), t(QT_TRANSLATE_NOOP("Handout", "Date:"))},
        m_style.mm(9), {1.6, 1.0});
    flow->add(sign);
}

void HandoutContent::addPrescriberPage(PageFlow *flow) const
{
    const HandoutLanguage &lang = m_style.language();
    FlowBlock heading
        = m_blocks.heading(t(QT_TRANSLATE_NOOP("Handout", "For the prescriber and the pharmacy")), HandoutStyle::ink());
    heading.pageBreakBefore = true;
    flow->add(heading);
    const SupplyPlan supply = SupplyPlan::build(m_schedule, m_in.supplyDays);
    flow->add(m_blocks.paragraph(
        t(QT_TRANSLATE_NOOP("Handout",
              "Not part of the patient's instructions. The quantity of each product the calendar uses in every %1-day "
              "prescription period, so that the prescription and the dispensing match the calendar."))
                .arg(supply.periodDays())
            + sentenceGap(lang)
            + t(QT_TRANSLATE_NOOP(
                "Handout", "Tablets are rounded up to whole tablets in each period, liquids to whole millilitres.")),
        0.0));
    QString who = t(QT_TRANSLATE_NOOP("Handout", "Patient: <b>%1</b>")).arg(E::esc(m_in.patientName));
    if (!m_in.patientIdentifier.isEmpty())
        who += QStringLiteral(" (%1)").arg(E::esc(m_in.patientIdentifier));
    // A title the planner generated is English: other languages name the plan themselves.
    const bool generated
        = m_in.plan.extra.value(QStringLiteral("planner")).toObject().value(QStringLiteral("generated_title")).toBool();
    const QString planTitle
        = generated && lang.isChinese() ? title(m_schedule, m_in.plan, m_catalogue, lang) : m_in.plan.title;
    if (!planTitle.isEmpty())
        who += QStringLiteral("<br>") + t(QT_TRANSLATE_NOOP("Handout", "Plan: <b>%1</b>")).arg(E::esc(planTitle));
    flow->add(m_blocks.paragraph(who));

    auto table = std::make_shared<SupplyTable>(supply, m_in.plan, m_catalogue, m_style, m_width, kSupplyTableId);
    FlowBlock header = table->header();
    flow->setTableHeader(kSupplyTableId, header);
    flow->add(header);
    for (FlowBlock &row : table->rows())
        flow->add(std::move(row));

    if (!supply.ongoing().isEmpty()) {
        QStringList parts;
        for (qsizetype k = 0; k < supply.products().size(); ++k)
            if (supply.ongoing().value(k) > 0.0)
                parts << E::esc(QStringLiteral("%1: %2").arg(
                    HandoutPhrases::productName(
                        HandoutPhrases::drugName(supply.products()[k].drug, m_in.plan, m_catalogue, lang),
                        supply.products()[k].product, lang),
                    SupplyTable::quantity(supply.ongoing()[k], supply.products()[k].product, lang)));
        flow->add(m_blocks.paragraph(
            t(QT_TRANSLATE_NOOP("Handout", "From %1 the dose stays the same; every %2 days after that: %3."))
                .arg(E::esc(lang.plainDate(supply.ongoingFrom())), QString::number(supply.periodDays()),
                    parts.join(QStringLiteral("; ")))));
    }

    // Doses no product makes, and the clinicians' notes on the steps.
    QStringList problems, notes;
    for (const ScheduleRow &r : m_schedule.rows()) {
        const QString dates = r.to.isValid() && r.to != r.from
            ? t(QT_TRANSLATE_NOOP("Handout", "%1 to %2")).arg(lang.plainDate(r.from), lang.plainDate(r.to))
            : lang.plainDate(r.from);
        for (const ScheduledDose &d : r.doses)
            if (!d.composition)
                problems << t(QT_TRANSLATE_NOOP("Handout", "<b>%1</b>, %2: %3 %4 cannot be made from the products."))
                                .arg(E::esc(dates), HandoutPhrases::clock(d.minuteOfDay),
                                    E::esc(HandoutPhrases::drugName(d.drug, m_in.plan, m_catalogue, lang)),
                                    E::esc(HandoutPhrases::milligrams(d.mg.value(), lang)));
        // Modelled figures (pressure, swing) belong to the window, never to paper.
        for (const QString &n : r.notes)
            if (!n.contains(QStringLiteral("modelled"), Qt::CaseInsensitive))
                notes << QStringLiteral("<b>%1</b>: %2").arg(E::esc(dates), E::esc(n));
    }
    if (!problems.isEmpty()) {
        flow->add(m_blocks.heading(
            t(QT_TRANSLATE_NOOP("Handout", "Doses the products cannot make")), HandoutStyle::urgent()));
        for (const QString &p : std::as_const(problems))
            flow->add(m_blocks.bullet(p));
    }
    if (!notes.isEmpty()) {
        flow->add(m_blocks.heading(
            t(QT_TRANSLATE_NOOP("Handout", "Notes on the steps (for clinicians)")), HandoutStyle::ink()));
        for (const QString &n : std::as_const(notes))
            flow->add(m_blocks.bullet(n));
    }
}

} // namespace lento::report
