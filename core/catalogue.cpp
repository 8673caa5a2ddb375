// Loading and validation of the drug catalogue (format "lento-drugs/1", resources/drugs.json).
// Every value is checked before any entry is accepted: a bad entry yields one Error whose path
// names the drug and the field, e.g. "drugs[alprazolam].tmax_h". The schema and the meaning of
// each field are documented in resources/drugs.md.
#include "catalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSet>
#include <QtGlobal>

#include <cmath>
#include <optional>

namespace lento {

namespace {

const QString kFormat = QStringLiteral("lento-drugs/1");

// Model fields of a drug entry that hold numbers (each needs a source).
const QStringList kNumberFields = {
    QStringLiteral("half_life_h"),
    QStringLiteral("half_life_range_h"),
    QStringLiteral("tmax_h"),
    QStringLiteral("bioavailability"),
    QStringLiteral("vd_l_per_kg"),
    QStringLiteral("diazepam_eq_mg"),
    QStringLiteral("usual_max_daily_mg"),
};

const QStringList kDrugKeys = {
    QStringLiteral("id"),
    QStringLiteral("name_en"),
    QStringLiteral("name_zh"),
    QStringLiteral("half_life_h"),
    QStringLiteral("half_life_range_h"),
    QStringLiteral("tmax_h"),
    QStringLiteral("bioavailability"),
    QStringLiteral("vd_l_per_kg"),
    QStringLiteral("diazepam_eq_mg"),
    QStringLiteral("equivalents"),
    QStringLiteral("ranges"),
    QStringLiteral("metabolite"),
    QStringLiteral("long_acting"),
    QStringLiteral("epilepsy_use"),
    QStringLiteral("z_drug"),
    QStringLiteral("usual_max_daily_mg"),
    QStringLiteral("products"),
    QStringLiteral("sources"),
    QStringLiteral("unverified"),
    QStringLiteral("basis"),
    QStringLiteral("notes"),
};

const QStringList kMetaboliteKeys = {
    QStringLiteral("name_en"),
    QStringLiteral("fraction_formed"),
    QStringLiteral("half_life_h"),
    QStringLiteral("half_life_range_h"),
    QStringLiteral("relative_potency"),
    QStringLiteral("vd_l_per_kg"),
};

const QStringList kProductKeys = {
    QStringLiteral("form"),
    QStringLiteral("strength_mg"),
    QStringLiteral("splits"),
    QStringLiteral("per_ml"),
    QStringLiteral("resolution_ml"),
    QStringLiteral("label"),
    QStringLiteral("unverified"),
};

const QStringList kForms = {QStringLiteral("tablet"), QStringLiteral("capsule"), QStringLiteral("liquid")};

QString number(double v)
{
    return QString::number(v, 'g', 6);
}

// Shared state while one document is read: the known keys of the document-level maps.
struct Context
{
    QSet<QString> sourceKeys;
    QSet<QString> eqSources;
    QSet<QString> regions;
};

// Reads the fields of one JSON object, producing errors under a path prefix.
class Fields
{
public:
    Fields(const QJsonObject &object, QString path) : m_object(object), m_path(std::move(path)) { }

    QString path(const QString &key) const { return m_path + QLatin1Char('.') + key; }
    bool has(const QString &key) const { return m_object.contains(key); }
    QJsonValue raw(const QString &key) const { return m_object.value(key); }

    std::optional<Error> unknownKeys(const QStringList &allowed) const
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it)
            if (!allowed.contains(it.key()))
                return Error {path(it.key()), QStringLiteral("unknown field")};
        return std::nullopt;
    }

    // A required number; `check` returns an empty string when the value is acceptable.
    template <typename Check> Expected<double> number(const QString &key, Check check) const
    {
        if (!m_object.contains(key))
            return Error {path(key), QStringLiteral("is required")};
        const QJsonValue v = m_object.value(key);
        if (!v.isDouble() || !std::isfinite(v.toDouble()))
            return Error {path(key), QStringLiteral("must be a number")};
        const QString problem = check(v.toDouble());
        if (!problem.isEmpty())
            return Error {path(key), problem};
        return v.toDouble();
    }

