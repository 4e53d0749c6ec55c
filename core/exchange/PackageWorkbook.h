#pragma once

#include "storage/PackageStore.h"

#include <QCoreApplication>

namespace cd {

// Writes a measure package: a sheet of the department's tasks whose feedback columns carry
// drop-down and date validation, and a sheet that says how to fill it in. Written beside the target
// and moved into place whole, so a full disk leaves no half-written package.
class PackageWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(PackageWorkbook)

public:
    static void write(const QString& path, const QString& number, const QString& department,
        const QList<PackageLine>& lines);
};

} // namespace cd
