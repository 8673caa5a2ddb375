// The command-line front end's plumbing: each verb (simulate, plan, check, handout, db, ...)
// lives in its own cmd_*.cpp and registers itself with a static CommandRegistrar.
// Exit codes: 0 success, 2 bad input (one line on stderr naming the problem), 1 other failure.
#pragma once

#include <QByteArray>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace lento::cli {

enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitBadInput = 2 };

struct Command
{
    QString name; // "simulate", or a group such as "db"
    QString summary; // one line for `lento-cli --help`
    std::function<int(const QStringList &args)> run; // args[0] is the command name
    bool needsGui = false; // paints (handouts): runs under QGuiApplication (offscreen)
};

QList<Command> &commands();

struct CommandRegistrar
{
    explicit CommandRegistrar(Command c) { commands().append(std::move(c)); }
};

// Prints "lento-cli: <message>" to stderr and returns ExitBadInput.
int badInput(const QString &message);
int failure(const QString &message);
// stdout, UTF-8, newline appended if missing; control characters other than newline and tab
// (terminal escape sequences in stored notes or names) are left out.
void printOut(const QString &text);
// `bytes` without C0/C1 control characters other than newline and tab, nor DEL.
QByteArray withoutControls(const QByteArray &bytes);

// " (the file-size limit, ulimit -f, is N bytes)" when the process has such a limit, else empty:
// appended to write failures, whose system error alone ("File too large") does not say why.
QString fileSizeLimitNote();

// Processes a QCommandLineParser for a verb: handles --help (prints and exits 0 via the return
// value) and reports unknown options. Returns -1 to continue, otherwise the exit code.
int parseVerb(QCommandLineParser &parser, const QStringList &args, const QString &usage);

// Reads a whole number for `flag` (e.g. "--every") between min and max; otherwise sets *error to
// "--every: must be a whole number between 1 and 365 (got 'x')" and returns false.
bool parseIntFlag(const QString &text, const QString &flag, int min, int max, int *value, QString *error);

// Reads a whole file; on failure returns an error naming the file.
bool readFile(const QString &path, QByteArray *data, QString *error);
// Writes atomically, a new file 0600 ("-" = stdout). Refuses anything that is not a regular file
// or a new name (e.g. /dev/null or a folder). Nothing is left behind on failure.
bool writeOutput(const QString &path, const QByteArray &data, QString *error);

} // namespace lento::cli
