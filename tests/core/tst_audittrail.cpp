// The audit trail on a real database: what a row holds, that it lives and dies with the caller's
// transaction, and that nobody can rewrite or erase it afterwards, not even the database owner.
#include "CoreServices.h"
#include "Sql.h"
#include "TestDatabase.h"
#include "Transaction.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <memory>

using namespace OpenMairie::Core;
using OpenMairie::Test::TestDatabase;

namespace {

AuditEntry sampleEntry()
{
    AuditEntry entry;
    entry.module = QStringLiteral("essai");
    entry.table = QStringLiteral("essai_dossier");
    entry.recordId = 42;
    // An event the services write themselves (row changes are written by the tables' triggers).
    entry.action = QStringLiteral("print");
    entry.before = {{QStringLiteral("nom"), QStringLiteral("Lefèbvre")}, {QStringLiteral("age"), 41}};
    entry.after = {{QStringLiteral("nom"), QStringLiteral("Lefebvre")}, {QStringLiteral("age"), 41}};
    entry.comment = QStringLiteral("correction de l'état civil");
    return entry;
}

// Every row of the journal, as text, to prove that a refused statement changed nothing.
QStringList journal(const QSqlDatabase &db)
{
    QStringList rows;
    Result<QSqlQuery> q = Sql::exec(db, QStringLiteral(
        "SELECT id, horodatage, utilisateur, collectivite_id, module, table_name, enregistrement_id, action, avant, "
        "apres, commentaire FROM journal_audit ORDER BY id"));
    if (!q)
        return {q.error().fullText()};
    while (q.value().next()) {
        QStringList fields;
        for (int i = 0; i < 11; ++i)
            fields.append(q.value().value(i).toString());
        rows.append(fields.join(u'|'));
    }
    return rows;
}

} // namespace

class TestAuditTrail : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void recordWritesWhoWhatWhenAndWhere();
    void recordFollowsTheCallersTransaction();
    void recordWithoutSession();
    void journalCannotBeChanged_data();
    void journalCannotBeChanged();

private:
    // One seat for the refusals: each row proves the journal stayed as it was.
    std::unique_ptr<TestDatabase> m_shared;
    std::unique_ptr<CoreServices> m_sharedServices;
};

void TestAuditTrail::initTestCase()
{
    m_shared = std::make_unique<TestDatabase>();
    OM_REQUIRE_DB(*m_shared);
    m_sharedServices = std::make_unique<CoreServices>();
    OM_VERIFY_OK(m_shared->initialize(*m_sharedServices));
}

void TestAuditTrail::recordWritesWhoWhatWhenAndWhere()
{
    TestDatabase db;
    OM_REQUIRE_DB(db);
    CoreServices services;
    OM_VERIFY_OK(db.initialize(services));
    QSqlDatabase c = services.database().connection();
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-2);
    {
        Transaction tx(c, services.database().dialect());
        OM_VERIFY_OK(tx.begun());
        OM_VERIFY_OK(services.audit().record(c, sampleEntry()));
        OM_VERIFY_OK(tx.commit());
    }
    Result<QSqlQuery> q = Sql::exec(c, QStringLiteral(
        "SELECT utilisateur, collectivite_id, module, table_name, enregistrement_id, action, avant, apres, commentaire, "
        "horodatage FROM journal_audit WHERE module = 'essai'"));
    OM_VERIFY_OK(q);
    QVERIFY(q.value().next());
    QCOMPARE(q.value().value(0).toString(), TestDatabase::adminLogin());
    QCOMPARE(q.value().value(1).toLongLong(), services.session().commune().id);
    QCOMPARE(q.value().value(2).toString(), QStringLiteral("essai"));
    QCOMPARE(q.value().value(3).toString(), QStringLiteral("essai_dossier"));
    QCOMPARE(q.value().value(4).toLongLong(), 42);
    QCOMPARE(q.value().value(5).toString(), QStringLiteral("print"));
    QCOMPARE(QJsonDocument::fromJson(q.value().value(6).toString().toUtf8()).object(), sampleEntry().before);
    QCOMPARE(QJsonDocument::fromJson(q.value().value(7).toString().toUtf8()).object(), sampleEntry().after);
    QCOMPARE(q.value().value(8).toString(), QStringLiteral("correction de l'état civil"));
    const QVariant stamp = q.value().value(9);
    const QDateTime when = stamp.typeId() == QMetaType::QDateTime ? stamp.toDateTime()
                                                                  : QDateTime::fromString(stamp.toString(), Qt::ISODateWithMs);
    QVERIFY2(when.isValid(), qPrintable(stamp.toString()));
    QVERIFY2(when >= before && when <= QDateTime::currentDateTimeUtc().addSecs(2), qPrintable(stamp.toString()));
    QVERIFY(!q.value().next());
}

