// The electoral lists' rules on a real database (SQLite and PostgreSQL): inscription with its
// duplicate check, the legal steps of a mouvement, modification and radiation, the bureau derived
// from the address, numbering, refonte, redécoupage, optimistic locking and the rights.
#include "ElecFixture.h"

#include "ElecDeadlines.h"
#include "ElecteurRepository.h"

#include "Permissions.h"
#include "Session.h"

#include <QSqlRecord>

using namespace OpenMairie;
using namespace OpenMairie::Elec;
using Test::ElecFixture;

class TstElecService : public QObject
{
    Q_OBJECT

private slots:
    void inscriptionSuitLesEtapesEtNumerote()
    {
        ELEC_FIXTURE(f);
        f.standardCommune();
        Core::Result<Mouvement> m = f.service->demanderInscription(
            f.electeur(QStringLiteral("Lefèbvre"), QStringLiteral("Marie Claire"), QDate(1975, 12, 20)), f.demande());
        QVERIFY2(m, qPrintable(m.error().fullText()));
        QCOMPARE(m->etat, MouvementEtat::EnInstruction);
        QCOMPARE(m->electeurId, qint64(0)); // not on the list before it is applied
        QString objet;
        QCOMPARE(m->prochaineEcheance(&objet), QDate(2026, 3, 16)); // 10/03 + 5 = dimanche 15 → lundi 16
        QCOMPARE(objet, QStringLiteral("décision"));
        QCOMPARE(f.service->count({}).value(), 0);

        // Applying before the decision is refused with the reason.
        Core::Result<Mouvement> early = f.service->appliquer(m->id, m->version, QDate(2026, 3, 12));
        QVERIFY(!early);
        QCOMPARE(early.error().message(), QStringLiteral("Ce mouvement est en instruction : il s'applique à la liste une "
                                                         "fois accepté et transmis au REU."));

        Core::Result<Mouvement> accepted = f.service->decider(m->id, m->version, true, QDate(2026, 3, 12));
        QVERIFY2(accepted, qPrintable(accepted.error().fullText()));
        QCOMPARE(accepted->prochaineEcheance(&objet), QDate(2026, 3, 16)); // 12/03 jeudi + 2 = samedi → lundi
        QCOMPARE(objet, QStringLiteral("notification"));
        // A stale version is refused (someone decided in between).
        Core::Result<Mouvement> stale = f.service->notifier(m->id, m->version, QDate(2026, 3, 13));
        QVERIFY(!stale);
        QCOMPARE(stale.error().kind(), Core::Error::Kind::Conflict);

        Core::Result<Mouvement> n = f.service->notifier(accepted->id, accepted->version, QDate(2026, 3, 13));
        QVERIFY2(n, qPrintable(n.error().fullText()));
        Core::Result<Mouvement> t = f.service->transmettre(n->id, n->version, QDate(2026, 3, 13));
        QVERIFY2(t, qPrintable(t.error().fullText()));
        QCOMPARE(t->etat, MouvementEtat::Transmis);
        Core::Result<Mouvement> a = f.service->appliquer(t->id, t->version, QDate(2026, 3, 14));
        QVERIFY2(a, qPrintable(a.error().fullText()));
        QCOMPARE(a->etat, MouvementEtat::Applique);

        Core::Result<Electeur> e = f.service->electeur(a->electeurId);
        QVERIFY(e);
        QCOMPARE(e->nomNaissance, QStringLiteral("LEFÈBVRE"));
        QCOMPARE(e->bureauId, f.b1); // 3, côté impair → bureau 0001
        QCOMPARE(e->numeroOrdre, 1);
        QCOMPARE(e->dateInscription, QDate(2026, 3, 14));
        QCOMPARE(f.service->historique(e->id)->size(), 5);

        // The next one in the same bureau takes number 2; an even number goes to the other bureau.
        Core::Result<Electeur> second = f.inscrire(f.electeur(QStringLiteral("Martin"), QStringLiteral("Paul"), QDate(1980, 1, 2), 7));
        QVERIFY2(second, qPrintable(second.error().fullText()));
        QCOMPARE(second->numeroOrdre, 2);
        Core::Result<Electeur> even = f.inscrire(f.electeur(QStringLiteral("Bernard"), QStringLiteral("Luc"), QDate(1980, 1, 2), 8));
        QVERIFY2(even, qPrintable(even.error().fullText()));
        QCOMPARE(even->bureauId, f.b2);
        QCOMPARE(even->numeroOrdre, 1);
    }

