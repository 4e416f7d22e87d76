#include "GlobalOptions.h"

#include <QCoreApplication>

namespace OpenMairie::Cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Cli::GlobalOptions)
};
} // namespace

GlobalOptions::GlobalOptions()
{
    m_all = {
        QCommandLineOption(QStringLiteral("db"),
                           Tr::tr("Base de données : sqlite:CHEMIN ou postgresql://rôle@serveur:port/base. Par défaut, "
                                  "celle enregistrée par l'application sur ce compte, sinon le fichier local."),
                           Tr::tr("ADRESSE")),
        QCommandLineOption(QStringLiteral("user"),
                           Tr::tr("Identifiant de connexion (SQLite), ou rôle PostgreSQL s'il n'est pas dans "
                                  "l'adresse."),
                           Tr::tr("IDENTIFIANT")),
        QCommandLineOption(QStringLiteral("commune"),
                           Tr::tr("Commune de travail (code INSEE) parmi celles du compte ; pour « init », la commune "
                                  "à créer."),
                           Tr::tr("CODE_INSEE")),
        QCommandLineOption(QStringLiteral("json"), Tr::tr("Résultat en JSON sur la sortie standard (pour les scripts).")),
        QCommandLineOption({QStringLiteral("h"), QStringLiteral("help"), QStringLiteral("aide")},
                           Tr::tr("Affiche l'aide (générale, ou de la commande indiquée).")),
        QCommandLineOption(QStringLiteral("version"), Tr::tr("Affiche la version.")),
    };
}

bool GlobalOptions::takesValue(const QString &name) const
{
    for (const QCommandLineOption &option : m_all)
        if (option.names().contains(name))
            return !option.valueName().isEmpty();
    return false;
}

bool GlobalOptions::isHelp(const QString &argument) const
{
    return argument == u"-h" || argument == u"--help" || argument == u"--aide" || argument == u"-help";
}

bool GlobalOptions::isVersion(const QString &argument) const
{
    return argument == u"--version";
}

} // namespace OpenMairie::Cli
