#pragma once

#include "Result.h"

#include <QString>

class QSettings;

namespace OpenMairie::Core {

// Where the suite's data lives: a local SQLite file (one seat, offline) or a shared PostgreSQL server.
// A profile never holds a password: it is asked at login, taken from OPENMAIRIE_PASSWORD, or kept by
// the system's keychain.
class OPENMAIRIE_CORE_EXPORT ConnectionProfile
{
public:
    enum class Backend { Sqlite, Postgres };

    static ConnectionProfile sqlite(const QString &filePath);
    static ConnectionProfile postgres(const QString &host, int port, const QString &database,
                                      const QString &role, const QString &sslMode = QStringLiteral("prefer"));

    // The default seat: a file in the user's data folder (created on first run).
    static ConnectionProfile defaultLocal();
    static QString defaultLocalFilePath();

    // "sqlite:PATH" or "postgresql://role@host:port/base?sslmode=require".
    static Result<ConnectionProfile> fromUrl(const QString &url);
    QString toUrl() const;

    static Result<ConnectionProfile> load(const QSettings &settings);
    void save(QSettings &settings) const;

    Backend backend() const { return m_backend; }
    bool isSqlite() const { return m_backend == Backend::Sqlite; }
    bool isPostgres() const { return m_backend == Backend::Postgres; }
    bool isValid() const;

    QString filePath() const { return m_filePath; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString database() const { return m_database; }
    QString role() const { return m_role; }
    QString sslMode() const { return m_sslMode; }
    void setRole(const QString &role) { m_role = role; }

    // For the status bar and messages: "fichier local C:/…/openmairie.sqlite" or "serveur db:5432/mairie".
    QString displayName() const;

    bool operator==(const ConnectionProfile &other) const = default;

    static const QStringList &sslModes();

private:
    Backend m_backend = Backend::Sqlite;
    QString m_filePath;
    QString m_host;
    int m_port = 5432;
    QString m_database;
    QString m_role;
    QString m_sslMode = QStringLiteral("prefer");
};

} // namespace OpenMairie::Core