    void doublonAccentsEtPrenomsProches()
    {
        ELEC_FIXTURE(f);
        f.standardCommune();
        QVERIFY(f.inscrire(f.electeur(QStringLiteral("LEFEBVRE"), QStringLiteral("Marie"), QDate(1975, 12, 20))));
        const QString before = f.snapshot();
        Core::Result<Mouvement> dup = f.service->demanderInscription(
            f.electeur(QStringLiteral("Lefèbvre"), QStringLiteral("Maire Claire"), QDate(1975, 12, 20)), f.demande());
        QVERIFY(!dup);
        QCOMPARE(dup.error().kind(), Core::Error::Kind::Conflict);
        QVERIFY(dup.error().message().startsWith(QStringLiteral(
            "Inscription suspendue : un électeur inscrit porte le même nom de naissance, la même date de naissance et un "
            "prénom proche. Vérifiez qu'il ne s'agit pas de la même personne, puis confirmez l'inscription si c'en est "
            "une autre.\nLEFEBVRE Marie, né(e) le 20/12/1975, LP bureau 0001")));
        QCOMPARE(f.snapshot(), before);
        // Another prénom or another date: no duplicate.
        QVERIFY(f.service->doublonsPossibles(f.electeur(QStringLiteral("Lefebvre"), QStringLiteral("Paul"), QDate(1975, 12, 20)))->isEmpty());
        QVERIFY(f.service->doublonsPossibles(f.electeur(QStringLiteral("Lefebvre"), QStringLiteral("Marie"), QDate(1975, 12, 21)))->isEmpty());
        // Confirmed by the agent: registered, and the commune-wide report shows the pair.
        QVERIFY(f.inscrire(f.electeur(QStringLiteral("Lefèbvre"), QStringLiteral("Maire Claire"), QDate(1975, 12, 20)), true));
        QVERIFY(f.inscrire(f.electeur(QStringLiteral("Durand"), QStringLiteral("Jean"), QDate(1960, 5, 5))));
        Core::Result<QList<QList<Electeur>>> report = f.service->rapportDoublons();
        QVERIFY(report);
        QCOMPARE(report->size(), 1);
        QCOMPARE(report->first().size(), 2);
        QVERIFY(ElecService::prenomsSimilaires(QStringLiteral("Jean"), QStringLiteral("jean pierre")));
        QVERIFY(!ElecService::prenomsSimilaires(QStringLiteral("Jean"), QStringLiteral("Paul")));
    }

    void saisiesRefusees_data()
    {
        QTest::addColumn<QString>("champ");
        QTest::addColumn<QString>("valeur");
        QTest::addColumn<QString>("message");
        QTest::newRow("liste") << "liste" << "LX"
                               << "L'inscription n'est pas enregistrée :\n« LX » n'est pas une liste électorale : indiquez LP "
                                  "(principale), LCE (complémentaire européenne) ou LCM (complémentaire municipale).";
        QTest::newRow("ine") << "ine" << "12AB"
                             << "L'inscription n'est pas enregistrée :\nINE « 12AB » invalide : l'identifiant national "
                                "d'électeur compte 8 ou 9 chiffres (laissez-le vide tant que le REU ne l'a pas attribué).";
        QTest::newRow("sexe") << "sexe" << "X" << "L'inscription n'est pas enregistrée :\nSexe « X » inconnu : indiquez M ou F.";
        QTest::newRow("LCE sans nationalité")
            << "liste" << "LCE"
            << "L'inscription n'est pas enregistrée :\nLa nationalité est obligatoire sur la liste complémentaire "
               "européenne : indiquez celle de l'électeur (citoyen d'un autre État de l'Union européenne).";
        QTest::newRow("Algérie") << "algerie" << "95352"
                                 << "L'inscription n'est pas enregistrée :\nAncien département d'Algérie « 95352 » : "
                                    "indiquez 91352 (Alger), 92352 (Oran), 93352 (Constantine) ou 94352 (Territoires du Sud).";
        QTest::newRow("étranger sans ville") << "etranger" << "99134"
                                             << "L'inscription n'est pas enregistrée :\nIndiquez la ville de naissance à "
                                                "l'étranger, en toutes lettres.";
        QTest::newRow("adresse hors découpage") << "numero" << "150"
                                                << "Aucun bureau ne couvre cette adresse dans le découpage : complétez le "
                                                   "découpage de la voie, ou forcez le bureau de l'électeur.";
        QTest::newRow("motif inconnu") << "type" << "DC"
                                       << "« DC » n'est pas un motif d'inscription : choisissez-en un dans la liste des "
                                          "types de mouvement.";
        QTest::newRow("provenance") << "type" << "CC"
                                    << "Indiquez la commune de provenance : elle est obligatoire pour le motif « Inscription "
                                       "venant d'une autre commune ».";
    }
    void saisiesRefusees()
    {
        QFETCH(QString, champ);
        QFETCH(QString, valeur);
        QFETCH(QString, message);
        ELEC_FIXTURE(f);
        f.standardCommune();
        Electeur e = f.electeur(QStringLiteral("Dupont"), QStringLiteral("Jean"), QDate(1970, 1, 1));
        Demande d = f.demande();
        if (champ == u"liste")
            e.liste = valeur;
        else if (champ == u"ine")
            e.ine = valeur;
        else if (champ == u"sexe")
            e.sexe = valeur;
        else if (champ == u"algerie") {
            e.naissanceMode = NaissanceMode::Algerie;
            e.naissanceCode = valeur;
            e.naissanceLibelle = QStringLiteral("Alger");
        } else if (champ == u"etranger") {
            e.naissanceMode = NaissanceMode::Etranger;
            e.naissanceCode = valeur;
        } else if (champ == u"numero")
            e.numeroVoie = valeur.toInt();
        else if (champ == u"type")
            d.typeCode = valeur;
        const QString before = f.snapshot();
        Core::Result<Mouvement> m = f.service->demanderInscription(e, d);
        QVERIFY(!m);
        QCOMPARE(m.error().message(), message);
        QCOMPARE(f.snapshot(), before);
    }

