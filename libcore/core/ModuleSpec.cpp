#include "ModuleSpec.h"

#include "IModule.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace OpenMairie::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::ModuleSpec)
};
} // namespace

ModuleSpec ModuleSpec::fromPluginMetaData(const QString &filePath, const QJsonObject &pluginMetaData)
{
    ModuleSpec spec;
    spec.m_filePath = filePath;
    spec.m_iid = pluginMetaData.value(QStringLiteral("IID")).toString();
    const QJsonObject md = pluginMetaData.value(QStringLiteral("MetaData")).toObject();
    spec.m_id = md.value(QStringLiteral("Id")).toString();
    spec.m_name = md.value(QStringLiteral("Name")).toString();
    spec.m_version = md.value(QStringLiteral("Version")).toString();
    spec.m_description = md.value(QStringLiteral("Description")).toString();
    spec.m_apiVersion = md.value(QStringLiteral("ApiVersion")).toInt();
    const QJsonArray deps = md.value(QStringLiteral("Dependencies")).toArray();
    for (const QJsonValue &v : deps) {
        const QJsonObject o = v.toObject();
        spec.m_dependencies.append({o.value(QStringLiteral("Id")).toString(),
                                    o.value(QStringLiteral("Type")).toString() != u"optional"});
    }
    const QJsonArray perms = md.value(QStringLiteral("Permissions")).toArray();
    for (const QJsonValue &v : perms) {
        const QJsonObject o = v.toObject();
        spec.m_permissions.append({o.value(QStringLiteral("Name")).toString(),
                                   o.value(QStringLiteral("Description")).toString(),
                                   o.value(QStringLiteral("Profil")).toString()});
    }

    if (pluginMetaData.isEmpty()) {
        spec.refuse(Tr::tr("fichier illisible ou endommagé : ce n'est pas un module Qt valide"));
    } else if (spec.m_iid != QLatin1String(OpenMairie_IModule_iid)) {
        if (spec.m_iid.startsWith(u"fr.openmairie.IModule/"))
            spec.refuse(Tr::tr("interface %1 incompatible : cette version d'OpenMairie attend %2")
                            .arg(spec.m_iid, QLatin1String(OpenMairie_IModule_iid)));
        else
            spec.refuse(Tr::tr("ce fichier n'est pas un module OpenMairie (interface « %1 »)").arg(spec.m_iid));
    } else if (spec.m_id.isEmpty()) {
        spec.refuse(Tr::tr("métadonnées incomplètes : identifiant (Id) absent"));
    } else if (md.value(QStringLiteral("MetadataVersion")).toInt() != kMetadataVersion) {
        spec.refuse(Tr::tr("format de métadonnées %1 inconnu (attendu : %2)")
                        .arg(md.value(QStringLiteral("MetadataVersion")).toInt())
                        .arg(kMetadataVersion));
    } else if (spec.m_apiVersion != kModuleApiVersion) {
        spec.refuse(Tr::tr("conçu pour l'interface de modules version %1, alors que cette version d'OpenMairie "
                           "fournit la version %2 : installez une version du module faite pour celle-ci")
                        .arg(spec.m_apiVersion)
                        .arg(kModuleApiVersion));
    }
    return spec;
}

void ModuleSpec::refuse(const QString &reason)
{
    if (m_state == State::Refused)
        return;
    m_state = State::Refused;
    m_refusalReason = reason;
}

QString ModuleSpec::stateText() const
{
    switch (m_state) {
    case State::Discovered: return Tr::tr("trouvé");
    case State::Refused: return Tr::tr("refusé");
    case State::Loaded: return Tr::tr("chargé");
    case State::Initialized: return Tr::tr("actif");
    case State::Stopped: return Tr::tr("arrêté");
    }
    return {};
}

} // namespace OpenMairie::Core
