#include "MainWindow.h"

#include "AboutDialog.h"
#include "DashboardLoader.h"
#include "DashboardView.h"
#include "DocumentToolsActions.h"
#include "ExchangeToolsActions.h"
#include "ReferenceAdministration.h"
#include "SecurityAdministration.h"
#include "ErrorMessage.h"
#include "GlobalSearch.h"
#include "HomePage.h"
#include "Icons.h"
#include "ModuleNavigator.h"
#include "ModulesDialog.h"
#include "SearchEngine.h"
#include "ShellSettings.h"
#include "StartupBanner.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace OpenMairie::Gui {

namespace {
const char kEntryProperty[] = "openmairieEntryId";
// The commune switcher's entry for the niveau-2 view (every commune of the account).
const QString kAllCommunes = QStringLiteral("*");

QWidget *statusField(const QString &icon, QLabel *text, QWidget *parent)
{
    auto *field = new QWidget(parent);
    auto *iconLabel = new QLabel(field);
    iconLabel->setPixmap(Icons::get(icon).pixmap(16, 16));
    auto *layout = new QHBoxLayout(field);
    layout->setContentsMargins(10, 0, 10, 0);
    layout->setSpacing(6);
    layout->addWidget(iconLabel);
    layout->addWidget(text);
    return field;
}

QFrame *statusSeparator(QWidget *parent)
{
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Plain);
    line->setStyleSheet(QStringLiteral("color: #c9d0d9;"));
    line->setFixedHeight(16);
    return line;
}
} // namespace

