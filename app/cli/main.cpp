// lento-cli: scripting front end to Lento's engine, planner, handouts and patient store.
#include "command.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <algorithm>
#include <memory>

using namespace lento::cli;

static QString generalHelp()
{
    QString text = QStringLiteral(
        "Usage: lento-cli <command> [options]\n"
        "\n"
        "Lento plans benzodiazepine tapers. Every risk figure is modelled, not measured.\n"
        "\n"
        "Commands:\n");
    QList<Command> list = commands();
    std::sort(list.begin(), list.end(), [](const Command &a, const Command &b) { return a.name < b.name; });
    for (const Command &c : list)
        text += QStringLiteral("  %1%2\n").arg(c.name.leftJustified(12), c.summary);
    text += QStringLiteral(
        "\n"
        "Run 'lento-cli <command> --help' for a command's options.\n"
        "  --version     print the version\n"
        "  --help        show this help\n"
        "Exit status: 0 success, 2 bad input (message on stderr), 1 other failure.\n");
    return text;
}

int main(int argc, char **argv)
{
    // Handouts paint with Qt Gui; use the offscreen platform unless the caller chose one.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Lento"));
    QCoreApplication::setOrganizationName(QStringLiteral("Lento"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LENTO_VERSION));

    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.first() == QStringLiteral("--help") || args.first() == QStringLiteral("-h")
        || args.first() == QStringLiteral("help")) {
        printOut(generalHelp());
        return args.isEmpty() ? ExitBadInput : ExitOk;
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
