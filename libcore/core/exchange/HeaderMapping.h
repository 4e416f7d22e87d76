#pragma once

#include "openmairie_core_export.h"

#include <QList>
#include <QStringList>

namespace OpenMairie::Core {

class ImportDefinition;

// Where each column of a definition is in a given file, found by header name (case-, accent- and
// separator-insensitive, aliases included), and what is wrong with the header line.
class OPENMAIRIE_CORE_EXPORT HeaderMapping
{
public:
    static HeaderMapping match(const ImportDefinition &definition, const QStringList &header, bool separatorFound);

    bool ok() const { return m_errors.isEmpty(); }
    const QStringList &errors() const { return m_errors; }
    const QStringList &warnings() const { return m_warnings; }
    // For each column of the definition, the field index in the file's lines, or -1 if absent.
    const QList<int> &fieldOfColumn() const { return m_fieldOfColumn; }
    qsizetype headerFieldCount() const { return m_header.size(); }
    // The name a field has in the file's header ("champ 7" when it has none).
    QString fieldName(int fieldIndex) const;

private:
    QStringList m_header;
    QList<int> m_fieldOfColumn;
    QStringList m_errors;
    QStringList m_warnings;
};

} // namespace OpenMairie::Core
