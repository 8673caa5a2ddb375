// Reading and writing AppSettings under the "planner", "model", "profile" and "visits" groups of
// QSettings.
#include "settings.h"

#include <QLocale>
#include <QSettings>

namespace lento::ui {

namespace {

// A positive finite number from the settings, or the fallback.
double positive(const QSettings &s, const QString &key, double fallback)
{
    bool ok = false;
    const double v = s.value(key).toDouble(&ok);
    return ok && v > 0.0 && v < 1e9 ? v : fallback;
}

// The clinician, clinic and language were kept in a group "general" until it turned out that an
// INI file writes it as "[%General]" and reads it back as "General": every restart lost them.
const QString kProfileGroup = QStringLiteral("profile");
const QStringList kOldProfileGroups {QStringLiteral("General"), QStringLiteral("general")};

// `key` of the profile group, or of a group an earlier version wrote it to.
QString profileValue(const QSettings &s, const QString &key)
{
    const QString current = kProfileGroup + QLatin1Char('/') + key;
    if (s.contains(current))
        return s.value(current).toString();
    for (const QString &group : kOldProfileGroups)
        if (const QString old = group + QLatin1Char('/') + key; s.contains(old))
            return s.value(old).toString();
    return {};
}

} // namespace

AppSettings AppSettings::defaults()
{
    AppSettings a;
    switch (QLocale::system().territory()) {
    case QLocale::China:
        a.planner.region = QStringLiteral("cn");
        break;
    case QLocale::UnitedStates:
        a.planner.region = QStringLiteral("us");
        break;
    case QLocale::UnitedKingdom:
        a.planner.region = QStringLiteral("uk");
        break;
    default:
        a.planner.region
            = QLocale::system().language() == QLocale::Chinese ? QStringLiteral("cn") : QStringLiteral("uk");
        break;
    }
    return a;
}

AppSettings AppSettings::load(QSettings &s)
{
    AppSettings a = defaults();
    PlannerDefaults &p = a.planner;
    s.beginGroup(QStringLiteral("planner"));
    if (const auto strategy = lento::strategyFromId(s.value(QStringLiteral("strategy")).toString()))
        p.strategy = *strategy;
    p.percent = positive(s, QStringLiteral("percent"), p.percent);
    if (p.percent > 50.0)
        p.percent = PlannerDefaults().percent;
    bool ok = false;
    const double linear = s.value(QStringLiteral("linearMg")).toDouble(&ok);
    if (ok && linear >= 0.0)
        p.linearMg = linear;
    p.maxDropPoints = positive(s, QStringLiteral("maxDropPoints"), p.maxDropPoints);
    p.maxPressure = positive(s, QStringLiteral("maxPressure"), p.maxPressure);
    const int every = s.value(QStringLiteral("everyDays")).toInt(&ok);
    if (ok && every >= 1 && every <= 365)
        p.everyDays = every;
    const QString equivalence = s.value(QStringLiteral("equivalence")).toString();
    if (!equivalence.isEmpty())
        p.equivalence = equivalence;
    const QString region = s.value(QStringLiteral("region")).toString();
    if (!region.isEmpty())
        p.region = region;
    p.forms = lento::formsFromId(s.value(QStringLiteral("forms")).toString()).value_or(p.forms);
    if (const auto order = lento::cutOrderFromId(s.value(QStringLiteral("cutOrder")).toString()))
        p.cutOrder = *order;
    s.endGroup();

    s.beginGroup(QStringLiteral("model"));
    p.model.tauRDays = positive(s, QStringLiteral("tauRDays"), p.model.tauRDays);
    p.model.l50Mg = positive(s, QStringLiteral("l50Mg"), p.model.l50Mg);
    p.model.hill = positive(s, QStringLiteral("hill"), p.model.hill);
    s.endGroup();

    a.clinician = profileValue(s, QStringLiteral("clinician")).trimmed();
    a.clinicName = profileValue(s, QStringLiteral("clinicName")).trimmed();
    a.clinicPhone = profileValue(s, QStringLiteral("clinicPhone")).trimmed();
    const QString language = profileValue(s, QStringLiteral("language"));
    if (language == QLatin1String("en") || language == QLatin1String("zh_CN"))
        a.language = language;

    s.beginGroup(QStringLiteral("visits"));
    const auto days = [&s](const char *key, int fallback, int max) {
        bool valid = false;
        const int v = s.value(QLatin1String(key)).toInt(&valid);
        return valid && v >= 1 && v <= max ? v : fallback;
    };
    a.visits.taperVisitIntervalDays = days("taperIntervalDays", a.visits.taperVisitIntervalDays, 365);
    a.visits.followUpVisitIntervalDays = days("followUpIntervalDays", a.visits.followUpVisitIntervalDays, 730);
    a.visits.followUpMonths = days("followUpMonths", a.visits.followUpMonths, 120);
    s.endGroup();
    return a;
}

AppSettings AppSettings::loadStored()
{
    QSettings s;
    return load(s);
}

void AppSettings::save(QSettings &s) const
{
    const PlannerDefaults &p = planner;
    s.beginGroup(QStringLiteral("planner"));
    s.setValue(QStringLiteral("strategy"), lento::strategyId(p.strategy));
    s.setValue(QStringLiteral("percent"), p.percent);
    s.setValue(QStringLiteral("linearMg"), p.linearMg);
    s.setValue(QStringLiteral("maxDropPoints"), p.maxDropPoints);
    s.setValue(QStringLiteral("maxPressure"), p.maxPressure);
    s.setValue(QStringLiteral("everyDays"), p.everyDays);
    s.setValue(QStringLiteral("equivalence"), p.equivalence);
    s.setValue(QStringLiteral("region"), p.region);
    s.setValue(QStringLiteral("forms"), lento::formsId(p.forms));
    s.setValue(QStringLiteral("cutOrder"), lento::cutOrderId(p.cutOrder));
    s.endGroup();

    s.beginGroup(QStringLiteral("model"));
    s.setValue(QStringLiteral("tauRDays"), p.model.tauRDays);
    s.setValue(QStringLiteral("l50Mg"), p.model.l50Mg);
    s.setValue(QStringLiteral("hill"), p.model.hill);
    s.endGroup();

    for (const QString &group : kOldProfileGroups)
        s.remove(group);
    s.beginGroup(kProfileGroup);
    s.setValue(QStringLiteral("clinician"), clinician);
    s.setValue(QStringLiteral("clinicName"), clinicName);
    s.setValue(QStringLiteral("clinicPhone"), clinicPhone);
    s.setValue(QStringLiteral("language"), language);
    s.endGroup();

    s.beginGroup(QStringLiteral("visits"));
    s.setValue(QStringLiteral("taperIntervalDays"), visits.taperVisitIntervalDays);
    s.setValue(QStringLiteral("followUpIntervalDays"), visits.followUpVisitIntervalDays);
    s.setValue(QStringLiteral("followUpMonths"), visits.followUpMonths);
    s.endGroup();
}

} // namespace lento::ui
