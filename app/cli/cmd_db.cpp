// `lento-cli db init|check|backup|restore`: create or upgrade the patient database, check its
// health (exit 0 only for a healthy file), and make or restore backups.
#include "storecli.h"

#include <QFileInfo>

namespace lento::cli {

namespace {

using namespace storecli;

const char *const kUsage
    = "Usage: lento-cli db <command> [--db FILE]\n"
      "\n"
      "  init [FILE]               create the database (0600) or upgrade it to this version's schema;\n"
      "                            FILE is the same as --db FILE\n"
      "  check                     full integrity check, read-only; exit 0 only for a healthy file\n"
      "  backup FILE               write a copy (0600) under a temporary name, check it, then\n"
      "                            rename it to FILE, which must not exist\n"
      "  backup --auto DIR [--keep N]  a dated copy in DIR, keeping the newest N checked copies\n"
      "                            (default 10)\n"
      "  restore FILE              replace the database with a checked backup; the replaced file is\n"
      "                            kept beside it as <db>.before-restore-<time>. Close Lento first.\n"
      "\n"
      "Without --db the database in the settings (or in the user's data folder) is used; an\n"
      "empty --db is refused.";

int runInit(const QStringList &args)
{
    QCommandLineParser parser;
    const StoreFlags flags;
    flags.addTo(parser);
    if (const int rc = parseVerb(parser, args, QStringLiteral("lento-cli db init [FILE | --db FILE]")); rc >= 0)
        return rc;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return badInput(QStringLiteral("db init: unexpected argument '%1'").arg(positional.at(1)));
    if (positional.size() == 1) {
        // "db init FILE" is what people type: FILE stands for --db FILE.
        const QString file = positional.first();
        if (parser.isSet(flags.db)
            && QFileInfo(parser.value(flags.db)).absoluteFilePath() != QFileInfo(file).absoluteFilePath())
            return badInput(QStringLiteral("db init: FILE '%1' and --db '%2' name different files; give one")
                                .arg(file, parser.value(flags.db)));
        if (!parser.isSet(flags.db)) {
            QStringList again = args;
            again.removeAt(again.lastIndexOf(file));
            return runInit(again << QStringLiteral("--db") << file);
        }
    }
    store::Store store;
    if (const int rc = open(store, parser, flags, Access::Create); rc >= 0)
        return rc;
    const store::OpenInfo &info = store.openInfo();
    QString text
        = QStringLiteral("%1\nschema %2, journal %3").arg(info.path).arg(info.schemaVersion).arg(info.journalMode);
    if (info.created)
        text += QStringLiteral("\ncreated");
    if (!info.migrationsApplied.isEmpty())
        text += QStringLiteral("\nupgraded: %1").arg(info.migrationsApplied.join(QStringLiteral(", ")));
    if (!info.migrationBackup.isEmpty())
        text += QStringLiteral("\ncopy before upgrading: %1").arg(info.migrationBackup);
    if (!info.journalNote.isEmpty())
        text += QLatin1Char('\n') + info.journalNote;
    printOut(text);
    return ExitOk;
}

int runCheck(const QStringList &args)
{
    QCommandLineParser parser;
    const StoreFlags flags;
    flags.addTo(parser);
    if (const int rc = parseVerb(parser, args, QStringLiteral("lento-cli db check [--db FILE]")); rc >= 0)
        return rc;
    if (!parser.positionalArguments().isEmpty())
        return badInput(QStringLiteral("db check: unexpected argument '%1'").arg(parser.positionalArguments().first()));
    store::Store store;
    if (const int rc = open(store, parser, flags, Access::Read); rc >= 0)
        return rc;
    const store::OpenInfo &info = store.openInfo();
    if (info.fileSchemaVersion > store::Store::latestSchemaVersion())
        return failure(info.readOnlyReason);
    const auto problems = store.check();
    if (!problems)
        return report(problems);
    if (!problems->isEmpty()) {
        printOut(problems->join(QLatin1Char('\n')));
        return failure(QStringLiteral("the database is damaged (%1 problems); restore a backup").arg(problems->size()));
    }
    QString text = QStringLiteral("ok: %1, schema %2").arg(info.path).arg(info.fileSchemaVersion);
    if (info.fileSchemaVersion < store::Store::latestSchemaVersion())
        text += QStringLiteral(" (will be upgraded to %1 when opened for writing)")
                    .arg(store::Store::latestSchemaVersion());
    printOut(text);
    return ExitOk;
}

int runBackup(const QStringList &args)
{
    QCommandLineParser parser;
    const StoreFlags flags;
    flags.addTo(parser);
    const QCommandLineOption autoOpt(
        QStringLiteral("auto"), QStringLiteral("Make a dated copy in DIR."), QStringLiteral("DIR"));
    const QCommandLineOption keepOpt(QStringLiteral("keep"),
        QStringLiteral("With --auto: copies to keep (default 10)."), QStringLiteral("N"), QStringLiteral("10"));
    parser.addOptions({autoOpt, keepOpt});
    if (const int rc
        = parseVerb(parser, args, QStringLiteral("lento-cli db backup FILE | --auto DIR [--keep N] [--db FILE]"));
        rc >= 0)
        return rc;
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(autoOpt) == (positional.size() == 1) || positional.size() > 1)
        return badInput(QStringLiteral("db backup: give either a target FILE or --auto DIR"));
    qint64 keep = 10;
    if (const int rc = parseNumber(parser.value(keepOpt), QStringLiteral("keep"), 1, 10000, &keep); rc >= 0)
        return rc;
    if (positional.size() == 1 && QFileInfo::exists(positional.first()))
        return badInput(QStringLiteral("FILE: %1 already exists; choose a new file").arg(positional.first()));
    store::Store store;
    if (const int rc = open(store, parser, flags, Access::Read); rc >= 0)
        return rc;
    const auto made = parser.isSet(autoOpt) ? store.automaticBackup(parser.value(autoOpt), int(keep))
                                            : store.backup(positional.first());
    if (!made)
        return report(made);
    printOut(*made);
    return ExitOk;
}

int runRestore(const QStringList &args)
{
    QCommandLineParser parser;
    const StoreFlags flags;
    flags.addTo(parser);
    if (const int rc = parseVerb(parser, args, QStringLiteral("lento-cli db restore BACKUP [--db FILE]")); rc >= 0)
        return rc;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return badInput(QStringLiteral("db restore: expected one backup file"));
    QString target;
    if (const int rc = databasePath(parser, flags.db, &target); rc >= 0)
        return rc;
    const auto restored = store::Store::restore(positional.first(), target);
    if (!restored)
        return report(restored, QStringLiteral("BACKUP"));
    printOut(restored->isEmpty()
            ? QStringLiteral("restored %1").arg(target)
            : QStringLiteral("restored %1; the replaced database is kept as %2").arg(target, *restored));
    return ExitOk;
}

int runDb(const QStringList &args)
{
    return dispatch(args,
        {{QStringLiteral("init"), runInit}, {QStringLiteral("check"), runCheck}, {QStringLiteral("backup"), runBackup},
            {QStringLiteral("restore"), runRestore}},
        QString::fromLatin1(kUsage));
}

const CommandRegistrar registrar(
    {QStringLiteral("db"), QStringLiteral("Patient database: init, check, backup, restore"), runDb});

} // namespace

} // namespace lento::cli
