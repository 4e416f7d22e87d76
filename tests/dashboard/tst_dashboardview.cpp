// The dashboard widgets offscreen on a real database: a slow widget never blocks the window, refresh,
// rights, the administrator's layout dialog, links. Runs on SQLite and on PostgreSQL.
#include "DashboardTestSupport.h"

#include "DashboardCard.h"
#include "DashboardLayoutDialog.h"
#include "DashboardLayoutStore.h"
#include "DashboardLoader.h"
#include "DashboardView.h"
#include "ReglementDashboard.h"

#include <QApplication>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTimer>
#include <QToolButton>

using namespace OpenMairie;
using Core::Profile;
using Reglement::ReglementDashboard;
using Test::ReglementFixture;

class TestDashboardView : public QObject
{
    Q_OBJECT

private:
    struct View
    {
        explicit View(ReglementFixture &f)
            : loader(f.services.database(), f.services.session())
            , view(f.services.dashboardLayouts(), loader, f.services.permissions())
        {
            loader.setClock([] { return ReglementFixture::fixedToday(); });
        }
        Core::DashboardLoader loader;
        CoreUi::DashboardView view;
    };

    static QStringList cardIds(const CoreUi::DashboardView &view)
    {
        QStringList ids;
        for (CoreUi::DashboardCard *c : view.cards())
            ids.append(c->widgetId());
        return ids;
    }

private slots:
    void aSlowWidgetNeverBlocksTheWindow()
    {
        REGLEMENT_FIXTURE(f);
        Test::declareEssaiRights(f.services);
        QSemaphore started;
        QSemaphore release;
        Core::DashboardWidgetDefinition slow = Test::countWidget(QStringLiteral("lent"), QStringLiteral("essai.objet.consulter"), 7);
        slow.load = [&](const Core::DashboardDataRequest &) -> Core::Result<Core::DashboardValue> {
            started.release();
            release.acquire(); // a query that takes as long as the test wants
            Core::DashboardValue v;
            v.count = 7;
            v.text = QStringLiteral("éléments");
            return v;
        };
        OM_VERIFY_OK(f.services.dashboardWidgets().declare(slow));
        View v(f);
        // Declared after the view, so destroyed before it: whatever fails below, the worker is let go
        // before the loader waits for it.
        auto letGo = qScopeGuard([&release] { release.release(); });
        v.view.reload();
        CoreUi::DashboardCard *card = v.view.card(QStringLiteral("essai.lent"));
        QVERIFY(card);
        QVERIFY(started.tryAcquire(1, 10000));
        QVERIFY(card->isLoading());
        // The event loop keeps running while the worker is held: timers fire, the other cards fill.
        int ticks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, [&ticks] { ++ticks; });
        timer.start(5);
        QTRY_VERIFY(ticks >= 3);
        QTRY_VERIFY(!v.view.card(ReglementDashboard::kArretesAnnee)->isLoading());
        QVERIFY(card->isLoading());
        release.release();
        QTRY_VERIFY(!card->isLoading());
        QCOMPARE(card->shownText(), QStringLiteral("7 — éléments"));
    }

    void theRefreshButtonComputesAgain()
    {
        REGLEMENT_FIXTURE(f);
        Test::declareEssaiRights(f.services);
        auto value = std::make_shared<std::atomic<int>>(1);
        Core::DashboardWidgetDefinition d = Test::countWidget(QStringLiteral("n"), QStringLiteral("essai.objet.consulter"), 0);
        d.load = [value](const Core::DashboardDataRequest &) -> Core::Result<Core::DashboardValue> {
            Core::DashboardValue v;
            v.count = value->load();
            return v;
        };
        OM_VERIFY_OK(f.services.dashboardWidgets().declare(d));
        View v(f);
        v.view.reload();
        CoreUi::DashboardCard *card = v.view.card(QStringLiteral("essai.n"));
        QTRY_COMPARE(card->shownText(), QStringLiteral("1"));
        value->store(42);
        auto *refresh = card->findChild<QToolButton *>(QStringLiteral("dashboardRefresh"));
        QVERIFY(refresh);
        refresh->click();
        QTRY_COMPARE(card->shownText(), QStringLiteral("42"));
    }

    void widgetsFollowTheAgentsRights()
    {
        REGLEMENT_FIXTURE(f);
        View v(f);
        v.view.reload();
        QVERIFY(cardIds(v.view).contains(ReglementDashboard::kNouvelArrete));
        QVERIFY(!v.view.findChild<QPushButton *>(QStringLiteral("dashboardCustomize"))->isHidden());

        Test::signInAs(f.services, Profile::Consultation);
        v.view.reload();
        // Only reglement's cards: other business modules built beside the suite add theirs.
        QStringList reglementCards = cardIds(v.view);
        reglementCards.removeIf([](const QString &id) { return !id.startsWith(QLatin1String("reglement.")); });
        QCOMPARE(reglementCards, QStringList({ReglementDashboard::kArretesAnnee, ReglementDashboard::kATransmettre,
                                                ReglementDashboard::kDerniersArretes}));
        QVERIFY(v.view.findChild<QPushButton *>(QStringLiteral("dashboardCustomize"))->isHidden());
    }

    void theAdministratorChoosesTheLayout()
    {
        REGLEMENT_FIXTURE(f);
        View v(f);
        v.view.reload();
        auto *dialog = qobject_cast<CoreUi::DashboardLayoutDialog *>(v.view.customize());
        QVERIFY(dialog);
        dialog->selectProfile(Profile::Administrateur);
        // The administrator keeps reglement's cards only: other business modules built beside the
        // suite offer theirs too.
        int reglementOffered = 0;
        for (const QString &id : dialog->offeredIds()) {
            if (id.startsWith(QLatin1String("reglement.")))
                ++reglementOffered;
            else
                dialog->setChecked(id, false);
        }
        QCOMPARE(reglementOffered, 4);
        dialog->setChecked(ReglementDashboard::kATransmettre, false);
        dialog->moveUp(ReglementDashboard::kDerniersArretes);
        dialog->moveUp(ReglementDashboard::kDerniersArretes);
        QCOMPARE(dialog->checkedIds(), QStringList({ReglementDashboard::kDerniersArretes, ReglementDashboard::kArretesAnnee,
                                                    ReglementDashboard::kNouvelArrete}));
        QVERIFY2(dialog->save(), qPrintable(dialog->errorText()));
        QVERIFY(dialog->statusText().contains(QStringLiteral("3 éléments affichés")));
        // The home page follows at once.
        QCOMPARE(cardIds(v.view), dialog->checkedIds());

        // Someone else saves meanwhile: the dialog refuses to overwrite and says what to do.
        OM_VERIFY_OK(f.services.dashboardLayouts().save(Profile::Administrateur, {ReglementDashboard::kArretesAnnee}, 1));
        dialog->setChecked(ReglementDashboard::kATransmettre, true);
        QVERIFY(!dialog->save());
        QVERIFY2(dialog->errorText().contains(QStringLiteral("Fermez la fenêtre et rouvrez-la")), qPrintable(dialog->errorText()));
        dialog->close();
    }

    void aShortListLeadsToTheRecord()
    {
        REGLEMENT_FIXTURE(f);
        Core::Result<Reglement::Arrete> a =
            f.service->create(ReglementFixture::draft(QDate(2024, 5, 2), QStringLiteral("Fête de la musique")));
        OM_VERIFY_OK(a);
        View v(f);
        QSignalSpy links(&v.view, &CoreUi::DashboardView::linkActivated);
        v.view.reload();
        CoreUi::DashboardCard *card = v.view.card(ReglementDashboard::kDerniersArretes);
        QTRY_VERIFY(!card->isLoading());
        QVERIFY2(card->shownText().startsWith(QStringLiteral("2024-0001 — Fête de la musique — signé le 02/05/2024")),
                 qPrintable(card->shownText()));
        auto *line = card->findChild<QPushButton *>(QStringLiteral("dashboardLink"));
        QVERIFY(line);
        line->click();
        QCOMPARE(links.size(), 1);
        QCOMPARE(links.first().first().value<Core::RecordLink>(),
                 (Core::RecordLink{QStringLiteral("reglement.arretes"), QStringLiteral("arrete:%1").arg(a->id)}));
    }
};

QTEST_MAIN(TestDashboardView)
#include "tst_dashboardview.moc"
