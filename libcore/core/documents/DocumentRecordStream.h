#pragma once

#include "IDocumentDataSource.h"

#include <memory>
#include <optional>

namespace OpenMairie::Documents {

// The records of a batch, fetched one at a time: 800 convocations never sit in memory together.
class OPENMAIRIE_CORE_EXPORT DocumentRecordStream
{
public:
    virtual ~DocumentRecordStream();
    virtual qint64 size() const = 0;
    virtual void rewind() = 0;
    // std::nullopt at the end.
    virtual Core::Result<std::optional<DocumentRecord>> next(const QSqlDatabase &db, qint64 communeId) = 0;
};

// Records named by their keys, fetched from a data source in the given order.
class OPENMAIRIE_CORE_EXPORT KeyListRecordStream final : public DocumentRecordStream
{
public:
    KeyListRecordStream(std::shared_ptr<const IDocumentDataSource> source, QStringList keys);

    qint64 size() const override { return m_keys.size(); }
    void rewind() override { m_next = 0; }
    Core::Result<std::optional<DocumentRecord>> next(const QSqlDatabase &db, qint64 communeId) override;

private:
    std::shared_ptr<const IDocumentDataSource> m_source;
    QStringList m_keys;
    qsizetype m_next = 0;
};

// Records already at hand (the editor's sample record, a record just saved).
class OPENMAIRIE_CORE_EXPORT FixedRecordStream final : public DocumentRecordStream
{
public:
    explicit FixedRecordStream(QList<DocumentRecord> records) : m_records(std::move(records)) {}

    qint64 size() const override { return m_records.size(); }
    void rewind() override { m_next = 0; }
    Core::Result<std::optional<DocumentRecord>> next(const QSqlDatabase &db, qint64 communeId) override;

private:
    QList<DocumentRecord> m_records;
    qsizetype m_next = 0;
};

} // namespace OpenMairie::Documents
