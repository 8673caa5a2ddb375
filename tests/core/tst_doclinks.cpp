// Keeps the references in the sources and documents pointing at files that exist: every `*.md`
// a file names, every Markdown link target and every path into the tree ("core/…", "docs/…")
// must resolve inside the repository, and "model.md §4" must name a numbered section of that
// document. Documents kept outside the repository cannot be cited; they do not travel with it.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

namespace {

const QString kRoot = QDir::cleanPath(QStringLiteral(LENTO_SOURCE_DIR));

struct TextFile
{
    QString relative; // path from the repository root
    QStringList lines;
};

// Text files of the tree: sources, scripts, documents, data. Build trees, hidden folders, the
// translation catalogue (a copy of the source strings) and this test (whose comments show
// patterns, not references) are left out.
void collect(const QDir &dir, QList<TextFile> *out)
{
    static const QStringList suffixes {QStringLiteral("cpp"), QStringLiteral("h"), QStringLiteral("md"),
        QStringLiteral("txt"), QStringLiteral("sh"), QStringLiteral("json"), QStringLiteral("sql"),
        QStringLiteral("in"), QStringLiteral("1"), QStringLiteral("desktop"), QStringLiteral("py")};
    const QFileInfoList entries = dir.entryInfoList(QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &e : entries) {
        if (e.isDir()) {
            if (!e.fileName().startsWith(QLatin1String("build")))
                collect(QDir(e.filePath()), out);
            continue;
        }
        if (!suffixes.contains(e.suffix()) || e.fileName() == QLatin1String("tst_doclinks.cpp"))
            continue;
        QFile f(e.filePath());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        out->append(
            {QDir(kRoot).relativeFilePath(e.filePath()), QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))});
    }
}

const QList<TextFile> &tree()
{
    static const QList<TextFile> files = [] {
        QList<TextFile> out;
        collect(QDir(kRoot), &out);
        return out;
    }();
    return files;
}

// `reference` as written in `from` (a path relative to the root): relative to that file's folder,
// or to the repository root.
QString resolve(const QString &from, const QString &reference)
{
    const QString near
        = QDir::cleanPath(QFileInfo(kRoot + QLatin1Char('/') + from).path() + QLatin1Char('/') + reference);
    if (near.startsWith(kRoot) && QFileInfo::exists(near))
        return near;
    const QString top = QDir::cleanPath(kRoot + QLatin1Char('/') + reference);
    if (top.startsWith(kRoot) && QFileInfo::exists(top))
        return top;
    return QString();
}

bool hasSection(const QString &markdownFile, const QString &number)
{
    QFile f(markdownFile);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QRegularExpression heading(QStringLiteral("^#{1,6}\\s+%1\\.\\s").arg(QRegularExpression::escape(number)),
        QRegularExpression::MultilineOption);
    return heading.match(QString::fromUtf8(f.readAll())).hasMatch();
}

// Known exceptions, each with its reason. An exception that no longer occurs fails the test, so
// this list cannot outlive the text it excuses.
struct Exception
{
    QString file;
    QString reference;
};
const QList<Exception> kExceptions {};

} // namespace

class TestDocLinks : public QObject
{
    Q_OBJECT

    QStringList m_unusedExceptions;

    bool excused(const QString &file, const QString &reference)
    {
        for (const Exception &e : kExceptions)
            if (e.file == file && e.reference == reference) {
                m_unusedExceptions.removeAll(e.file + QLatin1Char(' ') + e.reference);
                return true;
            }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(tree().size() > 200, "too few files found; the check would pass vacuously");
        for (const Exception &e : kExceptions)
            m_unusedExceptions << e.file + QLatin1Char(' ') + e.reference;
    }

