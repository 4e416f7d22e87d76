#include "LoginDialog.h"

#include "ErrorPanel.h"
#include "Icons.h"
#include "WorkspaceAccess.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace OpenMairie::Gui {

LoginDialog::LoginDialog(WorkspaceAccess &access, const Core::ConnectionProfile &profile, QWidget *parent)
    : QDialog(parent), m_access(access), m_profile(profile)
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("OpenMairie — Connexion"));
    setWindowIcon(Icons::application());
    setMinimumWidth(520);

    auto *logo = new QLabel(this);
    logo->setPixmap(Icons::application().pixmap(56, 56));
    auto *title = new QLabel(tr("OpenMairie"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *subtitle = new QLabel(tr("Identifiez-vous pour accéder aux données de la mairie."), this);
    auto *titles = new QVBoxLayout;
    titles->addWidget(title);
    titles->addWidget(subtitle);
    auto *header = new QHBoxLayout;
    header->addWidget(logo);
    header->addSpacing(8);
    header->addLayout(titles, 1);

    auto *databaseFrame = new QFrame(this);
    databaseFrame->setObjectName(QStringLiteral("loginDatabaseFrame"));
    databaseFrame->setStyleSheet(QStringLiteral(
        "QFrame#loginDatabaseFrame { background: #ffffff; border: 1px solid #d5dae1; border-radius: 4px; }"));
    m_database = new QLabel(databaseFrame);
    m_database->setObjectName(QStringLiteral("loginDatabase"));
    m_database->setWordWrap(true);
    m_database->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_changeDatabase = new QPushButton(Icons::get(QStringLiteral("changer-base")), tr("Changer de &base…"),
                                       databaseFrame);
    m_changeDatabase->setObjectName(QStringLiteral("changeDatabaseButton"));
    auto *databaseRow = new QHBoxLayout(databaseFrame);
    databaseRow->setContentsMargins(10, 6, 6, 6);
    databaseRow->addWidget(m_database, 1);
    databaseRow->addWidget(m_changeDatabase);

    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_loginLabel = new QLabel(this);
    m_loginLabel->setBuddy(m_login);
    auto *passwordLabel = new QLabel(tr("&Mot de passe :"), this);
    passwordLabel->setBuddy(m_password);
    auto *form = new QFormLayout;
    form->addRow(m_loginLabel, m_login);
    form->addRow(passwordLabel, m_password);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("loginHint"));
    m_hint->setWordWrap(true);
    QPalette hintPalette = m_hint->palette();
    hintPalette.setColor(QPalette::WindowText, QColor(0x4a, 0x55, 0x63));
    m_hint->setPalette(hintPalette);

    m_error = new ErrorPanel(this);

    auto *buttons = new QDialogButtonBox(this);
    m_signIn = buttons->addButton(tr("Se &connecter"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    QPushButton *quit = buttons->addButton(tr("&Quitter"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("quitButton"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 16, 18, 14);
    layout->addLayout(header);
    layout->addSpacing(10);
    layout->addWidget(databaseFrame);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_signIn, &QPushButton::clicked, this, &LoginDialog::attemptSignIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_changeDatabase, &QPushButton::clicked, this, &LoginDialog::changeDatabaseRequested);
    updateForProfile();
}

void LoginDialog::setProfile(const Core::ConnectionProfile &profile)
{
    m_profile = profile;
    m_error->clear();
    m_password->clear();
    if (profile.isPostgres() && !profile.role().isEmpty())
        m_login->setText(profile.role());
    updateForProfile();
}

void LoginDialog::updateForProfile()
{
    const bool server = m_profile.isPostgres();
    m_database->setText(tr("<b>Base :</b> %1").arg(m_profile.displayName().toHtmlEscaped()));
    m_loginLabel->setText(server ? tr("&Rôle PostgreSQL :") : tr("&Identifiant :"));
    m_hint->setText(server ? tr("Sur le serveur partagé, l'identifiant est votre rôle PostgreSQL et le mot de passe "
                                "celui que le serveur connaît pour ce rôle.")
                           : QString());
    m_hint->setVisible(server);
    if (m_login->text().isEmpty() && server)
        m_login->setText(m_profile.role());
    (m_login->text().isEmpty() ? m_login : m_password)->setFocus();
}

void LoginDialog::setLogin(const QString &login)
{
    m_login->setText(login);
    if (!login.isEmpty())
        m_password->setFocus();
}

QString LoginDialog::login() const
{
    return m_login->text().trimmed();
}

void LoginDialog::showError(const Core::Error &error)
{
    m_error->showError(error);
}

bool LoginDialog::attemptSignIn()
{
    m_error->clear();
    if (login().isEmpty()) {
        m_error->showError(Core::Error(m_profile.isPostgres() ? tr("Indiquez votre rôle PostgreSQL.")
                                                              : tr("Indiquez votre identifiant."),
                                       {}, Core::Error::Kind::InvalidInput));
        m_login->setFocus();
        return false;
    }
    setEnabled(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Core::Result<Core::WorkspaceReport> result = m_access.signIn(m_profile, login(), m_password->text(), m_commune);
    QApplication::restoreOverrideCursor();
    setEnabled(true);
    if (!result) {
        m_error->showError(result.error());
        m_password->clear();
        m_password->setFocus();
        return false;
    }
    m_report = result.value();
    m_password->clear();
    accept();
    return true;
}

} // namespace OpenMairie::Gui
