// The planner's entry points: request validation, the request's JSON form (the plan's
// "planner" key), the regimen syntax of the command line, and makePlan().
#include "planner.h"

#include "inputlimits.h"
#include "plandocument.h"
#include "plannerbuilder.h"

#include <QJsonArray>
#include <QJsonValue>

#include <cmath>

namespace lento {

namespace {

Error fieldError(const QString &field, const QString &message)
{
    return Error {field, message};
}

} // namespace

QString strategyId(Strategy s)
{
    switch (s) {
    case Strategy::Percent:
        return QStringLiteral("percent");
    case Strategy::Linear:
        return QStringLiteral("linear");
    case Strategy::Occupancy:
        return QStringLiteral("occupancy");
    case Strategy::Guided:
        return QStringLiteral("guided");
    }
    return QString();
}

std::optional<Strategy> strategyFromId(const QString &id)
{
    for (Strategy s : {Strategy::Percent, Strategy::Linear, Strategy::Occupancy, Strategy::Guided})
        if (strategyId(s) == id)
            return s;
    return std::nullopt;
}

QString cutOrderId(CutOrder c)
{
    switch (c) {
    case CutOrder::DaytimeFirst:
        return QStringLiteral("daytime-first");
    case CutOrder::NightFirst:
        return QStringLiteral("night-first");
    case CutOrder::Proportional:
        return QStringLiteral("proportional");
    }
    return QString();
}

std::optional<CutOrder> cutOrderFromId(const QString &id)
{
    for (CutOrder c : {CutOrder::DaytimeFirst, CutOrder::NightFirst, CutOrder::Proportional})
        if (cutOrderId(c) == id)
            return c;
    return std::nullopt;
}

QJsonObject PlannerRequest::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("strategy"), strategyId(strategy));
    switch (strategy) {
    case Strategy::Percent:
        o.insert(QStringLiteral("percent"), percent);
        break;
    case Strategy::Linear:
        o.insert(QStringLiteral("linear_mg"), linearMg.value());
        break;
    case Strategy::Occupancy:
        o.insert(QStringLiteral("max_drop_pts"), maxDropPoints);
        break;
    case Strategy::Guided:
        o.insert(QStringLiteral("max_pressure"), maxPressure);
        o.insert(QStringLiteral("first_cut_pct"), firstCutPercent);
        break;
    }
    o.insert(QStringLiteral("every_days"), everyDays);
    o.insert(QStringLiteral("min_interval_days"), minIntervalDays);
    o.insert(QStringLiteral("max_interval_days"), maxIntervalDays);
    if (!holds.isEmpty()) {
        QJsonArray a;
        for (const HoldSpec &h : holds)
            a.append(
                QJsonObject {{QStringLiteral("after_reduction"), h.afterReduction}, {QStringLiteral("days"), h.days}});
        o.insert(QStringLiteral("holds"), a);
    }
    if (!switchTo.isEmpty()) {
        o.insert(QStringLiteral("switch_to"), switchTo);
        o.insert(QStringLiteral("stage_days"), stageDays);
        o.insert(QStringLiteral("evening_first"), eveningFirst);
    }
    o.insert(QStringLiteral("equivalence"), equivalence);
    o.insert(QStringLiteral("forms"), formsId(forms));
    o.insert(QStringLiteral("region"), region);
    if (!products.isEmpty())
        o.insert(QStringLiteral("products"), productSpec(products));
    o.insert(QStringLiteral("cut_order"), cutOrderId(cutOrder));
    o.insert(QStringLiteral("rounding"),
        rounding == RoundingMode::Nearest ? QStringLiteral("nearest") : QStringLiteral("never-beyond-rule"));
    if (microTaper)
        o.insert(QStringLiteral("micro_taper"), true);
    if (targetMg)
        o.insert(QStringLiteral("target_mg"), targetMg->value());
    if (floorMg.value() > 0.0)
        o.insert(QStringLiteral("floor_mg"), floorMg.value());
    if (ageYears)
        o.insert(QStringLiteral("age_years"), *ageYears);
    if (liverImpairment)
        o.insert(QStringLiteral("liver_impairment"), true);
    if (paceSlowed)
        o.insert(QStringLiteral("pace_slowed"), requestedPace.isEmpty() ? QJsonValue(true) : QJsonValue(requestedPace));
    return o;
}

