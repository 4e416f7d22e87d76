// The plugin loader against real fixture plugins (tests/fixtures/plugins): metadata read before
// loading, refusals with their reason, dependency order, and the modules that must keep working
// beside a refused one.
#include "CoreServices.h"
#include "FixtureModule.h"
#include "FixtureRecorder.h"
#include "IModule.h"
#include "ModuleManager.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace OpenMairie::Core;
using OpenMairie::Test::FixtureModule;
using OpenMairie::Test::FixtureRecorder;

namespace {

QString fixtureDir(const QString &set)
{
    return QDir::cleanPath(qEnvironmentVariable("OPENMAIRIE_TEST_BINARY_DIR") + QStringLiteral("/fixtures/") + set);
}

QString pluginFileName(const QString &id)
{
#ifdef Q_OS_WIN
    return QStringLiteral("om_%1.dll").arg(id);
#elif defined(Q_OS_MACOS)
    return QStringLiteral("om_%1.so").arg(id);
#else
    return QStringLiteral("om_%1.so").arg(id);
#endif
}

QStringList ids(const QList<const ModuleSpec *> &specs)
{
    QStringList result;
    for (const ModuleSpec *s : specs)
        result.append(s->id());
    return result;
}

QString reasonOf(const ModuleManager &manager, const QString &id)
{
    const ModuleSpec *s = manager.spec(id);
    return s ? s->refusalReason() : QStringLiteral("<module %1 introuvable>").arg(id);
}

const QString kCycleReason = QStringLiteral("dépendance circulaire : a → b → a");
const QString kBadApiReason = QStringLiteral(
    "conçu pour l'interface de modules version 99, alors que cette version d'OpenMairie fournit la version 1 : "
    "installez une version du module faite pour celle-ci");
const QString kBadIidReason = QStringLiteral(
    "interface fr.openmairie.IModule/2 incompatible : cette version d'OpenMairie attend fr.openmairie.IModule/1");
const QStringList kFixtureSets{QStringLiteral("good"), QStringLiteral("missing"), QStringLiteral("cycle"),
                                QStringLiteral("badapi"), QStringLiteral("badiid"), QStringLiteral("initfail")};
const QString kMissingReason = QStringLiteral("dépend du module « absent », qui n'est pas installé");

QString initFailReason()
{
    return QStringLiteral("l'initialisation a échoué : %1 (essai FAIL_INIT)")
        .arg(FixtureModule::initializationFailureMessage());
}

} // namespace

class TestModuleManager : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void metadataIsReadWithoutLoading();
    void goodModulesInitialiseRootToLeafAndStopInReverse();
    void missingDependencyIsRefusedOthersLoad();
    void cycleRefusesEveryMember();
    void wrongApiVersionIsRefused();
    void wrongInterfaceIsRefused();
    void failedInitialisationRefusesDependents();
    void corruptLibraryIsRefused();
    void filesThatAreNotLibrariesAreIgnored();
    void everyCaseTogether();
    void duplicateModuleIdIsRefused();
    void modulePathEnvironmentComesFirst();
    void disabledModuleIsListedNotLoaded();
    void refusingALoadedModuleTakesItsDependants();
};

void TestModuleManager::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("OPENMAIRIE_TEST_BINARY_DIR"),
             "OPENMAIRIE_TEST_BINARY_DIR n'est pas défini : lancez ce test par ctest");
    for (const QString &set : kFixtureSets)
        QVERIFY2(QFileInfo(fixtureDir(set)).isDir(),
                 qPrintable(QStringLiteral("jeu de modules d'essai absent : %1 (cible openmairie_fixture_plugins)")
                                .arg(fixtureDir(set))));
}

void TestModuleManager::init()
{
    FixtureRecorder::clear();
}

