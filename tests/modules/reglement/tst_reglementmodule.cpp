// The reglement plugin as the shell and the CLI load it: metadata and rights, navigation entry,
// CLI commands run through the registry, and the demonstration register.
#include "CliRunner.h"
#include "ReglementFixture.h"

#include "ArreteCategory.h"
#include "ExecutoireStatus.h"

#include "CliCommandRegistry.h"
#include "IModule.h"
#include "IModuleUi.h"
#include "Sql.h"
#include "exchange/ExportService.h"
#include "exchange/StoredQueryRegistry.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QTableView>
#include <QTextStream>

using namespace OpenMairie;
using namespace OpenMairie::Reglement;
using Test::ReglementFixture;

using Test::CliRun;
using Test::runCli;

class TstReglementModule : public QObject
{
    Q_OBJECT

private slots:
    void metadataAndRights()
    {
        REGLEMENT_FIXTURE(f);
        const Core::ModuleSpec *spec = f.services.modules().spec(QStringLiteral("reglement"));
        QVERIFY(spec);
        QCOMPARE(spec->state(), Core::ModuleSpec::State::Initialized);
        QCOMPARE(spec->name(), QStringLiteral("openRèglement"));
        QCOMPARE(spec->apiVersion(), Core::kModuleApiVersion);
        QCOMPARE(spec->permissions().size(), 4);

        const Core::Permissions &p = f.services.permissions();
        const QString consulter = QStringLiteral("reglement.arrete.consulter");
        const QString creer = QStringLiteral("reglement.arrete.creer");
        const QString modifier = QStringLiteral("reglement.arrete.modifier");
        const QString abroger = QStringLiteral("reglement.arrete.abroger");
        QCOMPARE(p.catalogue().value(creer).description, QStringLiteral("Enregistrer un arrêté"));
        QVERIFY(p.allows(Core::Profile::Consultation, consulter));
        QVERIFY(!p.allows(Core::Profile::Consultation, creer));
        QVERIFY(!p.allows(Core::Profile::UtilisateurLimite, creer));
        QVERIFY(p.allows(Core::Profile::Utilisateur, creer));
        QVERIFY(p.allows(Core::Profile::Utilisateur, modifier));
        QVERIFY(!p.allows(Core::Profile::Utilisateur, abroger));
        QVERIFY(p.allows(Core::Profile::SuperUtilisateur, abroger));
        QVERIFY(p.allows(Core::Profile::Administrateur, abroger));
    }

