// Funeral operations through OperationService on a real database: the workflow en cours → validée
// (irreversible) or annulée, the deceased locked while an operation is pending, the yearly file
// numbers, and every check with its exact message and the database unchanged: capacity (pending
// operations included), droit à sépulture, holder's consent, plus proche parent, réduction delay,
// transfer destination, dispersion place; the legal delay as a warning.
#include "CimetiereFixture.h"

using namespace OpenMairie;
using namespace OpenMairie::Cimetiere;
using Test::CimetiereFixture;

namespace {
// A conceded ground plot of 2 places (title T-1), a second free ground plot, a terrain commun of one
// place and a jardin du souvenir.
struct Ground
{
    qint64 plot = 0;
    qint64 free = 0;
    qint64 commun = 0;
    qint64 jardin = 0;
};

Ground prepare(CimetiereFixture &f)
{
    Ground g;
    const QList<qint64> plots = f.makePlots(2);
    g.plot = plots.at(0);
    g.free = plots.at(1);
    g.commun = f.makePlots(1, PlotKind::TerrainCommun, 1, QStringLiteral("Terrain commun")).first();
    g.jardin = f.makePlots(1, PlotKind::JardinSouvenir, 0, QStringLiteral("Jardin")).first();
    GrantRequest grant = CimetiereFixture::grant(g.plot, QStringLiteral("T-1"), DurationCategory::Trentenaire, 0,
                                                 QDate(2000, 3, 1));
    grant.historique = true;
    if (!f.concessions->grant(grant))
        return {};
    return g;
}

OperationDraft inhumation(qint64 plot, qint64 defunt, const QDate &date = QDate(2026, 6, 12))
{
    OperationDraft d;
    d.type = OperationType::Inhumation;
    d.date = date;
    d.heure = QStringLiteral("10:30");
    d.emplacementId = plot;
    d.defuntIds = {defunt};
    d.droitSepulture = QStringLiteral("sepulture_famille");
    d.consentementTitulaire = true;
    return d;
}

OperationDraft exhumation(OperationType type, qint64 plot, qint64 defunt)
{
    OperationDraft d;
    d.type = type;
    d.date = QDate(2026, 6, 20);
    d.emplacementId = plot;
    d.defuntIds = {defunt};
    d.demandeurNom = QStringLiteral("Paul Lefèbvre");
    d.demandeurQualite = QStringLiteral("fils");
    d.declarationHonneur = true;
    return d;
}
} // namespace

Q_DECLARE_METATYPE(std::function<void(OperationDraft &)>)

