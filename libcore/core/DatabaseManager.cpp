#include "DatabaseManager.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QSqlQuery>
#include <QThread>

namespace OpenMairie::Core {

Q_LOGGING_CATEGORY(lcDatabase, "openmairie.database")

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::DatabaseManager)
};

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}
} // namespace

DatabaseManager::DatabaseManager(QObject *parent) : QObject(parent) {}

DatabaseManager::~DatabaseManager()
{
    close();
}

bool DatabaseManager::isOpen() const
{
    QMutexLocker lock(&m_mutex);
    return m_open;
}

QString DatabaseManager::threadConnectionName() const
{
    // The manager's address is part of the name: two managers in one thread (the CLI's copy
    // commands, tests, a second workspace) must not replace each other's connection.
    return QStringLiteral("openmairie-%1-%2-%3")
        .arg(reinterpret_cast<quintptr>(this), 0, 16)
        .arg(m_generation)
        .arg(reinterpret_cast<quintptr>(QThread::currentThread()), 0, 16);
}

Status DatabaseManager::checkSqliteFileBeforeOpening(OpenMode mode) const
{
    const QString path = m_profile.filePath();
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return Error(Tr::tr("« %1 » est un dossier, pas un fichier de base de données. Choisissez un fichier.")
                         .arg(nativePath(path)), {}, Error::Kind::InvalidInput);
    if (!info.exists()) {
        if (mode == OpenMode::OpenExisting)
            return Error(Tr::tr("Le fichier de données « %1 » n'existe pas. Vérifiez le chemin, ou créez une "
                                "nouvelle base avec « openmairie-cli init ».").arg(nativePath(path)),
                         {}, Error::Kind::NotFound);
        const QDir dir = info.absoluteDir();
        if (!dir.exists() && !QDir().mkpath(dir.absolutePath()))
            return Error(Tr::tr("Impossible de créer le dossier « %1 ». Vérifiez vos droits sur ce dossier.")
                             .arg(nativePath(dir.absolutePath())), {}, Error::Kind::Storage);
        if (!QFileInfo(dir.absolutePath()).isWritable())
            return Error(Tr::tr("Le dossier « %1 » est en lecture seule : la base ne peut pas y être créée. "
                                "Choisissez un dossier où vous pouvez écrire.").arg(nativePath(dir.absolutePath())),
                         {}, Error::Kind::Storage);
        return {};
    }
    if (mode == OpenMode::CreateNew)
        return Error(Tr::tr("Le fichier « %1 » existe déjà : il n'est pas écrasé. Choisissez un autre nom, ou "
                            "ouvrez-le au lieu de le créer.").arg(nativePath(path)),
                     {}, Error::Kind::Conflict);

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Tr::tr("Le fichier « %1 » ne peut pas être lu. Vérifiez vos droits sur ce fichier.")
                         .arg(nativePath(path)), file.errorString(), Error::Kind::Storage);
    const QByteArray header = file.read(16);
    if (header.size() < 16 || header != QByteArray("SQLite format 3\0", 16))
        return Error(Tr::tr("Le fichier « %1 » n'est pas une base de données OpenMairie : c'est le fichier d'un "
                            "autre programme, ou il est endommagé. Il n'a pas été modifié. Choisissez le bon "
                            "fichier ou restaurez une sauvegarde.").arg(nativePath(path)),
                     {}, Error::Kind::Storage);
    if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())
        return Error(Tr::tr("Le fichier de données « %1 » (ou son dossier) est en lecture seule : OpenMairie "
                            "doit pouvoir y écrire. Demandez les droits d'écriture ou copiez le fichier dans "
                            "un dossier à vous.").arg(nativePath(path)),
                     {}, Error::Kind::Storage);
    return {};
}

