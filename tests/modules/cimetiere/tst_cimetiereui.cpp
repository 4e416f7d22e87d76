// The module's view on the demonstration cemetery, offscreen, on a real database: the demo data
// (every duration, deceased, an operation in progress), the plan with its few hundred plots, the
// search that centres on a family, the échéances and free places tabs, the dashboard's figures.
// With OPENMAIRIE_CAPTURE_DIR set, the plan is saved as cimetiere-plan.png for the manual.
#include "CimetiereDashboard.h"
#include "CimetiereFixture.h"
#include "CimetiereView.h"
#include "DemoCemetery.h"
#include "PlanScene.h"
#include "PlanView.h"
#include "PlanWidget.h"
#include "PlotItem.h"

#include "dashboard/DashboardDataRequest.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace OpenMairie;
using namespace OpenMairie::Cimetiere;
using Test::CimetiereFixture;

class TstCimetiereUi : public QObject
{
    Q_OBJECT

private slots:
    void demoCemeteryOnThePlan()
    {
        CIMETIERE_FIXTURE(f);
        OM_VERIFY_OK(DemoCemetery(*f.access).populate());
        QCOMPARE(f.count(QStringLiteral("cimetiere_emplacement")), 300);
        QVERIFY(f.count(QStringLiteral("cimetiere_concession")) > 150);
        QVERIFY(f.count(QStringLiteral("cimetiere_defunt")) > 100);
        Core::Result<QSqlQuery> durations = Core::Sql::exec(
            f.connection(), QStringLiteral("SELECT DISTINCT duree_categorie FROM cimetiere_concession"));
        OM_VERIFY_OK(durations);
        QStringList seen;
        while (durations.value().next())
            seen.append(durations.value().value(0).toString());
        QCOMPARE(seen.size(), 4);
        QCOMPARE(f.operations->pending().value().size(), 1);

        CimetiereView view(*f.plots, *f.concessions, *f.deceased, *f.operations);
        view.resize(1400, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        PlanWidget *plan = view.plan();
        int plotItems = 0;
        for (QGraphicsItem *item : plan->scene()->items())
            plotItems += dynamic_cast<PlotItem *>(item) ? 1 : 0;
        QCOMPARE(plotItems, 300);
        plan->view()->fitAll();
        if (const QString dir = qEnvironmentVariable("OPENMAIRIE_CAPTURE_DIR"); !dir.isEmpty())
            QVERIFY(view.grab().save(dir + QStringLiteral("/cimetiere-plan.png")));

        // The search box centres on a family and names become readable.
        auto *search = plan->findChild<QLineEdit *>();
        QVERIFY(search);
        search->setText(QStringLiteral("lefebvre"));
        QMetaObject::invokeMethod(search, "returnPressed");
        QVERIFY(plan->view()->transform().m11() > 1.5);
        // The plot found is highlighted (drawn above the others) and in view.
        QList<PlotItem *> highlighted;
        for (QGraphicsItem *item : plan->scene()->items())
            if (auto *p = dynamic_cast<PlotItem *>(item); p && p->zValue() > 0)
                highlighted.append(p);
        QCOMPARE(highlighted.size(), 1);
        QCOMPARE(highlighted.at(0)->plot().famille, QStringLiteral("LEFÈBVRE"));
        const QRectF visible = plan->view()->mapToScene(plan->view()->viewport()->rect()).boundingRect();
        QVERIFY(visible.contains(highlighted.at(0)->sceneBoundingRect()));
        if (const QString dir = qEnvironmentVariable("OPENMAIRIE_CAPTURE_DIR"); !dir.isEmpty())
            QVERIFY(view.grab().save(dir + QStringLiteral("/cimetiere-plan-zoom.png")));

        // Échéances within 12 months and free places are listed.
        QHash<QString, QTableWidget *> tables;
        for (QTableWidget *t : view.findChildren<QTableWidget *>())
            tables.insert(t->horizontalHeaderItem(0)->text(), t);
        QCOMPARE(tables.size(), 4);
        QVERIFY(tables.value(QStringLiteral("Titre"))->rowCount() > 0);     // échéances
        QVERIFY(tables.value(QStringLiteral("Cimetière"))->rowCount() > 0); // places libres
        QCOMPARE(tables.value(QStringLiteral("Dossier"))->rowCount(), 1);   // opérations en cours

        // The dashboard's figures on the same data.
        Core::DashboardDataRequest request;
        request.db = f.connection();
        request.dialect = f.services.database().dialect();
        request.communeId = f.services.session().commune().id;
        request.today = CimetiereFixture::fixedToday();
        Core::Result<Core::DashboardValue> expiries = CimetiereDashboard::expiries(request);
        OM_VERIFY_OK(expiries);
        QVERIFY(expiries.value().count > 0);
        Core::Result<Core::DashboardValue> pending = CimetiereDashboard::pendingOperations(request);
        OM_VERIFY_OK(pending);
        QCOMPARE(pending.value().count, 1);
        Core::Result<Core::DashboardValue> occupancy = CimetiereDashboard::occupancy(request);
        OM_VERIFY_OK(occupancy);
        QCOMPARE(occupancy.value().items.size(), 1);
        QVERIFY2(occupancy.value().items.at(0).subtitle.contains(QStringLiteral("% des places occupées")),
                 qPrintable(occupancy.value().items.at(0).subtitle));
    }
};

QTEST_MAIN(TstCimetiereUi)
#include "tst_cimetiereui.moc"
