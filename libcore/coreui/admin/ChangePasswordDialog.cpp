#include "ChangePasswordDialog.h"

#include "InlineErrorLabel.h"
#include "PasswordFields.h"

#include "UserAccountService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace OpenMairie::CoreUi {

ChangePasswordDialog::ChangePasswordDialog(Core::UserAccountService &users, QWidget *parent)
    : QDialog(parent), m_users(users), m_old(new QLineEdit(this)), m_passwords(new PasswordFields(this)),
      m_error(new InlineErrorLabel(this))
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Changer mon mot de passe"));
    m_old->setObjectName(QStringLiteral("oldPasswordEdit"));
    m_old->setEchoMode(QLineEdit::Password);

    auto *current = new QFormLayout;
    current->addRow(tr("Mot de passe &actuel :"), m_old);
    auto *newLabel = new QLabel(tr("Nouveau mot de passe :"), this);
    QFont bold = newLabel->font();
    bold.setBold(true);
    newLabel->setFont(bold);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Changer"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Annuler"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(current);
    layout->addSpacing(8);
    layout->addWidget(newLabel);
    layout->addWidget(m_passwords);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(440, sizeHint().height());
}

QString ChangePasswordDialog::errorText() const
{
    return m_error->shownMessage();
}

bool ChangePasswordDialog::save()
{
    QString problem;
    if (m_old->text().isEmpty())
        problem = tr("Saisissez votre mot de passe actuel.");
    else if (problem = m_passwords->problem(); problem.isEmpty() && m_passwords->password() == m_old->text())
        problem = tr("Le nouveau mot de passe est identique à l'actuel : choisissez-en un autre.");
    if (problem.isEmpty()) {
        if (Core::Status s = m_users.changeOwnPassword(m_old->text(), m_passwords->password()); !s)
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