void TestModuleManager::metadataIsReadWithoutLoading()
{
    ModuleManager manager;
    manager.setSearchPaths({fixtureDir(QStringLiteral("good"))});
    manager.discover();

    QCOMPARE(manager.specs().size(), std::size_t(3));
    const ModuleSpec *mid = manager.spec(QStringLiteral("mid"));
    QVERIFY(mid);
    QCOMPARE(mid->name(), QStringLiteral("Module d'essai mid"));
    QCOMPARE(mid->description(), QStringLiteral("Module d'essai du chargeur (jeu « good »)"));
    QCOMPARE(mid->apiVersion(), kModuleApiVersion);
    QCOMPARE(mid->iid(), QStringLiteral(OpenMairie_IModule_iid));
    QCOMPARE(mid->filePath(), QDir(fixtureDir(QStringLiteral("good"))).absoluteFilePath(pluginFileName(QStringLiteral("mid"))));
    QCOMPARE(mid->dependencies().size(), 1);
    QCOMPARE(mid->dependencies().first().id, QStringLiteral("zeta_base"));
    QVERIFY(mid->dependencies().first().required);
    QCOMPARE(mid->permissions().size(), 1);
    QCOMPARE(mid->permissions().first().name, QStringLiteral("mid.essai.consulter"));
    QCOMPARE(mid->permissions().first().description, QStringLiteral("Consulter les essais de mid"));
    QCOMPARE(mid->permissions().first().defaultProfile, QStringLiteral("consultation"));
    QCOMPARE(mid->state(), ModuleSpec::State::Discovered);
    QCOMPARE(mid->stateText(), QStringLiteral("trouvé"));
    QVERIFY(!mid->isRefused());
    // Reading metadata must not run any module code.
    QCOMPARE(FixtureRecorder::events(), QStringList());
    QVERIFY(!manager.module(QStringLiteral("mid")));
}

void TestModuleManager::goodModulesInitialiseRootToLeafAndStopInReverse()
{
    CoreServices services;
    services.modules().setSearchPaths({fixtureDir(QStringLiteral("good"))});
    services.startModules();
    ModuleManager &manager = services.modules();

    QCOMPARE(manager.refusedModules().size(), 0);
    // The files sort alpha_leaf, mid, zeta_base: the order below comes from the dependencies.
    const QStringList rootToLeaf{QStringLiteral("zeta_base"), QStringLiteral("mid"), QStringLiteral("alpha_leaf")};
    QCOMPARE(ids(manager.activeModules()), rootToLeaf);
    QCOMPARE(FixtureRecorder::events(QStringLiteral("initialize:")), rootToLeaf);
    QCOMPARE(FixtureRecorder::events(QStringLiteral("extensionsInitialized:")),
             (QStringList{QStringLiteral("alpha_leaf"), QStringLiteral("mid"), QStringLiteral("zeta_base")}));
    for (const QString &id : rootToLeaf) {
        QCOMPARE(manager.spec(id)->state(), ModuleSpec::State::Initialized);
        QCOMPARE(manager.spec(id)->stateText(), QStringLiteral("actif"));
        QVERIFY(manager.module(id));
        QVERIFY(services.permissions().catalogue().contains(id + QStringLiteral(".essai.consulter")));
    }
    QCOMPARE(manager.modulesImplementing<IModule>().size(), 3);

    FixtureRecorder::clear();
    manager.shutdown();
    QCOMPARE(FixtureRecorder::events(),
             (QStringList{QStringLiteral("aboutToShutdown:alpha_leaf"), QStringLiteral("aboutToShutdown:mid"),
                          QStringLiteral("aboutToShutdown:zeta_base")}));
    for (const QString &id : rootToLeaf)
        QCOMPARE(manager.spec(id)->state(), ModuleSpec::State::Stopped);

    // A second shutdown (CoreServices' destructor calls it again) must not call the modules twice.
    FixtureRecorder::clear();
    manager.shutdown();
    QCOMPARE(FixtureRecorder::events(), QStringList());
}

void TestModuleManager::missingDependencyIsRefusedOthersLoad()
{
    CoreServices services;
    services.modules().setSearchPaths({fixtureDir(QStringLiteral("missing"))});
    services.startModules();
    const ModuleManager &manager = services.modules();

    QCOMPARE(ids(manager.refusedModules()), QStringList{QStringLiteral("orphan")});
    QCOMPARE(reasonOf(manager, QStringLiteral("orphan")), kMissingReason);
    QCOMPARE(manager.spec(QStringLiteral("orphan"))->stateText(), QStringLiteral("refusé"));
    QVERIFY(!manager.module(QStringLiteral("orphan")));
    // An optional dependency that is absent does not stop a module.
    QCOMPARE(ids(manager.activeModules()),
             (QStringList{QStringLiteral("optional_user"), QStringLiteral("standalone")}));
    QCOMPARE(FixtureRecorder::events(QStringLiteral("initialize:")),
             (QStringList{QStringLiteral("optional_user"), QStringLiteral("standalone")}));
    QVERIFY(!services.permissions().catalogue().contains(QStringLiteral("orphan.essai.consulter")));
}

