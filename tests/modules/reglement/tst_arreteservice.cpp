// The register through ArreteService on a real database (SQLite file and PostgreSQL server):
// numbering, concurrency, rules, optimistic locking, abrogation, deletion, audit, rights, search.
#include "ReglementFixture.h"

#include "ArreteCategory.h"
#include "ExecutoireStatus.h"

#include "Sql.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSemaphore>
#include <QSet>
#include <QThread>

#include <functional>

using namespace OpenMairie;
using namespace OpenMairie::Reglement;
using Test::ReglementFixture;

namespace {
struct AuditRow
{
    QString action;
    QString utilisateur;
    qint64 communeId = 0;
    QJsonObject avant;
    QJsonObject apres;
    QString commentaire;
};

QList<AuditRow> auditRows(ReglementFixture &f, qint64 id)
{
    QList<AuditRow> rows;
    Core::Result<QSqlQuery> q = Core::Sql::exec(
        f.connection(),
        QStringLiteral("SELECT action, utilisateur, collectivite_id, avant, apres, commentaire FROM journal_audit "
                       "WHERE module = 'reglement' AND table_name = 'reglement_arrete' AND enregistrement_id = ? "
                       "ORDER BY id"),
        {id});
    if (!q)
        return rows;
    while (q.value().next()) {
        AuditRow r;
        r.action = q.value().value(0).toString();
        r.utilisateur = q.value().value(1).toString();
        r.communeId = q.value().value(2).toLongLong();
        r.avant = QJsonDocument::fromJson(q.value().value(3).toString().toUtf8()).object();
        r.apres = QJsonDocument::fromJson(q.value().value(4).toString().toUtf8()).object();
        r.commentaire = q.value().value(5).toString();
        rows.append(r);
    }
    return rows;
}

QStringList numeros(const QList<Arrete> &list)
{
    QStringList n;
    for (const Arrete &a : list)
        n.append(a.numero);
    return n;
}

int auditCount(ReglementFixture &f)
{
    Core::Result<QVariant> n = Core::Sql::scalar(
        f.connection(), QStringLiteral("SELECT count(*) FROM journal_audit WHERE module = 'reglement'"));
    return n ? n.value().toInt() : -1;
}
} // namespace

Q_DECLARE_METATYPE(std::function<void(ArreteDraft &)>)

class TstArreteService : public QObject
{
    Q_OBJECT

private slots:
    void migrationOfThePlugin()
    {
        REGLEMENT_FIXTURE(f);
        Core::Result<QVariant> version = Core::Sql::scalar(
            f.connection(), QStringLiteral("SELECT version FROM schema_migrations WHERE module = 'reglement'"));
        OM_VERIFY_OK(version);
        QCOMPARE(version.value().toInt(), 1);
        QVERIFY(f.connection().tables().contains(QStringLiteral("reglement_arrete")));
        QVERIFY(f.connection().tables().contains(QStringLiteral("reglement_compteur")));
    }

    void numberingPerYear()
    {
        REGLEMENT_FIXTURE(f);
        QStringList got;
        for (const QDate &d : {QDate(2023, 11, 2), QDate(2023, 12, 30), QDate(2024, 1, 3), QDate(2023, 5, 1),
                               QDate(2024, 6, 15)}) {
            Core::Result<Arrete> a = f.service->create(ReglementFixture::draft(d, QStringLiteral("Arrêté de test")));
            OM_VERIFY_OK(a);
            got.append(a->numero);
            QCOMPARE(a->annee, d.year());
            QCOMPARE(a->version, 1);
            QCOMPARE(a->collectiviteId, f.services.session().commune().id);
            QCOMPARE(a->createdBy, Test::TestDatabase::adminLogin());
        }
        // Registered late (the act of 01/05/2023), the number still follows the order of entry.
        QCOMPARE(got, (QStringList{QStringLiteral("2023-0001"), QStringLiteral("2023-0002"),
                                   QStringLiteral("2024-0001"), QStringLiteral("2023-0003"),
                                   QStringLiteral("2024-0002")}));
        Core::Result<QList<int>> years = f.service->years();
        OM_VERIFY_OK(years);
        QCOMPARE(years.value(), (QList<int>{2024, 2023}));
    }

