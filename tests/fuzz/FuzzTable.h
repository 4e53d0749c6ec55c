#pragma once

#include "CoreError.h"
#include "FuzzSupport.h"
#include "exchange/TableSource.h"

#include <memory>

namespace cd::fuzz {

// Reads every row a reader gives; a file may be refused only with the one clear message the
// importer shows (InvalidInput), and rows must come in order.
template<typename Open>
void readTable(Open open)
{
    try {
        std::unique_ptr<TableSource> source = open();
        (void)source->format();
        TableRow row;
        int last = 0;
        // Bounded: a small input can claim millions of rows; the row loop is what is under test.
        for (int i = 0; i < 100000 && source->next(row); ++i) {
            if (row.number <= last)
                fail("row numbers must grow", QString::number(row.number));
            last = row.number;
        }
    } catch (const CoreError& e) {
        if (e.kind() != ErrorKind::InvalidInput)
            fail("a damaged file must be refused as invalid input", e.message());
    }
}

} // namespace cd::fuzz
