#pragma once

#include "Result.h"

namespace OpenMairie::Documents {

// A fault in a template, with where it is: the editor selects it, the store's refusal names it.
struct OPENMAIRIE_CORE_EXPORT TemplateIssue
{
    QString message;   // French, without the position
    int position = -1; // character position in the template's rich-text document
    int length = 0;
    int line = 0;      // 1-based paragraph number in the document
    int column = 0;    // 1-based
    bool inFooter = false;

    // "Ligne 3, colonne 14 : champ inconnu « [nom_defunt] »..."
    QString text() const;
    Core::Error toError(const QString &templateTitle, int otherIssues = 0) const;
};

} // namespace OpenMairie::Documents
