// Cemeteries, zones, allées and plots through PlotService on a real database (SQLite file and
// PostgreSQL server): batch creation, refusals with the database unchanged, optimistic locking of
// a plot moved on the plan, statuses, free places, lists with validity, occupancy recalculation.
#include "CimetiereFixture.h"
#include "CliRunner.h"

#include "reference/ParameterService.h"

#include <QBuffer>
#include <QImage>

using namespace OpenMairie;
using namespace OpenMairie::Cimetiere;
using Test::CimetiereFixture;

class TstCimetierePlots : public QObject
{
    Q_OBJECT

private slots:
    void migrationBuildsTheTables()
    {
        CIMETIERE_FIXTURE(f);
        for (const char *t : {"cimetiere_cimetiere", "cimetiere_emplacement", "cimetiere_concession",
                              "cimetiere_defunt", "cimetiere_operation", "cimetiere_tarif", "cimetiere_travaux",
                              "cimetiere_piece_jointe", "cimetiere_liste", "cimetiere_entreprise"})
            QCOMPARE(f.count(QString::fromLatin1(t)), 0);
        // Registered with the suite: audited by its triggers, scoped by commune.
        Core::Result<QVariant> n = Core::Sql::scalar(
            f.connection(), QStringLiteral("SELECT count(*) FROM schema_table WHERE module = 'cimetiere'"));
        OM_VERIFY_OK(n);
        QCOMPARE(n.value().toInt(), 15);
    }

    void batchCreation()
    {
        CIMETIERE_FIXTURE(f);
        const QList<qint64> ids = f.makePlots(12);
        QCOMPARE(ids.size(), 12);
        Core::Result<QList<Plot>> all = f.plots->plots(f.cemeteryId);
        OM_VERIFY_OK(all);
        QCOMPARE(all.value().size(), 12);
        QCOMPARE(all.value().at(0).location(), QStringLiteral("Carré A, Allée 1, n° 1"));
        QCOMPARE(all.value().at(11).numero, 12);
        // Laid out in a row every 1.5 m from the origin.
        QCOMPARE(all.value().at(2).x, 3.0);
        QCOMPARE(all.value().at(0).statut, PlotStatus::Libre);

        // One number already used refuses the whole range.
        const QString before = f.snapshot();
        PlotBatch again;
        again.alleeId = f.alleeId;
        again.premier = 10;
        again.dernier = 20;
        Core::Result<int> refused = f.plots->createPlots(again);
        QVERIFY(!refused);
        QCOMPARE(refused.error().message(), QStringLiteral("Le numéro 10 existe déjà dans cette allée : aucun emplacement "
                                                           "n'a été créé. Choisissez une plage de numéros libres."));
        QCOMPARE(f.snapshot(), before);
    }

    void plotRefusals_data()
    {
        QTest::addColumn<int>("numero");
        QTest::addColumn<int>("places");
        QTest::addColumn<QString>("message");
        QTest::newRow("numéro zéro") << 0 << 1 << "Le numéro de l'emplacement est un entier à partir de 1 (0 saisi).";
        QTest::newRow("places négatives") << 5 << -1 << "Le nombre de places va de 0 à 50 (-1 saisi).";
        QTest::newRow("numéro déjà pris") << 1 << 1
            << "Le numéro 1 est déjà attribué dans cette allée : choisissez un autre numéro ou un complément (bis, ter).";
    }

    void plotRefusals()
    {
        QFETCH(int, numero);
        QFETCH(int, places);
        QFETCH(QString, message);
        CIMETIERE_FIXTURE(f);
        f.makePlots(2);
        const QString before = f.snapshot();
        PlotDraft d;
        d.alleeId = f.alleeId;
        d.numero = numero;
        d.places = places;
        Core::Result<Plot> p = f.plots->createPlot(d);
        QVERIFY(!p);
        QCOMPARE(p.error().message(), message);
        QCOMPARE(f.snapshot(), before);
    }

    void complementMakesANewPlot()
    {
        CIMETIERE_FIXTURE(f);
        f.makePlots(2);
        PlotDraft d;
        d.alleeId = f.alleeId;
        d.numero = 1;
        d.complement = QStringLiteral("bis");
        d.nature = PlotKind::Cavurne;
        Core::Result<Plot> p = f.plots->createPlot(d);
        OM_VERIFY_OK(p);
        QCOMPARE(p.value().location(), QStringLiteral("Carré A, Allée 1, n° 1 bis"));
    }