    void markdownReferencesResolve()
    {
        // "docs/model.md", "../core/store/README.md", "MODEL.md", optionally followed by "§4".
        // Not inside a web address (preceded by ':' or '/').
        static const QRegularExpression mention(QStringLiteral(
            "(?<![\\w./:-])((?:\\.\\./)*[\\w.-]+(?:/[\\w.-]+)*\\.md)(?![\\w-])(?:#[\\w-]*)?(?:\\)?\\s*§(\\d+))?"));
        QStringList bad;
        int checked = 0, sections = 0;
        for (const TextFile &f : tree()) {
            for (qsizetype i = 0; i < f.lines.size(); ++i) {
                auto it = mention.globalMatch(f.lines.at(i));
                while (it.hasNext()) {
                    const QRegularExpressionMatch m = it.next();
                    const QString reference = m.captured(1);
                    ++checked;
                    const QString target = resolve(f.relative, reference);
                    if (target.isEmpty()) {
                        if (!excused(f.relative, reference))
                            bad << QStringLiteral("%1:%2: %3 is not in the repository")
                                       .arg(f.relative)
                                       .arg(i + 1)
                                       .arg(reference);
                        continue;
                    }
                    if (m.hasCaptured(2)) {
                        ++sections;
                        if (!hasSection(target, m.captured(2)))
                            bad << QStringLiteral("%1:%2: %3 has no section %4")
                                       .arg(f.relative)
                                       .arg(i + 1)
                                       .arg(reference, m.captured(2));
                    }
                }
            }
        }
        QVERIFY2(checked > 20 && sections > 5, "too few references found; the pattern is broken");
        for (const QString &unused : std::as_const(m_unusedExceptions))
            bad << QStringLiteral("%1: no longer cited; remove it from kExceptions").arg(unused);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
    }

    void markdownLinksResolve()
    {
        // [text](target) in Markdown files; web addresses and in-page anchors are not checked.
        static const QRegularExpression link(QStringLiteral("\\]\\(([^)\\s#]+)(?:#[^)]*)?\\)"));
        QStringList bad;
        int checked = 0;
        for (const TextFile &f : tree()) {
            if (!f.relative.endsWith(QLatin1String(".md")))
                continue;
            for (qsizetype i = 0; i < f.lines.size(); ++i) {
                auto it = link.globalMatch(f.lines.at(i));
                while (it.hasNext()) {
                    const QString target = it.next().captured(1);
                    if (target.contains(QLatin1Char(':')))
                        continue; // https:, mailto:
                    ++checked;
                    const QString near = QDir::cleanPath(
                        QFileInfo(kRoot + QLatin1Char('/') + f.relative).path() + QLatin1Char('/') + target);
                    if (!near.startsWith(kRoot) || !QFileInfo::exists(near))
                        bad << QStringLiteral("%1:%2: link to %3, which does not exist")
                                   .arg(f.relative)
                                   .arg(i + 1)
                                   .arg(target);
                }
            }
        }
        QVERIFY2(checked > 10, "too few links found; the pattern is broken");
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
    }

    void treePathsResolve()
    {
        // "core/checks.cpp", "tests/data/conformance/", "ui/seriesdecimator" (a class's file pair).
        // Patterns ("app/cli/cmd_*.cpp", "schema-N.sqlite", "NNNN_name.sql", "workspace-$lang.png")
        // name no single file and are skipped.
        static const QRegularExpression path(QStringLiteral(
            "(?<![\\w./:$-])((?:core|ui|app|tests|resources|packaging|translations|docs)/[\\w./*$<>{}+-]*[\\w*$>}])"));
        static const QRegularExpression pattern(QStringLiteral("[*$<>{}]|NNNN|-N\\.|-N-|_$"));
        QStringList bad;
        int checked = 0;
        for (const TextFile &f : tree()) {
            for (qsizetype i = 0; i < f.lines.size(); ++i) {
                auto it = path.globalMatch(f.lines.at(i));
                while (it.hasNext()) {
                    const QString reference = it.next().captured(1);
                    if (pattern.match(reference).hasMatch())
                        continue;
                    ++checked;
                    const QString full = kRoot + QLatin1Char('/') + reference;
                    if (QFileInfo::exists(full) || QFileInfo::exists(full + QStringLiteral(".h"))
                        || QFileInfo::exists(full + QStringLiteral(".cpp")))
                        continue;
                    bad << QStringLiteral("%1:%2: %3 does not exist").arg(f.relative).arg(i + 1).arg(reference);
                }
            }
        }
        QVERIFY2(checked > 50, "too few paths found; the pattern is broken");
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestDocLinks)
#include "tst_doclinks.moc"
