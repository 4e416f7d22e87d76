#pragma once

#include <QLocale>
#include <QString>

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
    // The interface language: the agent's choice (settings), else the partner's (deployment file),
    // else the system's: "en" on an English system, "fr" otherwise (the sources are French).
    static QString chooseLanguage(const QString &userChoice, const QString &deploymentChoice,
                                  const QLocale &system = QLocale::system());
    // "fr": Qt's French catalogues; "en": the suite's English catalogue (openmairie_en.qm, built from
    // translations/openmairie_en.ts and embedded). Number and date formats stay French in both: the
    // registers and documents follow French law. Returns false when a catalogue is missing.
    static bool installTranslations(QApplication &app, const QString &language);
    // Fusion with a sober palette: the same look on every workstation of the town hall.
    static void applyLook(QApplication &app);
};

} // namespace OpenMairie::Gui
