#include "CoreServices.h"

#include "IModule.h"
#include "PasswordHasher.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QFile>

namespace OpenMairie::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::CoreServices)
};

ModuleMigrations coreMigrations()
{
    Result<ModuleMigrations> m = ModuleMigrations::fromDirectory(QStringLiteral("core"),
                                                                 ModuleMigrations::resourceDirectory(QStringLiteral("core")));
    Q_ASSERT(m.ok());
    return m.value();
}
} // namespace

CoreServices::CoreServices(QObject *parent)
    : QObject(parent)
    , m_permissions(m_session)
    , m_audit(m_session)
    , m_communes(m_database, m_audit)
    , m_users(m_database, m_audit, m_permissions, m_session)
    , m_rights(m_database, m_permissions, m_session)
    , m_auditQuery(m_database, m_permissions, m_session, m_audit)
    , m_backups(m_database)
    , m_documents(m_database, m_session, m_permissions, m_audit)
    , m_importer(m_database, m_session, m_permissions)
    , m_exporter(m_database, m_session, m_permissions)
    , m_dashboardLayouts(m_database, m_session, m_permissions, m_dashboardWidgets)
    , m_references(m_database, m_session, m_permissions)
{
    m_permissions.declare(QStringLiteral("core"), corePermissions());
    const Status voiesImport = m_references.declareImports(m_imports);
    Q_ASSERT(voiesImport.ok());
    Q_UNUSED(voiesImport)
    // &parametre merging reads the typed parameters (defaults, logo stored in the database).
    m_documents.parameters().attach(m_references.parameters());
    m_permissions.declare(QStringLiteral("tableau_de_bord"), DashboardLayoutStore::permissionDeclarations());
}

CoreServices::~CoreServices()
{
    m_modules.shutdown();
    m_database.close();
}

QList<PermissionDeclaration> CoreServices::corePermissions()
{
    const QString admin = profileKey(Profile::Administrateur);
    return {
        {UserAccountService::managePermission(), Tr::tr("Gérer les comptes des agents (création, profil, communes, "
                                                        "désactivation, mot de passe)"), admin},
        {RightsMatrix::managePermission(), Tr::tr("Modifier la matrice des droits des profils"), admin},
        {AuditQuery::consultPermission(), Tr::tr("Consulter le journal d'audit"), profileKey(Profile::SuperUtilisateur)},
        {AuditQuery::exportPermission(), Tr::tr("Exporter le journal d'audit"), admin},
        {QStringLiteral("core.collectivite.gerer"), Tr::tr("Ajouter des communes à la base"), admin},
        {QStringLiteral("core.sauvegarde.gerer"), Tr::tr("Sauvegarder et restaurer la base"), admin},
    };
}

void CoreServices::startModules()
{
    m_modules.loadModules();
    for (const ModuleSpec *spec : m_modules.activeModules())
        m_permissions.declare(spec->id(), spec->permissions());
    m_modules.initializeModules(*this);
    for (const ModuleSpec *spec : m_modules.activeModules())
        if (IModule *m = m_modules.module(spec->id()))
            m->registerCliCommands(m_cli);
}

QList<ModuleMigrations> CoreServices::allMigrations() const
{
    QList<ModuleMigrations> all{coreMigrations()};
    for (const ModuleSpec *spec : m_modules.activeModules()) {
        Result<ModuleMigrations> m = ModuleMigrations::fromDirectory(spec->id(), ModuleMigrations::resourceDirectory(spec->id()));
        if (m)
            all.append(m.value());
    }
    return all;
}

Result<QList<ModuleSchemaState>> CoreServices::schemaStates()
{
    return MigrationRunner(m_database).inspect(allMigrations());
}

Result<WorkspaceReport> CoreServices::migrate()
{
    WorkspaceReport report;
    MigrationRunner runner(m_database);
    Result<MigrationReport> core = runner.migrate({coreMigrations()});
    if (!core)
        return core.error();
    report.appliedSteps += core->applied;
    report.warnings += core->warnings;
    for (const ModuleSpec *spec : m_modules.activeModules()) {
        Result<ModuleMigrations> steps = ModuleMigrations::fromDirectory(spec->id(),
                                                                         ModuleMigrations::resourceDirectory(spec->id()));
        Result<MigrationReport> r = steps ? runner.migrate({steps.value()}) : Result<MigrationReport>(steps.error());
        if (!r) {
            const QString id = spec->id();
            report.refusedModules.append(QStringLiteral("%1 : %2").arg(id, r.error().message()));
            m_modules.refuse(id, r.error().message());
            continue;
        }
        report.appliedSteps += r->applied;
        report.warnings += r->warnings;
    }
    return report;
}

