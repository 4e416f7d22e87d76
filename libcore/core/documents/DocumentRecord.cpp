#include "DocumentRecord.h"

namespace OpenMairie::Documents {

DocumentRecord &DocumentRecord::set(const QString &field, const QVariant &value)
{
    m_values.insert(field, value);
    return *this;
}

DocumentRecord &DocumentRecord::addRow(const QString &subTable, const FieldValues &row)
{
    m_rows[subTable].append(row);
    return *this;
}

} // namespace OpenMairie::Documents
