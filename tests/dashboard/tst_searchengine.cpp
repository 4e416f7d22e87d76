// The global search without widgets: the provider contract, rights, cancellation of the running
// query by the next one, stale answers never delivered, accents and case ignored on the real
// register of the reglement module. Runs on SQLite and on PostgreSQL.
#include "DashboardTestSupport.h"

#include "SearchEngine.h"

#include <QSignalSpy>

using namespace OpenMairie;
using Core::Profile;
using Core::SearchResults;
using Test::HeldSearchProvider;
using Test::ReglementFixture;

class TestSearchEngine : public QObject
{
    Q_OBJECT

private:
    struct Engine
    {
        explicit Engine(ReglementFixture &f)
            : engine(f.services.database(), f.services.session(), f.services.permissions(), f.services.searchProviders())
            , spy(&engine, &Core::SearchEngine::resultsReady)
        {
        }
        SearchResults last() const { return spy.last().first().value<SearchResults>(); }

        Core::SearchEngine engine;
        QSignalSpy spy;
    };

    static QStringList titles(const SearchResults &r)
    {
        QStringList out;
        for (const Core::SearchGroup &g : r.groups)
            for (const Core::SearchHit &h : g.hits)
                out.append(h.title);
        return out;
    }

    // A held provider, declared like a module's, for the tests of a query still running.
    static std::shared_ptr<HeldSearchProvider> addHeld(ReglementFixture &f, const QString &id, bool honoursCancel = true)
    {
        Test::declareEssaiRights(f.services);
        auto held = std::make_shared<HeldSearchProvider>(id, QStringLiteral("essai.objet.consulter"), honoursCancel);
        if (!f.services.searchProviders().add(held))
            return {};
        held->holdNext = true;
        return held;
    }

    static void createRegister(ReglementFixture &f)
    {
        for (const auto &[date, objet] : {std::pair{QDate(2024, 2, 1), QStringLiteral("Autorisation accordée à M. LEFÈBVRE")},
                                          std::pair{QDate(2024, 3, 1), QStringLiteral("Fête de la musique, place du Forum")},
                                          std::pair{QDate(2024, 4, 1), QStringLiteral("Stationnement rue Lefebvre-Dupont")}})
            QVERIFY(f.service->create(ReglementFixture::draft(date, objet)).ok());
    }

private slots:
    void incorrectProvidersAreRefused()
    {
        Core::SearchRegistry registry;
        const Core::Status noRight = registry.add(std::make_shared<HeldSearchProvider>(QStringLiteral("a"), QString()));
        QVERIFY(!noRight);
        QVERIFY2(noRight.error().message().contains(QStringLiteral("droit requis")), qPrintable(noRight.error().message()));
        QVERIFY(!registry.add(nullptr));
        OM_VERIFY_OK(registry.add(std::make_shared<HeldSearchProvider>(QStringLiteral("a"), QStringLiteral("x.y.z"))));
        const Core::Status twice = registry.add(std::make_shared<HeldSearchProvider>(QStringLiteral("a"), QStringLiteral("x.y.z")));
        QVERIFY(!twice);
        QCOMPARE(twice.error().kind(), Core::Error::Kind::Conflict);
        QCOMPARE(registry.providers().size(), 1);
        registry.removeModule(QStringLiteral("essai"));
        QVERIFY(registry.providers().isEmpty());
    }