Result<WorkspaceReport> CoreServices::openWorkspace(const ConnectionProfile &profile, const QString &password)
{
    m_session.end();
    m_database.auditActor().setLogin({});
    if (Status s = m_database.open(profile, password, DatabaseManager::OpenMode::OpenExisting); !s)
        return s.error();
    Result<QVariant> isOpenMairie = Sql::scalar(
        m_database.connection(),
        m_database.dialect().isSqlite()
            ? QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
            : QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations' "
                             "AND table_schema = current_schema()"));
    if (!isOpenMairie || isOpenMairie.value().toInt() == 0) {
        m_database.close();
        return Error(Tr::tr("La base %1 ne contient pas de données OpenMairie. Créez-la d'abord avec "
                            "« openmairie-cli init » ou l'assistant de premier démarrage.")
                         .arg(profile.displayName()),
                     {}, Error::Kind::NotFound);
    }
    Result<WorkspaceReport> report = migrate();
    if (!report)
        m_database.close();
    return report;
}

Result<WorkspaceReport> CoreServices::initializeWorkspace(const InitRequest &request)
{
    m_session.end();
    // On a SQLite seat the journal names the administrator being created as the author of the
    // initialisation (on PostgreSQL the server names the connected role).
    m_database.auditActor().setLogin(request.adminLogin);
    Result<InseeCommune> commune = CommuneReference::instance().find(request.codeInsee);
    if (!commune)
        return commune.error();
    if (request.adminLogin.isEmpty())
        return Error(Tr::tr("Indiquez l'identifiant de l'administrateur."), {}, Error::Kind::InvalidInput);
    // Checked before the schema is made: on PostgreSQL a refusal after the migrations would leave a
    // half-made database that a second init then refuses as "already OpenMairie".
    if (const QString problem = UserAccountService::loginProblem(request.adminLogin); !problem.isEmpty())
        return Error(problem, {}, Error::Kind::InvalidInput);
    if (request.profile.isSqlite()) {
        if (const QString weakness = PasswordHasher::weaknessOf(request.adminPassword); !weakness.isEmpty())
            return Error(Tr::tr("Mot de passe de l'administrateur refusé : %1").arg(weakness), {},
                         Error::Kind::InvalidInput);
    }
    const auto mode = request.profile.isSqlite() ? DatabaseManager::OpenMode::CreateNew
                                                 : DatabaseManager::OpenMode::OpenExisting;
    if (Status s = m_database.open(request.profile, request.connectionPassword, mode); !s)
        return s.error();
    auto fail = [&](const Error &e) -> Result<WorkspaceReport> {
        const bool sqlite = m_database.profile().isSqlite();
        const QString path = m_database.profile().filePath();
        m_database.close();
        if (sqlite) {
            // Nothing half-made stays behind: the file did not exist before init.
            QFile::remove(path);
            QFile::remove(path + QStringLiteral("-wal"));
            QFile::remove(path + QStringLiteral("-shm"));
        }
        return e;
    };
    if (request.profile.isPostgres()) {
        Result<QVariant> existing = Sql::scalar(
            m_database.connection(),
            QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations' "
                           "AND table_schema = current_schema()"));
        if (!existing)
            return fail(existing.error());
        if (existing.value().toInt() > 0) {
            m_database.close();
            return Error(Tr::tr("La base %1 contient déjà des données OpenMairie : elle n'est pas réinitialisée. "
                                "Ouvrez-la, ou choisissez une base vide.").arg(request.profile.displayName()),
                         {}, Error::Kind::Conflict);
        }
    }
    Result<WorkspaceReport> report = migrate();
    if (!report)
        return fail(report.error());
    Result<SessionCommune> created = m_communes.addFromInsee(request.codeInsee, request.adminLogin);
    if (!created)
        return fail(created.error());
    NewUser admin;
    admin.login = request.adminLogin;
    admin.nom = request.adminName.isEmpty() ? Tr::tr("Administrateur") : request.adminName;
    admin.profile = Profile::Administrateur;
    admin.password = request.adminPassword;
    admin.communeIds = {created->id};
    admin.multiCommune = true;
    if (Result<qint64> id = m_users.createUser(admin, request.adminLogin); !id)
        return fail(id.error());
    return report;
}

Status CoreServices::signIn(const QString &login, const QString &password, const QString &codeInsee)
{
    Result<SessionUser> user = m_users.authenticate(login, password);
    if (!user)
        return user.error();
    Result<QList<SessionCommune>> communes = m_users.communesOf(user.value());
    if (!communes)
        return communes.error();
    if (communes->isEmpty())
        return Error(Tr::tr("Le compte « %1 » n'est rattaché à aucune commune. Demandez à l'administrateur de "
                            "vous en attribuer une.").arg(user->login), {}, Error::Kind::PermissionDenied);
    SessionCommune current = communes->first();
    if (!codeInsee.isEmpty()) {
        bool found = false;
        for (const SessionCommune &c : communes.value()) {
            if (c.codeInsee == codeInsee.trimmed().toUpper()) {
                current = c;
                found = true;
            }
        }
        if (!found)
            return Error(Tr::tr("Le compte « %1 » n'a pas accès à la commune de code INSEE %2.")
                             .arg(user->login, codeInsee), {}, Error::Kind::PermissionDenied);
    }
    m_database.auditActor().setLogin(user->login);
    m_session.start(user.value(), communes.value(), current);
    if (Status s = m_rights.load(); !s) {
        m_session.end();
        m_database.auditActor().setLogin({});
        return s;
    }
    return {};
}

} // namespace OpenMairie::Core
