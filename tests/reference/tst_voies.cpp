#include "ReferenceFixture.h"

#include "reference/VoieImport.h"

#include <QFile>
#include <QTemporaryDir>

using namespace OpenMairie;
using namespace OpenMairie::Core;
using Test::ReferenceFixture;

class TstVoies : public QObject
{
    Q_OBJECT

private:
    static Voie voie(const QString &code, const QString &type, const QString &libelle, const QString &complement = {})
    {
        Voie v;
        v.code = code;
        v.typeCode = type;
        v.libelle = libelle;
        v.complement = complement;
        return v;
    }
    static VoieRange range(qint64 voieId, int from, int to, VoieRange::Side side)
    {
        VoieRange r;
        r.voieId = voieId;
        r.numeroDebut = from;
        r.numeroFin = to;
        r.side = side;
        return r;
    }
    static QStringList codes(const QList<Voie> &voies)
    {
        QStringList r;
        for (const Voie &v : voies)
            r.append(v.code);
        return r;
    }

private slots:
    void createSearchRetire()
    {
        ReferenceFixture f;
        OM_VERIFY_OK(f.init());
        VoieService &s = f.refs().voies();
        Result<Voie> rep = s.create(voie(QStringLiteral("rep"), QStringLiteral("rue"), QStringLiteral("de la République")));
        OM_VERIFY_OK(rep);
        QCOMPARE(rep->code, QStringLiteral("REP"));
        QCOMPARE(rep->displayName(), QStringLiteral("rue de la République"));
        Result<Voie> lices = s.create(voie(QStringLiteral("LIC"), QStringLiteral("BD"), QStringLiteral("des Lices")));
        OM_VERIFY_OK(lices);
        Result<Voie> camargue = s.create(voie(QStringLiteral("CAM"), {}, QStringLiteral("Mas de Camargue"),
                                              QStringLiteral("(Salin-de-Giraud)")));
        OM_VERIFY_OK(camargue);

        QCOMPARE(codes(s.search(QStringLiteral("republique")).value()), QStringList{QStringLiteral("REP")});
        QCOMPARE(codes(s.search(QStringLiteral("RÉPUBLIQUE")).value()), QStringList{QStringLiteral("REP")});
        QCOMPARE(codes(s.search(QStringLiteral("salin")).value()), QStringList{QStringLiteral("CAM")});
        QCOMPARE(codes(s.search(QStringLiteral("lic")).value()), QStringList{QStringLiteral("LIC")});

        Result<Voie> dup = s.create(voie(QStringLiteral("REP"), QStringLiteral("AV"), QStringLiteral("Victor Hugo")));
        QCOMPARE(dup.error().kind(), Error::Kind::Conflict);
        QCOMPARE(dup.error().message(),
                 QStringLiteral("Le code « REP » est déjà celui de la voie « rue de la République » : choisissez-en un autre."));
        QCOMPARE(s.create(voie(QStringLiteral("X1"), QStringLiteral("ZZZ"), QStringLiteral("Inconnue"))).error().message(),
                 QStringLiteral("Le type de voie « ZZZ » n'existe pas. Choisissez-le dans la liste des types (RUE, AV, "
                                "CHE...)."));
        QCOMPARE(s.create(voie(QStringLiteral("X1"), QStringLiteral("RUE"), QStringLiteral("  "))).error().message(),
                 QStringLiteral("Indiquez le libellé de la voie « X1 » (par exemple « de la République »)."));

        // Retired: no longer offered nor found by search, still resolved for old addresses.
        OM_VERIFY_OK(s.retire(lices->id, lices->version, QDate::currentDate()));
        QCOMPARE(codes(s.offered().value()), (QStringList{QStringLiteral("CAM"), QStringLiteral("REP")}));
        QCOMPARE(codes(s.search(QStringLiteral("lices")).value()), QStringList{});
        QCOMPARE(codes(s.search(QStringLiteral("lices"), true).value()), QStringList{QStringLiteral("LIC")});
        QCOMPARE(codes(s.offered(QDate::currentDate().addDays(-1)).value()).size(), 3);
        Result<Voie> old = s.findByCode(QStringLiteral("lic"));
        OM_VERIFY_OK(old);
        QCOMPARE(old->displayName(), QStringLiteral("boulevard des Lices"));
        QCOMPARE(old->validity.fin, QDate::currentDate());
        QCOMPARE(s.list(true)->size(), 3);
        QVERIFY(s.findByCode(QStringLiteral("NOPE")).error().message().startsWith(
            QStringLiteral("La voie de code « NOPE » n'existe pas dans la commune Arles.")));
    }

