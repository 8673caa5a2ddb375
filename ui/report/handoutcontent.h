// What a handout says, as blocks for PageFlow: the clinic and patient header, plain-language
// explanations, the dose chart, the calendar, what withdrawal can feel like, what to do, red flags,
// alcohol and opioids, the next appointment and the signature line; then, if asked, the separate
// prescriber/pharmacy page (the only place clinicians' step notes are printed).
#pragma once

#include "blockfactory.h"
#include "handoutinput.h"
#include "handoutschedule.h"
#include "handoutstyle.h"
#include "pageflow.h"

namespace lento {
class Catalogue;
}

namespace lento::report {

class HandoutContent
{
public:
    static constexpr int kSupplyTableId = 2;

    HandoutContent(const HandoutInput &input, const HandoutSchedule &schedule, const Catalogue &catalogue,
        const HandoutStyle &style, double width);

    // Fills `flow` with every block, in reading order.
    void build(PageFlow *flow) const;

    // "Your plan to reduce diazepam slowly" (also the PDF title).
    static QString title(
        const HandoutSchedule &schedule, const Plan &plan, const Catalogue &catalogue, const HandoutLanguage &lang);

private:
    void addHeader(PageFlow *flow) const;
    void addAbout(PageFlow *flow) const;
    void addChart(PageFlow *flow) const;
    void addCalendar(PageFlow *flow) const;
    void addWithdrawal(PageFlow *flow) const;
    void addClosing(PageFlow *flow) const;
    void addPrescriberPage(PageFlow *flow) const;
    QString t(const char *source) const { return m_style.language().text(source); }
    QString name(const QString &drug) const;

    const HandoutInput &m_in;
    const HandoutSchedule &m_schedule;
    const Catalogue &m_catalogue;
    const HandoutStyle &m_style;
    BlockFactory m_blocks;
    double m_width;
};

} // namespace lento::report
