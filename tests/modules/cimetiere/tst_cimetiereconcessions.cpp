// Funeral concessions through ConcessionService on a real database: grant at the tariff in force,
// end dates, every refusal with the database unchanged, renewal (window, new period from the old
// end, link to the previous title), conversion with its computation, rétrocession of an empty
// concession, optimistic locking, rights, the « échéances » list and its CLI command.
#include "CimetiereFixture.h"
#include "CliRunner.h"

#include "Permissions.h"
#include "Session.h"
#include "UserAccountService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace OpenMairie;
using namespace OpenMairie::Cimetiere;
using Test::CimetiereFixture;

Q_DECLARE_METATYPE(std::function<void(GrantRequest &)>)

class TstCimetiereConcessions : public QObject
{
    Q_OBJECT

private slots:
    void grantAtTheTariffInForce()
    {
        CIMETIERE_FIXTURE(f);
        const qint64 plot = f.makePlots(1).first();
        QVERIFY(f.addTariffs());
        Core::Result<Concession> c = f.concessions->grant(
            CimetiereFixture::grant(plot, QStringLiteral("2026-001"), DurationCategory::Temporaire, 15, QDate(2026, 6, 1)));
        OM_VERIFY_OK(c);
        QCOMPARE(c.value().dateFin, QDate(2041, 6, 1));
        QCOMPARE(c.value().montantCentimes, 15000);
        QVERIFY(c.value().tarifId > 0);
        QCOMPARE(c.value().etat, QStringLiteral("active"));
        QCOMPARE(c.value().personnes.size(), 1);
        QCOMPARE(c.value().personnes.at(0).displayName(), QStringLiteral("Lefèbvre Jean"));
        const Plot p = f.plots->plot(plot).value();
        QCOMPARE(p.statut, PlotStatus::Reserve);
        QCOMPARE(p.famille, QStringLiteral("Lefèbvre"));
        QCOMPARE(p.dureeConcession, QStringLiteral("temporaire"));

        const qint64 second = f.makePlots(1, PlotKind::Concession, 2, QStringLiteral("Allée 2")).first();
        Core::Result<Concession> perpetual = f.concessions->grant(
            CimetiereFixture::grant(second, QStringLiteral("2026-002"), DurationCategory::Perpetuelle, 0, QDate(2026, 6, 2)));
        OM_VERIFY_OK(perpetual);
        QVERIFY(!perpetual.value().dateFin.isValid());
        QCOMPARE(perpetual.value().montantCentimes, 250000);
    }

    void grantRefusals_data()
    {
        QTest::addColumn<std::function<void(GrantRequest &)>>("change");
        QTest::addColumn<QString>("message");
        using G = GrantRequest;
        QTest::newRow("numéro déjà attribué") << std::function<void(G &)>([](G &g) { g.numeroTitre = QStringLiteral("EXISTANT"); })
            << "Le numéro de titre EXISTANT est déjà attribué dans la commune : chaque titre de concession a un numéro "
               "unique.";
        QTest::newRow("sans numéro") << std::function<void(G &)>([](G &g) { g.numeroTitre = QStringLiteral("  "); })
            << "Indiquez le numéro du titre de concession.";
        QTest::newRow("sans concessionnaire") << std::function<void(G &)>([](G &g) { g.personnes.clear(); })
            << "Indiquez au moins un concessionnaire (nom et adresse) : c'est lui qui signe le titre.";
        QTest::newRow("collective sans bénéficiaire")
            << std::function<void(G &)>([](G &g) { g.typeBeneficiaires = QStringLiteral("collective"); })
            << "Une concession collective désigne nommément ses bénéficiaires : ajoutez-les au titre.";
        QTest::newRow("exclusion hors familiale") << std::function<void(G &)>([](G &g) {
            g.typeBeneficiaires = QStringLiteral("individuelle");
            Person p = CimetiereFixture::holder(QStringLiteral("Cousin"));
            p.role = QStringLiteral("exclu");
            g.personnes.append(p);
        }) << "Seule une concession familiale peut exclure nommément des personnes.";
        QTest::newRow("centenaire") << std::function<void(G &)>([](G &g) {
            g.duree = ConcessionDuration::make(DurationCategory::Centenaire).value();
        }) << "Les concessions centenaires ne sont plus accordées depuis 1959 : choisissez une concession temporaire, "
              "trentenaire, cinquantenaire ou perpétuelle.";
        QTest::newRow("sans tarif en vigueur") << std::function<void(G &)>([](G &g) { g.dateDebut = QDate(2019, 12, 31); })
            << "Aucun tarif n'est en vigueur le 31/12/2019 pour une concession trentenaire (30 ans) (concession "
               "(terrain)) au cimetière Cimetière du Nord : saisissez le tarif voté par le conseil municipal dans les "
               "tarifs.";
        QTest::newRow("emplacement déjà concédé") << std::function<void(G &)>([](G &g) { g.emplacementId = -1; })
            << "Cet emplacement est déjà concédé (titre n° EXISTANT) : renouvelez ou convertissez ce titre, ou choisissez "
               "un emplacement libre.";
        QTest::newRow("ossuaire") << std::function<void(G &)>([](G &g) { g.emplacementId = -2; })
            << "Un emplacement « Ossuaire » ne se concède pas : choisissez un terrain, une case de columbarium, une "
               "cavurne ou un enfeu.";
        QTest::newRow("début à plus d'un an") << std::function<void(G &)>([](G &g) { g.dateDebut = QDate(2027, 7, 1); })
            << "La date de début (01/07/2027) est à plus d'un an : vérifiez-la.";
    }

