// Makes the text blocks of a handout for PageFlow: headings, paragraphs of rich text (HTML built
// from escaped values only), bullet points, boxed warnings and lines to write on. Text is laid
// out once with QTextDocument on the target device, so what is measured is what is painted.
#pragma once

#include "handoutstyle.h"
#include "pageflow.h"

#include <QColor>
#include <QString>
#include <QStringList>

namespace lento::report {

class BlockFactory
{
public:
    BlockFactory(const HandoutStyle &style, double width);

    double width() const { return m_width; }
    const HandoutStyle &style() const { return m_style; }

    FlowBlock heading(const QString &text, const QColor &color = HandoutStyle::accent()) const;
    // `html` must already be escaped (build it with esc()).
    FlowBlock paragraph(const QString &html, double spaceBefore = -1.0) const;
    FlowBlock bullet(const QString &html) const;
    // A framed box: a bold lead line, then items as bullet points (or plain paragraphs).
    FlowBlock box(
        const QString &leadHtml, const QStringList &itemsHtml, const QColor &frame, bool bulleted = true) const;
    // "label ______________" lines for handwriting, side by side; `weights` share out the width
    // (equal shares when empty).
    FlowBlock writeLines(const QStringList &labels, double spaceBefore, const QList<double> &weights = {}) const;
    FlowBlock spacer(double height) const;

    static QString esc(const QString &value) { return value.toHtmlEscaped(); }

private:
    const HandoutStyle &m_style;
    double m_width;
};

} // namespace lento::report
