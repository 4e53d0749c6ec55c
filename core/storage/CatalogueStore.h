#pragma once

#include "domain/Measure.h"

#include <QList>

#include <optional>

namespace cd {

class Database;

// The memoranda, measures and implementing departments of the catalogue (§12, §16). Lists come in
// catalogue order (by id); a measure comes with its department ids.
class CatalogueStore
{
public:
    explicit CatalogueStore(Database& db);

    QList<Memorandum> memoranda(); // every one, without measures
    std::optional<Memorandum> memorandum(qint64 id);
    std::optional<Memorandum> memorandumByCode(const QString& code);
    qint64 insertMemorandum(const Memorandum& memorandum);
    void updateMemorandum(const Memorandum& memorandum); // title, kind, basis
    void setMemorandumActive(qint64 id, bool active);

    QList<Measure> measures(); // every one, of every memorandum
    QList<Measure> measuresOf(qint64 memorandumId);
    std::optional<Measure> measure(qint64 id);
    std::optional<Measure> measureByCode(const QString& code);
    qint64 insertMeasure(const Measure& measure); // with its departments
    void updateMeasure(const Measure& measure); // title, mandatory, legal basis, plan item, months
    void setMeasureActive(qint64 id, bool active);
    void setMeasureDepartments(qint64 measureId, const QList<qint64>& departmentIds);

    // Active measures of active memoranda that name the department as an implementing one.
    QList<Measure> activeMeasuresImplementedBy(qint64 departmentId);

private:
    QList<Measure> readMeasures(const QString& where, const QVariantList& values);
    std::optional<Memorandum> readMemorandum(const QString& where, const QVariant& value);

    Database& m_db;
};

} // namespace cd
