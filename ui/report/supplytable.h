// The prescriber/pharmacy page's table: one row per prescription period with the quantity of every
// product the calendar uses in it, then the whole-plan total. Rows never split across pages and
// the header row repeats where the table continues.
#pragma once

#include "handoutstyle.h"
#include "pageflow.h"
#include "supplyplan.h"

#include <QList>
#include <QStringList>

namespace lento {
class Catalogue;
struct Plan;
} // namespace lento

namespace lento::report {

class SupplyTable
{
public:
    SupplyTable(const SupplyPlan &supply, const Plan &plan, const Catalogue &catalogue, const HandoutStyle &style,
        double width, int tableId);

    FlowBlock header() const;
    QList<FlowBlock> rows() const; // periods, then the total

    // "28 tablets", "1 capsule", "67 mL" in the handout language.
    static QString quantity(double amount, const Product &product, const HandoutLanguage &lang);

private:
    FlowBlock line(const QStringList &cells, bool bold, bool shaded, bool topRule) const;

    const SupplyPlan &m_supply;
    const HandoutStyle &m_style;
    QStringList m_headers;
    double m_width;
    double m_first = 0.0; // period column width
    double m_pad = 0.0;
    int m_table;
};

} // namespace lento::report
