// Writing a chart out: the picture as PNG or SVG (always in the light print scheme) and the
// full-resolution data behind it as CSV (not the decimated points on screen). Files are written
// through QSaveFile, so a failed export never leaves a half-written file behind.
#pragma once

#include "chartcurve.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSize>
#include <QString>

namespace lento::ui {

class TaperChart;

class ChartExport
{
    Q_DECLARE_TR_FUNCTIONS(ChartExport)
public:
    static constexpr QSize kImageSize {1000, 420}; // logical pixels; PNG is written at 2x

    // The picture, by suffix: .png or .svg. `error` receives a message naming the file.
    static bool writeImage(TaperChart &chart, const QString &path, QString *error, QSize size = kImageSize);
    // One row per distinct x of any curve; line curves are interpolated, step curves hold their
    // value; empty cells outside a curve's range. Numbers use a '.' decimal point.
    static QByteArray csv(const QList<ChartCurve> &curves, const QDate &origin);
    static bool writeCsv(const QList<ChartCurve> &curves, const QDate &origin, const QString &path, QString *error);

private:
    static bool save(const QString &path, const QByteArray &bytes, QString *error);
};

} // namespace lento::ui
