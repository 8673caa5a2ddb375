// JSON forms and validation rules of patient, medication and visit records.
#include "recordjson.h"

#include "plandocument.h"
#include "regimentext.h"
#include "withdrawalscales.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>
#include <optional>

namespace lento::store::RecordJson {

namespace {

constexpr int kMaxIdentifier = 64;
constexpr int kMaxName = 200;
constexpr int kMaxShortText = 500;
constexpr int kMaxNotes = 100000;

QString join(const QString &parent, const QString &key)
{
    return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
}

QString at(const QString &parent, qsizetype i)
{
    return parent + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

bool hasLineBreakOrControl(const QString &s)
{
    for (const QChar c : s) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

// Reads the fields of one JSON object by type; finish() refuses keys nobody read.
class Fields
{
public:
    Fields(QJsonObject object, QString path, QStringList ignored = {})
        : m_rest(std::move(object)), m_path(std::move(path))
    {
        for (const QString &key : ignored)
            m_rest.remove(key);
    }

    QString path(const QString &key) const { return join(m_path, key); }
    bool present(const QString &key) const { return m_rest.contains(key) && !m_rest.value(key).isNull(); }

    std::optional<Error> text(const QString &key, QString *out)
    {
        const QJsonValue v = m_rest.take(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isString())
            return Error {path(key), QStringLiteral("must be a string")};
        *out = v.toString();
        return std::nullopt;
    }

    std::optional<Error> date(const QString &key, QDate *out)
    {
        QString s;
        if (auto e = text(key, &s))
            return e;
        if (s.isEmpty())
            return std::nullopt;
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (s.size() != 10 || !d.isValid())
            return Error {path(key), QStringLiteral("must be a date YYYY-MM-DD")};
        *out = d;
        return std::nullopt;
    }

    std::optional<Error> real(const QString &key, std::optional<double> *out)
    {
        const QJsonValue v = m_rest.take(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isDouble() || !std::isfinite(v.toDouble()))
            return Error {path(key), QStringLiteral("must be a number")};
        *out = v.toDouble();
        return std::nullopt;
    }

    std::optional<Error> integer(const QString &key, std::optional<int> *out)
    {
        std::optional<double> d;
        if (auto e = real(key, &d))
            return e;
        if (!d)
            return std::nullopt;
        if (*d != std::floor(*d) || std::fabs(*d) > 1e9)
            return Error {path(key), QStringLiteral("must be a whole number")};
        *out = int(*d);
        return std::nullopt;
    }

    std::optional<Error> boolean(const QString &key, bool *out)
    {
        const QJsonValue v = m_rest.take(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isBool())
            return Error {path(key), QStringLiteral("must be true or false")};
        *out = v.toBool();
        return std::nullopt;
    }

    template <typename E> std::optional<Error> choice(const QString &key, E *out, const QString &allowed)
    {
        QString s;
        if (auto e = text(key, &s))
            return e;
        if (s.isEmpty())
            return std::nullopt;
        if (!fromText(s, out))
            return Error {path(key), QStringLiteral("must be one of %1").arg(allowed)};
        return std::nullopt;
    }

    std::optional<Error> object(const QString &key, QJsonObject *out)
    {
        const QJsonValue v = m_rest.take(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isObject())
            return Error {path(key), QStringLiteral("must be an object")};
        *out = v.toObject();
        return std::nullopt;
    }

    std::optional<Error> array(const QString &key, std::optional<QJsonArray> *out)
    {
        const QJsonValue v = m_rest.take(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isArray())
            return Error {path(key), QStringLiteral("must be an array")};
        *out = v.toArray();
        return std::nullopt;
    }

    std::optional<Error> items(const QString &key, std::optional<QList<int>> *out)
    {
        std::optional<QJsonArray> a;
        if (auto e = array(key, &a))
            return e;
        if (!a)
            return std::nullopt;
        QList<int> list;
        for (qsizetype i = 0; i < a->size(); ++i) {
            const QJsonValue v = a->at(i);
            if (!v.isDouble() || v.toDouble() != std::floor(v.toDouble()) || std::fabs(v.toDouble()) > 1e6)
                return Error {at(path(key), i), QStringLiteral("must be a whole number")};
            list.append(int(v.toDouble()));
        }
        *out = list;
        return std::nullopt;
    }

    std::optional<Error> finish() const
    {
        if (!m_rest.isEmpty())
            return Error {path(m_rest.keys().first()), QStringLiteral("unknown field")};
        return std::nullopt;
    }

private:
    QJsonObject m_rest;
    QString m_path;
};

std::optional<Error> checkText(const QString &path, const QString &value, int maxLength, bool required, bool singleLine)
{
    if (required && value.trimmed().isEmpty())
        return Error {path, QStringLiteral("required")};
    if (value.size() > maxLength)
        return Error {path, QStringLiteral("longer than %1 characters").arg(maxLength)};
    if (singleLine && hasLineBreakOrControl(value))
        return Error {path, QStringLiteral("must be one line without control characters")};
    return std::nullopt;
}

std::optional<Error> checkRange(
    const QString &path, const std::optional<double> &v, double lo, double hi, const QString &unit)
{
    if (v && (*v < lo || *v > hi))
        return Error {path, QStringLiteral("must be %1 to %2 %3").arg(lo).arg(hi).arg(unit)};
    return std::nullopt;
}

std::optional<Error> checkIntRange(
    const QString &path, const std::optional<int> &v, int lo, int hi, const QString &unit)
{
    return checkRange(path, v ? std::optional<double>(*v) : std::nullopt, lo, hi, unit);
}

QJsonValue dateJson(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

template <typename T> QJsonValue optionalJson(const std::optional<T> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue itemsJson(const std::optional<QList<int>> &items)
{
    if (!items)
        return QJsonValue::Null;
    QJsonArray a;
    for (int v : *items)
        a.append(v);
    return a;
}

} // namespace

// ---- Patients ----

QJsonObject patientToJson(const PatientRecord &p)
{
    QJsonObject risks {
        {QStringLiteral("seizure_history"), p.risks.seizureHistory},
        {QStringLiteral("prior_abrupt_withdrawals"), p.risks.priorAbruptWithdrawals},
        {QStringLiteral("opioid_co_prescription"), p.risks.opioidCoPrescription},
        {QStringLiteral("alcohol_use"), toText(p.risks.alcohol)},
        {QStringLiteral("liver_impairment"), p.risks.liverImpairment},
        {QStringLiteral("pregnant"), p.risks.pregnant},
    };
    return QJsonObject {
        {QStringLiteral("identifier"), p.identifier},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("date_of_birth"), dateJson(p.dateOfBirth)},
        {QStringLiteral("sex"), toText(p.sex)},
        {QStringLiteral("weight_kg"), p.weight ? QJsonValue(p.weight->value()) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("handout_language"), p.handoutLanguage},
        {QStringLiteral("notes"), p.notes},
        {QStringLiteral("risk_factors"), risks},
        {QStringLiteral("archived"), p.archived},
    };
}

Expected<PatientRecord> patientFromJson(const QJsonObject &object, const QString &path)
{
    PatientRecord p;
    Fields f(object, path);
    std::optional<double> weight;
    QJsonObject risks;
    if (auto e = f.text(QStringLiteral("identifier"), &p.identifier))
        return *e;
    if (auto e = f.text(QStringLiteral("name"), &p.name))
        return *e;
    if (auto e = f.date(QStringLiteral("date_of_birth"), &p.dateOfBirth))
        return *e;
    if (auto e = f.choice(QStringLiteral("sex"), &p.sex, QStringLiteral("unknown, female, male, other")))
        return *e;
    if (auto e = f.real(QStringLiteral("weight_kg"), &weight))
        return *e;
    if (auto e = f.text(QStringLiteral("handout_language"), &p.handoutLanguage))
        return *e;
    if (auto e = f.text(QStringLiteral("notes"), &p.notes))
        return *e;
    if (auto e = f.boolean(QStringLiteral("archived"), &p.archived))
        return *e;
    if (auto e = f.object(QStringLiteral("risk_factors"), &risks))
        return *e;
    if (auto e = f.finish())
        return *e;
    if (weight)
        p.weight = Kilograms(*weight);

    Fields r(risks, f.path(QStringLiteral("risk_factors")));
    std::optional<int> prior;
    if (auto e = r.boolean(QStringLiteral("seizure_history"), &p.risks.seizureHistory))
        return *e;
    if (auto e = r.integer(QStringLiteral("prior_abrupt_withdrawals"), &prior))
        return *e;
    if (auto e = r.boolean(QStringLiteral("opioid_co_prescription"), &p.risks.opioidCoPrescription))
        return *e;
    if (auto e
        = r.choice(QStringLiteral("alcohol_use"), &p.risks.alcohol, QStringLiteral("unknown, none, moderate, heavy")))
        return *e;
    if (auto e = r.boolean(QStringLiteral("liver_impairment"), &p.risks.liverImpairment))
        return *e;
    if (auto e = r.boolean(QStringLiteral("pregnant"), &p.risks.pregnant))
        return *e;
    if (auto e = r.finish())
        return *e;
    p.risks.priorAbruptWithdrawals = prior.value_or(0);
    return checkPatient(p, path);
}

Expected<PatientRecord> checkPatient(const PatientRecord &p, const QString &path)
{
    static const QRegularExpression language(QStringLiteral("^[a-z]{2,3}(_[A-Z]{2}|_[A-Z][a-z]{3})?$"));
    if (auto e = checkText(join(path, QStringLiteral("identifier")), p.identifier, kMaxIdentifier, true, true))
        return *e;
    if (p.identifier != p.identifier.trimmed())
        return Error {join(path, QStringLiteral("identifier")), QStringLiteral("must not start or end with spaces")};
    if (auto e = checkText(join(path, QStringLiteral("name")), p.name, kMaxName, true, true))
        return *e;
    if (p.dateOfBirth.isValid() && (p.dateOfBirth > QDate::currentDate() || p.dateOfBirth.year() < 1880))
        return Error {join(path, QStringLiteral("date_of_birth")), QStringLiteral("must be a past date after 1880")};
    if (p.weight && !(p.weight->value() > 0.0 && p.weight->value() <= 400.0))
        return Error {
            join(path, QStringLiteral("weight_kg")), QStringLiteral("must be more than 0 and at most 400 kg")};
    if (!p.handoutLanguage.isEmpty() && !language.match(p.handoutLanguage).hasMatch())
        return Error {join(path, QStringLiteral("handout_language")),
            QStringLiteral("must be a language code such as en or zh_CN")};
    if (auto e = checkText(join(path, QStringLiteral("notes")), p.notes, kMaxNotes, false, false))
        return *e;
    if (p.risks.priorAbruptWithdrawals < 0 || p.risks.priorAbruptWithdrawals > 1000)
        return Error {
            join(path, QStringLiteral("risk_factors.prior_abrupt_withdrawals")), QStringLiteral("must be 0 to 1000")};
    return p;
}

// ---- Medications ----

QJsonArray medicationDosesToJson(const QList<MedicationDose> &doses)
{
    QJsonArray a;
    for (const MedicationDose &d : doses)
        a.append(QJsonObject {
            {QStringLiteral("time"), PlanDocument::formatTime(d.minuteOfDay)}, {QStringLiteral("mg"), d.mg.value()}});
    return a;
}

Expected<QList<MedicationDose>> medicationDosesFromJson(const QJsonArray &doses, const QString &path)
{
    QList<MedicationDose> out;
    for (qsizetype i = 0; i < doses.size(); ++i) {
        if (!doses.at(i).isObject())
            return Error {at(path, i), QStringLiteral("must be an object")};
        Fields d(doses.at(i).toObject(), at(path, i));
        QString time;
        std::optional<double> mg;
        if (auto e = d.text(QStringLiteral("time"), &time))
            return *e;
        if (auto e = d.real(QStringLiteral("mg"), &mg))
            return *e;
        if (auto e = d.finish())
            return *e;
        MedicationDose dose;
        dose.minuteOfDay = PlanDocument::parseTime(time);
        if (dose.minuteOfDay < 0)
            return Error {d.path(QStringLiteral("time")), QStringLiteral("must be HH:MM between 00:00 and 23:59")};
        if (!mg)
            return Error {d.path(QStringLiteral("mg")), QStringLiteral("required")};
        dose.mg = Milligrams(*mg);
        out.append(dose);
    }
    return out;
}

QJsonObject medicationToJson(const MedicationRecord &m)
{
    return QJsonObject {
        {QStringLiteral("drug"), m.drug},
        {QStringLiteral("doses"), medicationDosesToJson(m.doses)},
        {QStringLiteral("needs_review"), m.needsReview},
        {QStringLiteral("regimen"), m.regimen},
        {QStringLiteral("since"), dateJson(m.since)},
        {QStringLiteral("indication"), m.indication},
        {QStringLiteral("prescriber"), m.prescriber},
    };
}

Expected<MedicationRecord> medicationFromJson(const QJsonObject &object, const QString &path)
{
    MedicationRecord m;
    Fields f(object, path);
    if (auto e = f.text(QStringLiteral("drug"), &m.drug))
        return *e;
    if (auto e = f.text(QStringLiteral("regimen"), &m.regimen))
        return *e;
    std::optional<QJsonArray> doses;
    if (auto e = f.array(QStringLiteral("doses"), &doses))
        return *e;
    if (auto e = f.boolean(QStringLiteral("needs_review"), &m.needsReview))
        return *e;
    if (doses) {
        const auto read = medicationDosesFromJson(*doses, f.path(QStringLiteral("doses")));
        if (!read)
            return read.error();
        m.doses = *read;
    } else if (!m.regimen.trimmed().isEmpty()) {
        // Written before the regimen was structured.
        const RegimenText::Read read = RegimenText::read(m.regimen);
        m.doses = read.doses;
        m.needsReview = !read.complete;
    }
    if (auto e = f.date(QStringLiteral("since"), &m.since))
        return *e;
    if (auto e = f.text(QStringLiteral("indication"), &m.indication))
        return *e;
    if (auto e = f.text(QStringLiteral("prescriber"), &m.prescriber))
        return *e;
    if (auto e = f.finish())
        return *e;
    return checkMedication(m, path);
}

Expected<MedicationRecord> checkMedication(const MedicationRecord &m, const QString &path)
{
    if (auto e = checkText(join(path, QStringLiteral("drug")), m.drug, kMaxName, true, true))
        return *e;
    if (auto e = checkText(join(path, QStringLiteral("regimen")), m.regimen, kMaxShortText, false, false))
        return *e;
    if (m.doses.size() > 24)
        return Error {join(path, QStringLiteral("doses")), QStringLiteral("at most 24 doses a day")};
    for (qsizetype i = 0; i < m.doses.size(); ++i) {
        const MedicationDose &d = m.doses[i];
        if (d.minuteOfDay < 0 || d.minuteOfDay >= 24 * 60)
            return Error {at(join(path, QStringLiteral("doses")), i) + QStringLiteral(".time"),
                QStringLiteral("must be HH:MM between 00:00 and 23:59")};
        if (!std::isfinite(d.mg.value()) || d.mg.value() <= 0.0 || d.mg.value() > 10000.0)
            return Error {at(join(path, QStringLiteral("doses")), i) + QStringLiteral(".mg"),
                QStringLiteral("must be more than 0 and at most 10000")};
    }
    if (m.since.isValid() && m.since > QDate::currentDate())
        return Error {join(path, QStringLiteral("since")), QStringLiteral("must not be in the future")};
    if (auto e = checkText(join(path, QStringLiteral("indication")), m.indication, kMaxShortText, false, false))
        return *e;
    if (auto e = checkText(join(path, QStringLiteral("prescriber")), m.prescriber, kMaxName, false, true))
        return *e;
    return m;
}

// ---- Visits ----

QJsonObject visitToJson(const VisitRecord &v)
{
    QJsonArray doses;
    for (const ActualDose &d : v.actualDoses) {
        QJsonObject o {{QStringLiteral("drug"), d.drug}, {QStringLiteral("mg"), d.mg.value()}};
        if (d.minuteOfDay >= 0)
            o.insert(QStringLiteral("time"), PlanDocument::formatTime(d.minuteOfDay));
        if (d.from.isValid())
            o.insert(QStringLiteral("from"), d.from.toString(Qt::ISODate));
        if (d.to.isValid())
            o.insert(QStringLiteral("to"), d.to.toString(Qt::ISODate));
        doses.append(o);
    }
    QJsonObject vitals {
        {QStringLiteral("bp_systolic"), optionalJson(v.vitals.bpSystolic)},
        {QStringLiteral("bp_diastolic"), optionalJson(v.vitals.bpDiastolic)},
        {QStringLiteral("pulse"), optionalJson(v.vitals.pulse)},
        {QStringLiteral("temperature_c"), optionalJson(v.vitals.temperatureC)},
        {QStringLiteral("respirations"), optionalJson(v.vitals.respirations)},
    };
    QJsonObject o {
        {QStringLiteral("date"), dateJson(v.date)},
        {QStringLiteral("actual_doses"), doses},
        {QStringLiteral("ciwa_b"), itemsJson(v.ciwaB)},
        {QStringLiteral("bwsq"), itemsJson(v.bwsq)},
        {QStringLiteral("vitals"), vitals},
        {QStringLiteral("decision"), toText(v.decision)},
        {QStringLiteral("notes"), v.notes},
    };
    if (!v.author.isEmpty())
        o.insert(QStringLiteral("author"), v.author);
    return o;
}

Expected<VisitRecord> visitFromJson(const QJsonObject &object, const QString &path, const QStringList &callerKeys)
{
    VisitRecord v;
    Fields f(object, path, callerKeys);
    std::optional<QJsonArray> doses;
    QJsonObject vitals;
    if (!f.present(QStringLiteral("date")))
        return Error {f.path(QStringLiteral("date")), QStringLiteral("required")};
    if (auto e = f.date(QStringLiteral("date"), &v.date))
        return *e;
    if (!f.present(QStringLiteral("decision")))
        return Error {f.path(QStringLiteral("decision")), QStringLiteral("required")};
    if (auto e
        = f.choice(QStringLiteral("decision"), &v.decision, QStringLiteral("continue, hold, slow, step_back, stop")))
        return *e;
    if (auto e = f.array(QStringLiteral("actual_doses"), &doses))
        return *e;
    if (auto e = f.items(QStringLiteral("ciwa_b"), &v.ciwaB))
        return *e;
    if (auto e = f.items(QStringLiteral("bwsq"), &v.bwsq))
        return *e;
    if (auto e = f.object(QStringLiteral("vitals"), &vitals))
        return *e;
    if (auto e = f.text(QStringLiteral("notes"), &v.notes))
        return *e;
    if (auto e = f.text(QStringLiteral("author"), &v.author))
        return *e;
    if (auto e = f.finish())
        return *e;

    const QString dosesPath = f.path(QStringLiteral("actual_doses"));
    for (qsizetype i = 0; doses && i < doses->size(); ++i) {
        if (!doses->at(i).isObject())
            return Error {at(dosesPath, i), QStringLiteral("must be an object")};
        Fields d(doses->at(i).toObject(), at(dosesPath, i));
        ActualDose dose;
        QString time;
        std::optional<double> mg;
        if (auto e = d.text(QStringLiteral("drug"), &dose.drug))
            return *e;
        if (auto e = d.text(QStringLiteral("time"), &time))
            return *e;
        if (auto e = d.real(QStringLiteral("mg"), &mg))
            return *e;
        if (auto e = d.date(QStringLiteral("from"), &dose.from))
            return *e;
        if (auto e = d.date(QStringLiteral("to"), &dose.to))
            return *e;
        if (auto e = d.finish())
            return *e;
        if (!time.isEmpty()) {
            dose.minuteOfDay = PlanDocument::parseTime(time);
            if (dose.minuteOfDay < 0)
                return Error {d.path(QStringLiteral("time")), QStringLiteral("must be HH:MM between 00:00 and 23:59")};
        }
        if (!mg)
            return Error {d.path(QStringLiteral("mg")), QStringLiteral("required")};
        dose.mg = Milligrams(*mg);
        v.actualDoses.append(dose);
    }

    Fields vt(vitals, f.path(QStringLiteral("vitals")));
    if (auto e = vt.integer(QStringLiteral("bp_systolic"), &v.vitals.bpSystolic))
        return *e;
    if (auto e = vt.integer(QStringLiteral("bp_diastolic"), &v.vitals.bpDiastolic))
        return *e;
    if (auto e = vt.integer(QStringLiteral("pulse"), &v.vitals.pulse))
        return *e;
    if (auto e = vt.real(QStringLiteral("temperature_c"), &v.vitals.temperatureC))
        return *e;
    if (auto e = vt.integer(QStringLiteral("respirations"), &v.vitals.respirations))
        return *e;
    if (auto e = vt.finish())
        return *e;
    return checkVisit(v, path);
}

Expected<VisitRecord> checkVisit(const VisitRecord &v, const QString &path)
{
    if (!v.date.isValid())
        return Error {join(path, QStringLiteral("date")), QStringLiteral("required")};
    if (v.date.year() < 1900 || v.date > QDate::currentDate().addYears(1))
        return Error {join(path, QStringLiteral("date")), QStringLiteral("is not a plausible visit date")};
    for (qsizetype i = 0; i < v.actualDoses.size(); ++i) {
        const ActualDose &d = v.actualDoses[i];
        const QString p = at(join(path, QStringLiteral("actual_doses")), i);
        if (auto e = checkText(join(p, QStringLiteral("drug")), d.drug, kMaxName, true, true))
            return *e;
        if (!(d.mg.value() > 0.0 && d.mg.value() <= 10000.0))
            return Error {join(p, QStringLiteral("mg")), QStringLiteral("must be more than 0 and at most 10000")};
        if (d.minuteOfDay < -1 || d.minuteOfDay >= 24 * 60)
            return Error {join(p, QStringLiteral("time")), QStringLiteral("must be HH:MM between 00:00 and 23:59")};
        if (d.from.isValid() && d.to.isValid() && d.to < d.from)
            return Error {join(p, QStringLiteral("to")), QStringLiteral("must not be before \"from\"")};
    }
    if (v.ciwaB) {
        const auto ok
            = WithdrawalScales::validate(WithdrawalScale::CiwaB, *v.ciwaB, join(path, QStringLiteral("ciwa_b")));
        if (!ok)
            return ok.error();
    }
    if (v.bwsq) {
        const auto ok = WithdrawalScales::validate(WithdrawalScale::Bwsq, *v.bwsq, join(path, QStringLiteral("bwsq")));
        if (!ok)
            return ok.error();
    }
    const QString vp = join(path, QStringLiteral("vitals"));
    if (auto e
        = checkIntRange(join(vp, QStringLiteral("bp_systolic")), v.vitals.bpSystolic, 40, 300, QStringLiteral("mmHg")))
        return *e;
    if (auto e = checkIntRange(
            join(vp, QStringLiteral("bp_diastolic")), v.vitals.bpDiastolic, 20, 200, QStringLiteral("mmHg")))
        return *e;
    if (auto e = checkIntRange(join(vp, QStringLiteral("pulse")), v.vitals.pulse, 20, 250, QStringLiteral("beats/min")))
        return *e;
    if (auto e
        = checkRange(join(vp, QStringLiteral("temperature_c")), v.vitals.temperatureC, 30, 45, QStringLiteral("°C")))
        return *e;
    if (auto e = checkIntRange(
            join(vp, QStringLiteral("respirations")), v.vitals.respirations, 4, 80, QStringLiteral("breaths/min")))
        return *e;
    if (auto e = checkText(join(path, QStringLiteral("notes")), v.notes, kMaxNotes, false, false))
        return *e;
    return v;
}

QString itemsToText(const std::optional<QList<int>> &items)
{
    if (!items)
        return {};
    QStringList parts;
    for (int v : *items)
        parts.append(QString::number(v));
    return parts.join(QLatin1Char(','));
}

std::optional<QList<int>> itemsFromText(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    QList<int> items;
    for (const QString &part : text.split(QLatin1Char(',')))
        items.append(part.toInt());
    return items;
}

} // namespace lento::store::RecordJson
