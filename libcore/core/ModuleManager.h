#pragma once

#include "MigrationStep.h"
#include "ModuleSpec.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <vector>

class QPluginLoader;

namespace OpenMairie::Core {

class CoreServices;
class IModule;
class ModuleContext;

// Finds the modules, reads their metadata before loading anything, refuses those that cannot work
// (wrong API, missing dependency, cycle, unreadable file) with their reason, then loads and
// initialises the others in dependency order and shuts them down in reverse.
class OPENMAIRIE_CORE_EXPORT ModuleManager final : public QObject
{
    Q_OBJECT

public:
    explicit ModuleManager(QObject *parent = nullptr);
    ~ModuleManager() override;

    // OPENMAIRIE_MODULE_PATH first (partners, tests), then the folders next to the binary
    // (installed layout, which the build tree mirrors).
    static QStringList defaultSearchPaths();
    void setSearchPaths(const QStringList &paths) { m_searchPaths = paths; }
    const QStringList &searchPaths() const { return m_searchPaths; }
    // Module ids disabled by the deployment file: found, listed, never loaded.
    void setDisabledModules(const QStringList &ids) { m_disabled = ids; }

    // discover() + resolve() + load(): after it, loaded modules have an instance, refused ones a reason.
    void loadModules();
    void discover();
    void resolve();
    void load();

    // Refuses a loaded module (e.g. its migrations failed) and, with it, those that need it.
    void refuse(const QString &id, const QString &reason);

    void initializeModules(CoreServices &services);
    void shutdown();

    const std::vector<std::unique_ptr<ModuleSpec>> &specs() const { return m_specs; }
    QList<const ModuleSpec *> refusedModules() const;
    QList<const ModuleSpec *> activeModules() const; // loaded or initialised, in dependency order
    const ModuleSpec *spec(const QString &id) const;
    IModule *module(const QString &id) const;
    QObject *moduleObject(const QString &id) const;

    // Migrations of the modules that can run, in dependency order.
    Result<QList<ModuleMigrations>> migrations() const;

    template <typename Interface>
    QList<Interface *> modulesImplementing() const
    {
        QList<Interface *> result;
        for (const QString &id : m_order) {
            if (QObject *o = moduleObject(id))
                if (auto *i = qobject_cast<Interface *>(o))
                    result.append(i);
        }
        return result;
    }

private:
    ModuleSpec *mutableSpec(const QString &id) const;
    void refuseDependents();

    QStringList m_searchPaths;
    QStringList m_disabled;
    std::vector<std::unique_ptr<ModuleSpec>> m_specs;
    QStringList m_order; // ids of the modules that may load, dependencies first
    QHash<QString, QPluginLoader *> m_loaders;
    std::vector<std::unique_ptr<ModuleContext>> m_contexts;
    QStringList m_initialized;
};

} // namespace OpenMairie::Core
