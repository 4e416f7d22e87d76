#pragma once

#include "ImportDefinition.h"

#include <QList>

namespace OpenMairie::Core {

class Permissions;

// The importable objects the modules declare when they start; the import menu lists those the
// agent's profile may use.
class OPENMAIRIE_CORE_EXPORT ImportRegistry
{
public:
    // Refuses an incorrect declaration or an id already taken.
    Status declare(const ImportDefinition &definition);
    void removeModule(const QString &module);

    const QList<ImportDefinition> &definitions() const { return m_definitions; }
    const ImportDefinition *find(const QString &id) const;
    QList<ImportDefinition> allowed(const Permissions &permissions) const;

private:
    QList<ImportDefinition> m_definitions;
};

} // namespace OpenMairie::Core