    void grantRefusals()
    {
        QFETCH(std::function<void(GrantRequest &)>, change);
        QFETCH(QString, message);
        CIMETIERE_FIXTURE(f);
        const QList<qint64> plots = f.makePlots(3);
        const qint64 ossuaire = f.makePlots(1, PlotKind::Ossuaire, 0, QStringLiteral("Ossuaire")).first();
        QVERIFY(f.addTariffs());
        OM_VERIFY_OK(f.concessions->grant(CimetiereFixture::grant(plots.at(0), QStringLiteral("EXISTANT"),
                                                                  DurationCategory::Trentenaire, 0, QDate(2026, 1, 1))));
        GrantRequest g = CimetiereFixture::grant(plots.at(1), QStringLiteral("NOUVEAU"), DurationCategory::Trentenaire, 0,
                                                 QDate(2026, 6, 1));
        change(g);
        if (g.emplacementId == -1)
            g.emplacementId = plots.at(0);
        if (g.emplacementId == -2)
            g.emplacementId = ossuaire;
        const QString before = f.snapshot();
        Core::Result<Concession> c = f.concessions->grant(g);
        QVERIFY(!c);
        QCOMPARE(c.error().message(), message);
        QCOMPARE(f.snapshot(), before);
    }

    void tariffOverlapRefused()
    {
        CIMETIERE_FIXTURE(f);
        f.makePlots(1);
        QVERIFY(f.addTariffs());
        Tariff t;
        t.cimetiereId = f.cemeteryId;
        t.duree = ConcessionDuration::make(DurationCategory::Trentenaire).value();
        t.montantCentimes = 45000;
        t.debut = QDate(2026, 1, 1);
        Core::Result<Tariff> r = f.concessions->addTariff(t);
        QVERIFY(!r);
        QCOMPARE(r.error().message(), QStringLiteral("Un tarif pour une concession trentenaire (30 ans) (concession "
                                                     "(terrain)) est déjà en vigueur depuis le 01/01/2020 sur cette "
                                                     "période : fermez-le d'abord en lui donnant une fin de validité."));
        t.montantCentimes = -1;
        QCOMPARE(f.concessions->addTariff(t).error().message(),
                 QStringLiteral("Le montant d'un tarif ne peut pas être négatif."));
    }