class TstCimetiereOperations : public QObject
{
    Q_OBJECT

private slots:
    void inhumationWorkflowAndLock()
    {
        CIMETIERE_FIXTURE(f);
        const Ground g = prepare(f);
        QVERIFY(g.plot > 0);
        Core::Result<Deceased> d = f.deceased->create(CimetiereFixture::person(QStringLiteral("Lefèbvre"), QDate(2026, 6, 10)));
        OM_VERIFY_OK(d);
        Core::Result<OperationOutcome> created = f.operations->create(inhumation(g.plot, d.value().id));
        OM_VERIFY_OK(created);
        const Operation op = created.value().operation;
        QCOMPARE(op.numero, QStringLiteral("2026-0001"));
        QCOMPARE(op.etat, QStringLiteral("en_cours"));
        QVERIFY(created.value().avertissements.isEmpty());

        // Locked: no edit and no second operation while the first is pending.
        const Deceased locked = f.deceased->get(d.value().id).value();
        QCOMPARE(locked.verrouOperationId, op.id);
        const QString before = f.snapshot();
        Deceased edit = locked;
        edit.prenoms = QStringLiteral("Marie-Louise");
        Core::Result<Deceased> refused = f.deceased->update(locked.id, locked.version, edit);
        QVERIFY(!refused);
        QCOMPARE(refused.error().message(), QStringLiteral("Lefèbvre Marie fait l'objet de l'opération 2026-0001 en cours : "
                                                           "sa fiche est verrouillée jusqu'à ce que l'opération soit "
                                                           "validée ou annulée."));
        Core::Result<OperationOutcome> second = f.operations->create(inhumation(g.commun, d.value().id));
        QVERIFY(!second);
        QCOMPARE(second.error().message(), QStringLiteral("Lefèbvre Marie fait déjà l'objet de l'opération 2026-0001 en "
                                                          "cours : validez-la ou annulez-la avant d'en créer une autre."));
        QCOMPARE(f.snapshot(), before);

        Core::Result<Operation> validated = f.operations->validate(op.id, op.version);
        OM_VERIFY_OK(validated);
        QCOMPARE(validated.value().etat, QStringLiteral("validee"));
        QCOMPARE(validated.value().dateValidation, QDate(2026, 6, 15));
        const Deceased inhumed = f.deceased->get(d.value().id).value();
        QCOMPARE(inhumed.etat, QStringLiteral("inhume"));
        QCOMPARE(inhumed.emplacementId, g.plot);
        QCOMPARE(inhumed.dateInhumation, QDate(2026, 6, 12));
        QCOMPARE(inhumed.verrouOperationId, 0);
        const Plot plot = f.plots->plot(g.plot).value();
        QCOMPARE(plot.statut, PlotStatus::Occupe);
        QCOMPARE(plot.occupation, 1.0);

        // Validation is irreversible.
        const QString after = f.snapshot();
        Core::Result<Operation> cancelled = f.operations->cancel(op.id, validated.value().version);
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().message(), QStringLiteral("L'opération 2026-0001 a été validée le 15/06/2026 : une "
                                                             "opération validée est irréversible."));
        QCOMPARE(f.operations->validate(op.id, validated.value().version).error().message(), cancelled.error().message());
        QCOMPARE(f.snapshot(), after);
    }

    void cancelUnlocks()
    {
        CIMETIERE_FIXTURE(f);
        const Ground g = prepare(f);
        Core::Result<Deceased> d = f.deceased->create(CimetiereFixture::person(QStringLiteral("Martin"), QDate(2026, 6, 10)));
        OM_VERIFY_OK(d);
        Core::Result<OperationOutcome> created = f.operations->create(inhumation(g.commun, d.value().id));
        OM_VERIFY_OK(created);
        Core::Result<Operation> stale = f.operations->cancel(created.value().operation.id, 99);
        QCOMPARE(stale.error().kind(), Core::Error::Kind::Conflict);
        Core::Result<Operation> cancelled = f.operations->cancel(created.value().operation.id,
                                                                 created.value().operation.version);
        OM_VERIFY_OK(cancelled);
        QCOMPARE(cancelled.value().etat, QStringLiteral("annulee"));
        QCOMPARE(f.deceased->get(d.value().id).value().verrouOperationId, 0);
        QCOMPARE(f.deceased->get(d.value().id).value().etat, QStringLiteral("a_inhumer"));
        QCOMPARE(f.plots->plot(g.commun).value().statut, PlotStatus::Libre);
        QVERIFY(f.operations->pending().value().isEmpty());
    }

    void yearlyNumbering()
    {
        CIMETIERE_FIXTURE(f);
        const Ground g = prepare(f);
        QStringList numbers;
        for (const QDate &date : {QDate(2026, 12, 30), QDate(2026, 12, 31), QDate(2027, 1, 2)}) {
            Core::Result<Deceased> d = f.deceased->create(CimetiereFixture::person(QStringLiteral("Petit"), QDate(2026, 6, 1)));
            OM_VERIFY_OK(d);
            OperationDraft o = inhumation(g.commun, d.value().id, date);
            o.type = OperationType::Inhumation;
            // Each into its own plot so that capacity never interferes.
            const qint64 plot = f.makePlots(1, PlotKind::TerrainCommun, 1, QStringLiteral("Rang %1").arg(date.toJulianDay())).first();
            o.emplacementId = plot;
            Core::Result<OperationOutcome> created = f.operations->create(o);
            OM_VERIFY_OK(created);
            numbers.append(created.value().operation.numero);
        }
        QCOMPARE(numbers, QStringList({QStringLiteral("2026-0001"), QStringLiteral("2026-0002"), QStringLiteral("2027-0001")}));
    }

    void delayWarnings()
    {
        CIMETIERE_FIXTURE(f);
        const Ground g = prepare(f);
        Core::Result<Deceased> d = f.deceased->create(CimetiereFixture::person(QStringLiteral("Roux"), QDate(2026, 5, 20)));
        OM_VERIFY_OK(d);
        Core::Result<OperationOutcome> created = f.operations->create(inhumation(g.commun, d.value().id, QDate(2026, 6, 12)));
        OM_VERIFY_OK(created);
        const QString warning = QStringLiteral("L'inhumation a lieu 23 jours après le décès (20/05/2026) : au-delà de 14 "
                                               "jours calendaires, une dérogation du préfet est nécessaire (article "
                                               "R2213-33 du CGCT).");
        QCOMPARE(created.value().avertissements, QStringList{warning});
        QCOMPARE(f.operations->get(created.value().operation.id).value().avertissements, QStringList{warning});
    }

    void refusals_data()
    {
        QTest::addColumn<std::function<void(OperationDraft &)>>("change");
        QTest::addColumn<QString>("message");
        using D = OperationDraft;
        QTest::newRow("sans droit à sépulture") << std::function<void(D &)>([](D &d) { d.droitSepulture.clear(); })
            << "Indiquez à quel titre le défunt a droit à une sépulture dans la commune (article L2223-3 du CGCT) : décès "
               "dans la commune, domicile, sépulture de famille ou inscription sur la liste électorale.";
        QTest::newRow("sans consentement du concessionnaire")
            << std::function<void(D &)>([](D &d) { d.consentementTitulaire = false; })
            << "Le consentement du concessionnaire (ou de ses ayants droit) est requis pour déposer un corps ou une urne "
               "dans la concession n° T-1 : cochez-le une fois l'accord écrit obtenu.";
        QTest::newRow("sans date") << std::function<void(D &)>([](D &d) { d.date = QDate(); })
            << "Indiquez la date de l'opération.";
        QTest::newRow("heure illisible") << std::function<void(D &)>([](D &d) { d.heure = QStringLiteral("10h30"); })
            << "L'heure « 10h30 » n'est pas une heure : tapez-la sous la forme 14:30.";
        QTest::newRow("sans défunt") << std::function<void(D &)>([](D &d) { d.defuntIds.clear(); })
            << "Choisissez le ou les défunts concernés par l'opération.";
        QTest::newRow("avant le décès") << std::function<void(D &)>([](D &d) { d.date = QDate(2026, 6, 1); })
            << "L'opération (01/06/2026) précède le décès de Lefèbvre Marie (10/06/2026) : corrigez la date.";
        QTest::newRow("emplacement non concédé") << std::function<void(D &)>([](D &d) { d.emplacementId = -1; })
            << "L'emplacement Carré A, Allée 1, n° 2 n'est pas concédé : accordez d'abord une concession, ou choisissez "
               "un terrain commun.";
        QTest::newRow("emplacement bloqué") << std::function<void(D &)>([](D &d) { d.emplacementId = -2; })
            << "L'emplacement Carré A, Terrain commun, n° 1 est bloqué : aucune inhumation n'y est possible tant qu'il "
               "n'est pas débloqué.";
        QTest::newRow("cercueil au jardin du souvenir") << std::function<void(D &)>([](D &d) { d.emplacementId = -3; })
            << "On ne dépose ni cercueil ni urne dans Carré A, Jardin, n° 1 (jardin du souvenir) : choisissez une "
               "sépulture.";
        QTest::newRow("une urne en inhumation") << std::function<void(D &)>([](D &d) { d.defuntIds = {-4}; })
            << "Dupont Marie est une urne : enregistrez un dépôt d'urne ou une dispersion.";
        QTest::newRow("dispersion hors jardin") << std::function<void(D &)>([](D &d) {
            d.type = OperationType::Dispersion;
            d.defuntIds = {-4};
        }) << "La dispersion des cendres se fait dans un jardin du souvenir : choisissez l'espace de dispersion du "
              "cimetière.";
        QTest::newRow("défunt déjà inhumé") << std::function<void(D &)>([](D &d) { d.defuntIds = {-5}; })
            << "Occupant Marie n'est pas en attente d'inhumation (inhumé) : pour le changer d'emplacement, enregistrez un "
               "transfert.";
    }

    void refusals()
    {
        QFETCH(std::function<void(OperationDraft &)>, change);
        QFETCH(QString, message);
        CIMETIERE_FIXTURE(f);
        const Ground g = prepare(f);
        QVERIFY(g.plot > 0);
        OM_VERIFY_OK(f.plots->setStatus(g.commun, f.plots->plot(g.commun).value().version, PlotStatus::Bloque));
        Core::Result<Deceased> d = f.deceased->create(CimetiereFixture::person(QStringLiteral("Lefèbvre"), QDate(2026, 6, 10)));
        OM_VERIFY_OK(d);
        Core::Result<Deceased> urn = f.deceased->create(
            CimetiereFixture::person(QStringLiteral("Dupont"), QDate(2026, 6, 1), BodyKind::Urne));
        OM_VERIFY_OK(urn);
        Core::Result<Deceased> occupant = f.deceased->createInPlot(
            CimetiereFixture::person(QStringLiteral("Occupant"), QDate(2001, 6, 1)), g.plot);
        OM_VERIFY_OK(occupant);
        OperationDraft draft = inhumation(g.plot, d.value().id);
        change(draft);
        const QHash<qint64, qint64> plots{{-1, g.free}, {-2, g.commun}, {-3, g.jardin}};
        draft.emplacementId = plots.value(draft.emplacementId, draft.emplacementId);
        for (qint64 &id : draft.defuntIds)
            id = id == -4 ? urn.value().id : id == -5 ? occupant.value().id : id;
        const QString before = f.snapshot();
        Core::Result<OperationOutcome> created = f.operations->create(draft);
        QVERIFY(!created);
        QCOMPARE(created.error().message(), message);
        QCOMPARE(f.snapshot(), before);
    }

    void capacityWithMixedCoffinsAndUrns()
    {
        CIMETIERE_FIXTURE(f);
        const Ground g = prepare(f);
        // The conceded plot has 2 places: one coffin and five urns (1.5) leave room for urns only.
        OM_VERIFY_OK(f.deceased->createInPlot(CimetiereFixture::person(QStringLiteral("Occupant"), QDate(2001, 6, 1)), g.plot));
        for (int i = 0; i < 5; ++i)
            OM_VERIFY_OK(f.deceased->createInPlot(
                CimetiereFixture::person(QStringLiteral("Urne%1").arg(i), QDate(2010, 1, 1), BodyKind::Urne), g.plot));
        QCOMPARE(f.plots->plot(g.plot).value().occupation, 1.5);

        Core::Result<Deceased> coffin = f.deceased->create(CimetiereFixture::person(QStringLiteral("Martin"), QDate(2026, 6, 10)));
        OM_VERIFY_OK(coffin);
        const QString before = f.snapshot();
        Core::Result<OperationOutcome> full = f.operations->create(inhumation(g.plot, coffin.value().id));
        QVERIFY(!full);
        QCOMPARE(full.error().message(), QStringLiteral("L'emplacement Carré A, Allée 1, n° 1 est complet : 1,5 place(s) "
                                                        "occupée(s) ou réservée(s) par une opération en cours sur 2 ; "
                                                        "cercueil de plus n'y tient pas. Choisissez un autre emplacement "
                                                        "ou faites d'abord une réduction de corps."));
        QCOMPARE(f.snapshot(), before);

        // Five urns fit (2.0); a pending dépôt counts, so the sixth is refused before any validation.
        QList<qint64> urns;
        for (int i = 0; i < 6; ++i) {
            Core::Result<Deceased> u = f.deceased->create(
                CimetiereFixture::person(QStringLiteral("Cendres%1").arg(i), QDate(2026, 6, 1), BodyKind::Urne));
            OM_VERIFY_OK(u);
            urns.append(u.value().id);
        }
        OperationDraft depot = inhumation(g.plot, urns.at(0));
        depot.type = OperationType::DepotUrne;
        depot.defuntIds = urns.mid(0, 4);
        OM_VERIFY_OK(f.operations->create(depot));
        depot.defuntIds = {urns.at(4)};
        OM_VERIFY_OK(f.operations->create(depot));
        depot.defuntIds = {urns.at(5)};
        Core::Result<OperationOutcome> sixth = f.operations->create(depot);
        QVERIFY(!sixth);
        QCOMPARE(sixth.error().message(), QStringLiteral("L'emplacement Carré A, Allée 1, n° 1 est complet : 2 place(s) "
                                                         "occupée(s) ou réservée(s) par une opération en cours sur 2 ; "
                                                         "urne de plus n'y tient pas. Choisissez un autre emplacement ou "
                                                         "faites d'abord une réduction de corps."));
    }

    void exhumationNeedsThePlusProcheParent()
    {
        CIMETIERE_FIXTURE(f);
        const Ground g = prepare(f);
        Core::Result<Deceased> d = f.deceased->createInPlot(
            CimetiereFixture::person(QStringLiteral("Occupant"), QDate(2001, 6, 1)), g.plot);
        OM_VERIFY_OK(d);
        const QString before = f.snapshot();
        OperationDraft o = exhumation(OperationType::Exhumation, g.plot, d.value().id);
        o.demandeurQualite.clear();
        QCOMPARE(f.operations->create(o).error().message(),
                 QStringLiteral("Indiquez le demandeur et sa qualité (plus proche parent du défunt, article R2213-40 du "
                                "CGCT)."));
        o = exhumation(OperationType::Exhumation, g.plot, d.value().id);
        o.declarationHonneur = false;
        QCOMPARE(f.operations->create(o).error().message(),
                 QStringLiteral("Le plus proche parent atteste sur l'honneur qu'aucun parent de même degré ne s'oppose à "
                                "l'exhumation (article R2213-40 du CGCT) : cochez la déclaration une fois signée."));
        o = exhumation(OperationType::Exhumation, g.free, d.value().id);
        QCOMPARE(f.operations->create(o).error().message(),
                 QStringLiteral("Occupant Marie ne repose pas dans l'emplacement choisi : choisissez l'emplacement où il "
                                "est inhumé."));
        QCOMPARE(f.snapshot(), before);

        Core::Result<OperationOutcome> ok = f.operations->create(exhumation(OperationType::Exhumation, g.plot, d.value().id));
        OM_VERIFY_OK(ok);
        OM_VERIFY_OK(f.operations->validate(ok.value().operation.id, ok.value().operation.version));
        const Deceased out = f.deceased->get(d.value().id).value();
        QCOMPARE(out.etat, QStringLiteral("exhume"));
        QCOMPARE(out.emplacementId, 0);
        QCOMPARE(out.dateExhumation, QDate(2026, 6, 20));
        QCOMPARE(f.plots->plot(g.plot).value().statut, PlotStatus::Reserve);
        QCOMPARE(f.plots->plot(g.plot).value().occupation, 0.0);
    }

    void reductionAfterTheDelay()
    {
        CIMETIERE_FIXTURE(f);
        const Ground g = prepare(f);
        Deceased recent = CimetiereFixture::person(QStringLiteral("Récent"), QDate(2022, 1, 1));
        recent.dateInhumation = QDate(2022, 1, 5);
        Core::Result<Deceased> r = f.deceased->createInPlot(recent, g.plot);
        OM_VERIFY_OK(r);
        const QString before = f.snapshot();
        Core::Result<OperationOutcome> early = f.operations->create(exhumation(OperationType::Reduction, g.plot, r.value().id));
        QVERIFY(!early);
        QCOMPARE(early.error().message(), QStringLiteral("Récent Marie a été inhumé(e) le 05/01/2022 : une réduction de "
                                                         "corps n'est possible qu'après 5 ans, à partir du 05/01/2027."));
        QCOMPARE(f.snapshot(), before);

        Deceased old = CimetiereFixture::person(QStringLiteral("Ancien"), QDate(2001, 1, 1));
        old.dateInhumation = QDate(2001, 1, 5);
        Core::Result<Deceased> a = f.deceased->createInPlot(old, g.plot);
        OM_VERIFY_OK(a);
        QCOMPARE(f.plots->plot(g.plot).value().occupation, 2.0);
        Core::Result<OperationOutcome> ok = f.operations->create(exhumation(OperationType::Reduction, g.plot, a.value().id));
        OM_VERIFY_OK(ok);
        OM_VERIFY_OK(f.operations->validate(ok.value().operation.id, ok.value().operation.version));
        QCOMPARE(f.deceased->get(a.value().id).value().nature, BodyKind::Reliquaire);
        QCOMPARE(f.plots->plot(g.plot).value().occupation, 1.5);
    }

    void transferBetweenPlots()
    {
        CIMETIERE_FIXTURE(f);
        const Ground g = prepare(f);
        Core::Result<Deceased> d = f.deceased->createInPlot(
            CimetiereFixture::person(QStringLiteral("Voyageur"), QDate(2001, 6, 1)), g.plot);
        OM_VERIFY_OK(d);
        OperationDraft o = exhumation(OperationType::Transfert, g.plot, d.value().id);
        QCOMPARE(f.operations->create(o).error().message(),
                 QStringLiteral("Indiquez l'emplacement de destination du transfert, ou la commune où le corps est "
                                "transféré."));
        o.destinationId = g.plot;
        QCOMPARE(f.operations->create(o).error().message(),
                 QStringLiteral("La destination du transfert est l'emplacement de départ : choisissez-en un autre."));
        o.destinationId = g.commun;
        o.consentementTitulaire = false;
        Core::Result<OperationOutcome> ok = f.operations->create(o);
        OM_VERIFY_OK(ok);
        OM_VERIFY_OK(f.operations->validate(ok.value().operation.id, ok.value().operation.version));
        QCOMPARE(f.deceased->get(d.value().id).value().emplacementId, g.commun);
        QCOMPARE(f.plots->plot(g.commun).value().statut, PlotStatus::Occupe);
        QCOMPARE(f.plots->plot(g.plot).value().statut, PlotStatus::Reserve);
        QCOMPARE(f.operations->forPlot(g.commun).value().size(), 1);
    }

    void dispersionInTheJardin()
    {
        CIMETIERE_FIXTURE(f);
        const Ground g = prepare(f);
        Core::Result<Deceased> urn = f.deceased->create(
            CimetiereFixture::person(QStringLiteral("Cendres"), QDate(2026, 6, 1), BodyKind::Urne));
        OM_VERIFY_OK(urn);
        OperationDraft o = inhumation(g.jardin, urn.value().id);
        o.type = OperationType::Dispersion;
        o.droitSepulture.clear();
        Core::Result<OperationOutcome> ok = f.operations->create(o);
        OM_VERIFY_OK(ok);
        OM_VERIFY_OK(f.operations->validate(ok.value().operation.id, ok.value().operation.version));
        QCOMPARE(f.deceased->get(urn.value().id).value().etat, QStringLiteral("disperse"));
        QCOMPARE(f.plots->plot(g.jardin).value().occupation, 0.0);
    }

    void validationNeedsASuperUtilisateur()
    {
        CIMETIERE_FIXTURE(f);
        const Ground g = prepare(f);
        Core::Result<Deceased> d = f.deceased->create(CimetiereFixture::person(QStringLiteral("Martin"), QDate(2026, 6, 10)));
        OM_VERIFY_OK(d);
        Core::Session &session = f.services.session();
        const Core::SessionCommune commune = session.commune();
        session.start({session.user().id, QStringLiteral("agent"), QStringLiteral("Agent"), Core::Profile::Utilisateur,
                       false},
                      {commune}, commune);
        Core::Result<OperationOutcome> created = f.operations->create(inhumation(g.commun, d.value().id));
        OM_VERIFY_OK(created);
        Core::Result<Operation> refused = f.operations->validate(created.value().operation.id,
                                                                 created.value().operation.version);
        QVERIFY(!refused);
        QCOMPARE(refused.error().message(), QStringLiteral("Votre profil ne permet pas cette opération (Valider une "
                                                           "opération funéraire (irréversible)). Demandez ce droit à "
                                                           "l'administrateur."));
    }
};

QTEST_GUILESS_MAIN(TstCimetiereOperations)
#include "tst_cimetiereoperations.moc"
