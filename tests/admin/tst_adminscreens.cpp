// The administrator's screens of issue 3, offscreen on a real database (SQLite file or a fresh
// PostgreSQL database): accounts, the rights matrix, the audit journal, the agent's own password
// and the menu entries that follow the session's rights.
#include "AdminTestSupport.h"

#include "AuditBrowser.h"
#include "ChangePasswordDialog.h"
#include "DateLineEdit.h"
#include "PasswordFields.h"
#include "RightsMatrixDialog.h"
#include "SecurityAdministration.h"
#include "UserAccountForm.h"
#include "UsersDialog.h"

#include "CoreServices.h"
#include "TestDatabase.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStandardItem>
#include <QTableWidget>
#include <QTest>
#include <QUuid>

using namespace OpenMairie::Core;
using namespace OpenMairie::CoreUi;
using OpenMairie::Test::MessageBoxAnswerer;
using OpenMairie::Test::TestDatabase;
using OpenMairie::Test::saveScreenshot;

namespace {
const QString kPassword = QStringLiteral("Agent-Tarascon-2026!");

QString uniqueLogin(const QString &stem)
{
    return stem + u'_' + QUuid::createUuid().toString(QUuid::Id128).left(8);
}

NewUser agent(const QString &login, qint64 commune)
{
    NewUser u;
    u.login = login;
    u.nom = QStringLiteral("Jeanne Dupont");
    u.profile = Profile::Utilisateur;
    u.password = kPassword;
    u.communeIds = {commune};
    return u;
}

int rowOf(const UsersDialog &dialog, const QString &login)
{
    for (int row = 0; row < dialog.table()->rowCount(); ++row)
        if (dialog.table()->item(row, UsersDialog::Login)->text() == login)
            return row;
    return -1;
}
} // namespace

class TestAdminScreens : public QObject
{
    Q_OBJECT

private slots:
    void newAccountThroughTheForm();
    void editAccountChangesTheProfile();
    void concurrentEditOffersReload();
    void disableAndReactivate();
    void filterNarrowsTheList();
    void passwordDialogRefusesWrongOldPassword();
    void rightsMatrixChangesPermissions();
    void auditBrowserFiltersShowsAndExports();
    void menuEntriesFollowTheRights();
};

void TestAdminScreens::newAccountThroughTheForm()
{
    TestDatabase db;
    OM_REQUIRE_DB(db);
    CoreServices services;
    OM_VERIFY_OK(db.initialize(services));
    UsersDialog dialog(services);
    const int before = dialog.accounts().size();
    UserAccountForm *form = dialog.createAccount();
    QVERIFY(form);
    QVERIFY(form->isNewAccount());
    const QString login = uniqueLogin(QStringLiteral("jdupont"));
    form->loginEdit()->setText(login);
    form->nomEdit()->setText(QStringLiteral("Jeanne Dupont"));
    form->courrielEdit()->setText(QStringLiteral("j.dupont@mairie-arles.fr"));
    form->setProfile(Profile::UtilisateurLimite);
    form->setCheckedCommunes({QStringLiteral("13004")});

    // A weak password is refused with its reason, as soon as typed and when saving.
    form->passwordFields()->setPasswords(QStringLiteral("court"), QStringLiteral("court"));
    QVERIFY(!form->passwordFields()->shownProblem().isEmpty());
    QVERIFY(!form->save());
    QCOMPARE(form->errorText(), form->passwordFields()->problem());
    // A confirmation that differs says so.
    form->passwordFields()->setPasswords(kPassword, kPassword + u'x');
    QVERIFY(!form->save());
    QVERIFY2(form->errorText().contains(QStringLiteral("confirmation")), qPrintable(form->errorText()));
    // Without any commune: the agent would see nothing.
    form->passwordFields()->setPasswords(kPassword, kPassword);
    form->setCheckedCommunes({});
    QVERIFY(!form->save());
    QVERIFY2(form->errorText().contains(QStringLiteral("commune")), qPrintable(form->errorText()));
    QCOMPARE(services.users().find(login).ok(), false);

    form->setCheckedCommunes({QStringLiteral("13004")});
    QVERIFY2(form->save(), qPrintable(form->errorText()));
    QCOMPARE(dialog.accounts().size(), before + 1);
    QCOMPARE(dialog.currentLogin(), login);
    const int row = rowOf(dialog, login);
    QVERIFY(row >= 0);
    QCOMPARE(dialog.table()->item(row, UsersDialog::Profil)->text(), profileLabel(Profile::UtilisateurLimite));
    QVERIFY(dialog.table()->item(row, UsersDialog::Communes)->text().contains(QStringLiteral("Arles")));
    QCOMPARE(dialog.table()->item(row, UsersDialog::Actif)->text(), QStringLiteral("oui"));

    Result<UserAccount> saved = services.users().find(login);
    OM_VERIFY_OK(saved);
    QCOMPARE(saved->nom, QStringLiteral("Jeanne Dupont"));
    QCOMPARE(saved->courriel, QStringLiteral("j.dupont@mairie-arles.fr"));
    QCOMPARE(saved->profile, Profile::UtilisateurLimite);
    QCOMPARE(saved->communes.size(), 1);
    saveScreenshot(&dialog, QStringLiteral("administration-utilisateurs"));
}

