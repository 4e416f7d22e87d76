// The main window offscreen with the real reglement module: type in the global search box, see the
// hits grouped by module, press Enter, the arrêté opens; Escape closes the list; the dashboard's
// shortcut opens a new arrêté. Runs on SQLite and on PostgreSQL.
#include "DashboardTestSupport.h"

#include "DashboardCard.h"
#include "DashboardView.h"
#include "GlobalSearch.h"
#include "MainWindow.h"
#include "ReglementDashboard.h"
#include "ShellSettings.h"

#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>

using namespace OpenMairie;
using Test::ReglementFixture;

class TestGlobalSearchGui : public QObject
{
    Q_OBJECT

private:
    // The main window as the agent sees it after signing in.
    struct Shell
    {
        explicit Shell(ReglementFixture &f)
            : settings(f.db.tempPath(QStringLiteral("openmairie-test.ini"))), window(f.services, settings)
        {
            window.show();
        }
        Gui::ShellSettings settings;
        Gui::MainWindow window;
    };

    static QDialog *visibleDialog(const QString &title)
    {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *d = qobject_cast<QDialog *>(w); d && d->isVisible() && d->windowTitle() == title)
                return d;
        return nullptr;
    }

    static void fillRegister(ReglementFixture &f)
    {
        QVERIFY(f.service->create(ReglementFixture::draft(QDate(2024, 2, 1), QStringLiteral("Autorisation accordée à M. LEFÈBVRE"))).ok());
        QVERIFY(f.service->create(ReglementFixture::draft(QDate(2024, 3, 1), QStringLiteral("Fête de la musique"))).ok());
        QVERIFY(f.service->create(ReglementFixture::draft(QDate(2024, 4, 1), QStringLiteral("Stationnement rue Lefebvre"))).ok());
    }

private slots:
    void typingFindsAndEnterOpensTheRecord()
    {
        REGLEMENT_FIXTURE(f);
        fillRegister(f);
        Shell shell(f);
        Gui::MainWindow &window = shell.window;
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QLineEdit *box = window.searchField();
        QVERIFY(box->isEnabled());
        box->setFocus();
        QTest::keyClicks(box, QStringLiteral("lefebvre"));
        CoreUi::GlobalSearch *search = window.globalSearch();
        QTRY_VERIFY(search->isPopupVisible() && search->popup()->hasHits());
        QCOMPARE(search->popup()->lines(),
                 QStringList({QStringLiteral("# Arrêtés municipaux"),
                              QStringLiteral("Arrêté n° 2024-0003 | Stationnement rue Lefebvre — signé le 01/04/2024"),
                              QStringLiteral("Arrêté n° 2024-0001 | Autorisation accordée à M. LEFÈBVRE — signé le 01/02/2024")}));
        QTest::keyClick(box, Qt::Key_Down); // the second hit
        QTest::keyClick(box, Qt::Key_Return);
        QVERIFY(!search->isPopupVisible());
        QCOMPARE(window.tabs()->tabText(window.tabs()->currentIndex()), QStringLiteral("Arrêtés municipaux"));
        QTRY_VERIFY(visibleDialog(QStringLiteral("Arrêté n° 2024-0001")));
        visibleDialog(QStringLiteral("Arrêté n° 2024-0001"))->close();
    }

    void escapeClosesTheList()
    {
        REGLEMENT_FIXTURE(f);
        fillRegister(f);
        Shell shell(f);
        Gui::MainWindow &window = shell.window;
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QLineEdit *box = window.searchField();
        box->setFocus();
        QTest::keyClicks(box, QStringLiteral("FETE"));
        CoreUi::GlobalSearch *search = window.globalSearch();
        QTRY_VERIFY2(search->isPopupVisible() && search->popup()->hasHits(),
                     qPrintable(search->popup()->lines().join(u'\n') + QStringLiteral(" / ") + box->text()));
        QTest::keyClick(box, Qt::Key_Escape);
        QVERIFY(!search->isPopupVisible());
        QCOMPARE(window.tabs()->count(), 1); // nothing opened

        // A search that finds nothing says so.
        box->clear();
        QTest::keyClicks(box, QStringLiteral("cimetiere")); // QTest types ASCII only
        QTRY_COMPARE(search->popup()->statusText(),
                     QStringLiteral("Aucun résultat pour « cimetiere ». Vérifiez l'orthographe ou tapez moins de lettres."));
        QVERIFY(search->isPopupVisible());
        QVERIFY(!search->popup()->hasHits());
    }

    void theDashboardShortcutOpensANewArrete()
    {
        REGLEMENT_FIXTURE(f);
        Shell shell(f);
        Gui::MainWindow &window = shell.window;
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        CoreUi::DashboardCard *card = window.dashboard()->card(Reglement::ReglementDashboard::kNouvelArrete);
        QVERIFY(card);
        auto *button = card->findChild<QPushButton *>(QStringLiteral("dashboardShortcut"));
        QVERIFY(button);
        button->click();
        QCOMPARE(window.tabs()->tabText(window.tabs()->currentIndex()), QStringLiteral("Arrêtés municipaux"));
        QTRY_VERIFY(visibleDialog(QStringLiteral("Nouvel arrêté")));
        visibleDialog(QStringLiteral("Nouvel arrêté"))->close();
    }
};

QTEST_MAIN(TestGlobalSearchGui)
#include "tst_globalsearchgui.moc"