    Expected<QString> text(const QString &key, bool required) const
    {
        if (!m_object.contains(key)) {
            if (required)
                return Error {path(key), QStringLiteral("is required")};
            return QString();
        }
        const QJsonValue v = m_object.value(key);
        if (!v.isString())
            return Error {path(key), QStringLiteral("must be a string")};
        if (required && v.toString().trimmed().isEmpty())
            return Error {path(key), QStringLiteral("must not be empty")};
        return v.toString();
    }

    Expected<bool> flag(const QString &key) const
    {
        if (!m_object.contains(key))
            return false;
        const QJsonValue v = m_object.value(key);
        if (!v.isBool())
            return Error {path(key), QStringLiteral("must be true or false")};
        return v.toBool();
    }

private:
    QJsonObject m_object;
    QString m_path;
};

QString positive(double v)
{
    return v > 0.0 ? QString() : QStringLiteral("must be > 0");
}

// Reads a [low, high] pair with 0 < low <= high; if `value` is given it must lie inside.
Expected<ValueRange> readRange(const QJsonValue &v, const QString &path, std::optional<double> value)
{
    const QJsonArray a = v.toArray();
    if (!v.isArray() || a.size() != 2 || !a.at(0).isDouble() || !a.at(1).isDouble())
        return Error {path, QStringLiteral("must be a pair of numbers [low, high]")};
    const ValueRange r {a.at(0).toDouble(), a.at(1).toDouble()};
    if (!(r.low > 0.0) || !(r.high >= r.low) || !std::isfinite(r.high))
        return Error {path, QStringLiteral("must satisfy 0 < low <= high")};
    if (value && (*value < r.low || *value > r.high))
        return Error {path, QStringLiteral("does not contain the model value ") + number(*value)};
    return r;
}

// A source string is one or more keys separated by ';', each defined in the document's "sources".
std::optional<Error> checkSourceKeys(const QString &keys, const QString &path, const Context &ctx)
{
    const QStringList parts = keys.split(QLatin1Char(';'));
    for (const QString &part : parts) {
        const QString key = part.trimmed();
        if (key.isEmpty())
            return Error {path, QStringLiteral("has an empty source key")};
        if (!ctx.sourceKeys.contains(key))
            return Error {path, QStringLiteral("unknown source key \"") + key + QStringLiteral("\"")};
    }
    return std::nullopt;
}

Expected<Metabolite> readMetabolite(const QJsonValue &value, const QString &path, DrugParams &drug)
{
    Metabolite m;
    if (value.isNull() || value.isUndefined())
        return m;
    if (!value.isObject())
        return Error {path, QStringLiteral("must be an object or null")};
    const Fields f(value.toObject(), path);
    if (auto e = f.unknownKeys(kMetaboliteKeys))
        return *e;

    auto name = f.text(QStringLiteral("name_en"), true);
    if (!name)
        return name.error();
    m.nameEn = name.value();

    auto fm = f.number(QStringLiteral("fraction_formed"), [](double v) -> QString {
        return (v >= 0.0 && v <= 1.0) ? QString() : QStringLiteral("must be between 0 and 1");
    });
    if (!fm)
        return fm.error();
    m.fractionFormed = fm.value();

    if (m.fractionFormed > 0.0 || f.has(QStringLiteral("half_life_h"))) {
        auto th = f.number(QStringLiteral("half_life_h"), [&](double v) -> QString {
            return v > 0.0 ? QString() : QStringLiteral("must be > 0 when fraction_formed > 0");
        });
        if (!th)
            return th.error();
        m.halfLife = Hours(th.value());
    }
    if (m.fractionFormed > 0.0 || f.has(QStringLiteral("relative_potency"))) {
        auto rho = f.number(QStringLiteral("relative_potency"),
            [](double v) -> QString { return v >= 0.0 ? QString() : QStringLiteral("must be >= 0"); });
        if (!rho)
            return rho.error();
        m.relativePotency = rho.value();
    }
    if (f.has(QStringLiteral("vd_l_per_kg"))) {
        auto vd = f.number(QStringLiteral("vd_l_per_kg"), positive);
        if (!vd)
            return vd.error();
        m.vdLPerKg = vd.value();
    }
    if (f.has(QStringLiteral("half_life_range_h"))) {
        auto r = readRange(f.raw(QStringLiteral("half_life_range_h")), f.path(QStringLiteral("half_life_range_h")),
            m.halfLife.value());
        if (!r)
            return r.error();
        drug.ranges.insert(QStringLiteral("metabolite.half_life_h"), r.value());
    }
    return m;
}

