#pragma once

#include "openmairie_core_export.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

namespace OpenMairie::Documents {

using FieldValues = QHash<QString, QVariant>;

// One record as a data source hands it to a template: its fields and the rows of its sub-tables.
class OPENMAIRIE_CORE_EXPORT DocumentRecord
{
public:
    DocumentRecord() = default;
    explicit DocumentRecord(QString key) : m_key(std::move(key)) {}

    // The record's identity in the print journal ("2026-0042", an id...).
    const QString &key() const { return m_key; }
    void setKey(const QString &key) { m_key = key; }

    const FieldValues &values() const { return m_values; }
    QVariant value(const QString &field) const { return m_values.value(field); }
    DocumentRecord &set(const QString &field, const QVariant &value);

    QList<FieldValues> rows(const QString &subTable) const { return m_rows.value(subTable); }
    DocumentRecord &addRow(const QString &subTable, const FieldValues &row);
    void setRows(const QString &subTable, QList<FieldValues> rows) { m_rows.insert(subTable, std::move(rows)); }

private:
    QString m_key;
    FieldValues m_values;
    QHash<QString, QList<FieldValues>> m_rows;
};

} // namespace OpenMairie::Documents