MainWindow::MainWindow(Core::CoreServices &services, ShellSettings &settings, QWidget *parent)
    : QMainWindow(parent), m_services(services), m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::application());

    m_navigator = new ModuleNavigator(this);
    m_home = new HomePage(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("workTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->addTab(m_home, Icons::get(QStringLiteral("accueil")), tr("Accueil"));
    // The home tab is the anchor of the work area: it cannot be closed.
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);

    m_banner = new StartupBanner(this);
    auto *work = new QWidget(this);
    auto *workLayout = new QVBoxLayout(work);
    workLayout->setContentsMargins(0, 0, 0, 0);
    workLayout->setSpacing(0);
    m_bannerHolder = new QWidget(work);
    auto *bannerLayout = new QVBoxLayout(m_bannerHolder);
    bannerLayout->setContentsMargins(8, 6, 8, 0);
    bannerLayout->addWidget(m_banner);
    // The holder only takes room when the banner shows.
    m_bannerHolder->hide();
    workLayout->addWidget(m_bannerHolder);
    workLayout->addWidget(m_tabs, 1);
    connect(m_banner, &StartupBanner::modulesDialogRequested, this, &MainWindow::showModulesDialog);
    connect(m_banner, &StartupBanner::dismissed, m_bannerHolder, &QWidget::hide);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_navigator);
    splitter->addWidget(work);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({250, 1000});
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    createActions();
    createStatusBar();

    // The dashboard and the search read on worker threads; both are owned here, so that they stop
    // (and wait for their workers) when the window goes, before the base may be closed.
    m_dashboardLoader = new Core::DashboardLoader(m_services.database(), m_services.session(), this);
    m_dashboard = new CoreUi::DashboardView(m_services.dashboardLayouts(), *m_dashboardLoader,
                                            m_services.permissions(), m_home);
    m_home->setDashboard(m_dashboard);
    connect(m_dashboard, &CoreUi::DashboardView::linkActivated, this, &MainWindow::openLink);
    m_searchEngine = new Core::SearchEngine(m_services.database(), m_services.session(), m_services.permissions(),
                                            m_services.searchProviders(), this);
    m_globalSearch = new CoreUi::GlobalSearch(m_search, *m_searchEngine, this);
    connect(m_globalSearch, &CoreUi::GlobalSearch::linkActivated, this, &MainWindow::openLink);

    connect(m_navigator, &ModuleNavigator::entryActivated, this, &MainWindow::openEntry);
    connect(m_navigator, &ModuleNavigator::homeActivated, this, &MainWindow::showHome);
    connect(m_home, &HomePage::entryActivated, this, &MainWindow::openEntry);
    connect(m_home, &HomePage::modulesDialogRequested, this, &MainWindow::showModulesDialog);
    connect(m_home, &HomePage::changeDatabaseRequested, this, &MainWindow::changeDatabaseRequested);
    connect(m_home, &HomePage::aboutRequested, this, &MainWindow::showAboutDialog);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        m_navigator->selectEntry(index <= 0 ? QString::fromLatin1(ModuleNavigator::kHomeId) : entryIdOfTab(index));
    });
    connect(&m_services.session(), &Core::Session::changed, this, &MainWindow::refreshSession);

    rebuild();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&Fichier"));
    file->setObjectName(QStringLiteral("menuFichier"));
    QAction *changeDatabase = file->addAction(Icons::get(QStringLiteral("changer-base")),
                                              tr("&Changer de base de données…"));
    changeDatabase->setObjectName(QStringLiteral("actionChangerBase"));
    connect(changeDatabase, &QAction::triggered, this, &MainWindow::changeDatabaseRequested);
    file->addSeparator();
    QAction *closeTabAction = file->addAction(tr("&Fermer l'onglet"));
    closeTabAction->setObjectName(QStringLiteral("actionFermerOnglet"));
    closeTabAction->setShortcut(QKeySequence::Close);
    connect(closeTabAction, &QAction::triggered, this, [this] { closeTab(m_tabs->currentIndex()); });
    file->addSeparator();
    QAction *logout = file->addAction(Icons::get(QStringLiteral("deconnexion")), tr("Se &déconnecter"));
    logout->setObjectName(QStringLiteral("actionDeconnexion"));
    connect(logout, &QAction::triggered, this, &MainWindow::logoutRequested);
    QAction *quit = file->addAction(Icons::get(QStringLiteral("quitter")), tr("&Quitter"));
    quit->setObjectName(QStringLiteral("actionQuitter"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    m_modulesMenu = menuBar()->addMenu(tr("&Modules"));
    m_modulesMenu->setObjectName(QStringLiteral("menuModules"));
    m_modulesDialogAction = new QAction(Icons::get(QStringLiteral("modules")), tr("Modules &installés…"), this);
    m_modulesDialogAction->setObjectName(QStringLiteral("actionModulesInstalles"));
    connect(m_modulesDialogAction, &QAction::triggered, this, &MainWindow::showModulesDialog);

    m_toolsMenu = menuBar()->addMenu(tr("&Outils"));
    m_toolsMenu->setObjectName(QStringLiteral("menuOutils"));
    m_documentTools = new DocumentToolsActions(m_services, m_toolsMenu, this);
    m_exchangeTools = new ExchangeToolsActions(m_services, m_toolsMenu, this);

    QMenu *administration = menuBar()->addMenu(tr("A&dministration"));
    administration->setObjectName(QStringLiteral("menuAdministration"));
    // Parameters, reference tables and streets; the entries follow the session's rights themselves.
    new CoreUi::ReferenceAdministration(m_services, administration, this);
    QMenu *account = menuBar()->addMenu(tr("Mon &compte"));
    account->setObjectName(QStringLiteral("menuMonCompte"));
    // Users, rights matrix, audit journal and the agent's own password (issue 3), shown by right.
    new CoreUi::SecurityAdministration(m_services, administration, account, this);

    QMenu *help = menuBar()->addMenu(tr("&Aide"));
    help->setObjectName(QStringLiteral("menuAide"));
    help->addAction(m_modulesDialogAction);
    help->addSeparator();
    QAction *about = help->addAction(Icons::get(QStringLiteral("a-propos")), tr("À &propos d'OpenMairie"));
    about->setObjectName(QStringLiteral("actionAPropos"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAboutDialog);
    QAction *aboutQt = help->addAction(tr("À propos de &Qt"));
    aboutQt->setObjectName(QStringLiteral("actionAProposQt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    QToolBar *toolbar = addToolBar(tr("Barre principale"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setIconSize(QSize(20, 20));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QAction *home = toolbar->addAction(Icons::get(QStringLiteral("accueil")), tr("Accueil"));
    home->setObjectName(QStringLiteral("actionAccueil"));
    home->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Home));
    connect(home, &QAction::triggered, this, &MainWindow::showHome);
    auto *spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    m_search = new QLineEdit(toolbar);
    m_search->setObjectName(QStringLiteral("globalSearch"));
    m_search->setPlaceholderText(tr("Rechercher dans tous les modules…"));
    m_search->setToolTip(tr("Tapez un nom, un numéro ou quelques mots (accents et majuscules indifférents) : les "
                            "résultats s'affichent par module. Flèches pour choisir, Entrée pour ouvrir la fiche, "
                            "Échap pour fermer la liste."));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::get(QStringLiteral("rechercher")), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(320);
    toolbar->addWidget(m_search);
    auto *margin = new QWidget(toolbar);
    margin->setFixedWidth(8);
    toolbar->addWidget(margin);
}

void MainWindow::createStatusBar()
{
    m_statusUser = new QLabel(this);
    m_statusUser->setObjectName(QStringLiteral("statusUser"));
    m_statusCommune = new QLabel(this);
    m_statusCommune->setObjectName(QStringLiteral("statusCommune"));
    m_communeSwitcher = new QComboBox(this);
    m_communeSwitcher->setObjectName(QStringLiteral("communeSwitcher"));
    m_communeSwitcher->setToolTip(tr("Commune de travail : les données affichées et saisies sont celles de cette "
                                     "commune."));
    m_communeSwitcher->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_communeSwitcher->hide();
    m_statusDatabase = new QLabel(this);
    m_statusDatabase->setObjectName(QStringLiteral("statusDatabase"));
    m_statusDatabase->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *communeField = statusField(QStringLiteral("commune"), m_statusCommune, this);
    communeField->layout()->addWidget(m_communeSwitcher);
    statusBar()->setSizeGripEnabled(false);
    // Permanent fields on the right, in reading order; the left keeps room for passing messages.
    statusBar()->addPermanentWidget(statusField(QStringLiteral("utilisateur"), m_statusUser, this));
    statusBar()->addPermanentWidget(statusSeparator(this));
    statusBar()->addPermanentWidget(communeField);
    statusBar()->addPermanentWidget(statusSeparator(this));
    statusBar()->addPermanentWidget(statusField(m_services.database().profile().isPostgres()
                                                    ? QStringLiteral("serveur")
                                                    : QStringLiteral("base-locale"),
                                                m_statusDatabase, this));
    connect(m_communeSwitcher, &QComboBox::activated, this, &MainWindow::switchCommune);
}

void MainWindow::rebuild()
{
    m_catalog = NavigationCatalog::build(m_services.modules(), m_services.permissions());
    m_navigator->setCatalog(m_catalog);
    m_home->setCatalog(m_catalog);
    rebuildModulesMenu();
    m_documentTools->refresh();
    m_exchangeTools->refresh();
    refreshSession();
}

void MainWindow::rebuildModulesMenu()
{
    m_modulesMenu->clear();
    for (const NavigationGroup &group : m_catalog.groups()) {
        QMenu *sub = m_modulesMenu->addMenu(Icons::get(QStringLiteral("module")), group.title);
        for (const CoreUi::NavigationEntry &entry : group.entries) {
            QAction *action = sub->addAction(entry.icon.isNull() ? Icons::get(QStringLiteral("vue")) : entry.icon,
                                             entry.title);
            action->setObjectName(QStringLiteral("actionVue:") + entry.id);
            const QString id = entry.id;
            connect(action, &QAction::triggered, this, [this, id] { openEntry(id); });
        }
    }
    if (m_catalog.isEmpty()) {
        QAction *none = m_modulesMenu->addAction(tr("Aucun module disponible"));
        none->setEnabled(false);
    }
    m_modulesMenu->addSeparator();
    m_modulesMenu->addAction(m_modulesDialogAction);
}

void MainWindow::refreshSession()
{
    const Core::Session &session = m_services.session();
    if (!session.isAuthenticated())
        return;
    const Core::SessionCommune &commune = session.commune();
    if (session.isAllCommunesView())
        setWindowTitle(tr("OpenMairie — toutes mes communes (saisie : %1)").arg(commune.nom));
    else
        setWindowTitle(commune.nom.isEmpty() ? tr("OpenMairie") : tr("OpenMairie — %1").arg(commune.nom));
    const Core::SessionUser &user = session.user();
    const QString profile = Core::profileLabel(user.profile);
    // An account named after its profile ("Administrateur") is shown by its login instead.
    const QString who = user.displayName.isEmpty() || user.displayName == profile ? user.login : user.displayName;
    m_statusUser->setText(tr("%1 (%2)").arg(who, profile));
    m_statusUser->setToolTip(tr("Identifiant : %1").arg(user.login));
    m_statusCommune->setText(tr("%1 (%2)").arg(commune.nom, commune.codeInsee));
    const QString database = m_services.database().profile().displayName();
    m_statusDatabase->setText(database);
    m_statusDatabase->setToolTip(database);

    const QList<Core::SessionCommune> &communes = session.availableCommunes();
    m_communeSwitcher->clear();
    for (const Core::SessionCommune &c : communes)
        m_communeSwitcher->addItem(tr("%1 (%2)").arg(c.nom, c.codeInsee), c.codeInsee);
    // Syndicate staff (niveau 2) may also look at every commune at once.
    if (session.canViewAllCommunes())
        m_communeSwitcher->addItem(tr("Toutes mes communes (%n)", nullptr, int(communes.size())), kAllCommunes);
    m_communeSwitcher->setCurrentIndex(
        m_communeSwitcher->findData(session.isAllCommunesView() ? kAllCommunes : commune.codeInsee));
    const bool several = communes.size() > 1;
    m_communeSwitcher->setVisible(several);
    m_statusCommune->setVisible(!several);

    HomeSummary summary;
    summary.communeName = commune.nom;
    summary.communeCode = commune.codeInsee;
    summary.userName = who;
    summary.profileLabel = profile;
    summary.database = database;
    summary.activeModules = m_services.modules().activeModules().size();
    summary.refusedModules = m_services.modules().refusedModules().size();
    summary.date = QDate::currentDate();
    m_home->setSummary(summary);
    // Rights or commune may have changed: the figures and the cards shown follow.
    if (m_globalSearch)
        m_globalSearch->closePopup();
    if (m_dashboard)
        m_dashboard->reload();
}

void MainWindow::switchCommune(int index)
{
    Core::Session &session = m_services.session();
    const QString code = m_communeSwitcher->itemData(index).toString();
    const bool all = code == kAllCommunes;
    if (code.isEmpty() || (all && session.isAllCommunesView())
        || (!all && !session.isAllCommunesView() && code == session.commune().codeInsee))
        return;
    // Open views show the previous commune's records; they are closed rather than left misleading.
    while (m_tabs->count() > 1)
        closeTab(m_tabs->count() - 1);
    if (all) {
        session.setAllCommunesView(true);
        showHome();
        statusBar()->showMessage(tr("Les listes montrent toutes vos communes ; les saisies vont à %1.")
                                     .arg(session.commune().nom),
                                 8000);
        return;
    }
    session.setAllCommunesView(false);
    session.switchCommune(code);
    m_settings.setLastCommune(code);
    showHome();
    statusBar()->showMessage(tr("Commune de travail : %1").arg(session.commune().nom), 5000);
}

QString MainWindow::entryIdOfTab(int index) const
{
    QWidget *w = m_tabs->widget(index);
    return w ? w->property(kEntryProperty).toString() : QString();
}

QWidget *MainWindow::openEntry(const QString &id)
{
    for (int i = 1; i < m_tabs->count(); ++i) {
        if (entryIdOfTab(i) == id) {
            m_tabs->setCurrentIndex(i);
            return m_tabs->widget(i);
        }
    }
    const CoreUi::NavigationEntry *entry = m_catalog.entry(id);
    if (!entry)
        return nullptr;
    QWidget *view = entry->createView(m_tabs);
    if (!view) {
        CoreUi::ErrorMessage::show(this, tr("Ouverture impossible"),
                                   Core::Error(tr("La vue « %1 » n'a pas pu s'ouvrir. Les autres modules restent "
                                                  "utilisables ; signalez ce problème à votre prestataire.")
                                                   .arg(entry->title),
                                               id));
        return nullptr;
    }
    view->setProperty(kEntryProperty, id);
    const int index = m_tabs->addTab(view, entry->icon.isNull() ? Icons::get(QStringLiteral("vue")) : entry->icon,
                                     entry->title);
    m_tabs->setTabToolTip(index, entry->group.isEmpty() ? entry->title : entry->group + QStringLiteral(" — ") + entry->title);
    m_tabs->setCurrentIndex(index);
    return view;
}

QWidget *MainWindow::openLink(const Core::RecordLink &link)
{
    QWidget *view = openEntry(link.entryId);
    if (!view || link.target.isEmpty())
        return view;
    const CoreUi::NavigationEntry *entry = m_catalog.entry(link.entryId);
    if (!entry || !entry->openTarget || !entry->openTarget(view, link.target))
        statusBar()->showMessage(tr("La fiche demandée n'a pas pu être ouverte : la liste est affichée à la place."),
                                 8000);
    return view;
}

void MainWindow::showHome()
{
    m_tabs->setCurrentIndex(0);
}

void MainWindow::closeTab(int index)
{
    if (index <= 0 || index >= m_tabs->count())
        return;
    QWidget *view = m_tabs->widget(index);
    m_tabs->removeTab(index);
    view->deleteLater();
}

ModulesDialog *MainWindow::showModulesDialog()
{
    auto *dialog = new ModulesDialog(m_services.modules(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

AboutDialog *MainWindow::showAboutDialog()
{
    auto *dialog = new AboutDialog(m_services.database().isOpen() ? m_services.database().profile().displayName()
                                                                  : QString(),
                                   this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::showStartupProblems(const Core::WorkspaceReport &report)
{
    QStringList refused;
    for (const Core::ModuleSpec *spec : m_services.modules().refusedModules())
        refused.append(tr("%1 (%2) : %3").arg(spec->name(), spec->id(), spec->refusalReason()));
    m_banner->setProblems(refused, report.warnings);
    m_bannerHolder->setVisible(!m_banner->isHidden());
}

QString MainWindow::statusUserText() const
{
    return m_statusUser->text();
}

QString MainWindow::statusCommuneText() const
{
    return m_communeSwitcher->isVisibleTo(const_cast<MainWindow *>(this)) ? m_communeSwitcher->currentText()
                                                                           : m_statusCommune->text();
}

QString MainWindow::statusDatabaseText() const
{
    return m_statusDatabase->text();
}

void MainWindow::showRestored()
{
    const QByteArray geometry = m_settings.windowGeometry();
    if (!geometry.isEmpty() && restoreGeometry(geometry)) {
        restoreState(m_settings.windowState());
        show();
        return;
    }
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    if (available.width() <= 1600) {
        // Without a window manager (kiosk, Xvfb) "maximised" is only a hint: the size is set as well.
        setGeometry(available);
        showMaximized();
    } else {
        resize(1440, 900);
        show();
    }
}

void MainWindow::saveLayout()
{
    m_settings.setWindowLayout(saveGeometry(), saveState());
}

void MainWindow::closeForSessionChange()
{
    m_closingForSessionChange = true;
    close();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
    if (!m_closingForSessionChange)
        emit quitRequested();
}

} // namespace OpenMairie::Gui