Expected<Product> readProduct(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return Error {path, QStringLiteral("must be an object")};
    const Fields f(value.toObject(), path);
    if (auto e = f.unknownKeys(kProductKeys))
        return *e;

    Product p;
    auto form = f.text(QStringLiteral("form"), true);
    if (!form)
        return form.error();
    if (!kForms.contains(form.value()))
        return Error {f.path(QStringLiteral("form")), QStringLiteral("must be tablet, capsule or liquid")};
    p.form = form.value() == QLatin1String("tablet") ? Product::Form::Tablet
        : form.value() == QLatin1String("capsule")   ? Product::Form::Capsule
                                                     : Product::Form::Liquid;

    auto strength = f.number(QStringLiteral("strength_mg"), positive);
    if (!strength)
        return strength.error();
    p.strength = Milligrams(strength.value());

    if (p.form == Product::Form::Liquid) {
        auto perMl = f.number(QStringLiteral("per_ml"), positive);
        if (!perMl)
            return perMl.error();
        p.perMl = perMl.value();
        auto res = f.number(QStringLiteral("resolution_ml"), positive);
        if (!res)
            return res.error();
        p.resolutionMl = res.value();
        if (f.has(QStringLiteral("splits")))
            return Error {f.path(QStringLiteral("splits")), QStringLiteral("applies to tablets only")};
    } else {
        for (const QString &key : {QStringLiteral("per_ml"), QStringLiteral("resolution_ml")})
            if (f.has(key))
                return Error {f.path(key), QStringLiteral("applies to liquids only")};
        const bool required = p.form == Product::Form::Tablet;
        if (required || f.has(QStringLiteral("splits"))) {
            auto splits = f.number(QStringLiteral("splits"), [&](double v) -> QString {
                if (p.form == Product::Form::Capsule)
                    return v == 1.0 ? QString() : QStringLiteral("must be 1 for a capsule");
                return (v == 1.0 || v == 2.0 || v == 4.0) ? QString() : QStringLiteral("must be 1, 2 or 4");
            });
            if (!splits)
                return splits.error();
            p.splits = static_cast<int>(splits.value());
        }
    }

    auto label = f.text(QStringLiteral("label"), false);
    if (!label)
        return label.error();
    p.label = label.value();
    auto unverified = f.flag(QStringLiteral("unverified"));
    if (!unverified)
        return unverified.error();
    p.unverified = unverified.value();
    return p;
}

// A name listed in "unverified" must be a field of the entry (or a region/form of its products).
bool knownUnverifiedField(const QString &name, const Context &ctx)
{
    const QStringList parts = name.split(QLatin1Char('.'));
    const QString &head = parts.first();
    static const QStringList plain = {
        QStringLiteral("name_zh"),
        QStringLiteral("half_life_h"),
        QStringLiteral("half_life_range_h"),
        QStringLiteral("tmax_h"),
        QStringLiteral("bioavailability"),
        QStringLiteral("vd_l_per_kg"),
        QStringLiteral("diazepam_eq_mg"),
        QStringLiteral("usual_max_daily_mg"),
    };
    if (plain.contains(head))
        return parts.size() == 1;
    if (head == QLatin1String("equivalents"))
        return parts.size() == 1 || (parts.size() == 2 && ctx.eqSources.contains(parts.at(1)));
    if (head == QLatin1String("metabolite"))
        return parts.size() == 1 || (parts.size() == 2 && kMetaboliteKeys.contains(parts.at(1)));
    if (head == QLatin1String("products"))
        return parts.size() == 1 || (parts.size() == 2 && ctx.regions.contains(parts.at(1)))
            || (parts.size() == 3 && ctx.regions.contains(parts.at(1)) && kForms.contains(parts.at(2)));
    return false;
}

