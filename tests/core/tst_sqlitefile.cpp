// A SQLite seat opened on a file that is not what it should be: another program's file, a damaged
// or truncated database, a missing file, a folder, a read-only file, a full disk during a schema
// update. Each time the agent gets a French message saying what is wrong and what to do, and the
// file is left exactly as it was (same bytes, no journal beside it).
#include "CoreServices.h"
#include "DatabaseManager.h"
#include "MigrationRunner.h"
#include "Sql.h"
#include "TestDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>
#include <QtTest>

#include <unistd.h>

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

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    for (char &c : bytes)
        c = static_cast<char>(generator.bounded(256));
    return bytes;
}

// The journal files SQLite would leave beside a file it wrote to.
QStringList companions(const QString &path)
{
    QStringList found;
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        if (QFileInfo::exists(path + suffix))
            found.append(path + suffix);
    return found;
}

// A real OpenMairie seat, closed (checkpointed) so that the file alone holds everything.
Status createOpenMairieFile(const QString &path)
{
    CoreServices services;
    InitRequest request;
    request.profile = ConnectionProfile::sqlite(path);
    request.codeInsee = QStringLiteral("13004");
    request.adminLogin = QStringLiteral("admin");
    request.adminPassword = TestDatabase::adminApplicationPassword();
    Result<WorkspaceReport> report = services.initializeWorkspace(request);
    if (!report)
        return report.error();
    services.database().close();
    return {};
}

// Another program's SQLite database: application_id 0, its own tables.
Status createForeignSqliteFile(const QString &path)
{
    const QString name = QStringLiteral("autre-programme-") + QUuid::createUuid().toString(QUuid::Id128);
    Status status;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            status = Error(QStringLiteral("création impossible"), db.lastError().text());
        } else {
            QSqlQuery q(db);
            for (const QString &sql : {QStringLiteral("PRAGMA user_version = 7"),
                                       QStringLiteral("CREATE TABLE contacts (id INTEGER PRIMARY KEY, nom TEXT, tel TEXT)"),
                                       QStringLiteral("INSERT INTO contacts (nom, tel) VALUES ('Dupont', '0490000000')"),
                                       QStringLiteral("CREATE TABLE utilisateur (login TEXT)")}) {
                if (!q.exec(sql))
                    status = Error(sql, q.lastError().text());
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return status;
}

QStringList sqliteSchema(const QSqlDatabase &db)
{
    QStringList out;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT type, name, coalesce(sql, '') FROM sqlite_master ORDER BY type, name"));
    while (q.next())
        out.append(q.value(0).toString() + u'|' + q.value(1).toString() + u'|' + q.value(2).toString());
    q.exec(QStringLiteral("SELECT module || ' ' || version || ' ' || checksum FROM schema_migrations ORDER BY 1"));
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

QString notOpenMairie(const QString &path)
{
    return QStringLiteral("Le fichier « %1 » n'est pas une base de données OpenMairie : c'est le fichier d'un autre "
                          "programme, ou il est endommagé. Il n'a pas été modifié. Choisissez le bon fichier ou "
                          "restaurez une sauvegarde.").arg(QDir::toNativeSeparators(path));
}

QString damaged(const QString &path)
{
    return QStringLiteral("Le fichier « %1 » est endommagé ou n'est pas une base OpenMairie. Il n'a pas été modifié. "
                          "Restaurez la dernière sauvegarde.").arg(QDir::toNativeSeparators(path));
}

QString damagedStructure(const QString &path)
{
    return QStringLiteral("Le fichier « %1 » est endommagé : sa structure ne peut pas être lue. Il n'a pas été "
                          "modifié. Restaurez la dernière sauvegarde.").arg(QDir::toNativeSeparators(path));
}

QString foreignSqlite(const QString &path)
{
    return QStringLiteral("Le fichier « %1 » est une base SQLite d'un autre programme, pas une base OpenMairie. Il "
                          "n'a pas été modifié. Choisissez le fichier de données d'OpenMairie.")
        .arg(QDir::toNativeSeparators(path));
}

QString readOnly(const QString &path)
{
    return QStringLiteral("Le fichier de données « %1 » (ou son dossier) est en lecture seule : OpenMairie doit "
                          "pouvoir y écrire. Demandez les droits d'écriture ou copiez le fichier dans un dossier à "
                          "vous.").arg(QDir::toNativeSeparators(path));
}

enum class BadFile { Png, Text, Empty, HeaderThenGarbage, DamagedPages, Truncated, ForeignSqlite };

// Exit codes of the child process that opens a file under another identity.
constexpr int kChildOpened = 0;
constexpr int kChildRefused = 3;
constexpr int kChildUsage = 2;

// The child side: opens the file with DatabaseManager and prints the refusal, if any.
int openInChild(const QString &path)
{
    DatabaseManager manager;
    const Status status = manager.open(ConnectionProfile::sqlite(path), {}, DatabaseManager::OpenMode::OpenExisting);
    QTextStream out(stdout);
    out.setEncoding(QStringConverter::Utf8);
    if (status) {
        // Prove the seat is really writable: a read-only file would fail here.
        const Result<QSqlQuery> write = Sql::exec(manager.connection(), QStringLiteral("CREATE TABLE essai_ecriture (x INTEGER)"));
        out << (write ? QStringLiteral("OUVERT") : QStringLiteral("ECRITURE REFUSEE : ") + write.error().message()) << '\n';
        return write ? kChildOpened : kChildRefused;
    }
    out << status.error().message() << '\n';
    return kChildRefused;
}

} // namespace

Q_DECLARE_METATYPE(BadFile)

class TestSqliteFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void badFilesAreRefusedUntouched_data();
    void badFilesAreRefusedUntouched();
    void missingFileIsNotCreated();
    void folderIsRefused();
    void readOnlyFileIsRefused_data();
    void readOnlyFileIsRefused();
    void diskFullDuringMigrationLeavesTheFileAsItWas();
    void newFileGetsTheOpenMairieMark();

private:
    QTemporaryDir m_dir;
    QString m_goodFile; // a real OpenMairie seat, copied by the tests that damage one
};

