// `lento-cli handout`: prints a plan as the patient's handout (PDF): plain-language explanation,
// dose chart, calendar with the products for every dose, what to do when it is hard, red flags,
// and optionally the prescriber/pharmacy page. The language follows the patient's preference.
#include "command.h"
#include "storecli.h"

#include "catalogue.h"
#include "checks.h"
#include "handoutlanguage.h"
#include "handoutrenderer.h"
#include "plandocument.h"
#include "store.h"

#include <QDate>
#include <QTime>

#include <cstdio>

namespace lento::cli {

namespace {

const char *const kUsage
    = "lento-cli handout PLAN.json [--patient ID [--db FILE]] [--lang zh_CN|en] [--paper a4|letter] "
      "[--accept-critical] -o handout.pdf";

bool parseDate(const QString &text, const QString &flag, QDate *out, QString *error)
{
    const QDate d = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!d.isValid()) {
        *error = QStringLiteral("%1: must be a date YYYY-MM-DD (got '%2')").arg(flag, text);
        return false;
    }
    *out = d;
    return true;
}

void warn(const QString &text)
{
    std::fprintf(stderr, "lento-cli: warning: %s\n", text.toUtf8().constData());
}

int runHandout(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Print a lento-plan/1 plan as the patient's handout, a PDF for A4 or Letter paper.\n"
        "Doses are shown as the products that make them (from the planner's annotations, or worked\n"
        "out from the plan's recorded products or the region's products). The handout language is\n"
        "--lang, else the patient's handout language in the store, else English. Clinicians' step\n"
        "notes only ever appear on the prescriber/pharmacy page. No modelled risk figures are printed."));
    auto opt = [&](const char *name, const char *help, const char *value = nullptr) {
        QCommandLineOption o(QString::fromLatin1(name), QString::fromLatin1(help));
        if (value)
            o.setValueName(QString::fromLatin1(value));
        parser.addOption(o);
        return o;
    };
    const auto patient = opt(
        "patient", "Patient identifier in the store: name, record number, handout language and next visit.", "ID");
    const auto db = opt("db", "Patient database (default: the configured one).", "FILE");
    const auto lang = opt("lang", "Handout language: en or zh_CN (default: the patient's, else en).", "LANG");
    const auto paper = opt("paper", "a4 (default) or letter.", "PAPER");
    const auto name = opt("name", "Patient name (overrides the store).", "TEXT");
    const auto clinic = opt("clinic", "Clinic name for the header.", "TEXT");
    const auto phone = opt("phone", "Clinic phone number for the header and for when it is hard.", "TEXT");
    const auto prescriber = opt("prescriber", "Prescriber's name (default: a line to write it on).", "TEXT");
    const auto date = opt("date", "Date of the handout YYYY-MM-DD (default: today).", "DATE");
    const auto start = opt("start", "Start date YYYY-MM-DD for a plan without start_date.", "DATE");
    const auto next = opt("next-appointment",
        "Next appointment \"YYYY-MM-DD[ HH:MM]\" (default: the patient's earliest visit in the store\n"
        "dated after the handout date, else a line to fill in).",
        "WHEN");
    const auto region
        = opt("region", "Product set for plans without a planner section: cn, uk (default), us or eu.", "REGION");
    const auto noTicks = opt("no-tick-boxes", "Leave out the box to tick for every day.");
    const auto pharmacy
        = opt("pharmacy-page", "Add the prescriber/pharmacy page: quantities per prescription period, step notes.");
    const auto supply = opt("supply-days", "Prescription period for the pharmacy page in days (default 28).", "DAYS");
    const auto acceptCritical = opt("accept-critical",
        "Print even though the plan has critical findings (see lento-cli check); they are listed on stderr.");
    const auto opioid = opt("opioid", "The patient also takes an opioid (default: the patient's record).");
    const QCommandLineOption outOpt(QStringList {QStringLiteral("o"), QStringLiteral("output")},
        QStringLiteral("Write the PDF to FILE (required; - for standard output)."), QStringLiteral("FILE"));
    parser.addOption(outOpt);
    if (const int rc = parseVerb(parser, args, QString::fromLatin1(kUsage)); rc >= 0)
        return rc;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return badInput(QStringLiteral("handout: give one plan file (usage: %1)").arg(QString::fromLatin1(kUsage)));
    if (!parser.isSet(outOpt) || parser.value(outOpt).isEmpty())
        return badInput(QStringLiteral("-o: required (the PDF file to write)"));

    report::HandoutInput in;
    QString error;
    if (parser.isSet(paper)) {
        const QString p = parser.value(paper).toLower();
        if (p == QLatin1String("a4"))
            in.paper = QPageSize::A4;
        else if (p == QLatin1String("letter"))
            in.paper = QPageSize::Letter;
        else
            return badInput(QStringLiteral("--paper: must be a4 or letter (got '%1')").arg(parser.value(paper)));
    }
    if (parser.isSet(lang) && !report::HandoutLanguage::isSupported(parser.value(lang)))
        return badInput(QStringLiteral("--lang: must be en or zh_CN (got '%1')").arg(parser.value(lang)));
    in.issued = QDate::currentDate();
    if (parser.isSet(date) && !parseDate(parser.value(date), QStringLiteral("--date"), &in.issued, &error))
        return badInput(error);
    if (parser.isSet(start) && !parseDate(parser.value(start), QStringLiteral("--start"), &in.startDate, &error))
        return badInput(error);
    if (parser.isSet(next)) {
        const QStringList parts = parser.value(next).trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.isEmpty() || parts.size() > 2
            || !parseDate(parts[0], QStringLiteral("--next-appointment"), &in.nextAppointment, &error))
            return badInput(
                QStringLiteral("--next-appointment: must be \"YYYY-MM-DD\" or \"YYYY-MM-DD HH:MM\" (got '%1')")
                    .arg(parser.value(next)));
        if (parts.size() == 2) {
            in.nextAppointmentTime = QTime::fromString(parts[1], QStringLiteral("HH:mm"));
            if (!in.nextAppointmentTime.isValid())
                return badInput(QStringLiteral("--next-appointment: the time must be HH:MM (got '%1')").arg(parts[1]));
        }
    }
    if (parser.isSet(supply)
        && !parseIntFlag(parser.value(supply), QStringLiteral("--supply-days"), 1, 365, &in.supplyDays, &error))
        return badInput(error);
    const Catalogue &catalogue = Catalogue::shared();
    if (parser.isSet(region)) {
        if (!catalogue.regions().contains(parser.value(region)))
            return badInput(QStringLiteral("--region: must be one of %1 (got '%2')")
                                .arg(catalogue.regions().join(QStringLiteral(", ")), parser.value(region)));
        in.region = parser.value(region);
    }
    in.clinicName = parser.value(clinic);
    in.clinicPhone = parser.value(phone);
    in.prescriber = parser.value(prescriber);
    in.tickBoxes = !parser.isSet(noTicks);
    in.prescriberPage = parser.isSet(pharmacy);

    QByteArray json;
    if (!readFile(positional.first(), &json, &error))
        return badInput(error);
    Expected<Plan> plan = PlanDocument::parse(json);
    if (!plan)
        return badInput(QStringLiteral("%1: %2").arg(positional.first(), plan.error().text()));
    in.plan = plan.value();
    if (!in.plan.startDate.isValid() && !in.startDate.isValid())
        return badInput(QStringLiteral("%1: start_date: the plan has no start date; give --start YYYY-MM-DD")
                            .arg(positional.first()));

    QString language = parser.value(lang);
    if (parser.isSet(patient)) {
        store::Store st;
        store::OpenOptions options;
        options.readOnly = true;
        options.create = false;
        QString path;
        if (const int rc = storecli::databasePath(parser, db, &path); rc >= 0)
            return rc;
        const store::Result<store::OpenInfo> opened = st.open(path, options);
        if (!opened)
            return badInput(QStringLiteral("--db: %1: %2").arg(path, opened.error().text()));
        const store::Result<store::PatientRecord> rec = st.patientByIdentifier(parser.value(patient));
        if (!rec)
            return rec.kind() == store::ErrorKind::NotFound
                ? badInput(QStringLiteral("--patient: no patient with that identifier in %1").arg(path))
                : storecli::report(rec, QStringLiteral("--patient"));
        in.patientName = rec->name;
        in.opioidCoPrescribed = rec->risks.opioidCoPrescription;
        in.patientIdentifier = rec->identifier;
        if (language.isEmpty() && report::HandoutLanguage::isSupported(rec->handoutLanguage))
            language = rec->handoutLanguage;
        if (!in.nextAppointment.isValid()) {
            const store::Result<QList<store::VisitRecord>> visits = st.visits(rec->id);
            if (visits)
                for (const store::VisitRecord &v : visits.value())
                    if (v.date > in.issued && (!in.nextAppointment.isValid() || v.date < in.nextAppointment))
                        in.nextAppointment = v.date;
        }
    } else if (parser.isSet(db)) {
        return badInput(QStringLiteral("--db: only used with --patient"));
    }
    if (parser.isSet(name))
        in.patientName = parser.value(name);
    in.language = language.isEmpty() ? QStringLiteral("en") : language;
    in.opioidCoPrescribed = in.opioidCoPrescribed || parser.isSet(opioid);

    // A plan with critical findings is handed out only when the prescriber accepts them.
    CheckContext context;
    context.opioidCoPrescription = in.opioidCoPrescribed;
    for (const Check &c : runChecks(in.plan, catalogue, context))
        if (c.severity == CheckSeverity::Critical)
            in.criticalFindings << c.message;
    in.criticalAccepted = parser.isSet(acceptCritical);
    if (!in.criticalFindings.isEmpty() && !in.criticalAccepted)
        return badInput(QStringLiteral("%1: the plan has %2 critical finding(s); review them with lento-cli check and "
                                       "give --accept-critical to print it anyway: %3")
                            .arg(positional.first())
                            .arg(in.criticalFindings.size())
                            .arg(in.criticalFindings.join(QStringLiteral(" | "))));
    for (const QString &c : std::as_const(in.criticalFindings))
        warn(QStringLiteral("critical finding accepted: %1").arg(c));

    const report::HandoutRenderer renderer(in, catalogue);
    const QString out = parser.value(outOpt);
    report::HandoutResult result;
    if (out == QLatin1String("-")) {
        const Expected<QByteArray> bytes = renderer.pdf(&result);
        if (!bytes)
            return badInput(bytes.error().text());
        if (!writeOutput(out, bytes.value(), &error))
            return failure(error);
    } else {
        const Expected<report::HandoutResult> written = renderer.writePdf(out);
        if (!written)
            return written.error().path == out ? failure(written.error().text()) : badInput(written.error().text());
        result = written.value();
    }
    for (const QString &w : std::as_const(result.warnings))
        warn(w);
    if (!result.untranslated.isEmpty())
        warn(QStringLiteral("printed in English for want of a translation: %1")
                 .arg(result.untranslated.join(QStringLiteral(" | "))));
    return ExitOk;
}

const CommandRegistrar registrar(
    {QStringLiteral("handout"), QStringLiteral("Print a plan as the patient's handout (PDF)."), runHandout,
        /*needsGui=*/true});

} // namespace

} // namespace lento::cli
