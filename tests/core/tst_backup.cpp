// Backups of a SQLite seat (consistent while another connection writes, never overwriting, a
// restore that keeps what it replaces, foreign files refused) and the PostgreSQL answer: pg_dump.
#include "CoreServices.h"
#include "Sql.h"
#include "TestDatabase.h"
#include "Transaction.h"

#include <QAtomicInt>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QThread>
#include <QUuid>
#include <QtTest>

#include <memory>

using namespace OpenMairie::Core;
using OpenMairie::Test::TestDatabase;

namespace {

QString fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("<illisible>");
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return QString::fromLatin1(h.result().toHex());
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// Runs queries on a SQLite file through a read-only connection of its own.
class ReadOnlyFile
{
public:
    explicit ReadOnlyFile(const QString &path)
        : m_name(QStringLiteral("lecture-") + QUuid::createUuid().toString(QUuid::Id128))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        db.open();
    }
    ~ReadOnlyFile()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QVariant scalar(const QString &sql) const
    {
        const Result<QVariant> v = Sql::scalar(QSqlDatabase::database(m_name, false), sql);
        return v ? v.value() : QVariant(v.error().fullText());
    }

private:
    QString m_name;
};

// Writes batches of rows through the manager's connection of its own thread, each batch with its
// counter in one transaction, until told to stop.
class Writer : public QThread
{
public:
    explicit Writer(DatabaseManager &database) : m_database(database) {}
    QAtomicInt committed;
    QAtomicInt stop;
    QString error;

protected:
    void run() override
    {
        QSqlDatabase db = m_database.connection();
        for (int batch = 1; !stop.loadRelaxed(); ++batch) {
            Transaction tx(db, m_database.dialect());
            if (!tx.begun()) {
                error = tx.begun().error().fullText();
                return;
            }
            for (int i = 0; i < 3; ++i) {
                if (Result<QSqlQuery> q = Sql::exec(db, QStringLiteral("INSERT INTO essai_ecriture (lot, texte) VALUES (?, ?)"),
                                                    {batch, QStringLiteral("ligne %1 du lot %2").arg(i).arg(batch)});
                    !q) {
                    error = q.error().fullText();
                    return;
                }
            }
            if (Result<QSqlQuery> q = Sql::exec(db, QStringLiteral("UPDATE essai_compteur SET lignes = lignes + 3, lots = lots + 1"));
                !q) {
                error = q.error().fullText();
                return;
            }
            if (Status s = tx.commit(); !s) {
                error = s.error().fullText();
                return;
            }
            committed.fetchAndAddRelaxed(1);
        }
    }

private:
    DatabaseManager &m_database;
};

bool waitFor(const QAtomicInt &counter, int atLeast, int timeoutMs = 20000)
{
    QElapsedTimer timer;
    timer.start();
    while (counter.loadRelaxed() < atLeast) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QThread::msleep(2);
    }
    return true;
}

QString notABackup(const QString &path)
{
    return QStringLiteral("« %1 » n'est pas une sauvegarde OpenMairie. Rien n'a été restauré.")
        .arg(QDir::toNativeSeparators(path));
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    void backupWhileAnotherConnectionWrites();
    void backupNeverOverwrites();
    void restoreKeepsTheReplacedFile();
    void restoreRefusesWhatIsNotABackup_data();
    void restoreRefusesWhatIsNotABackup();
    void postgresqlIsBackedUpWithPgDump();

private:
    // One seat for the refusals: each row proves the seat stayed as it was.
    std::unique_ptr<TestDatabase> m_shared;
    std::unique_ptr<CoreServices> m_sharedServices;
};