void TestAdminScreens::editAccountChangesTheProfile()
{
    TestDatabase db;
    OM_REQUIRE_DB(db);
    CoreServices services;
    OM_VERIFY_OK(db.initialize(services));
    const QString login = uniqueLogin(QStringLiteral("mmartin"));
    OM_VERIFY_OK(services.users().createUser(agent(login, services.session().commune().id), TestDatabase::adminLogin()));
    UsersDialog dialog(services);
    QVERIFY(dialog.selectLogin(login));
    UserAccountForm *form = dialog.editCurrent();
    QVERIFY(form);
    QVERIFY(!form->isNewAccount());
    QVERIFY(form->loginEdit()->isReadOnly());
    QCOMPARE(form->profile(), Profile::Utilisateur);
    saveScreenshot(form, QStringLiteral("compte-agent"));
    form->setProfile(Profile::SuperUtilisateur);
    QVERIFY2(form->save(), qPrintable(form->errorText()));
    Result<UserAccount> saved = services.users().find(login);
    OM_VERIFY_OK(saved);
    QCOMPARE(saved->profile, Profile::SuperUtilisateur);
    QCOMPARE(dialog.table()->item(rowOf(dialog, login), UsersDialog::Profil)->text(),
             profileLabel(Profile::SuperUtilisateur));
}

void TestAdminScreens::concurrentEditOffersReload()
{
    TestDatabase db;
    OM_REQUIRE_DB(db);
    CoreServices services;
    OM_VERIFY_OK(db.initialize(services));
    const QString login = uniqueLogin(QStringLiteral("pdurand"));
    OM_VERIFY_OK(services.users().createUser(agent(login, services.session().commune().id), TestDatabase::adminLogin()));
    Result<UserAccount> account = services.users().find(login);
    OM_VERIFY_OK(account);
    Result<QList<SessionCommune>> communes = services.communes().all();
    OM_VERIFY_OK(communes);
    UserAccountForm form(services.users(), communes.value(), account.value());

    // Another administrator renames the agent meanwhile.
    UserChanges other;
    other.nom = QStringLiteral("Pierre Durand-Lefèvre");
    other.profile = Profile::Utilisateur;
    other.communeIds = {services.session().commune().id};
    OM_VERIFY_OK(services.users().update(login, other, account->version));

    form.setProfile(Profile::Consultation);
    MessageBoxAnswerer answerer(QStringLiteral("Recharger"));
    QVERIFY(!form.save());
    // The refusal says who changed the account; the agent chose to reload it.
    QCOMPARE(answerer.texts().size(), 1);
    QVERIFY(!answerer.texts().first().isEmpty());
    // Nothing overwritten, and the form now shows the account as it is.
    QCOMPARE(form.nomEdit()->text(), QStringLiteral("Pierre Durand-Lefèvre"));
    QCOMPARE(form.profile(), Profile::Utilisateur);
    Result<UserAccount> stored = services.users().find(login);
    OM_VERIFY_OK(stored);
    QCOMPARE(stored->profile, Profile::Utilisateur);
    // Saved again from the reloaded account, the change goes through.
    form.setProfile(Profile::Consultation);
    QVERIFY2(form.save(), qPrintable(form.errorText()));
    QCOMPARE(services.users().find(login)->profile, Profile::Consultation);
}

