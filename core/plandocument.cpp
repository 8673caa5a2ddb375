// Reading and writing `lento-plan/1` documents (docs/plan-format.md).
// The reader checks every type and value and stops at the first problem, reporting its JSON
// path; keys it does not know are carried in `extra` so the writer can put them back.

#include "plandocument.h"

#include "inputlimits.h"
#include "jsonduplicates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <cmath>
#include <optional>

namespace lento {

namespace {

// Longest plan the reader accepts; keeps day arithmetic far away from int overflow.
constexpr int kMaxDay = 36500;

QString number(double v)
{
    return QString::number(v, 'g', 12);
}

QString quoted(const QString &s)
{
    return QLatin1Char('"') + s + QLatin1Char('"');
}

QString join(const QString &parent, const QString &key)
{
    return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
}

QString index(const QString &parent, qsizetype i)
{
    return parent + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

// Takes keys out of one JSON object as they are read; what is left over is the `extra` part.
class Reader
{
public:
    Reader(const QJsonObject &object, QString path) : m_rest(object), m_path(std::move(path)) { }

    QString path(const QString &key) const { return join(m_path, key); }
    bool has(const QString &key) const { return m_rest.contains(key); }
    QJsonValue take(const QString &key) { return m_rest.take(key); }
    QJsonObject rest() const { return m_rest; }

    // A finite number; `required` decides whether absence is an error.
    std::optional<Error> number(const QString &key, bool required, double *out, bool *found = nullptr)
    {
        if (found)
            *found = has(key);
        if (!has(key))
            return required ? std::optional<Error>(Error {path(key), QStringLiteral("required")}) : std::nullopt;
        const QJsonValue v = take(key);
        if (!v.isDouble())
            return Error {path(key), QStringLiteral("must be a number")};
        const double d = v.toDouble();
        if (!std::isfinite(d))
            return Error {path(key), QStringLiteral("must be a finite number")};
        *out = d;
        return std::nullopt;
    }

    std::optional<Error> positive(const QString &key, bool required, double *out)
    {
        bool found = false;
        double d = 0.0;
        if (auto e = number(key, required, &d, &found))
            return e;
        if (!found)
            return std::nullopt;
        if (!(d > 0.0))
            return Error {path(key), QStringLiteral("must be > 0")};
        *out = d;
        return std::nullopt;
    }

    // A number > 0 and at most `max` (the message names the limit and the value found).
    std::optional<Error> bounded(const QString &key, bool required, double max, double *out)
    {
        bool found = false;
        double d = 0.0;
        if (auto e = number(key, required, &d, &found))
            return e;
        if (!found)
            return std::nullopt;
        if (!(d > 0.0))
            return Error {path(key), QStringLiteral("must be > 0")};
        if (d > max)
            return Error {
                path(key), QStringLiteral("must be at most %1 (found %2)").arg(lento::number(max), lento::number(d))};
        *out = d;
        return std::nullopt;
    }

    std::optional<Error> string(const QString &key, bool required, QString *out)
    {
        if (!has(key))
            return required ? std::optional<Error>(Error {path(key), QStringLiteral("required")}) : std::nullopt;
        const QJsonValue v = take(key);
        if (!v.isString())
            return Error {path(key), QStringLiteral("must be a string")};
        *out = v.toString();
        return std::nullopt;
    }

private:
    QJsonObject m_rest;
    QString m_path;
};

std::optional<Error> readDose(const QJsonValue &value, const QString &path, Dose *dose)
{
    if (!value.isObject())
        return Error {path, QStringLiteral("must be an object with drug, time and mg")};
    Reader r(value.toObject(), path);

    if (auto e = r.string(QStringLiteral("drug"), true, &dose->drug))
        return e;
    if (dose->drug.trimmed().isEmpty())
        return Error {r.path(QStringLiteral("drug")), QStringLiteral("must not be empty")};

    QString time;
    if (auto e = r.string(QStringLiteral("time"), true, &time))
        return e;
    dose->minuteOfDay = PlanDocument::parseTime(time);
    if (dose->minuteOfDay < 0)
        return Error {r.path(QStringLiteral("time")),
            QStringLiteral("must be HH:MM between 00:00 and 23:59 (found %1)").arg(quoted(time))};

    double mg = 0.0;
    if (auto e = r.bounded(QStringLiteral("mg"), true, limits::kMaxDoseMg, &mg))
        return e;
    dose->mg = Milligrams(mg);
    dose->extra = r.rest();
    return std::nullopt;
}

std::optional<Error> readDoses(const QJsonValue &value, const QString &path, QList<Dose> *doses)
{
    if (!value.isArray())
        return Error {path, QStringLiteral("must be an array of doses")};
    const QJsonArray array = value.toArray();
    if (array.size() > limits::kMaxDosesPerDay)
        return Error {
            path, QStringLiteral("at most %1 doses (found %2)").arg(limits::kMaxDosesPerDay).arg(array.size())};
    doses->reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        Dose dose;
        if (auto e = readDose(array.at(i), index(path, i), &dose))
            return e;
        doses->append(dose);
    }
    return std::nullopt;
}

std::optional<Error> readStep(const QJsonValue &value, const QString &path, int previousDay, Step *step)
{
    if (!value.isObject())
        return Error {path, QStringLiteral("must be an object with day and doses")};
    Reader r(value.toObject(), path);

    double day = 0.0;
    if (auto e = r.number(QStringLiteral("day"), true, &day))
        return e;
    const QString dayPath = r.path(QStringLiteral("day"));
    if (day < 0.0)
        return Error {dayPath, QStringLiteral("must be >= 0")};
    if (std::floor(day) != day)
        return Error {dayPath, QStringLiteral("must be a whole number of days (found %1)").arg(number(day))};
    if (day > kMaxDay)
        return Error {dayPath, QStringLiteral("must be at most %1").arg(kMaxDay)};
    step->day = int(day);
    if (previousDay >= 0 && step->day <= previousDay)
        return Error {dayPath, QStringLiteral("must be greater than the previous step's day (%1)").arg(previousDay)};

    if (!r.has(QStringLiteral("doses")))
        return Error {r.path(QStringLiteral("doses")), QStringLiteral("required (use [] to stop every drug)")};
    if (auto e = readDoses(r.take(QStringLiteral("doses")), r.path(QStringLiteral("doses")), &step->doses))
        return e;

    if (auto e = r.string(QStringLiteral("note"), false, &step->note))
        return e;
    if (step->note.size() > limits::kMaxNoteChars)
        return Error {r.path(QStringLiteral("note")),
            QStringLiteral("at most %1 characters (found %2)").arg(limits::kMaxNoteChars).arg(step->note.size())};

    if (r.has(QStringLiteral("annotations"))) {
        const QJsonValue a = r.take(QStringLiteral("annotations"));
        if (!a.isObject())
            return Error {r.path(QStringLiteral("annotations")), QStringLiteral("must be an object")};
        step->annotations = a.toObject();
    }
    step->extra = r.rest();
    return std::nullopt;
}

std::optional<Error> readPatient(const QJsonValue &value, PatientParams *patient)
{
    const QString path = QStringLiteral("patient");
    if (!value.isObject())
        return Error {path, QStringLiteral("must be an object")};
    Reader r(value.toObject(), path);

    if (auto e = r.positive(QStringLiteral("weight_kg"), false, &patient->weightKg))
        return e;
    if (patient->weightKg > limits::kMaxWeightKg)
        return Error {r.path(QStringLiteral("weight_kg")),
            QStringLiteral("must be at most %1 kg (found %2)")
                .arg(number(limits::kMaxWeightKg), number(patient->weightKg))};
    if (auto e = r.bounded(QStringLiteral("half_life_multiplier"), false, limits::kMaxHalfLifeMultiplier,
            &patient->halfLifeMultiplier))
        return e;

    bool found = false;
    double prior = 0.0;
    if (auto e = r.number(QStringLiteral("prior_abrupt_withdrawals"), false, &prior, &found))
        return e;
    if (found) {
        const QString p = r.path(QStringLiteral("prior_abrupt_withdrawals"));
        if (prior < 0.0 || std::floor(prior) != prior)
            return Error {p, QStringLiteral("must be a whole number >= 0 (found %1)").arg(number(prior))};
        if (prior > 1000.0)
            return Error {p, QStringLiteral("must be at most 1000")};
        patient->priorAbruptWithdrawals = int(prior);
    }
    patient->extra = r.rest();
    return std::nullopt;
}

std::optional<Error> readModel(const QJsonValue &value, ModelParams *model)
{
    const QString path = QStringLiteral("model");
    if (!value.isObject())
        return Error {path, QStringLiteral("must be an object")};
    Reader r(value.toObject(), path);
    if (auto e = r.bounded(QStringLiteral("tau_r_days"), false, limits::kMaxTauRDays, &model->tauRDays))
        return e;
    if (auto e = r.bounded(QStringLiteral("l50_mg"), false, limits::kMaxL50Mg, &model->l50Mg))
        return e;
    if (auto e = r.bounded(QStringLiteral("hill"), false, limits::kMaxHill, &model->hill))
        return e;
    model->extra = r.rest();
    return std::nullopt;
}

QJsonObject doseToJson(const Dose &dose)
{
    QJsonObject o = dose.extra;
    o.insert(QStringLiteral("drug"), dose.drug);
    o.insert(QStringLiteral("time"), PlanDocument::formatTime(dose.minuteOfDay));
    o.insert(QStringLiteral("mg"), dose.mg.value());
    return o;
}

QJsonArray dosesToJson(const QList<Dose> &doses)
{
    QJsonArray a;
    for (const Dose &d : doses)
        a.append(doseToJson(d));
    return a;
}

} // namespace

namespace PlanDocument {

int parseTime(const QString &text)
{
    if (text.size() != 5 || text.at(2) != QLatin1Char(':'))
        return -1;
    for (int i : {0, 1, 3, 4})
        if (text.at(i) < QLatin1Char('0') || text.at(i) > QLatin1Char('9'))
            return -1;
    const int hours = text.at(0).digitValue() * 10 + text.at(1).digitValue();
    const int minutes = text.at(3).digitValue() * 10 + text.at(4).digitValue();
    if (hours > 23 || minutes > 59)
        return -1;
    return hours * 60 + minutes;
}

QString formatTime(int minuteOfDay)
{
    const int m = ((minuteOfDay % 1440) + 1440) % 1440;
    return QStringLiteral("%1:%2").arg(m / 60, 2, 10, QLatin1Char('0')).arg(m % 60, 2, 10, QLatin1Char('0'));
}

Expected<Plan> fromJson(const QJsonObject &object)
{
    Plan plan;
    Reader r(object, QString());

    QString format;
    if (auto e = r.string(QStringLiteral("format"), true, &format))
        return *e;
    if (format != QLatin1String(kPlanFormat))
        return Error {QStringLiteral("format"),
            QStringLiteral("must be \"%1\" (found %2)").arg(QLatin1String(kPlanFormat), quoted(format))};

    if (auto e = r.string(QStringLiteral("title"), false, &plan.title))
        return *e;
    if (plan.title.size() > limits::kMaxTitleChars)
        return Error {QStringLiteral("title"),
            QStringLiteral("at most %1 characters (found %2)").arg(limits::kMaxTitleChars).arg(plan.title.size())};

    if (r.has(QStringLiteral("start_date"))) {
        QString text;
        if (auto e = r.string(QStringLiteral("start_date"), false, &text))
            return *e;
        const QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
        if (text.size() != 10 || !date.isValid())
            return Error {QStringLiteral("start_date"),
                QStringLiteral("must be a calendar date YYYY-MM-DD (found %1)").arg(quoted(text))};
        plan.startDate = date;
    }

    if (r.has(QStringLiteral("patient"))) {
        plan.hasPatient = true;
        if (auto e = readPatient(r.take(QStringLiteral("patient")), &plan.patient))
            return *e;
    }
    if (r.has(QStringLiteral("model"))) {
        plan.hasModel = true;
        if (auto e = readModel(r.take(QStringLiteral("model")), &plan.model))
            return *e;
    }

    if (r.has(QStringLiteral("drugs"))) {
        const QJsonValue drugs = r.take(QStringLiteral("drugs"));
        if (!drugs.isObject())
            return Error {QStringLiteral("drugs"), QStringLiteral("must be an object keyed by drug id")};
        const QJsonObject o = drugs.toObject();
        if (o.size() > limits::kMaxDrugDefinitions)
            return Error {QStringLiteral("drugs"),
                QStringLiteral("at most %1 entries (found %2)").arg(limits::kMaxDrugDefinitions).arg(o.size())};
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString path = QStringLiteral("drugs.") + it.key();
            if (it.key().trimmed().isEmpty())
                return Error {path, QStringLiteral("drug id must not be empty")};
            if (!it.value().isObject())
                return Error {path, QStringLiteral("must be an object")};
            plan.drugs.insert(it.key(), it.value().toObject());
        }
    }

