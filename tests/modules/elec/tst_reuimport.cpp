// Import of a REU extract through « openmairie-cli elec import », on SQLite and PostgreSQL: columns
// by header name, synchronisation by INE, streets and bureaux created, all-or-nothing with the
// exact French report, and the database unchanged after every refused file.
#include "CliRunner.h"
#include "ElecFixture.h"

#include "ReuImport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace OpenMairie;
using namespace OpenMairie::Elec;
using Test::CliRun;
using Test::ElecFixture;
using Test::runCli;

namespace {
const QByteArray kHeader = "Code bureau;Libellé bureau;Liste;INE;Nom de naissance;Nom d'usage;Prénoms;Sexe;Date de naissance;"
                           "code_commune_naissance;libelle_commune_naissance;code_pays_naissance;libelle_pays_naissance;"
                           "Nationalité;numero_voie;complement_numero;libelle_voie;complement_adresse;code_postal;commune;"
                           "Colonne maison\n";

QByteArray line(const QString &ine, const QString &nom, const QString &prenoms, const QString &date = QStringLiteral("20/12/1975"),
                const QString &liste = QStringLiteral("LP"), const QString &voie = QStringLiteral("RUE DE LA REPUBLIQUE"),
                const QString &nationalite = QStringLiteral("FRANCAISE"), const QString &bureau = QStringLiteral("1"))
{
    return QStringLiteral("%1;BUREAU %1;%2;%3;%4;;%5;F;%6;13004;Arles;;;%7;12;bis;%8;;13200;Arles;x\n")
        .arg(bureau, liste, ine, nom, prenoms, date, nationalite, voie)
        .toUtf8();
}
} // namespace

class TstReuImport : public QObject
{
    Q_OBJECT

    QString write(ElecFixture &f, const QString &name, const QByteArray &content)
    {
        const QString path = f.db.tempPath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(content);
        return path;
    }

