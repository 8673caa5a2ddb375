// Handout measures and text drawing (see handoutstyle.h).
#include "handoutstyle.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>

namespace lento::report {

namespace {
constexpr int kWrap = Qt::TextWordWrap;
}

HandoutStyle::HandoutStyle(const HandoutLanguage &lang, QPaintDevice *device)
    : m_lang(lang), m_device(device), m_dpi(device->logicalDpiY())
{
}

double HandoutStyle::textHeight(const QFont &font, const QString &text, double width) const
{
    if (text.isEmpty())
        return 0.0;
    const QFontMetricsF fm(font, m_device);
    return fm.boundingRect(QRectF(0, 0, width, 1e9), kWrap | Qt::AlignLeft | Qt::AlignTop, text).height();
}

double HandoutStyle::lineHeight(const QFont &font) const
{
    return QFontMetricsF(font, m_device).lineSpacing();
}

double HandoutStyle::textWidth(const QFont &font, const QString &text) const
{
    return QFontMetricsF(font, m_device).horizontalAdvance(text);
}

double HandoutStyle::drawText(
    QPainter &p, const QFont &font, const QRectF &rect, const QString &text, const QColor &color, int align) const
{
    if (text.isEmpty())
        return 0.0;
    p.setFont(font);
    p.setPen(color);
    QRectF used;
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), 1e9),
        kWrap | Qt::AlignTop | (align ? align : Qt::AlignLeft), text, &used);
    return used.height();
}

} // namespace lento::report
