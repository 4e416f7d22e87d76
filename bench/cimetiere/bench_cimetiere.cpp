// openCimetière benchmarks (issue 8), each against a baseline measured in the same run:
//  - the plan of a 20 000-plot cemetery rendered offscreen into a QImage, full frame and zoomed
//    frame, against the same number of plain rectangles drawn with QPainter;
//  - the search of a deceased by name among 100 000 (median), against a primary-key lookup in the
//    same table.
// Prints OMBENCH lines (bench/BenchLine.h) and a readable summary.
#include "BenchLine.h"

#include "DeceasedService.h"
#include "PlanScene.h"
#include "PlanView.h"
#include "PlotItem.h"

#include "TextNormalizer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cmath>

using namespace OpenMairie;
using namespace OpenMairie::Cimetiere;

namespace {
constexpr int kColumns = 200;
constexpr int kRows = 100; // 20 000 plots
constexpr int kDeceased = 100000;
const QSize kFrame(1400, 900);

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

template <typename F>
double medianMs(int runs, F &&f)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        times.append(t.nsecsElapsed() / 1e6);
    }
    return median(times);
}

QList<Plot> grid()
{
    static const QStringList families{QStringLiteral("MARTIN"), QStringLiteral("BERNARD"), QStringLiteral("DUBOIS"),
                                      QStringLiteral("LEFÈBVRE"), QStringLiteral("GUÉRIN")};
    static const QStringList durations{QString(), QStringLiteral("temporaire"), QStringLiteral("trentenaire"),
                                       QStringLiteral("cinquantenaire"), QStringLiteral("perpetuelle")};
    QList<Plot> plots;
    plots.reserve(kColumns * kRows);
    for (int r = 0; r < kRows; ++r)
        for (int c = 0; c < kColumns; ++c) {
            Plot p;
            p.id = r * kColumns + c + 1;
            p.numero = c + 1;
            p.zone = QStringLiteral("Carré %1").arg(r / 10 + 1);
            p.allee = QStringLiteral("Rang %1").arg(r + 1);
            p.x = c * 1.5;
            p.y = r * 3.0;
            p.largeur = 1.2;
            p.hauteur = 2.4;
            p.statut = PlotStatus((r + c) % 3);
            p.dureeConcession = durations.at((r * 7 + c) % durations.size());
            p.famille = p.dureeConcession.isEmpty() ? QString() : families.at((r + c) % families.size());
            plots.append(p);
        }
    return plots;
}

// Full frame and zoomed frame, through the real view (level of detail, BSP index).
void benchPlan(QTextStream &out)
{
    PlanScene scene;
    scene.setPlots(grid());
    PlanView view(&scene);
    view.resize(kFrame);
    view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QImage image(kFrame, QImage::Format_ARGB32_Premultiplied);
    auto frame = [&] {
        QPainter painter(&image);
        view.render(&painter, QRectF(QPointF(0, 0), QSizeF(kFrame)), view.viewport()->rect());
    };
    view.fitAll();
    frame(); // warm-up: glyph caches, BSP tree
    const double full = medianMs(15, frame);
    view.centreOnPlot(kColumns * kRows / 2 + kColumns / 2); // names readable: about 40 × 12 plots in view
    frame();
    const double zoomed = medianMs(30, frame);

    // Baseline: the same number of plain filled rectangles, and for the zoomed frame the ones in view
    // with their number drawn, straight with QPainter.
    const QList<Plot> plots = grid();
    auto rects = [&](int count, bool text) {
        QPainter painter(&image);
        painter.fillRect(image.rect(), Qt::white);
        const double s = text ? 30 : double(kFrame.width()) / (kColumns * 1.5);
        for (int i = 0; i < count; ++i) {
            const Plot &p = plots.at(i);
            const QRectF r(std::fmod(p.x * s, kFrame.width()), std::fmod(p.y * s, kFrame.height()), p.largeur * s,
                           p.hauteur * s);
            painter.fillRect(r, QColor(QStringLiteral("#a1887f")));
            if (text)
                painter.drawText(r, Qt::AlignCenter, QString::number(p.numero));
        }
    };
    const double baseFull = medianMs(15, [&] { rects(int(plots.size()), false); });
    const double baseZoomed = medianMs(30, [&] { rects(40 * 12, true); });
    out << "Plan, 20 000 emplacements, image complète : " << full << " ms (référence " << baseFull
        << " ms de rectangles simples, rapport " << full / baseFull << ")\n";
    out << "Plan zoomé (noms lisibles) : " << zoomed << " ms (référence " << baseZoomed << " ms, rapport "
        << zoomed / baseZoomed << ")\n";
    out.flush();
    Bench::printBenchLine(QStringLiteral("cimetiere.plan_complet_ms"), full, QStringLiteral("ms"),
                          QStringLiteral("20 000 rectangles QPainter"), baseFull, full / std::max(baseFull, 0.001),
                          QStringLiteral("≤ 50 ms"), 8);
    Bench::printBenchLine(QStringLiteral("cimetiere.plan_zoom_ms"), zoomed, QStringLiteral("ms"),
                          QStringLiteral("480 rectangles numérotés QPainter"), baseZoomed,
                          zoomed / std::max(baseZoomed, 0.001), QStringLiteral("≤ 10 ms"), 8);
}

