// Splitting migration scripts into statements, and the per-backend sections: what the migration
// runner executes must be exactly what the script author meant, on both backends.
#include "SqlDialect.h"
#include "SqlScript.h"

#include <QtTest>

using namespace OpenMairie::Core;

class TestSqlScript : public QObject
{
    Q_OBJECT

private slots:
    void split_data();
    void split();
    void sections_data();
    void sections();
    void statementsExpandPlaceholders();
    void coreSchemaSplitsIntoItsStatements_data();
    void coreSchemaSplitsIntoItsStatements();
};

void TestSqlScript::split_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("deux instructions")
        << QStringLiteral("CREATE TABLE a (x INTEGER);\nCREATE TABLE b (y INTEGER);\n")
        << QStringList{QStringLiteral("CREATE TABLE a (x INTEGER)"), QStringLiteral("CREATE TABLE b (y INTEGER)")};
    QTest::newRow("dernière sans point-virgule")
        << QStringLiteral("SELECT 1; SELECT 2")
        << QStringList{QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2")};
    QTest::newRow("instructions vides ignorées")
        << QStringLiteral(";; SELECT 1;\n;\n  ;")
        << QStringList{QStringLiteral("SELECT 1")};
    QTest::newRow("script vide") << QStringLiteral("  \n-- rien\n") << QStringList();
    QTest::newRow("point-virgule dans une chaîne")
        << QStringLiteral("INSERT INTO t VALUES ('a;b'); SELECT 2;")
        << QStringList{QStringLiteral("INSERT INTO t VALUES ('a;b')"), QStringLiteral("SELECT 2")};
    QTest::newRow("apostrophe doublée")
        << QStringLiteral("INSERT INTO t VALUES ('l''école; la mairie'); SELECT 2;")
        << QStringList{QStringLiteral("INSERT INTO t VALUES ('l''école; la mairie')"), QStringLiteral("SELECT 2")};
    QTest::newRow("chaîne finissant par une apostrophe doublée")
        << QStringLiteral("SELECT 'aujourd''''hui;'; SELECT 2;")
        << QStringList{QStringLiteral("SELECT 'aujourd''''hui;'"), QStringLiteral("SELECT 2")};
    QTest::newRow("identifiant entre guillemets")
        << QStringLiteral("CREATE TABLE \"a;b\" (\"c\"\"d;\" INTEGER); SELECT 2")
        << QStringList{QStringLiteral("CREATE TABLE \"a;b\" (\"c\"\"d;\" INTEGER)"), QStringLiteral("SELECT 2")};
    QTest::newRow("commentaire de ligne avec point-virgule")
        << QStringLiteral("-- a; b\nSELECT 1; -- fin; vraiment\nSELECT 2;")
        << QStringList{QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2")};
    QTest::newRow("tirets dans une chaîne")
        << QStringLiteral("SELECT '--pas un commentaire;'; SELECT 2")
        << QStringList{QStringLiteral("SELECT '--pas un commentaire;'"), QStringLiteral("SELECT 2")};
    QTest::newRow("commentaire de bloc")
        << QStringLiteral("SELECT /* ; */ 1; /* multi\nligne; */ SELECT 2;")
        << QStringList{QStringLiteral("SELECT   1"), QStringLiteral("SELECT 2")};
    QTest::newRow("corps $$ PL/pgSQL")
        << QStringLiteral("CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n"
                          "    RAISE EXCEPTION 'non; jamais';\n    RETURN NULL;\nEND;\n$$;\nSELECT 2;")
        << QStringList{QStringLiteral("CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n"
                                      "    RAISE EXCEPTION 'non; jamais';\n    RETURN NULL;\nEND;\n$$"),
                       QStringLiteral("SELECT 2")};
    QTest::newRow("corps $corps$ étiqueté contenant $$")
        << QStringLiteral("CREATE FUNCTION g() RETURNS text LANGUAGE sql AS $corps$ SELECT '$$;' $corps$; SELECT 2")
        << QStringList{QStringLiteral("CREATE FUNCTION g() RETURNS text LANGUAGE sql AS $corps$ SELECT '$$;' $corps$"),
                       QStringLiteral("SELECT 2")};
    QTest::newRow("paramètre positionnel $1")
        << QStringLiteral("CREATE FUNCTION h(integer) RETURNS integer LANGUAGE sql AS 'SELECT $1 + 1'; SELECT 2")
        << QStringList{QStringLiteral("CREATE FUNCTION h(integer) RETURNS integer LANGUAGE sql AS 'SELECT $1 + 1'"),
                       QStringLiteral("SELECT 2")};
    QTest::newRow("déclencheur SQLite BEGIN … END")
        << QStringLiteral("CREATE TRIGGER t_no_update BEFORE UPDATE ON t\nBEGIN\n"
                          "    SELECT RAISE(ABORT, 'interdit; vraiment');\n    SELECT 1;\nEND;\nSELECT 2;")
        << QStringList{QStringLiteral("CREATE TRIGGER t_no_update BEFORE UPDATE ON t\nBEGIN\n"
                                      "    SELECT RAISE(ABORT, 'interdit; vraiment');\n    SELECT 1;\nEND"),
                       QStringLiteral("SELECT 2")};
    QTest::newRow("déclencheur SQLite temporaire, minuscules")
        << QStringLiteral("create temp trigger if not exists tt after insert on t begin\n"
                          "  insert into log values (new.id);\n  delete from tmp;\nend;\nselect 2;")
        << QStringList{QStringLiteral("create temp trigger if not exists tt after insert on t begin\n"
                                      "  insert into log values (new.id);\n  delete from tmp;\nend"),
                       QStringLiteral("select 2")};
    QTest::newRow("déclencheur SQLite avec CASE … END dans le corps")
        << QStringLiteral("CREATE TRIGGER t_case AFTER INSERT ON t BEGIN\n"
                          "  UPDATE t SET x = CASE WHEN new.y > 0 THEN 1 ELSE 0 END WHERE id = new.id;\n"
                          "  INSERT INTO log VALUES (new.id);\n"
                          "  SELECT RAISE(ABORT, 'négatif') WHERE new.y < CASE WHEN new.z THEN 0 ELSE -1 END;\n"
                          "END;\nSELECT 2;")
        << QStringList{QStringLiteral("CREATE TRIGGER t_case AFTER INSERT ON t BEGIN\n"
                                      "  UPDATE t SET x = CASE WHEN new.y > 0 THEN 1 ELSE 0 END WHERE id = new.id;\n"
                                      "  INSERT INTO log VALUES (new.id);\n"
                                      "  SELECT RAISE(ABORT, 'négatif') WHERE new.y < CASE WHEN new.z THEN 0 ELSE -1 END;\n"
                                      "END"),
                       QStringLiteral("SELECT 2")};
    QTest::newRow("déclencheur SQLite avec WHEN CASE … END avant BEGIN")
        << QStringLiteral("CREATE TRIGGER t_when AFTER UPDATE ON t WHEN CASE WHEN new.x THEN 1 END = 1 BEGIN\n"
                          "  SELECT 1;\nEND;\nSELECT 2;")
        << QStringList{QStringLiteral("CREATE TRIGGER t_when AFTER UPDATE ON t WHEN CASE WHEN new.x THEN 1 END = 1 "
                                      "BEGIN\n  SELECT 1;\nEND"),
                       QStringLiteral("SELECT 2")};
    QTest::newRow("déclencheur SQLite avec colonne end_date et texte 'END;'")
        << QStringLiteral("CREATE TRIGGER t_mots BEFORE INSERT ON t BEGIN\n"
                          "  SELECT RAISE(ABORT, 'END;') WHERE new.end_date IS NULL;\n  SELECT \"end\";\nEND;\nSELECT 2")
        << QStringList{QStringLiteral("CREATE TRIGGER t_mots BEFORE INSERT ON t BEGIN\n"
                                      "  SELECT RAISE(ABORT, 'END;') WHERE new.end_date IS NULL;\n  SELECT \"end\";\nEND"),
                       QStringLiteral("SELECT 2")};
    QTest::newRow("déclencheur PostgreSQL sans BEGIN, suivi d'une autre instruction")
        << QStringLiteral("CREATE TRIGGER t_no_change BEFORE UPDATE OR DELETE ON t\n"
                          "    FOR EACH ROW EXECUTE FUNCTION t_immuable();\nCREATE INDEX t_x ON t (x);")
        << QStringList{QStringLiteral("CREATE TRIGGER t_no_change BEFORE UPDATE OR DELETE ON t\n"
                                      "    FOR EACH ROW EXECUTE FUNCTION t_immuable()"),
                       QStringLiteral("CREATE INDEX t_x ON t (x)")};
}

void TestSqlScript::split()
{
    QFETCH(QString, sql);
    QFETCH(QStringList, expected);
    QCOMPARE(SqlScript::split(sql), expected);
}

void TestSqlScript::sections_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("sqliteStatements");
    QTest::addColumn<QStringList>("pgsqlStatements");

    QTest::newRow("sans section")
        << QStringLiteral("SELECT 1;\nSELECT 2;\n")
        << QStringList{QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2")}
        << QStringList{QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2")};
    QTest::newRow("sections puis retour à @all")
        << QStringLiteral("SELECT 'commun';\n-- @sqlite\nSELECT 'sqlite';\n-- @pgsql\nSELECT 'pg1';\nSELECT 'pg2';\n"
                          "-- @all\nSELECT 'fin';\n")
        << QStringList{QStringLiteral("SELECT 'commun'"), QStringLiteral("SELECT 'sqlite'"), QStringLiteral("SELECT 'fin'")}
        << QStringList{QStringLiteral("SELECT 'commun'"), QStringLiteral("SELECT 'pg1'"), QStringLiteral("SELECT 'pg2'"),
                       QStringLiteral("SELECT 'fin'")};
    QTest::newRow("marqueurs indentés, section jusqu'à la fin")
        << QStringLiteral("  -- @pgsql  \nSELECT 'pg';\n\t-- @sqlite\nSELECT 'sqlite';\n")
        << QStringList{QStringLiteral("SELECT 'sqlite'")}
        << QStringList{QStringLiteral("SELECT 'pg'")};
    QTest::newRow("un commentaire qui n'est pas un marqueur")
        << QStringLiteral("-- @sqlite seulement ici ? non : simple commentaire\nSELECT 1;\n")
        << QStringList{QStringLiteral("SELECT 1")}
        << QStringList{QStringLiteral("SELECT 1")};
    QTest::newRow("section vide")
        << QStringLiteral("-- @sqlite\n-- @pgsql\nSELECT 'pg';\n-- @all\n")
        << QStringList()
        << QStringList{QStringLiteral("SELECT 'pg'")};
}

void TestSqlScript::sections()
{
    QFETCH(QString, script);
    QFETCH(QStringList, sqliteStatements);
    QFETCH(QStringList, pgsqlStatements);
    QCOMPARE(SqlScript::statements(script, SqlDialect(ConnectionProfile::Backend::Sqlite)), sqliteStatements);
    QCOMPARE(SqlScript::statements(script, SqlDialect(ConnectionProfile::Backend::Postgres)), pgsqlStatements);
}

void TestSqlScript::statementsExpandPlaceholders()
{
    const QString script = QStringLiteral(
        "CREATE TABLE t (id {{id}}, actif {{bool}} NOT NULL DEFAULT {{true}}, supprime {{bool}} DEFAULT {{false}},\n"
        " cree {{timestamp}} DEFAULT {{now}}, jour {{date}}, gros {{bigint}}, fichier {{blob}}, taux {{real}},\n"
        " parent {{ref}});");
    QCOMPARE(SqlScript::statements(script, SqlDialect(ConnectionProfile::Backend::Sqlite)),
             QStringList{QStringLiteral(
                 "CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, actif INTEGER NOT NULL DEFAULT 1, "
                 "supprime INTEGER DEFAULT 0,\n cree TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')), "
                 "jour TEXT, gros INTEGER, fichier BLOB, taux REAL,\n parent INTEGER)")});
    QCOMPARE(SqlScript::statements(script, SqlDialect(ConnectionProfile::Backend::Postgres)),
             QStringList{QStringLiteral(
                 "CREATE TABLE t (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, actif BOOLEAN NOT NULL "
                 "DEFAULT TRUE, supprime BOOLEAN DEFAULT FALSE,\n cree TIMESTAMPTZ DEFAULT CURRENT_TIMESTAMP, "
                 "jour DATE, gros BIGINT, fichier BYTEA, taux DOUBLE PRECISION,\n parent BIGINT)")});
}

void TestSqlScript::coreSchemaSplitsIntoItsStatements_data()
{
    QTest::addColumn<bool>("sqlite");
    QTest::addColumn<QStringList>("expectedStarts");
    const QStringList common{QStringLiteral("CREATE TABLE collectivite"), QStringLiteral("CREATE TABLE utilisateur ("),
                             QStringLiteral("CREATE TABLE utilisateur_collectivite"),
                             QStringLiteral("CREATE TABLE journal_audit"),
                             QStringLiteral("CREATE INDEX journal_audit_enregistrement"),
                             QStringLiteral("CREATE INDEX journal_audit_horodatage")};
    QTest::newRow("sqlite") << true
                            << common + QStringList{QStringLiteral("CREATE TRIGGER journal_audit_no_update"),
                                                    QStringLiteral("CREATE TRIGGER journal_audit_no_delete")};
    QTest::newRow("pgsql") << false
                           << common + QStringList{QStringLiteral("CREATE FUNCTION journal_audit_immuable"),
                                                   QStringLiteral("CREATE TRIGGER journal_audit_no_change"),
                                                   QStringLiteral("CREATE TRIGGER journal_audit_no_truncate")};
}

void TestSqlScript::coreSchemaSplitsIntoItsStatements()
{
    QFETCH(bool, sqlite);
    QFETCH(QStringList, expectedStarts);
    QFile file(QStringLiteral(":/openmairie/migrations/core/0001_socle.sql"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList statements = SqlScript::statements(
        QString::fromUtf8(file.readAll()),
        SqlDialect(sqlite ? ConnectionProfile::Backend::Sqlite : ConnectionProfile::Backend::Postgres));
    QCOMPARE(statements.size(), expectedStarts.size());
    for (qsizetype i = 0; i < statements.size(); ++i)
        QVERIFY2(statements.at(i).startsWith(expectedStarts.at(i)), qPrintable(statements.at(i)));
    for (const QString &statement : statements)
        QVERIFY2(!statement.contains(u"{{"), qPrintable(statement));
}

QTEST_GUILESS_MAIN(TestSqlScript)
#include "tst_sqlscript.moc"