void TestBackup::backupWhileAnotherConnectionWrites()
{
    if (TestDatabase::isPostgres())
        QSKIP("Sauvegarde d'un poste SQLite ; sur PostgreSQL voir postgresqlIsBackedUpWithPgDump.");
    TestDatabase db;
    OM_REQUIRE_DB(db);
    CoreServices services;
    OM_VERIFY_OK(db.initialize(services));
    QSqlDatabase c = services.database().connection();
    OM_VERIFY_OK(Sql::exec(c, QStringLiteral("CREATE TABLE essai_ecriture (id INTEGER PRIMARY KEY, lot INTEGER NOT NULL, "
                                             "texte TEXT NOT NULL)")));
    OM_VERIFY_OK(Sql::exec(c, QStringLiteral("CREATE TABLE essai_compteur (lignes INTEGER NOT NULL, lots INTEGER NOT NULL)")));
    OM_VERIFY_OK(Sql::exec(c, QStringLiteral("INSERT INTO essai_compteur VALUES (0, 0)")));

    Writer writer(services.database());
    writer.start();
    QVERIFY2(waitFor(writer.committed, 30), qPrintable(writer.error));
    const QString target = db.tempPath(QStringLiteral("sauvegarde.sqlite"));
    const int committedBefore = writer.committed.loadRelaxed();
    const Status backup = services.backups().backupTo(target);
    const int committedAfterBackup = writer.committed.loadRelaxed();
    QVERIFY2(waitFor(writer.committed, committedAfterBackup + 10), qPrintable(writer.error));
    writer.stop.storeRelaxed(1);
    QVERIFY(writer.wait(20000));
    QVERIFY2(writer.error.isEmpty(), qPrintable(writer.error));
    OM_VERIFY_OK(backup);

    OM_VERIFY_OK(BackupService::checkBackupFile(target));
    QVERIFY(!QFileInfo::exists(target + QStringLiteral(".partiel")));
    ReadOnlyFile copy(target);
    QCOMPARE(copy.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QCOMPARE(copy.scalar(QStringLiteral("PRAGMA application_id")).toInt(), DatabaseManager::kSqliteApplicationId);
    // One snapshot: the rows and their counter were copied from the same instant.
    const int rows = copy.scalar(QStringLiteral("SELECT count(*) FROM essai_ecriture")).toInt();
    const int batches = copy.scalar(QStringLiteral("SELECT lots FROM essai_compteur")).toInt();
    QCOMPARE(copy.scalar(QStringLiteral("SELECT lignes FROM essai_compteur")).toInt(), rows);
    QCOMPARE(rows, 3 * batches);
    QCOMPARE(copy.scalar(QStringLiteral("SELECT count(DISTINCT lot) FROM essai_ecriture")).toInt(), batches);
    QVERIFY2(batches >= committedBefore && batches <= committedAfterBackup,
             qPrintable(QStringLiteral("%1 lots copiés, %2 avant, %3 après").arg(batches).arg(committedBefore)
                            .arg(committedAfterBackup)));
    QCOMPARE(copy.scalar(QStringLiteral("SELECT nom FROM collectivite")).toString(), QStringLiteral("Arles"));
    // The writer went on during and after the copy.
    const Result<QVariant> live = Sql::scalar(services.database().connection(), QStringLiteral("SELECT lots FROM essai_compteur"));
    OM_VERIFY_OK(live);
    QVERIFY(live.value().toInt() > batches);
}

void TestBackup::backupNeverOverwrites()
{
    if (TestDatabase::isPostgres())
        QSKIP("Sauvegarde d'un poste SQLite ; sur PostgreSQL voir postgresqlIsBackedUpWithPgDump.");
    TestDatabase db;
    OM_REQUIRE_DB(db);
    CoreServices services;
    OM_VERIFY_OK(db.initialize(services));

    const QString existing = db.tempPath(QStringLiteral("sauvegarde-lundi.sqlite"));
    QVERIFY(writeFile(existing, QByteArrayLiteral("la sauvegarde de lundi")));
    const Status refused = services.backups().backupTo(existing);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().message(),
             QStringLiteral("Le fichier « %1 » existe déjà : il n'est pas écrasé. Choisissez un autre nom.")
                 .arg(QDir::toNativeSeparators(existing)));
    QFile f(existing);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArrayLiteral("la sauvegarde de lundi"));

    const QString nowhere = db.tempPath(QStringLiteral("dossier-absent/sauvegarde.sqlite"));
    const Status noFolder = services.backups().backupTo(nowhere);
    QVERIFY(!noFolder.ok());
    QCOMPARE(noFolder.error().message(),
             QStringLiteral("Impossible d'écrire dans le dossier « %1 ». Choisissez un dossier où vous pouvez écrire.")
                 .arg(QDir::toNativeSeparators(QFileInfo(nowhere).absolutePath())));
    QCOMPARE(noFolder.error().kind(), Error::Kind::Storage);
    QVERIFY(!QFileInfo::exists(nowhere));
    QVERIFY(!QFileInfo::exists(nowhere + QStringLiteral(".partiel")));

    // The second backup under a new name works, and is not the first one.
    const QString second = db.tempPath(QStringLiteral("sauvegarde-mardi.sqlite"));
    OM_VERIFY_OK(services.backups().backupTo(second));
    OM_VERIFY_OK(BackupService::checkBackupFile(second));
    const Status again = services.backups().backupTo(second);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind(), Error::Kind::InvalidInput);
}