    void ranges()
    {
        ReferenceFixture f;
        OM_VERIFY_OK(f.init());
        VoieService &s = f.refs().voies();
        Result<Voie> rep = s.create(voie(QStringLiteral("REP"), QStringLiteral("RUE"), QStringLiteral("de la République")));
        OM_VERIFY_OK(rep);
        Result<VoieRange> odd = s.addRange(range(rep->id, 1, 99, VoieRange::Side::Impair));
        OM_VERIFY_OK(odd);
        OM_VERIFY_OK(s.addRange(range(rep->id, 2, 50, VoieRange::Side::Pair))); // other side: no overlap
        OM_VERIFY_OK(s.addRange(range(rep->id, 52, 120, VoieRange::Side::Pair)));

        Result<VoieRange> overlap = s.addRange(range(rep->id, 40, 60, VoieRange::Side::Tous));
        QVERIFY(!overlap.ok());
        QCOMPARE(overlap.error().kind(), Error::Kind::InvalidInput);
        QCOMPARE(overlap.error().message(),
                 QStringLiteral("Plage refusée : « du 40 au 60, les deux côtés » chevauche la plage « du 1 au 99, côté "
                                "impair » de la voie « rue de la République ». Un numéro ne peut appartenir qu'à une "
                                "plage ; modifiez les bornes ou le côté."));
        Result<VoieRange> samePair = s.addRange(range(rep->id, 50, 52, VoieRange::Side::Pair));
        QVERIFY(samePair.error().message().contains(QStringLiteral("chevauche la plage « du 2 au 50, côté pair »")));
        QCOMPARE(s.addRange(range(rep->id, 10, 5, VoieRange::Side::Tous)).error().message(),
                 QStringLiteral("Plage refusée : le numéro de fin (5) est plus petit que le numéro de début (10). "
                                "Inversez-les."));
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM voie_plage")), 3);

        // Widening a range onto its neighbour is refused the same way; moving it is not.
        VoieRange widened = odd.value();
        widened.numeroFin = 151;
        Result<VoieRange> moved = s.updateRange(widened);
        OM_VERIFY_OK(moved);
        QCOMPARE(moved->version, 2);
        Result<QList<VoieRange>> all = s.ranges(rep->id);
        OM_VERIFY_OK(all);
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->first().text(), QStringLiteral("du 1 au 151, côté impair"));
        // A stale version (the form showed version 1) is refused.
        Result<VoieRange> stale = s.updateRange(widened);
        QCOMPARE(stale.error().kind(), Error::Kind::Conflict);
        QCOMPARE(s.removeRange(odd->id, 1).error().kind(), Error::Kind::Conflict);
        OM_VERIFY_OK(s.removeRange(odd->id, 2));
        QCOMPARE(s.ranges(rep->id)->size(), 2);
    }

    void concurrentUpdate()
    {
        ReferenceFixture f;
        OM_VERIFY_OK(f.init());
        VoieService &s = f.refs().voies();
        Result<Voie> rep = s.create(voie(QStringLiteral("REP"), QStringLiteral("RUE"), QStringLiteral("de la Republique")));
        OM_VERIFY_OK(rep);
        Voie first = rep.value();
        first.libelle = QStringLiteral("de la République");
        Result<Voie> saved = s.update(first);
        OM_VERIFY_OK(saved);
        QCOMPARE(saved->version, 2);
        Voie second = rep.value(); // displayed before the first save
        second.complement = QStringLiteral("prolongée");
        Result<Voie> stale = s.update(second);
        QCOMPARE(stale.error().kind(), Error::Kind::Conflict);
        QCOMPARE(stale.error().message(),
                 QStringLiteral("Modification refusée : quelqu'un d'autre a modifié la voie « REP » depuis son affichage. "
                                "Rouvrez la fiche pour voir sa valeur actuelle, puis refaites votre modification."));
        QCOMPARE(s.findById(rep->id)->displayName(), QStringLiteral("rue de la République"));
        QCOMPARE(s.retire(rep->id, 1, QDate::currentDate()).error().kind(), Error::Kind::Conflict);
    }

    void consultationCannotChange()
    {
        ReferenceFixture f;
        OM_VERIFY_OK(f.init());
        VoieService &s = f.refs().voies();
        Result<Voie> rep = s.create(voie(QStringLiteral("REP"), QStringLiteral("RUE"), QStringLiteral("de la République")));
        OM_VERIFY_OK(rep);
        Result<Voie> denied = f.as(Profile::Consultation, [&] {
            return s.create(voie(QStringLiteral("HUG"), QStringLiteral("AV"), QStringLiteral("Victor Hugo")));
        });
        QCOMPARE(denied.error().kind(), Error::Kind::PermissionDenied);
        QCOMPARE(denied.error().message(),
                 QStringLiteral("Votre profil ne permet pas cette opération (modifier les voies de la commune et leurs "
                                "plages de numéros). Demandez ce droit à l'administrateur."));
        QCOMPARE(f.as(Profile::Consultation, [&] { return s.retire(rep->id, rep->version, QDate::currentDate()); })
                     .error().kind(), Error::Kind::PermissionDenied);
        QCOMPARE(f.as(Profile::Consultation, [&] { return s.addRange(range(rep->id, 1, 9, VoieRange::Side::Tous)); })
                     .error().kind(), Error::Kind::PermissionDenied);
        QVERIFY(f.as(Profile::Consultation, [&] { return s.offered(); }).ok());
        // A super utilisateur keeps the streets.
        OM_VERIFY_OK(f.as(Profile::SuperUtilisateur, [&] { return s.addRange(range(rep->id, 1, 9, VoieRange::Side::Tous)); }));
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM voie")), 1);
    }

    void csvImport()
    {
        ReferenceFixture f;
        OM_VERIFY_OK(f.init());
        VoieService &s = f.refs().voies();
        OM_VERIFY_OK(s.create(voie(QStringLiteral("REP"), QStringLiteral("RUE"), QStringLiteral("de la République"))));
        const ImportDefinition *d = f.services.imports().find(VoieImport::kId);
        QVERIFY(d);
        OM_VERIFY_OK(d->validate());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("voies.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("code;type;libelle;complement;date_debut_validite\r\n"
                   "HUG;avenue;Victor Hugo;;\r\n"
                   "LIC;BD;des Lices;;01/01/1990\r\n"
                   "REP;RUE;de la République;;\r\n"
                   "ZZ;autoroute;du Soleil;;\r\n"
                   "MAS;;Mas de l'Étang;(Salin-de-Giraud);\r\n");
        file.close();
        Result<ExchangeActor> actor = f.services.importer().authorize(*d);
        OM_VERIFY_OK(actor);
        ImportOptions options;
        options.mode = ImportOptions::Mode::AllOrNothing;
        ImportReport refused = f.services.importer().importFile(*d, path, options, actor.value());
        QCOMPARE(refused.outcome, ImportReport::Outcome::Refused);
        QCOMPARE(refused.issues.size(), 2);
        QVERIFY(refused.issues.at(0).text().contains(QStringLiteral("la commune a déjà une voie de code « REP »")));
        QCOMPARE(refused.issues.at(1).line, 5);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM voie")), 1);

        options.mode = ImportOptions::Mode::ImportValidLines;
        ImportReport partly = f.services.importer().importFile(*d, path, options, actor.value());
        QCOMPARE(partly.outcome, ImportReport::Outcome::ImportedWithRejects);
        QCOMPARE(partly.writtenLines, 3);
        QCOMPARE(codes(s.search(QStringLiteral("etang")).value()), QStringList{QStringLiteral("MAS")});
        Result<Voie> hugo = s.findByCode(QStringLiteral("HUG"));
        QCOMPARE(hugo->displayName(), QStringLiteral("avenue Victor Hugo"));
        QCOMPARE(s.findByCode(QStringLiteral("LIC"))->validity.debut, QDate(1990, 1, 1));

        Result<ExchangeActor> denied = f.as(Profile::Utilisateur, [&] { return f.services.importer().authorize(*d); });
        QCOMPARE(denied.error().kind(), Error::Kind::PermissionDenied);
    }
};

QTEST_GUILESS_MAIN(TstVoies)
#include "tst_voies.moc"
