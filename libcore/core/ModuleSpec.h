#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace OpenMairie::Core {

struct OPENMAIRIE_CORE_EXPORT ModuleDependency
{
    QString id;
    bool required = true;
};

struct OPENMAIRIE_CORE_EXPORT PermissionDeclaration
{
    QString name;        // <module>.<objet>.<action>
    QString description; // French, shown in the rights matrix
    QString defaultProfile;
};

// What a module says of itself in its JSON metadata, read before its library is loaded.
class OPENMAIRIE_CORE_EXPORT ModuleSpec
{
public:
    enum class State { Discovered, Refused, Loaded, Initialized, Stopped };

    static constexpr int kMetadataVersion = 1;

    // Parses QPluginLoader::metaData(): { "IID": ..., "MetaData": { "Id": ..., ... } }.
    static ModuleSpec fromPluginMetaData(const QString &filePath, const QJsonObject &pluginMetaData);

    QString filePath() const { return m_filePath; }
    QString id() const { return m_id; }
    QString name() const { return m_name.isEmpty() ? m_id : m_name; }
    QString version() const { return m_version; }
    QString description() const { return m_description; }
    int apiVersion() const { return m_apiVersion; }
    QString iid() const { return m_iid; }
    const QList<ModuleDependency> &dependencies() const { return m_dependencies; }
    const QList<PermissionDeclaration> &permissions() const { return m_permissions; }

    State state() const { return m_state; }
    QString stateText() const;
    QString refusalReason() const { return m_refusalReason; }
    bool isRefused() const { return m_state == State::Refused; }

    void refuse(const QString &reason);
    void setState(State state) { m_state = state; }

private:
    QString m_filePath;
    QString m_iid;
    QString m_id;
    QString m_name;
    QString m_version;
    QString m_description;
    int m_apiVersion = 0;
    QList<ModuleDependency> m_dependencies;
    QList<PermissionDeclaration> m_permissions;
    State m_state = State::Discovered;
    QString m_refusalReason;
};

} // namespace OpenMairie::Core
