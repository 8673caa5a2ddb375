// Shared plumbing for lento-cli verbs.
#include "command.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

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

void printOut(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (!bytes.endsWith('\n'))
        bytes.append('\n');
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
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
        std::fwrite(data.constData(), 1, size_t(data.size()), stdout);
        std::fflush(stdout);
        return true;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: cannot write (%2)").arg(path, f.errorString());
        return false;
    }
    if (f.write(data) != data.size() || !f.commit()) {
        *error = QStringLiteral("%1: cannot write (%2)").arg(path, f.errorString());
        f.cancelWriting();
        return false;
    }
    return true;
}

} // namespace lento::cli
