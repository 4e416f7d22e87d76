#pragma once

#include "openmairie_core_export.h"

#include <QList>
#include <QString>

namespace OpenMairie::Core {

// A reference table shared by every commune (declared `-- @reference` in 0004_referentiels.sql):
// code, libellé, validity. The generic editor and ReferenceTableService work from this description.
struct OPENMAIRIE_CORE_EXPORT ReferenceTable
{
    QString table;        // "pays"
    QString title;        // "Pays"
    QString codeLabel;    // "Code INSEE"
    int codeMaxLength = 5;
    bool upperCaseCode = true;
    bool linkedToPays = false; // nationalite: the country it belongs to

    static const QList<ReferenceTable> &all();
    static const ReferenceTable *find(const QString &table);

    static const ReferenceTable &departement();
    static const ReferenceTable &pays();
    static const ReferenceTable &nationalite();
    static const ReferenceTable &civilite();
    static const ReferenceTable &voieType();
};

} // namespace OpenMairie::Core