    void moveOnThePlanWithOptimisticLocking()
    {
        CIMETIERE_FIXTURE(f);
        const qint64 id = f.makePlots(1).first();
        Core::Result<Plot> moved = f.plots->movePlot(id, 1, 12.5, 7.25);
        OM_VERIFY_OK(moved);
        QCOMPARE(moved.value().x, 12.5);
        QCOMPARE(moved.value().y, 7.25);
        QCOMPARE(moved.value().version, 2);
        // A second agent still showing version 1 is refused, and nothing of his is written.
        Core::Result<Plot> stale = f.plots->movePlot(id, 1, 0, 0);
        QVERIFY(!stale);
        QCOMPARE(stale.error().kind(), Core::Error::Kind::Conflict);
        QVERIFY2(stale.error().message().startsWith(QStringLiteral("L'emplacement Carré A, Allée 1, n° 1 a été modifié par ")),
                 qPrintable(stale.error().message()));
        QCOMPARE(f.plots->plot(id).value().x, 12.5);
    }

    void statusesAndFreePlaces()
    {
        CIMETIERE_FIXTURE(f);
        const QList<qint64> ids = f.makePlots(4);
        Core::Result<Plot> blocked = f.plots->setStatus(ids.at(0), 1, PlotStatus::Bloque);
        OM_VERIFY_OK(blocked);
        QCOMPARE(blocked.value().statut, PlotStatus::Bloque);
        Core::Result<QList<FreePlaces>> free = f.plots->freePlaces(f.cemeteryId);
        OM_VERIFY_OK(free);
        QCOMPARE(free.value().at(0).nature, PlotKind::Concession);
        QCOMPARE(free.value().at(0).emplacements, 3);
        QCOMPARE(f.plots->freePlots(f.cemeteryId, PlotKind::Concession).value().size(), 3);
        // Unblocking gives back what the contents say: free.
        Core::Result<Plot> unblocked = f.plots->setStatus(ids.at(0), 2, PlotStatus::Libre);
        OM_VERIFY_OK(unblocked);
        QCOMPARE(unblocked.value().statut, PlotStatus::Libre);

        // A plot holding someone cannot be declared free.
        OM_VERIFY_OK(f.deceased->createInPlot(CimetiereFixture::person(QStringLiteral("Durand"), QDate(2001, 1, 1)),
                                              ids.at(1)));
        const Plot occupied = f.plots->plot(ids.at(1)).value();
        QCOMPARE(occupied.statut, PlotStatus::Occupe);
        Core::Result<Plot> refused = f.plots->setStatus(ids.at(1), occupied.version, PlotStatus::Libre);
        QVERIFY(!refused);
        QCOMPARE(refused.error().message(), QStringLiteral("L'emplacement Carré A, Allée 1, n° 2 contient des défunts : "
                                                           "il ne peut pas être déclaré libre."));
    }

    void listsWithValidity()
    {
        CIMETIERE_FIXTURE(f);
        ListValue old;
        old.liste = QStringLiteral("type_sepulture");
        old.code = QStringLiteral("PT");
        old.libelle = QStringLiteral("Pierre tombale");
        old.fin = QDate(2025, 1, 1);
        OM_VERIFY_OK(f.plots->addListValue(old));
        ListValue current;
        current.liste = QStringLiteral("type_sepulture");
        current.code = QStringLiteral("CAV2");
        current.libelle = QStringLiteral("Caveau 2 places");
        OM_VERIFY_OK(f.plots->addListValue(current));
        Core::Result<QList<ListValue>> offered = f.plots->offeredListValues(QStringLiteral("type_sepulture"),
                                                                             QDate(2026, 6, 15));
        OM_VERIFY_OK(offered);
        QCOMPARE(offered.value().size(), 1);
        QCOMPARE(offered.value().at(0).libelle, QStringLiteral("Caveau 2 places"));
        QCOMPARE(f.plots->offeredListValues(QStringLiteral("type_sepulture"), QDate(2024, 6, 15)).value().size(), 2);

        ListValue bad = current;
        bad.code = QStringLiteral("X");
        bad.debut = QDate(2026, 1, 1);
        bad.fin = QDate(2025, 1, 1);
        QCOMPARE(f.plots->addListValue(bad).error().message(),
                 QStringLiteral("La fin de validité (01/01/2025) précède son début (01/01/2026) : corrigez les dates."));
        QCOMPARE(f.plots->addListValue(current).error().message(),
                 QStringLiteral("Le code « CAV2 » existe déjà dans cette liste."));
    }

