#pragma once

#include "openmairie_core_export.h"

#include <QList>
#include <QString>

namespace OpenMairie::Core {

enum class ParameterType { Text, MultilineText, Integer, Boolean, Date, Choice, Image };

struct OPENMAIRIE_CORE_EXPORT ParameterChoice
{
    QString code;  // stored value
    QString label; // French, shown in the form
};

// A parameter of the commune as a module declares it when it starts: its name (merged in documents
// as &name), its type and its default. Values are stored per commune; a commune that never set one
// gets the default.
struct OPENMAIRIE_CORE_EXPORT ParameterDeclaration
{
    QString module;       // "core", "elec"... : the form groups parameters by module
    QString name;         // "maire"; letters without accent, digits and "_"
    QString label;        // French, "Nom du maire"
    ParameterType type = ParameterType::Text;
    QString defaultValue; // in the stored form (see ParameterValue::normalize)
    QString help;         // French, one sentence for the form's tooltip
    QList<ParameterChoice> choices; // ParameterType::Choice only

    QString choiceLabel(const QString &code) const;
};

} // namespace OpenMairie::Core
