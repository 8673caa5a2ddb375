// The printable summary of a patient's history for the prescriber: key facts, the history
// charts, adherence and plan changes as lists, and visits and versions as tables. The window
// fills HistorySummaryContent with translated text; this lays it out with QTextDocument and
// writes a PDF through QPdfWriter and QSaveFile (or prints to any paged device).
#pragma once

#include <QImage>
#include <QList>
#include <QPageSize>
#include <QPair>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;

namespace lento::report {

struct HistorySummaryTable
{
    QString heading;
    QStringList columns;
    QList<QStringList> rows;
    QString note; // printed under the table (e.g. "modelled")
};

struct HistorySummaryContent
{
    QString title; // document title and PDF metadata
    QString subtitle; // e.g. "Printed 3 May 2026 by Dr Lee"
    QList<QPair<QString, QString>> facts; // label, value
    QList<QImage> charts; // drawn full width, in order
    QString chartNote;
    QList<QPair<QString, QStringList>> lists; // heading, bullet lines
    QList<HistorySummaryTable> tables;
    QString footer; // the closing caution
    QStringList fontFamilies; // first available is used ("Noto Sans CJK SC" for Chinese)
    QPageSize::PageSizeId paper = QPageSize::A4;
};

class HistorySummary
{
public:
    static QString html(const HistorySummaryContent &content);
    // Lays the content out on `device` (a QPdfWriter or a QPrinter).
    static void print(const HistorySummaryContent &content, QPagedPaintDevice *device);
    // Writes a PDF to `path` atomically; false with a message naming the file on failure.
    static bool writePdf(const HistorySummaryContent &content, const QString &path, QString *error);
};

} // namespace lento::report