    void renewalFromThePreviousEnd()
    {
        CIMETIERE_FIXTURE(f);
        const qint64 plot = f.makePlots(1).first();
        QVERIFY(f.addTariffs());
        // Captured title: 15 years from 10/09/2011, ended 10/09/2026 (today 15/06/2026: inside the window).
        GrantRequest g = CimetiereFixture::grant(plot, QStringLiteral("A-15"), DurationCategory::Temporaire, 15,
                                                 QDate(2011, 9, 10));
        g.historique = true;
        g.montantHistoriqueCentimes = 9000;
        Core::Result<Concession> old = f.concessions->grant(g);
        OM_VERIFY_OK(old);
        QCOMPARE(old.value().origine, QStringLiteral("reprise_donnees"));
        QCOMPARE(old.value().dateFin, QDate(2026, 9, 10));

        NewTitleRequest r;
        r.numeroTitre = QStringLiteral("R-1");
        r.duree = ConcessionDuration::make(DurationCategory::Trentenaire).value();
        r.referencePaiement = QStringLiteral("Quittance 77");
        Core::Result<Concession> renewed = f.concessions->renew(old.value().id, old.value().version, r);
        OM_VERIFY_OK(renewed);
        QCOMPARE(renewed.value().dateDebut, QDate(2026, 9, 10));
        QCOMPARE(renewed.value().dateFin, QDate(2056, 9, 10));
        QCOMPARE(renewed.value().precedenteId, old.value().id);
        QCOMPARE(renewed.value().origine, QStringLiteral("renouvellement"));
        QCOMPARE(renewed.value().montantCentimes, 40000);
        QCOMPARE(renewed.value().personnes.size(), 1);
        QCOMPARE(renewed.value().calcul, QStringLiteral("Renouvellement du titre n° A-15 au tarif du 15/06/2026 (400,00 €) : "
                                                        "nouvelle période du 10/09/2026 au 10/09/2056."));
        const Concession closed = f.concessions->get(old.value().id).value();
        QCOMPARE(closed.etat, QStringLiteral("renouvelee"));
        QCOMPARE(closed.dateEtat, QDate(2026, 6, 15));

        // The old title, read before the renewal, is no longer renewable.
        const QString before = f.snapshot();
        r.numeroTitre = QStringLiteral("R-2");
        Core::Result<Concession> twice = f.concessions->renew(old.value().id, closed.version, r);
        QVERIFY(!twice);
        QCOMPARE(twice.error().message(), QStringLiteral("La concession n° A-15 est renouvelée depuis le 15/06/2026 : seule "
                                                         "une concession active peut être renouvelée, convertie ou "
                                                         "rétrocédée."));
        Core::Result<Concession> stale = f.concessions->renew(old.value().id, 1, r);
        QCOMPARE(stale.error().kind(), Core::Error::Kind::Conflict);
        QCOMPARE(f.snapshot(), before);
    }

