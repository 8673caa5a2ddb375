// Text forms of the store's enumerations, shared by the database, JSON and the command line.
#include "records.h"

#include <array>
#include <utility>

namespace lento::store {

namespace {

template <typename E, std::size_t N> QString textOf(const std::array<std::pair<E, const char *>, N> &table, E v)
{
    for (const auto &[value, text] : table) {
        if (value == v)
            return QString::fromLatin1(text);
    }
    return {};
}

template <typename E, std::size_t N>
bool valueOf(const std::array<std::pair<E, const char *>, N> &table, const QString &text, E *v)
{
    for (const auto &[value, name] : table) {
        if (text == QLatin1String(name)) {
            *v = value;
            return true;
        }
    }
    return false;
}

constexpr std::array<std::pair<Sex, const char *>, 4> kSex {
    {{Sex::Unknown, "unknown"}, {Sex::Female, "female"}, {Sex::Male, "male"}, {Sex::Other, "other"}}};
constexpr std::array<std::pair<AlcoholUse, const char *>, 4> kAlcohol {{{AlcoholUse::Unknown, "unknown"},
    {AlcoholUse::None, "none"}, {AlcoholUse::Moderate, "moderate"}, {AlcoholUse::Heavy, "heavy"}}};
constexpr std::array<std::pair<PlanStatus, const char *>, 4> kPlanStatus {{{PlanStatus::Draft, "draft"},
    {PlanStatus::Active, "active"}, {PlanStatus::Completed, "completed"}, {PlanStatus::Abandoned, "abandoned"}}};
constexpr std::array<std::pair<VisitDecision, const char *>, 5> kDecision {
    {{VisitDecision::Continue, "continue"}, {VisitDecision::Hold, "hold"}, {VisitDecision::Slow, "slow"},
        {VisitDecision::StepBack, "step_back"}, {VisitDecision::Stop, "stop"}}};

} // namespace

QString toText(Sex v)
{
    return textOf(kSex, v);
}
QString toText(AlcoholUse v)
{
    return textOf(kAlcohol, v);
}
QString toText(PlanStatus v)
{
    return textOf(kPlanStatus, v);
}
QString toText(VisitDecision v)
{
    return textOf(kDecision, v);
}
bool fromText(const QString &text, Sex *v)
{
    return valueOf(kSex, text, v);
}
bool fromText(const QString &text, AlcoholUse *v)
{
    return valueOf(kAlcohol, text, v);
}
bool fromText(const QString &text, PlanStatus *v)
{
    return valueOf(kPlanStatus, text, v);
}
bool fromText(const QString &text, VisitDecision *v)
{
    return valueOf(kDecision, text, v);
}

} // namespace lento::store
