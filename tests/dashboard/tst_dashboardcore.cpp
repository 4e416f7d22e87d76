// The dashboard without widgets: the contract of a widget definition, rights, layouts per profile
// stored per commune (optimistic locking, refusals), the loader's worker thread, and the figures of
// the reglement module on real data. Runs on SQLite and on PostgreSQL.
#include "DashboardTestSupport.h"

#include "DashboardLayoutStore.h"
#include "DashboardLoader.h"
#include "ReglementDashboard.h"

#include "Sql.h"

#include <QThread>

using namespace OpenMairie;
using Core::DashboardWidgetDefinition;
using Core::Profile;
using Reglement::ReglementDashboard;
using Test::ReglementFixture;

class TestDashboardCore : public QObject
{
    Q_OBJECT

private:
    static QStringList reglementIds()
    {
        return {ReglementDashboard::kArretesAnnee, ReglementDashboard::kATransmettre,
                ReglementDashboard::kDerniersArretes, ReglementDashboard::kNouvelArrete};
    }

    // Only reglement's: the other business modules built beside the suite (elec, cimetiere...)
    // are loaded too and declare their own widgets.
    static QStringList reglementOnly(const QStringList &ids)
    {
        QStringList kept = ids;
        kept.removeIf([](const QString &id) { return !id.startsWith(QLatin1String("reglement.")); });
        return kept;
    }

