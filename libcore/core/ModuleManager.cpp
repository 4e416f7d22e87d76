#include "ModuleManager.h"

#include "IModule.h"
#include "ModuleContext.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>
#include <QLoggingCategory>
#include <QPluginLoader>
#include <QProcessEnvironment>

namespace OpenMairie::Core {

Q_LOGGING_CATEGORY(lcModules, "openmairie.modules")

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::ModuleManager)
};
} // namespace

ModuleManager::ModuleManager(QObject *parent) : QObject(parent), m_searchPaths(defaultSearchPaths()) {}

ModuleManager::~ModuleManager()
{
    shutdown();
}

QStringList ModuleManager::defaultSearchPaths()
{
    QStringList paths;
    const QString env = qEnvironmentVariable("OPENMAIRIE_MODULE_PATH");
    if (!env.isEmpty())
        paths += env.split(QDir::listSeparator(), Qt::SkipEmptyParts);
    const QString appDir = QCoreApplication::applicationDirPath();
    paths << QDir::cleanPath(appDir + QStringLiteral("/../lib/openmairie/modules"))
          << QDir::cleanPath(appDir + QStringLiteral("/../lib64/openmairie/modules"))
          << QDir::cleanPath(appDir + QStringLiteral("/../lib/x86_64-linux-gnu/openmairie/modules"))
          << QDir::cleanPath(appDir + QStringLiteral("/modules"));
    paths.removeDuplicates();
    return paths;
}

void ModuleManager::loadModules()
{
    discover();
    resolve();
    load();
}

void ModuleManager::discover()
{
    m_specs.clear();
    QStringList seenFiles;
    for (const QString &path : std::as_const(m_searchPaths)) {
        const QDir dir(path);
        if (!dir.exists())
            continue;
        const QFileInfoList files = dir.entryInfoList(QDir::Files, QDir::Name);
        for (const QFileInfo &file : files) {
            const QString canonical = file.canonicalFilePath();
            if (!QLibrary::isLibrary(file.fileName()) || seenFiles.contains(canonical))
                continue;
            seenFiles.append(canonical);
            QPluginLoader loader(file.absoluteFilePath());
            const QJsonObject metaData = loader.metaData();
            auto spec = std::make_unique<ModuleSpec>(ModuleSpec::fromPluginMetaData(file.absoluteFilePath(), metaData));
            if (metaData.isEmpty() && !loader.errorString().isEmpty())
                spec->refuse(Tr::tr("fichier illisible ou endommagé (%1)").arg(loader.errorString()));
            if (!spec->isRefused()) {
                if (const ModuleSpec *other = this->spec(spec->id()); other && !other->isRefused())
                    spec->refuse(Tr::tr("un autre module « %1 » est déjà chargé depuis %2")
                                     .arg(spec->id(), QDir::toNativeSeparators(other->filePath())));
                else if (m_disabled.contains(spec->id()))
                    spec->refuse(Tr::tr("désactivé par le fichier de déploiement"));
            }
            qCDebug(lcModules) << "found" << file.absoluteFilePath() << spec->id() << spec->refusalReason();
            m_specs.push_back(std::move(spec));
        }
    }
}

ModuleSpec *ModuleManager::mutableSpec(const QString &id) const
{
    for (const auto &s : m_specs)
        if (s->id() == id && !s->isRefused())
            return s.get();
    for (const auto &s : m_specs)
        if (s->id() == id)
            return s.get();
    return nullptr;
}

const ModuleSpec *ModuleManager::spec(const QString &id) const
{
    return mutableSpec(id);
}

void ModuleManager::refuseDependents()
{
    // Repeat until stable: a refusal can cascade down a chain of dependants.
    bool changed = true;
    while (changed) {
        changed = false;
        for (const auto &s : m_specs) {
            if (s->isRefused())
                continue;
            for (const ModuleDependency &dep : s->dependencies()) {
                const ModuleSpec *target = spec(dep.id);
                if (!dep.required)
                    continue;
                if (!target) {
                    s->refuse(Tr::tr("dépend du module « %1 », qui n'est pas installé").arg(dep.id));
                    changed = true;
                    break;
                }
                if (target->isRefused()) {
                    s->refuse(Tr::tr("dépend du module « %1 », qui a été refusé (%2)")
                                  .arg(dep.id, target->refusalReason()));
                    changed = true;
                    break;
                }
            }
        }
    }
}

