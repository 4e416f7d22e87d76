// Connection profiles: the URL forms that the CLI and the settings accept, the refusals with their
// French message, and the settings file, which must never hold a password.
#include "ConnectionProfile.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace OpenMairie::Core;

Q_DECLARE_METATYPE(ConnectionProfile::Backend)

class TestConnectionProfile : public QObject
{
    Q_OBJECT

private slots:
    void fromUrl_data();
    void fromUrl();
    void refusedUrls_data();
    void refusedUrls();
    void validity_data();
    void validity();
    void displayName();
    void saveAndLoad_data();
    void saveAndLoad();
    void saveNeverWritesAPassword();
    void loadWithoutProfile();
};

void TestConnectionProfile::fromUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<ConnectionProfile::Backend>("backend");
    QTest::addColumn<QString>("filePath");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("sslMode");
    QTest::addColumn<QString>("canonicalUrl");

    const auto sqlite = ConnectionProfile::Backend::Sqlite;
    const auto pg = ConnectionProfile::Backend::Postgres;
    QTest::newRow("sqlite absolu") << QStringLiteral("sqlite:/srv/mairie/openmairie.sqlite") << sqlite
                                   << QStringLiteral("/srv/mairie/openmairie.sqlite") << QString() << 5432 << QString()
                                   << QString() << QStringLiteral("prefer")
                                   << QStringLiteral("sqlite:/srv/mairie/openmairie.sqlite");
    QTest::newRow("sqlite:// forme URL") << QStringLiteral("sqlite:///srv/mairie/om.sqlite") << sqlite
                                         << QStringLiteral("/srv/mairie/om.sqlite") << QString() << 5432 << QString()
                                         << QString() << QStringLiteral("prefer")
                                         << QStringLiteral("sqlite:/srv/mairie/om.sqlite");
    QTest::newRow("sqlite chemin à nettoyer") << QStringLiteral("  sqlite:/srv/mairie/../mairie//om.sqlite ") << sqlite
                                              << QStringLiteral("/srv/mairie/om.sqlite") << QString() << 5432
                                              << QString() << QString() << QStringLiteral("prefer")
                                              << QStringLiteral("sqlite:/srv/mairie/om.sqlite");
    QTest::newRow("sqlite relatif") << QStringLiteral("sqlite:donnees/om.sqlite") << sqlite
                                    << QDir::cleanPath(QDir::current().absoluteFilePath(QStringLiteral("donnees/om.sqlite")))
                                    << QString() << 5432 << QString() << QString() << QStringLiteral("prefer")
                                    << QStringLiteral("sqlite:")
                                           + QDir::cleanPath(QDir::current().absoluteFilePath(QStringLiteral("donnees/om.sqlite")));
    QTest::newRow("sqlite avec espaces et accents") << QStringLiteral("sqlite:/home/agent/Données mairie/om.sqlite")
                                                    << sqlite << QStringLiteral("/home/agent/Données mairie/om.sqlite")
                                                    << QString() << 5432 << QString() << QString()
                                                    << QStringLiteral("prefer")
                                                    << QStringLiteral("sqlite:/home/agent/Données mairie/om.sqlite");
    QTest::newRow("postgresql complet") << QStringLiteral("postgresql://agent@serveur:5433/mairie") << pg << QString()
                                        << QStringLiteral("serveur") << 5433 << QStringLiteral("mairie")
                                        << QStringLiteral("agent") << QStringLiteral("prefer")
                                        << QStringLiteral("postgresql://agent@serveur:5433/mairie");
    QTest::newRow("postgres:// sans port") << QStringLiteral("postgres://agent@serveur/mairie") << pg << QString()
                                           << QStringLiteral("serveur") << 5432 << QStringLiteral("mairie")
                                           << QStringLiteral("agent") << QStringLiteral("prefer")
                                           << QStringLiteral("postgresql://agent@serveur:5432/mairie");
    QTest::newRow("sslmode require") << QStringLiteral("postgresql://j.dupont@db.syndicat.fr:5432/sivom?sslmode=require")
                                     << pg << QString() << QStringLiteral("db.syndicat.fr") << 5432
                                     << QStringLiteral("sivom") << QStringLiteral("j.dupont") << QStringLiteral("require")
                                     << QStringLiteral("postgresql://j.dupont@db.syndicat.fr:5432/sivom?sslmode=require");
    QTest::newRow("sslmode verify-full") << QStringLiteral("postgresql://agent@10.0.0.5:6432/mairie?sslmode=verify-full")
                                         << pg << QString() << QStringLiteral("10.0.0.5") << 6432
                                         << QStringLiteral("mairie") << QStringLiteral("agent")
                                         << QStringLiteral("verify-full")
                                         << QStringLiteral("postgresql://agent@10.0.0.5:6432/mairie?sslmode=verify-full");
    QTest::newRow("sslmode prefer explicite") << QStringLiteral("postgresql://agent@serveur:5432/mairie?sslmode=prefer")
                                              << pg << QString() << QStringLiteral("serveur") << 5432
                                              << QStringLiteral("mairie") << QStringLiteral("agent")
                                              << QStringLiteral("prefer")
                                              << QStringLiteral("postgresql://agent@serveur:5432/mairie");
    QTest::newRow("IPv6") << QStringLiteral("postgresql://agent@[::1]:5432/mairie") << pg << QString()
                          << QStringLiteral("::1") << 5432 << QStringLiteral("mairie") << QStringLiteral("agent")
                          << QStringLiteral("prefer") << QStringLiteral("postgresql://agent@[::1]:5432/mairie");
    QTest::newRow("sans rôle") << QStringLiteral("postgresql://serveur:5432/mairie") << pg << QString()
                               << QStringLiteral("serveur") << 5432 << QStringLiteral("mairie") << QString()
                               << QStringLiteral("prefer") << QStringLiteral("postgresql://serveur:5432/mairie");
}

