#pragma once

#include "openmairie_core_export.h"

#include <QStringList>

namespace OpenMairie::Documents {

// Registers the DejaVu fonts shipped in the resources, once per process, so that every seat lays
// out and embeds the same fonts in its PDF/A files.
class OPENMAIRIE_CORE_EXPORT DocumentFonts
{
public:
    static void ensureRegistered();
    static QStringList families(); // registered families, for the template editor's font list
};

} // namespace OpenMairie::Documents
