// libFuzzer target: a lento-patient/1 record as `patients import` checks it before writing.
#include "fuzzsupport.h"

#include "patientexchange.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    lento::fuzz::init();
    (void)lento::store::PatientExchange::checkImport(lento::fuzz::bytes(data, size));
    return 0;
}