void TestConnectionProfile::fromUrl()
{
    QFETCH(QString, url);
    QFETCH(ConnectionProfile::Backend, backend);
    QFETCH(QString, filePath);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, role);
    QFETCH(QString, sslMode);
    QFETCH(QString, canonicalUrl);

    const Result<ConnectionProfile> parsed = ConnectionProfile::fromUrl(url);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message()));
    const ConnectionProfile &p = parsed.value();
    QCOMPARE(p.backend(), backend);
    QCOMPARE(p.filePath(), filePath);
    if (backend == ConnectionProfile::Backend::Postgres) {
        QCOMPARE(p.host(), host);
        QCOMPARE(p.port(), port);
        QCOMPARE(p.database(), database);
        QCOMPARE(p.role(), role);
        QCOMPARE(p.sslMode(), sslMode);
    }
    QVERIFY(p.isValid());
    QCOMPARE(p.toUrl(), canonicalUrl);

    // The canonical form reads back as the same profile.
    const Result<ConnectionProfile> again = ConnectionProfile::fromUrl(p.toUrl());
    QVERIFY(again.ok());
    QCOMPARE(again.value(), p);
}

void TestConnectionProfile::refusedUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("message");

    QTest::newRow("mot de passe dans l'adresse")
        << QStringLiteral("postgresql://agent:secret@serveur:5432/mairie")
        << QStringLiteral("Ne mettez pas le mot de passe dans l'adresse du serveur : il serait visible de tous. "
                          "Utilisez la variable OPENMAIRIE_PASSWORD ou laissez la suite le demander.");
    QTest::newRow("mode SSL inconnu")
        << QStringLiteral("postgresql://agent@serveur:5432/mairie?sslmode=oui")
        << QStringLiteral("Mode SSL inconnu « oui ». Valeurs possibles : disable, allow, prefer, require, verify-ca, "
                          "verify-full.");
    QTest::newRow("mode SSL en majuscules")
        << QStringLiteral("postgresql://agent@serveur:5432/mairie?sslmode=REQUIRE")
        << QStringLiteral("Mode SSL inconnu « REQUIRE ». Valeurs possibles : disable, allow, prefer, require, "
                          "verify-ca, verify-full.");
    QTest::newRow("nom de base absent")
        << QStringLiteral("postgresql://agent@serveur:5432")
        << QStringLiteral("Nom de base manquant dans « postgresql://agent@serveur:5432 ». Écrivez par exemple "
                          "postgresql://agent@serveur:5432/mairie.");
    QTest::newRow("nom de base vide")
        << QStringLiteral("postgresql://agent@serveur:5432/")
        << QStringLiteral("Nom de base manquant dans « postgresql://agent@serveur:5432/ ». Écrivez par exemple "
                          "postgresql://agent@serveur:5432/mairie.");
    QTest::newRow("serveur absent")
        << QStringLiteral("postgresql:///mairie")
        << QStringLiteral("Adresse de serveur illisible : « postgresql:///mairie ». Écrivez par exemple "
                          "postgresql://agent@serveur:5432/mairie.");
    QTest::newRow("chemin SQLite absent")
        << QStringLiteral("sqlite:")
        << QStringLiteral("Chemin de fichier manquant dans « sqlite: ». Écrivez par exemple "
                          "sqlite:/home/mairie/openmairie.sqlite.");
    QTest::newRow("autre base")
        << QStringLiteral("mysql://agent@serveur/mairie")
        << QStringLiteral("Base de données non reconnue : « mysql://agent@serveur/mairie ». Utilisez sqlite:CHEMIN ou "
                          "postgresql://rôle@serveur:port/base.");
    QTest::newRow("chemin sans schéma")
        << QStringLiteral("/srv/mairie/om.sqlite")
        << QStringLiteral("Base de données non reconnue : « /srv/mairie/om.sqlite ». Utilisez sqlite:CHEMIN ou "
                          "postgresql://rôle@serveur:port/base.");
    QTest::newRow("vide")
        << QString()
        << QStringLiteral("Base de données non reconnue : «  ». Utilisez sqlite:CHEMIN ou "
                          "postgresql://rôle@serveur:port/base.");
}

