// Handout pages, PDF output and atomic file writing (see handoutrenderer.h).
#include "handoutrenderer.h"

#include "catalogue.h"
#include "handoutcontent.h"
#include "handoutlanguage.h"
#include "handoutschedule.h"
#include "handoutstyle.h"
#include "inputlimits.h"
#include "pageflow.h"
#include "pdftextmap.h"
#include "privatefile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace lento::report {

namespace {

struct Margins
{
    double side, top, bottom, runningHeader;
};

} // namespace

HandoutRenderer::HandoutRenderer(const HandoutInput &input, const Catalogue &catalogue)
    : m_in(input), m_catalogue(catalogue)
{
}

Expected<bool> HandoutRenderer::validate() const
{
    if (!HandoutLanguage::isSupported(m_in.language))
        return Error {QStringLiteral("language"),
            QCoreApplication::translate("HandoutRenderer", "must be one of %1 (got '%2')")
                .arg(HandoutLanguage::supported().join(QStringLiteral(", ")), m_in.language)};
    if (m_in.supplyDays < 1 || m_in.supplyDays > 365)
        return Error {QStringLiteral("supplyDays"),
            QCoreApplication::translate("HandoutRenderer", "must be between 1 and 365 days (got %1)")
                .arg(m_in.supplyDays)};
    if (!m_in.criticalFindings.isEmpty() && !m_in.criticalAccepted)
        return Error {QStringLiteral("critical"),
            QCoreApplication::translate("HandoutRenderer",
                "the plan has %n critical finding(s) that a prescriber must accept first: %1", nullptr,
                int(m_in.criticalFindings.size()))
                .arg(m_in.criticalFindings.join(QStringLiteral(" | ")))};
    if (!m_in.plan.startDate.isValid() && !m_in.startDate.isValid())
        return Error {QStringLiteral("start_date"),
            QCoreApplication::translate(
                "HandoutRenderer", "the plan has no start date; give the date the plan starts")};
    // The calendar lists every dose: refuse a plan too long to print before laying it out.
    qint64 doses = 0;
    for (qsizetype i = 0; i < m_in.plan.steps.size(); ++i) {
        const Step &step = m_in.plan.steps.at(i);
        const qint64 days = i + 1 < m_in.plan.steps.size() ? m_in.plan.steps.at(i + 1).day - step.day : 1;
        doses += qint64(step.doses.size()) * std::max<qint64>(days, 1);
    }
    if (doses > limits::kMaxHandoutDoses)
        return Error {QStringLiteral("steps"),
            QCoreApplication::translate("HandoutRenderer",
                "the calendar would list %1 doses; a handout lists at most %2. Print the plan in parts.")
                .arg(doses)
                .arg(limits::kMaxHandoutDoses)};
    const QDate start = m_in.plan.startDate.isValid() ? m_in.plan.startDate : m_in.startDate;
    if (const Expected<HandoutSchedule> s = HandoutSchedule::build(m_in.plan, m_catalogue, start, m_in.region); !s)
        return s.error();
    return true;
}

