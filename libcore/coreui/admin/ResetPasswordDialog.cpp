#include "ResetPasswordDialog.h"

#include "InlineErrorLabel.h"
#include "PasswordFields.h"

#include "UserAccountService.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace OpenMairie::CoreUi {

ResetPasswordDialog::ResetPasswordDialog(Core::UserAccountService &users, const QString &login, QWidget *parent)
    : QDialog(parent), m_users(users), m_login(login), m_passwords(new PasswordFields(this)), m_error(new InlineErrorLabel(this))
{
    setObjectName(QStringLiteral("resetPasswordDialog"));
    setWindowTitle(tr("Réinitialiser le mot de passe"));
    auto *intro = new QLabel(tr("Nouveau mot de passe du compte « %1 ». Communiquez-le à l'agent de vive voix : "
                                "il pourra le changer ensuite par « Mon compte ». Un compte bloqué après des "
                                "essais manqués est débloqué.")
                                 .arg(login),
                             this);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Réinitialiser"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Annuler"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ResetPasswordDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_passwords);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(440, sizeHint().height());
}

QString ResetPasswordDialog::errorText() const
{
    return m_error->shownMessage();
}

bool ResetPasswordDialog::save()
{
    QString problem = m_passwords->problem();
    if (problem.isEmpty()) {
        if (Core::Status s = m_users.resetPassword(m_login, m_passwords->password()); !s)
            problem = s.error().message();
    }
    if (!problem.isEmpty()) {
        m_error->showMessage(problem);
        return false;
    }
    accept();
    return true;
}

} // namespace OpenMairie::CoreUi