// The search's own tables (the columns its query reads), filled with 100 000 deceased.
bool fillSearchTables(QSqlDatabase &db)
{
    QSqlQuery q(db);
    const QStringList schema{
        QStringLiteral("CREATE TABLE cimetiere_defunt (id INTEGER PRIMARY KEY, collectivite_id INTEGER NOT NULL, "
                       "emplacement_id INTEGER, nom TEXT, nom_usage TEXT, prenoms TEXT, nom_recherche TEXT, "
                       "date_deces TEXT, etat TEXT)"),
        QStringLiteral("CREATE INDEX cimetiere_defunt_recherche ON cimetiere_defunt (collectivite_id, nom_recherche)"),
        QStringLiteral("CREATE TABLE cimetiere_concession (id INTEGER PRIMARY KEY, emplacement_id INTEGER, "
                       "numero_titre TEXT, etat TEXT)"),
        QStringLiteral("CREATE TABLE cimetiere_personne (id INTEGER PRIMARY KEY, collectivite_id INTEGER, "
                       "concession_id INTEGER, nom TEXT, nom_usage TEXT, prenoms TEXT, role TEXT, nom_recherche TEXT)"),
        QStringLiteral("CREATE INDEX cimetiere_personne_recherche ON cimetiere_personne (collectivite_id, "
                       "nom_recherche)")};
    for (const QString &sql : schema)
        if (!q.exec(sql))
            return false;
    static const QStringList noms{QStringLiteral("Martin"), QStringLiteral("Bernard"), QStringLiteral("Dubois"),
                                  QStringLiteral("Thomas"), QStringLiteral("Robert"), QStringLiteral("Richard"),
                                  QStringLiteral("Petit"), QStringLiteral("Durand"), QStringLiteral("Leroy"),
                                  QStringLiteral("Moreau")};
    db.transaction();
    q.prepare(QStringLiteral("INSERT INTO cimetiere_defunt (collectivite_id, emplacement_id, nom, prenoms, "
                             "nom_recherche, date_deces, etat) VALUES (1, ?, ?, ?, ?, '2001-01-01', 'inhume')"));
    for (int i = 0; i < kDeceased; ++i) {
        // Mostly common names with a numeric suffix, and one Lefèbvre per thousand.
        const QString nom = i % 1000 == 0 ? QStringLiteral("Lefèbvre") : noms.at(i % noms.size()) + QString::number(i % 997);
        const QString prenoms = QStringLiteral("Jean");
        q.addBindValue(i / 5 + 1);
        q.addBindValue(nom);
        q.addBindValue(prenoms);
        q.addBindValue(Core::TextNormalizer::searchKey(nom + u' ' + prenoms));
        if (!q.exec())
            return false;
    }
    return db.commit();
}

void benchSearch(QTextStream &out)
{
    QTemporaryDir dir;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench"));
        db.setDatabaseName(dir.filePath(QStringLiteral("bench.sqlite")));
        if (!db.open() || !fillSearchTables(db)) {
            out << "Recherche : base de mesure impossible à préparer : " << db.lastError().text() << '\n';
            return;
        }
        int found = 0;
        const double search = medianMs(51, [&] {
            Core::Result<QList<PersonHit>> hits = DeceasedService::searchIn(db, 1, QStringLiteral("lefebvre"), 50);
            found = hits ? int(hits.value().size()) : -1;
        });
        QSqlQuery byId(db);
        byId.prepare(QStringLiteral("SELECT nom, prenoms FROM cimetiere_defunt WHERE id = ?"));
        const double baseline = medianMs(51, [&] {
            byId.addBindValue(kDeceased / 2);
            byId.exec();
            byId.next();
        });
        out << "Recherche « lefebvre » parmi 100 000 défunts : " << search << " ms médiane, " << found
            << " résultats (référence : lecture par identifiant " << baseline << " ms)\n";
        out.flush();
        Bench::printBenchLine(QStringLiteral("cimetiere.recherche_defunt_ms"), search, QStringLiteral("ms"),
                              QStringLiteral("lecture par clé primaire"), baseline, search / std::max(baseline, 0.001),
                              QStringLiteral("≤ 20 ms"), 8);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench"));
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    benchPlan(out);
    benchSearch(out);
    return 0;
}
