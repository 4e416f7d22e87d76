#pragma once

#include "ParameterDeclaration.h"
#include "Result.h"

namespace OpenMairie::Core {

// The parameters the core and the modules declare (ModuleContext::parameters()). One name space for
// all: a template writes &maire without saying which module declared it.
class OPENMAIRIE_CORE_EXPORT ParameterRegistry
{
public:
    ParameterRegistry();

    // Refuses a malformed declaration (bad name, a default its own type refuses, a choice list
    // missing) or a name already declared.
    Status declare(const ParameterDeclaration &declaration);
    void removeModule(const QString &module);

    const QList<ParameterDeclaration> &declarations() const { return m_declarations; }
    const ParameterDeclaration *find(const QString &name) const;
    QStringList modules() const; // in declaration order, "core" first

    // The core's own parameters: the town hall's identity printed on every document.
    static QList<ParameterDeclaration> coreDeclarations();

private:
    QList<ParameterDeclaration> m_declarations;
};

} // namespace OpenMairie::Core
