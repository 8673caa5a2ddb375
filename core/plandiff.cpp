// Plan version comparison: a weighted alignment of the two step lists (equal doses on the same
// date score highest, equal doses on another date next, another dose on the same date lowest),
// then unmatched steps between two aligned ones are paired up when their numbers agree.
#include "plandiff.h"

#include <algorithm>
#include <cmath>
#include <tuple>
#include <vector>

namespace lento {

namespace {

struct DoseKey
{
    QString drug;
    int minute = 0;
    double mg = 0.0;
};

std::vector<DoseKey> normalised(const QList<Dose> &doses)
{
    std::vector<DoseKey> keys;
    keys.reserve(std::size_t(doses.size()));
    for (const Dose &d : doses)
        keys.push_back({d.drug, d.minuteOfDay, d.mg.value()});
    std::sort(keys.begin(), keys.end(), [](const DoseKey &a, const DoseKey &b) {
        return std::tie(a.drug, a.minute, a.mg) < std::tie(b.drug, b.minute, b.mg);
    });
    return keys;
}

// Where a step falls: a calendar day (Julian) when both plans have a start date, else the plan day.
class Positions
{
public:
    Positions(const Plan &older, const Plan &newer)
        : m_useDates(older.startDate.isValid() && newer.startDate.isValid()),
          m_oldStart(older.startDate),
          m_newStart(newer.startDate)
    {
    }
    qint64 oldPos(const Step &s) const { return m_useDates ? m_oldStart.addDays(s.day).toJulianDay() : s.day; }
    qint64 newPos(const Step &s) const { return m_useDates ? m_newStart.addDays(s.day).toJulianDay() : s.day; }

private:
    bool m_useDates;
    QDate m_oldStart, m_newStart;
};

QDate dateOf(const Plan &plan, const Step &step)
{
    return plan.startDate.isValid() ? plan.startDate.addDays(step.day) : QDate();
}

} // namespace

int PlanDiff::count(StepChange::Kind kind) const
{
    return int(std::count_if(steps.cbegin(), steps.cend(), [kind](const StepChange &c) { return c.kind == kind; }));
}

namespace PlanDiffer {

QMap<QString, double> dailyMg(const QList<Dose> &doses)
{
    QMap<QString, double> daily;
    for (const Dose &d : doses)
        daily[d.drug] += d.mg.value();
    return daily;
}

bool sameDoses(const QList<Dose> &a, const QList<Dose> &b)
{
    if (a.size() != b.size())
        return false;
    const std::vector<DoseKey> ka = normalised(a);
    const std::vector<DoseKey> kb = normalised(b);
    for (std::size_t i = 0; i < ka.size(); ++i) {
        if (ka[i].drug != kb[i].drug || ka[i].minute != kb[i].minute || std::abs(ka[i].mg - kb[i].mg) > 1e-9)
            return false;
    }
    return true;
}

PlanDiff compare(const Plan &older, const Plan &newer)
{
    PlanDiff diff;
    diff.oldTitle = older.title;
    diff.newTitle = newer.title;
    diff.titleChanged = older.title != newer.title;
    diff.oldStart = older.startDate;
    diff.newStart = newer.startDate;
    diff.startDateChanged = older.startDate != newer.startDate;
    diff.oldCurrent = older.current;
    diff.newCurrent = newer.current;
    diff.currentChanged = !sameDoses(older.current, newer.current);
    diff.patientChanged = !(older.patient == newer.patient);
    diff.modelChanged = !(older.model == newer.model);
    diff.drugsChanged = older.drugs != newer.drugs;
    diff.oldStepCount = int(older.steps.size());
    diff.newStepCount = int(newer.steps.size());

    const Positions pos(older, newer);
    const int n = int(older.steps.size());
    const int m = int(newer.steps.size());

    // Pair score: equal doses on the same position 4, equal doses elsewhere 3 (less a little
    // per day moved, so the nearest equal step wins), other doses on the same position 1.
    auto score = [&](int i, int j) -> double {
        const Step &a = older.steps[i];
        const Step &b = newer.steps[j];
        const qint64 shift = pos.newPos(b) - pos.oldPos(a);
        const bool same = sameDoses(a.doses, b.doses);
        if (same)
            return shift == 0 ? 4.0 : 3.0 - 1e-4 * double(std::min<qint64>(std::abs(shift), 5000));
        return shift == 0 ? 1.0 : 0.0;
    };

    std::vector<double> best(std::size_t(n + 1) * std::size_t(m + 1), 0.0);
    auto at = [&](int i, int j) -> double & { return best[std::size_t(i) * std::size_t(m + 1) + std::size_t(j)]; };
    for (int i = n - 1; i >= 0; --i) {
        for (int j = m - 1; j >= 0; --j) {
            double v = std::max(at(i + 1, j), at(i, j + 1));
            const double s = score(i, j);
            if (s > 0.0)
                v = std::max(v, s + at(i + 1, j + 1));
            at(i, j) = v;
        }
    }
    std::vector<std::pair<int, int>> matched;
    for (int i = 0, j = 0; i < n && j < m;) {
        const double s = score(i, j);
        if (s > 0.0 && std::abs(at(i, j) - (s + at(i + 1, j + 1))) < 1e-9) {
            matched.emplace_back(i, j);
            ++i;
            ++j;
        } else if (std::abs(at(i, j) - at(i + 1, j)) < 1e-9) {
            ++i;
        } else {
            ++j;
        }
    }
    matched.emplace_back(n, m); // sentinel closing the last gap

    auto pairChange = [&](int i, int j) {
        const Step &a = older.steps[i];
        const Step &b = newer.steps[j];
        StepChange c;
        c.kind = StepChange::Kind::Changed;
        c.oldIndex = i;
        c.newIndex = j;
        c.oldStep = a;
        c.newStep = b;
        c.oldDate = dateOf(older, a);
        c.newDate = dateOf(newer, b);
        c.shiftDays = int(pos.newPos(b) - pos.oldPos(a));
        c.moved = c.shiftDays != 0;
        c.dosesChanged = !sameDoses(a.doses, b.doses);
        c.noteChanged = a.note != b.note;
        if (c.moved || c.dosesChanged || c.noteChanged)
            diff.steps.append(c);
        else
            ++diff.unchangedSteps;
    };

    int prevI = -1, prevJ = -1;
    for (const auto &[mi, mj] : matched) {
        const int gapOld = mi - prevI - 1;
        const int gapNew = mj - prevJ - 1;
        if (gapOld == gapNew) {
            for (int k = 0; k < gapOld; ++k)
                pairChange(prevI + 1 + k, prevJ + 1 + k);
        } else {
            // Removed and added steps of this gap, merged by position (removed first on a tie).
            int i = prevI + 1, j = prevJ + 1;
            while (i < mi || j < mj) {
                const bool takeOld = j >= mj || (i < mi && pos.oldPos(older.steps[i]) <= pos.newPos(newer.steps[j]));
                StepChange c;
                if (takeOld) {
                    c.kind = StepChange::Kind::Removed;
                    c.oldIndex = i;
                    c.oldStep = older.steps[i];
                    c.oldDate = dateOf(older, c.oldStep);
                    ++i;
                } else {
                    c.kind = StepChange::Kind::Added;
                    c.newIndex = j;
                    c.newStep = newer.steps[j];
                    c.newDate = dateOf(newer, c.newStep);
                    ++j;
                }
                diff.steps.append(c);
            }
        }
        if (mi < n && mj < m)
            pairChange(mi, mj);
        prevI = mi;
        prevJ = mj;
    }
    return diff;
}

} // namespace PlanDiffer

} // namespace lento