void TestAdminScreens::disableAndReactivate()
{
    TestDatabase db;
    OM_REQUIRE_DB(db);
    CoreServices services;
    OM_VERIFY_OK(db.initialize(services));
    const QString login = uniqueLogin(QStringLiteral("lbernard"));
    OM_VERIFY_OK(services.users().createUser(agent(login, services.session().commune().id), TestDatabase::adminLogin()));
    UsersDialog dialog(services);
    QVERIFY(dialog.selectLogin(login));
    QCOMPARE(dialog.toggleActiveButton()->text().remove(u'&'), QStringLiteral("Désactiver"));
    QVERIFY(dialog.toggleActiveCurrent());
    QCOMPARE(dialog.table()->item(rowOf(dialog, login), UsersDialog::Actif)->text(), QStringLiteral("non"));
    QCOMPARE(services.users().find(login)->active, false);
    QCOMPARE(dialog.toggleActiveButton()->text().remove(u'&'), QStringLiteral("Réactiver"));
    QVERIFY(dialog.toggleActiveCurrent());
    QCOMPARE(services.users().find(login)->active, true);
}

void TestAdminScreens::filterNarrowsTheList()
{
    TestDatabase db;
    OM_REQUIRE_DB(db);
    CoreServices services;
    OM_VERIFY_OK(db.initialize(services));
    const QString login = uniqueLogin(QStringLiteral("zfiltre"));
    OM_VERIFY_OK(services.users().createUser(agent(login, services.session().commune().id), TestDatabase::adminLogin()));
    UsersDialog dialog(services);
    QVERIFY(dialog.visibleRowCount() >= 2);
    dialog.filterEdit()->setText(login.toUpper());
    QCOMPARE(dialog.visibleRowCount(), 1);
    dialog.filterEdit()->setText(QStringLiteral("personne-de-ce-nom"));
    QCOMPARE(dialog.visibleRowCount(), 0);
    QVERIFY(dialog.currentLogin().isEmpty());
}

void TestAdminScreens::passwordDialogRefusesWrongOldPassword()
{
    TestDatabase db;
    OM_REQUIRE_DB(db);
    CoreServices services;
    OM_VERIFY_OK(db.initialize(services));
    ChangePasswordDialog dialog(services.users());
    dialog.oldPasswordEdit()->setText(QStringLiteral("pas-le-bon-mot-de-passe"));
    dialog.passwordFields()->setPasswords(kPassword, kPassword);
    QVERIFY(!dialog.save());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("incorrect")) || dialog.errorText().contains(QStringLiteral("refus")),
             qPrintable(dialog.errorText()));
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    // The old password is asked first.
    dialog.oldPasswordEdit()->clear();
    QVERIFY(!dialog.save());
    QCOMPARE(dialog.errorText(), QStringLiteral("Saisissez votre mot de passe actuel."));
    saveScreenshot(&dialog, QStringLiteral("changer-mot-de-passe"));
}