Expected<PlannerRequest> PlannerRequest::fromJson(const QJsonObject &o)
{
    PlannerRequest r;
    const QString p = QStringLiteral("planner.");
    auto number = [&](const char *key, double *out) -> std::optional<Error> {
        const QString k = QLatin1String(key);
        if (!o.contains(k))
            return std::nullopt;
        if (!o.value(k).isDouble() || !std::isfinite(o.value(k).toDouble()))
            return Error {p + k, QStringLiteral("must be a number")};
        *out = o.value(k).toDouble();
        return std::nullopt;
    };
    auto integer = [&](const char *key, int *out) -> std::optional<Error> {
        double d = *out;
        if (auto e = number(key, &d))
            return e;
        if (d != std::floor(d) || std::fabs(d) > 1e6)
            return Error {p + QLatin1String(key), QStringLiteral("must be a whole number")};
        *out = int(d);
        return std::nullopt;
    };
    auto text = [&](const char *key, QString *out) -> std::optional<Error> {
        const QString k = QLatin1String(key);
        if (!o.contains(k))
            return std::nullopt;
        if (!o.value(k).isString())
            return Error {p + k, QStringLiteral("must be a string")};
        *out = o.value(k).toString();
        return std::nullopt;
    };
    QString s;
    if (auto e = text("strategy", &s))
        return *e;
    if (!s.isEmpty()) {
        const std::optional<Strategy> st = strategyFromId(s);
        if (!st)
            return Error {
                p + QStringLiteral("strategy"), QStringLiteral("must be percent, linear, occupancy or guided")};
        r.strategy = *st;
    }
    double linear = 0.0, target = -1.0, floor = 0.0;
    for (auto e : {number("percent", &r.percent), number("linear_mg", &linear),
             number("max_drop_pts", &r.maxDropPoints), number("max_pressure", &r.maxPressure),
             number("first_cut_pct", &r.firstCutPercent), integer("every_days", &r.everyDays),
             integer("min_interval_days", &r.minIntervalDays), integer("max_interval_days", &r.maxIntervalDays),
             integer("stage_days", &r.stageDays), number("target_mg", &target), number("floor_mg", &floor),
             text("switch_to", &r.switchTo), text("equivalence", &r.equivalence), text("region", &r.region)})
        if (e)
            return *e;
    r.linearMg = Milligrams(linear);
    r.floorMg = Milligrams(floor);
    if (o.contains(QStringLiteral("target_mg")))
        r.targetMg = Milligrams(target);
    if (o.contains(QStringLiteral("evening_first")))
        r.eveningFirst = o.value(QStringLiteral("evening_first")).toBool(true);
    r.microTaper = o.value(QStringLiteral("micro_taper")).toBool(false);
    if (o.contains(QStringLiteral("age_years"))) {
        int age = 0;
        if (auto e = integer("age_years", &age))
            return *e;
        r.ageYears = age;
    }
    r.liverImpairment = o.value(QStringLiteral("liver_impairment")).toBool(false);
    r.paceSlowed
        = o.value(QStringLiteral("pace_slowed")).toBool(false) || o.value(QStringLiteral("pace_slowed")).isObject();
    r.requestedPace = o.value(QStringLiteral("pace_slowed")).toObject();
    s.clear();
    if (auto e = text("forms", &s))
        return *e;
    if (!s.isEmpty()) {
        const std::optional<FormsAllowed> f = formsFromId(s);
        if (!f)
            return Error {p + QStringLiteral("forms"), QStringLiteral("must be tablets, liquid or tablets+liquid")};
        r.forms = *f;
    }
    s.clear();
    if (auto e = text("cut_order", &s))
        return *e;
    if (!s.isEmpty()) {
        const std::optional<CutOrder> c = cutOrderFromId(s);
        if (!c)
            return Error {
                p + QStringLiteral("cut_order"), QStringLiteral("must be daytime-first, night-first or proportional")};
        r.cutOrder = *c;
    }
    s.clear();
    if (auto e = text("rounding", &s))
        return *e;
    if (s == QStringLiteral("nearest"))
        r.rounding = RoundingMode::Nearest;
    else if (!s.isEmpty() && s != QStringLiteral("never-beyond-rule"))
        return Error {p + QStringLiteral("rounding"), QStringLiteral("must be never-beyond-rule or nearest")};
    s.clear();
    if (auto e = text("products", &s))
        return *e;
    if (!s.isEmpty()) {
        Expected<QList<Product>> products = parseProductSpec(s);
        if (!products)
            return Error {p + QStringLiteral("products"), products.error().text()};
        r.products = products.value();
    }
    const QJsonArray holds = o.value(QStringLiteral("holds")).toArray();
    for (qsizetype i = 0; i < holds.size(); ++i) {
        const QJsonObject h = holds[i].toObject();
        r.holds.append(
            HoldSpec {h.value(QStringLiteral("after_reduction")).toInt(), h.value(QStringLiteral("days")).toInt()});
    }
    return r;
}

