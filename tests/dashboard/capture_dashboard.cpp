// Not a test: makes the two screenshots of the user manual (docs/images/tableau-de-bord.png and
// recherche-globale.png) offscreen, on a SQLite demo base filled by the reglement module's demo data.
// Usage: capture_dashboard <output folder>
#include "DashboardView.h"
#include "GlobalSearch.h"
#include "IModule.h"
#include "MainWindow.h"
#include "ModuleContext.h"
#include "ShellSettings.h"
#include "TestDatabase.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPainter>
#include <QTest>

using namespace OpenMairie;

int main(int argc, char **argv)
{
    qputenv("OPENMAIRIE_TEST_BACKEND", "sqlite");
    QApplication app(argc, argv);
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::currentPath();
    Test::TestDatabase db;
    Core::CoreServices services;
    services.startModules();
    if (Core::Status s = db.initialize(services); !s) {
        qCritical("%s", qUtf8Printable(s.error().fullText()));
        return 1;
    }
    Core::ModuleContext context(services, *services.modules().spec(QStringLiteral("reglement")));
    if (Core::Status s = services.modules().module(QStringLiteral("reglement"))->populateDemoData(context); !s) {
        qCritical("%s", qUtf8Printable(s.error().fullText()));
        return 1;
    }
    Gui::ShellSettings settings(db.tempPath(QStringLiteral("capture.ini")));
    Gui::MainWindow window(services, settings);
    window.resize(1366, 768);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    QTest::qWait(1500); // the cards compute on their workers
    window.grab().save(out + QStringLiteral("/tableau-de-bord.png"));

    QLineEdit *box = window.searchField();
    box->setFocus();
    QTest::keyClicks(box, QStringLiteral("stationnement"));
    QTest::qWait(1500);
    QPixmap shot = window.grab();
    if (CoreUi::SearchResultsPopup *popup = window.globalSearch()->popup(); popup && popup->isVisible()) {
        // The list is a window of its own: painted where it stands over the main window.
        QPainter painter(&shot);
        painter.drawPixmap(popup->pos() - window.pos() - (window.geometry().topLeft() - window.pos()), popup->grab());
    }
    shot.save(out + QStringLiteral("/recherche-globale.png"));
    return 0;
}
