// Prescription-period quantities table (see supplytable.h).
#include "supplytable.h"

#include "handoutphrases.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>

namespace lento::report {

namespace {

QString periodText(const SupplyPeriod &p, const HandoutLanguage &lang)
{
    return lang.text(QT_TRANSLATE_NOOP("Handout", "%1 to %2")).arg(lang.plainDate(p.from), lang.plainDate(p.to));
}

} // namespace

SupplyTable::SupplyTable(const SupplyPlan &supply, const Plan &plan, const Catalogue &catalogue,
    const HandoutStyle &style, double width, int tableId)
    : m_supply(supply), m_style(style), m_width(width), m_table(tableId)
{
    const HandoutLanguage &lang = style.language();
    m_pad = style.mm(1.8);
    m_headers << lang.text(QT_TRANSLATE_NOOP("Handout", "Period"));
    for (const SupplyProduct &p : supply.products()) {
        const QString unit = p.product.isLiquid()      ? lang.text(QT_TRANSLATE_NOOP("Handout", "(mL)"))
            : p.product.form == Product::Form::Capsule ? lang.text(QT_TRANSLATE_NOOP("Handout", "(capsules)"))
                                                       : lang.text(QT_TRANSLATE_NOOP("Handout", "(tablets)"));
        m_headers << HandoutPhrases::drugName(p.drug, plan, catalogue, lang) + QLatin1Char('\n')
                + HandoutPhrases::productForm(p.product, lang) + QLatin1Char('\n') + unit;
    }
    double widest = style.textWidth(style.smallBold(), m_headers.first());
    for (const SupplyPeriod &p : supply.periods())
        widest = std::max(widest, style.textWidth(style.small(), periodText(p, lang)));
    m_first = std::min(widest + 2 * m_pad + style.mm(1), width * 0.4);
}

QString SupplyTable::quantity(double amount, const Product &product, const HandoutLanguage &lang)
{
    const QString n = HandoutLanguage::number(amount);
    if (product.isLiquid())
        return lang.text(QT_TRANSLATE_NOOP("Handout", "%1 mL")).arg(n);
    if (product.form == Product::Form::Capsule)
        return amount == 1.0 ? lang.text(QT_TRANSLATE_NOOP("Handout", "1 capsule"))
                             : lang.text(QT_TRANSLATE_NOOP("Handout", "%1 capsules")).arg(n);
    return amount == 1.0 ? lang.text(QT_TRANSLATE_NOOP("Handout", "1 tablet"))
                         : lang.text(QT_TRANSLATE_NOOP("Handout", "%1 tablets")).arg(n);
}

FlowBlock SupplyTable::line(const QStringList &cells, bool bold, bool shaded, bool topRule) const
{
    const HandoutStyle *style = &m_style;
    const double first = m_first, pad = m_pad;
    const qsizetype n = std::max<qsizetype>(1, cells.size() - 1);
    const double other = (m_width - first) / double(n);
    const QFont font = bold ? m_style.smallBold() : m_style.small();
    double h = 0.0;
    for (qsizetype i = 0; i < cells.size(); ++i)
        h = std::max(h, m_style.textHeight(font, cells[i], (i == 0 ? first : other) - 2 * pad));
    h += 2 * pad;
    FlowBlock b;
    b.height = h;
    b.table = m_table;
    b.paint = [=](QPainter &p, const QRectF &r) {
        if (shaded)
            p.fillRect(QRectF(r.left(), r.top(), r.width(), h),
                bold && !topRule ? QColor(0xd9, 0xe2, 0xee) : HandoutStyle::shade());
        double x = r.left();
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const double w = i == 0 ? first : other;
            style->drawText(p, font, QRectF(x + pad, r.top() + pad, w - 2 * pad, 1), cells[i], HandoutStyle::ink(),
                i == 0 ? Qt::AlignLeft : Qt::AlignRight);
            if (i > 0) {
                p.setPen(QPen(HandoutStyle::rule(), style->pt(0.5)));
                p.drawLine(QPointF(x, r.top()), QPointF(x, r.top() + h));
            }
            x += w;
        }
        p.setPen(QPen(HandoutStyle::rule(), style->pt(topRule ? 1.2 : 0.5)));
        if (topRule)
            p.drawLine(QPointF(r.left(), r.top()), QPointF(r.right(), r.top()));
        p.drawLine(QPointF(r.left(), r.top() + h), QPointF(r.right(), r.top() + h));
    };
    return b;
}

FlowBlock SupplyTable::header() const
{
    FlowBlock b = line(m_headers, true, true, false);
    b.keepWithNext = true;
    b.spaceBefore = m_style.mm(3);
    return b;
}

QList<FlowBlock> SupplyTable::rows() const
{
    const HandoutLanguage &lang = m_style.language();
    QList<FlowBlock> out;
    const QList<SupplyProduct> &products = m_supply.products();
    for (qsizetype i = 0; i < m_supply.periods().size(); ++i) {
        const SupplyPeriod &p = m_supply.periods()[i];
        QStringList cells;
        cells << periodText(p, lang);
        for (qsizetype k = 0; k < products.size(); ++k)
            cells << (p.quantities.value(k) > 0.0 ? HandoutLanguage::number(p.quantities[k]) : QStringLiteral("–"));
        FlowBlock row = line(cells, false, i % 2 == 1, false);
        row.keepWithNext = i + 1 == m_supply.periods().size(); // the last period stays with the total
        out.append(row);
    }
    QStringList total;
    total << lang.text(QT_TRANSLATE_NOOP("Handout", "Whole plan"));
    const QList<double> sums = m_supply.totals();
    for (qsizetype k = 0; k < products.size(); ++k)
        total << HandoutLanguage::number(sums.value(k));
    out.append(line(total, true, false, true));
    return out;
}

} // namespace lento::report
