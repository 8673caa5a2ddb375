// What the patient-store verbs (db, patients, plans, visits) share: the --db and --clinician
// options, opening the store, finding a patient by identifier, and turning store errors into
// exit codes (2 bad input or unknown record, 1 conflict or a failure of the file).
#pragma once

#include "command.h"

#include "store.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace lento::cli::storecli {

struct StoreFlags
{
    QCommandLineOption db {QStringLiteral("db"),
        QStringLiteral("The patient database (default: the one in the settings, or the "
                       "user's data folder)."),
        QStringLiteral("FILE")};
    QCommandLineOption clinician {QStringLiteral("clinician"),
        QStringLiteral("Name recorded in the audit log (default: the OS user name)."), QStringLiteral("NAME")};
    void addTo(QCommandLineParser &parser) const { parser.addOptions({db, clinician}); }
};

enum class Access { Read, Write, Create };

// Runs a group's sub-verb: `args` is {"patients", "add", ...}; prints the group's usage for
// --help or an unknown sub-verb.
int dispatch(const QStringList &args, const QList<std::pair<QString, std::function<int(const QStringList &)>>> &verbs,
    const QString &usage);

// The database --db names (or the configured one when --db is not given); -1 and *path, or the
// bad-input exit code for an empty --db, which a script with an unset variable passes.
int databasePath(const QCommandLineParser &parser, const QCommandLineOption &db, QString *path);

// Opens the store named by --db; returns -1 on success, otherwise the exit code (message printed).
int open(store::Store &store, const QCommandLineParser &parser, const StoreFlags &flags, Access access);
// Returns -1 and fills *patient, or prints "no patient with that identifier" and returns 2.
int findPatient(const store::Store &store, const QString &identifier, store::PatientRecord *patient);
// open(), then findPatient() for the first positional argument (the verbs' "ID").
int openForPatient(store::Store &store, const QCommandLineParser &parser, const StoreFlags &flags, Access access,
    store::PatientRecord *patient);

// Prints a store error (prefixed with `context` if given) and returns its exit code.
int report(const Error &error, store::ErrorKind kind, const QString &context = {});
template <typename T> int report(const store::Result<T> &result, const QString &context = {})
{
    return report(result.error(), result.kind(), context);
}

// "--format FORMAT": one of `allowed`, the first being the default.
QCommandLineOption formatOption(const QStringList &allowed);
// Checks --format against the allowed values; -1 or the bad-input exit code.
int checkFormat(const QString &format, const QStringList &allowed);
// A whole number from a flag, within [min, max]; -1 or the bad-input exit code.
int parseNumber(const QString &text, const QString &flag, qint64 min, qint64 max, qint64 *out);

} // namespace lento::cli::storecli
