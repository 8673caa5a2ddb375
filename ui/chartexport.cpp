// Chart export to PNG, SVG and CSV (see chartexport.h).
#include "chartexport.h"

#include "taperchart.h"

#include <QBuffer>
#include <QDateTime>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace lento::ui {

namespace {

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

bool ChartExport::save(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(bytes);
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool ChartExport::writeImage(TaperChart &chart, const QString &path, QString *error, QSize size)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (suffix == QLatin1String("png")) {
        QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2.0);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::TextAntialiasing);
            chart.paintForExport(&painter, size);
        }
        if (!image.save(&buffer, "PNG")) {
            if (error)
                *error = tr("Cannot encode the chart as PNG for %1").arg(path);
            return false;
        }
    } else if (suffix == QLatin1String("svg")) {
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(chart.title());
        generator.setDescription(tr("Lento chart"));
        QPainter painter(&generator);
        painter.setRenderHint(QPainter::Antialiasing);
        chart.paintForExport(&painter, size);
        painter.end();
    } else {
        if (error)
            *error = tr("Unsupported image type \"%1\" for %2: use .png or .svg").arg(suffix, path);
        return false;
    }
    buffer.close();
    return save(path, bytes, error);
}

QByteArray ChartExport::csv(const QList<ChartCurve> &curves, const QDate &origin)
{
    std::vector<double> days;
    for (const ChartCurve &c : curves)
        days.insert(days.end(), c.x->begin(), c.x->begin() + std::ptrdiff_t(c.size()));
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());

    QString out;
    out.reserve(int(days.size() * (16 + 12 * curves.size())));
    out += csvField(tr("Day"));
    if (origin.isValid())
        out += QLatin1Char(',') + csvField(tr("Date and time"));
    for (const ChartCurve &c : curves)
        out += QLatin1Char(',') + csvField(c.name);
    out += QLatin1Char('\n');

    const QDateTime start(origin, QTime(0, 0));
    for (double day : days) {
        out += QString::number(day, 'f', 4);
        if (origin.isValid())
            out += QLatin1Char(',')
                + start.addSecs(qint64(std::llround(day * 86400.0))).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        for (const ChartCurve &c : curves) {
            out += QLatin1Char(',');
            const double v = c.valueAt(day);
            if (!std::isnan(v))
                out += QString::number(v, 'g', 6);
        }
        out += QLatin1Char('\n');
    }
    return out.toUtf8();
}

bool ChartExport::writeCsv(const QList<ChartCurve> &curves, const QDate &origin, const QString &path, QString *error)
{
    return save(path, csv(curves, origin), error);
}

} // namespace lento::ui
