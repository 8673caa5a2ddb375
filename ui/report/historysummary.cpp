// History summary layout and PDF output.
#include "historysummary.h"

#include "privatefile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QPagedPaintDevice>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace lento::report {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString chartName(int i)
{
    return QStringLiteral("lento-chart-%1.png").arg(i);
}

} // namespace

QString HistorySummary::html(const HistorySummaryContent &c)
{
    QString h;
    h += QStringLiteral("<html><head><style>"
                        "h1 { font-size: 15pt; margin-bottom: 2px; }"
                        "h2 { font-size: 11.5pt; margin-top: 14px; margin-bottom: 4px; }"
                        "p, li, td, th { font-size: 8.5pt; }"
                        "th { background-color: #e8e8e8; text-align: left; }"
                        ".muted { color: #555555; }"
                        "</style></head><body>");
    h += QStringLiteral("<h1>%1</h1>").arg(esc(c.title));
    if (!c.subtitle.isEmpty())
        h += QStringLiteral("<p class=\"muted\">%1</p>").arg(esc(c.subtitle));

    if (!c.facts.isEmpty()) {
        h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
        for (const auto &[label, value] : c.facts)
            h += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(label), esc(value));
        h += QStringLiteral("</table>");
    }

    for (int i = 0; i < c.charts.size(); ++i)
        h += QStringLiteral("<p><img src=\"%1\" width=\"640\"></p>").arg(chartName(i));
    if (!c.chartNote.isEmpty())
        h += QStringLiteral("<p class=\"muted\">%1</p>").arg(esc(c.chartNote));

    for (const auto &[heading, lines] : c.lists) {
        h += QStringLiteral("<h2>%1</h2><ul>").arg(esc(heading));
        for (const QString &line : lines)
            h += QStringLiteral("<li>%1</li>").arg(esc(line));
        h += QStringLiteral("</ul>");
    }

    for (const HistorySummaryTable &t : c.tables) {
        h += QStringLiteral("<h2>%1</h2>").arg(esc(t.heading));
        h += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                            "style=\"border-collapse: collapse; border-color: #999999;\"><tr>");
        for (const QString &col : t.columns)
            h += QStringLiteral("<th>%1</th>").arg(esc(col));
        h += QStringLiteral("</tr>");
        for (const QStringList &row : t.rows) {
            h += QStringLiteral("<tr>");
            // The first column (a date or a number) never wraps.
            for (int i = 0; i < row.size(); ++i)
                h += (i == 0 ? QStringLiteral("<td style=\"white-space: nowrap;\">%1</td>")
                             : QStringLiteral("<td>%1</td>"))
                         .arg(esc(row[i]));
            h += QStringLiteral("</tr>");
        }
        h += QStringLiteral("</table>");
        if (!t.note.isEmpty())
            h += QStringLiteral("<p class=\"muted\">%1</p>").arg(esc(t.note));
    }
    if (!c.footer.isEmpty())
        h += QStringLiteral("<p class=\"muted\"><i>%1</i></p>").arg(esc(c.footer));
    h += QStringLiteral("</body></html>");
    return h;
}

void HistorySummary::print(const HistorySummaryContent &content, QPagedPaintDevice *device)
{
    QTextDocument doc;
    QFont font;
    if (!content.fontFamilies.isEmpty())
        font.setFamilies(content.fontFamilies);
    font.setPointSizeF(8.5);
    doc.setDefaultFont(font);
    for (int i = 0; i < content.charts.size(); ++i)
        doc.addResource(QTextDocument::ImageResource, QUrl(chartName(i)), content.charts[i]);
    doc.setHtml(html(content));
    doc.print(device);
}

bool HistorySummary::writePdf(const HistorySummaryContent &content, const QString &path, QString *error)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setTitle(content.title);
        writer.setCreator(QStringLiteral("Lento"));
        writer.setPageSize(QPageSize(content.paper));
        // QTextDocument::print() adds its own 2 cm margin around the text.
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        writer.setResolution(300);
        print(content, &writer);
    }
    if (const QString why = PrivateFile::write(path, bytes); !why.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("HistorySummary", "Could not write %1: %2").arg(path, why);
        return false;
    }
    return true;
}

} // namespace lento::report