Status DatabaseManager::checkSqliteContent(QSqlDatabase &db, bool isNewFile)
{
    QSqlQuery q(db);
    const QString path = nativePath(m_profile.filePath());
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
        return Error(Tr::tr("Le fichier « %1 » est endommagé ou n'est pas une base OpenMairie. Il n'a pas été "
                            "modifié. Restaurez la dernière sauvegarde.").arg(path),
                     q.lastError().text(), Error::Kind::Storage);
    }
    const int applicationId = q.value(0).toInt();
    if (isNewFile) {
        if (!q.exec(QStringLiteral("PRAGMA application_id = %1").arg(kSqliteApplicationId)))
            return Error(Tr::tr("Impossible d'initialiser le fichier « %1 ».").arg(path), q.lastError().text(),
                         Error::Kind::Storage);
    } else if (applicationId != kSqliteApplicationId) {
        // Another program's SQLite file: refuse before anything (WAL included) touches it.
        return Error(Tr::tr("Le fichier « %1 » est une base SQLite d'un autre programme, pas une base "
                            "OpenMairie. Il n'a pas été modifié. Choisissez le fichier de données "
                            "d'OpenMairie.").arg(path),
                     QStringLiteral("application_id=%1").arg(applicationId), Error::Kind::Storage);
    }
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
        return Error(Tr::tr("Le fichier « %1 » est endommagé : sa structure ne peut pas être lue. Il n'a pas été "
                            "modifié. Restaurez la dernière sauvegarde.").arg(path),
                     q.lastError().text(), Error::Kind::Storage);
    return {};
}

Result<QSqlDatabase> DatabaseManager::openThreadConnection(const QString &name)
{
    const SqlDialect d = dialect();
    QSqlDatabase db = QSqlDatabase::addDatabase(d.driverName(), name);
    if (!db.isValid()) {
        QSqlDatabase::removeDatabase(name);
        return Error(Tr::tr("Le pilote %1 de Qt n'est pas installé. Réinstallez OpenMairie (paquet "
                            "libqt6sql6-%2 sous Debian).")
                         .arg(d.driverName(), d.isSqlite() ? QStringLiteral("sqlite") : QStringLiteral("psql")),
                     {}, Error::Kind::Generic);
    }
    if (d.isSqlite()) {
        db.setDatabaseName(m_profile.filePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        db.setHostName(m_profile.host());
        db.setPort(m_profile.port());
        db.setDatabaseName(m_profile.database());
        db.setUserName(m_profile.role());
        db.setPassword(m_password);
        db.setConnectOptions(QStringLiteral("connect_timeout=5;sslmode=%1;application_name=OpenMairie")
                                 .arg(m_profile.sslMode()));
    }
    if (!db.open()) {
        const Error error = describeOpenError(m_profile, db.lastError());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return error;
    }
    if (d.isSqlite() && !m_actor.installOn(db)) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return Error(Tr::tr("Le pilote SQLite de Qt ne permet pas d'enregistrer l'auteur des modifications "
                            "dans le journal d'audit. Réinstallez OpenMairie avec les paquets de Debian."),
                     {}, Error::Kind::Generic);
    }
    QSqlQuery q(db);
    if (d.isSqlite()) {
        q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    } else {
        q.exec(QStringLiteral("SET datestyle TO ISO, DMY"));
        q.exec(QStringLiteral("SET client_encoding TO 'UTF8'"));
        // libpq prints server NOTICEs ("relation already exists, skipping") on stderr, in English,
        // in the middle of the CLI's French output.
        q.exec(QStringLiteral("SET client_min_messages TO warning"));
    }
    {
        QMutexLocker lock(&m_mutex);
        m_connectionNames.insert(name);
    }
    if (QThread *thread = QThread::currentThread(); thread != qApp->thread()) {
        connect(thread, &QThread::finished, this, [this, name] {
            QMutexLocker lock(&m_mutex);
            if (m_connectionNames.remove(name))
                QSqlDatabase::removeDatabase(name);
        }, Qt::DirectConnection);
    }
    return db;
}