void TestAdminScreens::rightsMatrixChangesPermissions()
{
    TestDatabase db;
    OM_REQUIRE_DB(db);
    CoreServices services;
    OM_VERIFY_OK(db.initialize(services));
    RightsMatrixDialog dialog(services);
    QString permission;
    Profile declared = Profile::Administrateur;
    for (const RightEntry &e : services.rights().entries()) {
        if (e.declared > Profile::Consultation && e.declared < Profile::Administrateur) {
            permission = e.permission;
            declared = e.declared;
            break;
        }
    }
    QVERIFY2(!permission.isEmpty(), "aucun droit déclaré entre Consultation et Administrateur");
    QVERIFY(dialog.isChecked(permission, declared));
    QVERIFY(!dialog.isChecked(permission, Profile::Consultation));
    QVERIFY(!dialog.isShownAsChanged(permission));
    // The administrator's column cannot be unticked.
    QVERIFY(!dialog.setChecked(permission, Profile::Administrateur, false));

    QVERIFY2(dialog.setChecked(permission, Profile::Consultation, true), qPrintable(dialog.lastError()));
    QCOMPARE(services.permissions().minimumProfile(permission), Profile::Consultation);
    QTRY_VERIFY(dialog.isShownAsChanged(permission));
    for (int p = 1; p <= 5; ++p)
        QVERIFY(dialog.isChecked(permission, static_cast<Profile>(p)));
    QVERIFY(services.permissions().allows(Profile::Consultation, permission));

    // Unticking the module's profile takes the right from the profiles below it as well.
    const auto above = static_cast<Profile>(static_cast<int>(declared) + 1);
    QVERIFY2(dialog.setChecked(permission, declared, false), qPrintable(dialog.lastError()));
    QCOMPARE(services.permissions().minimumProfile(permission), above);
    QTRY_VERIFY(!dialog.isChecked(permission, Profile::Consultation));
    QVERIFY(!dialog.isChecked(permission, declared));
    QVERIFY(dialog.isChecked(permission, above));
    QVERIFY(dialog.isShownAsChanged(permission));
    QVERIFY(dialog.selectPermission(permission));
    QVERIFY(dialog.resetButton()->isEnabled());
    saveScreenshot(&dialog, QStringLiteral("droits-profils"));

    QVERIFY(dialog.resetCurrent());
    QCOMPARE(services.permissions().minimumProfile(permission), declared);
    QVERIFY(!dialog.isShownAsChanged(permission));
    QVERIFY(dialog.isChecked(permission, declared));
}

