#pragma once

#include "openmairie_coreui_export.h"

#include "Result.h"

class QWidget;

namespace OpenMairie::CoreUi {

// Shows an Error as a French message box, its technical detail behind "Afficher les détails".
class OPENMAIRIE_COREUI_EXPORT ErrorMessage
{
public:
    static void show(QWidget *parent, const QString &title, const Core::Error &error);
};

} // namespace OpenMairie::CoreUi
