// The plan without a database: colours by status and by duration and their legend, hit-testing of
// the scene, what a rendered frame shows (colour at a plot's centre, family names only when zoomed
// in), drag in edit mode, the GeoJSON and PDF exports.
#include "PlanExport.h"
#include "PlanPalette.h"
#include "PlanScene.h"
#include "PlanView.h"
#include "PlotItem.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace OpenMairie::Cimetiere;

namespace {
Plot plot(qint64 id, double x, double y, PlotStatus status, const QString &duree = {}, const QString &famille = {})
{
    Plot p;
    p.id = id;
    p.version = 1;
    p.zone = QStringLiteral("Carré A");
    p.allee = QStringLiteral("Rang 1");
    p.numero = int(id);
    p.x = x;
    p.y = y;
    p.largeur = 1;
    p.hauteur = 2;
    p.statut = status;
    p.dureeConcession = duree;
    p.famille = famille;
    p.places = 2;
    return p;
}

// Three plots side by side, 0.5 m apart: free, conceded for 30 years, perpetual.
QList<Plot> row()
{
    return {plot(1, 0, 0, PlotStatus::Libre), plot(2, 1.5, 0, PlotStatus::Occupe, QStringLiteral("trentenaire"),
                                                    QStringLiteral("MARTIN")),
            plot(3, 3, 0, PlotStatus::Reserve, QStringLiteral("perpetuelle"), QStringLiteral("DURAND"))};
}

QImage renderScene(PlanScene &scene, const QRectF &source, const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), source, Qt::IgnoreAspectRatio);
    return image;
}
} // namespace