void TestSqliteFile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(TestDatabase::backend(), QStringLiteral("sqlite"));
    m_goodFile = m_dir.filePath(QStringLiteral("modele.sqlite"));
    OM_VERIFY_OK(createOpenMairieFile(m_goodFile));
    QVERIFY(companions(m_goodFile).isEmpty());
}

void TestSqliteFile::badFilesAreRefusedUntouched_data()
{
    QTest::addColumn<BadFile>("kind");
    QTest::addColumn<QString>("fileName");
    QTest::newRow("image PNG") << BadFile::Png << QStringLiteral("photo.png");
    QTest::newRow("fichier texte") << BadFile::Text << QStringLiteral("compte-rendu.sqlite");
    QTest::newRow("fichier vide") << BadFile::Empty << QStringLiteral("vide.sqlite");
    QTest::newRow("en-tête SQLite puis n'importe quoi") << BadFile::HeaderThenGarbage << QStringLiteral("abime.sqlite");
    QTest::newRow("base OpenMairie aux pages écrasées") << BadFile::DamagedPages << QStringLiteral("ecrasee.sqlite");
    QTest::newRow("base OpenMairie tronquée") << BadFile::Truncated << QStringLiteral("tronquee.sqlite");
    QTest::newRow("base SQLite d'un autre programme") << BadFile::ForeignSqlite << QStringLiteral("contacts.db");
}

