#pragma once

#include <QCoreApplication>

namespace OpenMairie::Reglement {

// The module's one translation context: classes without QObject (services, value types, the CLI
// commands) translate through it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Reglement)
};

} // namespace OpenMairie::Reglement
