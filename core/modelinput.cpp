// Resolving a plan against the catalogue (docs/plan-format.md §5, docs/model.md §1 and §6):
// merges the plan's per-drug overrides into catalogue entries, takes complete definitions for
// ids the catalogue lacks, checks every value range, and applies the patient's half-life
// multiplier. Every error names the JSON path of the value at fault.

#include "modelinput.h"

#include "inputlimits.h"

#include <QJsonValue>
#include <QSet>

#include <cmath>
#include <optional>

namespace lento {

namespace {

const double kLn2 = std::log(2.0);

QString fmt(double v)
{
    return QString::number(v, 'g', 6);
}

// Reads the fields of one `drugs` entry (or its `metabolite` object) into an existing value,
// checking types and single-value ranges as it goes.
class Fields
{
public:
    Fields(const QJsonObject &object, QString path) : m_object(object), m_path(std::move(path)) { }

    QString path(const QString &key) const { return m_path + QLatin1Char('.') + key; }
    bool has(const QString &key) const { return m_object.contains(key); }

    enum class Range { Positive, UnitOpenClosed, UnitClosed, NonNegative };

    std::optional<Error> number(const QString &key, Range range, double *out, double max = 0.0) const
    {
        if (!has(key))
            return std::nullopt;
        const QJsonValue v = m_object.value(key);
        if (!v.isDouble())
            return Error {path(key), QStringLiteral("must be a number")};
        const double d = v.toDouble();
        if (!std::isfinite(d))
            return Error {path(key), QStringLiteral("must be a finite number")};
        switch (range) {
        case Range::Positive:
            if (!(d > 0.0))
                return Error {path(key), QStringLiteral("must be > 0")};
            break;
        case Range::UnitOpenClosed:
            if (!(d > 0.0 && d <= 1.0))
                return Error {path(key), QStringLiteral("must be > 0 and <= 1 (found %1)").arg(fmt(d))};
            break;
        case Range::UnitClosed:
            if (!(d >= 0.0 && d <= 1.0))
                return Error {path(key), QStringLiteral("must be between 0 and 1 (found %1)").arg(fmt(d))};
            break;
        case Range::NonNegative:
            if (!(d >= 0.0))
                return Error {path(key), QStringLiteral("must be >= 0")};
            break;
        }
        if (max > 0.0 && d > max)
            return Error {path(key), QStringLiteral("must be at most %1 (found %2)").arg(fmt(max), fmt(d))};
        *out = d;
        return std::nullopt;
    }

    std::optional<Error> hours(const QString &key, Hours *out) const
    {
        double d = out->value();
        if (auto e = number(key, Range::Positive, &d, limits::kMaxHalfLifeHours))
            return e;
        *out = Hours(d);
        return std::nullopt;
    }

