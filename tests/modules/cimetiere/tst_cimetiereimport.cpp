// `openmairie-cli cimetiere import emplacements.csv defunts.csv` on a real database: a good pair of
// files, the simulation that writes nothing, and the bad-input suite — each refusal with its exact
// French reason, exit code 4 and the database unchanged (the two files are all or nothing).
#include "CimetiereFixture.h"
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace OpenMairie;
using namespace OpenMairie::Cimetiere;
using Test::CimetiereFixture;

namespace {
const QString kEmplacementsHeader = QStringLiteral(
    "cimetiere;zone;allee;numero;nature;places;surface_m2;x;y;numero_titre;date_debut;duree;date_fin;"
    "type_beneficiaires;concessionnaire_nom;concessionnaire_prenom;concessionnaire_adresse;"
    "concessionnaire_code_postal;concessionnaire_ville;montant");
const QString kDefuntsHeader = QStringLiteral(
    "cimetiere;zone;allee;numero;nom;nom_usage;prenoms;date_naissance;date_deces;lieu_deces;date_inhumation;nature");

const QStringList kEmplacements{
    QStringLiteral("Cimetière de Trinquetaille;Carré A;Allée 1;1;concession;2;2,5;10;5;1987-12;12/03/1987;trentenaire;"
                   "12/03/2017;familiale;Lefèbvre;Jean;3 rue des Arènes;13200;Arles;457,35"),
    QStringLiteral("Cimetière de Trinquetaille;Carré A;Allée 1;2;concession;2;2,5;11,5;5;1995-3;01/06/1995;perpetuelle;;"
                   "familiale;Martin;Louise;1 place de la République;13200;Arles;1200"),
    QStringLiteral("Cimetière de Trinquetaille;Carré A;Allée 1;3;concession;2;2,5;13;5;;;;;;;;;;;"),
    QStringLiteral("Cimetière de Trinquetaille;Columbarium;Mur 1;1;columbarium;4;;20;5;C-12;01/02/2015;temporaire 15;;"
                   "individuelle;Roux;Henri;;;;300"),
};
const QStringList kDefunts{
    QStringLiteral("Cimetière de Trinquetaille;Carré A;Allée 1;1;LEFÈBVRE;;Marcel;02/03/1910;04/05/1987;Arles;"
                   "07/05/1987;cercueil"),
    QStringLiteral("Cimetière de Trinquetaille;Carré A;Allée 1;1;LEFÈBVRE;DUPUIS;Jeanne;11/11/1915;20/01/2001;Arles;"
                   "24/01/2001;urne"),
    QStringLiteral("Cimetière de Trinquetaille;Columbarium;Mur 1;1;ROUX;;Henri;01/01/1930;02/02/2015;Tarascon;"
                   "06/02/2015;urne"),
};

QString write(const QTemporaryDir &dir, const QString &name, const QString &header, const QStringList &lines)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write((header + u'\n' + lines.join(u'\n') + u'\n').toUtf8());
    return path;
}

Test::CliRun import(CimetiereFixture &f, const QString &emplacements, const QString &defunts, bool dryRun = false)
{
    QStringList args{QStringLiteral("cimetiere"), QStringLiteral("import"), emplacements, defunts,
                     QStringLiteral("--json")};
    if (dryRun)
        args.append(QStringLiteral("--dry-run"));
    return Test::runCli(f.services, args);
}

QStringList reasons(const QJsonObject &report)
{
    QStringList list;
    for (const QJsonValue &v : report.value(QStringLiteral("problemes")).toArray())
        list.append(QStringLiteral("%1:%2:%3")
                        .arg(v.toObject().value(QStringLiteral("ligne")).toInteger())
                        .arg(v.toObject().value(QStringLiteral("colonne")).toString(),
                             v.toObject().value(QStringLiteral("motif")).toString()));
    return list;
}
} // namespace

