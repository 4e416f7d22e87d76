// The audit journal: each kind of change with its before and after values, sign-ins, exports; the
// history of one record; the CSV export; on SQLite, a change made outside the suite is refused.
#include "CoreServices.h"
#include "MigrationRunner.h"
#include "Sql.h"
#include "TestDatabase.h"

#include <QFile>
#include <QSqlError>
#include <QTest>

using namespace OpenMairie::Core;
using OpenMairie::Test::TestDatabase;

class TestAuditJournal : public QObject
{
    Q_OBJECT

private:
    static Status addDossierTable(CoreServices &services)
    {
        Result<MigrationReport> r = MigrationRunner(services.database()).migrate(
            {{QStringLiteral("essai"),
              {MigrationStep::fromScript(QStringLiteral("essai"), 1, QStringLiteral("dossier"),
                                         QStringLiteral("CREATE TABLE essai_dossier (id {{id}}, collectivite_id {{ref}} "
                                                        "NOT NULL REFERENCES collectivite(id), objet TEXT NOT NULL, "
                                                        "montant INTEGER);"))}}});
        if (!r)
            return r.error();
        return {};
    }

private slots:
    void insertUpdateDeleteKeepBeforeAndAfter();
    void signInsAndFailuresAreJournaled();
    void exportIsJournaledAndWritesExcelCsv();
    void sqliteFileRefusesChangesOutsideTheSuite();
};

void TestAuditJournal::insertUpdateDeleteKeepBeforeAndAfter()
{
    TestDatabase db;
    OM_REQUIRE_DB(db);
    CoreServices services;
    OM_VERIFY_OK(db.initialize(services));
    OM_VERIFY_OK(addDossierTable(services));
    QSqlDatabase c = services.database().connection();
    const qint64 commune = services.session().commune().id;
    Result<QVariant> id = Sql::scalar(c, QStringLiteral("INSERT INTO essai_dossier (collectivite_id, objet, montant) "
                                                        "VALUES (?, 'Concession', 120) RETURNING id"), {commune});
    OM_VERIFY_OK(id);
    // A statement that changes nothing leaves no row.
    OM_VERIFY_OK(Sql::exec(c, QStringLiteral("UPDATE essai_dossier SET montant = 120 WHERE id = ?"), {id.value()}));
    OM_VERIFY_OK(Sql::exec(c, QStringLiteral("UPDATE essai_dossier SET montant = 150, objet = 'Concession trentenaire' "
                                             "WHERE id = ?"), {id.value()}));
    OM_VERIFY_OK(Sql::exec(c, QStringLiteral("DELETE FROM essai_dossier WHERE id = ?"), {id.value()}));

    Result<QList<AuditRow>> history = services.auditQuery().history(QStringLiteral("essai_dossier"), id.value().toLongLong());
    OM_VERIFY_OK(history);
    QCOMPARE(history->size(), 3);
    const AuditRow &created = history->at(0);
    const AuditRow &updated = history->at(1);
    const AuditRow &deleted = history->at(2);
    QCOMPARE(created.action, QStringLiteral("insert"));
    QVERIFY(created.before.isEmpty());
    QCOMPARE(created.after.value(QStringLiteral("objet")).toString(), QStringLiteral("Concession"));
    QCOMPARE(created.user, TestDatabase::adminLogin());
    QCOMPARE(created.communeId, commune);
    QCOMPARE(created.module, QStringLiteral("essai"));
    QCOMPARE(updated.action, QStringLiteral("update"));
    QCOMPARE(updated.before.value(QStringLiteral("montant")).toInt(), 120);
    QCOMPARE(updated.after.value(QStringLiteral("montant")).toInt(), 150);
    QCOMPARE(updated.changedFields(), (QStringList{QStringLiteral("montant"), QStringLiteral("objet")}));
    QCOMPARE(deleted.action, QStringLiteral("delete"));
    QCOMPARE(deleted.before.value(QStringLiteral("objet")).toString(), QStringLiteral("Concession trentenaire"));
    QVERIFY(deleted.after.isEmpty());
    QCOMPARE(AuditRow::actionLabel(QStringLiteral("update")), QStringLiteral("Modification"));

    // Filters of the screen.
    AuditFilter byTable;
    byTable.table = QStringLiteral("essai_dossier");
    byTable.action = QStringLiteral("update");
    QCOMPARE(services.auditQuery().find(byTable)->size(), 1);
    AuditFilter future;
    future.from = QDate::currentDate().addDays(1);
    QVERIFY(services.auditQuery().find(future)->isEmpty());
    AuditFilter today;
    today.from = QDate::currentDate();
    today.to = QDate::currentDate();
    today.module = QStringLiteral("essai");
    QCOMPARE(services.auditQuery().find(today)->size(), 3);
}