    void naissanceTroisModes()
    {
        ELEC_FIXTURE(f);
        f.standardCommune();
        Electeur etranger = f.electeur(QStringLiteral("Garcia"), QStringLiteral("Ana"), QDate(1985, 4, 4));
        etranger.naissanceMode = NaissanceMode::Etranger;
        etranger.naissanceCode = QStringLiteral("99134");
        etranger.naissanceLibelle = QStringLiteral("Madrid");
        etranger.liste = QStringLiteral("LCE");
        etranger.nationalite = QStringLiteral("espagnole");
        Core::Result<Electeur> a = f.inscrire(etranger);
        QVERIFY2(a, qPrintable(a.error().fullText()));
        QCOMPARE(a->naissanceMode, NaissanceMode::Etranger);
        QCOMPARE(a->naissanceLibelle, QStringLiteral("Madrid"));
        Electeur algerie = f.electeur(QStringLiteral("Benali"), QStringLiteral("Karim"), QDate(1950, 4, 4));
        algerie.naissanceMode = NaissanceMode::Algerie;
        algerie.naissanceCode = QStringLiteral("92352");
        algerie.naissanceLibelle = QStringLiteral("Oran");
        Core::Result<Electeur> b = f.inscrire(algerie);
        QVERIFY2(b, qPrintable(b.error().fullText()));
        QCOMPARE(b->naissanceCode, QStringLiteral("92352"));
    }

    void bureauForce()
    {
        ELEC_FIXTURE(f);
        f.standardCommune();
        Electeur e = f.electeur(QStringLiteral("Petit"), QStringLiteral("Léa"), QDate(1990, 2, 2), 3);
        e.bureauForce = true;
        e.bureauId = f.b2; // the découpage says 0001
        Core::Result<Electeur> r = f.inscrire(e);
        QVERIFY2(r, qPrintable(r.error().fullText()));
        QCOMPARE(r->bureauId, f.b2);
        QVERIFY(r->bureauForce);
        QCOMPARE(f.service->bureauDeAdresse(f.republique, 3).value(), f.b1);
        QCOMPARE(f.service->bureauDeAdresse(f.republique, 4).value(), f.b2);
        QCOMPARE(f.service->bureauDeAdresse(f.hugo, 999).value(), qint64(0));
    }