void TestModuleManager::cycleRefusesEveryMember()
{
    CoreServices services;
    services.modules().setSearchPaths({fixtureDir(QStringLiteral("cycle"))});
    services.startModules();
    const ModuleManager &manager = services.modules();

    QCOMPARE(ids(manager.refusedModules()), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(reasonOf(manager, QStringLiteral("a")), kCycleReason);
    QCOMPARE(reasonOf(manager, QStringLiteral("b")), kCycleReason);
    QCOMPARE(ids(manager.activeModules()), QStringList{QStringLiteral("bystander")});
    QCOMPARE(FixtureRecorder::events(QStringLiteral("initialize:")), QStringList{QStringLiteral("bystander")});
}

void TestModuleManager::wrongApiVersionIsRefused()
{
    ModuleManager manager;
    manager.setSearchPaths({fixtureDir(QStringLiteral("badapi"))});
    manager.loadModules();

    QCOMPARE(ids(manager.refusedModules()), QStringList{QStringLiteral("badapi")});
    QCOMPARE(manager.spec(QStringLiteral("badapi"))->apiVersion(), 99);
    QCOMPARE(reasonOf(manager, QStringLiteral("badapi")), kBadApiReason);
    QVERIFY(manager.activeModules().isEmpty());
    QVERIFY(!manager.module(QStringLiteral("badapi")));
}

void TestModuleManager::wrongInterfaceIsRefused()
{
    ModuleManager manager;
    manager.setSearchPaths({fixtureDir(QStringLiteral("badiid"))});
    manager.loadModules();

    QCOMPARE(ids(manager.refusedModules()), QStringList{QStringLiteral("badiid")});
    QCOMPARE(manager.spec(QStringLiteral("badiid"))->iid(), QStringLiteral("fr.openmairie.IModule/2"));
    QCOMPARE(reasonOf(manager, QStringLiteral("badiid")), kBadIidReason);
    QVERIFY(manager.activeModules().isEmpty());
}

void TestModuleManager::failedInitialisationRefusesDependents()
{
    CoreServices services;
    services.modules().setSearchPaths({fixtureDir(QStringLiteral("initfail"))});
    services.startModules();
    const ModuleManager &manager = services.modules();

    QCOMPARE(reasonOf(manager, QStringLiteral("initfail")), initFailReason());
    QCOMPARE(reasonOf(manager, QStringLiteral("initfail_dependent")),
             QStringLiteral("dépend du module « initfail », qui a été refusé (%1)").arg(initFailReason()));
    QCOMPARE(ids(manager.refusedModules()),
             (QStringList{QStringLiteral("initfail"), QStringLiteral("initfail_dependent")}));
    QCOMPARE(ids(manager.activeModules()), QStringList{QStringLiteral("initfail_bystander")});
    // The dependant is never initialised on top of a module that failed.
    QCOMPARE(FixtureRecorder::events(QStringLiteral("initialize:")),
             (QStringList{QStringLiteral("initfail"), QStringLiteral("initfail_bystander")}));
    QCOMPARE(FixtureRecorder::events(QStringLiteral("extensionsInitialized:")),
             QStringList{QStringLiteral("initfail_bystander")});
    QVERIFY(!manager.module(QStringLiteral("initfail")));
    QVERIFY(!manager.module(QStringLiteral("initfail_dependent")));

    FixtureRecorder::clear();
    services.modules().shutdown();
    QCOMPARE(FixtureRecorder::events(), QStringList{QStringLiteral("aboutToShutdown:initfail_bystander")});
}

void TestModuleManager::corruptLibraryIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString corruptPath = dir.filePath(pluginFileName(QStringLiteral("corrupt")));
    {
        QFile file(corruptPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray garbage(64 * 1024, Qt::Uninitialized);
        QRandomGenerator generator(20121975);
        for (char &c : garbage)
            c = static_cast<char>(generator.bounded(256));
        file.write(garbage);
    }
    // A truncated real plugin too: the start of an ELF file, then nothing.
    const QString truncatedPath = dir.filePath(pluginFileName(QStringLiteral("tronque")));
    {
        QFile real(QDir(fixtureDir(QStringLiteral("good"))).filePath(pluginFileName(QStringLiteral("mid"))));
        QVERIFY(real.open(QIODevice::ReadOnly));
        QFile truncated(truncatedPath);
        QVERIFY(truncated.open(QIODevice::WriteOnly));
        truncated.write(real.read(200));
    }

    CoreServices services;
    services.modules().setSearchPaths({dir.path(), fixtureDir(QStringLiteral("good"))});
    services.startModules();
    const ModuleManager &manager = services.modules();

    QCOMPARE(manager.refusedModules().size(), 2);
    for (const ModuleSpec *refused : manager.refusedModules()) {
        QVERIFY2(refused->filePath() == corruptPath || refused->filePath() == truncatedPath,
                 qPrintable(refused->filePath()));
        QCOMPARE(refused->refusalReason(),
                 QStringLiteral("fichier illisible ou endommagé : ce n'est pas un module Qt valide"));
        QCOMPARE(refused->stateText(), QStringLiteral("refusé"));
    }
    QCOMPARE(ids(manager.activeModules()),
             (QStringList{QStringLiteral("zeta_base"), QStringLiteral("mid"), QStringLiteral("alpha_leaf")}));
}

void TestModuleManager::filesThatAreNotLibrariesAreIgnored()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QString &name : {QStringLiteral("LISEZMOI.txt"), QStringLiteral("om_notes.json"),
                               QStringLiteral("om_zeta_base.so.sig")}) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("pas un module\n");
    }
    ModuleManager manager;
    manager.setSearchPaths({dir.path(), dir.filePath(QStringLiteral("absent")), fixtureDir(QStringLiteral("good"))});
    manager.loadModules();
    QCOMPARE(manager.specs().size(), std::size_t(3));
    QCOMPARE(manager.refusedModules().size(), 0);
}

