#include "ImportRegistry.h"

#include "Permissions.h"

#include <QCoreApplication>

namespace OpenMairie::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::ImportRegistry)
};
} // namespace

Status ImportRegistry::declare(const ImportDefinition &definition)
{
    if (Status s = definition.validate(); !s)
        return s;
    if (find(definition.id()))
        return Error(Tr::tr("L'import « %1 » est déclaré deux fois : signalez-le au prestataire.")
                         .arg(definition.title()),
                     definition.id(), Error::Kind::Conflict);
    m_definitions.append(definition);
    return {};
}

void ImportRegistry::removeModule(const QString &module)
{
    m_definitions.removeIf([&module](const ImportDefinition &d) { return d.module() == module; });
}

const ImportDefinition *ImportRegistry::find(const QString &id) const
{
    for (const ImportDefinition &d : m_definitions)
        if (d.id() == id)
            return &d;
    return nullptr;
}

QList<ImportDefinition> ImportRegistry::allowed(const Permissions &permissions) const
{
    QList<ImportDefinition> out;
    for (const ImportDefinition &d : m_definitions)
        if (d.permission().isEmpty() || permissions.sessionAllows(d.permission()))
            out.append(d);
    return out;
}

} // namespace OpenMairie::Core