    void modificationEtRadiation()
    {
        ELEC_FIXTURE(f);
        f.standardCommune();
        Core::Result<Electeur> e = f.inscrire(f.electeur(QStringLiteral("Moreau"), QStringLiteral("Anne"), QDate(1970, 3, 3), 5));
        QVERIFY(e);
        QVERIFY(f.inscrire(f.electeur(QStringLiteral("Roux"), QStringLiteral("Eve"), QDate(1971, 3, 3), 2)));
        // Move to an even number: bureau 0002, next number there (Roux holds 1).
        Electeur after = e.value();
        after.numeroVoie = 10;
        Demande d = f.demande(QStringLiteral("MADR"), QDate(2026, 3, 15));
        Core::Result<Mouvement> m = f.service->demanderModification(e->id, e->version, after, d);
        QVERIFY2(m, qPrintable(m.error().fullText()));
        QCOMPARE(m->ancienBureauId, f.b1);
        QCOMPARE(m->nouveauBureauId, f.b2);
        // One mouvement at a time.
        Core::Result<Mouvement> second = f.service->demanderRadiation(e->id, f.demande(QStringLiteral("DC")));
        QVERIFY(!second);
        QCOMPARE(second.error().message(), QStringLiteral("MOREAU Anne a déjà un mouvement en cours : terminez-le (décision, "
                                                          "transmission, application) avant d'en saisir un autre."));
        m = f.service->decider(m->id, m->version, true, QDate(2026, 3, 16));
        m = f.service->transmettre(m->id, m->version, QDate(2026, 3, 16));
        m = f.service->appliquer(m->id, m->version, QDate(2026, 3, 16));
        QVERIFY2(m, qPrintable(m.error().fullText()));
        Core::Result<Electeur> moved = f.service->electeur(e->id);
        QCOMPARE(moved->bureauId, f.b2);
        QCOMPARE(moved->numeroOrdre, 2);
        QCOMPARE(moved->numeroVoie, 10);

        // Stale modification refused with who changed it.
        Core::Result<Mouvement> staleMod = f.service->demanderModification(e->id, e->version, after, d);
        QVERIFY(!staleMod);
        QCOMPARE(staleMod.error().kind(), Core::Error::Kind::Conflict);

        // Refusal needs a motive.
        Core::Result<Mouvement> r = f.service->demanderRadiation(e->id, f.demande(QStringLiteral("DC"), QDate(2026, 3, 16)));
        QVERIFY2(r, qPrintable(r.error().fullText()));
        Core::Result<Mouvement> noMotive = f.service->decider(r->id, r->version, false, QDate(2026, 3, 16));
        QVERIFY(!noMotive);
        QCOMPARE(noMotive.error().message(), QStringLiteral("Indiquez le motif du refus : il figure sur la notification à l'électeur."));
        r = f.service->decider(r->id, r->version, true, QDate(2026, 3, 16));
        r = f.service->transmettre(r->id, r->version, QDate(2026, 3, 16));
        r = f.service->appliquer(r->id, r->version, QDate(2026, 3, 16));
        QVERIFY2(r, qPrintable(r.error().fullText()));
        Core::Result<Electeur> gone = f.service->electeur(e->id);
        QVERIFY(gone->isRadie());
        QCOMPARE(gone->dateRadiation, QDate(2026, 3, 16));
        QCOMPARE(gone->motifRadiation, QStringLiteral("Radiation pour décès (INSEE)"));
        QCOMPARE(f.service->mouvementsDe(e->id)->size(), 3); // inscription, modification, radiation
    }

    void radiationContradictoire()
    {
        ELEC_FIXTURE(f);
        f.standardCommune();
        Core::Result<Electeur> e = f.inscrire(f.electeur(QStringLiteral("Blanc"), QStringLiteral("Guy"), QDate(1970, 3, 3)));
        QVERIFY(e);
        Core::Result<Mouvement> m = f.service->demanderRadiation(e->id, f.demande(QStringLiteral("RPC"), QDate(2026, 2, 20)));
        QVERIFY2(m, qPrintable(m.error().fullText()));
        Core::Result<Mouvement> tooSoon = f.service->decider(m->id, m->version, true, QDate(2026, 2, 23));
        QVERIFY(!tooSoon);
        QCOMPARE(tooSoon.error().message(), QStringLiteral("Radiation non décidée : l'électeur doit d'abord être avisé de la "
                                                           "radiation envisagée et de ses motifs (procédure contradictoire, "
                                                           "15 jours pour répondre)."));
        // Notice on Friday 27/02: 15 days end Saturday 14/03 → Monday 16/03.
        m = f.service->aviser(m->id, m->version, QDate(2026, 2, 27));
        QVERIFY2(m, qPrintable(m.error().fullText()));
        QCOMPARE(m->prochaineEcheance(), QDate(2026, 3, 16));
        Core::Result<Mouvement> stillOpen = f.service->decider(m->id, m->version, true, QDate(2026, 3, 16));
        QVERIFY(!stillOpen);
        QCOMPARE(stillOpen.error().message(), QStringLiteral("Radiation non décidée : l'électeur, avisé le 27/02/2026, peut "
                                                             "répondre jusqu'au 16/03/2026 inclus. Décidez à partir du 17/03/2026."));
        f.service->setClock([] { return QDate(2026, 3, 17); });
        QVERIFY(f.service->decider(m->id, m->version, true, QDate(2026, 3, 17)));
    }

