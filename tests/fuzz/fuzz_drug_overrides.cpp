// libFuzzer target: one entry of a plan's "drugs" object, applied both as an override of a
// catalogue drug and as the complete definition of a drug the catalogue lacks.
#include "fuzzsupport.h"

#include "modelinput.h"

#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    lento::fuzz::init();
    const QJsonDocument doc = QJsonDocument::fromJson(lento::fuzz::bytes(data, size));
    if (!doc.isObject())
        return 0;
    lento::Plan plan;
    plan.drugs.insert(QStringLiteral("diazepam"), doc.object());
    plan.drugs.insert(QStringLiteral("custom-drug"), doc.object());
    plan.current = {lento::Dose {QStringLiteral("diazepam"), 480, lento::Milligrams(10.0), {}},
        lento::Dose {QStringLiteral("custom-drug"), 1200, lento::Milligrams(5.0), {}}};
    const lento::Expected<lento::ModelInput> input = lento::resolve(plan, lento::Catalogue::shared());
    if (input) {
        for (const lento::DrugParams &d : input->drugs)
            if (!(d.halfLife.value() > 0.0) || !(d.halfLife.value() < 1e6))
                qFatal("a resolved drug has a half-life out of range");
    }
    return 0;
}