void TestSqliteFile::badFilesAreRefusedUntouched()
{
    QFETCH(BadFile, kind);
    QFETCH(QString, fileName);
    const QString path = m_dir.filePath(fileName);
    QString expected;
    Error::Kind expectedKind = Error::Kind::Storage;
    const QByteArray model = readFile(m_goodFile);
    QVERIFY(model.size() > 8 * 4096);
    switch (kind) {
    case BadFile::Png:
        QVERIFY(writeFile(path, QByteArray::fromBase64(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")));
        expected = notOpenMairie(path);
        break;
    case BadFile::Text:
        QVERIFY(writeFile(path, QByteArrayLiteral("Compte rendu du conseil municipal du 12 mars\nPrésents : ...\n")));
        expected = notOpenMairie(path);
        break;
    case BadFile::Empty:
        QVERIFY(writeFile(path, QByteArray()));
        expected = notOpenMairie(path);
        break;
    case BadFile::HeaderThenGarbage:
        QVERIFY(writeFile(path, QByteArray("SQLite format 3\0", 16) + randomBytes(8 * 4096 - 16, 1)));
        expected = damaged(path);
        break;
    case BadFile::DamagedPages:
        // The 100-byte header is intact (OpenMairie's mark included); every page after it is noise.
        QVERIFY(writeFile(path, model.left(100) + randomBytes(model.size() - 100, 2)));
        expected = damagedStructure(path);
        break;
    case BadFile::Truncated:
        // A copy cut short, as after a full USB key: the header announces pages that are missing.
        QVERIFY(writeFile(path, model.left(2 * 4096)));
        expected = damaged(path);
        break;
    case BadFile::ForeignSqlite:
        OM_VERIFY_OK(createForeignSqliteFile(path));
        expected = foreignSqlite(path);
        break;
    }
    const QString before = fileSha256(path);
    const qint64 sizeBefore = QFileInfo(path).size();

    {
        DatabaseManager manager;
        const Status opened = manager.open(ConnectionProfile::sqlite(path), {}, DatabaseManager::OpenMode::OpenExisting);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().message(), expected);
        QCOMPARE(opened.error().kind(), expectedKind);
        QVERIFY(!manager.isOpen());
        // Asking for a new seat on it does not overwrite it either.
        const Status created = manager.open(ConnectionProfile::sqlite(path), {}, DatabaseManager::OpenMode::CreateNew);
        QVERIFY(!created.ok());
        QCOMPARE(created.error().kind(), Error::Kind::Conflict);
    }
    {
        // What the shell and the CLI actually call.
        CoreServices services;
        const Result<WorkspaceReport> workspace = services.openWorkspace(ConnectionProfile::sqlite(path), {});
        QVERIFY(!workspace.ok());
        QCOMPARE(workspace.error().message(), expected);
        QVERIFY(!services.database().isOpen());
    }
    QCOMPARE(QFileInfo(path).size(), sizeBefore);
    QCOMPARE(fileSha256(path), before);
    QCOMPARE(companions(path), QStringList());
}

void TestSqliteFile::missingFileIsNotCreated()
{
    for (const QString &path : {m_dir.filePath(QStringLiteral("absent.sqlite")),
                                m_dir.filePath(QStringLiteral("dossier-absent/absent.sqlite"))}) {
        DatabaseManager manager;
        const Status opened = manager.open(ConnectionProfile::sqlite(path), {}, DatabaseManager::OpenMode::OpenExisting);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().message(),
                 QStringLiteral("Le fichier de données « %1 » n'existe pas. Vérifiez le chemin, ou créez une nouvelle "
                                "base avec « openmairie-cli init ».").arg(QDir::toNativeSeparators(path)));
        QCOMPARE(opened.error().kind(), Error::Kind::NotFound);
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(companions(path).isEmpty());
        QVERIFY(!QFileInfo::exists(QFileInfo(path).absolutePath()) || QFileInfo(path).absolutePath() == m_dir.path());
    }
}

void TestSqliteFile::folderIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("un-dossier.sqlite"));
    QVERIFY(QDir().mkpath(path));
    for (const auto mode : {DatabaseManager::OpenMode::OpenExisting, DatabaseManager::OpenMode::CreateNew,
                            DatabaseManager::OpenMode::OpenOrCreate}) {
        DatabaseManager manager;
        const Status opened = manager.open(ConnectionProfile::sqlite(path), {}, mode);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().message(),
                 QStringLiteral("« %1 » est un dossier, pas un fichier de base de données. Choisissez un fichier.")
                     .arg(QDir::toNativeSeparators(path)));
        QCOMPARE(opened.error().kind(), Error::Kind::InvalidInput);
    }
    QVERIFY(QDir(path).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
}

