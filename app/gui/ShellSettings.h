#pragma once

#include "ConnectionProfile.h"

#include <QByteArray>
#include <QSettings>
#include <QString>

#include <memory>

namespace OpenMairie::Gui {

// What the shell remembers between runs (organisation "OpenMairie", application "OpenMairie"): the
// connection profile, the last login and the window layout. Never a password.
class ShellSettings
{
public:
    // The user's settings; tests and the benchmark point QSettings elsewhere with QSettings::setPath
    // or XDG_CONFIG_HOME.
    ShellSettings();
    // A given INI file (tests, portable installs).
    explicit ShellSettings(const QString &iniFile);

    bool hasProfile() const;
    Core::Result<Core::ConnectionProfile> profile() const;
    void setProfile(const Core::ConnectionProfile &profile);

    QString lastLogin() const;
    void setLastLogin(const QString &login);
    QString lastCommune() const;
    void setLastCommune(const QString &codeInsee);

    // "fr", "en", or empty: the system's language (ApplicationSetup::chooseLanguage).
    QString language() const;
    void setLanguage(const QString &language);

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindowLayout(const QByteArray &geometry, const QByteArray &state);

    QString fileName() const { return m_settings->fileName(); }
    void sync() { m_settings->sync(); }

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace OpenMairie::Gui