void TestAdminScreens::auditBrowserFiltersShowsAndExports()
{
    TestDatabase db;
    OM_REQUIRE_DB(db);
    CoreServices services;
    OM_VERIFY_OK(db.initialize(services));
    const QString login = uniqueLogin(QStringLiteral("audit"));
    OM_VERIFY_OK(services.users().createUser(agent(login, services.session().commune().id), TestDatabase::adminLogin()));
    Result<UserAccount> account = services.users().find(login);
    OM_VERIFY_OK(account);
    UserChanges changes;
    changes.nom = QStringLiteral("Jeanne Dupont-Martin");
    changes.profile = Profile::Utilisateur;
    changes.communeIds = {services.session().commune().id};
    OM_VERIFY_OK(services.users().update(login, changes, account->version));

    AuditBrowser browser(services);
    QVERIFY(browser.exportButton()->isVisibleTo(&browser));
    // A record number that is not one is refused with its reason, without searching.
    browser.recordEdit()->setText(QStringLiteral("douze"));
    QVERIFY(!browser.search());
    QVERIFY2(browser.errorText().contains(QStringLiteral("n'est pas un nombre")), qPrintable(browser.errorText()));
    // So is a reversed period.
    browser.recordEdit()->setText(QString::number(account->id));
    browser.fromEdit()->setDate(QDate::currentDate().addDays(1));
    browser.toEdit()->setDate(QDate::currentDate().addDays(-1));
    QVERIFY(!browser.search());
    QVERIFY2(browser.errorText().contains(QStringLiteral("inversée")), qPrintable(browser.errorText()));

    browser.fromEdit()->setDate(QDate::currentDate().addDays(-1));
    browser.toEdit()->setDate(QDate::currentDate().addDays(1));
    browser.tableEdit()->setText(QStringLiteral("utilisateur"));
    browser.actionCombo()->setCurrentIndex(browser.actionCombo()->findData(QStringLiteral("update")));
    QVERIFY2(browser.search(), qPrintable(browser.errorText()));
    QVERIFY(browser.errorText().isEmpty());
    QCOMPARE(browser.rows().size(), 1);
    QCOMPARE(browser.rows().first().table, QStringLiteral("utilisateur"));
    QCOMPARE(browser.rows().first().recordId, account->id);
    QCOMPARE(browser.results()->item(0, AuditBrowser::Action)->text(), AuditRow::actionLabel(QStringLiteral("update")));
    browser.showDetail(0);
    QVERIFY2(browser.highlightedFields().contains(QStringLiteral("nom")), qPrintable(browser.highlightedFields().join(u',')));
    QVERIFY(!browser.highlightedFields().contains(QStringLiteral("login")));
    bool sideBySide = false;
    for (int i = 0; i < browser.detail()->rowCount(); ++i) {
        if (browser.detail()->item(i, AuditBrowser::DetailField)->text() == u"nom") {
            QCOMPARE(browser.detail()->item(i, AuditBrowser::DetailBefore)->text(), QStringLiteral("Jeanne Dupont"));
            QCOMPARE(browser.detail()->item(i, AuditBrowser::DetailAfter)->text(), QStringLiteral("Jeanne Dupont-Martin"));
            sideBySide = true;
        }
    }
    QVERIFY(sideBySide);
    saveScreenshot(&browser, QStringLiteral("journal-audit"));

    const QString path = db.tempPath(QStringLiteral("journal.csv"));
    QVERIFY(browser.exportTo(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(csv);
    QVERIFY2(text.contains(QStringLiteral("Jeanne Dupont-Martin")), qPrintable(text));
    QVERIFY(text.contains(u';'));

    // The export itself is in the journal.
    AuditFilter exports;
    exports.action = QStringLiteral("export");
    Result<QList<AuditRow>> logged = services.auditQuery().find(exports);
    OM_VERIFY_OK(logged);
    QVERIFY(!logged->isEmpty());
}

void TestAdminScreens::menuEntriesFollowTheRights()
{
    TestDatabase db;
    OM_REQUIRE_DB(db);
    CoreServices services;
    OM_VERIFY_OK(db.initialize(services));
    QWidget window;
    QMenu administration;
    QMenu account;
    SecurityAdministration entries(services, &administration, &account, &window);
    QVERIFY(entries.usersAction()->isVisible());
    QVERIFY(entries.rightsAction()->isVisible());
    QVERIFY(entries.auditAction()->isVisible());
    QVERIFY(entries.passwordAction()->isVisible());
    QVERIFY(entries.showUsers());

    // A Consultation agent signs in on this seat: the screens close, the entries hide.
    const SessionUser admin = services.session().user();
    SessionUser reader;
    reader.id = admin.id + 1000;
    reader.login = QStringLiteral("lecteur");
    reader.displayName = QStringLiteral("Agent en consultation");
    reader.profile = Profile::Consultation;
    services.session().start(reader, services.session().availableCommunes(), services.session().commune());
    QVERIFY(!entries.usersAction()->isVisible());
    QVERIFY(!entries.rightsAction()->isVisible());
    QVERIFY(!entries.auditAction()->isVisible());
    QVERIFY(entries.passwordAction()->isVisible());
    QCOMPARE(entries.showUsers(), nullptr);
    QCOMPARE(entries.showRights(), nullptr);
    QCOMPARE(entries.showAudit(), nullptr);

    services.session().end();
    QVERIFY(!entries.passwordAction()->isVisible());
}

QTEST_MAIN(TestAdminScreens)
#include "tst_adminscreens.moc"
