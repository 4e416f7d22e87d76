// The wizard's pages that check what the agent types, before any base is touched.
#include "CommuneSearchField.h"
#include "ErrorPanel.h"
#include "FirstRunWizard.h"
#include "GuiTestSupport.h"
#include "ShellSettings.h"
#include "WizardAdminPage.h"
#include "WizardCommunePage.h"
#include "WizardLocalPage.h"
#include "WizardModePage.h"
#include "WizardSummaryPage.h"
#include "WorkspaceAccess.h"

#include <QAbstractItemModel>
#include <QCompleter>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace OpenMairie;
using Gui::FirstRunWizard;

class TestWizardPages : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Fixture
    {
        Core::CoreServices services;
        Gui::WorkspaceAccess access{services};
        Gui::ShellSettings settings;
        FirstRunWizard wizard;
        explicit Fixture(const QString &ini) : settings(ini), wizard(access, settings) { wizard.show(); }
    };

    // Local mode, a file that does not exist yet: up to the page asked for.
    void goTo(Fixture &f, int page, const QString &commune = QStringLiteral("13004"))
    {
        f.wizard.restart();
        f.wizard.modePage()->setServerMode(false);
        f.wizard.next();
        QCOMPARE(f.wizard.currentId(), int(FirstRunWizard::LocalPage));
        f.wizard.localPage()->setFilePath(m_dir.filePath(QStringLiteral("nouvelle.sqlite")));
        if (page == FirstRunWizard::LocalPage)
            return;
        f.wizard.next();
        QCOMPARE(f.wizard.currentId(), int(FirstRunWizard::CommunePage));
        if (page == FirstRunWizard::CommunePage)
            return;
        f.wizard.communePage()->searchField()->setText(commune);
        f.wizard.next();
        QCOMPARE(f.wizard.currentId(), int(FirstRunWizard::AdminPage));
    }