void TestSqliteFile::readOnlyFileIsRefused_data()
{
    QTest::addColumn<bool>("folderReadOnly");
    QTest::addColumn<bool>("fileReadOnly");
    QTest::newRow("fichier en lecture seule") << false << true;
    QTest::newRow("dossier en lecture seule") << true << false;
    QTest::newRow("les deux") << true << true;
}

void TestSqliteFile::readOnlyFileIsRefused()
{
    // Permission bits do not stop root, under which CI containers often run the tests. So the check
    // runs in a child process under the unprivileged account "nobody" (setpriv), where the bits are
    // enforced as on an agent's workstation. As an ordinary user the child runs under our own account.
    QFETCH(bool, folderReadOnly);
    QFETCH(bool, fileReadOnly);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("partage"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/openmairie.sqlite");
    QVERIFY(QFile::copy(m_goodFile, path));
    const QString before = fileSha256(path);

    const bool root = ::geteuid() == 0;
    const auto rx = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                    | QFile::ExeOther;
    const auto r = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
    QVERIFY(QFile::setPermissions(dir.path(), rx | QFile::WriteOwner));
    QVERIFY(QFile::setPermissions(folder, folderReadOnly ? rx : rx | QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther));
    QVERIFY(QFile::setPermissions(path, fileReadOnly ? r : r | QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther));
    const auto restorePermissions = [&] {
        QFile::setPermissions(folder, rx | QFile::WriteOwner);
        QFile::setPermissions(path, r | QFile::WriteOwner);
    };
    const auto restoreOnFailure = qScopeGuard(restorePermissions);

    QProcess child;
    QStringList arguments{QCoreApplication::applicationFilePath(), QStringLiteral("--ouvrir-en-enfant"), path};
    QString program = arguments.takeFirst();
    if (root) {
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (setpriv.isEmpty())
            OM_SKIP_UNLESS_STRICT(QStringLiteral("Exécuté en root sans setpriv (util-linux) : impossible de vérifier "
                                                 "honnêtement la lecture seule, root passe outre les droits."));
        arguments.prepend(program);
        arguments = QStringList{QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                                QStringLiteral("--clear-groups")} + arguments;
        program = setpriv;
    }
    child.start(program, arguments);
    QVERIFY2(child.waitForFinished(30000), qPrintable(child.errorString()));
    const QString output = QString::fromUtf8(child.readAllStandardOutput()).trimmed();
    const QString errors = QString::fromUtf8(child.readAllStandardError());
    QVERIFY2(child.exitStatus() == QProcess::NormalExit, qPrintable(errors));
    QVERIFY2(child.exitCode() == kChildRefused,
             qPrintable(QStringLiteral("code %1, sortie : %2 %3").arg(child.exitCode()).arg(output, errors)));
    QCOMPARE(output, readOnly(path));

    restorePermissions();
    QCOMPARE(fileSha256(path), before);
    QCOMPARE(companions(path), QStringList());
}

void TestSqliteFile::diskFullDuringMigrationLeavesTheFileAsItWas()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("openmairie.sqlite"));
    QVERIFY(QFile::copy(m_goodFile, path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    const QString before = fileSha256(path);

    QTemporaryDir stepsDir;
    QVERIFY(stepsDir.isValid());
    QVERIFY(writeFile(stepsDir.filePath(QStringLiteral("0001_registre.sql")), QByteArrayLiteral(
        "-- @reference essai_registre\n"
        "CREATE TABLE essai_registre (id {{id}}, texte TEXT NOT NULL);\n"
        "CREATE INDEX essai_registre_texte ON essai_registre (texte);\n"
        "INSERT INTO essai_registre (texte)\n"
        "    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)\n"
        "    SELECT hex(randomblob(400)) FROM n;\n")));
    const Result<ModuleMigrations> steps = ModuleMigrations::fromDirectory(QStringLiteral("essai"), stepsDir.path());
    OM_VERIFY_OK(steps);
    const Result<ModuleMigrations> core = ModuleMigrations::fromDirectory(
        QStringLiteral("core"), ModuleMigrations::resourceDirectory(QStringLiteral("core")));
    OM_VERIFY_OK(core);

    CoreServices services;
    OM_VERIFY_OK(services.database().open(ConnectionProfile::sqlite(path), {}, DatabaseManager::OpenMode::OpenExisting));
    QSqlDatabase c = services.database().connection();
    const QStringList schemaBefore = sqliteSchema(c);
    QVERIFY(schemaBefore.size() > 5);
    // The disk "fills up" two pages from now: SQLite's own limit on this connection, the one the
    // runner uses (same thread).
    const Result<QVariant> pages = Sql::scalar(c, QStringLiteral("PRAGMA page_count"));
    OM_VERIFY_OK(pages);
    const int limit = pages.value().toInt() + 2;
    QSqlQuery q(c);
    QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(limit)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), limit);
    q.finish();

    const Result<MigrationReport> report = MigrationRunner(services.database()).migrate({core.value(), steps.value()});
    QVERIFY(!report.ok());
    QCOMPARE(report.error().message(),
             QStringLiteral("La mise à jour du schéma (module « essai », étape 1 « registre ») a échoué ; la base est "
                            "restée telle qu'elle était avant cette étape. Le disque est plein : l'opération a été "
                            "annulée et rien n'a été enregistré. Libérez de la place sur le disque puis recommencez."));
    QCOMPARE(report.error().kind(), Error::Kind::Storage);

    c = services.database().connection();
    QCOMPARE(sqliteSchema(c), schemaBefore);
    QVERIFY(!c.tables().contains(QStringLiteral("essai_registre")));
    const Result<QVariant> integrity = Sql::scalar(c, QStringLiteral("PRAGMA integrity_check"));
    OM_VERIFY_OK(integrity);
    QCOMPARE(integrity.value().toString(), QStringLiteral("ok"));
    c = QSqlDatabase(); // a connection must not outlive close()
    services.database().close();
    QCOMPARE(fileSha256(path), before);
    QCOMPARE(companions(path), QStringList());

    // With room again, the same step applies.
    OM_VERIFY_OK(services.database().open(ConnectionProfile::sqlite(path), {}, DatabaseManager::OpenMode::OpenExisting));
    const Result<MigrationReport> retry = MigrationRunner(services.database()).migrate({core.value(), steps.value()});
    OM_VERIFY_OK(retry);
    QCOMPARE(retry->applied, QStringList{QStringLiteral("essai 0001_registre")});
}

