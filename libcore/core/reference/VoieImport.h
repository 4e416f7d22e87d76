#pragma once

#include "ImportDefinition.h"
#include "ImportSink.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace OpenMairie::Core {

// The CSV import of the commune's streets ("core.voies"), declared in the ImportRegistry: a file
// from the cadastre (FANTOIR) or from the former software, one street per line.
class OPENMAIRIE_CORE_EXPORT VoieImport
{
public:
    static const QString kId; // "core.voies"
    static ImportDefinition definition();
};

// Writes the imported streets with their search key; a code the commune already has refuses the
// line (the import adds streets, it never overwrites one).
class OPENMAIRIE_CORE_EXPORT VoieImportSink final : public ImportSink
{
public:
    Status begin(const ImportContext &context) override;
    QList<ImportIssue> validate(const ImportRow &row) override;
    Status write(const QList<ImportRow> &rows) override;

private:
    ImportContext m_context;
    QHash<qint64, QString> m_typeLabels; // voie_type.id -> libellé, for the search key
    QSet<QString> m_existingCodes;
    QSqlQuery m_insert;
};

} // namespace OpenMairie::Core
