// Measures and looks of a printed handout on one paint device: millimetres and points in device
// units, the type sizes (large enough for older readers: 12 pt body), colours that survive
// black-and-white printing, and text measurement that matches what the painter will draw.
#pragma once

#include "handoutlanguage.h"

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

class QPaintDevice;
class QPainter;

namespace lento::report {

class HandoutStyle
{
public:
    HandoutStyle(const HandoutLanguage &lang, QPaintDevice *device);

    const HandoutLanguage &language() const { return m_lang; }
    QPaintDevice *device() const { return m_device; }

    double mm(double v) const { return v * m_dpi / 25.4; }
    double pt(double v) const { return v * m_dpi / 72.0; }

    QFont title() const { return m_lang.font(19, true); }
    QFont heading() const { return m_lang.font(15, true); }
    QFont body() const { return m_lang.font(12); }
    QFont bodyBold() const { return m_lang.font(12, true); }
    QFont table() const { return m_lang.font(11.5); }
    QFont tableBold() const { return m_lang.font(11.5, true); }
    QFont small() const { return m_lang.font(9.5); }
    QFont smallBold() const { return m_lang.font(9.5, true); }
    QFont tiny() const { return m_lang.font(7); }

    static QColor ink() { return QColor(0x1a, 0x1a, 0x1a); }
    static QColor muted() { return QColor(0x55, 0x55, 0x55); }
    static QColor rule() { return QColor(0x80, 0x80, 0x80); }
    static QColor shade() { return QColor(0xee, 0xf1, 0xf5); }
    static QColor accent() { return QColor(0x1f, 0x4e, 0x8c); }
    static QColor urgent() { return QColor(0xa3, 0x1f, 0x1f); }

    // Height of `text` wrapped to `width` in `font` (device units).
    double textHeight(const QFont &font, const QString &text, double width) const;
    double lineHeight(const QFont &font) const;
    double textWidth(const QFont &font, const QString &text) const;
    // Draws wrapped text at the top of `rect`; returns the height used.
    double drawText(QPainter &p, const QFont &font, const QRectF &rect, const QString &text,
        const QColor &color = ink(), int align = 0) const;

private:
    const HandoutLanguage &m_lang;
    QPaintDevice *m_device;
    double m_dpi;
};

} // namespace lento::report