    void navigationEntryOpensTheRegister()
    {
        REGLEMENT_FIXTURE(f);
        OM_VERIFY_OK(f.service->create(ReglementFixture::draft(QDate(2024, 3, 1), QStringLiteral("Fête de la musique"))));
        auto *ui = qobject_cast<CoreUi::IModuleUi *>(f.services.modules().moduleObject(QStringLiteral("reglement")));
        QVERIFY(ui);
        const QList<CoreUi::NavigationEntry> entries = ui->navigationEntries();
        QCOMPARE(entries.size(), 1);
        const CoreUi::NavigationEntry &e = entries.first();
        QCOMPARE(e.id, QStringLiteral("reglement.arretes"));
        QCOMPARE(e.title, QStringLiteral("Arrêtés municipaux"));
        QCOMPARE(e.group, QStringLiteral("Réglementation"));
        QCOMPARE(e.permission, QStringLiteral("reglement.arrete.consulter"));
        QVERIFY(e.createView);
        std::unique_ptr<QWidget> view(e.createView(nullptr));
        QVERIFY(view);
        auto *table = view->findChild<QTableView *>(QStringLiteral("registre"));
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("2024-0001"));
        QCOMPARE(table->model()->headerData(7, Qt::Horizontal).toString(), QStringLiteral("Exécutoire"));
        QVERIFY(view->findChild<QLineEdit *>(QStringLiteral("recherche")));
    }

    void cliCommandsAreRegistered()
    {
        REGLEMENT_FIXTURE(f);
        for (const QString &name : {QStringLiteral("list"), QStringLiteral("show"), QStringLiteral("add"),
                                    QStringLiteral("categories"), QStringLiteral("abrogate"), QStringLiteral("cancel")}) {
            const Core::CliCommand *c = f.services.cli().match({QStringLiteral("reglement"), name});
            QVERIFY2(c, qPrintable(name));
            QCOMPARE(c->path.last(), name);
            QVERIFY(!c->summary.isEmpty());
        }
        QCOMPARE(f.services.cli().match({QStringLiteral("reglement"), QStringLiteral("add")})->permission,
                 QStringLiteral("reglement.arrete.creer"));
        const Core::CliCommand *categories = f.services.cli().match({QStringLiteral("reglement"), QStringLiteral("categories")});
        QVERIFY(!categories->needsDatabase);
        QVERIFY(!categories->needsSession);
    }

    void cliAddShowList()
    {
        REGLEMENT_FIXTURE(f);
        CliRun add = runCli(f.services, {QStringLiteral("reglement"), QStringLiteral("add"), QStringLiteral("--date"),
                                         QStringLiteral("05032024"), QStringLiteral("--objet"),
                                         QStringLiteral("Arrêté portant réglementation de la circulation pour la Fête de la musique"),
                                         QStringLiteral("--categorie"), QStringLiteral("circulation_temporaire"),
                                         QStringLiteral("--signataire"), QStringLiteral("Le Maire, Jean Dupont"),
                                         QStringLiteral("--publication"), QStringLiteral("06/03/2024")});
        QCOMPARE(add.code, int(Core::ExitOk));
        QCOMPARE(add.out, QStringLiteral("Arrêté n° 2024-0001 enregistré.\nExécutoire depuis le 06/03/2024\n"));
        QVERIFY(add.err.isEmpty());

        // The signatory defaults to the last one; the category may be given by its label.
        CliRun second = runCli(f.services, {QStringLiteral("reglement"), QStringLiteral("add"), QStringLiteral("--date"),
                                            QStringLiteral("2024-03-07"), QStringLiteral("--objet"),
                                            QStringLiteral("Police des baignades"), QStringLiteral("--categorie"),
                                            QStringLiteral("Police du maire"), QStringLiteral("--json")});
        QCOMPARE(second.code, int(Core::ExitOk));
        const QJsonObject json = QJsonDocument::fromJson(second.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("numero")).toString(), QStringLiteral("2024-0002"));
        QCOMPARE(json.value(QStringLiteral("signataire")).toString(), QStringLiteral("Le Maire, Jean Dupont"));
        QCOMPARE(json.value(QStringLiteral("categorie")).toString(), QStringLiteral("police"));
        QCOMPARE(json.value(QStringLiteral("executoire")).toBool(), false);
        QCOMPARE(json.value(QStringLiteral("formalites_manquantes")).toArray().size(), 2);

        CliRun show = runCli(f.services, {QStringLiteral("reglement"), QStringLiteral("show"), QStringLiteral("2024-1")});
        QCOMPARE(show.code, int(Core::ExitOk));
        QVERIFY2(show.out.startsWith(QStringLiteral("Arrêté n° 2024-0001\n")), qPrintable(show.out));
        const auto line = [](const QString &label, const QString &value) -> QString {
            return QStringLiteral("  ") + label.leftJustified(29) + QStringLiteral(": ") + value + u'\n';
        };
        QVERIFY(show.out.contains(line(QStringLiteral("Catégorie"),
                                       QStringLiteral("Temporaire de circulation et de stationnement"))));
        QVERIFY(show.out.contains(line(QStringLiteral("Transmission à la préfecture"), QStringLiteral("— (non requise)"))));
        QVERIFY(show.out.contains(line(QStringLiteral("Caractère exécutoire"),
                                       QStringLiteral("Exécutoire depuis le 06/03/2024"))));
        QVERIFY(show.out.contains(line(QStringLiteral("Publication ou affichage"), QStringLiteral("06/03/2024"))));

        CliRun list = runCli(f.services, {QStringLiteral("reglement"), QStringLiteral("list"), QStringLiteral("--recherche"),
                                          QStringLiteral("fete musique")});
        QCOMPARE(list.code, int(Core::ExitOk));
        const QStringList lines = list.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0), QStringLiteral("Registre des arrêtés de Arles : 1 arrêté(s)"));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("NUMÉRO     DATE       CATÉGORIE")));
        QVERIFY(lines.at(2).startsWith(QStringLiteral("2024-0001  05/03/2024 Temporaire de circulation e… Oui")));

        CliRun all = runCli(f.services, {QStringLiteral("reglement"), QStringLiteral("list"), QStringLiteral("--annee"),
                                         QStringLiteral("2024"), QStringLiteral("--json")});
        QCOMPARE(all.code, int(Core::ExitOk));
        const QJsonArray rows = QJsonDocument::fromJson(all.out.toUtf8()).array();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("numero")).toString(), QStringLiteral("2024-0002"));

        CliRun police = runCli(f.services, {QStringLiteral("reglement"), QStringLiteral("list"),
                                            QStringLiteral("--categorie"), QStringLiteral("POLICE"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(police.out.toUtf8()).array().size(), 1);

        CliRun abrogate = runCli(f.services, {QStringLiteral("reglement"), QStringLiteral("abrogate"),
                                              QStringLiteral("2024-0001"), QStringLiteral("--date"),
                                              QStringLiteral("10/03/2024"), QStringLiteral("--motif"),
                                              QStringLiteral("Manifestation annulée")});
        QCOMPARE(abrogate.code, int(Core::ExitOk));
        QCOMPARE(abrogate.out, QStringLiteral("Arrêté n° 2024-0001 abrogé le 10/03/2024.\n"));
        CliRun actifs = runCli(f.services, {QStringLiteral("reglement"), QStringLiteral("list"), QStringLiteral("--etat"),
                                            QStringLiteral("actif"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(actifs.out.toUtf8()).array().size(), 1);
    }

    void cliErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("err");
        const QString r = QStringLiteral("reglement");
        const QString add = QStringLiteral("add");
        QTest::newRow("option manquante")
            << QStringList{r, add, QStringLiteral("--date"), QStringLiteral("05/03/2024"), QStringLiteral("--categorie"),
                           QStringLiteral("police")}
            << int(Core::ExitUsage)
            << QStringLiteral("Erreur : Option --objet manquante. Exemple : reglement add --date 05/03/2024 --objet "
                              "\"Arrêté portant …\" --categorie police\n");
        QTest::newRow("date impossible")
            << QStringList{r, add, QStringLiteral("--date"), QStringLiteral("31/02/2024"), QStringLiteral("--objet"),
                           QStringLiteral("X"), QStringLiteral("--categorie"), QStringLiteral("police")}
            << int(Core::ExitRefusedInput)
            << QStringLiteral("Erreur : Option --date : La date « 31/02/2024 » n'existe pas (jour, mois ou année "
                              "impossible).\n");
        QTest::newRow("catégorie inconnue")
            << QStringList{r, add, QStringLiteral("--date"), QStringLiteral("05/03/2024"), QStringLiteral("--objet"),
                           QStringLiteral("X"), QStringLiteral("--categorie"), QStringLiteral("urbanisme")}
            << int(Core::ExitRefusedInput)
            << QStringLiteral("Erreur : Option --categorie : « urbanisme » n'est pas une catégorie. Codes possibles : "
                              "reglementaire, individuel, circulation_temporaire, circulation_permanente, police, "
                              "personnel, autre.\n");
        QTest::newRow("règle refusée")
            << QStringList{r, add, QStringLiteral("--date"), QStringLiteral("05/03/2024"), QStringLiteral("--objet"),
                           QStringLiteral("X"), QStringLiteral("--categorie"), QStringLiteral("police"),
                           QStringLiteral("--signataire"), QStringLiteral("Le Maire"), QStringLiteral("--publication"),
                           QStringLiteral("01/03/2024")}
            << int(Core::ExitRefusedInput)
            << QStringLiteral("Erreur : La date de publication ou d'affichage (01/03/2024) précède la date de signature "
                              "(05/03/2024) : un arrêté n'est publié qu'une fois signé. Corrigez l'une des deux dates.\n");
        QTest::newRow("sans signataire connu")
            << QStringList{r, add, QStringLiteral("--date"), QStringLiteral("05/03/2024"), QStringLiteral("--objet"),
                           QStringLiteral("X"), QStringLiteral("--categorie"), QStringLiteral("police")}
            << int(Core::ExitRefusedInput)
            << QStringLiteral("Erreur : Indiquez le signataire, avec son nom et sa qualité (par exemple « Le Maire, "
                              "Jean Dupont »).\n");
        QTest::newRow("numéro inconnu") << QStringList{r, QStringLiteral("show"), QStringLiteral("2024-0042")}
                                        << int(Core::ExitFailure)
                                        << QStringLiteral("Erreur : Aucun arrêté n° 2024-0042 dans le registre de Arles.\n");
        QTest::newRow("numéro illisible") << QStringList{r, QStringLiteral("show"), QStringLiteral("douze")}
                                          << int(Core::ExitRefusedInput)
                                          << QStringLiteral("Erreur : « douze » n'est pas un numéro d'arrêté : écrivez-le "
                                                            "AAAA-NNNN (par exemple 2024-0012).\n");
        QTest::newRow("show sans numéro") << QStringList{r, QStringLiteral("show")} << int(Core::ExitUsage)
                                          << QStringLiteral("Erreur : Indiquez le numéro de l'arrêté, par exemple : "
                                                            "reglement show 2024-0012\n");
        QTest::newRow("année illisible")
            << QStringList{r, QStringLiteral("list"), QStringLiteral("--annee"), QStringLiteral("24")}
            << int(Core::ExitRefusedInput)
            << QStringLiteral("Erreur : Option --annee : « 24 » n'est pas une année (écrivez-la sur quatre chiffres, "
                              "par exemple 2024).\n");
        QTest::newRow("état inconnu") << QStringList{r, QStringLiteral("list"), QStringLiteral("--etat"), QStringLiteral("supprime")}
                                      << int(Core::ExitRefusedInput)
                                      << QStringLiteral("Erreur : Option --etat : « supprime » n'est pas un état. États "
                                                        "possibles : actif, abroge, annule.\n");
        QTest::newRow("abrogation sans motif")
            << QStringList{r, QStringLiteral("abrogate"), QStringLiteral("2024-0001")} << int(Core::ExitUsage)
            << QStringLiteral("Erreur : Option --motif manquante : indiquez le motif de l'abrogation.\n");
        QTest::newRow("transmission ni oui ni non")
            << QStringList{r, add, QStringLiteral("--date"), QStringLiteral("05/03/2024"), QStringLiteral("--objet"),
                           QStringLiteral("X"), QStringLiteral("--categorie"), QStringLiteral("police"),
                           QStringLiteral("--signataire"), QStringLiteral("Le Maire"),
                           QStringLiteral("--transmission-requise"), QStringLiteral("peut-être")}
            << int(Core::ExitRefusedInput)
            << QStringLiteral("Erreur : Option --transmission-requise : répondez oui ou non (et non « peut-être »).\n");
    }

    void cliErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, err);
        REGLEMENT_FIXTURE(f);
        const CliRun run = runCli(f.services, args);
        QCOMPARE(run.err, err);
        QCOMPARE(run.code, code);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(f.service->count({}).value(), 0);
    }

    void cliDeniedForConsultation()
    {
        REGLEMENT_FIXTURE(f);
        Core::Session &session = f.services.session();
        const Core::SessionCommune commune = session.commune();
        session.start({session.user().id, session.user().login, session.user().displayName,
                       Core::Profile::Consultation, false},
                      {commune}, commune);
        const CliRun run = runCli(f.services, {QStringLiteral("reglement"), QStringLiteral("add"), QStringLiteral("--date"),
                                               QStringLiteral("05/03/2024"), QStringLiteral("--objet"), QStringLiteral("X"),
                                               QStringLiteral("--categorie"), QStringLiteral("police"),
                                               QStringLiteral("--signataire"), QStringLiteral("Le Maire")});
        QCOMPARE(run.code, int(Core::ExitDenied));
        QVERIFY(run.err.startsWith(QStringLiteral("Erreur : Votre profil ne permet pas cette opération (Enregistrer un "
                                                  "arrêté).")));
    }

    void cliCategories()
    {
        REGLEMENT_FIXTURE(f);
        const CliRun text = runCli(f.services, {QStringLiteral("reglement"), QStringLiteral("categories")});
        QCOMPARE(text.code, int(Core::ExitOk));
        const QStringList lines = text.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 7);
        QCOMPARE(lines.at(4), QStringLiteral("police                  Police du maire"));
        QCOMPARE(lines.at(2), QStringLiteral("circulation_temporaire  Temporaire de circulation et de stationnement "
                                             "(sans transmission à la préfecture)"));
        const CliRun json = runCli(f.services, {QStringLiteral("reglement"), QStringLiteral("categories"), QStringLiteral("--json")});
        const QJsonArray array = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(array.size(), 7);
        QCOMPARE(array.at(5).toObject().value(QStringLiteral("libelle")).toString(),
                 QStringLiteral("Fonction publique / personnel"));
    }

    // The register's stored queries, declared by the plugin: the agent's columns and order, the
    // working commune only, and the acts still to transmit to the préfecture.
    void storedQueries()
    {
        REGLEMENT_FIXTURE(f);
        const Core::StoredQuery *registre = f.services.storedQueries().find(QStringLiteral("reglement.registre"));
        const Core::StoredQuery *aTransmettre = f.services.storedQueries().find(QStringLiteral("reglement.a_transmettre"));
        QVERIFY(registre && aTransmettre);
        OM_VERIFY_OK(registre->validate());
        OM_VERIFY_OK(aTransmettre->validate());

        Reglement::ArreteDraft sent = ReglementFixture::draft(QDate(2024, 1, 10), QStringLiteral("Transmis"));
        sent.dateTransmission = QDate(2024, 1, 11);
        OM_VERIFY_OK(f.service->create(sent));
        OM_VERIFY_OK(f.service->create(ReglementFixture::draft(QDate(2024, 1, 12), QStringLiteral("Pas encore transmis"))));
        Reglement::ArreteDraft personnel = ReglementFixture::draft(QDate(2024, 1, 13), QStringLiteral("Avancement d'échelon"),
                                                                  QStringLiteral("personnel"));
        personnel.transmissionRequise = false;
        OM_VERIFY_OK(f.service->create(personnel));

        Core::StoredQuerySelection selection = aTransmettre->defaultSelection();
        Core::Result<Core::StoredQueryPreview> todo = f.services.exporter().previewStoredQuery(*aTransmettre, selection);
        OM_VERIFY_OK(todo);
        QCOMPARE(todo->rows.size(), 1);
        QCOMPARE(todo->rows.first().first().toString(), QStringLiteral("2024-0002"));

        selection = registre->defaultSelection();
        selection.columns = {QStringLiteral("numero"), QStringLiteral("categorie"), QStringLiteral("etat")};
        selection.sort = {Core::StoredQuerySort{QStringLiteral("numero"), Qt::DescendingOrder}};
        Core::Result<Core::StoredQueryPreview> all = f.services.exporter().previewStoredQuery(*registre, selection);
        OM_VERIFY_OK(all);
        QCOMPARE(all->rows.size(), 3);
        QCOMPARE(all->rows.at(0).at(0).toString(), QStringLiteral("2024-0003"));
        QCOMPARE(all->rows.at(0).at(1).toString(), QStringLiteral("Fonction publique / personnel"));
        QCOMPARE(all->rows.at(2).at(2).toString(), QStringLiteral("en vigueur"));
    }

    void demoData()
    {
        REGLEMENT_FIXTURE(f);
        f.service->setClock([] { return QDate::currentDate(); });
        std::unique_ptr<Core::ModuleContext> context = f.moduleContext();
        Core::IModule *module = f.services.modules().module(QStringLiteral("reglement"));
        QVERIFY(module);
        OM_VERIFY_OK(module->populateDemoData(*context));

        Core::Result<QList<Arrete>> all = f.service->list({}, 0, 1000);
        OM_VERIFY_OK(all);
        QCOMPARE(all->size(), 60);
        // Numbering continuous within each year, in the order of the signature dates.
        QMap<int, QList<Arrete>> byYear;
        for (const Arrete &a : all.value())
            byYear[a.annee].prepend(a); // the list comes most recent first
        const QDate today = QDate::currentDate();
        QVERIFY(byYear.firstKey() >= today.addYears(-3).year());
        QCOMPARE(byYear.lastKey(), today.year());
        int abroges = 0;
        int annules = 0;
        int executoires = 0;
        QSet<QString> categories;
        for (auto it = byYear.cbegin(); it != byYear.cend(); ++it) {
            for (int i = 0; i < it.value().size(); ++i) {
                const Arrete &a = it.value().at(i);
                QCOMPARE(a.rang, i + 1);
                QCOMPARE(a.numero, Arrete::formatNumero(it.key(), i + 1));
                QCOMPARE(a.dateSignature.year(), it.key());
                if (i > 0)
                    QVERIFY(it.value().at(i - 1).dateSignature <= a.dateSignature);
                QVERIFY(a.dateSignature <= today);
                QVERIFY(a.dateSignature > today.addYears(-3));
                QVERIFY(!a.datePublication.isValid() || (a.datePublication >= a.dateSignature && a.datePublication <= today));
                QVERIFY(!a.dateTransmission.isValid() || (a.dateTransmission >= a.dateSignature && a.dateTransmission <= today));
                QVERIFY(!a.signataire.isEmpty());
                abroges += a.etat == ArreteState::Abroge;
                annules += a.etat == ArreteState::Annule;
                executoires += ExecutoireStatus::of(a).isExecutoire();
                categories.insert(a.categorie);
            }
        }
        QCOMPARE(abroges, 2);
        QCOMPARE(annules, 1);
        QCOMPARE(categories.size(), 6); // every category but "autre"
        QVERIFY(executoires > 45);
        ArreteFilter musique;
        musique.recherche = QStringLiteral("fete de la musique");
        QCOMPARE(f.service->count(musique).value(), 3);

        // Each demonstration act was audited like any other.
        Core::Result<QVariant> audits = Core::Sql::scalar(
            f.connection(), QStringLiteral("SELECT count(*) FROM journal_audit WHERE module = 'reglement' AND table_name = "
                                           "'reglement_arrete' AND action = 'insert'"));
        QCOMPARE(audits.value().toInt(), 60);

        // Never twice into the same register.
        Core::Status again = module->populateDemoData(*context);
        QVERIFY(!again);
        QCOMPARE(again.error().message(), QStringLiteral("Le registre des arrêtés de Arles contient déjà 60 arrêté(s) : "
                                                         "les données de démonstration n'y sont pas ajoutées."));
        QCOMPARE(f.service->count({}).value(), 60);
    }
};

QTEST_MAIN(TstReglementModule)
#include "tst_reglementmodule.moc"
