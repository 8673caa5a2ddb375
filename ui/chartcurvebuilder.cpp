// Curves of the three charts from a plan's simulation (see chartcurvebuilder.h).
#include "chartcurvebuilder.h"

#include "displaytext.h"
#include "palette.h"
#include "pressureband.h"

#include <cmath>
#include <limits>

namespace lento::ui {

namespace {

const QString kDose = QStringLiteral("dose:");
const QString kConc = QStringLiteral("conc:");
const QString kMet = QStringLiteral("met:");
const QString kSaved = QStringLiteral("saved:");

ChartCurve curve(const QString &key, const QList<lento::DrugParams> &drugs, QColor light, QColor dark)
{
    ChartCurve c;
    c.key = key;
    c.name = ChartCurveBuilder::nameFor(key, drugs);
    c.light = light;
    c.dark = dark;
    return c;
}

// mg per day of one drug in a list of doses.
double dailyMg(const QList<lento::Dose> &doses, const QString &drug)
{
    double mg = 0.0;
    for (const lento::Dose &d : doses)
        if (d.drug == drug)
            mg += d.mg.value();
    return mg;
}

// A chart column shared by the curve and its decimator.
std::shared_ptr<const std::vector<double>> toColumn(const lento::Series &values)
{
    return std::make_shared<const std::vector<double>>(values.begin(), values.end());
}

} // namespace

ChartCurveBuilder::ChartCurveBuilder(const lento::ModelInput &input, const lento::SimulationResult &result)
    : m_input(input), m_result(result)
{
    auto days = std::make_shared<std::vector<double>>(result.tH.size());
    for (std::size_t i = 0; i < result.tH.size(); ++i)
        (*days)[i] = result.tH[i] / 24.0;
    m_lastDay = days->empty() ? double(input.lastStepDay()) : days->back();
    m_days = std::move(days);
}

double ChartCurveBuilder::diazepamEquivalent(const QList<lento::Dose> &doses, const lento::ModelInput &input)
{
    double deq = 0.0;
    for (const lento::Dose &d : doses) {
        const int i = input.drugIndex(d.drug);
        if (i >= 0 && input.drugs[i].diazepamEqMg > 0.0)
            deq += d.mg.value() * 10.0 / input.drugs[i].diazepamEqMg;
    }
    return deq;
}

QList<ChartCurve> ChartCurveBuilder::dose() const
{
    // Regimens in force, as (first day, doses): the current regimen until the first step.
    QList<QPair<double, const QList<lento::Dose> *>> periods;
    if (m_input.steps.isEmpty() || m_input.steps.first().day > 0)
        periods.append({0.0, &m_input.current});
    for (const lento::Step &s : m_input.steps)
        periods.append({double(s.day), &s.doses});

    // A step line: the first value at day 0, then at every change two points at the same day.
    auto stepLine = [&](auto valueOf, ChartCurve c) {
        auto x = std::make_shared<std::vector<double>>();
        auto y = std::make_shared<std::vector<double>>();
        double previous = std::numeric_limits<double>::quiet_NaN();
        for (const auto &p : std::as_const(periods)) {
            if (p.first > m_lastDay)
                break;
            const double v = valueOf(*p.second);
            if (v == previous)
                continue;
            if (!x->empty()) {
                x->push_back(p.first);
                y->push_back(previous);
            }
            x->push_back(p.first);
            y->push_back(v);
            previous = v;
        }
        if (!x->empty() && x->back() < m_lastDay) {
            x->push_back(m_lastDay);
            y->push_back(previous);
        }
        c.x = std::move(x);
        c.y = std::move(y);
        c.step = true;
        return c;
    };

    QList<ChartCurve> curves;
    for (int i = 0; i < m_input.drugs.size(); ++i) {
        const QString id = m_input.drugs[i].id;
        ChartCurve c = curve(kDose + id, m_input.drugs, Palette::drug(i, false), Palette::drug(i, true));
        c.decimals = 3;
        curves.append(stepLine([&](const QList<lento::Dose> &doses) { return dailyMg(doses, id); }, c));
    }
    ChartCurve total
        = curve(kDose + QStringLiteral("total"), m_input.drugs, Palette::level(false), Palette::level(true));
    total.width = 2.5;
    total.decimals = 1;
    curves.append(stepLine([&](const QList<lento::Dose> &doses) { return diazepamEquivalent(doses, m_input); }, total));
    return curves;
}

QList<ChartCurve> ChartCurveBuilder::concentration() const
{
    QList<ChartCurve> curves;
    for (const lento::DrugSeries &series : m_result.drugs) {
        const int i = m_input.drugIndex(series.id);
        ChartCurve c = curve(kConc + series.id, m_input.drugs, Palette::drug(i, false), Palette::drug(i, true));
        c.x = m_days;
        c.y = toColumn(series.concNgMl);
        c.decimals = 1;
        curves.append(std::move(c));
        const bool hasMetabolite = i >= 0 && m_input.drugs[i].metabolite.present() && !series.metaboliteNgMl.empty();
        if (hasMetabolite) {
            ChartCurve m
                = curve(kMet + series.id, m_input.drugs, Palette::metabolite(i, false), Palette::metabolite(i, true));
            m.style = Qt::DashLine;
            m.x = m_days;
            m.y = toColumn(series.metaboliteNgMl);
            m.decimals = 1;
            curves.append(std::move(m));
        }
    }
    ChartCurve level = curve(QStringLiteral("level"), m_input.drugs, Palette::level(false), Palette::level(true));
    level.x = m_days;
    level.y = toColumn(m_result.level);
    level.rightAxis = true;
    level.width = 2.5;
    level.decimals = 1;
    curves.append(std::move(level));
    return curves;
}

QList<ChartCurve> ChartCurveBuilder::pressure() const
{
    QList<ChartCurve> curves;
    ChartCurve w = curve(QStringLiteral("pressure"), m_input.drugs, Palette::pressure(false), Palette::pressure(true));
    w.x = m_days;
    w.y = toColumn(m_result.withdrawalShown);
    w.width = 2.5;
    w.decimals = 3;
    curves.append(std::move(w));
    ChartCurve e = curve(QStringLiteral("effect"), m_input.drugs, Palette::effect(false), Palette::effect(true));
    e.x = m_days;
    e.y = toColumn(m_result.effect);
    e.rightAxis = true;
    e.width = 1.0;
    e.decimals = 3;
    curves.append(std::move(e));
    ChartCurve a
        = curve(QStringLiteral("adaptation"), m_input.drugs, Palette::adaptation(false), Palette::adaptation(true));
    a.x = m_days;
    a.y = toColumn(m_result.adaptation);
    a.rightAxis = true;
    a.width = 2.25;
    a.style = Qt::DashDotLine;
    a.decimals = 3;
    curves.append(std::move(a));
    return curves;
}

bool ChartCurveBuilder::comparedWhenSaved(const QString &key)
{
    return key == QLatin1String("dose:total") || key == QLatin1String("level") || key == QLatin1String("pressure");
}

ChartCurve ChartCurveBuilder::asSaved(ChartCurve c, const QList<lento::DrugParams> &drugs)
{
    c.key = kSaved + c.key;
    c.name = nameFor(c.key, drugs);
    c.light = Palette::comparison(false);
    c.dark = Palette::comparison(true);
    c.style = Qt::DashLine;
    c.width = 1.75;
    return c;
}

QString ChartCurveBuilder::nameFor(const QString &key, const QList<lento::DrugParams> &drugs)
{
    if (key.startsWith(kSaved))
        return tr("Last saved: %1").arg(nameFor(key.mid(kSaved.size()), drugs));
    auto drugNamed = [&](const QString &id) {
        for (const lento::DrugParams &d : drugs)
            if (d.id == id)
                return drugName(d);
        return id;
    };
    if (key == QLatin1String("dose:total"))
        return tr("Total, diazepam-equivalent (mg/day)");
    if (key.startsWith(kDose))
        return tr("%1 (mg/day)").arg(drugNamed(key.mid(kDose.size())));
    if (key.startsWith(kConc))
        return tr("%1 (ng/mL)").arg(drugNamed(key.mid(kConc.size())));
    if (key.startsWith(kMet))
        return tr("%1 active metabolite (ng/mL)").arg(drugNamed(key.mid(kMet.size())));
    if (key == QLatin1String("level"))
        return tr("Diazepam-equivalent level (mg/day)");
    if (key == QLatin1String("pressure"))
        return tr("Withdrawal pressure (modelled)");
    if (key == QLatin1String("effect"))
        return tr("Effect (modelled)");
    if (key == QLatin1String("adaptation"))
        return tr("Adaptation (modelled)");
    return key;
}

QList<ChartBand> ChartCurveBuilder::pressureBands()
{
    // The limits come from pressureband.h (docs/model.md §4).
    const struct
    {
        lento::Band band;
        QString label;
    } spec[] = {
        {lento::Band::Low, tr("Low")},
        {lento::Band::Moderate, tr("Moderate")},
        {lento::Band::High, tr("High")},
        {lento::Band::Severe, tr("Severe")},
    };
    QList<ChartBand> bands;
    for (const auto &s : spec) {
        ChartBand b;
        b.from = lento::bandFrom(s.band);
        b.to = lento::bandTo(s.band);
        b.light = Palette::band(s.band, false);
        b.dark = Palette::band(s.band, true);
        b.textLight = Palette::bandText(s.band, false);
        b.textDark = Palette::bandText(s.band, true);
        b.label = s.label;
        bands.append(b);
    }
    return bands;
}

} // namespace lento::ui
