#pragma once

#include "DataSourceSchema.h"
#include "DocumentRecord.h"

#include "Result.h"

#include <QSqlDatabase>

namespace OpenMairie::Documents {

// A named data source that a module provides for its templates (openMairie's om_requete "objet"):
// the fields it offers, with French labels, and the records themselves.
//
// fetch() is called from print worker threads, each with its own connection: an implementation
// keeps no mutable state (or guards it).
class OPENMAIRIE_CORE_EXPORT IDocumentDataSource
{
public:
    virtual ~IDocumentDataSource();

    virtual DataSourceSchema schema() const = 0;
    // The record of this commune with this key ("2026-0042"); NotFound with a French message otherwise.
    virtual Core::Result<DocumentRecord> fetch(const QSqlDatabase &db, qint64 communeId, const QString &key) const = 0;
    // A plausible record for the live preview of the template editor (no database access).
    virtual DocumentRecord sampleRecord() const = 0;
    // Personal data (electors, deceased, families): prints are written to the audit trail.
    virtual bool containsPersonalData() const { return false; }
};

} // namespace OpenMairie::Documents
