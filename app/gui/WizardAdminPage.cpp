#include "WizardAdminPage.h"

#include "ErrorPanel.h"
#include "FirstRunWizard.h"
#include "PasswordHasher.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace OpenMairie::Gui {

WizardAdminPage::WizardAdminPage(QWidget *parent) : QWizardPage(parent)
{
    setTitle(tr("Administrateur"));
    setSubTitle(tr("Le compte de l'administrateur gère les utilisateurs et les droits. Il n'existe aucun mot de "
                   "passe par défaut."));
    m_login = new QLineEdit(QStringLiteral("admin"), this);
    m_login->setObjectName(QStringLiteral("adminLogin"));
    m_login->setToolTip(tr("Lettres minuscules sans accent, chiffres, point, tiret ou souligné ; commence par une "
                           "lettre (par exemple « jdupont »)."));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("adminName"));
    m_name->setPlaceholderText(tr("par exemple Marie Durand, secrétaire de mairie"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("adminPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirmation = new QLineEdit(this);
    m_confirmation->setObjectName(QStringLiteral("adminPasswordConfirmation"));
    m_confirmation->setEchoMode(QLineEdit::Password);
    m_rule = new QLabel(this);
    m_rule->setObjectName(QStringLiteral("passwordRule"));
    m_rule->setWordWrap(true);
    m_serverNote = new QLabel(this);
    m_serverNote->setObjectName(QStringLiteral("adminServerNote"));
    m_serverNote->setWordWrap(true);
    m_error = new ErrorPanel(this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Identifiant :"), m_login);
    form->addRow(tr("&Nom et prénom :"), m_name);
    m_passwordLabel = new QLabel(tr("&Mot de passe :"), this);
    m_passwordLabel->setBuddy(m_password);
    form->addRow(m_passwordLabel, m_password);
    m_confirmationLabel = new QLabel(tr("&Confirmation :"), this);
    m_confirmationLabel->setBuddy(m_confirmation);
    form->addRow(m_confirmationLabel, m_confirmation);
    form->addRow(QString(), m_rule);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_serverNote);
    layout->addWidget(m_error);
    layout->addStretch(1);

    connect(m_password, &QLineEdit::textChanged, this, &WizardAdminPage::updateRule);
    connect(m_confirmation, &QLineEdit::textChanged, this, &WizardAdminPage::updateRule);
    connect(m_login, &QLineEdit::textEdited, m_error, &ErrorPanel::clear);
    updateRule();
}

bool WizardAdminPage::serverMode() const
{
    auto *w = qobject_cast<const FirstRunWizard *>(wizard());
    return w && w->isServerMode();
}

QString WizardAdminPage::login() const
{
    return m_login->text().trimmed();
}

QString WizardAdminPage::fullName() const
{
    return m_name->text().trimmed();
}

QString WizardAdminPage::password() const
{
    return m_password->text();
}

void WizardAdminPage::initializePage()
{
    const bool server = serverMode();
    for (QWidget *w : {static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_confirmation),
                       static_cast<QWidget *>(m_passwordLabel), static_cast<QWidget *>(m_confirmationLabel),
                       static_cast<QWidget *>(m_rule)})
        w->setVisible(!server);
    m_serverNote->setVisible(server);
    m_login->setReadOnly(server);
    if (server) {
        auto *w = qobject_cast<FirstRunWizard *>(wizard());
        const QString role = w ? w->chosenProfile().role() : QString();
        m_login->setText(role);
        m_serverNote->setText(tr("Sur un serveur partagé, l'administrateur se connecte avec le rôle PostgreSQL "
                                 "« %1 » et le mot de passe que le serveur connaît pour ce rôle. OpenMairie "
                                 "n'enregistre aucun mot de passe.").arg(role));
    }
}

void WizardAdminPage::updateRule()
{
    const QString rule = tr("Au moins %1 caractères, en mêlant des lettres et des chiffres ou des signes.")
                             .arg(Core::PasswordHasher::kMinimumLength);
    QString status;
    QString color = QStringLiteral("#4a5563");
    if (!m_password->text().isEmpty()) {
        const QString weakness = Core::PasswordHasher::weaknessOf(m_password->text());
        if (!weakness.isEmpty()) {
            status = weakness;
            color = QStringLiteral("#b3261e");
        } else if (!m_confirmation->text().isEmpty() && m_confirmation->text() != m_password->text()) {
            status = tr("Les deux mots de passe ne sont pas identiques.");
            color = QStringLiteral("#b3261e");
        } else {
            status = m_confirmation->text().isEmpty() ? tr("Mot de passe valable : confirmez-le.")
                                                      : tr("Mot de passe valable et confirmé.");
            color = QStringLiteral("#2e7d32");
        }
    }
    m_rule->setText(status.isEmpty() ? rule : rule + u'\n' + status);
    m_rule->setStyleSheet(QStringLiteral("color: %1;").arg(color));
    m_error->clear();
}

bool WizardAdminPage::validatePage()
{
    m_error->clear();
    if (login().isEmpty()) {
        m_error->showError(Core::Error(tr("Indiquez l'identifiant de l'administrateur."), {},
                                       Core::Error::Kind::InvalidInput));
        return false;
    }
    if (serverMode())
        return true;
    if (const QString weakness = Core::PasswordHasher::weaknessOf(password()); !weakness.isEmpty()) {
        m_error->showError(Core::Error(weakness, {}, Core::Error::Kind::InvalidInput));
        m_password->setFocus();
        return false;
    }
    if (m_confirmation->text() != password()) {
        m_error->showError(Core::Error(tr("La confirmation ne correspond pas au mot de passe : retapez-la à "
                                          "l'identique."),
                                       {}, Core::Error::Kind::InvalidInput));
        m_confirmation->selectAll();
        m_confirmation->setFocus();
        return false;
    }
    return true;
}

} // namespace OpenMairie::Gui