class TstCimetierePlan : public QObject
{
    Q_OBJECT

private slots:
    void colours_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("duree");
        QTest::addColumn<QString>("byStatus");
        QTest::addColumn<QString>("byDuration");
        QTest::newRow("libre") << int(PlotStatus::Libre) << "" << "#66bb6a" << "#66bb6a";
        QTest::newRow("réservé temporaire") << int(PlotStatus::Reserve) << "temporaire" << "#42a5f5" << "#fdd835";
        QTest::newRow("occupé trentenaire") << int(PlotStatus::Occupe) << "trentenaire" << "#a1887f" << "#ffa726";
        QTest::newRow("occupé cinquantenaire") << int(PlotStatus::Occupe) << "cinquantenaire" << "#a1887f" << "#ab47bc";
        QTest::newRow("occupé centenaire") << int(PlotStatus::Occupe) << "centenaire" << "#a1887f" << "#3949ab";
        QTest::newRow("occupé perpétuelle") << int(PlotStatus::Occupe) << "perpetuelle" << "#a1887f" << "#d32f2f";
        QTest::newRow("terrain commun occupé") << int(PlotStatus::Occupe) << "" << "#a1887f" << "#bdbdbd";
        QTest::newRow("bloqué") << int(PlotStatus::Bloque) << "" << "#e53935" << "#bdbdbd";
        QTest::newRow("en procédure") << int(PlotStatus::EnProcedure) << "trentenaire" << "#fb8c00" << "#ffa726";
    }

    void colours()
    {
        QFETCH(int, status);
        QFETCH(QString, duree);
        QFETCH(QString, byStatus);
        QFETCH(QString, byDuration);
        const Plot p = plot(1, 0, 0, PlotStatus(status), duree);
        QCOMPARE(PlanPalette::colour(p, PlanColouring::ByStatus).name(), byStatus);
        QCOMPARE(PlanPalette::colour(p, PlanColouring::ByDuration).name(), byDuration);
    }

    void legendCoversEveryColour()
    {
        const QList<LegendEntry> status = PlanPalette::legend(PlanColouring::ByStatus);
        QCOMPARE(status.size(), 5);
        QCOMPARE(status.at(0).label, QStringLiteral("Libre"));
        QCOMPARE(status.at(4).label, QStringLiteral("En procédure"));
        const QList<LegendEntry> duration = PlanPalette::legend(PlanColouring::ByDuration);
        QCOMPARE(duration.size(), 7);
        QCOMPARE(duration.at(5).label, QStringLiteral("Perpétuelle"));
        QCOMPARE(duration.at(5).colour.name(), QStringLiteral("#d32f2f"));
    }

    void hitTesting()
    {
        PlanScene scene;
        scene.setPlots(row());
        const double s = PlanScene::kScale;
        QCOMPARE(scene.plotAt(QPointF(0.5 * s, 1 * s)), 1);
        QCOMPARE(scene.plotAt(QPointF(2.0 * s, 0.1 * s)), 2);
        QCOMPARE(scene.plotAt(QPointF(3.99 * s, 1.99 * s)), 3);
        // Between two plots, and beyond the row: nothing.
        QCOMPARE(scene.plotAt(QPointF(1.25 * s, 1 * s)), 0);
        QCOMPARE(scene.plotAt(QPointF(2 * s, 2.5 * s)), 0);
        QVERIFY(scene.plot(2));
        QCOMPARE(scene.plot(2)->famille, QStringLiteral("MARTIN"));
    }

    void renderedColoursFollowTheChoice()
    {
        PlanScene scene;
        scene.setPlots(row());
        // 1 px = 5 cm: each plot is 20 × 40 px.
        const QRectF source(0, 0, 4 * PlanScene::kScale, 2 * PlanScene::kScale);
        const QImage byStatus = renderScene(scene, source, QSize(80, 40));
        QCOMPARE(byStatus.pixelColor(3, 35).name(), QStringLiteral("#66bb6a"));
        QCOMPARE(byStatus.pixelColor(40, 5).name(), QStringLiteral("#a1887f"));
        scene.setColouring(PlanColouring::ByDuration);
        const QImage byDuration = renderScene(scene, source, QSize(80, 40));
        QCOMPARE(byDuration.pixelColor(40, 5).name(), QStringLiteral("#ffa726"));
        QCOMPARE(byDuration.pixelColor(70, 5).name(), QStringLiteral("#d32f2f"));
    }

    void familyNamesOnlyWhenZoomedIn()
    {
        PlanScene scene;
        scene.setPlots(row());
        const QRectF second(1.5 * PlanScene::kScale, 0, PlanScene::kScale, 2 * PlanScene::kScale);
        auto darkPixels = [](const QImage &image) {
            int n = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    n += qGray(image.pixel(x, y)) < 60 ? 1 : 0;
            return n;
        };
        // Far: 0.3 px per scene unit, colour only.
        QCOMPARE(darkPixels(renderScene(scene, second, QSize(6, 12))), 0);
        // Near: 3 px per scene unit, number and family name drawn in black.
        QVERIFY(darkPixels(renderScene(scene, second, QSize(60, 120))) > 20);
    }

    void searchCentresAndHighlights()
    {
        PlanScene scene;
        scene.setPlots(row());
        PlanView view(&scene);
        view.resize(400, 300);
        view.fitAll();
        QVERIFY(view.centreOnPlot(3));
        QVERIFY(view.transform().m11() >= PlotItem::kFamilyLod);
        const QPointF centre = view.mapToScene(view.viewport()->rect().center());
        QCOMPARE(scene.plotAt(centre), 3);
        QVERIFY(!view.centreOnPlot(99));
    }

    void dragInEditModeReportsMetres()
    {
        PlanScene scene;
        scene.setPlots(row());
        PlanView view(&scene);
        view.resize(400, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.fitAll();
        view.setEditable(true);
        QSignalSpy moved(&scene, &PlanScene::plotMoved);
        const QPoint from = view.mapFromScene(QPointF(0.5 * PlanScene::kScale, 1 * PlanScene::kScale));
        const QPoint to = from + QPoint(0, 40);
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, from);
        QMouseEvent move(QEvent::MouseMove, to, view.viewport()->mapToGlobal(to), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QCoreApplication::sendEvent(view.viewport(), &move);
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, to);
        QCOMPARE(moved.size(), 1);
        QCOMPARE(moved.at(0).at(0).toLongLong(), 1);
        QCOMPARE(moved.at(0).at(1).toInt(), 1);
        QCOMPARE(moved.at(0).at(2).toDouble(), 0.0);
        QVERIFY(moved.at(0).at(3).toDouble() > 0.5);
        // Outside edit mode the plan pans; nothing moves.
        view.setEditable(false);
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, from);
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, to);
        QCOMPARE(moved.size(), 1);
    }

    void geoJson()
    {
        const QJsonObject doc = QJsonDocument::fromJson(PlanExport::toGeoJson(row(), QStringLiteral("Nord"))).object();
        QCOMPARE(doc.value(QStringLiteral("type")).toString(), QStringLiteral("FeatureCollection"));
        const QJsonArray features = doc.value(QStringLiteral("features")).toArray();
        QCOMPARE(features.size(), 3);
        const QJsonObject second = features.at(1).toObject();
        const QJsonArray ring = second.value(QStringLiteral("geometry")).toObject().value(QStringLiteral("coordinates"))
                                    .toArray().at(0).toArray();
        QCOMPARE(ring.size(), 5);
        QCOMPARE(ring.at(0).toArray().at(0).toDouble(), 1.5);
        QCOMPARE(ring.at(2).toArray().at(1).toDouble(), -2.0); // y points north in a GIS
        const QJsonObject props = second.value(QStringLiteral("properties")).toObject();
        QCOMPARE(props.value(QStringLiteral("famille")).toString(), QStringLiteral("MARTIN"));
        QCOMPARE(props.value(QStringLiteral("duree")).toString(), QStringLiteral("trentenaire"));
        QCOMPARE(props.value(QStringLiteral("statut")).toString(), QStringLiteral("occupe"));
    }

    void pdf()
    {
        QTemporaryDir dir;
        PlanScene scene;
        scene.setPlots(row());
        const QString path = dir.filePath(QStringLiteral("plan.pdf"));
        QVERIFY(PlanExport::toPdf(scene, path, QStringLiteral("Plan du cimetière du Nord")).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QVERIFY(file.size() > 1000);
        QVERIFY(!PlanExport::toPdf(scene, dir.filePath(QStringLiteral("absent/plan.pdf")), QStringLiteral("x")).ok());
    }
};

QTEST_MAIN(TstCimetierePlan)
#include "tst_cimetiereplan.moc"
