#pragma once

#include "ConnectionProfile.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace OpenMairie::Gui {

// The partner's deployment file, openmairie.ini (docs/guide-partenaire.md): the server profile, the
// commune, the partner shown in "À propos", the modules not to load and the interface language,
// written once by the partner for every workstation of a town hall. It is read, never written.
//
// Where: $OPENMAIRIE_DEPLOYMENT_FILE, else next to the program, else the machine-wide configuration
// folder (/etc/xdg/OpenMairie/openmairie.ini, %PROGRAMDATA%\OpenMairie\openmairie.ini). The first
// file found wins; the user's own settings never come into it.
class DeploymentConfig
{
public:
    // No file: every accessor answers "not set".
    DeploymentConfig() = default;

    static QStringList candidateFiles();
    static DeploymentConfig load();
    static DeploymentConfig fromFile(const QString &iniFile);

    bool exists() const { return !m_filePath.isEmpty(); }
    QString filePath() const { return m_filePath; }

    // The server (or local file) to use; empty when the file names none or an incomplete one.
    std::optional<Core::ConnectionProfile> profile() const { return m_profile; }
    QString commune() const { return m_commune; } // code INSEE
    QString partnerName() const { return m_partnerName; }
    QString partnerLogo() const { return m_partnerLogo; } // absolute path, existing file, or empty
    QString supportContact() const { return m_supportContact; }
    QString supportUrl() const { return m_supportUrl; }
    bool hasPartner() const { return !m_partnerName.isEmpty(); }
    QStringList disabledModules() const { return m_disabledModules; }
    QString language() const { return m_language; } // "fr", "en" or empty (the system's)

    // Enough to open the login dialog without the first-run wizard: a valid profile and a commune.
    bool isComplete() const { return m_profile.has_value() && !m_commune.isEmpty(); }

    // What was refused in the file (a password, an unknown language...), in French, for the log and
    // the partner.
    QStringList warnings() const { return m_warnings; }

private:
    QString m_filePath;
    std::optional<Core::ConnectionProfile> m_profile;
    QString m_commune;
    QString m_partnerName;
    QString m_partnerLogo;
    QString m_supportContact;
    QString m_supportUrl;
    QStringList m_disabledModules;
    QString m_language;
    QStringList m_warnings;
};

} // namespace OpenMairie::Gui