    QJsonObject json(const CliRun &run)
    {
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

private slots:
    void importPuisSynchronisation()
    {
        ELEC_FIXTURE(f);
        QByteArray csv = kHeader;
        csv += line(QStringLiteral("100000001"), QStringLiteral("Lefèbvre"), QStringLiteral("Marie"));
        csv += line(QStringLiteral("100000002"), QStringLiteral("MARTIN"), QStringLiteral("Paul"), QStringLiteral("1980-01-02"));
        csv += line(QStringLiteral("100000003"), QStringLiteral("DURAND"), QStringLiteral("Luc"), QStringLiteral("02/03/1990"),
                    QStringLiteral("LP"), QStringLiteral("Avenue Victor Hugo"), QStringLiteral("FRANCAISE"), QStringLiteral("0002"));
        csv += line(QStringLiteral("100000004"), QStringLiteral("GARCIA"), QStringLiteral("Ana"), QStringLiteral("04/04/1985"),
                    QStringLiteral("LCE"), QStringLiteral("RUE DE LA REPUBLIQUE"), QStringLiteral("ESPAGNOLE"));
        const QString path = write(f, QStringLiteral("extrait.csv"), csv);

        CliRun dry = runCli(f.services, {QStringLiteral("elec"), QStringLiteral("import"), path, QStringLiteral("--json"),
                                         QStringLiteral("--dry-run")});
        QVERIFY2(dry.code == 0, qPrintable(dry.err));
        QCOMPARE(json(dry).value(QStringLiteral("ajoutes")).toInt(), 4);
        QCOMPARE(f.service->count({}).value(), 0); // dry run: nothing written

        CliRun run = runCli(f.services, {QStringLiteral("elec"), QStringLiteral("import"), path, QStringLiteral("--json")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QJsonObject o = json(run);
        QCOMPARE(o.value(QStringLiteral("ajoutes")).toInt(), 4);
        QCOMPARE(o.value(QStringLiteral("modifies")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("inchanges")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("absents")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("rejetes")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("colonnes_ignorees")).toArray(), QJsonArray{QStringLiteral("Colonne maison")});
        QCOMPARE(o.value(QStringLiteral("voies_creees")).toArray().size(), 2);
        QCOMPARE(o.value(QStringLiteral("bureaux_crees")).toArray().size(), 2);
        QCOMPARE(f.service->count({}).value(), 3);
        Core::Result<QList<Electeur>> found = f.service->search(QStringLiteral("lefebvre"));
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().numeroOrdre, 1);
        QCOMPARE(found->first().bureauCode, QStringLiteral("0001"));
        QCOMPARE(found->first().adresse(), QStringLiteral("12 bis RUE DE LA REPUBLIQUE"));

        // A newer extract: Martin moved, Durand gone, Petit new, Lefèbvre unchanged.
        QByteArray csv2 = kHeader;
        csv2 += line(QStringLiteral("100000001"), QStringLiteral("Lefèbvre"), QStringLiteral("Marie"));
        csv2 += line(QStringLiteral("100000002"), QStringLiteral("MARTIN"), QStringLiteral("Paul"), QStringLiteral("1980-01-02"),
                     QStringLiteral("LP"), QStringLiteral("Chemin des Alyscamps"));
        csv2 += line(QStringLiteral("100000005"), QStringLiteral("PETIT"), QStringLiteral("Léa"), QStringLiteral("05/05/2005"));
        csv2 += line(QStringLiteral("100000004"), QStringLiteral("GARCIA"), QStringLiteral("Ana"), QStringLiteral("04/04/1985"),
                     QStringLiteral("LCE"), QStringLiteral("RUE DE LA REPUBLIQUE"), QStringLiteral("ESPAGNOLE"));
        run = runCli(f.services, {QStringLiteral("elec"), QStringLiteral("import"),
                                  write(f, QStringLiteral("extrait2.csv"), csv2), QStringLiteral("--json")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        o = json(run);
        QCOMPARE(o.value(QStringLiteral("ajoutes")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("modifies")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("inchanges")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("absents")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("voies_creees")).toArray(), QJsonArray{QStringLiteral("Chemin des Alyscamps")});
        // Durand is proposed for radiation, not deleted.
        Core::Result<QList<Electeur>> durand = f.service->search(QStringLiteral("durand"));
        QCOMPARE(durand->size(), 1);
        QVERIFY(!durand->first().isRadie());
        Core::Result<QList<Mouvement>> pending = f.service->mouvementsEnCours();
        QCOMPARE(pending->size(), 1);
        QCOMPARE(pending->first().type.code, QStringLiteral("RABS"));
        // Petit took the next number of bureau 0001.
        QCOMPARE(f.service->search(QStringLiteral("petit"))->first().numeroOrdre, 3);

        // Search through the CLI, as JSON.
        CliRun s = runCli(f.services, {QStringLiteral("elec"), QStringLiteral("search"), QStringLiteral("garcia"),
                                       QStringLiteral("--liste"), QStringLiteral("LCE"), QStringLiteral("--json")});
        QCOMPARE(s.code, 0);
        const QJsonArray hits = QJsonDocument::fromJson(s.out.toUtf8()).array();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().toObject().value(QStringLiteral("ine")).toString(), QStringLiteral("100000004"));
        QCOMPARE(hits.first().toObject().value(QStringLiteral("date_naissance")).toString(), QStringLiteral("1985-04-04"));
        QCOMPARE(hits.first().toObject().value(QStringLiteral("bureau")).toString(), QStringLiteral("0001"));
    }

    void fichiersRefuses_data()
    {
        QTest::addColumn<QByteArray>("contenu");
        QTest::addColumn<QString>("message");
        QTest::newRow("INE invalide")
            << (kHeader + line(QStringLiteral("12AB"), QStringLiteral("DUPONT"), QStringLiteral("Jean")))
            << "Ligne 2 : INE « 12AB » invalide : l'identifiant national d'électeur compte 8 ou 9 chiffres (laissez-le vide "
               "tant que le REU ne l'a pas attribué).";
        QTest::newRow("INE en double")
            << (kHeader + line(QStringLiteral("100000001"), QStringLiteral("DUPONT"), QStringLiteral("Jean"))
                + line(QStringLiteral("100000001"), QStringLiteral("DURAND"), QStringLiteral("Paul")))
            << "Ligne 3 : INE 100000001 en double dans le fichier (déjà ligne 2, même liste).";
        QTest::newRow("31 février")
            << (kHeader + line(QStringLiteral("100000001"), QStringLiteral("DUPONT"), QStringLiteral("Jean"), QStringLiteral("31/02/1980")))
            << "Ligne 2 : date de naissance : La date « 31/02/1980 » n'existe pas (jour, mois ou année impossible).";
        QTest::newRow("liste inconnue")
            << (kHeader + line(QStringLiteral("100000001"), QStringLiteral("DUPONT"), QStringLiteral("Jean"), QStringLiteral("20/12/1975"), QStringLiteral("LX")))
            << "Ligne 2 : « LX » n'est pas une liste électorale : indiquez LP (principale), LCE (complémentaire européenne) "
               "ou LCM (complémentaire municipale).";
        QTest::newRow("LCE sans nationalité")
            << (kHeader + line(QStringLiteral("100000001"), QStringLiteral("DUPONT"), QStringLiteral("Jean"), QStringLiteral("20/12/1975"),
                               QStringLiteral("LCE"), QStringLiteral("RUE X"), QString()))
            << "Ligne 2 : La nationalité est obligatoire sur la liste complémentaire européenne : indiquez celle de "
               "l'électeur (citoyen d'un autre État de l'Union européenne).";
        QTest::newRow("sexe")
            << (kHeader + line(QStringLiteral("100000001"), QStringLiteral("DUPONT"), QStringLiteral("Jean")).replace(";F;", ";X;"))
            << "Ligne 2 : Sexe « X » inconnu : indiquez M ou F.";
        QTest::newRow("guillemet jamais fermé")
            << (kHeader + line(QStringLiteral("100000001"), QStringLiteral("DUPONT"), QStringLiteral("Jean"))
                + QByteArray("0001;\"BUREAU;LP;100000002\n"))
            << QString();
        QTest::newRow("colonnes manquantes")
            << QByteArray("nom;prenom\nDUPONT;Jean\n")
            << "Colonnes obligatoires absentes : code_bureau, liste, ine, nom_naissance, sexe, date_naissance. La première "
               "ligne du fichier doit nommer les colonnes de l'extrait du REU (code_bureau, liste, ine, nom_naissance, "
               "prenoms, sexe, date_naissance...).";
    }
    void fichiersRefuses()
    {
        QFETCH(QByteArray, contenu);
        QFETCH(QString, message);
        ELEC_FIXTURE(f);
        // Something already there, which must stay as it is.
        QByteArray first = kHeader + line(QStringLiteral("900000001"), QStringLiteral("ANCIEN"), QStringLiteral("Jean"));
        QCOMPARE(runCli(f.services, {QStringLiteral("elec"), QStringLiteral("import"), write(f, QStringLiteral("a.csv"), first)}).code, 0);
        const QString before = f.snapshot();
        CliRun run = runCli(f.services, {QStringLiteral("elec"), QStringLiteral("import"),
                                         write(f, QStringLiteral("b.csv"), contenu), QStringLiteral("--json")});
        QCOMPARE(run.code, int(Core::ExitRefusedInput));
        QVERIFY(run.err.startsWith(QStringLiteral("Extrait refusé : la liste électorale n'a pas été modifiée.")));
        if (!message.isEmpty())
            QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(json(run).value(QStringLiteral("refuse")).toBool(), true);
        QCOMPARE(f.snapshot(), before);
    }

    void windows1252EtPointVirguleEntreGuillemets()
    {
        ELEC_FIXTURE(f);
        QByteArray csv = "code_bureau;liste;ine;nom_naissance;prenoms;sexe;date_naissance;code_commune_naissance;libelle_voie;complement_adresse\r\n";
        // "Hélène", "Lefèvre", "Résidence « Les Pins » ; bât. B" in Windows-1252.
        csv += "1;LP;100000001;LEF\xC8VRE;H\xE9l\xE8ne;F;01/02/1960;13004;RUE DE L'\xC9GLISE;\"R\xE9sidence Les Pins ; b\xE2t. B\"\r\n";
        CliRun run = runCli(f.services, {QStringLiteral("elec"), QStringLiteral("import"),
                                         write(f, QStringLiteral("w.csv"), csv), QStringLiteral("--json")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(json(run).value(QStringLiteral("encodage")).toString(), QStringLiteral("Windows-1252"));
        Core::Result<QList<Electeur>> found = f.service->search(QStringLiteral("lefevre helene"));
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().nomNaissance, QStringLiteral("LEFÈVRE"));
        QCOMPARE(found->first().prenoms, QStringLiteral("Hélène"));
        QCOMPARE(found->first().complementAdresse, QStringLiteral("Résidence Les Pins ; bât. B"));
        QCOMPARE(found->first().voieLibelle, QStringLiteral("RUE DE L'ÉGLISE"));
    }

    void importParLots()
    {
        // More than one batch of inserts (200 rows) plus a partial one, numbers given by the import.
        ELEC_FIXTURE(f);
        QByteArray csv = kHeader;
        for (int i = 0; i < 450; ++i)
            csv += line(QString::number(300000000 + i), QStringLiteral("NOM%1").arg(i, 3, 10, QChar(u'0')),
                        QStringLiteral("Jean"), QStringLiteral("01/01/1970"), QStringLiteral("LP"),
                        QStringLiteral("RUE DE LA REPUBLIQUE"), QStringLiteral("FRANCAISE"), QString::number(1 + i % 2));
        CliRun run = runCli(f.services, {QStringLiteral("elec"), QStringLiteral("import"),
                                         write(f, QStringLiteral("lots.csv"), csv), QStringLiteral("--json")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(json(run).value(QStringLiteral("ajoutes")).toInt(), 450);
        QCOMPARE(f.service->count({}).value(), 450);
        Core::Result<QList<Electeur>> last = f.service->search(QStringLiteral("nom449"));
        QCOMPARE(last->size(), 1);
        QCOMPARE(last->first().ine, QStringLiteral("300000449"));
        QCOMPARE(last->first().bureauCode, QStringLiteral("0002"));
        QCOMPARE(last->first().numeroOrdre, 225); // 225th elector of bureau 0002
        // Re-importing the same file changes nothing.
        run = runCli(f.services, {QStringLiteral("elec"), QStringLiteral("import"), write(f, QStringLiteral("lots.csv"), csv),
                                  QStringLiteral("--json")});
        QCOMPARE(json(run).value(QStringLiteral("inchanges")).toInt(), 450);
    }

    void droitRequis()
    {
        ELEC_FIXTURE(f);
        Core::SessionUser user = f.services.session().user();
        user.profile = Core::Profile::Utilisateur;
        f.services.session().start(user, f.services.session().availableCommunes(), f.services.session().commune());
        ReuImport importer(f.services.database(), f.services.session(), f.services.permissions());
        Core::Result<ReuImportReport> r = importer.importFile(write(f, QStringLiteral("x.csv"), kHeader));
        QVERIFY(!r);
        QCOMPARE(r.error().kind(), Core::Error::Kind::PermissionDenied);
    }
};

QTEST_MAIN(TstReuImport)
#include "tst_reuimport.moc"
