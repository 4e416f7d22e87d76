#pragma once

#include "documents/IDocumentDataSource.h"

#include <QHash>

namespace OpenMairie::Test {

using Documents::DataSourceSchema;
using Documents::DocumentRecord;

// A « courrier » data source as a module would write it: records read by SQL from test tables
// (test_courrier, test_courrier_piece) created by createTables(), or from memory.
class CourrierTestSource final : public Documents::IDocumentDataSource
{
public:
    CourrierTestSource() = default;
    explicit CourrierTestSource(QHash<QString, DocumentRecord> records) : m_records(std::move(records)), m_inMemory(true) {}

    DataSourceSchema schema() const override;
    Core::Result<DocumentRecord> fetch(const QSqlDatabase &db, qint64 communeId, const QString &key) const override;
    DocumentRecord sampleRecord() const override;
    bool containsPersonalData() const override { return true; }

    static DocumentRecord record(int n, int pieces = 2);
    static Core::Status createTables(const QSqlDatabase &db, bool postgres);
    static Core::Status insert(const QSqlDatabase &db, qint64 communeId, const DocumentRecord &record);

private:
    QHash<QString, DocumentRecord> m_records;
    bool m_inMemory = false;
};

// The data source the « reglement » module must provide for its arrêtés (the contract of
// resources/templates/reglement/arrete.html), with records in memory.
class ArreteTestSource final : public Documents::IDocumentDataSource
{
public:
    DataSourceSchema schema() const override;
    Core::Result<DocumentRecord> fetch(const QSqlDatabase &db, qint64 communeId, const QString &key) const override;
    DocumentRecord sampleRecord() const override;

    static DocumentRecord arrete(const QString &numero);
};

} // namespace OpenMairie::Test
