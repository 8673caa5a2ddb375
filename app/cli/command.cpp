// Shared plumbing for lento-cli verbs.
#include "command.h"

#include "privatefile.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>

#include <sys/resource.h>
#include <unistd.h>

namespace lento::cli {

QList<Command> &commands()
{
    static QList<Command> list;
    return list;
}

int badInput(const QString &message)
{
    std::fprintf(stderr, "lento-cli: %s\n", message.toUtf8().constData());
    return ExitBadInput;
}

int failure(const QString &message)
{
    std::fprintf(stderr, "lento-cli: %s\n", message.toUtf8().constData());
    return ExitFailure;
}

QByteArray withoutControls(const QByteArray &bytes)
{
    QByteArray out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f)
            continue;
        // C1 controls (U+0080..U+009F; CSI is U+009B) are 0xC2 0x80..0x9F in UTF-8.
        if (c == 0xc2 && i + 1 < bytes.size() && static_cast<unsigned char>(bytes.at(i + 1)) <= 0x9f
            && static_cast<unsigned char>(bytes.at(i + 1)) >= 0x80) {
            ++i;
            continue;
        }
        out.append(char(c));
    }
    return out;
}

void printOut(const QString &text)
{
    QByteArray bytes = withoutControls(text.toUtf8());
    if (!bytes.endsWith('\n'))
        bytes.append('\n');
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

QString fileSizeLimitNote()
{
    rlimit limit {};
    if (getrlimit(RLIMIT_FSIZE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return QString();
    return QStringLiteral(" (the file-size limit, ulimit -f, is %1 bytes)").arg(qulonglong(limit.rlim_cur));
}

int parseVerb(QCommandLineParser &parser, const QStringList &args, const QString &usage)
{
    const QCommandLineOption help(
        QStringList {QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(args))
        return badInput(parser.errorText());
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // QCommandLineParser's usage line names the program; show the verb's own usage instead.
        const qsizetype firstNewline = text.indexOf(QLatin1Char('\n'));
        if (firstNewline >= 0)
            text = QStringLiteral("Usage: ") + usage + text.mid(firstNewline);
        printOut(text);
        return ExitOk;
    }
    return -1;
}

bool parseIntFlag(const QString &text, const QString &flag, int min, int max, int *value, QString *error)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < min || v > max) {
        *error = QStringLiteral("%1: must be a whole number between %2 and %3 (got '%4')")
                     .arg(flag)
                     .arg(min)
                     .arg(max)
                     .arg(text);
        return false;
    }
    *value = v;
    return true;
}

bool readFile(const QString &path, QByteArray *data, QString *error)
{
    QFile f(path);
    if (!QFileInfo::exists(path)) {
        *error = QStringLiteral("%1: no such file").arg(path);
        return false;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot read (%2)").arg(path, f.errorString());
        return false;
    }
    *data = f.readAll();
    return true;
}

bool writeOutput(const QString &path, const QByteArray &data, QString *error)
{
    if (path.isEmpty() || path == QStringLiteral("-")) {
        // Data for a pipe or file stays byte for byte; on a terminal, text stored from outside
        // (notes, names) must not reach it as escape sequences.
        const QByteArray shown = isatty(fileno(stdout)) ? withoutControls(data) : data;
        std::fwrite(shown.constData(), 1, size_t(shown.size()), stdout);
        std::fflush(stdout);
        return true;
    }
    const QString why = PrivateFile::write(path, data);
    if (why.isEmpty())
        return true;
    *error = path + QStringLiteral(": ") + why + fileSizeLimitNote();
    return false;
}

} // namespace lento::cli
