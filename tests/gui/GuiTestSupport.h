#pragma once

#include "CoreServices.h"
#include "TestDatabase.h"

#include <QString>

namespace OpenMairie::Gui {
class FirstRunWizard;
class ShellController;
} // namespace OpenMairie::Gui

namespace OpenMairie::Test {

// Test mode for QStandardPaths (no real user folder touched), the application's identity, look and
// French catalogue: the tests see the shell as the agent does.
void prepareGuiTest();

QString guiFixtureModuleDir();
// Loads the fixture modules only: guiessai (active), guiapi (wrong API) and guidep (missing dependency).
void useFixtureModules(Core::CoreServices &services);

// The credentials that open the test base as its administrator: on SQLite the application password,
// on PostgreSQL the server role's password.
QString adminSignInPassword(const TestDatabase &db);

// Drives the wizard from its first page to the summary, for a new base on the test backend (a new
// SQLite file, or the empty test database on the server). Returns an empty string or what failed.
QString fillWizardForNewBase(Gui::FirstRunWizard &wizard, const TestDatabase &db,
                             const QString &commune = QStringLiteral("13004"));

// The settings file of a test (INI in the test's temporary folder).
QString settingsFile(const TestDatabase &db);

} // namespace OpenMairie::Test
