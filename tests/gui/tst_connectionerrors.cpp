// What the agent reads when a base cannot be opened: a French sentence naming the file, or the host
// and the port, and saying what to do; the driver's text stays behind "Détails".
#include "ConnectionDialog.h"
#include "ErrorPanel.h"
#include "FirstRunWizard.h"
#include "GuiTestSupport.h"
#include "LocalFileForm.h"
#include "LoginDialog.h"
#include "ServerForm.h"
#include "ShellSettings.h"
#include "WizardModePage.h"
#include "WizardServerPage.h"
#include "WorkspaceAccess.h"

#include <QDir>
#include <QLineEdit>
#include <QTest>
#include <QToolButton>

using namespace OpenMairie;
using Test::TestDatabase;

class TestConnectionErrors : public QObject
{
    Q_OBJECT

private:
    // A profile on the test server with one thing wrong.
    static Core::ConnectionProfile serverProfile(const TestDatabase &db, const QString &what)
    {
        const Core::ConnectionProfile p = db.profile();
        if (what == u"base absente")
            return Core::ConnectionProfile::postgres(p.host(), p.port(), QStringLiteral("om_absente"), p.role(),
                                                     p.sslMode());
        if (what == u"serveur arrêté")
            return Core::ConnectionProfile::postgres(p.host(), 1, p.database(), p.role(), p.sslMode());
        if (what == u"SSL exigé")
            return Core::ConnectionProfile::postgres(p.host(), p.port(), p.database(),
                                                     qEnvironmentVariable("OPENMAIRIE_TEST_PG_SSL_ROLE"),
                                                     QStringLiteral("disable"));
        return p;
    }

    static QString expectedServerMessage(const TestDatabase &db, const QString &what)
    {
        const QString where = QStringLiteral("serveur %1, port %2").arg(db.profile().host()).arg(db.profile().port());
        if (what == u"mauvais mot de passe")
            return QStringLiteral("Mot de passe refusé par le %1 pour le rôle « %2 ». Vérifiez l'identifiant et le mot "
                                  "de passe (attention aux majuscules), ou demandez à l'administrateur de le "
                                  "réinitialiser.").arg(where, db.profile().role());
        if (what == u"base absente")
            return QStringLiteral("La base « om_absente » n'existe pas sur le %1. Vérifiez son nom dans le profil de "
                                  "connexion, ou demandez au prestataire de la créer.").arg(where);
        if (what == u"serveur arrêté")
            return QStringLiteral("Impossible de joindre le serveur %1, port 1. Vérifiez que le serveur est démarré, "
                                  "que l'adresse et le port du profil sont justes et que le réseau fonctionne, puis "
                                  "réessayez.").arg(db.profile().host());
        if (what == u"SSL exigé")
            return QStringLiteral("Le %1 exige une connexion chiffrée (SSL). Choisissez le mode SSL « require » (ou "
                                  "« verify-full ») dans le profil de connexion.").arg(where);
        return {};
    }

private slots:
    void initTestCase() { Test::prepareGuiTest(); }

    void serverProblems_data()
    {
        QTest::addColumn<QString>("what");
        if (!TestDatabase::isPostgres()) {
            QTest::newRow("sans objet sur SQLite") << QString();
            return;
        }
        for (const char *what : {"mauvais mot de passe", "base absente", "serveur arrêté", "SSL exigé"})
            QTest::newRow(what) << QString::fromUtf8(what);
    }