    void dateLimiteEtL30()
    {
        ELEC_FIXTURE(f);
        f.standardCommune();
        // Scrutin on Sunday 12/04/2026: 6th Friday = 06/03, L30 until 02/04.
        QVERIFY(f.service->ajouterScrutin(QStringLiteral("Partielle"), QDate(2026, 4, 12)));
        QCOMPARE(ElecDeadlines::registrationDeadline(QDate(2026, 4, 12)), QDate(2026, 3, 6));
        Electeur e = f.electeur(QStringLiteral("Jeune"), QStringLiteral("Tom"), QDate(2008, 3, 8));
        // An L30 demand on 10/03 (after the deadline) is accepted.
        Core::Result<Mouvement> ok = f.service->demanderInscription(e, f.demande(QStringLiteral("L30MA"), QDate(2026, 3, 10)));
        QVERIFY2(ok, qPrintable(ok.error().fullText()));
        QVERIFY(ok->avertissement.isEmpty());
        // An ordinary demand after the 6th Friday is saved, with the warning for the agent.
        Core::Result<Mouvement> late = f.service->demanderInscription(
            f.electeur(QStringLiteral("Tardif"), QStringLiteral("Luc"), QDate(1990, 1, 1)), f.demande(QStringLiteral("IVD"), QDate(2026, 3, 9)));
        QVERIFY2(late, qPrintable(late.error().fullText()));
        QCOMPARE(late->avertissement, QStringLiteral("Demande reçue après la date limite d'inscription du 06/03/2026 pour le "
                                                     "scrutin « Partielle » du 12/04/2026 : l'électeur ne pourra pas y voter "
                                                     "(sauf cas L30), l'inscription vaudra pour les scrutins suivants."));
        // On the deadline day itself (Friday 06/03) there is no warning.
        Core::Result<Mouvement> onTime = f.service->demanderInscription(
            f.electeur(QStringLiteral("Ponctuel"), QStringLiteral("Léo"), QDate(1990, 1, 1)), f.demande(QStringLiteral("IVD"), QDate(2026, 3, 6)));
        QVERIFY2(onTime, qPrintable(onTime.error().fullText()));
        QVERIFY(onTime->avertissement.isEmpty());
        // L30 on the 10th day before (Thursday 02/04) is still accepted, on the 9th refused.
        f.service->setClock([] { return QDate(2026, 4, 3); });
        QVERIFY(f.service->demanderInscription(f.electeur(QStringLiteral("Muté"), QStringLiteral("Max"), QDate(1980, 1, 1)),
                                               f.demande(QStringLiteral("L30FM"), QDate(2026, 4, 2))));
        Core::Result<Mouvement> tooLate = f.service->demanderInscription(
            f.electeur(QStringLiteral("Retard"), QStringLiteral("Max"), QDate(1980, 1, 1)), f.demande(QStringLiteral("L30FM"), QDate(2026, 4, 3)));
        QVERIFY(!tooLate);
        QCOMPARE(tooLate.error().message(), QStringLiteral("Inscription L30 refusée : pour le scrutin « Partielle » du 12/04/2026, "
                                                           "les inscriptions L30 étaient reçues jusqu'au 02/04/2026 (10e jour avant "
                                                           "le scrutin). Enregistrez une inscription ordinaire : elle vaudra pour "
                                                           "les scrutins suivants."));
        // Before the deadline L30 makes no sense.
        Core::Result<Mouvement> early = f.service->demanderInscription(
            f.electeur(QStringLiteral("Autre"), QStringLiteral("Zoé"), QDate(2008, 1, 1)), f.demande(QStringLiteral("L30MA"), QDate(2026, 3, 5)));
        QVERIFY(!early);
        QCOMPARE(early.error().message(), QStringLiteral("Inscription L30 refusée : elle n'est possible qu'entre la date limite "
                                                         "d'inscription (6e vendredi avant un scrutin) et le 10e jour avant ce "
                                                         "scrutin, et aucun scrutin enregistré n'est dans cette période au "
                                                         "05/03/2026. Choisissez un motif d'inscription ordinaire."));
    }