void restoreRequestedPace(PlannerRequest *r, const QJsonObject &planner)
{
    const QJsonObject asked = planner.value(QStringLiteral("pace_slowed")).toObject();
    if (asked.isEmpty() || r->paceSlowed || r->everyDays != planner.value(QStringLiteral("every_days")).toInt(-1))
        return;
    r->everyDays = asked.value(QStringLiteral("every_days")).toInt(r->everyDays);
    if (r->maxIntervalDays == planner.value(QStringLiteral("max_interval_days")).toInt(-1))
        r->maxIntervalDays = asked.value(QStringLiteral("max_interval_days")).toInt(r->maxIntervalDays);
    r->patient.halfLifeMultiplier
        = asked.value(QStringLiteral("half_life_multiplier")).toDouble(r->patient.halfLifeMultiplier);
}

Expected<Plan> makePlan(const PlannerRequest &r, const Catalogue &catalogue)
{
    if (r.current.isEmpty())
        return fieldError(QStringLiteral("current"), QStringLiteral("give the regimen the patient takes now"));
    QSet<QString> drugs;
    for (qsizetype i = 0; i < r.current.size(); ++i) {
        const Dose &d = r.current[i];
        const QString path = QStringLiteral("current[%1]").arg(i);
        if (!catalogue.contains(d.drug))
            return fieldError(path + QStringLiteral(".drug"), QStringLiteral("unknown drug \"%1\"").arg(d.drug));
        if (!(d.mg.value() > 0.0) || !std::isfinite(d.mg.value()))
            return fieldError(path + QStringLiteral(".mg"), QStringLiteral("must be > 0"));
        if (d.mg.value() > limits::kMaxDoseMg)
            return fieldError(
                path + QStringLiteral(".mg"), QStringLiteral("must be at most %1 mg").arg(limits::kMaxDoseMg));
        if (d.minuteOfDay < 0 || d.minuteOfDay >= 1440)
            return fieldError(path + QStringLiteral(".time"), QStringLiteral("must be between 00:00 and 23:59"));
        drugs.insert(d.drug);
    }
    if (r.switchTo.isEmpty() && drugs.size() > 1)
        return fieldError(QStringLiteral("current"),
            QStringLiteral("several drugs are taken; choose a drug to switch to so one drug is tapered"));
    if (!r.switchTo.isEmpty() && !catalogue.contains(r.switchTo))
        return fieldError(QStringLiteral("switchTo"), QStringLiteral("unknown drug \"%1\"").arg(r.switchTo));
    if (!r.switchTo.isEmpty()) {
        // A switch exists to smooth the level between doses: the new drug must act at least as
        // long as every drug it replaces (parent or active metabolite half-life).
        auto actingHours = [](const DrugParams &d) {
            double h = d.halfLife.value();
            if (d.metabolite.present() && d.metabolite.relativePotency > 0.0)
                h = std::max(h, d.metabolite.halfLife.value());
            return h;
        };
        const DrugParams *to = catalogue.find(r.switchTo);
        for (const QString &id : std::as_const(drugs)) {
            const DrugParams *from = catalogue.find(id);
            if (id == r.switchTo || !from || !to)
                continue;
            if (actingHours(*to) < actingHours(*from))
                return fieldError(QStringLiteral("switchTo"),
                    QStringLiteral("%1 acts shorter than %2 (longest half-life of the drug or its active "
                                   "metabolite: %3 h against %4 h); switch to a drug that acts at least as long")
                        .arg(to->nameEn, from->nameEn, QString::number(actingHours(*to), 'g', 3),
                            QString::number(actingHours(*from), 'g', 3)));
        }
    }
    if (!catalogue.equivalenceSources().contains(r.equivalence))
        return fieldError(QStringLiteral("equivalence"),
            QStringLiteral("must be one of %1").arg(catalogue.equivalenceSources().join(QStringLiteral(", "))));
    if (r.products.isEmpty() && !catalogue.regions().contains(r.region))
        return fieldError(QStringLiteral("region"),
            QStringLiteral("must be one of %1").arg(catalogue.regions().join(QStringLiteral(", "))));
    if (r.strategy == Strategy::Percent && !(r.percent > 0.0 && r.percent <= 50.0))
        return fieldError(QStringLiteral("percent"), QStringLiteral("must be > 0 and ≤ 50"));
    if (r.strategy == Strategy::Linear && !(r.linearMg.value() >= 0.0 && std::isfinite(r.linearMg.value())))
        return fieldError(QStringLiteral("linearMg"), QStringLiteral("must be ≥ 0 (0 = 10 % of the starting dose)"));
    if (r.strategy == Strategy::Occupancy && !(r.maxDropPoints > 0.0 && r.maxDropPoints <= 50.0))
        return fieldError(QStringLiteral("maxDropPoints"), QStringLiteral("must be > 0 and ≤ 50 percentage points"));
    if (r.strategy == Strategy::Guided && !(r.maxPressure > 0.0 && r.maxPressure < 1.0))
        return fieldError(QStringLiteral("maxPressure"), QStringLiteral("must be > 0 and < 1"));
    if (r.strategy == Strategy::Guided && !(r.firstCutPercent > 0.0 && r.firstCutPercent <= 25.0))
        return fieldError(QStringLiteral("firstCutPercent"), QStringLiteral("must be > 0 and ≤ 25"));
    if (r.minIntervalDays < 1)
        return fieldError(QStringLiteral("minIntervalDays"), QStringLiteral("must be ≥ 1"));
    if (r.maxIntervalDays < r.minIntervalDays || r.maxIntervalDays > 365)
        return fieldError(
            QStringLiteral("maxIntervalDays"), QStringLiteral("must be between the minimum interval and 365"));
    if (r.everyDays < r.minIntervalDays || r.everyDays > r.maxIntervalDays)
        return fieldError(QStringLiteral("everyDays"),
            QStringLiteral("must be between the minimum (%1) and maximum (%2) interval")
                .arg(r.minIntervalDays)
                .arg(r.maxIntervalDays));
    if (r.stageDays < 1 || r.stageDays > 90)
        return fieldError(QStringLiteral("stageDays"), QStringLiteral("must be between 1 and 90"));
    if (r.targetMg && !(r.targetMg->value() > 0.0))
        return fieldError(QStringLiteral("targetMg"), QStringLiteral("must be > 0 (leave it out to stop)"));
    if (!(r.floorMg.value() >= 0.0) || !std::isfinite(r.floorMg.value()))
        return fieldError(QStringLiteral("floorMg"), QStringLiteral("must be ≥ 0"));
    if (!(r.patient.weightKg > 0.0))
        return fieldError(QStringLiteral("patient.weight_kg"), QStringLiteral("must be > 0"));
    if (r.ageYears && (*r.ageYears < 0 || *r.ageYears > 130))
        return fieldError(QStringLiteral("ageYears"), QStringLiteral("must be between 0 and 130"));
    if (r.patient.priorAbruptWithdrawals < 0)
        return fieldError(QStringLiteral("patient.prior_abrupt_withdrawals"), QStringLiteral("must be ≥ 0"));
    for (qsizetype i = 0; i < r.holds.size(); ++i)
        if (r.holds[i].afterReduction < 1 || r.holds[i].days < 1)
            return fieldError(
                QStringLiteral("holds[%1]").arg(i), QStringLiteral("needs a reduction number ≥ 1 and days ≥ 1"));
    PlanBuilder builder(r, catalogue);
    return builder.build();
}

