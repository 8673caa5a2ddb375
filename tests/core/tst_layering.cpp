// Keeps the layers honest (docs/architecture.md §1): nothing under core/ includes a Qt GUI, Widgets, Charts,
// Print Support or Svg header, and the handout renderer (ui/report) includes no widgets, so the
// command line keeps linking without a widget stack.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

class TestLayering : public QObject
{
    Q_OBJECT

    static QSet<QString> headersOf(const QStringList &modules)
    {
        QSet<QString> names;
        const QString base = QLibraryInfo::path(QLibraryInfo::HeadersPath);
        for (const QString &m : modules) {
            names.insert(m);
            const QDir dir(base + QLatin1Char('/') + m);
            const QStringList entries = dir.entryList(QDir::Files);
            for (const QString &e : entries) {
                names.insert(e);
                names.insert(m + QLatin1Char('/') + e);
            }
        }
        return names;
    }

    static QStringList offenders(const QString &root, const QSet<QString> &forbidden)
    {
        QStringList found;
        static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*[<\"]([^>\"]+)[>\"]"));
        QDirIterator it(
            root, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            int lineNo = 0;
            while (!f.atEnd()) {
                const QString line = QString::fromUtf8(f.readLine());
                ++lineNo;
                const QRegularExpressionMatch m = include.match(line);
                if (m.hasMatch() && forbidden.contains(m.captured(1)))
                    found << QStringLiteral("%1:%2: %3").arg(path).arg(lineNo).arg(m.captured(1));
            }
        }
        return found;
    }

private Q_SLOTS:
    void coreHasNoGuiIncludes()
    {
        const QSet<QString> forbidden = headersOf({QStringLiteral("QtGui"), QStringLiteral("QtWidgets"),
            QStringLiteral("QtCharts"), QStringLiteral("QtPrintSupport"), QStringLiteral("QtSvg")});
        QVERIFY2(forbidden.contains(QStringLiteral("QWidget")),
            "Qt Widgets headers not found; the check would pass vacuously");
        QVERIFY(forbidden.contains(QStringLiteral("QPainter")));
        const QStringList bad = offenders(QStringLiteral(LENTO_SOURCE_DIR "/core"), forbidden);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
    }

    void reportHasNoWidgetIncludes()
    {
        const QSet<QString> forbidden
            = headersOf({QStringLiteral("QtWidgets"), QStringLiteral("QtCharts"), QStringLiteral("QtPrintSupport")});
        const QStringList bad = offenders(QStringLiteral(LENTO_SOURCE_DIR "/ui/report"), forbidden);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
