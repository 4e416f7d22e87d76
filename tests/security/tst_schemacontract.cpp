// The migration contract: a module's step that creates a table without collectivite_id (and not
// declared "@reference") or outside its prefix is refused and leaves nothing behind; accepted
// tables get their audit triggers, and on PostgreSQL their row-level security and grants.
#include "CoreServices.h"
#include "MigrationRunner.h"
#include "Sql.h"
#include "TestDatabase.h"
#include "security/SchemaSecurity.h"

#include <QTest>

using namespace OpenMairie::Core;
using OpenMairie::Test::TestDatabase;

class TestSchemaContract : public QObject
{
    Q_OBJECT

private:
    static ModuleMigrations module(const QString &id, const QString &script)
    {
        return {id, {MigrationStep::fromScript(id, 1, QStringLiteral("essai"), script)}};
    }
    static bool tableExists(CoreServices &services, const QString &table)
    {
        return services.database().connection().tables().contains(table);
    }

private slots:
    void tableWithoutCommuneIsRefused();
    void tableOutsideTheModulePrefixIsRefused();
    void declaredReferenceTableIsAccepted();
    void communeTableIsAuditedAndIsolated();
};

void TestSchemaContract::tableWithoutCommuneIsRefused()
{
    TestDatabase db;
    OM_REQUIRE_DB(db);
    CoreServices services;
    OM_VERIFY_OK(db.initialize(services));
    const Result<MigrationReport> refused = MigrationRunner(services.database()).migrate(
        {module(QStringLiteral("essai"), QStringLiteral("CREATE TABLE essai_oubli (id {{id}}, libelle TEXT NOT NULL);"))});
    QVERIFY(!refused);
    const QString message = refused.error().message();
    QVERIFY2(message.contains(QStringLiteral("essai_oubli")) && message.contains(QStringLiteral("collectivite_id"))
                 && message.contains(QStringLiteral("-- @reference essai_oubli")),
             qPrintable(message));
    QVERIFY(!tableExists(services, QStringLiteral("essai_oubli")));
    QCOMPARE(Sql::scalar(services.database().connection(),
                         QStringLiteral("SELECT count(*) FROM schema_migrations WHERE module = 'essai'")).value().toInt(), 0);
}

void TestSchemaContract::tableOutsideTheModulePrefixIsRefused()
{
    TestDatabase db;
    OM_REQUIRE_DB(db);
    CoreServices services;
    OM_VERIFY_OK(db.initialize(services));
    const Result<MigrationReport> refused = MigrationRunner(services.database()).migrate(
        {module(QStringLiteral("essai"), QStringLiteral("CREATE TABLE dossier (id {{id}}, collectivite_id {{ref}} NOT NULL "
                                                        "REFERENCES collectivite(id));"))});
    QVERIFY(!refused);
    QVERIFY2(refused.error().message().contains(QStringLiteral("« essai_... »")), qPrintable(refused.error().message()));
    QVERIFY(!tableExists(services, QStringLiteral("dossier")));
}

void TestSchemaContract::declaredReferenceTableIsAccepted()
{
    TestDatabase db;
    OM_REQUIRE_DB(db);
    CoreServices services;
    OM_VERIFY_OK(db.initialize(services));
    OM_VERIFY_OK(MigrationRunner(services.database()).migrate(
        {module(QStringLiteral("essai"), QStringLiteral("-- @reference essai_type\n"
                                                        "CREATE TABLE essai_type (id {{id}}, libelle TEXT NOT NULL);"))}));
    Result<QList<RegisteredTable>> tables =
        SchemaSecurity(services.database().connection(), services.database().dialect()).registeredTables();
    OM_VERIFY_OK(tables);
    bool found = false;
    for (const RegisteredTable &t : tables.value()) {
        if (t.name == u"essai_type") {
            found = true;
            QCOMPARE(t.module, QStringLiteral("essai"));
            QCOMPARE(t.nature, TableNature::Reference);
        }
        if (t.name == u"collectivite_parametre")
            QCOMPARE(t.nature, TableNature::Commune);
        if (t.name == u"utilisateur")
            QCOMPARE(t.nature, TableNature::System);
    }
    QVERIFY(found);
    OM_VERIFY_OK(Sql::exec(services.database().connection(), QStringLiteral("INSERT INTO essai_type (libelle) VALUES ('Caveau')")));
    Result<QVariant> audited = Sql::scalar(services.database().connection(),
                                           QStringLiteral("SELECT count(*) FROM journal_audit WHERE table_name = 'essai_type' "
                                                          "AND action = 'insert' AND module = 'essai' AND collectivite_id IS NULL"));
    QCOMPARE(audited.value().toInt(), 1);
}

void TestSchemaContract::communeTableIsAuditedAndIsolated()
{
    TestDatabase db;
    OM_REQUIRE_DB(db);
    CoreServices services;
    OM_VERIFY_OK(db.initialize(services));
    OM_VERIFY_OK(MigrationRunner(services.database()).migrate(
        {module(QStringLiteral("essai"), QStringLiteral("CREATE TABLE essai_dossier (id {{id}}, collectivite_id {{ref}} NOT NULL "
                                                        "REFERENCES collectivite(id), libelle TEXT NOT NULL, piece {{blob}});"))}));
    QSqlDatabase c = services.database().connection();
    const qint64 commune = services.session().commune().id;
    OM_VERIFY_OK(Sql::exec(c, QStringLiteral("INSERT INTO essai_dossier (collectivite_id, libelle, piece) VALUES (?, ?, ?)"),
                           {commune, QStringLiteral("Demande de Mme LEFÈBVRE"), QByteArray("secret-binaire")}));
    Result<QSqlQuery> row = Sql::exec(c, QStringLiteral("SELECT utilisateur, collectivite_id, apres FROM journal_audit WHERE "
                                                        "table_name = 'essai_dossier' AND action = 'insert'"));
    OM_VERIFY_OK(row);
    QVERIFY(row.value().next());
    QCOMPARE(row.value().value(0).toString(), TestDatabase::adminLogin());
    QCOMPARE(row.value().value(1).toLongLong(), commune);
    const QString after = row.value().value(2).toString();
    QVERIFY2(after.contains(QStringLiteral("LEFÈBVRE")), qPrintable(after));
    QVERIFY2(!after.contains(QStringLiteral("secret")) && after.contains(QStringLiteral("(masqué)")), qPrintable(after));
    if (TestDatabase::isPostgres()) {
        Result<QVariant> rls = Sql::scalar(c, QStringLiteral("SELECT relrowsecurity FROM pg_class WHERE relname = 'essai_dossier'"));
        QVERIFY(rls.value().toBool());
        Result<QVariant> policies = Sql::scalar(c, QStringLiteral("SELECT count(*) FROM pg_policies WHERE tablename = 'essai_dossier'"));
        QCOMPARE(policies.value().toInt(), 1);
        Result<QVariant> granted = Sql::scalar(
            c, QStringLiteral("SELECT count(*) FROM information_schema.role_table_grants WHERE table_name = 'essai_dossier' "
                              "AND grantee = current_database() || '_essai_ecriture' AND privilege_type = 'DELETE'"));
        QCOMPARE(granted.value().toInt(), 1);
    }
}

QTEST_GUILESS_MAIN(TestSchemaContract)
#include "tst_schemacontract.moc"