Status DatabaseManager::open(const ConnectionProfile &profile, const QString &password, OpenMode mode)
{
    close();
    if (!profile.isValid())
        return Error(Tr::tr("Le profil de connexion est incomplet."), {}, Error::Kind::InvalidInput);
    m_profile = profile;
    m_password = password;
    ++m_generation;

    bool isNewFile = false;
    if (profile.isSqlite()) {
        if (Status s = checkSqliteFileBeforeOpening(mode); !s)
            return s;
        isNewFile = !QFileInfo::exists(profile.filePath());
    }
    const QString name = threadConnectionName();
    Result<QSqlDatabase> db = openThreadConnection(name);
    if (!db)
        return db.error();
    if (profile.isSqlite()) {
        Status content = checkSqliteContent(db.value(), isNewFile);
        if (content) {
            QSqlQuery q(db.value());
            if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
                content = Error(Tr::tr("Impossible d'ouvrir le fichier « %1 » en écriture.")
                                    .arg(nativePath(profile.filePath())),
                                q.lastError().text(), Error::Kind::Storage);
        }
        if (!content) {
            db = Error();
            {
                QMutexLocker lock(&m_mutex);
                m_connectionNames.remove(name);
            }
            QSqlDatabase::removeDatabase(name);
            if (isNewFile)
                QFile::remove(profile.filePath());
            return content;
        }
    }
    {
        QMutexLocker lock(&m_mutex);
        m_open = true;
    }
    qCInfo(lcDatabase) << "opened" << profile.toUrl();
    emit opened();
    return {};
}

