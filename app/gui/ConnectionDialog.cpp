#include "ConnectionDialog.h"

#include "ErrorPanel.h"
#include "Icons.h"
#include "LocalFileForm.h"
#include "ServerForm.h"
#include "WorkspaceAccess.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace OpenMairie::Gui {

ConnectionDialog::ConnectionDialog(WorkspaceAccess &access, const Core::ConnectionProfile &current, QWidget *parent)
    : QDialog(parent), m_access(access)
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Changer de base de données"));
    setMinimumWidth(560);

    auto *intro = new QLabel(tr("Choisissez la base à ouvrir. La session en cours est fermée ; vous vous "
                                "reconnectez ensuite sur la base choisie, sans redémarrer OpenMairie."),
                             this);
    intro->setWordWrap(true);
    m_local = new QRadioButton(tr("Poste &autonome (fichier local)"), this);
    m_local->setIcon(Icons::get(QStringLiteral("base-locale")));
    m_local->setObjectName(QStringLiteral("connectionModeLocal"));
    m_server = new QRadioButton(tr("Serveur &partagé (PostgreSQL)"), this);
    m_server->setIcon(Icons::get(QStringLiteral("serveur")));
    m_server->setObjectName(QStringLiteral("connectionModeServer"));
    auto *modes = new QHBoxLayout;
    modes->addWidget(m_local);
    modes->addWidget(m_server);
    modes->addStretch(1);

    m_localForm = new LocalFileForm(LocalFileForm::Purpose::OpenExisting, this);
    m_serverForm = new ServerForm(this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_localForm);
    m_stack->addWidget(m_serverForm);
    if (current.isPostgres()) {
        m_serverForm->setProfile(current);
        m_localForm->setFilePath(Core::ConnectionProfile::defaultLocalFilePath());
    } else {
        m_localForm->setFilePath(current.filePath().isEmpty() ? Core::ConnectionProfile::defaultLocalFilePath()
                                                              : current.filePath());
        m_serverForm->setProfile(Core::ConnectionProfile::postgres(QStringLiteral("localhost"), 5432,
                                                                   QStringLiteral("openmairie"), {}));
    }

    m_error = new ErrorPanel(this);
    m_test = new QPushButton(tr("&Tester la connexion"), this);
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_create = new QPushButton(tr("&Créer une nouvelle base…"), this);
    m_create->setObjectName(QStringLiteral("createDatabaseButton"));
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_create);
    tools->addStretch(1);
    tools->addWidget(m_test);

    auto *buttons = new QDialogButtonBox(this);
    m_use = buttons->addButton(tr("&Utiliser cette base"), QDialogButtonBox::AcceptRole);
    m_use->setObjectName(QStringLiteral("useDatabaseButton"));
    m_use->setDefault(true);
    buttons->addButton(tr("Annuler"), QDialogButtonBox::RejectRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(modes);
    layout->addWidget(m_stack);
    layout->addLayout(tools);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_local, &QRadioButton::toggled, this, [this] {
        m_stack->setCurrentIndex(isServerMode() ? 1 : 0);
        m_error->clear();
    });
    connect(m_localForm, &LocalFileForm::changed, m_error, &ErrorPanel::clear);
    connect(m_serverForm, &ServerForm::changed, m_error, &ErrorPanel::clear);
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_use, &QPushButton::clicked, this, &ConnectionDialog::useChosenProfile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, [this] {
        m_choice = Choice::CreateNew;
        accept();
    });
    setServerMode(current.isPostgres());
}

bool ConnectionDialog::isServerMode() const
{
    return m_server->isChecked();
}

void ConnectionDialog::setServerMode(bool server)
{
    (server ? m_server : m_local)->setChecked(true);
    m_stack->setCurrentIndex(server ? 1 : 0);
}

Core::ConnectionProfile ConnectionDialog::profile() const
{
    return isServerMode() ? m_serverForm->profile() : m_localForm->profile();
}

QString ConnectionDialog::password() const
{
    return isServerMode() ? m_serverForm->password() : QString();
}

bool ConnectionDialog::testConnection()
{
    m_error->clear();
    if (isServerMode()) {
        if (const QString missing = m_serverForm->missingField(); !missing.isEmpty()) {
            m_error->showError(Core::Error(missing, {}, Core::Error::Kind::InvalidInput));
            return false;
        }
    }
    const Core::ConnectionProfile target = profile();
    setEnabled(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const ProbeResult probe = m_access.probe(target, password());
    QApplication::restoreOverrideCursor();
    setEnabled(true);
    if (!probe.status) {
        m_error->showError(probe.status.error());
        return false;
    }
    if (!probe.containsOpenMairie) {
        m_error->showWarning(tr("Connexion réussie à %1, mais la base ne contient pas encore de données OpenMairie. "
                                "Pour la préparer, cliquez sur « Créer une nouvelle base… ».")
                                 .arg(target.displayName()));
        return false;
    }
    m_error->showSuccess(tr("Connexion réussie à %1 : la base OpenMairie est prête.").arg(target.displayName()));
    return true;
}

bool ConnectionDialog::useChosenProfile()
{
    m_error->clear();
    const Core::ConnectionProfile target = profile();
    if (isServerMode()) {
        if (const QString missing = m_serverForm->missingField(); !missing.isEmpty()) {
            m_error->showError(Core::Error(missing, {}, Core::Error::Kind::InvalidInput));
            return false;
        }
    } else {
        if (!target.isValid()) {
            m_error->showError(Core::Error(tr("Indiquez le fichier de données à ouvrir."), {},
                                           Core::Error::Kind::InvalidInput));
            return false;
        }
        if (!QFileInfo::exists(target.filePath())) {
            m_error->showError(Core::Error(tr("Le fichier « %1 » n'existe pas. Vérifiez le chemin, ou cliquez sur "
                                              "« Créer une nouvelle base… » pour en créer une.")
                                               .arg(QDir::toNativeSeparators(target.filePath())),
                                           {}, Core::Error::Kind::NotFound));
            return false;
        }
    }
    m_choice = Choice::UseProfile;
    accept();
    return true;
}

} // namespace OpenMairie::Gui