Expected<DrugParams> readDrug(const QJsonValue &value, int index, const Context &ctx)
{
    const QString indexPath = QStringLiteral("drugs[") + QString::number(index) + QLatin1Char(']');
    if (!value.isObject())
        return Error {indexPath, QStringLiteral("must be an object")};
    const QJsonObject object = value.toObject();

    // The id comes first: every later error is reported under drugs[<id>].
    static const QRegularExpression idPattern(QStringLiteral("^[a-z][a-z0-9_-]*$"));
    const QJsonValue idValue = object.value(QStringLiteral("id"));
    if (!idValue.isString())
        return Error {indexPath + QStringLiteral(".id"), QStringLiteral("is required and must be a string")};
    if (!idPattern.match(idValue.toString()).hasMatch())
        return Error {indexPath + QStringLiteral(".id"),
            QStringLiteral("must be lower-case ASCII letters, digits, '-' or '_' (got \"") + idValue.toString()
                + QStringLiteral("\")")};

    DrugParams d;
    d.id = idValue.toString();
    const QString base = QStringLiteral("drugs[") + d.id + QLatin1Char(']');
    const Fields f(object, base);
    if (auto e = f.unknownKeys(kDrugKeys))
        return *e;

    auto nameEn = f.text(QStringLiteral("name_en"), true);
    if (!nameEn)
        return nameEn.error();
    d.nameEn = nameEn.value();
    auto nameZh = f.text(QStringLiteral("name_zh"), true);
    if (!nameZh)
        return nameZh.error();
    d.nameZh = nameZh.value();

    auto halfLife = f.number(QStringLiteral("half_life_h"), positive);
    if (!halfLife)
        return halfLife.error();
    d.halfLife = Hours(halfLife.value());

    // docs/model.md §1 derives ka > ke from tmax = ln(ka/ke)/(ka − ke); a root exists only when
    // tmax < 1/ke = t½/ln 2.
    const double tmaxLimit = d.halfLife.value() / std::log(2.0);
    auto tmax = f.number(QStringLiteral("tmax_h"), [&](double v) -> QString {
        if (!(v > 0.0))
            return QStringLiteral("must be > 0");
        if (!(v < tmaxLimit))
            return QStringLiteral("must be shorter than half_life_h / ln 2 (") + number(tmaxLimit)
                + QStringLiteral(" h), otherwise no absorption rate faster than elimination gives this peak time");
        return QString();
    });
    if (!tmax)
        return tmax.error();
    d.tmax = Hours(tmax.value());

    auto bio = f.number(QStringLiteral("bioavailability"),
        [](double v) -> QString { return (v > 0.0 && v <= 1.0) ? QString() : QStringLiteral("must be > 0 and <= 1"); });
    if (!bio)
        return bio.error();
    d.bioavailability = bio.value();

    auto vd = f.number(QStringLiteral("vd_l_per_kg"), positive);
    if (!vd)
        return vd.error();
    d.vdLPerKg = vd.value();

    auto deq = f.number(QStringLiteral("diazepam_eq_mg"), positive);
    if (!deq)
        return deq.error();
    d.diazepamEqMg = deq.value();

    if (f.has(QStringLiteral("usual_max_daily_mg"))) {
        auto max = f.number(QStringLiteral("usual_max_daily_mg"), positive);
        if (!max)
            return max.error();
        d.usualMaxDailyMg = max.value();
    }

    if (f.has(QStringLiteral("half_life_range_h"))) {
        auto r = readRange(f.raw(QStringLiteral("half_life_range_h")), f.path(QStringLiteral("half_life_range_h")),
            d.halfLife.value());
        if (!r)
            return r.error();
        d.ranges.insert(QStringLiteral("half_life_h"), r.value());
    }

    // Equivalences by named source; the model default (diazepam_eq_mg) is Ashton's where Ashton has one.
    const QJsonValue eqValue = f.raw(QStringLiteral("equivalents"));
    if (!eqValue.isObject())
        return Error {f.path(QStringLiteral("equivalents")), QStringLiteral("is required and must be an object")};
    const QJsonObject eqObject = eqValue.toObject();
    for (auto it = eqObject.begin(); it != eqObject.end(); ++it) {
        const QString p = f.path(QStringLiteral("equivalents")) + QLatin1Char('.') + it.key();
        if (!ctx.eqSources.contains(it.key()))
            return Error {p, QStringLiteral("unknown equivalence source (see equivalence_sources)")};
        if (!it.value().isDouble() || !(it.value().toDouble() > 0.0) || !std::isfinite(it.value().toDouble()))
            return Error {p, QStringLiteral("must be a number > 0")};
        d.equivalences.append(Equivalence {it.key(), it.value().toDouble()});
    }
    if (eqObject.contains(QStringLiteral("ashton"))
        && eqObject.value(QStringLiteral("ashton")).toDouble() != d.diazepamEqMg)
        return Error {f.path(QStringLiteral("diazepam_eq_mg")),
            QStringLiteral("must equal equivalents.ashton (")
                + number(eqObject.value(QStringLiteral("ashton")).toDouble())
                + QStringLiteral(" mg): the model's default is the Ashton value")};

    auto metabolite = readMetabolite(f.raw(QStringLiteral("metabolite")), f.path(QStringLiteral("metabolite")), d);
    if (!metabolite)
        return metabolite.error();
    d.metabolite = metabolite.value();

    // Other published ranges a model value was chosen from.
    if (f.has(QStringLiteral("ranges"))) {
        const QJsonValue rv = f.raw(QStringLiteral("ranges"));
        if (!rv.isObject())
            return Error {f.path(QStringLiteral("ranges")), QStringLiteral("must be an object")};
        const QJsonObject ro = rv.toObject();
        for (auto it = ro.begin(); it != ro.end(); ++it) {
            const QString p = f.path(QStringLiteral("ranges")) + QLatin1Char('.') + it.key();
            std::optional<double> modelValue;
            if (it.key().startsWith(QLatin1String("equivalents."))) {
                const QString src = it.key().mid(12);
                if (!eqObject.contains(src))
                    return Error {p, QStringLiteral("names no equivalence of this entry")};
                modelValue = eqObject.value(src).toDouble();
            } else if (kNumberFields.contains(it.key()) && it.key() != QLatin1String("half_life_range_h")) {
                if (!f.has(it.key()))
                    return Error {p, QStringLiteral("names a field this entry does not have")};
                modelValue = f.raw(it.key()).toDouble();
            } else {
                return Error {p, QStringLiteral("names no numeric field of a drug entry")};
            }
            auto r = readRange(it.value(), p, modelValue);
            if (!r)
                return r.error();
            d.ranges.insert(it.key(), r.value());
        }
    }

    for (const auto &[key, target] : {std::pair {QStringLiteral("long_acting"), &d.longActing},
             std::pair {QStringLiteral("epilepsy_use"), &d.epilepsyUse},
             std::pair {QStringLiteral("z_drug"), &d.zDrug}}) {
        auto b = f.flag(key);
        if (!b)
            return b.error();
        *target = b.value();
    }

    // Products by region.
    const QJsonValue productsValue = f.raw(QStringLiteral("products"));
    if (!productsValue.isObject())
        return Error {
            f.path(QStringLiteral("products")), QStringLiteral("is required and must be an object (may be empty)")};
    const QJsonObject products = productsValue.toObject();
    for (auto it = products.begin(); it != products.end(); ++it) {
        const QString regionPath = f.path(QStringLiteral("products")) + QLatin1Char('.') + it.key();
        if (!ctx.regions.contains(it.key()))
            return Error {regionPath, QStringLiteral("unknown region (see regions)")};
        if (!it.value().isArray())
            return Error {regionPath, QStringLiteral("must be a list of products")};
        const QJsonArray list = it.value().toArray();
        QList<Product> regionProducts;
        for (int i = 0; i < list.size(); ++i) {
            auto product
                = readProduct(list.at(i), regionPath + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'));
            if (!product)
                return product.error();
            regionProducts.append(product.value());
        }
        if (!regionProducts.isEmpty())
            d.products.insert(it.key(), regionProducts);
    }

    // Unverified values: each name must be a field of this entry.
    if (f.has(QStringLiteral("unverified"))) {
        const QJsonValue uv = f.raw(QStringLiteral("unverified"));
        if (!uv.isArray())
            return Error {f.path(QStringLiteral("unverified")), QStringLiteral("must be a list of field names")};
        const QJsonArray ua = uv.toArray();
        for (int i = 0; i < ua.size(); ++i) {
            const QString p
                = f.path(QStringLiteral("unverified")) + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
            if (!ua.at(i).isString() || !knownUnverifiedField(ua.at(i).toString(), ctx))
                return Error {p,
                    QStringLiteral("must name a field of the entry (e.g. \"vd_l_per_kg\", "
                                   "\"metabolite.half_life_h\", \"products.us\")")};
            d.unverifiedFields.append(ua.at(i).toString());
        }
    }
    // A product is unverified if flagged itself or through its region/form in the entry's list.
    static const char *const formNames[] = {"tablet", "capsule", "liquid"};
    for (auto it = d.products.begin(); it != d.products.end(); ++it)
        for (Product &p : it.value())
            if (d.isUnverified(QStringLiteral("products.") + it.key() + QLatin1Char('.')
                    + QLatin1String(formNames[static_cast<int>(p.form)])))
                p.unverified = true;

    // Sources: every number of the entry needs one, and every key must be defined.
    const QJsonValue sv = f.raw(QStringLiteral("sources"));
    if (!sv.isObject())
        return Error {f.path(QStringLiteral("sources")), QStringLiteral("is required and must be an object")};
    const QJsonObject so = sv.toObject();
    QStringList needed;
    for (const QString &field : kNumberFields)
        if (f.has(field))
            needed.append(field);
    if (d.metabolite.present() || f.raw(QStringLiteral("metabolite")).isObject()) {
        const QJsonObject mo = f.raw(QStringLiteral("metabolite")).toObject();
        for (const QString &key : kMetaboliteKeys)
            if (key != QLatin1String("name_en") && mo.contains(key))
                needed.append(QStringLiteral("metabolite.") + key);
    }
    for (auto it = d.products.cbegin(); it != d.products.cend(); ++it)
        needed.append(QStringLiteral("products.") + it.key());
    for (const QString &field : needed)
        if (!so.contains(field))
            return Error {f.path(QStringLiteral("sources")) + QLatin1Char('.') + field,
                QStringLiteral("is missing: every number needs a source key")};
    for (auto it = so.begin(); it != so.end(); ++it) {
        const QString p = f.path(QStringLiteral("sources")) + QLatin1Char('.') + it.key();
        if (!needed.contains(it.key()))
            return Error {p, QStringLiteral("names no number of this entry")};
        if (!it.value().isString())
            return Error {p, QStringLiteral("must be a string of source keys separated by ';'")};
        if (auto e = checkSourceKeys(it.value().toString(), p, ctx))
            return *e;
        d.sources.insert(it.key(), it.value().toString());
    }

    auto basis = f.text(QStringLiteral("basis"), false);
    if (!basis)
        return basis.error();
    d.basis = basis.value();
    auto notes = f.text(QStringLiteral("notes"), false);
    if (!notes)
        return notes.error();
    d.notes = notes.value();
    return d;
}

// Reads a document-level map of key -> text ("sources", "equivalence_sources", "regions").
Expected<QMap<QString, QString>> readTextMap(const QJsonObject &root, const QString &key)
{
    const QJsonValue v = root.value(key);
    if (!v.isObject() || v.toObject().isEmpty())
        return Error {key, QStringLiteral("is required and must be a non-empty object")};
    QMap<QString, QString> out;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
            return Error {key + QLatin1Char('.') + it.key(), QStringLiteral("must be a non-empty string")};
        out.insert(it.key(), it.value().toString());
    }
    return out;
}

} // namespace

