#include "TestSources.h"

#include "TestDatabase.h"

#include "documents/DocumentServices.h"

#include "Sql.h"

#include <QTest>

using namespace OpenMairie;
using namespace OpenMairie::Documents;
using Test::TestDatabase;

class TstDocumentStore : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        TestDatabase db;
        Core::CoreServices services;
        std::unique_ptr<DocumentServices> documents;

        Core::Status init()
        {
            if (!db.setupError().isEmpty())
                return Core::Error(db.setupError());
            if (Core::Status s = db.initialize(services); !s)
                return s;
            documents = std::make_unique<DocumentServices>(services.database(), services.session(),
                                                           services.permissions(), services.audit());
            return documents->sources().add(std::make_shared<Test::ArreteTestSource>());
        }
        QSqlDatabase sql() { return services.database().connection(); }
        int count(const QString &query, const QVariantList &values = {})
        {
            Core::Result<QVariant> v = Core::Sql::scalar(sql(), query, values);
            return v ? v.value().toInt() : -1;
        }
    };

    static DocumentTemplate shippedArrete()
    {
        return DocumentTemplate::shipped(QStringLiteral("reglement"), QStringLiteral("arrete")).value();
    }

private slots:
    void resolutionOrderAndRevisions()
    {
        Fixture f;
        OM_VERIFY_OK(f.init());
        DocumentTemplateStore &store = f.documents->templates();

        // Nothing stored: the shipped template.
        Core::Result<ResolvedTemplate> r = store.resolve(QStringLiteral("reglement"), QStringLiteral("arrete"));
        OM_VERIFY_OK(r);
        QCOMPARE(r->origin, TemplateOrigin::Shipped);
        QCOMPARE(r->revision, 2);
        QCOMPARE(r->revisionId, 0);
        QCOMPARE(r->checksum, shippedArrete().checksum());
        QCOMPARE(r->describe(), QStringLiteral("modèle livré, révision 2"));

        // The commune's own version.
        DocumentTemplate mine = shippedArrete();
        mine.bodyHtml.replace(QStringLiteral("ARRÊTÉ MUNICIPAL N°"), QStringLiteral("ARRÊTÉ DU MAIRE N°"));
        Core::Result<StoredTemplateInfo> saved = store.save(mine, 0, QStringLiteral("Intitulé propre à Arles"));
        OM_VERIFY_OK(saved);
        QCOMPARE(saved->currentRevision, 1);
        QCOMPARE(saved->version, 1);
        QVERIFY(saved->active);
        r = store.resolve(QStringLiteral("reglement"), QStringLiteral("arrete"));
        OM_VERIFY_OK(r);
        QCOMPARE(r->origin, TemplateOrigin::Commune);
        QCOMPARE(r->revision, 1);
        QVERIFY(r->revisionId > 0);
        QVERIFY(r->documentTemplate.bodyHtml.contains(QStringLiteral("ARRÊTÉ DU MAIRE N°")));
        QCOMPARE(r->documentTemplate.revision, 1);

        // A stale version is refused, nothing changes.
        mine.bodyHtml.replace(QStringLiteral("ARRÊTÉ DU MAIRE"), QStringLiteral("ARRÊTÉ"));
        Core::Result<StoredTemplateInfo> stale = store.save(mine, 0);
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().kind(), Core::Error::Kind::Conflict);
        QCOMPARE(stale.error().message(),
                 QStringLiteral("Le modèle « Arrêté municipal » a été modifié entre-temps par %1 : vos changements ne sont "
                                "pas enregistrés. Rouvrez le modèle pour repartir de sa dernière version.")
                     .arg(TestDatabase::adminLogin()));
        Core::Result<StoredTemplateInfo> second = store.save(mine, 1);
        OM_VERIFY_OK(second);
        QCOMPARE(second->currentRevision, 2);
        QCOMPARE(second->version, 2);
        // The same text again makes no revision.
        Core::Result<StoredTemplateInfo> same = store.save(mine, 2);
        OM_VERIFY_OK(same);
        QCOMPARE(same->currentRevision, 2);
        QCOMPARE(same->version, 2);

        Core::Result<QList<TemplateRevisionInfo>> revisions =
            store.revisions(QStringLiteral("reglement"), QStringLiteral("arrete"));
        OM_VERIFY_OK(revisions);
        QCOMPARE(revisions->size(), 2);
        QCOMPARE(revisions->at(0).number, 2);
        QCOMPARE(revisions->at(1).comment, QStringLiteral("Intitulé propre à Arles"));
        QCOMPARE(revisions->at(1).createdBy, TestDatabase::adminLogin());
        Core::Result<DocumentTemplate> first = DocumentTemplateStore::revision(f.sql(), revisions->at(1).id);
        OM_VERIFY_OK(first);
        QVERIFY(first->bodyHtml.contains(QStringLiteral("ARRÊTÉ DU MAIRE N°")));
        QCOMPARE(first->checksum(), revisions->at(1).checksum);

        // Switched off: the shipped one prints again.
        Core::Result<StoredTemplateInfo> off = store.setActive(QStringLiteral("reglement"), QStringLiteral("arrete"), false, 2);
        OM_VERIFY_OK(off);
        QVERIFY(!off->active);
        QCOMPARE(store.resolve(QStringLiteral("reglement"), QStringLiteral("arrete"))->origin, TemplateOrigin::Shipped);

        // Every change is in the audit trail.
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM journal_audit WHERE module = 'core' AND "
                                        "table_name = 'document_modele'")),
                 3);
        // Revisions are history: the database itself refuses to rewrite them.
        const Core::Result<QSqlQuery> rewrite =
            Core::Sql::exec(f.sql(), QStringLiteral("UPDATE document_modele_revision SET contenu = 'x'"));
        QVERIFY(!rewrite.ok());
    }

    void sharedTemplateOfTheSyndicate()
    {
        Fixture f;
        OM_VERIFY_OK(f.init());
        // A niveau-2 collectivité (the syndicate) holds a shared active template.
        Core::Result<QVariant> syndicate = Core::Sql::scalar(
            f.sql(),
            QStringLiteral("INSERT INTO collectivite (code_insee, nom, departement, niveau) VALUES ('99999', "
                           "'Syndicat intercommunal', '13', 2) RETURNING id"));
        OM_VERIFY_OK(syndicate);
        DocumentTemplate shared = shippedArrete();
        shared.bodyHtml.replace(QStringLiteral("ARRÊTÉ MUNICIPAL N°"), QStringLiteral("ARRÊTÉ MUTUALISÉ N°"));
        shared.revision = 4;
        Core::Result<QVariant> model = Core::Sql::scalar(
            f.sql(),
            QStringLiteral("INSERT INTO document_modele (collectivite_id, module, code, libelle, source, actif, "
                           "revision_courante) VALUES (?, 'reglement', 'arrete', 'Arrêté', 'reglement.arrete', ?, 4) "
                           "RETURNING id"),
            {syndicate.value(), true});
        OM_VERIFY_OK(model);
        OM_VERIFY_OK(Core::Sql::exec(f.sql(),
                                     QStringLiteral("INSERT INTO document_modele_revision (modele_id, collectivite_id, "
                                                    "numero, contenu, empreinte) VALUES (?, ?, 4, ?, ?)"),
                                     {model.value(), syndicate.value(), shared.toText(), shared.checksum()}));
        Core::Result<ResolvedTemplate> r = f.documents->templates().resolve(QStringLiteral("reglement"), QStringLiteral("arrete"));
        OM_VERIFY_OK(r);
        QCOMPARE(r->origin, TemplateOrigin::Shared);
        QCOMPARE(r->revision, 4);
        QCOMPARE(r->describe(), QStringLiteral("modèle mutualisé, révision 4"));
        // The commune's own active template wins over the shared one.
        DocumentTemplate mine = shippedArrete();
        mine.bodyHtml.replace(QStringLiteral("ARRÊTÉ MUNICIPAL N°"), QStringLiteral("ARRÊTÉ D'ARLES N°"));
        OM_VERIFY_OK(f.documents->templates().save(mine, 0));
        r = f.documents->templates().resolve(QStringLiteral("reglement"), QStringLiteral("arrete"));
        QCOMPARE(r->origin, TemplateOrigin::Commune);
        QVERIFY(r->documentTemplate.bodyHtml.contains(QStringLiteral("ARRÊTÉ D'ARLES N°")));
    }

    void faultyTemplatesAreRefusedWithTheirPosition_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("message");
        QTest::newRow("champ inconnu")
            << QStringLiteral("le [date_signature|long].") << QStringLiteral("le [date_de_signature|long].")
            << QStringLiteral("champ inconnu « [date_de_signature] ». Choisissez un champ de la source « Arrêté municipal » "
                              "dans la liste des champs disponibles.");
        QTest::newRow("bloc non fermé") << QStringLiteral("<p>[/bloc]</p>\n<p style=\"margin-top:18px;")
                                        << QStringLiteral("<p style=\"margin-top:18px;")
                                        << QStringLiteral("le bloc « articles » n'est jamais fermé");
    }

    void faultyTemplatesAreRefusedWithTheirPosition()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, message);
        Fixture f;
        OM_VERIFY_OK(f.init());
        DocumentTemplate t = shippedArrete();
        QVERIFY2(t.bodyHtml.contains(from), qPrintable(from));
        t.bodyHtml.replace(from, to);
        Core::Result<StoredTemplateInfo> saved = f.documents->templates().save(t, 0);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().kind(), Core::Error::Kind::InvalidInput);
        QVERIFY2(saved.error().message().startsWith(QStringLiteral("Le modèle « Arrêté municipal » n'est pas enregistré. Ligne ")),
                 qPrintable(saved.error().message()));
        QVERIFY2(saved.error().message().contains(message), qPrintable(saved.error().message()));
        QVERIFY(saved.error().detail().startsWith(QStringLiteral("position=")));
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM document_modele")), 0);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM document_modele_revision")), 0);
    }

    void unknownSourceAndRightsAreRefused()
    {
        Fixture f;
        OM_VERIFY_OK(f.init());
        DocumentTemplate t = shippedArrete();
        t.sourceName = QStringLiteral("etat_civil.acte");
        Core::Result<StoredTemplateInfo> noSource = f.documents->templates().save(t, 0);
        QVERIFY(!noSource.ok());
        QVERIFY(noSource.error().message().startsWith(QStringLiteral("La source de données « etat_civil.acte » n'est pas "
                                                                     "disponible")));
        // An agent without the right.
        const Core::SessionCommune commune = f.services.session().commune();
        f.services.session().start({999, QStringLiteral("agent"), QStringLiteral("Agent"), Core::Profile::Utilisateur, false},
                                   {commune}, commune);
        Core::Result<StoredTemplateInfo> denied = f.documents->templates().save(shippedArrete(), 0);
        QVERIFY(!denied.ok());
        QCOMPARE(denied.error().kind(), Core::Error::Kind::PermissionDenied);
        QVERIFY(denied.error().message().contains(QStringLiteral("Modifier les modèles de documents de la commune")));
    }

    void communeParameters()
    {
        Fixture f;
        OM_VERIFY_OK(f.init());
        CommuneParameters &p = f.documents->parameters();
        OM_VERIFY_OK(p.set(QStringLiteral("maire"), QStringLiteral("M. Patrick de Carolis")));
        OM_VERIFY_OK(p.set(QStringLiteral("secretaire_general"), QStringLiteral("Mme Durand")));
        OM_VERIFY_OK(p.set(QStringLiteral("maire"), QStringLiteral("M. Patrick de Carolis"))); // unchanged: no audit
        Core::Result<QHash<QString, QString>> v = p.values();
        OM_VERIFY_OK(v);
        QCOMPARE(v->value(QStringLiteral("maire")), QStringLiteral("M. Patrick de Carolis"));
        QCOMPARE(v->value(QStringLiteral("ville")), QStringLiteral("Arles"));
        QCOMPARE(v->value(QStringLiteral("commune")), QStringLiteral("Commune d'Arles"));
        QCOMPARE(v->value(QStringLiteral("de_ville")), QStringLiteral("d'Arles"));
        QCOMPARE(v->value(QStringLiteral("code_insee")), QStringLiteral("13004"));
        QCOMPARE(v->value(QStringLiteral("departement")), QStringLiteral("13"));
        Core::Result<QStringList> names = p.knownNames();
        OM_VERIFY_OK(names);
        QVERIFY(names->contains(QStringLiteral("secretaire_general")));
        QVERIFY(names->contains(QStringLiteral("aujourdhui")));
        const Core::Status computed = p.set(QStringLiteral("ville"), QStringLiteral("Paris"));
        QVERIFY(!computed.ok());
        QCOMPARE(computed.error().message(),
                 QStringLiteral("Le paramètre « ville » est calculé à partir de la commune : il ne se saisit pas."));
        const Core::Status badName = p.set(QStringLiteral("nom du maire"), QStringLiteral("x"));
        QVERIFY(!badName.ok());
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM journal_audit WHERE table_name = 'collectivite_parametre'")), 2);
    }
};

QTEST_MAIN(TstDocumentStore)
#include "tst_documentstore.moc"
