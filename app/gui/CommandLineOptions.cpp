#include "CommandLineOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace OpenMairie::Gui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Gui::CommandLineOptions)
};
} // namespace

Core::Result<CommandLineOptions> CommandLineOptions::parse(const QStringList &arguments,
                                                           const QString &passwordFromEnvironment)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("OpenMairie, suite logicielle libre pour les mairies.\n\n"
               "Sans option, OpenMairie ouvre la base enregistrée lors du dernier usage, ou l'assistant de "
               "premier démarrage. Avec --user et la variable d'environnement OPENMAIRIE_PASSWORD, la "
               "connexion est automatique."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help"), QStringLiteral("aide")},
                                  Tr::tr("Affiche cette aide."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     Tr::tr("Affiche la version."));
    const QCommandLineOption db(QStringLiteral("db"),
                                Tr::tr("Base à ouvrir pour cette session, sans l'enregistrer : sqlite:CHEMIN ou "
                                       "postgresql://rôle@serveur:port/base."),
                                Tr::tr("adresse"));
    const QCommandLineOption user(QStringLiteral("user"), Tr::tr("Identifiant de connexion (rôle sur PostgreSQL)."),
                                  Tr::tr("identifiant"));
    const QCommandLineOption commune(QStringLiteral("commune"),
                                     Tr::tr("Commune de travail (code INSEE) pour un compte multi-communes."),
                                     Tr::tr("code"));
    const QCommandLineOption quit(QStringLiteral("quitter-apres-affichage"),
                                  Tr::tr("Quitte dès que la fenêtre principale est affichée (mesure du temps de "
                                         "démarrage, tests). Code de sortie 0 si la fenêtre a été atteinte."));
    parser.addOption(help);
    parser.addOption(version);
    parser.addOption(db);
    parser.addOption(user);
    parser.addOption(commune);
    parser.addOption(quit);

    if (!parser.parse(arguments))
        return Core::Error(Tr::tr("%1\nTapez « openmairie --aide » pour la liste des options.").arg(parser.errorText()),
                           {}, Core::Error::Kind::InvalidInput);
    CommandLineOptions options;
    if (parser.isSet(help)) {
        options.action = Action::ShowHelp;
        options.text = parser.helpText();
        return options;
    }
    if (parser.isSet(version)) {
        options.action = Action::ShowVersion;
        options.text = QStringLiteral("OpenMairie %1\n").arg(QCoreApplication::applicationVersion());
        return options;
    }
    if (!parser.positionalArguments().isEmpty())
        return Core::Error(Tr::tr("Argument inattendu : « %1 ». Tapez « openmairie --aide » pour la liste des "
                                  "options.").arg(parser.positionalArguments().constFirst()),
                           {}, Core::Error::Kind::InvalidInput);
    if (parser.isSet(db)) {
        Core::Result<Core::ConnectionProfile> profile = Core::ConnectionProfile::fromUrl(parser.value(db));
        if (!profile)
            return profile.error();
        options.profile = profile.value();
    }
    options.user = parser.value(user).trimmed();
    options.commune = parser.value(commune).trimmed();
    options.quitAfterShown = parser.isSet(quit);
    options.password = passwordFromEnvironment;
    if (options.profile && options.profile->isPostgres() && options.user.isEmpty())
        options.user = options.profile->role();
    return options;
}

} // namespace OpenMairie::Gui