const QList<PacePreset> &pacePresets()
{
    static const QList<PacePreset> presets = [] {
        const QString asam = QStringLiteral("ASAM 2025: 5–10 % every 2–4 weeks");
        auto percent = [](const char *id, double p, int every, const QString &source) {
            PacePreset x;
            x.id = QString::fromLatin1(id);
            x.strategy = Strategy::Percent;
            x.percent = p;
            x.everyDays = every;
            x.source = source;
            return x;
        };
        auto occupancy = [](const char *id, double points) {
            PacePreset x;
            x.id = QString::fromLatin1(id);
            x.strategy = Strategy::Occupancy;
            x.maxDropPoints = points;
            x.everyDays = 14;
            x.source = QStringLiteral("Hyperbolic tapering: equal steps of modelled receptor occupancy");
            return x;
        };
        return QList<PacePreset> {
            percent("percent-10-14", 10.0, 14, QStringLiteral("Source document: 10 % every two weeks; ") + asam),
            percent("percent-10-28", 10.0, 28, asam),
            percent("percent-5-14", 5.0, 14, asam),
            percent("percent-5-28", 5.0, 28, asam),
            occupancy("occupancy-5", 5.0),
            occupancy("occupancy-2.5", 2.5),
            occupancy("occupancy-1.3", 1.3),
        };
    }();
    return presets;
}

const PacePreset *findPacePreset(const QString &id)
{
    for (const PacePreset &p : pacePresets())
        if (p.id == id)
            return &p;
    return nullptr;
}

void applyPacePreset(const PacePreset &preset, PlannerRequest *request)
{
    request->strategy = preset.strategy;
    request->everyDays = preset.everyDays;
    if (preset.strategy == Strategy::Percent)
        request->percent = preset.percent;
    if (preset.strategy == Strategy::Occupancy)
        request->maxDropPoints = preset.maxDropPoints;
}

} // namespace lento