    void accentsAndCaseAreIgnored_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("minuscules") << "lefebvre" << QStringList{QStringLiteral("Arrêté n° 2024-0003"), QStringLiteral("Arrêté n° 2024-0001")};
        QTest::newRow("accent") << "Lefèbvre" << QStringList{QStringLiteral("Arrêté n° 2024-0003"), QStringLiteral("Arrêté n° 2024-0001")};
        QTest::newRow("majuscules") << "LEFEBVRE" << QStringList{QStringLiteral("Arrêté n° 2024-0003"), QStringLiteral("Arrêté n° 2024-0001")};
        QTest::newRow("mots") << "fete MUSIQUE" << QStringList{QStringLiteral("Arrêté n° 2024-0002")};
        QTest::newRow("numéro") << "2024-0002" << QStringList{QStringLiteral("Arrêté n° 2024-0002")};
        QTest::newRow("rien") << "cimetière" << QStringList{};
    }

    void accentsAndCaseAreIgnored()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, expected);
        REGLEMENT_FIXTURE(f);
        createRegister(f);
        Engine e(f);
        e.engine.search(typed);
        QTRY_COMPARE(e.spy.size(), 1);
        const SearchResults r = e.last();
        QCOMPARE(titles(r), expected);
        QVERIFY(r.problems.isEmpty());
        if (!expected.isEmpty()) {
            QCOMPARE(r.groups.size(), 1);
            QCOMPARE(r.groups.first().title, QStringLiteral("Arrêtés municipaux"));
            QCOMPARE(r.groups.first().hits.first().link.entryId, QStringLiteral("reglement.arretes"));
            QVERIFY(r.groups.first().hits.first().link.target.startsWith(QStringLiteral("arrete:")));
        }
    }

    void aQueryTooShortAnswersEmptyAtOnce()
    {
        REGLEMENT_FIXTURE(f);
        Engine e(f);
        e.engine.search(QStringLiteral(" é "));
        QCOMPARE(e.spy.size(), 1); // synchronously: nothing ran
        QVERIFY(e.last().groups.isEmpty());
        QVERIFY(!e.engine.isSearching());
    }

    void providersFollowTheRights()
    {
        REGLEMENT_FIXTURE(f);
        Test::declareEssaiRights(f.services);
        auto open = std::make_shared<HeldSearchProvider>(QStringLiteral("ouvert"), QStringLiteral("essai.objet.consulter"));
        auto restricted = std::make_shared<HeldSearchProvider>(QStringLiteral("reserve"), QStringLiteral("essai.objet.gerer"));
        OM_VERIFY_OK(f.services.searchProviders().add(open));
        OM_VERIFY_OK(f.services.searchProviders().add(restricted));
        Test::signInAs(f.services, Profile::Utilisateur);
        Engine e(f);
        e.engine.search(QStringLiteral("dupont"));
        QTRY_COMPARE(e.spy.size(), 1);
        QStringList groups;
        for (const Core::SearchGroup &g : e.last().groups)
            groups.append(g.providerId);
        QCOMPARE(groups, QStringList{QStringLiteral("essai.ouvert")});
        QCOMPARE(restricted->calls.load(), 0); // never asked, not only hidden

        Test::signInAs(f.services, Profile::Administrateur);
        e.engine.search(QStringLiteral("dupont"));
        QTRY_COMPARE(e.spy.size(), 2);
        QCOMPARE(e.last().groups.size(), 2);
        QCOMPARE(restricted->calls.load(), 1);
    }

    void aNewQueryCancelsTheRunningOne()
    {
        REGLEMENT_FIXTURE(f);
        auto held = addHeld(f, QStringLiteral("lent"));
        QVERIFY(held);
        Engine e(f);
        const quint64 first = e.engine.search(QStringLiteral("lef"));
        QVERIFY(held->started.tryAcquire(1, 10000)); // the first query is inside the provider
        const quint64 second = e.engine.search(QStringLiteral("lefebvre"));
        QVERIFY(second > first);
        QTRY_COMPARE(e.spy.size(), 1);
        QVERIFY(held->sawCancel.load());
        const SearchResults r = e.last();
        QCOMPARE(r.generation, second);
        QCOMPARE(r.text, QStringLiteral("lefebvre"));
        QCOMPARE(titles(r).first(), QStringLiteral("LEFEBVRE n°0"));
        // The cancelled query ends without an answer.
        e.engine.waitForWorkers();
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
        QCOMPARE(e.spy.size(), 1);
    }

    void aLateAnswerIsNeverShown()
    {
        REGLEMENT_FIXTURE(f);
        // This provider ignores the cancellation and answers anyway, after the newer query.
        auto stubborn = addHeld(f, QStringLiteral("tetu"), false);
        QVERIFY(stubborn);
        Engine e(f);
        e.engine.search(QStringLiteral("ancienne"));
        QVERIFY(stubborn->started.tryAcquire(1, 10000));
        const quint64 second = e.engine.search(QStringLiteral("nouvelle"));
        QTRY_COMPARE(e.spy.size(), 1);
        QCOMPARE(e.last().generation, second);
        stubborn->release.release(); // the old query now finishes with its hits...
        e.engine.waitForWorkers();
        // Its answer is queued once the worker is done: let it arrive, and be dropped.
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
        QCOMPARE(e.spy.size(), 1); // ...which never reach the screen
        QCOMPARE(e.last().text, QStringLiteral("nouvelle"));
    }

    void cancelDropsTheAnswer()
    {
        REGLEMENT_FIXTURE(f);
        auto held = addHeld(f, QStringLiteral("lent"));
        QVERIFY(held);
        Engine e(f);
        e.engine.search(QStringLiteral("lefebvre"));
        QVERIFY(held->started.tryAcquire(1, 10000));
        QVERIFY(e.engine.isSearching());
        e.engine.cancel();
        QVERIFY(!e.engine.isSearching());
        QTRY_VERIFY(held->sawCancel.load());
        e.engine.waitForWorkers();
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
        QCOMPARE(e.spy.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSearchEngine)
#include "tst_searchengine.moc"
