// libFuzzer target: a visit file as `visits add` reads it.
#include "fuzzsupport.h"

#include "visitdocument.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    lento::fuzz::init();
    (void)lento::store::VisitDocument::parse(lento::fuzz::bytes(data, size));
    return 0;
}