    void numberingPerCommune()
    {
        REGLEMENT_FIXTURE(f);
        Core::Session &session = f.services.session();
        const Core::SessionCommune arles = session.commune();
        OM_VERIFY_OK(f.service->create(ReglementFixture::draft(QDate(2024, 2, 1), QStringLiteral("Arles un"))));
        OM_VERIFY_OK(f.service->create(ReglementFixture::draft(QDate(2024, 2, 2), QStringLiteral("Arles deux"))));

        Core::Result<Core::SessionCommune> marseille =
            f.services.communes().addFromInsee(QStringLiteral("13055"), session.user().login);
        OM_VERIFY_OK(marseille);
        session.start(session.user(), {arles, marseille.value()}, marseille.value());
        Core::Result<Arrete> m1 = f.service->create(ReglementFixture::draft(QDate(2024, 2, 3), QStringLiteral("Marseille un")));
        OM_VERIFY_OK(m1);
        QCOMPARE(m1->numero, QStringLiteral("2024-0001"));
        QCOMPARE(m1->collectiviteId, marseille->id);
        Core::Result<QList<Arrete>> inMarseille = f.service->list({});
        OM_VERIFY_OK(inMarseille);
        QCOMPARE(numeros(inMarseille.value()), QStringList{QStringLiteral("2024-0001")});
        QCOMPARE(inMarseille->first().objet, QStringLiteral("Marseille un"));
        // Another commune's act is not reachable, even by its id.
        QVERIFY(session.switchCommune(QStringLiteral("13004")));
        QCOMPARE(f.service->get(m1->id).error().kind(), Core::Error::Kind::NotFound);
        QCOMPARE(f.service->get(m1->id).error().message(),
                 QStringLiteral("Cet arrêté n'existe pas dans le registre de Arles."));
        Core::Result<Arrete> a3 = f.service->create(ReglementFixture::draft(QDate(2024, 2, 4), QStringLiteral("Arles trois")));
        OM_VERIFY_OK(a3);
        QCOMPARE(a3->numero, QStringLiteral("2024-0003"));
        QCOMPARE(f.service->count({}).value(), 3);
    }

    // openMairie's niveau 2: syndicate staff see every commune of their account in one list, each
    // row naming its commune; writes still go to the working commune, and acting on another
    // commune's row first makes that commune the working one.
    void allCommunesViewForSyndicateStaff()
    {
        REGLEMENT_FIXTURE(f);
        Core::Session &session = f.services.session();
        const Core::SessionCommune arles = session.commune();
        OM_VERIFY_OK(f.service->create(ReglementFixture::draft(QDate(2024, 2, 1), QStringLiteral("Arles un"))));
        Core::Result<Core::SessionCommune> marseille =
            f.services.communes().addFromInsee(QStringLiteral("13055"), session.user().login);
        OM_VERIFY_OK(marseille);

        // A one-commune agent (niveau 1) cannot switch to the view of several communes.
        Core::SessionUser agent = session.user();
        agent.multiCommune = false;
        session.start(agent, {arles, marseille.value()}, marseille.value());
        QVERIFY(!session.canViewAllCommunes());
        QVERIFY(!session.setAllCommunesView(true));
        QCOMPARE(session.communeIdsInView(), QList<qint64>{marseille->id});

        Core::SessionUser staff = session.user();
        staff.multiCommune = true;
        session.start(staff, {arles, marseille.value()}, marseille.value());
        Core::Result<Arrete> m1 = f.service->create(ReglementFixture::draft(QDate(2024, 3, 1), QStringLiteral("Marseille un")));
        OM_VERIFY_OK(m1);
        QVERIFY(!f.service->listSpansSeveralCommunes());
        QCOMPARE(f.service->count({}).value(), 1);

        QVERIFY(session.setAllCommunesView(true));
        QVERIFY(f.service->listSpansSeveralCommunes());
        QCOMPARE(f.service->count({}).value(), 2);
        Core::Result<QList<Arrete>> both = f.service->list({});
        OM_VERIFY_OK(both);
        QCOMPARE(both->size(), 2);
        QStringList communes;
        for (const Arrete &a : both.value())
            communes.append(f.service->communeLabel(a.collectiviteId));
        communes.sort();
        QCOMPARE(communes, (QStringList{QStringLiteral("Arles"), QStringLiteral("Marseille")}));
        QCOMPARE(f.service->years().value(), QList<int>{2024});
        ArreteFilter search;
        search.recherche = QStringLiteral("arles");
        QCOMPARE(numeros(f.service->list(search).value()), QStringList{QStringLiteral("2024-0001")});

        // A write in the view of all communes goes to the working commune (Marseille), numbered there.
        Core::Result<Arrete> m2 = f.service->create(ReglementFixture::draft(QDate(2024, 3, 2), QStringLiteral("Marseille deux")));
        OM_VERIFY_OK(m2);
        QCOMPARE(m2->collectiviteId, marseille->id);
        QCOMPARE(m2->numero, QStringLiteral("2024-0002"));

        // Acting on Arles's row makes Arles the working commune, the view of all communes stays.
        Arrete arlesRow;
        const QList<Arrete> rows = f.service->list({}).value();
        for (const Arrete &a : rows)
            if (a.collectiviteId == arles.id)
                arlesRow = a;
        QVERIFY(arlesRow.id > 0);
        QCOMPARE(f.service->get(arlesRow.id).error().kind(), Core::Error::Kind::NotFound);
        OM_VERIFY_OK(f.service->workInCommuneOf(arlesRow));
        QCOMPARE(session.commune().codeInsee, QStringLiteral("13004"));
        QVERIFY(session.isAllCommunesView());
        OM_VERIFY_OK(f.service->get(arlesRow.id));
        QCOMPARE(f.service->count({}).value(), 3);

        // A row of a commune that is not the agent's is refused, never silently switched to.
        Arrete foreign = arlesRow;
        foreign.collectiviteId = 999999;
        Core::Status refused = f.service->workInCommuneOf(foreign);
        QCOMPARE(refused.error().kind(), Core::Error::Kind::PermissionDenied);
        QCOMPARE(session.commune().codeInsee, QStringLiteral("13004"));

        // Back to one commune: the list is Arles's alone again.
        QVERIFY(session.setAllCommunesView(false));
        QCOMPARE(f.service->count({}).value(), 1);
    }