void TestAuditTrail::recordFollowsTheCallersTransaction()
{
    TestDatabase db;
    OM_REQUIRE_DB(db);
    CoreServices services;
    OM_VERIFY_OK(db.initialize(services));
    QSqlDatabase c = services.database().connection();
    {
        Transaction tx(c, services.database().dialect());
        OM_VERIFY_OK(tx.begun());
        OM_VERIFY_OK(services.audit().record(c, sampleEntry()));
        // The change it describes failed: no commit, so no trace either.
    }
    {
        Transaction tx(c, services.database().dialect());
        OM_VERIFY_OK(tx.begun());
        OM_VERIFY_OK(services.audit().record(c, sampleEntry()));
        tx.rollback();
    }
    const Result<QVariant> n = Sql::scalar(c, QStringLiteral("SELECT count(*) FROM journal_audit WHERE module = 'essai'"));
    OM_VERIFY_OK(n);
    QCOMPARE(n.value().toInt(), 0);
}

void TestAuditTrail::recordWithoutSession()
{
    TestDatabase db;
    OM_REQUIRE_DB(db);
    CoreServices services;
    OM_VERIFY_OK(db.initialize(services));
    services.session().end();
    QSqlDatabase c = services.database().connection();
    AuditEntry entry;
    entry.module = QStringLiteral("core");
    entry.action = QStringLiteral("export");
    OM_VERIFY_OK(services.audit().record(c, entry));
    Result<QSqlQuery> q = Sql::exec(c, QStringLiteral(
        "SELECT utilisateur, collectivite_id, table_name, enregistrement_id, avant, apres, commentaire "
        "FROM journal_audit WHERE action = 'export'"));
    OM_VERIFY_OK(q);
    QVERIFY(q.value().next());
    // On PostgreSQL the server names the connected role, whatever the caller says.
    QCOMPARE(q.value().value(0).toString(),
             TestDatabase::isPostgres() ? TestDatabase::adminLogin() : QStringLiteral("(système)"));
    QVERIFY(q.value().value(1).isNull());
    QCOMPARE(q.value().value(2).toString(), QString());
    QVERIFY(q.value().value(3).isNull());
    QVERIFY(q.value().value(4).isNull());
    QVERIFY(q.value().value(5).isNull());
    QCOMPARE(q.value().value(6).toString(), QString());
}

void TestAuditTrail::journalCannotBeChanged_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<bool>("asDatabaseOwner");
    QTest::addColumn<QString>("sqliteReason");
    QTest::addColumn<QString>("pgsqlReason");
    const QString noUpdate = QStringLiteral("Le journal d'audit ne peut pas être modifié");
    const QString noDelete = QStringLiteral("Le journal d'audit ne peut pas être effacé");
    const QString pg = QStringLiteral("Le journal d'audit ne peut pas être modifié ni effacé");
    QTest::newRow("UPDATE d'une ligne") << QStringLiteral("UPDATE journal_audit SET utilisateur = 'personne' WHERE id = 1")
                                        << false << noUpdate << pg;
    QTest::newRow("UPDATE de tout") << QStringLiteral("UPDATE journal_audit SET commentaire = ''") << false << noUpdate << pg;
    QTest::newRow("DELETE d'une ligne") << QStringLiteral("DELETE FROM journal_audit WHERE id = 1") << false << noDelete << pg;
    QTest::newRow("DELETE de tout") << QStringLiteral("DELETE FROM journal_audit") << false << noDelete << pg;
    QTest::newRow("UPDATE par le propriétaire") << QStringLiteral("UPDATE journal_audit SET action = 'rien'") << true
                                                << noUpdate << pg;
    QTest::newRow("DELETE par le propriétaire") << QStringLiteral("DELETE FROM journal_audit") << true << noDelete << pg;
    if (TestDatabase::isPostgres())
        QTest::newRow("TRUNCATE par le propriétaire") << QStringLiteral("TRUNCATE journal_audit") << true << QString() << pg;
}

void TestAuditTrail::journalCannotBeChanged()
{
    QFETCH(QString, statement);
    QFETCH(bool, asDatabaseOwner);
    QFETCH(QString, sqliteReason);
    QFETCH(QString, pgsqlReason);
    OM_REQUIRE_DB(*m_shared);
    TestDatabase &db = *m_shared;
    CoreServices &services = *m_sharedServices;
    QSqlDatabase c = services.database().connection();
    OM_VERIFY_OK(services.audit().record(c, sampleEntry()));
    const QStringList before = journal(c);
    QVERIFY(before.size() >= 3);

    const QString reason = db.profile().isSqlite() ? sqliteReason : pgsqlReason;
    if (asDatabaseOwner) {
        // Outside the suite's services: the server administrator on PostgreSQL, a raw connection
        // on the SQLite file.
        const Status refused = db.execAsAdmin(statement);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().detail().contains(reason), qPrintable(refused.error().detail()));
    } else {
        const Result<QSqlQuery> refused = Sql::exec(c, statement);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().detail().contains(reason), qPrintable(refused.error().detail()));
    }
    QCOMPARE(journal(c), before);
    // Appending is still allowed.
    OM_VERIFY_OK(services.audit().record(c, sampleEntry()));
    QCOMPARE(journal(c).size(), before.size() + 1);
}

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "tst_audittrail.moc"
