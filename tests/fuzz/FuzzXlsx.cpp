// The XLSX reader (zip of XML) of the imports: any bytes give rows or one CoreError(InvalidInput), never a
// crash.
#include "FuzzSupport.h"
#include "FuzzTable.h"
#include "exchange/XlsxSource.h"

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    cd::fuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString path = cd::fuzz::inputFile(data, size, "xlsx");
    cd::fuzz::readTable([&] { return std::make_unique<cd::XlsxSource>(path); });
    return 0;
}