void TestModuleManager::everyCaseTogether()
{
    CoreServices services;
    QStringList paths;
    for (const QString &set : kFixtureSets)
        paths.append(fixtureDir(set));
    services.modules().setSearchPaths(paths);
    services.startModules();
    const ModuleManager &manager = services.modules();

    QCOMPARE(reasonOf(manager, QStringLiteral("orphan")), kMissingReason);
    QCOMPARE(reasonOf(manager, QStringLiteral("a")), kCycleReason);
    QCOMPARE(reasonOf(manager, QStringLiteral("b")), kCycleReason);
    QCOMPARE(reasonOf(manager, QStringLiteral("badapi")), kBadApiReason);
    QCOMPARE(reasonOf(manager, QStringLiteral("badiid")), kBadIidReason);
    QCOMPARE(reasonOf(manager, QStringLiteral("initfail")), initFailReason());
    QCOMPARE(ids(manager.refusedModules()).size(), 7);

    QStringList active = ids(manager.activeModules());
    const QStringList expectedActive{QStringLiteral("zeta_base"), QStringLiteral("mid"), QStringLiteral("alpha_leaf"),
                                     QStringLiteral("optional_user"), QStringLiteral("standalone"),
                                     QStringLiteral("bystander"), QStringLiteral("initfail_bystander")};
    QCOMPARE(active, expectedActive);
    for (const QString &id : expectedActive)
        QCOMPARE(manager.spec(id)->state(), ModuleSpec::State::Initialized);
}

void TestModuleManager::duplicateModuleIdIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString original = QDir(fixtureDir(QStringLiteral("good"))).filePath(pluginFileName(QStringLiteral("zeta_base")));
    // Same module id under another file name, as when a partner copies a module beside the installed one.
    const QString copy = dir.filePath(pluginFileName(QStringLiteral("zeta_base_copie")));
    QVERIFY(QFile::copy(original, copy));

    CoreServices services;
    services.modules().setSearchPaths({fixtureDir(QStringLiteral("good")), dir.path()});
    services.startModules();
    const ModuleManager &manager = services.modules();

    QCOMPARE(manager.refusedModules().size(), 1);
    const ModuleSpec *duplicate = manager.refusedModules().first();
    QCOMPARE(duplicate->id(), QStringLiteral("zeta_base"));
    QCOMPARE(duplicate->filePath(), copy);
    QCOMPARE(duplicate->refusalReason(),
             QStringLiteral("un autre module « zeta_base » est déjà chargé depuis %1").arg(QDir::toNativeSeparators(original)));
    // The first one found stays in charge, and so do its dependants.
    QCOMPARE(manager.spec(QStringLiteral("zeta_base"))->filePath(), original);
    QCOMPARE(ids(manager.activeModules()),
             (QStringList{QStringLiteral("zeta_base"), QStringLiteral("mid"), QStringLiteral("alpha_leaf")}));
    QCOMPARE(FixtureRecorder::events(QStringLiteral("initialize:")).count(QStringLiteral("zeta_base")), 1);
}

