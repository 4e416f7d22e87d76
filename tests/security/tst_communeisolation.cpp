// Two communes A and B on one database, an agent for A. On PostgreSQL the agent connects with his
// own role and password and runs raw SQL, as he could with psql: for every commune table that the
// loaded modules created (read from the registry, so a new module is covered without a change
// here) he reads none of B's rows and cannot insert, update or delete them. On SQLite the same
// promises are checked through the suite's own services.
#include "CoreServices.h"
#include "IModule.h"
#include "ModuleContext.h"
#include "TestDatabase.h"
#include "security/AuditQuery.h"
#include "security/SchemaSecurity.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace OpenMairie;
using namespace OpenMairie::Core;
using OpenMairie::Test::TestDatabase;

namespace {
const QString kAgentPassword = QStringLiteral("Agent-Arles-2026!");

struct RawResult
{
    bool ok = false;
    int rows = 0;
    QString error;
    QString code;
};
} // namespace

class TestCommuneIsolation : public QObject
{
    Q_OBJECT

private:
    struct World
    {
        TestDatabase db;
        CoreServices services;
        qint64 communeA = 0;
        qint64 communeB = 0;
        QString agentLogin;
    };

    // Commune A (Arles) and B (Marseille), demo data of every module in both, an agent of A.
    static Status prepare(World &w)
    {
        w.services.startModules();
        if (Status s = w.db.initialize(w.services, QStringLiteral("13004")); !s)
            return s;
        w.communeA = w.services.session().commune().id;
        Result<SessionCommune> b = w.services.communes().addFromInsee(QStringLiteral("13055"), TestDatabase::adminLogin());
        if (!b)
            return b.error();
        w.communeB = b->id;
        if (Status s = w.services.signIn(TestDatabase::adminLogin(), TestDatabase::adminApplicationPassword(),
                                         QStringLiteral("13004"));
            !s)
            return s;
        for (const QString &insee : {QStringLiteral("13004"), QStringLiteral("13055")}) {
            if (!w.services.session().switchCommune(insee))
                return Error(QStringLiteral("commune %1 inaccessible à l'administrateur").arg(insee));
            if (Status s = w.services.documents().parameters().set(QStringLiteral("maire"),
                                                                   QStringLiteral("Maire de ") + insee);
                !s)
                return s;
            for (const ModuleSpec *spec : w.services.modules().activeModules()) {
                IModule *module = w.services.modules().module(spec->id());
                ModuleContext context(w.services, *spec);
                if (Status s = module->populateDemoData(context); !s)
                    return Error(QStringLiteral("démo du module %1 : %2").arg(spec->id(), s.error().fullText()));
            }
        }
        w.services.session().switchCommune(QStringLiteral("13004"));
        // A unique login: roles belong to the whole test server.
        w.agentLogin = QStringLiteral("agent_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        NewUser agent;
        agent.login = w.agentLogin;
        agent.nom = QStringLiteral("Agent d'Arles");
        agent.profile = Profile::SuperUtilisateur;
        agent.password = kAgentPassword;
        agent.communeIds = {w.communeA};
        if (Result<qint64> id = w.services.users().createUser(agent, TestDatabase::adminLogin()); !id)
            return id.error();
        return {};
    }

    static QList<RegisteredTable> communeTables(CoreServices &services)
    {
        QList<RegisteredTable> tables;
        Result<QList<RegisteredTable>> all = SchemaSecurity(services.database().connection(),
                                                            services.database().dialect()).registeredTables();
        for (const RegisteredTable &t : all.value())
            if (t.nature == TableNature::Commune)
                tables.append(t);
        return tables;
    }

    static qint64 adminCount(CoreServices &services, const QString &table, qint64 commune)
    {
        QSqlQuery q(services.database().connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE collectivite_id = ?").arg(table));
        q.addBindValue(commune);
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    // The agent's own connection, as psql would open it: his role, his password, no suite code.
    static QSqlDatabase agentConnection(const World &w, const QString &name)
    {
        QSqlDatabase agent = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        const ConnectionProfile &p = w.db.profile();
        agent.setHostName(p.host());
        agent.setPort(p.port());
        agent.setDatabaseName(p.database());
        agent.setUserName(w.agentLogin);
        agent.setPassword(kAgentPassword);
        agent.setConnectOptions(QStringLiteral("sslmode=%1").arg(p.sslMode()));
        agent.open();
        return agent;
    }

    static RawResult raw(QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery q(db);
        RawResult r;
        r.ok = q.exec(sql);
        if (!r.ok) {
            r.error = q.lastError().text();
            r.code = q.lastError().nativeErrorCode();
            return r;
        }
        if (q.isSelect()) {
            if (q.next())
                r.rows = q.value(0).toInt();
        } else {
            r.rows = q.numRowsAffected();
        }
        return r;
    }

private slots:
    void agentOfAReadsAndWritesNothingOfB_onTheServer();
    void agentOfAIsRefusedBThroughTheServices();
    void agentCannotAlterTheJournal_onTheServer();
    void rawChangeByAnAgentIsAudited_onTheServer();
};

void TestCommuneIsolation::agentOfAReadsAndWritesNothingOfB_onTheServer()
{
    if (!TestDatabase::isPostgres())
        QSKIP("Rôles et politiques du serveur : PostgreSQL seulement (le poste SQLite est vérifié par les services).");
    World w;
    OM_REQUIRE_DB(w.db);
    OM_VERIFY_OK(prepare(w));
    const QList<RegisteredTable> tables = communeTables(w.services);
    QVERIFY2(tables.size() >= 5, "le registre des tables doit lister les tables métier");

    const QString name = QStringLiteral("agent-raw");
    {
        QSqlDatabase agent = agentConnection(w, name);
        QVERIFY2(agent.isOpen(), qPrintable(agent.lastError().text()));

        int nonEmptyB = 0;
        for (const RegisteredTable &t : tables) {
            const qint64 rowsOfB = adminCount(w.services, t.name, w.communeB);
            const qint64 rowsOfA = adminCount(w.services, t.name, w.communeA);
            QVERIFY2(rowsOfB >= 0 && rowsOfA >= 0, qPrintable(t.name));
            if (rowsOfB > 0)
                ++nonEmptyB;
            const QString b = QString::number(w.communeB);
            const QString a = QString::number(w.communeA);

            // Read: nothing of B, everything of A (or a refusal of the whole module's table).
            const RawResult seenB = raw(agent, QStringLiteral("SELECT count(*) FROM %1 WHERE collectivite_id = %2").arg(t.name, b));
            if (seenB.ok) {
                QVERIFY2(seenB.rows == 0, qPrintable(QStringLiteral("%1 : l'agent de A lit %2 ligne(s) de B").arg(t.name).arg(seenB.rows)));
                const RawResult all = raw(agent, QStringLiteral("SELECT count(*) FROM %1").arg(t.name));
                QVERIFY2(all.ok && all.rows == rowsOfA, qPrintable(QStringLiteral("%1 : %2 lignes vues, %3 attendues (A)")
                                                                       .arg(t.name).arg(all.rows).arg(rowsOfA)));
            } else {
                QVERIFY2(seenB.code == u"42501", qPrintable(t.name + QStringLiteral(" : ") + seenB.error));
            }

            // Insert for B: refused (row-level security or no privilege on the table), whatever the
            // other columns: the policy is checked before NOT NULL and the other constraints.
            const RawResult inserted = raw(agent, QStringLiteral("INSERT INTO %1 (collectivite_id) VALUES (%2)").arg(t.name, b));
            QVERIFY2(!inserted.ok, qPrintable(t.name + QStringLiteral(" : insertion pour B acceptée")));
            QVERIFY2(inserted.code == u"42501", qPrintable(t.name + QStringLiteral(" : ") + inserted.error));

            // Update and delete of B's rows: nothing changes.
            const RawResult updated = raw(agent, QStringLiteral("UPDATE %1 SET collectivite_id = collectivite_id WHERE "
                                                                "collectivite_id = %2").arg(t.name, b));
            QVERIFY2(!updated.ok || updated.rows == 0, qPrintable(t.name + QStringLiteral(" : mise à jour de B")));
            const RawResult deleted = raw(agent, QStringLiteral("DELETE FROM %1 WHERE collectivite_id = %2").arg(t.name, b));
            QVERIFY2(!deleted.ok || deleted.rows == 0, qPrintable(t.name + QStringLiteral(" : suppression dans B")));
            // Moving one of A's rows to B: refused too.
            raw(agent, QStringLiteral("UPDATE %1 SET collectivite_id = %2 WHERE collectivite_id = %3").arg(t.name, b, a));
            QCOMPARE(adminCount(w.services, t.name, w.communeB), rowsOfB);
            QCOMPARE(adminCount(w.services, t.name, w.communeA), rowsOfA);
        }
        QVERIFY2(nonEmptyB >= 2, "les données de démonstration doivent remplir au moins deux tables de B");

        // The communes and the accounts: his own only.
        QCOMPARE(raw(agent, QStringLiteral("SELECT count(*) FROM collectivite")).rows, 1);
        QCOMPARE(raw(agent, QStringLiteral("SELECT count(*) FROM utilisateur")).rows, 1);
        const RawResult newAccount = raw(agent, QStringLiteral("INSERT INTO utilisateur (login, profil) VALUES ('pirate', 5)"));
        QVERIFY(!newAccount.ok);
        const RawResult link = raw(agent, QStringLiteral("INSERT INTO utilisateur_collectivite VALUES (1, %1)").arg(w.communeB));
        QVERIFY(!link.ok);
        agent.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void TestCommuneIsolation::agentOfAIsRefusedBThroughTheServices()
{
    World w;
    OM_REQUIRE_DB(w.db);
    OM_VERIFY_OK(prepare(w));
    if (TestDatabase::isPostgres())
        w.services.database().close(); // the agent signs in with his own role
    // Without modules: a plugin is one instance per process, already started by the first seat.
    CoreServices agent;
    ConnectionProfile profile = w.db.profile();
    QString password = w.db.password();
    if (TestDatabase::isPostgres()) {
        profile = ConnectionProfile::postgres(profile.host(), profile.port(), profile.database(), w.agentLogin,
                                              profile.sslMode());
        password = kAgentPassword;
    }
    OM_VERIFY_OK(agent.openWorkspace(profile, password));
    OM_VERIFY_OK(agent.signIn(w.agentLogin, kAgentPassword));
    QCOMPARE(agent.session().commune().codeInsee, QStringLiteral("13004"));
    QCOMPARE(agent.session().availableCommunes().size(), 1);
    QVERIFY(!agent.session().switchCommune(QStringLiteral("13055")));
    const Status refused = agent.signIn(w.agentLogin, kAgentPassword, QStringLiteral("13055"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind(), Error::Kind::PermissionDenied);
    QVERIFY2(refused.error().message().contains(QStringLiteral("13055")), qPrintable(refused.error().message()));

    // The journal read through the services: nothing of B.
    OM_VERIFY_OK(agent.signIn(w.agentLogin, kAgentPassword));
    Result<QList<AuditRow>> rows = agent.auditQuery().find({});
    OM_VERIFY_OK(rows);
    QVERIFY(!rows->isEmpty());
    for (const AuditRow &r : rows.value())
        QVERIFY2(r.communeId != w.communeB, qPrintable(QStringLiteral("ligne %1 de B visible").arg(r.id)));
    AuditFilter ofB;
    ofB.communeId = w.communeB;
    QVERIFY(agent.auditQuery().find(ofB)->isEmpty());
}

void TestCommuneIsolation::agentCannotAlterTheJournal_onTheServer()
{
    if (!TestDatabase::isPostgres())
        QSKIP("Droits du serveur : PostgreSQL seulement (tst_audittrail couvre le fichier SQLite).");
    World w;
    OM_REQUIRE_DB(w.db);
    OM_VERIFY_OK(prepare(w));
    const QString name = QStringLiteral("agent-journal");
    {
        QSqlDatabase agent = agentConnection(w, name);
        QVERIFY2(agent.isOpen(), qPrintable(agent.lastError().text()));
        QVERIFY(raw(agent, QStringLiteral("SELECT count(*) FROM journal_audit")).rows > 0);
        for (const QString &statement :
             {QStringLiteral("UPDATE journal_audit SET utilisateur = 'personne'"), QStringLiteral("DELETE FROM journal_audit"),
              QStringLiteral("TRUNCATE journal_audit"),
              QStringLiteral("INSERT INTO journal_audit (utilisateur, module, action) VALUES ('maire', 'core', 'login')"),
              QStringLiteral("SELECT om_journaliser(NULL, 'reglement', 'reglement_arrete', 1, 'delete', NULL, NULL, '')"),
              QStringLiteral("DROP TRIGGER om_audit ON reglement_arrete"),
              QStringLiteral("ALTER TABLE reglement_arrete DISABLE ROW LEVEL SECURITY")}) {
            const RawResult r = raw(agent, statement);
            QVERIFY2(!r.ok, qPrintable(statement));
        }
        // An event he may add is signed with his own role, whatever he passes.
        QVERIFY(raw(agent, QStringLiteral("SELECT om_journaliser(NULL, 'core', '', NULL, 'export', NULL, NULL, 'essai')")).ok);
        QCOMPARE(raw(agent, QStringLiteral("SELECT count(*) FROM journal_audit WHERE commentaire = 'essai' AND utilisateur = '%1'")
                                .arg(w.agentLogin)).rows, 1);
        agent.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void TestCommuneIsolation::rawChangeByAnAgentIsAudited_onTheServer()
{
    if (!TestDatabase::isPostgres())
        QSKIP("Modification hors de la suite avec le rôle de l'agent : PostgreSQL seulement.");
    World w;
    OM_REQUIRE_DB(w.db);
    OM_VERIFY_OK(prepare(w));
    const QString name = QStringLiteral("agent-audited");
    {
        QSqlDatabase agent = agentConnection(w, name);
        QVERIFY2(agent.isOpen(), qPrintable(agent.lastError().text()));
        const RawResult changed = raw(agent, QStringLiteral("UPDATE reglement_arrete SET observations = 'vu en psql' WHERE "
                                                            "id = (SELECT min(id) FROM reglement_arrete)"));
        QVERIFY2(changed.ok && changed.rows == 1, qPrintable(changed.error));
        agent.close();
    }
    QSqlDatabase::removeDatabase(name);
    QSqlQuery q(w.services.database().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT utilisateur, collectivite_id, module, avant, apres FROM journal_audit WHERE "
                                  "table_name = 'reglement_arrete' AND action = 'update' ORDER BY id DESC LIMIT 1")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), w.agentLogin);
    QCOMPARE(q.value(1).toLongLong(), w.communeA);
    QCOMPARE(q.value(2).toString(), QStringLiteral("reglement"));
    QVERIFY(!q.value(3).toString().contains(QStringLiteral("vu en psql")));
    QVERIFY(q.value(4).toString().contains(QStringLiteral("\"observations\": \"vu en psql\"")));
}

QTEST_GUILESS_MAIN(TestCommuneIsolation)
#include "tst_communeisolation.moc"