void ModuleManager::resolve()
{
    refuseDependents();

    // Depth-first topological sort; a back edge is a cycle, and every module on it is refused.
    enum class Mark { None, Visiting, Done };
    QHash<QString, Mark> marks;
    QStringList order;
    QStringList stack;
    std::function<bool(ModuleSpec *)> visit = [&](ModuleSpec *s) -> bool {
        const Mark m = marks.value(s->id(), Mark::None);
        if (m == Mark::Done)
            return true;
        if (m == Mark::Visiting) {
            const qsizetype start = stack.indexOf(s->id());
            QStringList cycle = stack.mid(start);
            cycle.append(s->id());
            const QString text = cycle.join(QStringLiteral(" → "));
            for (const QString &id : cycle)
                if (ModuleSpec *member = mutableSpec(id))
                    member->refuse(Tr::tr("dépendance circulaire : %1").arg(text));
            return false;
        }
        marks[s->id()] = Mark::Visiting;
        stack.append(s->id());
        bool ok = true;
        for (const ModuleDependency &dep : s->dependencies()) {
            ModuleSpec *target = mutableSpec(dep.id);
            if (!target || target->isRefused())
                continue;
            if (!visit(target))
                ok = false;
        }
        stack.removeLast();
        marks[s->id()] = Mark::Done;
        if (ok && !s->isRefused())
            order.append(s->id());
        return ok;
    };
    for (const auto &s : m_specs)
        if (!s->isRefused())
            visit(s.get());
    refuseDependents();
    m_order.clear();
    for (const QString &id : std::as_const(order))
        if (const ModuleSpec *s = spec(id); s && !s->isRefused())
            m_order.append(id);
}

void ModuleManager::load()
{
    for (const QString &id : std::as_const(m_order)) {
        ModuleSpec *s = mutableSpec(id);
        if (!s || s->isRefused())
            continue;
        auto *loader = new QPluginLoader(s->filePath(), this);
        QObject *instance = loader->instance();
        if (!instance || !qobject_cast<IModule *>(instance)) {
            s->refuse(Tr::tr("le module n'a pas pu être chargé : %1").arg(loader->errorString()));
            loader->unload();
            delete loader;
            refuseDependents();
            continue;
        }
        m_loaders.insert(id, loader);
        s->setState(ModuleSpec::State::Loaded);
    }
    // A module refused while loading takes its dependants with it; unload them.
    for (const QString &id : std::as_const(m_order)) {
        const ModuleSpec *s = spec(id);
        if (s && s->isRefused())
            if (QPluginLoader *loader = m_loaders.take(id)) {
                loader->unload();
                delete loader;
            }
    }
}

void ModuleManager::refuse(const QString &id, const QString &reason)
{
    if (ModuleSpec *s = mutableSpec(id))
        s->refuse(reason);
    refuseDependents();
    for (const auto &s : m_specs) {
        if (s->isRefused() && m_loaders.contains(s->id()) && !m_initialized.contains(s->id())) {
            QPluginLoader *loader = m_loaders.take(s->id());
            loader->unload();
            delete loader;
        }
    }
}

void ModuleManager::initializeModules(CoreServices &services)
{
    for (const QString &id : std::as_const(m_order)) {
        ModuleSpec *s = mutableSpec(id);
        if (!s || s->state() != ModuleSpec::State::Loaded)
            continue;
        IModule *m = module(id);
        auto context = std::make_unique<ModuleContext>(services, *s);
        const Status status = m->initialize(*context);
        if (!status) {
            refuse(id, Tr::tr("l'initialisation a échoué : %1").arg(status.error().fullText()));
            continue;
        }
        s->setState(ModuleSpec::State::Initialized);
        m_initialized.append(id);
        m_contexts.push_back(std::move(context));
    }
    for (auto it = m_initialized.crbegin(); it != m_initialized.crend(); ++it)
        module(*it)->extensionsInitialized();
}

void ModuleManager::shutdown()
{
    for (auto it = m_initialized.crbegin(); it != m_initialized.crend(); ++it) {
        if (IModule *m = module(*it))
            m->aboutToShutdown();
        if (ModuleSpec *s = mutableSpec(*it))
            s->setState(ModuleSpec::State::Stopped);
    }
    m_initialized.clear();
    m_contexts.clear();
    // Plugins stay mapped until the process ends: unloading a library whose objects (models,
    // widgets, lambdas in the CLI registry) may still be referenced is a classic crash.
    m_loaders.clear();
}

QList<const ModuleSpec *> ModuleManager::refusedModules() const
{
    QList<const ModuleSpec *> result;
    for (const auto &s : m_specs)
        if (s->isRefused())
            result.append(s.get());
    return result;
}

QList<const ModuleSpec *> ModuleManager::activeModules() const
{
    QList<const ModuleSpec *> result;
    for (const QString &id : m_order)
        if (const ModuleSpec *s = spec(id); s && !s->isRefused() && m_loaders.contains(id))
            result.append(s);
    return result;
}

QObject *ModuleManager::moduleObject(const QString &id) const
{
    const ModuleSpec *s = spec(id);
    QPluginLoader *loader = m_loaders.value(id);
    if (!s || s->isRefused() || !loader)
        return nullptr;
    return loader->instance();
}

IModule *ModuleManager::module(const QString &id) const
{
    return qobject_cast<IModule *>(moduleObject(id));
}

Result<QList<ModuleMigrations>> ModuleManager::migrations() const
{
    QList<ModuleMigrations> result;
    for (const ModuleSpec *s : activeModules()) {
        Result<ModuleMigrations> m = ModuleMigrations::fromDirectory(s->id(), ModuleMigrations::resourceDirectory(s->id()));
        if (!m)
            return m.error();
        result.append(m.value());
    }
    return result;
}

} // namespace OpenMairie::Core
