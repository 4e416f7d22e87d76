#pragma once

#include "CompiledTemplate.h"
#include "TemplateIssue.h"

#include <memory>

class QTextDocument;

namespace OpenMairie::Documents {

struct OPENMAIRIE_CORE_EXPORT TemplateCompilation
{
    std::shared_ptr<const CompiledTemplate> compiled; // null when there are issues
    QList<TemplateIssue> issues;                      // in document order

    bool ok() const { return issues.isEmpty() && compiled; }
};

// Reads the merge syntax out of a template's rich text and checks it against the data source:
//
//   [champ]                      a field of the record (or of the current block's row)
//   [champ|long]                 a date in words: « 12 mars 2026 »
//   &parametre                   a parameter of the commune (&maire, &ville...), &aujourdhui
//   [bloc:ayants_droit] … [/bloc]  repeated for each row of a sub-table: inside one paragraph,
//                                over whole paragraphs, or over a table row (markers in its cells)
//   [total:bloc.champ] [moyenne:bloc.champ] [nombre:bloc]
//   [MAJ] … [/MAJ]   [min] … [/min]   upper / lower case, inside one paragraph
//   [codebarre:champ] [codebarre:champ:12]   Code 128, 12 mm high
//   [qrcode:champ] [qrcode:champ:25]         QR code, 25 mm wide
//   [logo] [logo:25]             the commune's logo, 25 mm high
//   [saut_de_page]
//   [[  &&                       a literal « [ », « & »
//
// Every fault is reported with its line and column (and its position in the document, for the
// editor to select it); the template is usable only without any.
class OPENMAIRIE_CORE_EXPORT TemplateCompiler
{
public:
    // Parameters every commune has, computed rather than entered.
    static QStringList builtinParameters();

    static TemplateCompilation compile(const DocumentTemplate &documentTemplate, const DataSourceSchema &schema,
                                       const QStringList &knownParameters);
    // Same, on the body as it is being edited (the editor's document; the template's own body is
    // ignored), so that positions are those of the editor.
    static TemplateCompilation compile(const DocumentTemplate &documentTemplate, const QTextDocument &body,
                                       const DataSourceSchema &schema, const QStringList &knownParameters);
};

} // namespace OpenMairie::Documents
