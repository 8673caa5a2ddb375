// Vertical axis titles in lines (see axistitle.h).
#include "axistitle.h"

#include <QFontMetricsF>
#include <QStringList>
#include <QTextBoundaryFinder>

#include <algorithm>

namespace lento::ui {

QString AxisTitle::fit(const QString &title, const QFont &font, int length, int maxLines)
{
    const QFontMetricsF metrics(font);
    if (title.isEmpty() || metrics.horizontalAdvance(title) <= length)
        return title;
    // Pieces between the line-break opportunities, each with its trailing space.
    QStringList pieces;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Line, title);
    qsizetype from = 0;
    while (finder.toNextBoundary() > 0) {
        pieces.append(title.mid(from, finder.position() - from));
        from = finder.position();
    }
    QStringList lines;
    QString line;
    for (const QString &piece : std::as_const(pieces)) {
        if (!line.isEmpty() && metrics.horizontalAdvance((line + piece).trimmed()) > length) {
            lines.append(line.trimmed());
            line.clear();
        }
        line += piece;
    }
    if (!line.trimmed().isEmpty())
        lines.append(line.trimmed());
    if (lines.size() > maxLines || std::any_of(lines.cbegin(), lines.cend(), [&](const QString &l) {
            return metrics.horizontalAdvance(l) > length;
        }))
        return {};
    for (QString &l : lines)
        l = l.toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

} // namespace lento::ui