private slots:
    void initTestCase()
    {
        Test::prepareGuiTest();
        QVERIFY(m_dir.isValid());
    }

    void modeChoosesTheNextPage()
    {
        Fixture f(m_dir.filePath(QStringLiteral("a.ini")));
        QCOMPARE(f.wizard.currentId(), int(FirstRunWizard::ModePage));
        QVERIFY(!f.wizard.modePage()->isServerMode()); // the single seat is the default
        f.wizard.next();
        QCOMPARE(f.wizard.currentId(), int(FirstRunWizard::LocalPage));
        f.wizard.back();
        f.wizard.modePage()->setServerMode(true);
        f.wizard.next();
        QCOMPARE(f.wizard.currentId(), int(FirstRunWizard::ServerPage));
    }

    void localPageProposesTheDefaultFile()
    {
        Fixture f(m_dir.filePath(QStringLiteral("b.ini")));
        f.wizard.next();
        QCOMPARE(f.wizard.localPage()->profile().filePath(), Core::ConnectionProfile::defaultLocalFilePath());
        QVERIFY(f.wizard.localPage()->profile().filePath().endsWith(u"/OpenMairie/openmairie.sqlite"));
    }

    void localPageRefusesAnotherProgramsFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("autre-programme.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Ceci n'est pas une base SQLite.");
        file.close();
        Fixture f(m_dir.filePath(QStringLiteral("c.ini")));
        f.wizard.next();
        f.wizard.localPage()->setFilePath(path);
        f.wizard.next();
        QCOMPARE(f.wizard.currentId(), int(FirstRunWizard::LocalPage));
        QVERIFY(f.wizard.localPage()->errorPanel()->isVisibleTo(&f.wizard));
        const QString message = f.wizard.localPage()->errorPanel()->message();
        QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
        QVERIFY2(message.startsWith(QStringLiteral("Le fichier « ")), qPrintable(message));
        // Nothing was written to it.
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("Ceci n'est pas une base SQLite."));
    }

    void communeMustBeKnown_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("message");
        QTest::newRow("vide") << QString()
                              << QStringLiteral("Indiquez la commune : tapez le début de son nom ou son code INSEE, puis "
                                                "choisissez-la dans la liste.");
        QTest::newRow("inconnue") << QStringLiteral("Xyzzyville")
                                  << QStringLiteral("Commune introuvable : « Xyzzyville ». Tapez le début de son nom ou "
                                                    "son code INSEE (5 caractères, par exemple 13004), puis "
                                                    "choisissez-la dans la liste.");
        QTest::newRow("code inexistant") << QStringLiteral("99999")
                                         << QStringLiteral("Commune introuvable : « 99999 ». Tapez le début de son nom "
                                                           "ou son code INSEE (5 caractères, par exemple 13004), puis "
                                                           "choisissez-la dans la liste.");
    }

    void communeMustBeKnown()
    {
        QFETCH(QString, typed);
        QFETCH(QString, message);
        Fixture f(m_dir.filePath(QStringLiteral("d.ini")));
        goTo(f, FirstRunWizard::CommunePage);
        f.wizard.communePage()->searchField()->setText(typed);
        f.wizard.next();
        QCOMPARE(f.wizard.currentId(), int(FirstRunWizard::CommunePage));
        QCOMPARE(f.wizard.communePage()->errorPanel()->message(), message);
        QVERIFY(f.wizard.communePage()->errorPanel()->isVisibleTo(&f.wizard));
    }

    void ambiguousNameAsksToChoose()
    {
        Fixture f(m_dir.filePath(QStringLiteral("e.ini")));
        goTo(f, FirstRunWizard::CommunePage);
        f.wizard.communePage()->searchField()->setText(QStringLiteral("sainte colombe"));
        f.wizard.next();
        QCOMPARE(f.wizard.currentId(), int(FirstRunWizard::CommunePage));
        const QString message = f.wizard.communePage()->errorPanel()->message();
        QVERIFY2(message.startsWith(QStringLiteral("Plusieurs communes s'appellent « sainte colombe » (par exemple "
                                                   "Sainte-Colombe (")),
                 qPrintable(message));
        QVERIFY(message.endsWith(QStringLiteral("choisissez la vôtre dans la liste ou tapez son code INSEE.")));
    }

    void communeFoundByNameOrCode_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("nom") << QStringLiteral("Arles");
        QTest::newRow("minuscules") << QStringLiteral("arles");
        QTest::newRow("accent en trop") << QStringLiteral("Arlès");
        QTest::newRow("code") << QStringLiteral("13004");
        QTest::newRow("libellé de la liste") << QStringLiteral("Arles (13) — 13004");
    }

    void communeFoundByNameOrCode()
    {
        QFETCH(QString, typed);
        Fixture f(m_dir.filePath(QStringLiteral("f.ini")));
        goTo(f, FirstRunWizard::CommunePage);
        f.wizard.communePage()->searchField()->setText(typed);
        f.wizard.next();
        QCOMPARE(f.wizard.currentId(), int(FirstRunWizard::AdminPage));
        QCOMPARE(f.wizard.commune().code, QStringLiteral("13004"));
        QCOMPARE(f.wizard.commune().nom, QStringLiteral("Arles"));
    }

    void completionOffersCommunes_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected");
        QTest::newRow("début du nom") << QStringLiteral("arle") << QStringLiteral("Arles (13) — 13004");
        QTest::newRow("sans accent") << QStringLiteral("orleans") << QStringLiteral("Orléans (45) — 45234");
        QTest::newRow("code INSEE") << QStringLiteral("1300") << QStringLiteral("Arles (13) — 13004");
    }

    void completionOffersCommunes()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        Gui::CommuneSearchField field;
        field.show();
        QTest::keyClicks(&field, typed);
        const QAbstractItemModel *model = field.communeCompleter()->model();
        QStringList offered;
        for (int row = 0; row < model->rowCount(); ++row)
            offered.append(model->index(row, 0).data().toString());
        QVERIFY2(offered.contains(expected), qPrintable(offered.join(u'|')));
        QVERIFY(offered.size() <= 15);
    }

    void completionChoiceFillsTheField()
    {
        Gui::CommuneSearchField field;
        field.show();
        QTest::keyClicks(&field, QStringLiteral("arles"));
        QCompleter *completer = field.communeCompleter();
        QModelIndex arles;
        for (int row = 0; row < completer->completionModel()->rowCount(); ++row) {
            const QModelIndex index = completer->completionModel()->index(row, 0);
            if (index.data().toString() == u"Arles (13) — 13004")
                arles = index;
        }
        QVERIFY(arles.isValid());
        emit completer->activated(arles);
        QCOMPARE(field.text(), QStringLiteral("Arles (13) — 13004"));
        Core::Result<Core::InseeCommune> chosen = field.resolve();
        QVERIFY(chosen.ok());
        QCOMPARE(chosen->code, QStringLiteral("13004"));
    }

    void passwordRuleBlocksThePage_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("confirmation");
        QTest::addColumn<QString>("message");
        QTest::newRow("trop court") << QStringLiteral("a1!") << QStringLiteral("a1!")
                                    << QStringLiteral("Le mot de passe doit compter au moins 8 caractères.");
        QTest::newRow("vide") << QString() << QString()
                              << QStringLiteral("Le mot de passe doit compter au moins 8 caractères.");
        QTest::newRow("que des lettres") << QStringLiteral("motdepasse") << QStringLiteral("motdepasse")
                                         << QStringLiteral("Le mot de passe doit mêler des lettres et des chiffres ou "
                                                           "des signes.");
        QTest::newRow("que des chiffres") << QStringLiteral("12345678") << QStringLiteral("12345678")
                                          << QStringLiteral("Le mot de passe doit mêler des lettres et des chiffres "
                                                            "ou des signes.");
        QTest::newRow("confirmation différente")
            << QStringLiteral("Mairie-2026!") << QStringLiteral("Mairie-2026?")
            << QStringLiteral("La confirmation ne correspond pas au mot de passe : retapez-la à l'identique.");
    }

    void passwordRuleBlocksThePage()
    {
        QFETCH(QString, password);
        QFETCH(QString, confirmation);
        QFETCH(QString, message);
        Fixture f(m_dir.filePath(QStringLiteral("g.ini")));
        goTo(f, FirstRunWizard::AdminPage);
        f.wizard.adminPage()->passwordEdit()->setText(password);
        f.wizard.adminPage()->confirmationEdit()->setText(confirmation);
        f.wizard.next();
        QCOMPARE(f.wizard.currentId(), int(FirstRunWizard::AdminPage));
        QCOMPARE(f.wizard.adminPage()->errorPanel()->message(), message);
        QVERIFY(f.wizard.adminPage()->errorPanel()->isVisibleTo(&f.wizard));
    }

    void passwordRuleShownWhileTyping()
    {
        Fixture f(m_dir.filePath(QStringLiteral("h.ini")));
        goTo(f, FirstRunWizard::AdminPage);
        QLabel *rule = f.wizard.adminPage()->ruleLabel();
        QCOMPARE(rule->text(), QStringLiteral("Au moins 8 caractères, en mêlant des lettres et des chiffres ou des signes."));
        QTest::keyClicks(f.wizard.adminPage()->passwordEdit(), QStringLiteral("abc"));
        QCOMPARE(rule->text(), QStringLiteral("Au moins 8 caractères, en mêlant des lettres et des chiffres ou des "
                                              "signes.\nLe mot de passe doit compter au moins 8 caractères."));
        QTest::keyClicks(f.wizard.adminPage()->passwordEdit(), QStringLiteral("-2026!x"));
        QCOMPARE(rule->text().section(u'\n', 1), QStringLiteral("Mot de passe valable : confirmez-le."));
        QTest::keyClicks(f.wizard.adminPage()->confirmationEdit(), QStringLiteral("abc-2026!"));
        QCOMPARE(rule->text().section(u'\n', 1), QStringLiteral("Les deux mots de passe ne sont pas identiques."));
        QTest::keyClicks(f.wizard.adminPage()->confirmationEdit(), QStringLiteral("x"));
        QCOMPARE(rule->text().section(u'\n', 1), QStringLiteral("Mot de passe valable et confirmé."));
    }

    void administratorLoginRequired()
    {
        Fixture f(m_dir.filePath(QStringLiteral("i.ini")));
        goTo(f, FirstRunWizard::AdminPage);
        QCOMPARE(f.wizard.adminPage()->login(), QStringLiteral("admin"));
        f.wizard.adminPage()->loginEdit()->clear();
        f.wizard.adminPage()->passwordEdit()->setText(QStringLiteral("Mairie-2026!"));
        f.wizard.adminPage()->confirmationEdit()->setText(QStringLiteral("Mairie-2026!"));
        f.wizard.next();
        QCOMPARE(f.wizard.currentId(), int(FirstRunWizard::AdminPage));
        QCOMPARE(f.wizard.adminPage()->errorPanel()->message(), QStringLiteral("Indiquez l'identifiant de l'administrateur."));
    }

    void summaryRecallsTheChoices()
    {
        Fixture f(m_dir.filePath(QStringLiteral("j.ini")));
        goTo(f, FirstRunWizard::AdminPage);
        f.wizard.adminPage()->nameEdit()->setText(QStringLiteral("Marie Durand"));
        f.wizard.adminPage()->passwordEdit()->setText(QStringLiteral("Mairie-2026!"));
        f.wizard.adminPage()->confirmationEdit()->setText(QStringLiteral("Mairie-2026!"));
        f.wizard.next();
        QCOMPARE(f.wizard.currentId(), int(FirstRunWizard::SummaryPage));
        const QString summary = f.wizard.summaryPage()->summaryText();
        QVERIFY(summary.contains(QStringLiteral("Poste autonome")));
        QVERIFY(summary.contains(QStringLiteral("Arles (13) — 13004")));
        QVERIFY(summary.contains(QStringLiteral("Marie Durand (admin)")));
        QVERIFY(!summary.contains(QStringLiteral("Mairie-2026!")));
        // Nothing is created before "Terminer".
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("nouvelle.sqlite"))));
    }

    void cancellingCreatesNothing()
    {
        const QString ini = m_dir.filePath(QStringLiteral("k.ini"));
        {
            Fixture f(ini);
            goTo(f, FirstRunWizard::AdminPage);
            f.wizard.reject();
            QCOMPARE(f.wizard.outcome(), FirstRunWizard::Outcome::None);
        }
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("nouvelle.sqlite"))));
        QVERIFY(!Gui::ShellSettings(ini).hasProfile());
    }
};

QTEST_MAIN(TestWizardPages)
#include "tst_wizardpages.moc"
