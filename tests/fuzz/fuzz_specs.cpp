// libFuzzer target: the --current regimen spec and the --products spec, each read from the same
// text (as a user could type either).
#include "fuzzsupport.h"

#include "regimenspec.h"
#include "rounding.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    lento::fuzz::init();
    const QString spec = QString::fromUtf8(lento::fuzz::bytes(data, size));
    (void)lento::parseRegimenSpec(spec, lento::Catalogue::shared());
    const lento::Expected<QList<lento::Product>> products = lento::parseProductSpec(spec);
    if (products) {
        // What was read must read back the same from the spec it is recorded as.
        const lento::Expected<QList<lento::Product>> again = lento::parseProductSpec(lento::productSpec(*products));
        if (!again || again->size() != products->size())
            qFatal("a product list did not survive writing and reading back");
    }
    return 0;
}