void TestBackup::restoreKeepsTheReplacedFile()
{
    if (TestDatabase::isPostgres())
        QSKIP("Restauration d'un poste SQLite ; sur PostgreSQL voir postgresqlIsBackedUpWithPgDump.");
    TestDatabase db;
    OM_REQUIRE_DB(db);
    CoreServices services;
    OM_VERIFY_OK(db.initialize(services));
    const QString backupFile = db.tempPath(QStringLiteral("avant-agents.sqlite"));
    OM_VERIFY_OK(services.backups().backupTo(backupFile));
    const QString backupSha = fileSha256(backupFile);

    // Work done after the backup, that the restore will take away.
    NewUser agent;
    agent.login = QStringLiteral("jdupont");
    agent.password = QStringLiteral("Arles-2026!");
    agent.communeIds = {services.session().commune().id};
    OM_VERIFY_OK(services.users().createUser(agent, TestDatabase::adminLogin()));
    QCOMPARE(services.users().userCount().value(), 2);

    const Result<QString> kept = services.backups().restoreFrom(backupFile);
    OM_VERIFY_OK(kept);
    static const QRegularExpression keptName(QStringLiteral(R"(^openmairie-test\.avant-restauration-\d{8}-\d{6}\.sqlite$)"));
    QVERIFY2(keptName.match(QFileInfo(kept.value()).fileName()).hasMatch(), qPrintable(kept.value()));
    QCOMPARE(QFileInfo(kept.value()).absolutePath(), QFileInfo(db.profile().filePath()).absolutePath());

    // The seat is open again, as it was at the backup.
    QVERIFY(services.database().isOpen());
    QCOMPARE(services.users().userCount().value(), 1);
    const Result<QVariant> integrity = Sql::scalar(services.database().connection(), QStringLiteral("PRAGMA integrity_check"));
    QCOMPARE(integrity.value().toString(), QStringLiteral("ok"));
    // What was replaced is kept, complete, in case the wrong backup was chosen.
    OM_VERIFY_OK(BackupService::checkBackupFile(kept.value()));
    {
        ReadOnlyFile replaced(kept.value());
        QCOMPARE(replaced.scalar(QStringLiteral("SELECT count(*) FROM utilisateur WHERE login = 'jdupont'")).toInt(), 1);
    }
    // The backup itself is untouched and can serve again.
    QCOMPARE(fileSha256(backupFile), backupSha);
}

void TestBackup::restoreRefusesWhatIsNotABackup_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("fichier texte") << QStringLiteral("texte");
    QTest::newRow("image PNG") << QStringLiteral("png");
    QTest::newRow("base SQLite d'un autre programme") << QStringLiteral("autre");
    QTest::newRow("fichier absent") << QStringLiteral("absent");
    QTest::newRow("sauvegarde OpenMairie endommagée") << QStringLiteral("endommagee");
}