Expected<HandoutResult> HandoutRenderer::render(QPagedPaintDevice *device) const
{
    if (Expected<bool> ok = validate(); !ok)
        return ok.error();
    const QDate start = m_in.plan.startDate.isValid() ? m_in.plan.startDate : m_in.startDate;
    const Expected<HandoutSchedule> schedule = HandoutSchedule::build(m_in.plan, m_catalogue, start, m_in.region);
    if (!schedule)
        return schedule.error();

    const HandoutLanguage lang(m_in.language);
    const HandoutStyle style(lang, device);
    const Margins m {style.mm(16), style.mm(13), style.mm(16), style.mm(11)};
    const double pageWidth = device->width(), pageHeight = device->height();
    const double width = pageWidth - 2 * m.side;
    if (width < style.mm(100) || pageHeight < style.mm(150))
        return Error {QStringLiteral("paper"),
            QCoreApplication::translate("HandoutRenderer", "the page is too small for a handout")};

    PageFlow flow;
    const HandoutContent content(m_in, schedule.value(), m_catalogue, style, width);
    content.build(&flow);
    const QList<QList<PlacedBlock>> pages
        = flow.paginate([&](int page) { return pageHeight - m.top - m.bottom - (page > 0 ? m.runningHeader : 0.0); });

    const QString title = HandoutContent::title(schedule.value(), m_in.plan, m_catalogue, lang);
    if (auto *writer = dynamic_cast<QPdfWriter *>(device)) {
        writer->setTitle(title);
        writer->setCreator(QStringLiteral("Lento"));
    }
    QPainter p;
    if (!p.begin(device))
        return Error {QString(), QCoreApplication::translate("HandoutRenderer", "cannot start painting the handout")};
    p.setRenderHint(QPainter::TextAntialiasing, true);

    const QDate issued = m_in.issued.isValid() ? m_in.issued : QDate::currentDate();
    const QString footerLeft = m_in.patientName.isEmpty()
        ? lang.plainDate(issued)
        : QStringLiteral("%1 · %2").arg(m_in.patientName, lang.plainDate(issued));
    HandoutResult result;
    result.pages = int(pages.size());
    result.patientPages = result.pages;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0 && !device->newPage()) {
            p.end();
            return Error {QString(),
                QCoreApplication::translate("HandoutRenderer", "cannot start page %1 of the handout").arg(i + 1)};
        }
        double top = m.top;
        if (i > 0) {
            // Running header: what this is and whose it is.
            const QFont f = style.small();
            style.drawText(p, f, QRectF(m.side, m.top, width * 0.62, 1), title, HandoutStyle::muted());
            style.drawText(p, f, QRectF(m.side + width * 0.62, m.top, width * 0.38, 1), m_in.patientName,
                HandoutStyle::muted(), Qt::AlignRight);
            p.setPen(QPen(HandoutStyle::rule(), style.pt(0.6)));
            const double y = m.top + style.lineHeight(f) + style.mm(1.2);
            p.drawLine(QPointF(m.side, y), QPointF(m.side + width, y));
            top += m.runningHeader;
        }
        for (const PlacedBlock &b : pages[i]) {
            if (b.block->pageBreakBefore && b.y == 0.0 && result.patientPages == result.pages)
                result.patientPages = int(i);
            b.block->paint(p, QRectF(m.side, top + b.y, width, b.block->height));
        }
        // Footer.
        const QFont f = style.small();
        const double fy = pageHeight - m.bottom + style.mm(5);
        p.setPen(QPen(HandoutStyle::rule(), style.pt(0.6)));
        p.drawLine(QPointF(m.side, fy - style.mm(1.5)), QPointF(m.side + width, fy - style.mm(1.5)));
        style.drawText(p, f, QRectF(m.side, fy, width * 0.65, 1), footerLeft, HandoutStyle::muted());
        style.drawText(p, style.language().font(9.5, true), QRectF(m.side + width * 0.5, fy, width * 0.5, 1),
            lang.text(QT_TRANSLATE_NOOP("Handout", "Page %1 of %2")).arg(i + 1).arg(pages.size()), HandoutStyle::ink(),
            Qt::AlignRight);
    }
    if (!p.end())
        return Error {QString(), QCoreApplication::translate("HandoutRenderer", "cannot finish the handout")};
    result.warnings = schedule->problems();
    result.untranslated = lang.untranslated();
    return result;
}

Expected<QByteArray> HandoutRenderer::pdf(HandoutResult *result) const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(600);
        writer.setPageSize(QPageSize(m_in.paper));
        writer.setPageOrientation(QPageLayout::Portrait);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        const Expected<HandoutResult> r = render(&writer);
        if (!r)
            return r.error();
        if (result)
            *result = r.value();
    }
    QByteArray bytes = buffer.data();
    static const QHash<char16_t, char16_t> radicals
        = PdfTextMap::radicalIdeographs(HandoutLanguage(QStringLiteral("zh_CN")).fontFamilies().mid(1));
    PdfTextMap::fixCjkRadicals(&bytes, radicals);
    return bytes;
}

Expected<HandoutResult> HandoutRenderer::writePdf(const QString &path) const
{
    if (Expected<bool> ok = validate(); !ok)
        return ok.error();
    if (const QString refused = PrivateFile::checkTarget(path); !refused.isEmpty())
        return Error {path, refused};
    HandoutResult result;
    const Expected<QByteArray> bytes = pdf(&result);
    if (!bytes)
        return bytes.error();
    if (const QString why = PrivateFile::write(path, bytes.value()); !why.isEmpty())
        return Error {path, why};
    return result;
}

} // namespace lento::report
