#pragma once

class QApplication;

namespace OpenMairie::Gui {

// Identity, language and look of the application, set once in main() and by the GUI tests so that
// they see what the agent sees.
class ApplicationSetup
{
public:
    static void setIdentity(QApplication &app);
    // French number and date formats, and Qt's own French catalogue so that the standard dialogs
    // (file chooser, message boxes, wizard buttons) speak French. Returns false when the catalogue
    // is not installed (qt6-translations-l10n); the suite still works, in French, with English
    // standard buttons.
    static bool installFrenchTranslations(QApplication &app);
    // Fusion with a sober palette: the same look on every workstation of the town hall.
    static void applyLook(QApplication &app);
};

} // namespace OpenMairie::Gui
