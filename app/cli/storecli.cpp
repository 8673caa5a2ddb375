// Shared plumbing of the patient-store verbs.
#include "storecli.h"

#include <QFileInfo>

namespace lento::cli::storecli {

int dispatch(const QStringList &args, const QList<std::pair<QString, std::function<int(const QStringList &)>>> &verbs,
    const QString &usage)
{
    const QString sub = args.value(1);
    if (sub.isEmpty() || sub == QStringLiteral("--help") || sub == QStringLiteral("-h")
        || sub == QStringLiteral("help")) {
        printOut(usage);
        return sub.isEmpty() ? ExitBadInput : ExitOk;
    }
    for (const auto &[name, run] : verbs) {
        if (name == sub)
            return run(args.mid(1));
    }
    return badInput(QStringLiteral("%1: unknown command '%2' (see lento-cli %1 --help)").arg(args.first(), sub));
}

int report(const Error &error, store::ErrorKind kind, const QString &context)
{
    const QString text = context.isEmpty() ? error.text() : context + QStringLiteral(": ") + error.text();
    switch (kind) {
    case store::ErrorKind::Invalid:
    case store::ErrorKind::NotFound:
    case store::ErrorKind::Duplicate:
        return badInput(text);
    case store::ErrorKind::Conflict:
        return failure(QStringLiteral("conflict: ") + text);
    case store::ErrorKind::Io:
    case store::ErrorKind::DiskFull:
        return failure(text + fileSizeLimitNote());
    default:
        return failure(text);
    }
}

int databasePath(const QCommandLineParser &parser, const QCommandLineOption &db, QString *path)
{
    if (parser.isSet(db) && parser.value(db).trimmed().isEmpty())
        return badInput(QStringLiteral("--db: empty file name; name the database file, or leave --db out to use the "
                                       "configured one"));
    *path = store::Store::configuredPath(parser.value(db));
    return -1;
}

int open(store::Store &store, const QCommandLineParser &parser, const StoreFlags &flags, Access access)
{
    store::OpenOptions options;
    options.readOnly = access == Access::Read;
    options.create = access == Access::Create;
    options.clinician = parser.value(flags.clinician);
    QString path;
    if (const int rc = databasePath(parser, flags.db, &path); rc >= 0)
        return rc;
    // An empty file is more likely a mistake (a truncated copy, the wrong name) than a store to
    // set up: only `db init` turns it into one.
    if (access != Access::Create && QFileInfo(path).isFile() && QFileInfo(path).size() == 0)
        return badInput(QStringLiteral("--db: %1 is an empty file, not a patient database; set it up with "
                                       "'lento-cli db init' if that is what you want")
                            .arg(path));
    const auto opened = store.open(path, options);
    if (!opened) {
        if (opened.kind() == store::ErrorKind::NotFound)
            return badInput(QStringLiteral("--db: %1 (create it with 'lento-cli db init')").arg(opened.error().text()));
        return report(opened);
    }
    if (access != Access::Read && opened->readOnly)
        return failure(opened->readOnlyReason);
    return -1;
}

int findPatient(const store::Store &store, const QString &identifier, store::PatientRecord *patient)
{
    const auto found = store.patientByIdentifier(identifier);
    if (!found) {
        if (found.kind() == store::ErrorKind::NotFound)
            return badInput(QStringLiteral("ID: no patient with that identifier"));
        return report(found);
    }
    *patient = *found;
    return -1;
}

int openForPatient(store::Store &store, const QCommandLineParser &parser, const StoreFlags &flags, Access access,
    store::PatientRecord *patient)
{
    if (const int rc = open(store, parser, flags, access); rc >= 0)
        return rc;
    return findPatient(store, parser.positionalArguments().value(0), patient);
}

QCommandLineOption formatOption(const QStringList &allowed)
{
    return QCommandLineOption(QStringLiteral("format"),
        QStringLiteral("%1 (default %2).").arg(allowed.join(QStringLiteral(", ")), allowed.first()),
        QStringLiteral("FORMAT"), allowed.first());
}

int checkFormat(const QString &format, const QStringList &allowed)
{
    if (allowed.contains(format))
        return -1;
    return badInput(
        QStringLiteral("--format: must be %1 (got '%2')").arg(allowed.join(QStringLiteral(" or ")), format));
}

int parseNumber(const QString &text, const QString &flag, qint64 min, qint64 max, qint64 *out)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < min || v > max)
        return badInput(QStringLiteral("--%1: must be a whole number from %2 to %3 (got '%4')")
                            .arg(flag)
                            .arg(min)
                            .arg(max)
                            .arg(text));
    *out = v;
    return -1;
}

} // namespace lento::cli::storecli