void TestModuleManager::modulePathEnvironmentComesFirst()
{
    QTemporaryDir partnerDir;
    QVERIFY(partnerDir.isValid());
    const QString original = QDir(fixtureDir(QStringLiteral("good"))).filePath(pluginFileName(QStringLiteral("zeta_base")));
    const QString partnerCopy = partnerDir.filePath(pluginFileName(QStringLiteral("zeta_base")));
    QVERIFY(QFile::copy(original, partnerCopy));

    const QByteArray saved = qgetenv("OPENMAIRIE_MODULE_PATH");
    const QString envValue = partnerDir.path() + QDir::listSeparator() + fixtureDir(QStringLiteral("good"));
    qputenv("OPENMAIRIE_MODULE_PATH", envValue.toLocal8Bit());
    const QStringList defaults = ModuleManager::defaultSearchPaths();
    ModuleManager manager; // reads the variable when it is made
    if (saved.isNull())
        qunsetenv("OPENMAIRIE_MODULE_PATH");
    else
        qputenv("OPENMAIRIE_MODULE_PATH", saved);

    QVERIFY2(defaults.size() > 2, qPrintable(defaults.join(u'|')));
    QCOMPARE(defaults.mid(0, 2), (QStringList{partnerDir.path(), fixtureDir(QStringLiteral("good"))}));
    const QString besideBinary =
        QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../lib/openmairie/modules"));
    QVERIFY(defaults.indexOf(besideBinary) > 1);
    QCOMPARE(manager.searchPaths(), defaults);

    // The partner's folder wins over the installed one for the same module id.
    manager.setSearchPaths(defaults.mid(0, 2));
    manager.loadModules();
    QCOMPARE(manager.spec(QStringLiteral("zeta_base"))->filePath(), partnerCopy);
    QCOMPARE(ids(manager.refusedModules()), QStringList{QStringLiteral("zeta_base")});
    QCOMPARE(manager.refusedModules().first()->filePath(), original);
    QCOMPARE(manager.refusedModules().first()->refusalReason(),
             QStringLiteral("un autre module « zeta_base » est déjà chargé depuis %1")
                 .arg(QDir::toNativeSeparators(partnerCopy)));
    QCOMPARE(ids(manager.activeModules()),
             (QStringList{QStringLiteral("zeta_base"), QStringLiteral("mid"), QStringLiteral("alpha_leaf")}));
}

void TestModuleManager::disabledModuleIsListedNotLoaded()
{
    CoreServices services;
    services.modules().setSearchPaths({fixtureDir(QStringLiteral("good")), fixtureDir(QStringLiteral("missing"))});
    services.modules().setDisabledModules({QStringLiteral("mid")});
    services.startModules();
    const ModuleManager &manager = services.modules();

    QCOMPARE(reasonOf(manager, QStringLiteral("mid")), QStringLiteral("désactivé par le fichier de déploiement"));
    QCOMPARE(reasonOf(manager, QStringLiteral("alpha_leaf")),
             QStringLiteral("dépend du module « mid », qui a été refusé (désactivé par le fichier de déploiement)"));
    QCOMPARE(ids(manager.activeModules()),
             (QStringList{QStringLiteral("zeta_base"), QStringLiteral("optional_user"), QStringLiteral("standalone")}));
    QVERIFY(!FixtureRecorder::events(QStringLiteral("initialize:")).contains(QStringLiteral("mid")));
}

void TestModuleManager::refusingALoadedModuleTakesItsDependants()
{
    // What the shell does when a module's migrations fail after loading.
    ModuleManager manager;
    manager.setSearchPaths({fixtureDir(QStringLiteral("good"))});
    manager.loadModules();
    QCOMPARE(manager.activeModules().size(), 3);
    manager.refuse(QStringLiteral("mid"), QStringLiteral("la mise à jour de son schéma a échoué"));

    QCOMPARE(reasonOf(manager, QStringLiteral("mid")), QStringLiteral("la mise à jour de son schéma a échoué"));
    QCOMPARE(reasonOf(manager, QStringLiteral("alpha_leaf")),
             QStringLiteral("dépend du module « mid », qui a été refusé (la mise à jour de son schéma a échoué)"));
    QCOMPARE(ids(manager.activeModules()), QStringList{QStringLiteral("zeta_base")});
    QVERIFY(!manager.module(QStringLiteral("mid")));
    QVERIFY(!manager.module(QStringLiteral("alpha_leaf")));
    QVERIFY(manager.module(QStringLiteral("zeta_base")));
}

QTEST_GUILESS_MAIN(TestModuleManager)
#include "tst_modulemanager.moc"