Expected<Catalogue> Catalogue::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error {QString(),
            QStringLiteral("not valid JSON at offset ") + QString::number(parseError.offset) + QStringLiteral(": ")
                + parseError.errorString()};
    if (!doc.isObject())
        return Error {QString(), QStringLiteral("the catalogue must be a JSON object")};
    const QJsonObject root = doc.object();

    if (root.value(QStringLiteral("format")).toString() != kFormat)
        return Error {QStringLiteral("format"), QStringLiteral("must be \"") + kFormat + QStringLiteral("\"")};

    auto sources = readTextMap(root, QStringLiteral("sources"));
    if (!sources)
        return sources.error();
    auto eqSources = readTextMap(root, QStringLiteral("equivalence_sources"));
    if (!eqSources)
        return eqSources.error();
    auto regions = readTextMap(root, QStringLiteral("regions"));
    if (!regions)
        return regions.error();

    Context ctx;
    for (const QString &k : sources.value().keys())
        ctx.sourceKeys.insert(k);
    for (const QString &k : eqSources.value().keys())
        ctx.eqSources.insert(k);
    for (const QString &k : regions.value().keys())
        ctx.regions.insert(k);

    const QJsonValue drugsValue = root.value(QStringLiteral("drugs"));
    if (!drugsValue.isArray() || drugsValue.toArray().isEmpty())
        return Error {QStringLiteral("drugs"), QStringLiteral("is required and must be a non-empty list")};

    Catalogue catalogue;
    const QJsonArray drugs = drugsValue.toArray();
    QMap<QString, int> seen;
    for (int i = 0; i < drugs.size(); ++i) {
        auto drug = readDrug(drugs.at(i), i, ctx);
        if (!drug)
            return drug.error();
        const QString id = drug.value().id;
        if (seen.contains(id))
            return Error {QStringLiteral("drugs[") + id + QStringLiteral("].id"),
                QStringLiteral("duplicate id (entries ") + QString::number(seen.value(id)) + QStringLiteral(" and ")
                    + QString::number(i) + QLatin1Char(')')};
        seen.insert(id, i);
        catalogue.m_drugs.append(std::move(drug).value());
    }

    catalogue.m_sourceText = sources.value();
    catalogue.m_eqSourceText = eqSources.value();
    catalogue.m_regionNames = regions.value();
    catalogue.m_regions = regions.value().keys();
    catalogue.m_eqSources = eqSources.value().keys();
    // Ashton first: it is the model default.
    if (catalogue.m_eqSources.removeOne(QStringLiteral("ashton")))
        catalogue.m_eqSources.prepend(QStringLiteral("ashton"));
    return catalogue;
}