    void occupancyRecalculatedAfterAParameterChange()
    {
        CIMETIERE_FIXTURE(f);
        const qint64 id = f.makePlots(1, PlotKind::Concession, 3).first();
        for (int i = 0; i < 2; ++i)
            OM_VERIFY_OK(f.deceased->createInPlot(
                CimetiereFixture::person(QStringLiteral("Urne %1").arg(i), QDate(2010, 1, 1), BodyKind::Urne), id));
        OM_VERIFY_OK(f.deceased->createInPlot(CimetiereFixture::person(QStringLiteral("Corps"), QDate(2001, 1, 1)), id));
        QCOMPARE(f.plots->plot(id).value().occupation, 1.2);
        OM_VERIFY_OK(f.services.references().parameters().set(CimetiereAccess::kParamTailleUrne, QStringLiteral("0,25")));
        QCOMPARE(f.plots->plot(id).value().occupation, 1.2); // stored until recalculated
        const Test::CliRun cli = Test::runCli(f.services, {QStringLiteral("cimetiere"),
                                                           QStringLiteral("recalculer-occupation")});
        QCOMPARE(cli.code, 0);
        QCOMPARE(cli.out.trimmed(), QStringLiteral("Occupation recalculée pour 1 emplacement(s)."));
        QCOMPARE(f.plots->plot(id).value().occupation, 1.5);
        Core::Result<QList<CemeteryOccupancy>> byCemetery = f.plots->occupancyByCemetery();
        OM_VERIFY_OK(byCemetery);
        QCOMPARE(byCemetery.value().size(), 1);
        QCOMPARE(byCemetery.value().at(0).places, 3);
        QCOMPARE(byCemetery.value().at(0).placesOccupees, 1.5);
    }

    void searchIgnoresAccentsAndCase()
    {
        CIMETIERE_FIXTURE(f);
        const QList<qint64> ids = f.makePlots(2);
        QVERIFY(f.addTariffs());
        OM_VERIFY_OK(f.deceased->createInPlot(CimetiereFixture::person(QStringLiteral("Lefèbvre"), QDate(2001, 1, 1)),
                                              ids.at(0)));
        OM_VERIFY_OK(f.concessions->grant(CimetiereFixture::grant(ids.at(1), QStringLiteral("T-1"),
                                                                  DurationCategory::Trentenaire, 0, QDate(2026, 6, 1))));
        for (const QString &typed : {QStringLiteral("lefebvre"), QStringLiteral("LEFÈBVRE"), QStringLiteral("Lefeb")}) {
            Core::Result<QList<PersonHit>> hits = f.deceased->search(typed);
            OM_VERIFY_OK(hits);
            QCOMPARE(hits.value().size(), 2);
            QCOMPARE(hits.value().at(0).kind, QStringLiteral("defunt"));
            QCOMPARE(hits.value().at(0).emplacementId, ids.at(0));
            QCOMPARE(hits.value().at(1).kind, QStringLiteral("concessionnaire"));
            QCOMPARE(hits.value().at(1).detail, QStringLiteral("concessionnaire, titre n° T-1"));
        }
        QCOMPARE(f.deceased->search(QStringLiteral("L")).error().message(),
                 QStringLiteral("Tapez au moins deux lettres du nom recherché."));
    }

    void worksAndAttachments()
    {
        CIMETIERE_FIXTURE(f);
        const qint64 id = f.makePlots(1).first();
        Company c;
        c.nom = QStringLiteral("Marbrerie Provençale");
        c.pompesFunebres = true;
        Core::Result<qint64> company = f.plots->createCompany(c);
        OM_VERIFY_OK(company);
        Works w;
        w.emplacementId = id;
        w.entrepriseId = company.value();
        w.debut = QDate(2026, 6, 10);
        w.fin = QDate(2026, 6, 1);
        QCOMPARE(f.plots->addWorks(w).error().message(),
                 QStringLiteral("La fin des travaux (01/06/2026) précède leur début (10/06/2026) : corrigez les dates."));
        w.fin = QDate(2026, 6, 12);
        OM_VERIFY_OK(f.plots->addWorks(w));
        QCOMPARE(f.plots->addAttachment(id, QStringLiteral("acte.pdf"), {}, QStringLiteral("document"), {}).error().message(),
                 QStringLiteral("Le fichier « acte.pdf » est vide : joignez la photo ou le document scanné."));
        OM_VERIFY_OK(f.plots->addAttachment(id, QStringLiteral("tombe.jpg"), QByteArray("\xff\xd8\xff", 3),
                                            QStringLiteral("photo"), QDate(2026, 6, 1)));
        // The scanned plan under the plots, stored with the cemetery.
        QImage scan(40, 20, QImage::Format_RGB32);
        scan.fill(Qt::white);
        QByteArray png;
        QBuffer buffer(&png);
        QVERIFY(buffer.open(QIODevice::WriteOnly) && scan.save(&buffer, "PNG"));
        OM_VERIFY_OK(f.plots->setScannedPlan(f.cemeteryId, png));
        QCOMPARE(f.plots->scannedPlan(f.cemeteryId).value(), png);
        QCOMPARE(f.plots->setScannedPlan(-1, png).error().message(),
                 QStringLiteral("Le cimetière choisi n'existe pas dans la commune."));
        QCOMPARE(f.count(QStringLiteral("cimetiere_travaux")), 1);
        QCOMPARE(f.count(QStringLiteral("cimetiere_piece_jointe")), 1);
    }
};

QTEST_GUILESS_MAIN(TstCimetierePlots)
#include "tst_cimetiereplots.moc"
