// Text blocks for the handout page flow (see blockfactory.h).
#include "blockfactory.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <memory>

namespace lento::report {

namespace {

std::shared_ptr<QTextDocument> layout(const HandoutStyle &style, const QString &html, const QFont &font, double width)
{
    auto doc = std::make_shared<QTextDocument>();
    doc->documentLayout()->setPaintDevice(style.device());
    doc->setDefaultFont(font);
    doc->setDocumentMargin(0);
    doc->setUndoRedoEnabled(false);
    doc->setHtml(html);
    // Generous line spacing reads more easily; paragraph spacing comes from the flow.
    QTextCursor c(doc.get());
    c.select(QTextCursor::Document);
    QTextBlockFormat bf;
    bf.setLineHeight(125, QTextBlockFormat::ProportionalHeight);
    bf.setTopMargin(0);
    bf.setBottomMargin(0);
    c.mergeBlockFormat(bf);
    doc->setTextWidth(width);
    return doc;
}

void drawDocument(QPainter &p, QTextDocument &doc, const QPointF &at, const QColor &color)
{
    p.save();
    p.translate(at);
    QAbstractTextDocumentLayout::PaintContext ctx;
    ctx.palette.setColor(QPalette::Text, color);
    doc.documentLayout()->draw(&p, ctx);
    p.restore();
}

} // namespace

BlockFactory::BlockFactory(const HandoutStyle &style, double width) : m_style(style), m_width(width) { }

FlowBlock BlockFactory::heading(const QString &text, const QColor &color) const
{
    FlowBlock b;
    const QFont font = m_style.heading();
    const double h = m_style.textHeight(font, text, m_width);
    b.height = h + m_style.mm(1.2);
    b.spaceBefore = m_style.mm(5.5);
    b.keepWithNext = true;
    const HandoutStyle *style = &m_style;
    b.paint = [style, font, text, color](QPainter &p, const QRectF &r) { style->drawText(p, font, r, text, color); };
    return b;
}

FlowBlock BlockFactory::paragraph(const QString &html, double spaceBefore) const
{
    FlowBlock b;
    auto doc = layout(m_style, html, m_style.body(), m_width);
    b.height = doc->size().height();
    b.spaceBefore = spaceBefore >= 0.0 ? spaceBefore : m_style.mm(2.2);
    b.paint = [doc](QPainter &p, const QRectF &r) { drawDocument(p, *doc, r.topLeft(), HandoutStyle::ink()); };
    return b;
}

FlowBlock BlockFactory::bullet(const QString &html) const
{
    FlowBlock b;
    const double indent = m_style.mm(6);
    auto doc = layout(m_style, html, m_style.body(), m_width - indent);
    b.height = doc->size().height();
    b.spaceBefore = m_style.mm(1.2);
    const HandoutStyle *style = &m_style;
    b.paint = [doc, indent, style](QPainter &p, const QRectF &r) {
        style->drawText(
            p, style->bodyBold(), QRectF(r.left() + style->mm(1), r.top(), indent, r.height()), QStringLiteral("•"));
        drawDocument(p, *doc, QPointF(r.left() + indent, r.top()), HandoutStyle::ink());
    };
    return b;
}

FlowBlock BlockFactory::box(
    const QString &leadHtml, const QStringList &itemsHtml, const QColor &frame, bool bulleted) const
{
    FlowBlock b;
    const double pad = m_style.mm(3.5);
    const double indent = bulleted ? m_style.mm(6) : 0.0;
    const double inner = m_width - 2 * pad;
    auto lead = layout(m_style, leadHtml, m_style.bodyBold(), inner);
    QList<std::shared_ptr<QTextDocument>> items;
    double h = pad + lead->size().height();
    const double gap = m_style.mm(1.2);
    for (const QString &html : itemsHtml) {
        items.append(layout(m_style, html, m_style.body(), inner - indent));
        h += gap + items.last()->size().height();
    }
    h += pad;
    b.height = h;
    b.spaceBefore = m_style.mm(3);
    const HandoutStyle *style = &m_style;
    b.paint = [=](QPainter &p, const QRectF &r) {
        p.save();
        p.setPen(QPen(frame, style->pt(1.6)));
        p.setBrush(Qt::NoBrush);
        const double half = style->pt(0.8);
        p.drawRect(QRectF(r.left() + half, r.top() + half, r.width() - 2 * half, h - 2 * half));
        p.restore();
        double y = r.top() + pad;
        drawDocument(p, *lead, QPointF(r.left() + pad, y), frame);
        y += lead->size().height();
        for (const auto &doc : items) {
            y += gap;
            if (bulleted)
                style->drawText(p, style->bodyBold(), QRectF(r.left() + pad + style->mm(1), y, indent, 1),
                    QStringLiteral("•"), frame);
            drawDocument(p, *doc, QPointF(r.left() + pad + indent, y), HandoutStyle::ink());
            y += doc->size().height();
        }
    };
    return b;
}

FlowBlock BlockFactory::writeLines(const QStringList &labels, double spaceBefore, const QList<double> &weights) const
{
    FlowBlock b;
    const QFont font = m_style.body();
    b.height = m_style.lineHeight(font) + m_style.mm(7);
    b.spaceBefore = spaceBefore;
    const HandoutStyle *style = &m_style;
    const double width = m_width;
    b.paint = [=](QPainter &p, const QRectF &r) {
        if (labels.isEmpty())
            return;
        const double gap = style->mm(6);
        double total = 0.0;
        for (qsizetype i = 0; i < labels.size(); ++i)
            total += weights.value(i, 1.0);
        const double baseline = r.top() + r.height() - style->mm(1);
        double x = r.left();
        for (qsizetype i = 0; i < labels.size(); ++i) {
            const double each = (width - gap * double(labels.size() - 1)) * weights.value(i, 1.0) / total;
            const double labelWidth = style->textWidth(font, labels[i]) + style->mm(2);
            style->drawText(
                p, font, QRectF(x, baseline - style->lineHeight(font), labelWidth + style->mm(2), 1), labels[i]);
            p.setPen(QPen(HandoutStyle::ink(), style->pt(0.7)));
            p.drawLine(QPointF(x + labelWidth, baseline), QPointF(x + each, baseline));
            x += each + gap;
        }
    };
    return b;
}

FlowBlock BlockFactory::spacer(double height) const
{
    FlowBlock b;
    b.height = height;
    b.paint = [](QPainter &, const QRectF &) {};
    return b;
}

} // namespace lento::report