Expected<Catalogue> Catalogue::builtIn()
{
    QFile file(QStringLiteral(":/data/drugs.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Error {QStringLiteral(":/data/drugs.json"),
            QStringLiteral("the built-in catalogue is missing: ") + file.errorString()};
    return fromJson(file.readAll());
}

const Catalogue &Catalogue::shared()
{
    static const Catalogue instance = [] {
        Expected<Catalogue> loaded = builtIn();
        if (!loaded)
            qFatal("Built-in drug catalogue is invalid: %s", qPrintable(loaded.error().text()));
        return std::move(loaded).value();
    }();
    return instance;
}

const DrugParams *Catalogue::find(const QString &id) const
{
    for (const DrugParams &d : m_drugs)
        if (d.id == id)
            return &d;
    return nullptr;
}

QStringList Catalogue::ids() const
{
    QStringList out;
    out.reserve(m_drugs.size());
    for (const DrugParams &d : m_drugs)
        out.append(d.id);
    return out;
}

QString Catalogue::sourceDescription(const QString &key) const
{
    if (m_sourceText.contains(key))
        return m_sourceText.value(key);
    return m_eqSourceText.value(key);
}

QString Catalogue::regionName(const QString &region) const
{
    return m_regionNames.value(region);
}

} // namespace lento
