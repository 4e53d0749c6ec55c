// The XLS reader (BIFF through FreeXL) of the imports: any bytes give rows or one CoreError(InvalidInput),
// never a crash.
#include "FuzzSupport.h"
#include "FuzzTable.h"
#include "exchange/XlsSource.h"

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    cd::fuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString path = cd::fuzz::inputFile(data, size, "xls");
    cd::fuzz::readTable([&] { return std::make_unique<cd::XlsSource>(path); });
    return 0;
}