void DatabaseManager::close()
{
    QSet<QString> names;
    {
        QMutexLocker lock(&m_mutex);
        if (!m_open && m_connectionNames.isEmpty())
            return;
        names = std::exchange(m_connectionNames, {});
        m_open = false;
    }
    for (const QString &name : std::as_const(names)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    m_password.clear();
    emit closed();
}

Result<QSqlDatabase> DatabaseManager::checkedConnection()
{
    if (!isOpen())
        return Error(Tr::tr("Aucune base de données n'est ouverte."), {}, Error::Kind::Generic);
    const QString name = threadConnectionName();
    {
        QMutexLocker lock(&m_mutex);
        if (m_connectionNames.contains(name)) {
            lock.unlock();
            return QSqlDatabase::database(name, false);
        }
    }
    return openThreadConnection(name);
}

QSqlDatabase DatabaseManager::connection()
{
    Result<QSqlDatabase> db = checkedConnection();
    if (!db) {
        qCWarning(lcDatabase) << db.error().fullText();
        return {};
    }
    return db.value();
}

void DatabaseManager::releaseThreadConnection()
{
    const QString name = threadConnectionName();
    QMutexLocker lock(&m_mutex);
    if (m_connectionNames.remove(name))
        QSqlDatabase::removeDatabase(name);
}

Error DatabaseManager::describeOpenError(const ConnectionProfile &profile, const QSqlError &error)
{
    const QString text = error.databaseText() + u' ' + error.driverText();
    if (profile.isSqlite()) {
        const QString path = nativePath(profile.filePath());
        if (SqlDialect::isDiskFull(error))
            return Error(Tr::tr("Le disque est plein : le fichier « %1 » ne peut pas être ouvert. Libérez de la "
                                "place puis recommencez.").arg(path), text, Error::Kind::Storage);
        if (SqlDialect::isReadOnly(error))
            return Error(Tr::tr("Le fichier « %1 » est en lecture seule. Demandez les droits d'écriture.")
                             .arg(path), text, Error::Kind::Storage);
        return Error(Tr::tr("Le fichier « %1 » ne peut pas être ouvert. Vérifiez qu'il s'agit bien du fichier "
                            "de données d'OpenMairie.").arg(path), text, Error::Kind::Storage);
    }
    const QString where = Tr::tr("le serveur %1, port %2").arg(profile.host()).arg(profile.port());
    // The same words at the start of a sentence.
    const QString whereAtStart = Tr::tr("Le serveur %1, port %2").arg(profile.host()).arg(profile.port());
    const QString code = error.nativeErrorCode();
    const QString lower = text.toLower();
    if (code == u"28P01" || lower.contains(u"password authentication failed")
        || lower.contains(u"authentification par mot de passe"))
        return Error(Tr::tr("Mot de passe refusé par %1 pour le rôle « %2 ». Vérifiez l'identifiant et le mot de "
                            "passe (attention aux majuscules), ou demandez à l'administrateur de le "
                            "réinitialiser.").arg(where, profile.role()),
                     text, Error::Kind::Authentication);
    if (lower.contains(u"no password supplied") || lower.contains(u"fe_sendauth"))
        return Error(Tr::tr("%1 demande un mot de passe pour le rôle « %2 ». Saisissez-le à la connexion ou "
                            "dans la variable OPENMAIRIE_PASSWORD.").arg(whereAtStart, profile.role()),
                     text, Error::Kind::Authentication);
    if (code == u"3D000" || (lower.contains(u"database") && lower.contains(u"does not exist")))
        return Error(Tr::tr("La base « %1 » n'existe pas sur %2. Vérifiez son nom dans le profil de connexion, "
                            "ou demandez au prestataire de la créer.").arg(profile.database(), where),
                     text, Error::Kind::NotFound);
    if ((lower.contains(u"pg_hba.conf") && (lower.contains(u"ssl off") || lower.contains(u"no encryption")))
        || lower.contains(u"requires ssl") || lower.contains(u"ssl required"))
        return Error(Tr::tr("%1 exige une connexion chiffrée (SSL). Choisissez le mode SSL « require » (ou "
                            "« verify-full ») dans le profil de connexion.").arg(whereAtStart),
                     text, Error::Kind::Authentication);
    if (lower.contains(u"server does not support ssl"))
        return Error(Tr::tr("%1 n'accepte pas les connexions chiffrées (SSL) alors que le profil l'exige. "
                            "Demandez au prestataire d'activer SSL sur le serveur, ou changez le mode SSL du "
                            "profil.").arg(whereAtStart),
                     text, Error::Kind::Unreachable);
    // Before the pg_hba.conf case: PostgreSQL reports an unknown role with the same SQLSTATE 28000.
    if (lower.contains(u"role") && lower.contains(u"does not exist"))
        return Error(Tr::tr("Le rôle « %1 » n'existe pas sur %2. Vérifiez l'identifiant.")
                         .arg(profile.role(), where), text, Error::Kind::Authentication);
    if (code == u"28000" || lower.contains(u"pg_hba.conf"))
        return Error(Tr::tr("%1 refuse la connexion du rôle « %2 » depuis ce poste. Demandez au prestataire "
                            "d'autoriser ce poste (pg_hba.conf).").arg(whereAtStart, profile.role()),
                     text, Error::Kind::Authentication);
    if (lower.contains(u"could not translate host name") || lower.contains(u"name or service not known")
        || lower.contains(u"temporary failure in name resolution"))
        return Error(Tr::tr("Le nom de serveur « %1 » est inconnu. Vérifiez l'adresse du serveur dans le profil "
                            "de connexion.").arg(profile.host()),
                     text, Error::Kind::Unreachable);
    if (lower.contains(u"connection refused") || lower.contains(u"could not connect")
        || lower.contains(u"timeout expired") || lower.contains(u"connection to server")
        || lower.contains(u"no route to host"))
        return Error(Tr::tr("Impossible de joindre %1. Vérifiez que le serveur est démarré, que l'adresse et le "
                            "port du profil sont justes et que le réseau fonctionne, puis réessayez.").arg(where),
                     text, Error::Kind::Unreachable);
    return Error(Tr::tr("La connexion au serveur %1, port %2 a échoué. Réessayez ; si cela se reproduit, transmettez "
                        "le détail de l'erreur à votre prestataire.").arg(profile.host()).arg(profile.port()),
                 text, Error::Kind::Unreachable);
}

} // namespace OpenMairie::Core
