#include "DeploymentConfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

namespace OpenMairie::Gui {

Q_LOGGING_CATEGORY(lcDeployment, "openmairie.deployment")

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Gui::DeploymentConfig)
};

const QString kFileName = QStringLiteral("openmairie.ini");

// Keys under which a password could be slipped in by mistake: all refused.
const QStringList kPasswordKeys = {
    QStringLiteral("connexion/mot_de_passe"), QStringLiteral("connexion/motdepasse"),
    QStringLiteral("connexion/password"), QStringLiteral("connexion/mdp")};
} // namespace

QStringList DeploymentConfig::candidateFiles()
{
    QStringList files;
    const QString fromEnvironment = qEnvironmentVariable("OPENMAIRIE_DEPLOYMENT_FILE");
    if (!fromEnvironment.isEmpty())
        files << fromEnvironment;
    files << QDir(QCoreApplication::applicationDirPath()).filePath(kFileName);
    // Machine-wide folders only: the first generic location is the user's own.
    const QString userFolder = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    const QStringList folders = QStandardPaths::standardLocations(QStandardPaths::GenericConfigLocation);
    for (const QString &folder : folders)
        if (folder != userFolder)
            files << QDir(folder).filePath(QStringLiteral("OpenMairie/") + kFileName);
    files.removeDuplicates();
    return files;
}

DeploymentConfig DeploymentConfig::load()
{
    const QStringList files = candidateFiles();
    for (const QString &file : files) {
        if (QFileInfo(file).isFile()) {
            DeploymentConfig config = fromFile(file);
            for (const QString &warning : config.warnings())
                qCWarning(lcDeployment).noquote() << warning;
            return config;
        }
    }
    return {};
}

DeploymentConfig DeploymentConfig::fromFile(const QString &iniFile)
{
    DeploymentConfig config;
    const QFileInfo info(iniFile);
    if (!info.isFile())
        return config;
    config.m_filePath = info.absoluteFilePath();
    const QString where = QDir::toNativeSeparators(config.m_filePath);

    QSettings ini(config.m_filePath, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError) {
        config.m_warnings << Tr::tr("Le fichier de déploiement %1 est illisible : il est ignoré. Vérifiez sa syntaxe "
                                    "(sections [connexion], [commune], [partenaire], [modules]).")
                                 .arg(where);
        config.m_filePath.clear();
        return config;
    }

    for (const QString &key : kPasswordKeys) {
        if (ini.contains(key)) {
            config.m_warnings << Tr::tr("Le fichier de déploiement %1 contient un mot de passe (%2) : il est refusé et "
                                        "ignoré. Retirez-le : chaque agent saisit le sien à la connexion.")
                                     .arg(where, key);
        }
    }

    if (ini.contains(QStringLiteral("connexion/type"))) {
        // The same keys as the user's settings, so that a partner can copy a working profile.
        Core::Result<Core::ConnectionProfile> profile = Core::ConnectionProfile::load(ini);
        if (profile && profile->isValid()) {
            config.m_profile = profile.value();
        } else {
            config.m_warnings << Tr::tr("Le profil de connexion du fichier de déploiement %1 est incomplet : il est "
                                        "ignoré. Indiquez type=postgresql avec serveur, port et base, ou type=sqlite "
                                        "avec fichier.")
                                     .arg(where);
        }
    }

    const QString commune = ini.value(QStringLiteral("commune/code_insee")).toString().trimmed();
    static const QRegularExpression inseeCode(QStringLiteral("^(\\d[\\dAB]\\d{3})$"));
    if (!commune.isEmpty() && inseeCode.match(commune).hasMatch())
        config.m_commune = commune;
    else if (!commune.isEmpty())
        config.m_warnings << Tr::tr("Le code INSEE « %1 » du fichier de déploiement n'est pas valide (cinq caractères, "
                                    "par exemple 13004 ou 2A004) : il est ignoré.")
                                 .arg(commune);

    config.m_partnerName = ini.value(QStringLiteral("partenaire/nom")).toString().trimmed();
    config.m_supportContact = ini.value(QStringLiteral("partenaire/support")).toString().trimmed();
    config.m_supportUrl = ini.value(QStringLiteral("partenaire/site")).toString().trimmed();
    const QString logo = ini.value(QStringLiteral("partenaire/logo")).toString().trimmed();
    if (!logo.isEmpty()) {
        // A relative logo sits next to the deployment file, so that both are copied together.
        const QString logoPath = QDir(info.absolutePath()).absoluteFilePath(logo);
        if (QFileInfo(logoPath).isFile())
            config.m_partnerLogo = logoPath;
        else
            config.m_warnings << Tr::tr("Le logo du partenaire %1 est introuvable : « À propos » s'affiche sans lui.")
                                     .arg(QDir::toNativeSeparators(logoPath));
    }

    // "elec, cadastre" or "elec cadastre": QSettings reads a comma list as a string list.
    const QVariant disabled = ini.value(QStringLiteral("modules/desactives"));
    QStringList ids = disabled.typeId() == QMetaType::QStringList ? disabled.toStringList()
                                                                   : QStringList{disabled.toString()};
    for (const QString &chunk : std::as_const(ids)) {
        const QStringList parts = chunk.split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts);
        for (const QString &id : parts)
            if (!config.m_disabledModules.contains(id.trimmed()))
                config.m_disabledModules << id.trimmed();
    }

    const QString language = ini.value(QStringLiteral("interface/langue")).toString().trimmed().toLower();
    if (language == u"fr" || language == u"en")
        config.m_language = language;
    else if (!language.isEmpty())
        config.m_warnings << Tr::tr("La langue « %1 » du fichier de déploiement n'est pas proposée (fr ou en) : la "
                                    "langue du système est utilisée.")
                                 .arg(language);
    return config;
}

} // namespace OpenMairie::Gui