    void redecoupage()
    {
        ELEC_FIXTURE(f);
        f.standardCommune();
        for (int n : {11, 21, 31, 41})
            QVERIFY(f.inscrire(f.electeur(QStringLiteral("Habitant%1").arg(n), QStringLiteral("Jean"), QDate(1970, 1, 1), n)));
        QVERIFY(f.service->apercuRedecoupage()->isEmpty());
        // The odd side is cut in two: 1-29 stays in 0001, 31-99 goes to 0002.
        Core::Result<QList<Plage>> plages = f.service->plages();
        Plage odd;
        for (const Plage &p : plages.value())
            if (p.voieId == f.republique && p.cote == u"impair")
                odd = p;
        QCOMPARE(odd.electeurs, 4);
        odd.numeroFin = 29;
        QVERIFY(f.service->modifierPlage(odd));
        // Stale range refused.
        Core::Result<Plage> stale = f.service->modifierPlage(odd);
        QVERIFY(!stale);
        QCOMPARE(stale.error().kind(), Core::Error::Kind::Conflict);
        // Overlap refused.
        Plage overlap;
        overlap.voieId = f.republique;
        overlap.numeroDebut = 21;
        overlap.numeroFin = 99;
        overlap.cote = QStringLiteral("tous");
        overlap.bureauId = f.b2;
        QVERIFY(!f.service->ajouterPlage(overlap));
        QVERIFY(f.addPlage(f.republique, 31, 99, QStringLiteral("impair"), f.b2).id > 0);

        Core::Result<QList<ChangementBureau>> preview = f.service->apercuRedecoupage();
        QVERIFY(preview);
        QCOMPARE(preview->size(), 2);
        QCOMPARE(preview->at(0).nom, QStringLiteral("HABITANT31 Jean"));
        QCOMPARE(preview->at(0).ancienBureau, QStringLiteral("0001"));
        QCOMPARE(preview->at(0).nouveauBureau, QStringLiteral("0002"));
        // Nothing changes before the mouvements are applied.
        QCOMPARE(f.service->electeur(preview->at(0).electeurId)->bureauId, f.b1);
        QCOMPARE(f.service->genererRedecoupage(QDate(2026, 3, 16)).value(), 2);
        QVERIFY(f.service->apercuRedecoupage()->isEmpty()); // no second set of mouvements
        Core::Result<QList<Mouvement>> pending = f.service->mouvementsEnCours();
        QCOMPARE(pending->size(), 2);
        for (Mouvement m : pending.value()) {
            QCOMPARE(m.type.code, QStringLiteral("MBUR"));
            m = f.service->decider(m.id, m.version, true, QDate(2026, 3, 16)).value();
            m = f.service->transmettre(m.id, m.version, QDate(2026, 3, 16)).value();
            QVERIFY(f.service->appliquer(m.id, m.version, QDate(2026, 3, 16)));
        }
        Core::Result<Electeur> moved = f.service->electeur(preview->at(0).electeurId);
        QCOMPARE(moved->bureauId, f.b2);
        QCOMPARE(moved->numeroOrdre, 1);
        QCOMPARE(f.service->electeur(preview->at(1).electeurId)->numeroOrdre, 2);
        QVERIFY(f.service->apercuRedecoupage()->isEmpty());
    }

