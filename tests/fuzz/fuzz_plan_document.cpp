// libFuzzer target: a lento-plan/1 document as read by check, simulate and the store. A document
// that parses must resolve or be refused with a named error, and must write back to a document
// that parses to the same plan.
#include "fuzzsupport.h"

#include "modelinput.h"
#include "plandocument.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    lento::fuzz::init();
    const QByteArray json = lento::fuzz::bytes(data, size);
    const lento::Expected<lento::Plan> plan = lento::PlanDocument::parse(json);
    if (!plan)
        return 0;
    (void)lento::resolve(*plan, lento::Catalogue::shared());
    const lento::Expected<lento::Plan> again = lento::PlanDocument::parse(lento::PlanDocument::write(*plan));
    if (!again || !(again->current == plan->current) || !(again->steps == plan->steps))
        qFatal("a parsed plan did not survive writing and reading back: %s",
            again ? "values differ" : qPrintable(again.error().text()));
    return 0;
}