void TestConnectionProfile::refusedUrls()
{
    QFETCH(QString, url);
    QFETCH(QString, message);
    const Result<ConnectionProfile> parsed = ConnectionProfile::fromUrl(url);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().message(), message);
    QCOMPARE(parsed.error().kind(), Error::Kind::InvalidInput);
    // A refused URL never echoes the password it carried.
    QVERIFY(!parsed.error().fullText().contains(u"secret"));
}

void TestConnectionProfile::validity_data()
{
    QTest::addColumn<ConnectionProfile>("profile");
    QTest::addColumn<bool>("valid");
    QTest::newRow("sqlite") << ConnectionProfile::sqlite(QStringLiteral("/tmp/om.sqlite")) << true;
    QTest::newRow("sqlite sans chemin") << ConnectionProfile::sqlite(QString()) << false;
    QTest::newRow("pg") << ConnectionProfile::postgres(QStringLiteral("db"), 5432, QStringLiteral("m"), QStringLiteral("r"))
                        << true;
    QTest::newRow("pg sans serveur") << ConnectionProfile::postgres(QString(), 5432, QStringLiteral("m"), QStringLiteral("r"))
                                     << false;
    QTest::newRow("pg sans base") << ConnectionProfile::postgres(QStringLiteral("db"), 5432, QString(), QStringLiteral("r"))
                                  << false;
    QTest::newRow("pg port 0") << ConnectionProfile::postgres(QStringLiteral("db"), 0, QStringLiteral("m"), QStringLiteral("r"))
                               << false;
    QTest::newRow("pg port 65536")
        << ConnectionProfile::postgres(QStringLiteral("db"), 65536, QStringLiteral("m"), QStringLiteral("r")) << false;
}

void TestConnectionProfile::validity()
{
    QFETCH(ConnectionProfile, profile);
    QFETCH(bool, valid);
    QCOMPARE(profile.isValid(), valid);
}

void TestConnectionProfile::displayName()
{
    QCOMPARE(ConnectionProfile::postgres(QStringLiteral("db.syndicat.fr"), 5433, QStringLiteral("sivom"),
                                         QStringLiteral("agent")).displayName(),
             QStringLiteral("serveur db.syndicat.fr:5433, base sivom"));
    QCOMPARE(ConnectionProfile::sqlite(QStringLiteral("/srv/om.sqlite")).displayName(),
             QStringLiteral("fichier local %1").arg(QDir::toNativeSeparators(QStringLiteral("/srv/om.sqlite"))));
    QVERIFY(ConnectionProfile::defaultLocal().isSqlite());
    QVERIFY(ConnectionProfile::defaultLocalFilePath().endsWith(QStringLiteral("/OpenMairie/openmairie.sqlite")));
}

void TestConnectionProfile::saveAndLoad_data()
{
    QTest::addColumn<ConnectionProfile>("profile");
    QTest::newRow("sqlite") << ConnectionProfile::sqlite(QStringLiteral("/srv/mairie/Données/om.sqlite"));
    QTest::newRow("pg") << ConnectionProfile::postgres(QStringLiteral("db.syndicat.fr"), 6432, QStringLiteral("sivom"),
                                                       QStringLiteral("j.dupont"), QStringLiteral("verify-full"));
    QTest::newRow("pg par défaut") << ConnectionProfile::postgres(QStringLiteral("127.0.0.1"), 5432,
                                                                  QStringLiteral("mairie"), QStringLiteral("agent"));
}