    void renewalWindowRefusals_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QString>("message");
        QTest::newRow("trop tôt") << QDate(2012, 9, 10)
            << "Cette concession arrive à terme le 10/09/2027 : son renouvellement est possible à partir du 10/09/2026.";
        QTest::newRow("plus de deux ans après le terme") << QDate(2009, 6, 1)
            << "Cette concession a expiré le 01/06/2024 : le renouvellement n'était possible que jusqu'au 01/06/2026 "
               "(deux ans après le terme, article L2223-15 du CGCT). Le terrain peut être repris par la commune ; "
               "accordez si besoin une nouvelle concession.";
    }

    void renewalWindowRefusals()
    {
        QFETCH(QDate, start);
        QFETCH(QString, message);
        CIMETIERE_FIXTURE(f);
        const qint64 plot = f.makePlots(1).first();
        QVERIFY(f.addTariffs());
        GrantRequest g = CimetiereFixture::grant(plot, QStringLiteral("A-15"), DurationCategory::Temporaire, 15, start);
        g.historique = true;
        Core::Result<Concession> old = f.concessions->grant(g);
        OM_VERIFY_OK(old);
        const QString before = f.snapshot();
        NewTitleRequest r;
        r.numeroTitre = QStringLiteral("R-1");
        r.duree = ConcessionDuration::make(DurationCategory::Temporaire, 15).value();
        Core::Result<Concession> renewed = f.concessions->renew(old.value().id, old.value().version, r);
        QVERIFY(!renewed);
        QCOMPARE(renewed.error().message(), message);
        QCOMPARE(f.snapshot(), before);
    }

    void conversionWithProRataCredit()
    {
        CIMETIERE_FIXTURE(f);
        const qint64 plot = f.makePlots(1).first();
        QVERIFY(f.addTariffs());
        GrantRequest g = CimetiereFixture::grant(plot, QStringLiteral("T-2020"), DurationCategory::Temporaire, 15,
                                                 QDate(2020, 1, 1));
        Core::Result<Concession> old = f.concessions->grant(g);
        OM_VERIFY_OK(old);
        const ConcessionDuration trentenaire = ConcessionDuration::make(DurationCategory::Trentenaire).value();
        Core::Result<ConversionCredit> quote = f.concessions->conversionQuote(old.value().id, trentenaire);
        OM_VERIFY_OK(quote);
        QCOMPARE(quote.value().creditCents, 8547);
        QCOMPARE(quote.value().priceCents, 31453);

        NewTitleRequest r;
        r.numeroTitre = QStringLiteral("C-1");
        r.duree = trentenaire;
        Core::Result<Concession> converted = f.concessions->convert(old.value().id, old.value().version, r);
        OM_VERIFY_OK(converted);
        QCOMPARE(converted.value().origine, QStringLiteral("conversion"));
        QCOMPARE(converted.value().dateDebut, QDate(2026, 6, 15));
        QCOMPARE(converted.value().dateFin, QDate(2056, 6, 15));
        QCOMPARE(converted.value().montantCentimes, 31453);
        QCOMPARE(converted.value().creditCentimes, 8547);
        QCOMPARE(converted.value().calcul,
                 QStringLiteral("Conversion au 15/06/2026 : tarif trentenaire (30 ans) 400,00 € − crédit du temps restant "
                                "(150,00 € × 3122 jours restants / 5479 jours) 85,47 € = 314,53 € à payer."));
        QCOMPARE(f.concessions->get(old.value().id).value().etat, QStringLiteral("convertie"));

        const QString before = f.snapshot();
        r.numeroTitre = QStringLiteral("C-2");
        Core::Result<Concession> shorter = f.concessions->convert(
            converted.value().id, converted.value().version,
            {QStringLiteral("C-2"), ConcessionDuration::make(DurationCategory::Temporaire, 15).value(), {}});
        QVERIFY(!shorter);
        QCOMPARE(shorter.error().message(), QStringLiteral("Une conversion se fait vers une durée plus longue (article "
                                                           "L2223-16 du CGCT) : la concession est trentenaire (30 ans), "
                                                           "choisissez une durée supérieure."));
        QCOMPARE(f.snapshot(), before);
    }

    void retrocessionOfAnEmptyConcession()
    {
        CIMETIERE_FIXTURE(f);
        const QList<qint64> plots = f.makePlots(2);
        QVERIFY(f.addTariffs());
        Core::Result<Concession> empty = f.concessions->grant(
            CimetiereFixture::grant(plots.at(0), QStringLiteral("V-1"), DurationCategory::Trentenaire, 0, QDate(2020, 3, 10)));
        OM_VERIFY_OK(empty);
        Core::Result<Concession> given = f.concessions->retrocede(empty.value().id, empty.value().version);
        OM_VERIFY_OK(given);
        QCOMPARE(given.value().etat, QStringLiteral("retrocedee"));
        QCOMPARE(given.value().remboursementCentimes, 31647);
        QCOMPARE(given.value().calcul, QStringLiteral("Rétrocession au 15/06/2026 : 400,00 € payés × 8669 jours restants / "
                                                      "10957 jours = 316,47 € remboursés."));
        const Plot p = f.plots->plot(plots.at(0)).value();
        QCOMPARE(p.statut, PlotStatus::Libre);
        QCOMPARE(p.famille, QString());

        Core::Result<Concession> occupied = f.concessions->grant(
            CimetiereFixture::grant(plots.at(1), QStringLiteral("V-2"), DurationCategory::Trentenaire, 0, QDate(2020, 3, 10)));
        OM_VERIFY_OK(occupied);
        OM_VERIFY_OK(f.deceased->createInPlot(CimetiereFixture::person(QStringLiteral("Durand"), QDate(2021, 1, 1)),
                                              plots.at(1)));
        const QString before = f.snapshot();
        Core::Result<Concession> refused = f.concessions->retrocede(occupied.value().id, occupied.value().version);
        QVERIFY(!refused);
        QCOMPARE(refused.error().message(), QStringLiteral("La concession n° V-2 contient 1 défunt(s) : seule une concession "
                                                           "vide peut être rétrocédée à la commune."));
        QCOMPARE(f.snapshot(), before);
    }

    void retrocessionNeedsASuperUtilisateur()
    {
        CIMETIERE_FIXTURE(f);
        const qint64 plot = f.makePlots(1).first();
        QVERIFY(f.addTariffs());
        Core::Result<Concession> c = f.concessions->grant(
            CimetiereFixture::grant(plot, QStringLiteral("V-1"), DurationCategory::Trentenaire, 0, QDate(2020, 3, 10)));
        OM_VERIFY_OK(c);
        Core::Session &session = f.services.session();
        const Core::SessionCommune commune = session.commune();
        session.start({session.user().id, QStringLiteral("agent"), QStringLiteral("Agent"), Core::Profile::Utilisateur,
                       false},
                      {commune}, commune);
        Core::Result<Concession> refused = f.concessions->retrocede(c.value().id, c.value().version);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind(), Core::Error::Kind::PermissionDenied);
        QCOMPARE(refused.error().message(), QStringLiteral("Votre profil ne permet pas cette opération (Accepter la "
                                                           "rétrocession d'une concession). Demandez ce droit à "
                                                           "l'administrateur."));
        session.start({session.user().id, QStringLiteral("lecteur"), QStringLiteral("Lecteur"),
                       Core::Profile::Consultation, false},
                      {commune}, commune);
        OM_VERIFY_OK(f.concessions->get(c.value().id));
        QCOMPARE(f.concessions->grant(CimetiereFixture::grant(plot, QStringLiteral("X"), DurationCategory::Trentenaire, 0,
                                                              QDate(2026, 6, 1)))
                     .error()
                     .kind(),
                 Core::Error::Kind::PermissionDenied);
    }

    void echeancesListAndCli()
    {
        CIMETIERE_FIXTURE(f);
        const QList<qint64> plots = f.makePlots(3);
        QVERIFY(f.addTariffs());
        auto captured = [&](qint64 plot, const QString &titre, const QDate &start) {
            GrantRequest g = CimetiereFixture::grant(plot, titre, DurationCategory::Temporaire, 15, start);
            g.historique = true;
            return f.concessions->grant(g);
        };
        OM_VERIFY_OK(captured(plots.at(0), QStringLiteral("ECHUE"), QDate(2010, 1, 5)));    // ended 05/01/2025
        OM_VERIFY_OK(captured(plots.at(1), QStringLiteral("BIENTOT"), QDate(2011, 12, 1))); // ends 01/12/2026
        OM_VERIFY_OK(captured(plots.at(2), QStringLiteral("LOIN"), QDate(2020, 1, 1)));     // ends 01/01/2035
        Core::Result<QList<Expiry>> list = f.concessions->expiring(QDate(2027, 1, 1));
        OM_VERIFY_OK(list);
        QCOMPARE(list.value().size(), 2);
        QCOMPARE(list.value().at(0).numeroTitre, QStringLiteral("ECHUE"));
        QCOMPARE(list.value().at(0).renouvelableJusquAu, QDate(2027, 1, 5));
        QCOMPARE(list.value().at(0).concessionnaire, QStringLiteral("Lefèbvre Jean"));
        QCOMPARE(list.value().at(1).emplacement, QStringLiteral("Carré A, Allée 1, n° 2"));

        const Test::CliRun json = Test::runCli(f.services, {QStringLiteral("cimetiere"), QStringLiteral("echeances"),
                                                            QStringLiteral("--avant"), QStringLiteral("2027-01-01"),
                                                            QStringLiteral("--json")});
        QCOMPARE(json.code, 0);
        const QJsonArray array = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(array.size(), 2);
        QCOMPARE(array.at(1).toObject().value(QStringLiteral("numero_titre")).toString(), QStringLiteral("BIENTOT"));
        QCOMPARE(array.at(1).toObject().value(QStringLiteral("date_fin")).toString(), QStringLiteral("2026-12-01"));
        QCOMPARE(array.at(1).toObject().value(QStringLiteral("cimetiere")).toString(), QStringLiteral("Cimetière du Nord"));

        const Test::CliRun bad = Test::runCli(f.services, {QStringLiteral("cimetiere"), QStringLiteral("echeances"),
                                                           QStringLiteral("--avant"), QStringLiteral("31/12/2027")});
        QCOMPARE(bad.code, int(Core::ExitUsage));
        QVERIFY2(bad.err.contains(QStringLiteral("« 31/12/2027 » n'est pas une date : écrivez-la AAAA-MM-JJ, par exemple "
                                                 "2027-12-31.")),
                 qPrintable(bad.err));
        const Test::CliRun missing = Test::runCli(f.services, {QStringLiteral("cimetiere"), QStringLiteral("echeances")});
        QCOMPARE(missing.code, int(Core::ExitUsage));
    }
};

QTEST_GUILESS_MAIN(TstCimetiereConcessions)
#include "tst_cimetiereconcessions.moc"