    // The wizard's "Tester la connexion" and the login dialog give the same sentence.
    void serverProblems()
    {
        QFETCH(QString, what);
        TestDatabase db;
        OM_REQUIRE_DB(db);
        if (what.isEmpty())
            return; // the SQLite counterparts are the file tests below
        const Core::ConnectionProfile profile = serverProfile(db, what);
        const QString password = what == u"mauvais mot de passe" ? QStringLiteral("pas-le-bon") : db.password();
        const QString expected = expectedServerMessage(db, what);

        Core::CoreServices services;
        Test::useFixtureModules(services);
        Gui::WorkspaceAccess access(services);
        Gui::ShellSettings settings(Test::settingsFile(db));
        Gui::FirstRunWizard wizard(access, settings);
        wizard.show();
        wizard.modePage()->setServerMode(true);
        wizard.next();
        wizard.serverPage()->form()->setProfile(profile);
        wizard.serverPage()->form()->setPassword(password);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Gui::FirstRunWizard::ServerPage));
        Gui::ErrorPanel *panel = wizard.serverPage()->errorPanel();
        QCOMPARE(panel->message(), expected);
        QVERIFY(panel->isVisibleTo(&wizard));
        // The driver's text is there for the provider, hidden until asked for.
        QVERIFY(!panel->detail().isEmpty());
        auto *details = panel->findChild<QToolButton *>(QStringLiteral("errorDetailsButton"));
        QVERIFY(details && details->isVisibleTo(&wizard));
        auto *detailText = panel->findChild<QWidget *>(QStringLiteral("errorDetails"));
        QVERIFY(!detailText->isVisibleTo(&wizard));
        details->click();
        QVERIFY(detailText->isVisibleTo(&wizard));

        Gui::LoginDialog login(access, profile);
        login.show();
        login.loginEdit()->setText(profile.role());
        login.passwordEdit()->setText(password);
        QVERIFY(!login.attemptSignIn());
        QCOMPARE(login.errorPanel()->message(), expected);
        QVERIFY(login.isVisible());
        QVERIFY(!services.session().isAuthenticated());
    }

    void fileProblems_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("fichier absent") << QStringLiteral("absent");
        QTest::newRow("fichier d'un autre programme") << QStringLiteral("autre");
    }

    void fileProblems()
    {
        QFETCH(QString, what);
        TestDatabase db;
        OM_REQUIRE_DB(db);
        const QString path = db.tempPath(what + QStringLiteral(".sqlite"));
        QString expected;
        if (what == u"autre") {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(4096, 'x'));
            f.close();
        }
        Core::CoreServices services;
        Test::useFixtureModules(services);
        Gui::WorkspaceAccess access(services);
        Gui::LoginDialog login(access, Core::ConnectionProfile::sqlite(path));
        login.show();
        login.loginEdit()->setText(QStringLiteral("admin"));
        login.passwordEdit()->setText(QStringLiteral("Mairie-2026!"));
        QVERIFY(!login.attemptSignIn());
        const QString message = login.errorPanel()->message();
        QVERIFY2(message.contains(QStringLiteral("« %1 »").arg(QDir::toNativeSeparators(path))), qPrintable(message));
        if (what == u"absent")
            QVERIFY2(message.startsWith(QStringLiteral("Le fichier de données « ")), qPrintable(message));
        else
            QVERIFY2(message.startsWith(QStringLiteral("Le fichier « ")), qPrintable(message));
        QVERIFY(login.isVisible());
        QVERIFY(login.passwordEdit()->text().isEmpty());
    }

    void connectionDialogRefusesAMissingFile()
    {
        TestDatabase db;
        OM_REQUIRE_DB(db);
        Core::CoreServices services;
        Gui::WorkspaceAccess access(services);
        Gui::ConnectionDialog dialog(access, Core::ConnectionProfile::defaultLocal());
        dialog.show();
        dialog.setServerMode(false);
        const QString path = db.tempPath(QStringLiteral("introuvable.sqlite"));
        dialog.localForm()->setFilePath(path);
        QVERIFY(!dialog.useChosenProfile());
        QCOMPARE(dialog.errorPanel()->message(),
                 QStringLiteral("Le fichier « %1 » n'existe pas. Vérifiez le chemin, ou cliquez sur « Créer une "
                                "nouvelle base… » pour en créer une.").arg(QDir::toNativeSeparators(path)));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.choice(), Gui::ConnectionDialog::Choice::None);
    }

    void connectionDialogTestsTheServer()
    {
        TestDatabase db;
        OM_REQUIRE_DB(db);
        Core::CoreServices services;
        Gui::WorkspaceAccess access(services);
        Gui::ConnectionDialog dialog(access, db.profile());
        dialog.show();
        if (TestDatabase::isPostgres()) {
            dialog.serverForm()->setPassword(db.password());
            // Empty server base: usable only after creating it.
            QVERIFY(!dialog.testConnection());
            QCOMPARE(dialog.errorPanel()->message(),
                     QStringLiteral("Connexion réussie à %1, mais la base ne contient pas encore de données OpenMairie. "
                                    "Pour la préparer, cliquez sur « Créer une nouvelle base… ».")
                         .arg(db.profile().displayName()));
            {
                Core::CoreServices other;
                OM_VERIFY_OK(db.initialize(other));
            }
            QVERIFY(dialog.testConnection());
        } else {
            {
                Core::CoreServices other;
                OM_VERIFY_OK(db.initialize(other));
            }
            dialog.localForm()->setFilePath(db.profile().filePath());
            QVERIFY(dialog.testConnection());
        }
        QCOMPARE(dialog.errorPanel()->message(), QStringLiteral("Connexion réussie à %1 : la base OpenMairie est prête.")
                                                     .arg(db.profile().displayName()));
        // The test used its own connection: the shell's is untouched.
        QVERIFY(!services.database().isOpen());
    }
};

QTEST_MAIN(TestConnectionErrors)
#include "tst_connectionerrors.moc"