    if (!r.has(QStringLiteral("current")))
        return Error {QStringLiteral("current"), QStringLiteral("required (use [] for no current regimen)")};
    if (auto e = readDoses(r.take(QStringLiteral("current")), QStringLiteral("current"), &plan.current))
        return *e;

    if (!r.has(QStringLiteral("steps")))
        return Error {QStringLiteral("steps"), QStringLiteral("required")};
    const QJsonValue steps = r.take(QStringLiteral("steps"));
    if (!steps.isArray())
        return Error {QStringLiteral("steps"), QStringLiteral("must be an array of steps")};
    const QJsonArray stepArray = steps.toArray();
    if (stepArray.size() > limits::kMaxSteps)
        return Error {QStringLiteral("steps"),
            QStringLiteral("at most %1 steps (found %2)").arg(limits::kMaxSteps).arg(stepArray.size())};
    plan.steps.reserve(stepArray.size());
    int previousDay = -1;
    for (qsizetype i = 0; i < stepArray.size(); ++i) {
        Step step;
        if (auto e = readStep(stepArray.at(i), index(QStringLiteral("steps"), i), previousDay, &step))
            return *e;
        previousDay = step.day;
        plan.steps.append(step);
    }

    plan.extra = r.rest();
    return plan;
}

Expected<Plan> parse(const QByteArray &json)
{
    // Refused before parsing: the parser's memory grows with the document.
    if (json.size() > limits::kMaxDocumentBytes)
        return Error {QString(),
            QStringLiteral("the document is %1 bytes; a plan document may be at most %2 bytes")
                .arg(json.size())
                .arg(limits::kMaxDocumentBytes)};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Error {
            QString(), QStringLiteral("not valid JSON at offset %1: %2").arg(error.offset).arg(error.errorString())};
    if (!doc.isObject())
        return Error {QString(), QStringLiteral("the document must be a JSON object")};
    if (const QString key = JsonDuplicates::firstDuplicate(json); !key.isEmpty())
        return Error {key, QStringLiteral("written more than once; keep one value")};
    return fromJson(doc.object());
}

QJsonObject toJson(const Plan &plan)
{
    QJsonObject o = plan.extra;
    o.insert(QStringLiteral("format"), QLatin1String(kPlanFormat));
    if (!plan.title.isEmpty())
        o.insert(QStringLiteral("title"), plan.title);
    if (plan.startDate.isValid())
        o.insert(QStringLiteral("start_date"), plan.startDate.toString(QStringLiteral("yyyy-MM-dd")));

    // A section is written when the document had it, or when code changed a value in it
    // (a plan built in memory that forgot the flag must not lose the patient's weight).
    if (plan.hasPatient || !(plan.patient == PatientParams {})) {
        QJsonObject p = plan.patient.extra;
        p.insert(QStringLiteral("weight_kg"), plan.patient.weightKg);
        p.insert(QStringLiteral("half_life_multiplier"), plan.patient.halfLifeMultiplier);
        p.insert(QStringLiteral("prior_abrupt_withdrawals"), plan.patient.priorAbruptWithdrawals);
        o.insert(QStringLiteral("patient"), p);
    }
    if (plan.hasModel || !(plan.model == ModelParams {})) {
        QJsonObject m = plan.model.extra;
        m.insert(QStringLiteral("tau_r_days"), plan.model.tauRDays);
        m.insert(QStringLiteral("l50_mg"), plan.model.l50Mg);
        m.insert(QStringLiteral("hill"), plan.model.hill);
        o.insert(QStringLiteral("model"), m);
    }
    if (!plan.drugs.isEmpty()) {
        QJsonObject d;
        for (auto it = plan.drugs.begin(); it != plan.drugs.end(); ++it)
            d.insert(it.key(), it.value());
        o.insert(QStringLiteral("drugs"), d);
    }

    o.insert(QStringLiteral("current"), dosesToJson(plan.current));

    QJsonArray steps;
    for (const Step &s : plan.steps) {
        QJsonObject so = s.extra;
        so.insert(QStringLiteral("day"), s.day);
        so.insert(QStringLiteral("doses"), dosesToJson(s.doses));
        if (!s.note.isEmpty())
            so.insert(QStringLiteral("note"), s.note);
        if (!s.annotations.isEmpty())
            so.insert(QStringLiteral("annotations"), s.annotations);
        steps.append(so);
    }
    o.insert(QStringLiteral("steps"), steps);
    return o;
}

QByteArray write(const Plan &plan, bool indented)
{
    return QJsonDocument(toJson(plan)).toJson(indented ? QJsonDocument::Indented : QJsonDocument::Compact);
}

} // namespace PlanDocument

} // namespace lento