void TestSqliteFile::newFileGetsTheOpenMairieMark()
{
    const QString path = m_dir.filePath(QStringLiteral("nouvelle.sqlite"));
    {
        DatabaseManager manager;
        OM_VERIFY_OK(manager.open(ConnectionProfile::sqlite(path), {}, DatabaseManager::OpenMode::CreateNew));
        const Result<QVariant> id = Sql::scalar(manager.connection(), QStringLiteral("PRAGMA application_id"));
        OM_VERIFY_OK(id);
        QCOMPARE(id.value().toInt(), DatabaseManager::kSqliteApplicationId);
        const Result<QVariant> journal = Sql::scalar(manager.connection(), QStringLiteral("PRAGMA journal_mode"));
        OM_VERIFY_OK(journal);
        QCOMPARE(journal.value().toString(), QStringLiteral("wal"));
        const Result<QVariant> foreignKeys = Sql::scalar(manager.connection(), QStringLiteral("PRAGMA foreign_keys"));
        OM_VERIFY_OK(foreignKeys);
        QCOMPARE(foreignKeys.value().toInt(), 1);
    }
    // "OMAI" in the header, where file(1) and other tools look for it.
    QCOMPARE(readFile(path).mid(68, 4), QByteArray("OMAI"));
    // Once marked, it opens as an OpenMairie file (empty: openWorkspace says so).
    DatabaseManager manager;
    OM_VERIFY_OK(manager.open(ConnectionProfile::sqlite(path), {}, DatabaseManager::OpenMode::OpenExisting));
}

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "--ouvrir-en-enfant") == 0) {
        QCoreApplication app(argc, argv);
        if (argc != 3)
            return kChildUsage;
        return openInChild(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestSqliteFile test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sqlitefile.moc"