    static QStringList idsOf(const QList<DashboardWidgetDefinition> &list)
    {
        QStringList ids;
        for (const DashboardWidgetDefinition &d : list)
            ids.append(d.id);
        return ids;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::French, QLocale::France)); }

    void incorrectDefinitionsAreRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("sans titre") << "title" << "n'a pas d'identifiant, de module ou de titre";
        QTest::newRow("id hors module") << "id" << "doit avoir un identifiant qui commence par « essai. »";
        QTest::newRow("sans droit") << "permission" << "ne dit pas quel droit il faut pour le voir";
        QTest::newRow("sans calcul") << "load" << "n'a pas de fonction de calcul";
        QTest::newRow("raccourci sans lien") << "shortcut" << "ne dit pas quelle vue il ouvre";
        QTest::newRow("virgule") << "comma" << "ne doit pas contenir de virgule";
    }

    void incorrectDefinitionsAreRefused()
    {
        QFETCH(QString, field);
        QFETCH(QString, expected);
        DashboardWidgetDefinition d = Test::countWidget(QStringLiteral("a"), QStringLiteral("essai.objet.consulter"), 1);
        if (field == u"title")
            d.title.clear();
        else if (field == u"id")
            d.id = QStringLiteral("autre.a");
        else if (field == u"permission")
            d.permission.clear();
        else if (field == u"load")
            d.load = nullptr;
        else if (field == u"shortcut") {
            d.kind = Core::DashboardWidgetKind::Shortcut;
            d.link = {};
        } else if (field == u"comma")
            d.id = QStringLiteral("essai.a,b");
        Core::DashboardRegistry registry;
        const Core::Status s = registry.declare(d);
        QVERIFY(!s);
        QVERIFY2(s.error().message().contains(expected), qPrintable(s.error().message()));
        QVERIFY(s.error().message().contains(QStringLiteral("prestataire")));
        QVERIFY(registry.definitions().isEmpty());
    }

    void anIdDeclaredTwiceIsRefused()
    {
        Core::DashboardRegistry registry;
        OM_VERIFY_OK(registry.declare(Test::countWidget(QStringLiteral("a"), QStringLiteral("x.y.z"), 1)));
        const Core::Status again = registry.declare(Test::countWidget(QStringLiteral("a"), QStringLiteral("x.y.z"), 2));
        QVERIFY(!again);
        QCOMPARE(again.error().kind(), Core::Error::Kind::Conflict);
        QCOMPARE(registry.definitions().size(), 1);
    }

    void theReglementModuleDeclaresItsWidgetsAndSearch()
    {
        REGLEMENT_FIXTURE(f);
        QCOMPARE(reglementOnly(idsOf(f.services.dashboardWidgets().definitions())), reglementIds());
        QStringList providers;
        for (const auto &p : f.services.searchProviders().providers())
            providers.append(p->id());
        QCOMPARE(reglementOnly(providers), QStringList{QStringLiteral("reglement.arretes")});
    }

    void theDefaultLayoutIsWhatTheProfileMaySee()
    {
        REGLEMENT_FIXTURE(f);
        Core::DashboardLayoutStore &store = f.services.dashboardLayouts();
        Core::Result<Core::DashboardLayout> admin = store.layout(Profile::Administrateur);
        OM_VERIFY_OK(admin);
        QVERIFY(admin->isDefault());
        QCOMPARE(reglementOnly(admin->widgetIds), reglementIds());
        // "Nouvel arrêté" needs reglement.arrete.creer, granted from the Utilisateur profile up.
        QCOMPARE(reglementOnly(store.defaultLayout(Profile::Consultation).widgetIds),
                 QStringList({ReglementDashboard::kArretesAnnee, ReglementDashboard::kATransmettre,
                              ReglementDashboard::kDerniersArretes}));
        QCOMPARE(reglementOnly(store.defaultLayout(Profile::Utilisateur).widgetIds), reglementIds());
    }

    void anAgentNeverSeesAWidgetHisRightsForbid()
    {
        REGLEMENT_FIXTURE(f);
        Test::signInAs(f.services, Profile::Consultation);
        Core::Result<QList<DashboardWidgetDefinition>> widgets = f.services.dashboardLayouts().sessionWidgets();
        OM_VERIFY_OK(widgets);
        QVERIFY(!idsOf(widgets.value()).contains(ReglementDashboard::kNouvelArrete));
        QCOMPARE(reglementOnly(idsOf(widgets.value())).size(), 3);
    }

    void aLayoutIsSavedAndReadPerProfile()
    {
        REGLEMENT_FIXTURE(f);
        Core::DashboardLayoutStore &store = f.services.dashboardLayouts();
        const QStringList chosen{ReglementDashboard::kDerniersArretes, ReglementDashboard::kArretesAnnee};
        Core::Result<Core::DashboardLayout> saved = store.save(Profile::Utilisateur, chosen, 0);
        OM_VERIFY_OK(saved);
        QCOMPARE(saved->version, 1);

        Core::Result<Core::DashboardLayout> read = store.layout(Profile::Utilisateur);
        OM_VERIFY_OK(read);
        QCOMPARE(read->widgetIds, chosen);
        QCOMPARE(read->version, 1);
        QVERIFY(!read->isDefault());
        // The other profiles keep the default.
        Core::Result<Core::DashboardLayout> other = store.layout(Profile::Consultation);
        OM_VERIFY_OK(other);
        QVERIFY(other->isDefault());

        // The agent of that profile sees exactly the chosen widgets, in that order.
        Test::signInAs(f.services, Profile::Utilisateur);
        Core::Result<QList<DashboardWidgetDefinition>> widgets = store.sessionWidgets();
        OM_VERIFY_OK(widgets);
        QCOMPARE(idsOf(widgets.value()), chosen);

        // Stored for the commune, as the administrator chose it.
        Core::Result<QVariant> row = Core::Sql::scalar(
            f.connection(), QStringLiteral("SELECT elements FROM tableau_de_bord WHERE collectivite_id = ? AND profil = 3"),
            {f.services.session().commune().id});
        OM_VERIFY_OK(row);
        QCOMPARE(row.value().toString(), chosen.join(u','));
    }

    void anEmptyLayoutIsAChoiceToo()
    {
        REGLEMENT_FIXTURE(f);
        OM_VERIFY_OK(f.services.dashboardLayouts().save(Profile::Consultation, {}, 0));
        Test::signInAs(f.services, Profile::Consultation);
        Core::Result<QList<DashboardWidgetDefinition>> widgets = f.services.dashboardLayouts().sessionWidgets();
        OM_VERIFY_OK(widgets);
        QVERIFY(widgets->isEmpty());
    }

    void incorrectLayoutsAreRefused_data()
    {
        QTest::addColumn<int>("profile");
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<QString>("expected");
        QTest::newRow("inconnu") << int(Profile::Utilisateur) << QStringList{QStringLiteral("reglement.inconnu")}
                                 << "n'existe pas : le module qui le proposait n'est peut-être plus installé";
        QTest::newRow("deux fois") << int(Profile::Utilisateur)
                                   << QStringList{ReglementDashboard::kArretesAnnee, ReglementDashboard::kArretesAnnee}
                                   << "figure deux fois : gardez-le une seule fois";
        QTest::newRow("sans le droit") << int(Profile::Consultation)
                                       << QStringList{ReglementDashboard::kNouvelArrete}
                                       << "Le profil « Consultation » n'a pas le droit de voir « Nouvel arrêté »";
    }

    void incorrectLayoutsAreRefused()
    {
        QFETCH(int, profile);
        QFETCH(QStringList, ids);
        QFETCH(QString, expected);
        REGLEMENT_FIXTURE(f);
        Core::Result<Core::DashboardLayout> saved = f.services.dashboardLayouts().save(Profile(profile), ids, 0);
        QVERIFY(!saved);
        QCOMPARE(saved.error().kind(), Core::Error::Kind::InvalidInput);
        QVERIFY2(saved.error().message().contains(expected), qPrintable(saved.error().message()));
        // Nothing half-written.
        Core::Result<QVariant> rows = Core::Sql::scalar(f.connection(), QStringLiteral("SELECT count(*) FROM tableau_de_bord"));
        OM_VERIFY_OK(rows);
        QCOMPARE(rows.value().toInt(), 0);
    }

    void aStaleSaveIsAConflict()
    {
        REGLEMENT_FIXTURE(f);
        Core::DashboardLayoutStore &store = f.services.dashboardLayouts();
        OM_VERIFY_OK(store.save(Profile::Utilisateur, {ReglementDashboard::kArretesAnnee}, 0));
        // A second administrator had read the layout before the first saved.
        Core::Result<Core::DashboardLayout> stale = store.save(Profile::Utilisateur, {ReglementDashboard::kATransmettre}, 0);
        QVERIFY(!stale);
        QCOMPARE(stale.error().kind(), Core::Error::Kind::Conflict);
        QVERIFY2(stale.error().message().contains(QStringLiteral("modifié par quelqu'un d'autre")),
                 qPrintable(stale.error().message()));
        Core::Result<Core::DashboardLayout> resetStale = store.resetToDefault(Profile::Utilisateur, 7);
        QVERIFY(!resetStale);
        QCOMPARE(resetStale.error().kind(), Core::Error::Kind::Conflict);

        Core::Result<Core::DashboardLayout> second = store.save(Profile::Utilisateur, {ReglementDashboard::kATransmettre}, 1);
        OM_VERIFY_OK(second);
        QCOMPARE(second->version, 2);
        Core::Result<Core::DashboardLayout> reset = store.resetToDefault(Profile::Utilisateur, 2);
        OM_VERIFY_OK(reset);
        QVERIFY(reset->isDefault());
        QCOMPARE(reglementOnly(store.layout(Profile::Utilisateur)->widgetIds), reglementIds());
    }

    void onlyTheAdministratorChoosesLayouts()
    {
        REGLEMENT_FIXTURE(f);
        Test::signInAs(f.services, Profile::SuperUtilisateur);
        Core::DashboardLayoutStore &store = f.services.dashboardLayouts();
        Core::Result<Core::DashboardLayout> saved = store.save(Profile::SuperUtilisateur, {}, 0);
        QVERIFY(!saved);
        QCOMPARE(saved.error().kind(), Core::Error::Kind::PermissionDenied);
        QVERIFY(!store.layout(Profile::Administrateur));
        OM_VERIFY_OK(store.layout(Profile::SuperUtilisateur));
    }

    void theChoicesOfARemovedModuleAreKept()
    {
        REGLEMENT_FIXTURE(f);
        Test::declareEssaiRights(f.services);
        Core::DashboardRegistry &registry = f.services.dashboardWidgets();
        OM_VERIFY_OK(registry.declare(Test::countWidget(QStringLiteral("a"), QStringLiteral("essai.objet.consulter"), 1)));
        Core::DashboardLayoutStore &store = f.services.dashboardLayouts();
        OM_VERIFY_OK(store.save(Profile::Utilisateur, {QStringLiteral("essai.a"), ReglementDashboard::kArretesAnnee}, 0));

        registry.removeModule(QStringLiteral("essai"));
        QCOMPARE(store.layout(Profile::Utilisateur)->widgetIds, QStringList{ReglementDashboard::kArretesAnnee});
        OM_VERIFY_OK(store.save(Profile::Utilisateur, {ReglementDashboard::kATransmettre}, 1));

        // The module comes back: its widget is still chosen, after those saved meanwhile.
        OM_VERIFY_OK(registry.declare(Test::countWidget(QStringLiteral("a"), QStringLiteral("essai.objet.consulter"), 1)));
        QCOMPARE(store.layout(Profile::Utilisateur)->widgetIds,
                 QStringList({ReglementDashboard::kATransmettre, QStringLiteral("essai.a")}));
    }

    void theLoaderRunsOnAWorkerWithItsOwnConnection()
    {
        REGLEMENT_FIXTURE(f);
        Core::DashboardLoader loader(f.services.database(), f.services.session());
        loader.setClock([] { return QDate(2024, 6, 15); });
        std::atomic<bool> onWorker{false};
        qint64 seenCommune = 0;
        QDate seenDay;
        DashboardWidgetDefinition d = Test::countWidget(QStringLiteral("t"), QStringLiteral("x.y.z"), 0);
        d.load = [&](const Core::DashboardDataRequest &request) -> Core::Result<Core::DashboardValue> {
            onWorker = QThread::currentThread() != qApp->thread();
            seenCommune = request.communeId;
            seenDay = request.today;
            Core::Result<QVariant> n = Core::Sql::scalar(request.db, QStringLiteral("SELECT count(*) FROM collectivite"));
            if (!n)
                return n.error();
            Core::DashboardValue v;
            v.count = n.value().toInt();
            return v;
        };
        QObject receiver;
        std::optional<Core::Result<Core::DashboardValue>> answer;
        loader.load(d, &receiver, [&](const Core::Result<Core::DashboardValue> &v) { answer = v; });
        QTRY_VERIFY(answer.has_value());
        OM_VERIFY_OK(answer.value());
        QCOMPARE(answer->value().count, 1);
        QVERIFY(onWorker.load());
        QCOMPARE(seenCommune, f.services.session().commune().id);
        QCOMPARE(seenDay, QDate(2024, 6, 15));
    }

    void aFailingWidgetSaysWhichOne()
    {
        REGLEMENT_FIXTURE(f);
        Core::DashboardLoader loader(f.services.database(), f.services.session());
        DashboardWidgetDefinition d = Test::countWidget(QStringLiteral("t"), QStringLiteral("x.y.z"), 0);
        d.load = [](const Core::DashboardDataRequest &request) -> Core::Result<Core::DashboardValue> {
            Core::Result<QVariant> n = Core::Sql::scalar(request.db, QStringLiteral("SELECT count(*) FROM table_absente"));
            if (!n)
                return n.error();
            return Core::DashboardValue();
        };
        QObject receiver;
        std::optional<Core::Result<Core::DashboardValue>> answer;
        loader.load(d, &receiver, [&](const Core::Result<Core::DashboardValue> &v) { answer = v; });
        QTRY_VERIFY(answer.has_value());
        QVERIFY(!answer->ok());
        QVERIFY2(answer->error().message().startsWith(QStringLiteral("« Compteur t » n'a pas pu être calculé")),
                 qPrintable(answer->error().message()));
    }

    void theReglementFiguresCountTheRegister()
    {
        REGLEMENT_FIXTURE(f);
        auto draft = [](const QDate &d, const QString &objet, bool transmitted) {
            Reglement::ArreteDraft a = ReglementFixture::draft(d, objet);
            a.transmissionRequise = true;
            a.datePublication = d;
            if (transmitted)
                a.dateTransmission = d.addDays(1);
            return a;
        };
        OM_VERIFY_OK(f.service->create(draft(QDate(2023, 11, 2), QStringLiteral("Marché de Noël"), false)));
        OM_VERIFY_OK(f.service->create(draft(QDate(2024, 1, 10), QStringLiteral("Stationnement rue Gambetta"), true)));
        OM_VERIFY_OK(f.service->create(draft(QDate(2024, 3, 4), QStringLiteral("Fête de la musique"), false)));
        Core::Result<Reglement::Arrete> last =
            f.service->create(draft(QDate(2024, 5, 20), QStringLiteral("Autorisation accordée à M. LEFÈBVRE"), false));
        OM_VERIFY_OK(last);

        Core::DashboardDataRequest request;
        request.db = f.connection();
        request.dialect = f.services.database().dialect();
        request.communeId = f.services.session().commune().id;
        request.today = ReglementFixture::fixedToday();

        Core::Result<Core::DashboardValue> year = ReglementDashboard::arretesOfYear(request);
        OM_VERIFY_OK(year);
        QCOMPARE(year->count, 3);
        QCOMPARE(year->text, QStringLiteral("arrêtés enregistrés en 2024"));

        Core::Result<Core::DashboardValue> pending = ReglementDashboard::awaitingTransmission(request);
        OM_VERIFY_OK(pending);
        QCOMPARE(pending->count, 3); // 2023's too: it is still not executory

        Core::Result<Core::DashboardValue> latest = ReglementDashboard::latest(request);
        OM_VERIFY_OK(latest);
        QCOMPARE(latest->items.size(), 4);
        QCOMPARE(latest->items.first().title, QStringLiteral("2024-0003"));
        QCOMPARE(latest->items.first().link,
                 (Core::RecordLink{QStringLiteral("reglement.arretes"), QStringLiteral("arrete:%1").arg(last->id)}));
        QVERIFY(latest->items.first().subtitle.contains(QStringLiteral("signé le 20/05/2024")));

        // Another commune's register is not counted.
        request.communeId += 1000;
        QCOMPARE(ReglementDashboard::arretesOfYear(request)->count, 0);
    }
};

QTEST_GUILESS_MAIN(TestDashboardCore)
#include "tst_dashboardcore.moc"