void TestBackup::restoreRefusesWhatIsNotABackup()
{
    QFETCH(QString, kind);
    if (TestDatabase::isPostgres())
        QSKIP("Restauration d'un poste SQLite ; sur PostgreSQL voir postgresqlIsBackedUpWithPgDump.");
    if (!m_shared) {
        m_shared = std::make_unique<TestDatabase>();
        OM_REQUIRE_DB(*m_shared);
        m_sharedServices = std::make_unique<CoreServices>();
        OM_VERIFY_OK(m_shared->initialize(*m_sharedServices));
    }
    OM_REQUIRE_DB(*m_shared);
    TestDatabase &db = *m_shared;
    CoreServices &services = *m_sharedServices;

    const QString path = db.tempPath(QStringLiteral("a-restaurer-%1.sqlite").arg(kind));
    QString expected = notABackup(path);
    if (kind == u"texte") {
        QVERIFY(writeFile(path, QByteArrayLiteral("Liste des agents\n")));
    } else if (kind == u"png") {
        QVERIFY(writeFile(path, QByteArray::fromBase64(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")));
    } else if (kind == u"autre") {
        const QString name = QStringLiteral("autre-") + QUuid::createUuid().toString(QUuid::Id128);
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE utilisateur (login TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO utilisateur VALUES ('pirate')")));
            other.close();
        }
        QSqlDatabase::removeDatabase(name);
    } else if (kind == u"absent") {
        expected = QStringLiteral("Le fichier de sauvegarde « %1 » n'existe pas.").arg(QDir::toNativeSeparators(path));
    } else if (kind == u"endommagee") {
        const QString good = db.tempPath(QStringLiteral("bonne-%1.sqlite").arg(kind));
        OM_VERIFY_OK(services.backups().backupTo(good));
        QFile f(good);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        // The header (and so OpenMairie's mark) survives; the pages after the first are noise.
        QRandomGenerator generator(13004);
        for (qsizetype i = 4096; i < bytes.size(); ++i)
            bytes[i] = static_cast<char>(generator.bounded(256));
        QVERIFY(writeFile(path, bytes));
        expected = QStringLiteral("La sauvegarde « %1 » est endommagée. Rien n'a été restauré ; essayez une sauvegarde "
                                  "plus ancienne.").arg(QDir::toNativeSeparators(path));
    }
    const QString candidateSha = QFileInfo::exists(path) ? fileSha256(path) : QString();
    const QString seatSha = fileSha256(db.profile().filePath());
    const int usersBefore = services.users().userCount().value();

    const Result<QString> restored = services.backups().restoreFrom(path);
    QVERIFY(!restored.ok());
    QCOMPARE(restored.error().message(), expected);
    // The seat is still open and unchanged; nothing was set aside; the candidate file is untouched.
    QVERIFY(services.database().isOpen());
    QCOMPARE(services.users().userCount().value(), usersBefore);
    QCOMPARE(fileSha256(db.profile().filePath()), seatSha);
    const QStringList leftovers = QDir(QFileInfo(db.profile().filePath()).absolutePath())
                                      .entryList({QStringLiteral("*avant-restauration*"), QStringLiteral("*.restauration")});
    QCOMPARE(leftovers, QStringList());
    if (!candidateSha.isEmpty())
        QCOMPARE(fileSha256(path), candidateSha);
}

void TestBackup::postgresqlIsBackedUpWithPgDump()
{
    if (!TestDatabase::isPostgres())
        QSKIP("Réponse propre à PostgreSQL ; sur SQLite voir backupWhileAnotherConnectionWrites.");
    TestDatabase db;
    OM_REQUIRE_DB(db);
    CoreServices services;
    OM_VERIFY_OK(db.initialize(services));
    const QString message = QStringLiteral(
        "Les bases sur serveur PostgreSQL se sauvegardent et se restaurent avec les outils du serveur : pg_dump -Fc "
        "pour sauvegarder, pg_restore pour restaurer (voir le guide du partenaire, docs/serveur-partage.md).");
    const QString target = db.tempPath(QStringLiteral("sauvegarde.sqlite"));
    const Status backup = services.backups().backupTo(target);
    QVERIFY(!backup.ok());
    QCOMPARE(backup.error().message(), message);
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(!QFileInfo::exists(target + QStringLiteral(".partiel")));

    const Result<QString> restore = services.backups().restoreFrom(target);
    QVERIFY(!restore.ok());
    QCOMPARE(restore.error().message(), message);
    QVERIFY(services.database().isOpen());
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
