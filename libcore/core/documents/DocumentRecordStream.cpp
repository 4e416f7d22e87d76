#include "DocumentRecordStream.h"

namespace OpenMairie::Documents {

DocumentRecordStream::~DocumentRecordStream() = default;

KeyListRecordStream::KeyListRecordStream(std::shared_ptr<const IDocumentDataSource> source, QStringList keys)
    : m_source(std::move(source)), m_keys(std::move(keys))
{
}

Core::Result<std::optional<DocumentRecord>> KeyListRecordStream::next(const QSqlDatabase &db, qint64 communeId)
{
    if (m_next >= m_keys.size())
        return std::optional<DocumentRecord>();
    const QString key = m_keys.at(m_next++);
    Core::Result<DocumentRecord> record = m_source->fetch(db, communeId, key);
    if (!record)
        return record.error();
    DocumentRecord r = std::move(record).value();
    if (r.key().isEmpty())
        r.setKey(key);
    return std::optional<DocumentRecord>(std::move(r));
}

Core::Result<std::optional<DocumentRecord>> FixedRecordStream::next(const QSqlDatabase &, qint64)
{
    if (m_next >= m_records.size())
        return std::optional<DocumentRecord>();
    return std::optional<DocumentRecord>(m_records.at(m_next++));
}

} // namespace OpenMairie::Documents