void TestAuditJournal::signInsAndFailuresAreJournaled()
{
    if (TestDatabase::isPostgres())
        QSKIP("Sur PostgreSQL le serveur authentifie les rôles : un mot de passe faux n'atteint pas la base.");
    TestDatabase db;
    OM_REQUIRE_DB(db);
    CoreServices services;
    OM_VERIFY_OK(db.initialize(services));
    QVERIFY(!services.signIn(TestDatabase::adminLogin(), QStringLiteral("mauvais")));
    OM_VERIFY_OK(services.signIn(TestDatabase::adminLogin(), TestDatabase::adminApplicationPassword()));
    AuditFilter failures;
    failures.action = QStringLiteral("login_failed");
    QCOMPARE(services.auditQuery().find(failures)->size(), 1);
    AuditFilter logins;
    logins.action = QStringLiteral("login");
    QVERIFY(services.auditQuery().find(logins)->size() >= 2);
}

void TestAuditJournal::exportIsJournaledAndWritesExcelCsv()
{
    TestDatabase db;
    OM_REQUIRE_DB(db);
    CoreServices services;
    OM_VERIFY_OK(db.initialize(services));
    OM_VERIFY_OK(addDossierTable(services));
    OM_VERIFY_OK(Sql::exec(services.database().connection(),
                           QStringLiteral("INSERT INTO essai_dossier (collectivite_id, objet) VALUES (?, '=cmd|calc')"),
                           {services.session().commune().id}));
    const QString path = db.tempPath(QStringLiteral("journal.csv"));
    AuditFilter filter;
    filter.module = QStringLiteral("essai");
    Result<int> written = services.auditQuery().exportCsv(filter, path);
    OM_VERIFY_OK(written);
    QCOMPARE(written.value(), 1);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray content = f.readAll();
    QVERIFY(content.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(content);
    QVERIFY2(text.contains(QStringLiteral("Date;Heure;Utilisateur")), qPrintable(text));
    QVERIFY2(text.contains(QDate::currentDate().toString(QStringLiteral("dd/MM/yyyy"))), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Création")), qPrintable(text));
    AuditFilter exports;
    exports.action = QStringLiteral("export");
    Result<QList<AuditRow>> rows = services.auditQuery().find(exports);
    QCOMPARE(rows->size(), 1);
    QVERIFY(rows->first().comment.contains(path));
    // An unwritable place: a clear refusal, no file, no journal row.
    const Result<int> refused = services.auditQuery().exportCsv(filter, QStringLiteral("/proc/journal.csv"));
    QVERIFY(!refused);
    QCOMPARE(services.auditQuery().find(exports)->size(), 1);
}

void TestAuditJournal::sqliteFileRefusesChangesOutsideTheSuite()
{
    if (TestDatabase::isPostgres())
        QSKIP("Propre au fichier SQLite.");
    TestDatabase db;
    OM_REQUIRE_DB(db);
    {
        CoreServices services;
        OM_VERIFY_OK(db.initialize(services));
    }
    const QString name = QStringLiteral("outside");
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(db.profile().filePath());
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(!q.exec(QStringLiteral("UPDATE collectivite SET nom = 'Autre'")));
        QVERIFY2(q.lastError().text().contains(QStringLiteral("om_utilisateur")), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("SELECT nom FROM collectivite")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Arles"));
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QTEST_GUILESS_MAIN(TestAuditJournal)
#include "tst_auditjournal.moc"
