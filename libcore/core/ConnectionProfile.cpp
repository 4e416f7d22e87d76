#include "ConnectionProfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace OpenMairie::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::ConnectionProfile)
};
} // namespace

ConnectionProfile ConnectionProfile::sqlite(const QString &filePath)
{
    ConnectionProfile p;
    p.m_backend = Backend::Sqlite;
    p.m_filePath = filePath.isEmpty() ? QString() : QDir::cleanPath(QDir().absoluteFilePath(filePath));
    return p;
}

ConnectionProfile ConnectionProfile::postgres(const QString &host, int port, const QString &database,
                                              const QString &role, const QString &sslMode)
{
    ConnectionProfile p;
    p.m_backend = Backend::Postgres;
    p.m_host = host;
    p.m_port = port;
    p.m_database = database;
    p.m_role = role;
    p.m_sslMode = sslMode.isEmpty() ? QStringLiteral("prefer") : sslMode;
    return p;
}

QString ConnectionProfile::defaultLocalFilePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
                        + QStringLiteral("/OpenMairie");
    return dir + QStringLiteral("/openmairie.sqlite");
}

ConnectionProfile ConnectionProfile::defaultLocal()
{
    return sqlite(defaultLocalFilePath());
}

const QStringList &ConnectionProfile::sslModes()
{
    static const QStringList modes{QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
                                   QStringLiteral("require"), QStringLiteral("verify-ca"),
                                   QStringLiteral("verify-full")};
    return modes;
}

bool ConnectionProfile::isValid() const
{
    if (isSqlite())
        return !m_filePath.isEmpty();
    return !m_host.isEmpty() && m_port > 0 && m_port < 65536 && !m_database.isEmpty();
}

Result<ConnectionProfile> ConnectionProfile::fromUrl(const QString &url)
{
    const QString trimmed = url.trimmed();
    if (trimmed.startsWith(u"sqlite:")) {
        QString path = trimmed.mid(7);
        if (path.startsWith(u"//"))
            path = path.mid(2);
        if (path.isEmpty())
            return Error(Tr::tr("Chemin de fichier manquant dans « %1 ». Écrivez par exemple "
                                "sqlite:/home/mairie/openmairie.sqlite.").arg(url),
                         {}, Error::Kind::InvalidInput);
        return sqlite(path);
    }
    if (trimmed.startsWith(u"postgresql://") || trimmed.startsWith(u"postgres://")) {
        const QUrl parsed(trimmed, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.host().isEmpty())
            return Error(Tr::tr("Adresse de serveur illisible : « %1 ». Écrivez par exemple "
                                "postgresql://agent@serveur:5432/mairie.").arg(url),
                         parsed.errorString(), Error::Kind::InvalidInput);
        if (!parsed.password().isEmpty())
            return Error(Tr::tr("Ne mettez pas le mot de passe dans l'adresse du serveur : il serait visible "
                                "de tous. Utilisez la variable OPENMAIRIE_PASSWORD ou laissez la suite le "
                                "demander."),
                         {}, Error::Kind::InvalidInput);
        QString database = parsed.path();
        if (database.startsWith(u'/'))
            database = database.mid(1);
        if (database.isEmpty())
            return Error(Tr::tr("Nom de base manquant dans « %1 ». Écrivez par exemple "
                                "postgresql://agent@serveur:5432/mairie.").arg(url),
                         {}, Error::Kind::InvalidInput);
        const QString sslMode = QUrlQuery(parsed).queryItemValue(QStringLiteral("sslmode"));
        if (!sslMode.isEmpty() && !sslModes().contains(sslMode))
            return Error(Tr::tr("Mode SSL inconnu « %1 ». Valeurs possibles : %2.")
                             .arg(sslMode, sslModes().join(QStringLiteral(", "))),
                         {}, Error::Kind::InvalidInput);
        return postgres(parsed.host(), parsed.port(5432), database, parsed.userName(), sslMode);
    }
    return Error(Tr::tr("Base de données non reconnue : « %1 ». Utilisez sqlite:CHEMIN ou "
                        "postgresql://rôle@serveur:port/base.").arg(url),
                 {}, Error::Kind::InvalidInput);
}

QString ConnectionProfile::toUrl() const
{
    if (isSqlite())
        return QStringLiteral("sqlite:") + m_filePath;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host);
    url.setPort(m_port);
    url.setUserName(m_role);
    url.setPath(u'/' + m_database);
    if (m_sslMode != u"prefer") {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("sslmode"), m_sslMode);
        url.setQuery(q);
    }
    return url.toString();
}

Result<ConnectionProfile> ConnectionProfile::load(const QSettings &settings)
{
    const QString backend = settings.value(QStringLiteral("connexion/type")).toString();
    if (backend == u"sqlite")
        return sqlite(settings.value(QStringLiteral("connexion/fichier")).toString());
    if (backend == u"postgresql")
        return postgres(settings.value(QStringLiteral("connexion/serveur")).toString(),
                        settings.value(QStringLiteral("connexion/port"), 5432).toInt(),
                        settings.value(QStringLiteral("connexion/base")).toString(),
                        settings.value(QStringLiteral("connexion/role")).toString(),
                        settings.value(QStringLiteral("connexion/sslmode"), QStringLiteral("prefer")).toString());
    return Error(Tr::tr("Aucun profil de connexion enregistré."), {}, Error::Kind::NotFound);
}

void ConnectionProfile::save(QSettings &settings) const
{
    settings.remove(QStringLiteral("connexion"));
    if (isSqlite()) {
        settings.setValue(QStringLiteral("connexion/type"), QStringLiteral("sqlite"));
        settings.setValue(QStringLiteral("connexion/fichier"), m_filePath);
    } else {
        settings.setValue(QStringLiteral("connexion/type"), QStringLiteral("postgresql"));
        settings.setValue(QStringLiteral("connexion/serveur"), m_host);
        settings.setValue(QStringLiteral("connexion/port"), m_port);
        settings.setValue(QStringLiteral("connexion/base"), m_database);
        settings.setValue(QStringLiteral("connexion/role"), m_role);
        settings.setValue(QStringLiteral("connexion/sslmode"), m_sslMode);
    }
}

QString ConnectionProfile::displayName() const
{
    if (isSqlite())
        return Tr::tr("fichier local %1").arg(QDir::toNativeSeparators(m_filePath));
    return Tr::tr("serveur %1:%2, base %3").arg(m_host).arg(m_port).arg(m_database);
}

} // namespace OpenMairie::Core
