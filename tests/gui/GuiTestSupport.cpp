#include "GuiTestSupport.h"

#include "ApplicationSetup.h"
#include "CommuneSearchField.h"
#include "FirstRunWizard.h"
#include "ServerForm.h"
#include "WizardAdminPage.h"
#include "WizardCommunePage.h"
#include "WizardLocalPage.h"
#include "WizardModePage.h"
#include "WizardServerPage.h"

#include <QApplication>
#include <QLineEdit>
#include <QStandardPaths>

namespace OpenMairie::Test {

void prepareGuiTest()
{
    QStandardPaths::setTestModeEnabled(true);
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    Q_ASSERT(app);
    Gui::ApplicationSetup::setIdentity(*app);
    Gui::ApplicationSetup::installFrenchTranslations(*app);
    Gui::ApplicationSetup::applyLook(*app);
    QApplication::setQuitOnLastWindowClosed(false);
}

QString guiFixtureModuleDir()
{
    return QStringLiteral(OPENMAIRIE_GUI_FIXTURE_MODULES);
}

void useFixtureModules(Core::CoreServices &services)
{
    services.modules().setSearchPaths({guiFixtureModuleDir()});
}

QString adminSignInPassword(const TestDatabase &db)
{
    return TestDatabase::isPostgres() ? db.password() : TestDatabase::adminApplicationPassword();
}

QString settingsFile(const TestDatabase &db)
{
    return db.tempPath(QStringLiteral("openmairie-test.ini"));
}

QString fillWizardForNewBase(Gui::FirstRunWizard &wizard, const TestDatabase &db, const QString &commune)
{
    if (wizard.currentId() != Gui::FirstRunWizard::ModePage)
        return QStringLiteral("l'assistant ne commence pas par le choix du mode");
    wizard.modePage()->setServerMode(TestDatabase::isPostgres());
    wizard.next();
    if (TestDatabase::isPostgres()) {
        if (wizard.currentId() != Gui::FirstRunWizard::ServerPage)
            return QStringLiteral("page serveur attendue");
        wizard.serverPage()->form()->setProfile(db.profile());
        wizard.serverPage()->form()->setPassword(db.password());
    } else {
        if (wizard.currentId() != Gui::FirstRunWizard::LocalPage)
            return QStringLiteral("page du fichier local attendue");
        wizard.localPage()->setFilePath(db.profile().filePath());
    }
    wizard.next();
    if (wizard.currentId() != Gui::FirstRunWizard::CommunePage)
        return QStringLiteral("page commune attendue, page %1 affichée").arg(wizard.currentId());
    wizard.communePage()->searchField()->setText(commune);
    wizard.next();
    if (wizard.currentId() != Gui::FirstRunWizard::AdminPage)
        return QStringLiteral("page administrateur attendue, page %1 affichée").arg(wizard.currentId());
    if (!TestDatabase::isPostgres()) {
        wizard.adminPage()->loginEdit()->setText(TestDatabase::adminLogin());
        wizard.adminPage()->passwordEdit()->setText(TestDatabase::adminApplicationPassword());
        wizard.adminPage()->confirmationEdit()->setText(TestDatabase::adminApplicationPassword());
    }
    wizard.adminPage()->nameEdit()->setText(QStringLiteral("Administrateur de test"));
    wizard.next();
    if (wizard.currentId() != Gui::FirstRunWizard::SummaryPage)
        return QStringLiteral("page récapitulative attendue, page %1 affichée").arg(wizard.currentId());
    return {};
}

} // namespace OpenMairie::Test
