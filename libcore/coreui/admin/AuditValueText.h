#pragma once

#include "openmairie_coreui_export.h"

#include <QJsonValue>
#include <QString>

namespace OpenMairie::CoreUi {

// How a value kept by the audit journal reads for an agent: « (vide) » rather than null, oui/non
// rather than true/false, dates as dd/MM/yyyy. Shared by the journal's detail pane and the history
// of a record so that both say the same thing the same way.
class OPENMAIRIE_COREUI_EXPORT AuditValueText
{
public:
    static QString display(const QJsonValue &value);
    // « objet : « ancien » → « nouveau » »
    static QString changeLine(const QString &field, const QJsonValue &before, const QJsonValue &after);
};

} // namespace OpenMairie::CoreUi