    void refonteAlphabetique()
    {
        ELEC_FIXTURE(f);
        f.standardCommune();
        // Registered in reverse order: numbers 1..4 in the order of arrival.
        QVERIFY(f.inscrire(f.electeur(QStringLiteral("Zola"), QStringLiteral("Émile"), QDate(1940, 4, 2))));
        QVERIFY(f.inscrire(f.electeur(QStringLiteral("Martin"), QStringLiteral("Paul"), QDate(1980, 1, 2))));
        QVERIFY(f.inscrire(f.electeur(QStringLiteral("Martin"), QStringLiteral("Paul"), QDate(1970, 1, 2)), true));
        QVERIFY(f.inscrire(f.electeur(QStringLiteral("Élie"), QStringLiteral("Anne"), QDate(1990, 1, 2))));
        QVERIFY(f.inscrire(f.electeur(QStringLiteral("Abel"), QStringLiteral("Léo"), QDate(1990, 1, 2), 4))); // bureau 0002
        Core::Result<int> changed = f.service->refonte();
        QVERIFY2(changed, qPrintable(changed.error().fullText()));
        ElecteurFilter b1;
        b1.bureauId = f.b1;
        Core::Result<QList<Electeur>> list = f.service->page(b1);
        QStringList order;
        for (const Electeur &e : list.value())
            order.append(QStringLiteral("%1 %2 %3").arg(e.numeroOrdre).arg(e.nomNaissance, e.dateNaissance.toString(QStringLiteral("yyyy"))));
        std::sort(order.begin(), order.end(), [](const QString &a, const QString &b) { return a.section(u' ', 0, 0).toInt() < b.section(u' ', 0, 0).toInt(); });
        QCOMPARE(order, (QStringList{QStringLiteral("1 ÉLIE 1990"), QStringLiteral("2 MARTIN 1970"),
                                     QStringLiteral("3 MARTIN 1980"), QStringLiteral("4 ZOLA 1940")}));
        QCOMPARE(changed.value(), 4);
        QCOMPARE(f.service->refonte().value(), 0); // already in order: nothing written
    }

    void rechercheEtPagination()
    {
        ELEC_FIXTURE(f);
        f.standardCommune();
        Electeur e = f.electeur(QStringLiteral("Lefèbvre"), QStringLiteral("Marie Claire"), QDate(1975, 12, 20));
        e.nomUsage = QStringLiteral("Dupont");
        e.ine = QStringLiteral("123456789");
        QVERIFY(f.inscrire(e));
        for (int i = 0; i < 30; ++i)
            QVERIFY(f.inscrire(f.electeur(QStringLiteral("Nom%1").arg(i, 2, 10, QChar(u'0')), QStringLiteral("Jean"), QDate(1970, 1, 1).addDays(i))));
        for (const QString &text : {QStringLiteral("lefebvre"), QStringLiteral("LEFÈBVRE"), QStringLiteral("dupont"),
                                    QStringLiteral("lef claire"), QStringLiteral("20121975"), QStringLiteral("20/12/1975"),
                                    QStringLiteral("123456789")}) {
            Core::Result<QList<Electeur>> r = f.service->search(text);
            QVERIFY2(r, qPrintable(r.error().fullText()));
            QCOMPARE(r->size(), 1);
            QCOMPARE(r->first().ine, QStringLiteral("123456789"));
        }
        QVERIFY(f.service->search(QStringLiteral("lef paul"))->isEmpty());
        QCOMPARE(f.service->search(QStringLiteral("nom"))->size(), 30);
        QVERIFY(f.service->search(QStringLiteral("lefebvre"), QStringLiteral("LCE"))->isEmpty());
        // Keyset paging: 31 electors in pages of 10, in order, none twice.
        QStringList seen;
        ElecteurCursor cursor;
        for (;;) {
            Core::Result<QList<Electeur>> page = f.service->page({}, cursor, 10);
            QVERIFY(page);
            if (page->isEmpty())
                break;
            for (const Electeur &x : page.value())
                seen.append(x.nomNaissance);
            cursor = {ElecteurRepository::cleTri(page->last()), page->last().id};
        }
        QCOMPARE(seen.size(), 31);
        QCOMPARE(seen.first(), QStringLiteral("LEFÈBVRE"));
        QCOMPARE(seen.at(1), QStringLiteral("NOM00"));
    }

    void droits()
    {
        ELEC_FIXTURE(f);
        f.standardCommune();
        Core::SessionUser user = f.services.session().user();
        user.profile = Core::Profile::Consultation;
        f.services.session().start(user, f.services.session().availableCommunes(), f.services.session().commune());
        const QString before = f.snapshot();
        Core::Result<Mouvement> m = f.service->demanderInscription(
            f.electeur(QStringLiteral("Durand"), QStringLiteral("Jean"), QDate(1970, 1, 1)), f.demande());
        QVERIFY(!m);
        QCOMPARE(m.error().kind(), Core::Error::Kind::PermissionDenied);
        QVERIFY(!f.service->refonte());
        QVERIFY(f.service->search(QStringLiteral("durand")));
        QCOMPARE(f.snapshot(), before);
    }
};

QTEST_MAIN(TstElecService)
#include "tst_elecservice.moc"