class TstCimetiereImport : public QObject
{
    Q_OBJECT

private slots:
    void importsBothFiles()
    {
        CIMETIERE_FIXTURE(f);
        QTemporaryDir dir;
        const QString e = write(dir, QStringLiteral("emplacements.csv"), kEmplacementsHeader, kEmplacements);
        const QString d = write(dir, QStringLiteral("defunts.csv"), kDefuntsHeader, kDefunts);

        const Test::CliRun simulated = import(f, e, d, true);
        QVERIFY2(simulated.code == 0, qPrintable(simulated.out + simulated.err));
        QCOMPARE(f.count(QStringLiteral("cimetiere_emplacement")), 0);
        QCOMPARE(f.count(QStringLiteral("cimetiere_defunt")), 0);

        const Test::CliRun run = import(f, e, d);
        QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("reussi")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("emplacements")).toObject().value(QStringLiteral("ajoutes")).toInt(), 4);
        QCOMPARE(json.value(QStringLiteral("defunts")).toObject().value(QStringLiteral("ajoutes")).toInt(), 3);
        QCOMPARE(f.count(QStringLiteral("cimetiere_cimetiere")), 1);
        QCOMPARE(f.count(QStringLiteral("cimetiere_zone")), 2);
        QCOMPARE(f.count(QStringLiteral("cimetiere_concession")), 3);

        Core::Result<QList<PersonHit>> hits = f.deceased->search(QStringLiteral("lefebvre"));
        OM_VERIFY_OK(hits);
        QCOMPARE(hits.value().size(), 3); // two deceased, one holder
        const Plot first = f.plots->plot(hits.value().at(0).emplacementId).value();
        QCOMPARE(first.occupation, 1.1);
        QCOMPARE(first.statut, PlotStatus::Occupe);
        QCOMPARE(first.x, 10.0);
        Core::Result<std::optional<Concession>> c = f.concessions->activeForPlot(first.id);
        OM_VERIFY_OK(c);
        QCOMPARE(c.value()->numeroTitre, QStringLiteral("1987-12"));
        QCOMPARE(c.value()->dateFin, QDate(2017, 3, 12));
        QCOMPARE(c.value()->montantCentimes, 45735);
        QCOMPARE(c.value()->origine, QStringLiteral("reprise_donnees"));
        // The expired 1987 title shows in the échéances.
        QCOMPARE(f.concessions->expiring(QDate(2026, 1, 1)).value().size(), 1);
        // Imported twice: every plot already exists, nothing is added.
        const QString before = f.snapshot();
        const Test::CliRun again = import(f, e, d);
        QCOMPARE(again.code, int(Core::ExitRefusedInput));
        QCOMPARE(f.snapshot(), before);
    }

    void badInput_data()
    {
        QTest::addColumn<int>("emplacementLine"); // index in kEmplacements to replace, -1: none
        QTest::addColumn<QString>("emplacement");
        QTest::addColumn<int>("defuntLine");
        QTest::addColumn<QString>("defunt");
        QTest::addColumn<QString>("file"); // "emplacements" or "defunts"
        QTest::addColumn<QString>("reason");
        const QString plot = QStringLiteral("Cimetière de Trinquetaille;Carré A;Allée 1;");
        QTest::newRow("date de fin incohérente") << 0
            << plot + QStringLiteral("1;concession;2;;;;1987-12;12/03/1987;trentenaire;12/03/2018;familiale;Lefèbvre;"
                                     "Jean;;;;")
            << -1 << QString() << "emplacements"
            << "2:date_fin:la date de fin 12/03/2018 ne correspond pas au début 12/03/1987 plus la durée trentenaire "
               "(30 ans) (12/03/2017) : corrigez l'une des trois.";
        QTest::newRow("perpétuelle avec date de fin") << 1
            << plot + QStringLiteral("2;concession;2;;;;1995-3;01/06/1995;perpetuelle;01/06/2095;familiale;Martin;;;;;")
            << -1 << QString() << "emplacements"
            << "3:date_fin:une concession perpétuelle n'a pas de date de fin : videz la colonne date_fin.";
        QTest::newRow("durée inconnue") << 1
            << plot + QStringLiteral("2;concession;2;;;;1995-3;01/06/1995;quarantenaire;;familiale;Martin;;;;;")
            << -1 << QString() << "emplacements"
            << "3:duree:durée « quarantenaire » inconnue : écrivez temporaire 15, trentenaire, cinquantenaire, "
               "centenaire, perpetuelle ou un nombre d'années (5 à 15, 30, 50, 100).";
        QTest::newRow("temporaire trop longue") << 1
            << plot + QStringLiteral("2;concession;2;;;;1995-3;01/06/1995;20;;familiale;Martin;;;;;")
            << -1 << QString() << "emplacements"
            << "3:duree:Une concession temporaire dure de 5 à 15 ans (article L2223-14 du CGCT) : indiquez une durée "
               "dans cet intervalle (20 ans demandés).";
        QTest::newRow("titre en double") << 1
            << plot + QStringLiteral("2;concession;2;;;;1987-12;01/06/1995;trentenaire;;familiale;Martin;;;;;")
            << -1 << QString() << "emplacements"
            << "3:numero_titre:le titre n° 1987-12 existe déjà dans la commune ou plus haut dans le fichier : chaque "
               "titre a un numéro unique.";
        QTest::newRow("titre sans concessionnaire") << 1
            << plot + QStringLiteral("2;concession;2;;;;1995-3;01/06/1995;trentenaire;;familiale;;;;;;")
            << -1 << QString() << "emplacements"
            << "3:concessionnaire_nom:le nom du concessionnaire du titre n° 1995-3 manque.";
        QTest::newRow("concession sans titre") << 2
            << plot + QStringLiteral("3;concession;2;;;;;01/06/1995;;;;;;;;;")
            << -1 << QString() << "emplacements"
            << "4:numero_titre:la colonne date_debut est remplie sans numéro de titre : indiquez le numéro du titre de "
               "concession.";
        QTest::newRow("ossuaire concédé") << 2
            << plot + QStringLiteral("3;ossuaire;0;;;;OS-1;01/06/1995;trentenaire;;familiale;Commune;;;;;")
            << -1 << QString() << "emplacements"
            << "4:numero_titre:un emplacement « Ossuaire » ne se concède pas : retirez le numéro de titre ou corrigez la "
               "nature.";
        QTest::newRow("défunt sans emplacement") << -1 << QString() << 2
            << QStringLiteral("Cimetière de Trinquetaille;Carré B;Allée 9;7;ROUX;;Henri;;02/02/2015;;;urne")
            << "defunts"
            << "4:numero:l'emplacement Cimetière de Trinquetaille / Carré B / Allée 9 / n° 7 n'existe pas : ajoutez-le au "
               "fichier des emplacements ou corrigez cimetière, zone, allée et numéro.";
        QTest::newRow("naissance après le décès") << -1 << QString() << 2
            << QStringLiteral("Cimetière de Trinquetaille;Columbarium;Mur 1;1;ROUX;;Henri;01/01/2020;02/02/2015;;;urne")
            << "defunts" << "4:date_naissance:la date de naissance 01/01/2020 suit la date de décès 02/02/2015.";
        QTest::newRow("emplacement complet") << -1 << QString() << 2
            << QStringLiteral("Cimetière de Trinquetaille;Carré A;Allée 1;1;LEFÈBVRE;;Paul;;02/02/2015;;;cercueil")
            << "defunts"
            << "4:numero:l'emplacement Cimetière de Trinquetaille / Carré A / Allée 1 / n° 1 est complet : 2 place(s) "
               "pour 2,1 occupée(s) avec ce défunt. Corrigez le nombre de places dans le fichier des emplacements ou "
               "l'emplacement du défunt.";
    }

    void badInput()
    {
        QFETCH(int, emplacementLine);
        QFETCH(QString, emplacement);
        QFETCH(int, defuntLine);
        QFETCH(QString, defunt);
        QFETCH(QString, file);
        QFETCH(QString, reason);
        CIMETIERE_FIXTURE(f);
        QTemporaryDir dir;
        QStringList e = kEmplacements;
        if (emplacementLine >= 0)
            e[emplacementLine] = emplacement;
        QStringList d = kDefunts;
        if (defuntLine >= 0)
            d[defuntLine] = defunt;
        const QString before = f.snapshot();
        const Test::CliRun run = import(f, write(dir, QStringLiteral("emplacements.csv"), kEmplacementsHeader, e),
                                        write(dir, QStringLiteral("defunts.csv"), kDefuntsHeader, d));
        QVERIFY2(run.code == int(Core::ExitRefusedInput), qPrintable(run.out + run.err));
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("reussi")).toBool(), false);
        const QStringList found = reasons(json.value(file).toObject());
        QVERIFY2(found.contains(reason), qPrintable(found.join(u'\n')));
        QCOMPARE(f.snapshot(), before);
        QCOMPARE(f.count(QStringLiteral("cimetiere_emplacement")), 0);
    }

    void usage()
    {
        CIMETIERE_FIXTURE(f);
        const Test::CliRun one = Test::runCli(f.services, {QStringLiteral("cimetiere"), QStringLiteral("import"),
                                                           QStringLiteral("emplacements.csv")});
        QCOMPARE(one.code, int(Core::ExitUsage));
        QVERIFY2(one.err.contains(QStringLiteral("Indiquez les deux fichiers, dans cet ordre : openmairie-cli cimetiere "
                                                 "import emplacements.csv defunts.csv")),
                 qPrintable(one.err));
    }
};

QTEST_GUILESS_MAIN(TstCimetiereImport)
#include "tst_cimetiereimport.moc"
