// The CSV reader of the imports: any bytes give rows or one CoreError(InvalidInput), never a crash.
#include "FuzzSupport.h"
#include "FuzzTable.h"
#include "exchange/CsvSource.h"

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    cd::fuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString path = cd::fuzz::inputFile(data, size, "csv");
    cd::fuzz::readTable([&] { return std::make_unique<cd::CsvSource>(path); });
    return 0;
}
