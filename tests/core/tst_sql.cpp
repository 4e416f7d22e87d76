// Sql::exec / Sql::scalar and the French reading of driver errors, on both backends: a refused
// value must never be reported as a lost connection, a duplicate must say so.
#include "DatabaseManager.h"
#include "Sql.h"
#include "TestDatabase.h"
#include "Transaction.h"

#include <QtTest>

using namespace OpenMairie::Core;
using OpenMairie::Test::TestDatabase;

Q_DECLARE_METATYPE(OpenMairie::Core::Error::Kind)

class TestSql : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bindingsAndScalars();
    void constraintErrors_data();
    void constraintErrors();
    void transactionRollsBackUnlessCommitted();

private:
    TestDatabase m_db;
    DatabaseManager m_manager;
};

void TestSql::initTestCase()
{
    OM_REQUIRE_DB(m_db);
    OM_VERIFY_OK(m_manager.open(m_db.profile(), m_db.password(),
                                m_db.profile().isSqlite() ? DatabaseManager::OpenMode::CreateNew
                                                          : DatabaseManager::OpenMode::OpenExisting));
    const SqlDialect d = m_manager.dialect();
    for (const QString &sql : {d.expand(QStringLiteral("CREATE TABLE essai_parent (id {{id}}, code VARCHAR(10) NOT NULL UNIQUE)")),
                               d.expand(QStringLiteral("CREATE TABLE essai_enfant (id {{id}}, parent_id {{ref}} NOT NULL "
                                                       "REFERENCES essai_parent(id), age INTEGER CHECK (age >= 0), "
                                                       "nom VARCHAR(50) NOT NULL)"))}) {
        QSqlQuery q(m_manager.connection());
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
    }
    OM_VERIFY_OK(Sql::exec(m_manager.connection(), QStringLiteral("INSERT INTO essai_parent (code) VALUES (?)"),
                           {QStringLiteral("A")}));
}

void TestSql::bindingsAndScalars()
{
    const QSqlDatabase c = m_manager.connection();
    const Result<QVariant> id = Sql::scalar(c, QStringLiteral("SELECT id FROM essai_parent WHERE code = ?"), {QStringLiteral("A")});
    OM_VERIFY_OK(id);
    QVERIFY(id.value().toLongLong() > 0);
    const Result<QVariant> none = Sql::scalar(c, QStringLiteral("SELECT id FROM essai_parent WHERE code = ?"), {QStringLiteral("Z")});
    OM_VERIFY_OK(none);
    QVERIFY(!none.value().isValid());
    // Quotes and accents travel as values, never as SQL.
    const QString tricky = QStringLiteral("l'é'); DROP TABLE essai_parent; --");
    OM_VERIFY_OK(Sql::exec(c, QStringLiteral("INSERT INTO essai_enfant (parent_id, age, nom) VALUES (?, ?, ?)"),
                           {id.value(), 7, tricky}));
    const Result<QVariant> back = Sql::scalar(c, QStringLiteral("SELECT nom FROM essai_enfant WHERE age = ?"), {7});
    OM_VERIFY_OK(back);
    QCOMPARE(back.value().toString(), tricky);
    QVERIFY(c.tables().contains(QStringLiteral("essai_parent")));
}

void TestSql::constraintErrors_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QVariantList>("values");
    QTest::addColumn<QString>("message");
    QTest::addColumn<Error::Kind>("kind");
    QTest::newRow("doublon") << QStringLiteral("INSERT INTO essai_parent (code) VALUES (?)") << QVariantList{QStringLiteral("A")}
                             << QStringLiteral("Cet enregistrement existe déjà.") << Error::Kind::Conflict;
    QTest::newRow("parent absent") << QStringLiteral("INSERT INTO essai_enfant (parent_id, nom) VALUES (?, ?)")
                                   << QVariantList{999999, QStringLiteral("orphelin")}
                                   << QStringLiteral("Cet enregistrement est lié à d'autres données : l'opération est "
                                                     "refusée.")
                                   << Error::Kind::Conflict;
    QTest::newRow("valeur obligatoire absente")
        << QStringLiteral("INSERT INTO essai_enfant (parent_id, nom) VALUES ((SELECT id FROM essai_parent), ?)")
        << QVariantList{QVariant(QMetaType(QMetaType::QString))}
        << QStringLiteral("Erreur de la base de données.") << Error::Kind::Generic;
    QTest::newRow("contrainte CHECK")
        << QStringLiteral("INSERT INTO essai_enfant (parent_id, age, nom) VALUES ((SELECT id FROM essai_parent), ?, ?)")
        << QVariantList{-1, QStringLiteral("négatif")}
        << QStringLiteral("Erreur de la base de données.") << Error::Kind::Generic;
    QTest::newRow("table absente") << QStringLiteral("SELECT * FROM essai_inexistante") << QVariantList()
                                   << QStringLiteral("Erreur de la base de données.") << Error::Kind::Generic;
}

void TestSql::constraintErrors()
{
    QFETCH(QString, sql);
    QFETCH(QVariantList, values);
    QFETCH(QString, message);
    QFETCH(Error::Kind, kind);
    const QSqlDatabase c = m_manager.connection();
    const Result<QVariant> before = Sql::scalar(c, QStringLiteral("SELECT count(*) FROM essai_enfant"));
    const Result<QSqlQuery> q = Sql::exec(c, sql, values);
    QVERIFY(!q.ok());
    QCOMPARE(q.error().message(), message);
    QCOMPARE(q.error().kind(), kind);
    // The detail keeps the driver's text and the statement, for the log and the "Détails" button.
    QVERIFY2(q.error().detail().contains(sql.left(30)), qPrintable(q.error().detail()));
    QCOMPARE(Sql::scalar(c, QStringLiteral("SELECT count(*) FROM essai_enfant")).value(), before.value());
}

void TestSql::transactionRollsBackUnlessCommitted()
{
    QSqlDatabase c = m_manager.connection();
    {
        Transaction tx(c, m_manager.dialect());
        OM_VERIFY_OK(tx.begun());
        OM_VERIFY_OK(Sql::exec(c, QStringLiteral("INSERT INTO essai_parent (code) VALUES (?)"), {QStringLiteral("B")}));
    }
    QCOMPARE(Sql::scalar(c, QStringLiteral("SELECT count(*) FROM essai_parent WHERE code = 'B'")).value().toInt(), 0);
    {
        Transaction tx(c, m_manager.dialect());
        OM_VERIFY_OK(tx.begun());
        OM_VERIFY_OK(Sql::exec(c, QStringLiteral("INSERT INTO essai_parent (code) VALUES (?)"), {QStringLiteral("C")}));
        OM_VERIFY_OK(tx.commit());
        const Status twice = tx.commit();
        QVERIFY(!twice.ok());
    }
    QCOMPARE(Sql::scalar(c, QStringLiteral("SELECT count(*) FROM essai_parent WHERE code = 'C'")).value().toInt(), 1);
}

QTEST_GUILESS_MAIN(TestSql)
#include "tst_sql.moc"
