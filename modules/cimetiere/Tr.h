#pragma once

#include <QCoreApplication>

namespace OpenMairie::Cimetiere {

// The module's one translation context: classes without QObject (services, value types, the CLI
// commands) translate through it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Cimetiere)
};

} // namespace OpenMairie::Cimetiere