void TestConnectionProfile::saveAndLoad()
{
    QFETCH(ConnectionProfile, profile);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString iniPath = dir.filePath(QStringLiteral("openmairie.ini"));
    {
        QSettings settings(iniPath, QSettings::IniFormat);
        profile.save(settings);
    }
    QSettings settings(iniPath, QSettings::IniFormat);
    const Result<ConnectionProfile> loaded = ConnectionProfile::load(settings);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().message()));
    QCOMPARE(loaded.value(), profile);
}

void TestConnectionProfile::saveNeverWritesAPassword()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString iniPath = dir.filePath(QStringLiteral("openmairie.ini"));
    const QString secret = QStringLiteral("Secret-Mairie-2026");
    {
        // A file written by hand (or an older version) with a password in the profile's group:
        // saving the profile must clear it.
        QSettings settings(iniPath, QSettings::IniFormat);
        settings.setValue(QStringLiteral("connexion/motdepasse"), secret);
        settings.setValue(QStringLiteral("connexion/password"), secret);
        settings.setValue(QStringLiteral("connexion/fichier"), QStringLiteral("/ancien/chemin.sqlite"));
        settings.setValue(QStringLiteral("interface/theme"), QStringLiteral("clair"));
    }
    const Result<ConnectionProfile> fromUrl = ConnectionProfile::fromUrl(
        QStringLiteral("postgresql://j.dupont@db.syndicat.fr:5432/sivom?sslmode=require"));
    QVERIFY(fromUrl.ok());
    {
        QSettings settings(iniPath, QSettings::IniFormat);
        fromUrl.value().save(settings);
    }
    QSettings settings(iniPath, QSettings::IniFormat);
    settings.beginGroup(QStringLiteral("connexion"));
    QStringList keys = settings.allKeys();
    keys.sort();
    QCOMPARE(keys, (QStringList{QStringLiteral("base"), QStringLiteral("port"), QStringLiteral("role"),
                                QStringLiteral("serveur"), QStringLiteral("sslmode"), QStringLiteral("type")}));
    settings.endGroup();
    // Other groups of the file are left alone.
    QCOMPARE(settings.value(QStringLiteral("interface/theme")).toString(), QStringLiteral("clair"));

    QFile raw(iniPath);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(raw.readAll());
    QVERIFY2(!text.contains(secret), qPrintable(text));
    QVERIFY2(!text.contains(u"motdepasse", Qt::CaseInsensitive), qPrintable(text));
    QVERIFY2(!text.contains(u"password", Qt::CaseInsensitive), qPrintable(text));
    QVERIFY2(!text.contains(u"/ancien/chemin.sqlite"), qPrintable(text));

    // Switching the seat to a local file leaves no trace of the server behind.
    {
        QSettings again(iniPath, QSettings::IniFormat);
        ConnectionProfile::sqlite(QStringLiteral("/srv/om.sqlite")).save(again);
    }
    QSettings after(iniPath, QSettings::IniFormat);
    after.beginGroup(QStringLiteral("connexion"));
    keys = after.allKeys();
    keys.sort();
    QCOMPARE(keys, (QStringList{QStringLiteral("fichier"), QStringLiteral("type")}));
}

void TestConnectionProfile::loadWithoutProfile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings empty(dir.filePath(QStringLiteral("vide.ini")), QSettings::IniFormat);
    Result<ConnectionProfile> loaded = ConnectionProfile::load(empty);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().message(), QStringLiteral("Aucun profil de connexion enregistré."));
    QCOMPARE(loaded.error().kind(), Error::Kind::NotFound);

    QSettings unknown(dir.filePath(QStringLiteral("inconnu.ini")), QSettings::IniFormat);
    unknown.setValue(QStringLiteral("connexion/type"), QStringLiteral("oracle"));
    loaded = ConnectionProfile::load(unknown);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().message(), QStringLiteral("Aucun profil de connexion enregistré."));

    // A server profile without its server name loads, but is not usable.
    QSettings incomplete(dir.filePath(QStringLiteral("incomplet.ini")), QSettings::IniFormat);
    incomplete.setValue(QStringLiteral("connexion/type"), QStringLiteral("postgresql"));
    incomplete.setValue(QStringLiteral("connexion/base"), QStringLiteral("mairie"));
    loaded = ConnectionProfile::load(incomplete);
    QVERIFY(loaded.ok());
    QVERIFY(!loaded.value().isValid());
    QCOMPARE(loaded.value().port(), 5432);
    QCOMPARE(loaded.value().sslMode(), QStringLiteral("prefer"));
}

QTEST_GUILESS_MAIN(TestConnectionProfile)
#include "tst_connectionprofile.moc"
