// lento-cli: scripting front end to Lento's engine, planner, handouts and patient store.
#include "command.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <memory>

using namespace lento::cli;

static QString generalHelp()
{
    QString text = QStringLiteral("Usage: lento-cli <command> [options]\n"
                                  "\n"
                                  "Lento plans benzodiazepine tapers. Every risk figure is modelled, not measured.\n"
                                  "\n"
                                  "Commands:\n");
    QList<Command> list = commands();
    std::sort(list.begin(), list.end(), [](const Command &a, const Command &b) { return a.name < b.name; });
    for (const Command &c : list)
        text += QStringLiteral("  %1%2\n").arg(c.name.leftJustified(12), c.summary);
    text += QStringLiteral("\n"
                           "Run 'lento-cli <command> --help' for a command's options.\n"
                           "  --version     print the version\n"
                           "  --help        show this help\n"
                           "-o FILE writes a regular file only (new files 0600); -o - is standard output.\n"
                           "Exit status: 0 success, 2 bad input (message on stderr), 1 other failure.\n");
    return text;
}

// Qt's own start-up chatter (e.g. about XDG_RUNTIME_DIR) must not mix with our one-line errors.
static void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtDebugMsg || type == QtInfoMsg)
        return;
    if (message.contains(QLatin1String("XDG_RUNTIME_DIR")) || message.contains(QLatin1String("propagateSizeHints")))
        return;
    std::fprintf(stderr, "lento-cli: %s\n", message.toUtf8().constData());
}

static bool verbNeedsGui(int argc, char **argv)
{
    if (argc < 2)
        return false;
    const QString verb = QString::fromLocal8Bit(argv[1]);
    for (const Command &c : commands())
        if (c.name == verb)
            return c.needsGui;
    return false;
}

int main(int argc, char **argv)
{
    qInstallMessageHandler(quietMessages);
    // Past a file-size limit (ulimit -f) a write fails with an error we report, instead of the
    // signal ending the program with no message and a half-written file.
    std::signal(SIGXFSZ, SIG_IGN);
    // Only verbs that paint (handouts) start Qt Gui, on the offscreen platform unless the caller
    // chose one; everything else runs as a plain core application.
    std::unique_ptr<QCoreApplication> appHolder;
    if (verbNeedsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        appHolder = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        appHolder = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("Lento"));
    QCoreApplication::setOrganizationName(QStringLiteral("Lento"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LENTO_VERSION));

    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.first() == QStringLiteral("--help") || args.first() == QStringLiteral("-h")
        || args.first() == QStringLiteral("help")) {
        if (args.isEmpty()) {
            // No command is bad input: the usage goes to stderr, like every other error.
            std::fputs(generalHelp().toUtf8().constData(), stderr);
            return ExitBadInput;
        }
        printOut(generalHelp());
        return ExitOk;
    }
    if (args.first() == QStringLiteral("--version") || args.first() == QStringLiteral("-v")) {
        printOut(QStringLiteral("lento-cli ") + QStringLiteral(LENTO_VERSION));
        return ExitOk;
    }
    for (const Command &c : commands()) {
        if (c.name == args.first())
            return c.run(args);
    }
    return badInput(QStringLiteral("unknown command '%1' (see lento-cli --help)").arg(args.first()));
}