    std::optional<Error> string(const QString &key, QString *out) const
    {
        if (!has(key))
            return std::nullopt;
        const QJsonValue v = m_object.value(key);
        if (!v.isString())
            return Error {path(key), QStringLiteral("must be a string")};
        *out = v.toString();
        return std::nullopt;
    }

private:
    QJsonObject m_object;
    QString m_path;
};

// The docs/model.md §1 fields an entry for an id outside the catalogue must name.
const char *const kRequiredFields[] = {"half_life_h", "tmax_h", "bioavailability", "vd_l_per_kg", "diazepam_eq_mg"};

std::optional<Error> applyMetabolite(const QJsonValue &value, const QString &path, bool custom, Metabolite *m)
{
    if (!value.isObject())
        return Error {path, QStringLiteral("must be an object")};
    const Fields f(value.toObject(), path);
    // A plan that describes the metabolite without its own volume gives it the parent's
    // (Vdm = Vd, as for a drug the plan defines completely); the catalogue's metabolite volume
    // applies only while the plan leaves the metabolite alone.
    if (!f.has(QStringLiteral("vd_l_per_kg")))
        m->vdLPerKg = 0.0;
    if (auto e = f.string(QStringLiteral("name_en"), &m->nameEn))
        return e;
    if (auto e = f.number(QStringLiteral("fraction_formed"), Fields::Range::UnitClosed, &m->fractionFormed))
        return e;
    if (auto e = f.hours(QStringLiteral("half_life_h"), &m->halfLife))
        return e;
    if (auto e = f.number(QStringLiteral("relative_potency"), Fields::Range::NonNegative, &m->relativePotency,
            limits::kMaxRelativePotency))
        return e;
    if (auto e = f.number(QStringLiteral("vd_l_per_kg"), Fields::Range::Positive, &m->vdLPerKg, limits::kMaxVdLPerKg))
        return e;

    if (m->present() && !(m->halfLife.value() > 0.0))
        return Error {f.path(QStringLiteral("half_life_h")), QStringLiteral("required when fraction_formed > 0")};
    if (custom && !f.has(QStringLiteral("fraction_formed")) && f.has(QStringLiteral("half_life_h")))
        return Error {
            f.path(QStringLiteral("fraction_formed")), QStringLiteral("required when a metabolite is described")};
    return std::nullopt;
}

// Checks that need several fields at once, after the merge.
std::optional<Error> checkConsistency(const DrugParams &d, const QString &path)
{
    const double tmaxLimit = d.halfLife.value() / kLn2;
    if (d.tmax.value() > tmaxLimit)
        return Error {path + QStringLiteral(".tmax_h"),
            QStringLiteral("must be at most half_life_h / ln 2 (%1 h for a half-life of %2 h; found %3 h)")
                .arg(fmt(tmaxLimit), fmt(d.halfLife.value()), fmt(d.tmax.value()))};
    return std::nullopt;
}

// Applies one `drugs` entry to `d` (a catalogue copy, or a blank for a custom id).
std::optional<Error> applyOverrides(const QJsonObject &o, const QString &path, bool custom, DrugParams *d)
{
    const QString id = d->id;
    if (custom) {
        for (const char *field : kRequiredFields) {
            const QString key = QLatin1String(field);
            if (!o.contains(key))
                return Error {path + QLatin1Char('.') + key,
                    QStringLiteral("required: \"%1\" is not in the catalogue, so the plan must define it completely")
                        .arg(id)};
        }
    }

    const Fields f(o, path);
    if (auto e = f.string(QStringLiteral("name_en"), &d->nameEn))
        return e;
    if (auto e = f.string(QStringLiteral("name_zh"), &d->nameZh))
        return e;
    if (auto e = f.hours(QStringLiteral("half_life_h"), &d->halfLife))
        return e;
    if (auto e = f.hours(QStringLiteral("tmax_h"), &d->tmax))
        return e;
    if (auto e = f.number(QStringLiteral("bioavailability"), Fields::Range::UnitOpenClosed, &d->bioavailability))
        return e;
    if (auto e = f.number(QStringLiteral("vd_l_per_kg"), Fields::Range::Positive, &d->vdLPerKg, limits::kMaxVdLPerKg))
        return e;
    if (auto e = f.number(
            QStringLiteral("diazepam_eq_mg"), Fields::Range::Positive, &d->diazepamEqMg, limits::kMaxDiazepamEqMg))
        return e;
    if (o.contains(QStringLiteral("metabolite"))) {
        if (auto e = applyMetabolite(
                o.value(QStringLiteral("metabolite")), path + QStringLiteral(".metabolite"), custom, &d->metabolite))
            return e;
    }
    if (d->nameEn.trimmed().isEmpty())
        return Error {path + QStringLiteral(".name_en"), QStringLiteral("must not be empty")};

    return std::nullopt;
}

// The rules PlanDocument::parse enforces, checked again on the in-memory plan, because plans
// are also built and edited in code (the planner, the editor) without passing through JSON.
std::optional<Error> checkDose(const Dose &dose, const QString &path)
{
    if (dose.drug.trimmed().isEmpty())
        return Error {path + QStringLiteral(".drug"), QStringLiteral("must not be empty")};
    if (dose.minuteOfDay < 0 || dose.minuteOfDay >= 24 * 60)
        return Error {path + QStringLiteral(".time"), QStringLiteral("must be HH:MM between 00:00 and 23:59")};
    if (!(dose.mg.value() > 0.0) || !std::isfinite(dose.mg.value()))
        return Error {path + QStringLiteral(".mg"), QStringLiteral("must be > 0")};
    if (dose.mg.value() > limits::kMaxDoseMg)
        return Error {path + QStringLiteral(".mg"),
            QStringLiteral("must be at most %1 (found %2)").arg(fmt(limits::kMaxDoseMg), fmt(dose.mg.value()))};
    return std::nullopt;
}

std::optional<Error> checkPlan(const Plan &plan)
{
    // The document reader's bounds, for plans built or edited in code.
    const PatientParams &p = plan.patient;
    const ModelParams &m = plan.model;
    const struct
    {
        double value, max;
        const char *path;
    } numbers[] = {{p.weightKg, limits::kMaxWeightKg, "patient.weight_kg"},
        {p.halfLifeMultiplier, limits::kMaxHalfLifeMultiplier, "patient.half_life_multiplier"},
        {m.tauRDays, limits::kMaxTauRDays, "model.tau_r_days"}, {m.l50Mg, limits::kMaxL50Mg, "model.l50_mg"},
        {m.hill, limits::kMaxHill, "model.hill"}};
    for (const auto &n : numbers) {
        if (!(n.value > 0.0) || !std::isfinite(n.value))
            return Error {QLatin1String(n.path), QStringLiteral("must be > 0")};
        if (n.value > n.max)
            return Error {
                QLatin1String(n.path), QStringLiteral("must be at most %1 (found %2)").arg(fmt(n.max), fmt(n.value))};
    }
    if (p.priorAbruptWithdrawals < 0)
        return Error {
            QStringLiteral("patient.prior_abrupt_withdrawals"), QStringLiteral("must be a whole number >= 0")};
    if (plan.steps.size() > limits::kMaxSteps)
        return Error {QStringLiteral("steps"), QStringLiteral("at most %1 steps").arg(limits::kMaxSteps)};

    for (qsizetype i = 0; i < plan.current.size(); ++i)
        if (auto e = checkDose(plan.current.at(i), QStringLiteral("current[%1]").arg(i)))
            return e;
    for (qsizetype s = 0; s < plan.steps.size(); ++s) {
        const Step &step = plan.steps.at(s);
        const QString path = QStringLiteral("steps[%1]").arg(s);
        if (step.day < 0)
            return Error {path + QStringLiteral(".day"), QStringLiteral("must be >= 0")};
        if (s > 0 && step.day <= plan.steps.at(s - 1).day)
            return Error {path + QStringLiteral(".day"),
                QStringLiteral("must be greater than the previous step's day (%1)").arg(plan.steps.at(s - 1).day)};
        for (qsizetype i = 0; i < step.doses.size(); ++i)
            if (auto e = checkDose(step.doses.at(i), path + QStringLiteral(".doses[%1]").arg(i)))
                return e;
    }
    return std::nullopt;
}

QString dosePath(const QString &prefix, qsizetype i)
{
    return prefix + QLatin1Char('[') + QString::number(i) + QStringLiteral("].drug");
}

} // namespace

int ModelInput::drugIndex(const QString &id) const
{
    for (qsizetype i = 0; i < drugs.size(); ++i)
        if (drugs.at(i).id == id)
            return int(i);
    return -1;
}

Expected<DrugParams> resolveDrug(const QString &id, const Plan &plan, const Catalogue &catalogue)
{
    const QString path = QStringLiteral("drugs.") + id;
    const DrugParams *base = catalogue.find(id);
    const auto entry = plan.drugs.constFind(id);
    const bool overridden = entry != plan.drugs.constEnd();

    if (!base && !overridden)
        return Error {
            path, QStringLiteral("unknown drug \"%1\": not in the catalogue and not defined in the plan").arg(id)};

    DrugParams d;
    if (base) {
        d = *base;
    } else {
        d.id = id;
        d.nameEn = id;
        d.metabolite = Metabolite {};
    }
    if (overridden) {
        if (auto e = applyOverrides(entry.value(), path, !base, &d))
            return *e;
    }
    if (auto e = checkConsistency(d, path))
        return *e;
    // A metabolite without its own volume shares the parent's (docs/model.md §1, Vdm = Vd unless given).
    if (d.metabolite.present() && !(d.metabolite.vdLPerKg > 0.0))
        d.metabolite.vdLPerKg = d.vdLPerKg;
    return d;
}

Expected<ModelInput> resolve(const Plan &plan, const Catalogue &catalogue)
{
    if (auto e = checkPlan(plan))
        return *e;

    // Drug ids in first-use order: current regimen first, then the steps.
    QStringList used;
    auto note = [&](const Dose &dose, const QString &path) -> std::optional<Error> {
        if (used.contains(dose.drug))
            return std::nullopt;
        if (!catalogue.contains(dose.drug) && !plan.drugs.contains(dose.drug))
            return Error {path,
                QStringLiteral("unknown drug \"%1\" (not in the catalogue and not defined under \"drugs\")")
                    .arg(dose.drug)};
        used.append(dose.drug);
        return std::nullopt;
    };
    for (qsizetype i = 0; i < plan.current.size(); ++i)
        if (auto e = note(plan.current.at(i), dosePath(QStringLiteral("current"), i)))
            return *e;
    for (qsizetype s = 0; s < plan.steps.size(); ++s) {
        const QString prefix = QStringLiteral("steps[%1].doses").arg(s);
        for (qsizetype i = 0; i < plan.steps.at(s).doses.size(); ++i)
            if (auto e = note(plan.steps.at(s).doses.at(i), dosePath(prefix, i)))
                return *e;
    }

    // Every entry of "drugs" is checked, used or not: a bad definition is bad input either way.
    for (auto it = plan.drugs.constBegin(); it != plan.drugs.constEnd(); ++it)
        if (!used.contains(it.key())) {
            const auto d = resolveDrug(it.key(), plan, catalogue);
            if (!d.ok())
                return d.error();
        }

    const double m = plan.patient.halfLifeMultiplier;

    ModelInput input;
    input.patient = plan.patient;
    input.model = plan.model;
    input.current = plan.current;
    input.steps = plan.steps;
    input.drugs.reserve(used.size());
    for (const QString &id : std::as_const(used)) {
        auto resolved = resolveDrug(id, plan, catalogue);
        if (!resolved.ok())
            return resolved.error();
        DrugParams d = std::move(resolved).value();
        // docs/model.md §1: the multiplier scales t½ and t½m before anything else is derived.
        d.halfLife = d.halfLife * m;
        d.metabolite.halfLife = d.metabolite.halfLife * m;
        d.halfLifeMultiplier = m;
        if (d.tmax.value() > d.halfLife.value() / kLn2)
            return Error {QStringLiteral("patient.half_life_multiplier"),
                QStringLiteral("makes %1's half-life (%2 h) too short for its tmax_h (%3 h; at most half-life / ln 2)")
                    .arg(id, fmt(d.halfLife.value()), fmt(d.tmax.value()))};
        input.drugs.append(std::move(d));
    }
    return input;
}

QStringList unusedDrugKeys(const Plan &plan)
{
    static const QSet<QString> drugKeys {QStringLiteral("name_en"), QStringLiteral("name_zh"),
        QStringLiteral("half_life_h"), QStringLiteral("tmax_h"), QStringLiteral("bioavailability"),
        QStringLiteral("vd_l_per_kg"), QStringLiteral("diazepam_eq_mg"), QStringLiteral("metabolite")};
    static const QSet<QString> metaboliteKeys {QStringLiteral("name_en"), QStringLiteral("fraction_formed"),
        QStringLiteral("half_life_h"), QStringLiteral("relative_potency"), QStringLiteral("vd_l_per_kg")};
    QStringList out;
    for (auto it = plan.drugs.cbegin(); it != plan.drugs.cend(); ++it) {
        const QString path = QStringLiteral("drugs.") + it.key();
        for (auto k = it->constBegin(); k != it->constEnd(); ++k)
            if (!drugKeys.contains(k.key()))
                out << path + QLatin1Char('.') + k.key();
        const QJsonObject m = it->value(QStringLiteral("metabolite")).toObject();
        for (auto k = m.constBegin(); k != m.constEnd(); ++k)
            if (!metaboliteKeys.contains(k.key()))
                out << path + QStringLiteral(".metabolite.") + k.key();
    }
    return out;
}

} // namespace lento