    void numberingIsConcurrencySafe()
    {
        REGLEMENT_FIXTURE(f);
        constexpr int kThreads = 4;
        constexpr int kPerThread = 8;
        QSemaphore ready;
        QSemaphore go;
        QMutex mutex;
        QStringList got;
        QStringList errors;
        QList<QThread *> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.append(QThread::create([&, t] {
                ready.release();
                go.acquire();
                for (int i = 0; i < kPerThread; ++i) {
                    Core::Result<Arrete> a = f.service->create(ReglementFixture::draft(
                        QDate(2024, 4, 1 + t), QStringLiteral("Agent %1, arrêté %2").arg(t).arg(i)));
                    const QMutexLocker lock(&mutex);
                    if (a)
                        got.append(a->numero);
                    else
                        errors.append(a.error().fullText());
                }
                f.services.database().releaseThreadConnection();
            }));
            threads.last()->start();
        }
        ready.acquire(kThreads);
        go.release(kThreads); // every agent saves at the same moment
        for (QThread *t : threads) {
            QVERIFY(t->wait(120000));
            delete t;
        }
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QCOMPARE(got.size(), kThreads * kPerThread);
        QCOMPARE(QSet<QString>(got.cbegin(), got.cend()).size(), kThreads * kPerThread);
        got.sort();
        QCOMPARE(got.first(), QStringLiteral("2024-0001"));
        QCOMPARE(got.last(), QStringLiteral("2024-0032"));
    }

    void counterSkipsRanksWrittenOutsideIt()
    {
        REGLEMENT_FIXTURE(f);
        OM_VERIFY_OK(f.service->create(ReglementFixture::draft(QDate(2024, 1, 5), QStringLiteral("Premier"))));
        // A row imported without the counter (rank 7): the next number goes past it.
        OM_VERIFY_OK(Core::Sql::exec(
            f.connection(),
            QStringLiteral("INSERT INTO reglement_arrete (collectivite_id, annee, rang, numero, date_signature, objet, "
                           "objet_recherche, categorie, signataire) VALUES (?, 2024, 7, '2024-0007', ?, 'Importé', "
                           "'IMPORTE', 'autre', 'Le Maire')"),
            {f.services.session().commune().id, QDate(2024, 1, 10)}));
        Core::Result<Arrete> next = f.service->create(ReglementFixture::draft(QDate(2024, 1, 12), QStringLiteral("Suivant")));
        OM_VERIFY_OK(next);
        QCOMPARE(next->numero, QStringLiteral("2024-0008"));
    }

    void validationThroughTheService_data()
    {
        QTest::addColumn<std::function<void(ArreteDraft &)>>("change");
        QTest::addColumn<QString>("message");
        using Change = std::function<void(ArreteDraft &)>;
        QTest::newRow("objet vide") << Change([](ArreteDraft &d) { d.objet.clear(); })
                                    << QStringLiteral("L'objet est obligatoire : indiquez en une phrase ce que décide "
                                                      "l'arrêté.");
        QTest::newRow("signature future") << Change([](ArreteDraft &d) { d.dateSignature = QDate(2024, 6, 16); })
                                          << QStringLiteral("La date de signature (16/06/2024) est postérieure à "
                                                            "aujourd'hui (15/06/2024) : un arrêté est enregistré une "
                                                            "fois signé.");
        QTest::newRow("publication avant signature")
            << Change([](ArreteDraft &d) { d.datePublication = QDate(2024, 2, 29); })
            << QStringLiteral("La date de publication ou d'affichage (29/02/2024) précède la date de signature "
                              "(01/03/2024) : un arrêté n'est publié qu'une fois signé. Corrigez l'une des deux dates.");
        QTest::newRow("transmission future")
            << Change([](ArreteDraft &d) { d.dateTransmission = QDate(2024, 6, 16); })
            << QStringLiteral("La date de transmission à la préfecture (16/06/2024) est postérieure à aujourd'hui "
                              "(15/06/2024) : saisissez-la une fois l'arrêté transmis (date de l'accusé de réception).");
        QTest::newRow("catégorie inconnue")
            << Change([](ArreteDraft &d) { d.categorie = QStringLiteral("voirie"); })
            << QStringLiteral("Catégorie « voirie » inconnue : choisissez parmi reglementaire, individuel, "
                              "circulation_temporaire, circulation_permanente, police, personnel, autre.");
        QTest::newRow("deux erreurs")
            << Change([](ArreteDraft &d) {
                   d.signataire.clear();
                   d.dateNotification = QDate(2024, 2, 1);
               })
            << QStringLiteral("L'arrêté n'est pas enregistré :\n- Indiquez le signataire, avec son nom et sa qualité "
                              "(par exemple « Le Maire, Jean Dupont »).\n- La date de notification (01/02/2024) précède "
                              "la date de signature (01/03/2024) : un arrêté n'est notifié qu'une fois signé. Corrigez "
                              "l'une des deux dates.");
    }

    void validationThroughTheService()
    {
        QFETCH(std::function<void(ArreteDraft &)>, change);
        QFETCH(QString, message);
        REGLEMENT_FIXTURE(f);
        ArreteDraft d = ReglementFixture::draft(QDate(2024, 3, 1), QStringLiteral("Arrêté portant test"));
        change(d);
        Core::Result<Arrete> a = f.service->create(d);
        QVERIFY(!a);
        QCOMPARE(a.error().kind(), Core::Error::Kind::InvalidInput);
        QCOMPARE(a.error().message(), message);
        // Nothing written, no number used.
        QCOMPARE(f.service->count({}).value(), 0);
        QCOMPARE(auditCount(f), 0);
        Core::Result<Arrete> ok = f.service->create(ReglementFixture::draft(QDate(2024, 3, 1), QStringLiteral("Valable")));
        OM_VERIFY_OK(ok);
        QCOMPARE(ok->numero, QStringLiteral("2024-0001"));
    }

    void inputIsTidiedAndDefaultsApplied()
    {
        REGLEMENT_FIXTURE(f);
        ArreteDraft d = ReglementFixture::draft(QDate(2024, 3, 1), QStringLiteral("  Arrêté portant test \n"),
                                                QStringLiteral("circulation_permanente"));
        d.signataire = QStringLiteral("  Le Maire,   Jean Dupont ");
        Core::Result<Arrete> a = f.service->create(d);
        OM_VERIFY_OK(a);
        QCOMPARE(a->objet, QStringLiteral("Arrêté portant test"));
        QCOMPARE(a->signataire, QStringLiteral("Le Maire, Jean Dupont"));
        QVERIFY(!a->transmissionRequise); // L2131-2: circulation is not sent to the préfet
        d.categorie = QStringLiteral("police");
        a = f.service->create(d);
        OM_VERIFY_OK(a);
        QVERIFY(a->transmissionRequise);
        d.transmissionRequise = false;
        a = f.service->create(d);
        OM_VERIFY_OK(a);
        QVERIFY(!a->transmissionRequise);
    }

    void roundTripOfEveryField()
    {
        REGLEMENT_FIXTURE(f);
        ArreteDraft d = ReglementFixture::draft(QDate(2024, 3, 1), QStringLiteral("Arrêté portant autorisation"),
                                                QStringLiteral("individuel"));
        d.datePublication = QDate(2024, 3, 2);
        d.dateTransmission = QDate(2024, 3, 4);
        d.dateNotification = QDate(2024, 3, 5);
        d.reference = QStringLiteral("013-211300041-20240304-2024_0001-AR");
        d.observations = QStringLiteral("Notifié en main propre.");
        Core::Result<Arrete> a = f.service->create(d);
        OM_VERIFY_OK(a);
        Core::Result<Arrete> back = f.service->findByNumero(QStringLiteral("2024-1"));
        OM_VERIFY_OK(back);
        QCOMPARE(back->id, a->id);
        QCOMPARE(back->dateSignature, QDate(2024, 3, 1));
        QCOMPARE(back->datePublication, QDate(2024, 3, 2));
        QCOMPARE(back->dateTransmission, QDate(2024, 3, 4));
        QCOMPARE(back->dateNotification, QDate(2024, 3, 5));
        QCOMPARE(back->reference, d.reference);
        QCOMPARE(back->observations, d.observations);
        QCOMPARE(back->categorie, QStringLiteral("individuel"));
        QVERIFY(back->transmissionRequise);
        QVERIFY(back->isActive());
        QVERIFY(back->createdAt.isValid());
        QVERIFY(qAbs(back->createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        QCOMPARE(ExecutoireStatus::of(back.value()).text(), QStringLiteral("Exécutoire depuis le 05/03/2024"));
    }

    void findByNumero()
    {
        REGLEMENT_FIXTURE(f);
        OM_VERIFY_OK(f.service->create(ReglementFixture::draft(QDate(2024, 3, 1), QStringLiteral("Un"))));
        QCOMPARE(f.service->findByNumero(QStringLiteral("2024/0001"))->objet, QStringLiteral("Un"));
        Core::Result<Arrete> bad = f.service->findByNumero(QStringLiteral("mars 2024"));
        QCOMPARE(bad.error().kind(), Core::Error::Kind::InvalidInput);
        QCOMPARE(bad.error().message(), QStringLiteral("« mars 2024 » n'est pas un numéro d'arrêté : écrivez-le "
                                                       "AAAA-NNNN (par exemple 2024-0012)."));
        Core::Result<Arrete> missing = f.service->findByNumero(QStringLiteral("2024-2"));
        QCOMPARE(missing.error().kind(), Core::Error::Kind::NotFound);
        QCOMPARE(missing.error().message(), QStringLiteral("Aucun arrêté n° 2024-0002 dans le registre de Arles."));
    }

    void updateWithOptimisticLock()
    {
        REGLEMENT_FIXTURE(f);
        Core::Result<Arrete> a = f.service->create(ReglementFixture::draft(QDate(2024, 3, 1), QStringLiteral("Avant")));
        OM_VERIFY_OK(a);
        ArreteDraft d = a->toDraft();
        d.objet = QStringLiteral("Après");
        d.datePublication = QDate(2024, 3, 2);
        Core::Result<Arrete> updated = f.service->update(a->id, 1, d);
        OM_VERIFY_OK(updated);
        QCOMPARE(updated->version, 2);
        QCOMPARE(updated->objet, QStringLiteral("Après"));
        QCOMPARE(updated->numero, QStringLiteral("2024-0001"));
        QCOMPARE(updated->updatedBy, Test::TestDatabase::adminLogin());

        // A second agent still holding version 1 is refused, and told who saved and when.
        ArreteDraft stale = a->toDraft();
        stale.objet = QStringLiteral("Écrasement");
        Core::Result<Arrete> refused = f.service->update(a->id, 1, stale);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind(), Core::Error::Kind::Conflict);
        const QDateTime at = updated->updatedAt.toLocalTime();
        QCOMPARE(refused.error().message(),
                 QStringLiteral("L'arrêté 2024-0001 a été modifié par %1 le %2 à %3 : rechargez-le pour voir ses "
                                "nouvelles valeurs, puis refaites votre modification (elle n'a pas été enregistrée).")
                     .arg(Test::TestDatabase::adminLogin(), at.toString(QStringLiteral("dd/MM/yyyy")),
                          at.toString(QStringLiteral("HH:mm"))));
        QCOMPARE(f.service->get(a->id)->objet, QStringLiteral("Après"));
        QCOMPARE(f.service->get(a->id)->version, 2);

        // Saving the same values again writes nothing.
        Core::Result<Arrete> same = f.service->update(a->id, 2, updated->toDraft());
        OM_VERIFY_OK(same);
        QCOMPARE(same->version, 2);
        QCOMPARE(auditRows(f, a->id).size(), 2);
    }

    void updateKeepsTheNumberYear()
    {
        REGLEMENT_FIXTURE(f);
        Core::Result<Arrete> a = f.service->create(ReglementFixture::draft(QDate(2024, 1, 2), QStringLiteral("Un")));
        OM_VERIFY_OK(a);
        ArreteDraft d = a->toDraft();
        d.dateSignature = QDate(2024, 1, 3);
        OM_VERIFY_OK(f.service->update(a->id, 1, d));
        d.dateSignature = QDate(2023, 12, 29);
        Core::Result<Arrete> refused = f.service->update(a->id, 2, d);
        QCOMPARE(refused.error().kind(), Core::Error::Kind::InvalidInput);
        QCOMPARE(refused.error().message(),
                 QStringLiteral("Le numéro de cet arrêté appartient à l'année 2024 : la date de signature doit rester "
                                "en 2024. S'il a été enregistré sur la mauvaise année, annulez-le et enregistrez-en un "
                                "nouveau."));
        // The number itself cannot be changed, even by hand in the database.
        QVERIFY(!Core::Sql::exec(f.connection(),
                                 QStringLiteral("UPDATE reglement_arrete SET numero = '2024-0099' WHERE id = ?"), {a->id}));
        QCOMPARE(f.service->get(a->id)->numero, QStringLiteral("2024-0001"));
        QCOMPARE(f.service->update(a->id + 1000, 1, d).error().kind(), Core::Error::Kind::NotFound);
    }

    void abrogationAndAnnulation()
    {
        REGLEMENT_FIXTURE(f);
        ArreteDraft d = ReglementFixture::draft(QDate(2024, 3, 1), QStringLiteral("Baignade"), QStringLiteral("police"));
        d.datePublication = QDate(2024, 3, 1);
        d.dateTransmission = QDate(2024, 3, 2);
        Core::Result<Arrete> a = f.service->create(d);
        OM_VERIFY_OK(a);
        QVERIFY(ExecutoireStatus::of(a.value()).isExecutoire());

        Core::Result<Arrete> early = f.service->abrogate(a->id, 1, QDate(2024, 2, 1), QStringLiteral("Remplacé"));
        QCOMPARE(early.error().kind(), Core::Error::Kind::InvalidInput);
        QCOMPARE(early.error().message(), QStringLiteral("La date d'abrogation (01/02/2024) précède la signature de "
                                                         "l'arrêté 2024-0001 (01/03/2024)."));
        Core::Result<Arrete> both = f.service->abrogate(a->id, 1, QDate(), QString());
        QCOMPARE(both.error().message(),
                 QStringLiteral("L'abrogation n'est pas enregistrée :\n- Indiquez la date d'abrogation (JJ/MM/AAAA).\n"
                                "- Indiquez le motif de l'abrogation (par exemple « remplacé par l'arrêté 2025-0003 »)."));

        Core::Result<Arrete> ended = f.service->abrogate(a->id, 1, QDate(2024, 6, 1), QStringLiteral(" Remplacé par "
                                                                                                      "l'arrêté 2024-0002 "));
        OM_VERIFY_OK(ended);
        QCOMPARE(ended->etat, ArreteState::Abroge);
        QCOMPARE(ended->dateFin, QDate(2024, 6, 1));
        QCOMPARE(ended->motifFin, QStringLiteral("Remplacé par l'arrêté 2024-0002"));
        QCOMPARE(ended->version, 2);
        QVERIFY(!ExecutoireStatus::of(ended.value()).isExecutoire());
        QCOMPARE(ExecutoireStatus::of(ended.value()).text(), QStringLiteral("Abrogé le 01/06/2024"));

        Core::Result<Arrete> again = f.service->cancel(a->id, 2, QDate(2024, 6, 2), QStringLiteral("Retiré"));
        QCOMPARE(again.error().kind(), Core::Error::Kind::Conflict);
        QCOMPARE(again.error().message(), QStringLiteral("L'arrêté 2024-0001 est déjà abrogé depuis le 01/06/2024."));
        Core::Result<Arrete> edit = f.service->update(a->id, 2, a->toDraft());
        QCOMPARE(edit.error().message(),
                 QStringLiteral("L'arrêté 2024-0001 est abrogé depuis le 01/06/2024 : il ne peut plus être modifié."));
        Core::Result<Arrete> stale = f.service->abrogate(a->id, 1, QDate(2024, 6, 1), QStringLiteral("x"));
        QCOMPARE(stale.error().kind(), Core::Error::Kind::Conflict);
        QVERIFY(stale.error().message().startsWith(QStringLiteral("L'arrêté 2024-0001 a été modifié par ")));

        Core::Result<Arrete> b = f.service->create(ReglementFixture::draft(QDate(2024, 4, 1), QStringLiteral("Élagage")));
        OM_VERIFY_OK(b);
        Core::Result<Arrete> cancelled = f.service->cancel(b->id, 1, QDate(2024, 5, 2),
                                                           QStringLiteral("Retiré sur observations de la préfecture"));
        OM_VERIFY_OK(cancelled);
        QCOMPARE(cancelled->etat, ArreteState::Annule);
        ArreteFilter abroges;
        abroges.etat = ArreteState::Abroge;
        QCOMPARE(numeros(f.service->list(abroges).value()), QStringList{QStringLiteral("2024-0001")});
        abroges.etat = ArreteState::Annule;
        QCOMPARE(numeros(f.service->list(abroges).value()), QStringList{QStringLiteral("2024-0002")});
        abroges.etat = ArreteState::Actif;
        QCOMPARE(f.service->count(abroges).value(), 0);
    }

    void deletionIsRefused()
    {
        REGLEMENT_FIXTURE(f);
        Core::Result<Arrete> a = f.service->create(ReglementFixture::draft(QDate(2024, 3, 1), QStringLiteral("Gardé")));
        OM_VERIFY_OK(a);
        Core::Status removed = f.service->remove(a->id);
        QVERIFY(!removed);
        QCOMPARE(removed.error().kind(), Core::Error::Kind::Conflict);
        QCOMPARE(removed.error().message(),
                 QStringLiteral("L'arrêté 2024-0001 ne peut pas être supprimé : un arrêté numéroté reste au registre "
                                "et son numéro n'est jamais réattribué. Abrogez-le s'il cesse de s'appliquer, ou "
                                "annulez-le s'il a été retiré ou annulé par le juge."));
        // Not even by hand in the database.
        Core::Result<QSqlQuery> q = Core::Sql::exec(f.connection(), QStringLiteral("DELETE FROM reglement_arrete WHERE id = ?"),
                                                    {a->id});
        QVERIFY(!q);
        QVERIFY2(q.error().detail().contains(QStringLiteral("ne peut pas être supprimé")), qPrintable(q.error().detail()));
        QCOMPARE(f.service->count({}).value(), 1);
        QCOMPARE(f.service->remove(a->id + 1000).error().kind(), Core::Error::Kind::NotFound);
    }

    void auditOfEveryChange()
    {
        REGLEMENT_FIXTURE(f);
        Core::Result<Arrete> a = f.service->create(ReglementFixture::draft(QDate(2024, 3, 1), QStringLiteral("Fête du village")));
        OM_VERIFY_OK(a);
        ArreteDraft d = a->toDraft();
        d.objet = QStringLiteral("Fête votive du village");
        d.datePublication = QDate(2024, 3, 3);
        OM_VERIFY_OK(f.service->update(a->id, 1, d));
        OM_VERIFY_OK(f.service->abrogate(a->id, 2, QDate(2024, 6, 1), QStringLiteral("Fête annulée")));

        const QList<AuditRow> rows = auditRows(f, a->id);
        QCOMPARE(rows.size(), 3);
        const qint64 commune = f.services.session().commune().id;
        for (const AuditRow &r : rows) {
            QCOMPARE(r.utilisateur, Test::TestDatabase::adminLogin());
            QCOMPARE(r.communeId, commune);
        }
        QCOMPARE(rows.at(0).action, QStringLiteral("insert"));
        QVERIFY(rows.at(0).avant.isEmpty());
        QCOMPARE(rows.at(0).apres.value(QStringLiteral("numero")).toString(), QStringLiteral("2024-0001"));
        QCOMPARE(rows.at(0).apres.value(QStringLiteral("objet")).toString(), QStringLiteral("Fête du village"));
        QCOMPARE(rows.at(0).apres.value(QStringLiteral("date_signature")).toString(), QStringLiteral("2024-03-01"));
        QVERIFY(rows.at(0).apres.value(QStringLiteral("date_publication")).isNull());

        QCOMPARE(rows.at(1).action, QStringLiteral("update"));
        QCOMPARE(rows.at(1).avant.value(QStringLiteral("objet")).toString(), QStringLiteral("Fête du village"));
        QCOMPARE(rows.at(1).apres.value(QStringLiteral("objet")).toString(), QStringLiteral("Fête votive du village"));
        QVERIFY(rows.at(1).avant.value(QStringLiteral("date_publication")).isNull());
        QCOMPARE(rows.at(1).apres.value(QStringLiteral("date_publication")).toString(), QStringLiteral("2024-03-03"));
        QCOMPARE(rows.at(1).avant.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(rows.at(1).apres.value(QStringLiteral("version")).toInt(), 2);

        // Written by the table's trigger: the abrogation is the update of its state, date and motive.
        QCOMPARE(rows.at(2).action, QStringLiteral("update"));
        QCOMPARE(rows.at(2).avant.value(QStringLiteral("etat")).toString(), QStringLiteral("actif"));
        QCOMPARE(rows.at(2).apres.value(QStringLiteral("etat")).toString(), QStringLiteral("abroge"));
        QCOMPARE(rows.at(2).apres.value(QStringLiteral("date_fin")).toString(), QStringLiteral("2024-06-01"));
        QCOMPARE(rows.at(2).apres.value(QStringLiteral("motif_fin")).toString(), QStringLiteral("Fête annulée"));

        Core::Result<Arrete> b = f.service->create(ReglementFixture::draft(QDate(2024, 3, 2), QStringLiteral("Autre")));
        OM_VERIFY_OK(b);
        OM_VERIFY_OK(f.service->cancel(b->id, 1, QDate(2024, 3, 9), QStringLiteral("Retiré")));
        QCOMPARE(auditRows(f, b->id).last().action, QStringLiteral("update"));
        QCOMPARE(auditRows(f, b->id).last().avant.value(QStringLiteral("etat")).toString(), QStringLiteral("actif"));
        QCOMPARE(auditRows(f, b->id).last().apres.value(QStringLiteral("etat")).toString(), QStringLiteral("annule"));
    }

    void rightsOfEachProfile()
    {
        REGLEMENT_FIXTURE(f);
        Core::Session &session = f.services.session();
        Core::Result<Arrete> a = f.service->create(ReglementFixture::draft(QDate(2024, 3, 1), QStringLiteral("Existant")));
        OM_VERIFY_OK(a);

        Core::NewUser consult;
        consult.login = QStringLiteral("lecteur");
        consult.nom = QStringLiteral("Lecteur du registre");
        consult.profile = Core::Profile::Consultation;
        consult.password = QStringLiteral("Registre-Arretes-2024!");
        consult.communeIds = {session.commune().id};
        Core::Result<qint64> id = f.services.users().createUser(consult, session.user().login);
        OM_VERIFY_OK(id);
        const Core::SessionCommune commune = session.commune();
        session.start({id.value(), consult.login, consult.nom, Core::Profile::Consultation, false}, {commune}, commune);

        OM_VERIFY_OK(f.service->list({}));
        OM_VERIFY_OK(f.service->findByNumero(QStringLiteral("2024-0001")));
        Core::Result<Arrete> created = f.service->create(ReglementFixture::draft(QDate(2024, 3, 2), QStringLiteral("Refusé")));
        QVERIFY(!created);
        QCOMPARE(created.error().kind(), Core::Error::Kind::PermissionDenied);
        QCOMPARE(created.error().message(), QStringLiteral("Votre profil ne permet pas cette opération (Enregistrer un "
                                                           "arrêté). Demandez ce droit à l'administrateur."));
        QCOMPARE(f.service->update(a->id, 1, a->toDraft()).error().message(),
                 QStringLiteral("Votre profil ne permet pas cette opération (Modifier un arrêté). Demandez ce droit à "
                                "l'administrateur."));
        QCOMPARE(f.service->abrogate(a->id, 1, QDate(2024, 6, 1), QStringLiteral("x")).error().kind(),
                 Core::Error::Kind::PermissionDenied);

        // An Utilisateur records and modifies, but abrogating is for a Super utilisateur.
        session.start({id.value(), consult.login, consult.nom, Core::Profile::Utilisateur, false}, {commune}, commune);
        OM_VERIFY_OK(f.service->create(ReglementFixture::draft(QDate(2024, 3, 2), QStringLiteral("Accepté"))));
        Core::Result<Arrete> abrogated = f.service->abrogate(a->id, 1, QDate(2024, 6, 1), QStringLiteral("x"));
        QCOMPARE(abrogated.error().message(), QStringLiteral("Votre profil ne permet pas cette opération (Abroger ou "
                                                             "annuler un arrêté). Demandez ce droit à l'administrateur."));
        session.start({id.value(), consult.login, consult.nom, Core::Profile::SuperUtilisateur, false}, {commune}, commune);
        OM_VERIFY_OK(f.service->abrogate(a->id, 1, QDate(2024, 6, 1), QStringLiteral("Remplacé")));

        session.end();
        QCOMPARE(f.service->list({}).error().kind(), Core::Error::Kind::PermissionDenied);
    }

    void searchIgnoresAccentsAndCase_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("fete") << QStringLiteral("fete") << QStringList{QStringLiteral("2024-0003"), QStringLiteral("2024-0001")};
        QTest::newRow("FÊTE") << QStringLiteral("FÊTE") << QStringList{QStringLiteral("2024-0003"), QStringLiteral("2024-0001")};
        QTest::newRow("deux mots") << QStringLiteral("musique fete")
                                   << QStringList{QStringLiteral("2024-0001")};
        QTest::newRow("œuvre") << QStringLiteral("oeuvre") << QStringList{QStringLiteral("2024-0002")};
        QTest::newRow("élagage") << QStringLiteral("ELAGAGE") << QStringList{QStringLiteral("2024-0002")};
        QTest::newRow("numéro") << QStringLiteral("2024-0003") << QStringList{QStringLiteral("2024-0003")};
        // Punctuation is not searched (nor taken as a LIKE wildcard): the whole register shows.
        QTest::newRow("ponctuation") << QStringLiteral("%_'")
                                     << QStringList{QStringLiteral("2024-0003"), QStringLiteral("2024-0002"),
                                                    QStringLiteral("2024-0001")};
        QTest::newRow("rien") << QStringLiteral("piscine") << QStringList();
    }

    void searchIgnoresAccentsAndCase()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        REGLEMENT_FIXTURE(f);
        OM_VERIFY_OK(f.service->create(ReglementFixture::draft(QDate(2024, 6, 1), QStringLiteral("Circulation pour la Fête de la musique"))));
        OM_VERIFY_OK(f.service->create(ReglementFixture::draft(QDate(2024, 6, 2), QStringLiteral("Mise en œuvre de l'élagage des haies"))));
        OM_VERIFY_OK(f.service->create(ReglementFixture::draft(QDate(2024, 6, 3), QStringLiteral("FÊTE VOTIVE : débit de boissons"))));
        ArreteFilter filter;
        filter.recherche = text;
        Core::Result<QList<Arrete>> found = f.service->list(filter);
        OM_VERIFY_OK(found);
        QCOMPARE(numeros(found.value()), expected);
        QCOMPARE(f.service->count(filter).value(), expected.size());
    }

    void filtersAndPages()
    {
        REGLEMENT_FIXTURE(f);
        for (int i = 0; i < 12; ++i) {
            const QString categorie = i % 3 == 0 ? QStringLiteral("police") : QStringLiteral("circulation_temporaire");
            OM_VERIFY_OK(f.service->create(ReglementFixture::draft(QDate(2023 + i % 2, 2, 1 + i),
                                                                    QStringLiteral("Arrêté %1").arg(i), categorie)));
        }
        ArreteFilter filter;
        QCOMPARE(f.service->count(filter).value(), 12);
        filter.annee = 2023;
        QCOMPARE(f.service->count(filter).value(), 6);
        filter.categorie = QStringLiteral("police");
        QCOMPARE(numeros(f.service->list(filter).value()),
                 (QStringList{QStringLiteral("2023-0004"), QStringLiteral("2023-0001")}));
        filter = {};
        const QStringList page1 = numeros(f.service->list(filter, 0, 5).value());
        const QStringList page3 = numeros(f.service->list(filter, 10, 5).value());
        QCOMPARE(page1, (QStringList{QStringLiteral("2024-0006"), QStringLiteral("2024-0005"), QStringLiteral("2024-0004"),
                                     QStringLiteral("2024-0003"), QStringLiteral("2024-0002")}));
        QCOMPARE(page3, (QStringList{QStringLiteral("2023-0002"), QStringLiteral("2023-0001")}));
    }

    void defaultSignatoryIsTheLatest()
    {
        REGLEMENT_FIXTURE(f);
        QCOMPARE(f.service->defaultSignataire().value(), QString());
        ArreteDraft d = ReglementFixture::draft(QDate(2024, 3, 1), QStringLiteral("Un"));
        d.signataire = QStringLiteral("Le Maire, Catherine Lemoine");
        OM_VERIFY_OK(f.service->create(d));
        d.dateSignature = QDate(2024, 2, 1);
        d.signataire = QStringLiteral("L'Adjoint délégué, Michel Barbier");
        OM_VERIFY_OK(f.service->create(d)); // entered later, signed earlier
        QCOMPARE(f.service->defaultSignataire().value(), QStringLiteral("Le Maire, Catherine Lemoine"));
    }
};

QTEST_GUILESS_MAIN(TstArreteService)
#include "tst_arreteservice.moc"
