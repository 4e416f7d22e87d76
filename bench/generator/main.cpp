// openmairie-generer: writes the import files of a realistic commune from a seed, or fills the
// street register of a database directly. Same seed, same bytes (docs/harnais.md).
#include "CommuneDataGenerator.h"
#include "VoieTableFiller.h"

#include "ConnectionProfile.h"
#include "DatabaseManager.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTextStream>

using namespace OpenMairie;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(openmairie_generer)
};

bool positiveOption(const QCommandLineParser &parser, const QString &name, int *value, QTextStream &err)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int v = parser.value(name).toInt(&ok);
    if (!ok || v < 0) {
        err << Tr::tr("Erreur : --%1 attend un nombre entier positif, pas « %2 ».").arg(name, parser.value(name))
            << Qt::endl;
        return false;
    }
    *value = v;
    return true;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("openmairie-generer"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Génère les fichiers d'import d'une commune fictive mais réaliste (électeurs, voies, procurations, "
        "emplacements et défunts), toujours les mêmes pour une même graine ; ou remplit directement les voies "
        "d'une base."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("graine"), Tr::tr("Graine du tirage (1 par défaut)."), QStringLiteral("N")},
        {QStringLiteral("electeurs"), Tr::tr("Nombre d'électeurs (1000 par défaut)."), QStringLiteral("N")},
        {QStringLiteral("voies"), Tr::tr("Nombre de voies (par défaut : un soixantième des électeurs)."),
         QStringLiteral("N")},
        {QStringLiteral("bureaux"), Tr::tr("Nombre de bureaux de vote (par défaut : un par 1 000 électeurs)."),
         QStringLiteral("N")},
        {QStringLiteral("emplacements"), Tr::tr("Nombre d'emplacements (par défaut : un quart des électeurs)."),
         QStringLiteral("N")},
        {QStringLiteral("cimetieres"), Tr::tr("Nombre de cimetières (par défaut : un par 5 000 emplacements)."),
         QStringLiteral("N")},
        {QStringLiteral("commune"), Tr::tr("Code INSEE de la commune (13004, Arles, par défaut)."),
         QStringLiteral("INSEE")},
        {QStringLiteral("sortie"), Tr::tr("Dossier où écrire les fichiers."), QStringLiteral("DOSSIER")},
        {QStringLiteral("seulement"), Tr::tr("N'écrit que ce fichier : voies, electeurs, procurations, emplacements "
                                             "ou defunts."), QStringLiteral("FICHIER")},
        {QStringLiteral("db"), Tr::tr("Remplit directement la table des voies de cette base (sqlite:CHEMIN ou "
                                      "postgresql://...) ; mot de passe PostgreSQL dans OPENMAIRIE_PASSWORD."),
         QStringLiteral("ADRESSE")},
    });
    parser.process(app);

    Bench::GenerationSpec spec;
    int seed = 1;
    if (!positiveOption(parser, QStringLiteral("graine"), &seed, err)
        || !positiveOption(parser, QStringLiteral("electeurs"), &spec.electeurs, err)
        || !positiveOption(parser, QStringLiteral("voies"), &spec.voies, err)
        || !positiveOption(parser, QStringLiteral("bureaux"), &spec.bureaux, err)
        || !positiveOption(parser, QStringLiteral("emplacements"), &spec.emplacements, err)
        || !positiveOption(parser, QStringLiteral("cimetieres"), &spec.cimetieres, err))
        return 2;
    spec.seed = quint64(seed);
    if (parser.isSet(QStringLiteral("commune")))
        spec.codeInsee = parser.value(QStringLiteral("commune"));
    if (!parser.isSet(QStringLiteral("sortie")) && !parser.isSet(QStringLiteral("db"))) {
        err << Tr::tr("Erreur : indiquez --sortie DOSSIER (fichiers) ou --db ADRESSE (remplissage direct des voies).")
            << Qt::endl;
        return 2;
    }

    QElapsedTimer timer;
    timer.start();
    const Bench::CommuneDataGenerator generator(spec);
    if (parser.isSet(QStringLiteral("sortie"))) {
        const QString dir = parser.value(QStringLiteral("sortie"));
        QDir().mkpath(dir);
        const QString only = parser.value(QStringLiteral("seulement"));
        Core::Status written;
        if (only.isEmpty())
            written = generator.writeAll(dir);
        else if (only == u"voies")
            written = generator.writeVoies(QDir(dir).filePath(Bench::CommuneDataGenerator::voiesFile()));
        else if (only == u"electeurs")
            written = generator.writeElecteurs(QDir(dir).filePath(Bench::CommuneDataGenerator::electeursFile()));
        else if (only == u"procurations")
            written = generator.writeProcurations(QDir(dir).filePath(Bench::CommuneDataGenerator::procurationsFile()));
        else if (only == u"emplacements")
            written = generator.writeEmplacements(QDir(dir).filePath(Bench::CommuneDataGenerator::emplacementsFile()));
        else if (only == u"defunts")
            written = generator.writeDefunts(QDir(dir).filePath(Bench::CommuneDataGenerator::defuntsFile()));
        else {
            err << Tr::tr("Erreur : --seulement attend voies, electeurs, procurations, emplacements ou defunts, pas "
                          "« %1 ».").arg(only) << Qt::endl;
            return 2;
        }
        if (!written) {
            err << Tr::tr("Erreur : ") << written.error().fullText() << Qt::endl;
            return 1;
        }
        out << Tr::tr("Commune %1, graine %2 : %3 électeurs, %4 voies, %5 bureaux, %6 emplacements écrits dans %7 "
                      "(%8 ms).")
                   .arg(spec.codeInsee)
                   .arg(spec.seed)
                   .arg(spec.electeurs)
                   .arg(generator.voies().size())
                   .arg(generator.bureaux().size())
                   .arg(spec.effectiveEmplacements())
                   .arg(QDir::toNativeSeparators(dir))
                   .arg(timer.elapsed())
            << Qt::endl;
    }
    if (parser.isSet(QStringLiteral("db"))) {
        Core::Result<Core::ConnectionProfile> profile = Core::ConnectionProfile::fromUrl(parser.value(QStringLiteral("db")));
        if (!profile) {
            err << Tr::tr("Erreur : ") << profile.error().fullText() << Qt::endl;
            return 2;
        }
        Core::DatabaseManager database;
        if (Core::Status s = database.open(profile.value(), qEnvironmentVariable("OPENMAIRIE_PASSWORD")); !s) {
            err << Tr::tr("Erreur : ") << s.error().fullText() << Qt::endl;
            return 1;
        }
        Core::Result<qint64> filled = Bench::VoieTableFiller::fill(database.connection(), database.dialect(),
                                                                   spec.codeInsee, generator.voies(),
                                                                   QStringLiteral("openmairie-generer"));
        if (!filled) {
            err << Tr::tr("Erreur : ") << filled.error().fullText() << Qt::endl;
            return 1;
        }
        out << Tr::tr("%1 voies ajoutées à la commune %2.").arg(filled.value()).arg(spec.codeInsee) << Qt::endl;
    }
    return 0;
}
