#include "PasswordFields.h"

#include "PasswordHasher.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace OpenMairie::CoreUi {

PasswordFields::PasswordFields(QWidget *parent)
    : QWidget(parent), m_password(new QLineEdit(this)), m_confirmation(new QLineEdit(this)), m_problem(new QLabel(this))
{
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_confirmation->setObjectName(QStringLiteral("confirmationEdit"));
    m_problem->setObjectName(QStringLiteral("passwordProblem"));
    for (QLineEdit *edit : {m_password, m_confirmation})
        edit->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("%1 caractères au moins").arg(Core::PasswordHasher::kMinimumLength));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_problem->hide();

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Mot de &passe :"), m_password);
    form->addRow(tr("Con&firmation :"), m_confirmation);
    form->addRow(QString(), m_problem);

    for (QLineEdit *edit : {m_password, m_confirmation}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            refresh();
            emit changed();
        });
    }
}

QString PasswordFields::password() const
{
    return m_password->text();
}

QString PasswordFields::problem() const
{
    if (m_password->text().isEmpty())
        return tr("Saisissez le mot de passe, puis sa confirmation.");
    if (const QString weakness = Core::PasswordHasher::weaknessOf(m_password->text()); !weakness.isEmpty())
        return weakness;
    if (m_confirmation->text() != m_password->text())
        return tr("La confirmation ne correspond pas au mot de passe : saisissez-le une seconde fois à "
                  "l'identique.");
    return {};
}

void PasswordFields::setPasswords(const QString &password, const QString &confirmation)
{
    m_password->setText(password);
    m_confirmation->setText(confirmation);
}

void PasswordFields::clear()
{
    setPasswords({}, {});
}

QString PasswordFields::shownProblem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void PasswordFields::refresh()
{
    // Nothing typed yet, or a confirmation still being typed, is not an error to shout about: the
    // form says it when the agent saves.
    const QString password = m_password->text();
    const QString confirmation = m_confirmation->text();
    QString text;
    if (!password.isEmpty())
        text = Core::PasswordHasher::weaknessOf(password);
    if (text.isEmpty() && !confirmation.isEmpty() && !password.startsWith(confirmation))
        text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

} // namespace OpenMairie::CoreUi
