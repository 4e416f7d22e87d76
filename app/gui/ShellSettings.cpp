#include "ShellSettings.h"

#include <QCoreApplication>

namespace OpenMairie::Gui {

namespace {
const QString kLastLogin = QStringLiteral("session/dernier_identifiant");
const QString kLastCommune = QStringLiteral("session/derniere_commune");
const QString kGeometry = QStringLiteral("fenetre/geometrie");
const QString kState = QStringLiteral("fenetre/etat");
const QString kLanguage = QStringLiteral("interface/langue");
} // namespace

ShellSettings::ShellSettings()
    : m_settings(std::make_unique<QSettings>(QStringLiteral("OpenMairie"), QStringLiteral("OpenMairie")))
{
}

ShellSettings::ShellSettings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

bool ShellSettings::hasProfile() const
{
    return profile().ok();
}

Core::Result<Core::ConnectionProfile> ShellSettings::profile() const
{
    Core::Result<Core::ConnectionProfile> p = Core::ConnectionProfile::load(*m_settings);
    if (p && !p->isValid())
        return Core::Error(QCoreApplication::translate("OpenMairie::Gui::ShellSettings",
                                                       "Le profil de connexion enregistré est incomplet."),
                           {}, Core::Error::Kind::NotFound);
    return p;
}

void ShellSettings::setProfile(const Core::ConnectionProfile &profile)
{
    profile.save(*m_settings);
    m_settings->sync();
}

QString ShellSettings::lastLogin() const
{
    return m_settings->value(kLastLogin).toString();
}

void ShellSettings::setLastLogin(const QString &login)
{
    m_settings->setValue(kLastLogin, login);
}

QString ShellSettings::lastCommune() const
{
    return m_settings->value(kLastCommune).toString();
}

void ShellSettings::setLastCommune(const QString &codeInsee)
{
    m_settings->setValue(kLastCommune, codeInsee);
}

QString ShellSettings::language() const
{
    return m_settings->value(kLanguage).toString();
}

void ShellSettings::setLanguage(const QString &language)
{
    m_settings->setValue(kLanguage, language);
}

QByteArray ShellSettings::windowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}

QByteArray ShellSettings::windowState() const
{
    return m_settings->value(kState).toByteArray();
}

void ShellSettings::setWindowLayout(const QByteArray &geometry, const QByteArray &state)
{
    m_settings->setValue(kGeometry, geometry);
    m_settings->setValue(kState, state);
}

} // namespace OpenMairie::Gui
