#include "UserAccountForm.h"

#include "ErrorMessage.h"
#include "InlineErrorLabel.h"
#include "PasswordFields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace OpenMairie::CoreUi {

using namespace OpenMairie::Core;

namespace {
constexpr int kCommuneIdRole = Qt::UserRole;
constexpr int kCommuneCodeRole = Qt::UserRole + 1;
} // namespace

UserAccountForm::UserAccountForm(UserAccountService &users, const QList<SessionCommune> &communes,
                                 const QString &createdBy, QWidget *parent)
    : QDialog(parent), m_users(users), m_createdBy(createdBy)
{
    build(communes);
    setWindowTitle(tr("Nouveau compte"));
    setProfile(Profile::Utilisateur);
    // A single commune is the usual seat: it is ticked so that the agent has nothing to choose.
    if (m_communes->count() == 1)
        m_communes->item(0)->setCheckState(Qt::Checked);
}

UserAccountForm::UserAccountForm(UserAccountService &users, const QList<SessionCommune> &communes,
                                 const UserAccount &account, QWidget *parent)
    : QDialog(parent), m_users(users), m_existing(account)
{
    build(communes);
    setWindowTitle(tr("Compte « %1 »").arg(account.login));
    m_login->setReadOnly(true);
    m_login->setToolTip(tr("L'identifiant ne change pas : le journal d'audit et le serveur le connaissent "
                           "sous ce nom."));
    m_passwords->hide();
    fill(account);
}

void UserAccountForm::build(const QList<SessionCommune> &communes)
{
    setObjectName(QStringLiteral("userAccountForm"));
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_login->setPlaceholderText(tr("ex. : jdupont"));
    m_nom = new QLineEdit(this);
    m_nom->setObjectName(QStringLiteral("nomEdit"));
    m_nom->setPlaceholderText(tr("ex. : Jeanne Dupont"));
    m_courriel = new QLineEdit(this);
    m_courriel->setObjectName(QStringLiteral("courrielEdit"));
    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("profileCombo"));
    // Lowest first: the order of the rights matrix, each profile holding what the previous ones hold.
    for (int p = static_cast<int>(Profile::Consultation); p <= static_cast<int>(Profile::Administrateur); ++p)
        m_profile->addItem(profileLabel(static_cast<Profile>(p)), p);

    m_allCommunes = new QCheckBox(tr("&Toutes les communes (agent du syndicat)"), this);
    m_allCommunes->setObjectName(QStringLiteral("allCommunesCheck"));
    m_communes = new QListWidget(this);
    m_communes->setObjectName(QStringLiteral("communeList"));
    for (const SessionCommune &c : communes) {
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(c.nom, c.codeInsee), m_communes);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(kCommuneIdRole, c.id);
        item->setData(kCommuneCodeRole, c.codeInsee);
    }
    m_communes->setMaximumHeight(140);
    connect(m_allCommunes, &QCheckBox::toggled, this, &UserAccountForm::refreshCommuneList);

    m_passwords = new PasswordFields(this);
    m_error = new InlineErrorLabel(this);

    auto *identity = new QFormLayout;
    identity->addRow(tr("&Identifiant :"), m_login);
    identity->addRow(tr("&Nom :"), m_nom);
    identity->addRow(tr("&Courriel :"), m_courriel);
    identity->addRow(tr("&Profil :"), m_profile);

    auto *communesBox = new QGroupBox(tr("Communes de travail"), this);
    auto *communesLayout = new QVBoxLayout(communesBox);
    communesLayout->addWidget(m_allCommunes);
    communesLayout->addWidget(m_communes);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Enregistrer"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Annuler"));
    connect(buttons, &QDialogButtonBox::accepted, this, &UserAccountForm::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(identity);
    layout->addWidget(communesBox);
    layout->addWidget(m_passwords);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(480, 520);
}

void UserAccountForm::fill(const UserAccount &account)
{
    m_login->setText(account.login);
    m_nom->setText(account.nom);
    m_courriel->setText(account.courriel);
    setProfile(account.profile);
    m_allCommunes->setChecked(account.multiCommune);
    QStringList codes;
    for (const SessionCommune &c : account.communes)
        codes.append(c.codeInsee);
    setCheckedCommunes(codes);
    refreshCommuneList();
}

void UserAccountForm::refreshCommuneList()
{
    // An agent of the syndicate sees every commune, present and future: ticking some makes no sense.
    m_communes->setEnabled(!m_allCommunes->isChecked());
}

void UserAccountForm::setProfile(Profile profile)
{
    m_profile->setCurrentIndex(m_profile->findData(static_cast<int>(profile)));
}

Profile UserAccountForm::profile() const
{
    return static_cast<Profile>(m_profile->currentData().toInt());
}

void UserAccountForm::setCheckedCommunes(const QStringList &codesInsee)
{
    for (int i = 0; i < m_communes->count(); ++i) {
        QListWidgetItem *item = m_communes->item(i);
        item->setCheckState(codesInsee.contains(item->data(kCommuneCodeRole).toString()) ? Qt::Checked
                                                                                          : Qt::Unchecked);
    }
}

QList<qint64> UserAccountForm::checkedCommuneIds() const
{
    QList<qint64> ids;
    if (m_allCommunes->isChecked())
        return ids;
    for (int i = 0; i < m_communes->count(); ++i) {
        const QListWidgetItem *item = m_communes->item(i);
        if (item->checkState() == Qt::Checked)
            ids.append(item->data(kCommuneIdRole).toLongLong());
    }
    return ids;
}

QString UserAccountForm::inputProblem() const
{
    if (isNewAccount()) {
        if (const QString problem = UserAccountService::loginProblem(m_login->text().trimmed()); !problem.isEmpty())
            return problem;
    }
    if (m_nom->text().trimmed().isEmpty())
        return tr("Saisissez le nom de l'agent : il apparaît dans le journal d'audit et sur l'écran d'accueil.");
    if (!m_allCommunes->isChecked() && checkedCommuneIds().isEmpty())
        return tr("Cochez au moins une commune, ou « Toutes les communes » pour un agent du syndicat.");
    if (isNewAccount()) {
        if (const QString problem = m_passwords->problem(); !problem.isEmpty())
            return problem;
    }
    return {};
}

QString UserAccountForm::errorText() const
{
    return m_error->shownMessage();
}

bool UserAccountForm::save()
{
    if (const QString problem = inputProblem(); !problem.isEmpty()) {
        m_error->showMessage(problem);
        return false;
    }
    m_error->hide();
    const QString login = m_login->text().trimmed();
    UserChanges changes;
    changes.nom = m_nom->text().trimmed();
    changes.courriel = m_courriel->text().trimmed();
    changes.profile = profile();
    changes.multiCommune = m_allCommunes->isChecked();
    changes.communeIds = checkedCommuneIds();

    if (isNewAccount()) {
        NewUser user;
        user.login = login;
        user.nom = changes.nom;
        user.profile = changes.profile;
        user.password = m_passwords->password();
        user.communeIds = changes.communeIds;
        user.multiCommune = changes.multiCommune;
        Result<qint64> created = m_users.createUser(user, m_createdBy);
        if (!created) {
            showError(created.error());
            return false;
        }
        // NewUser has no courriel: it is added to the account just made (version 1).
        if (!changes.courriel.isEmpty()) {
            if (Status s = m_users.update(login, changes, 1); !s) {
                // The account exists: the form becomes its edition so that saving again completes it.
                Result<UserAccount> account = m_users.find(login);
                if (account) {
                    m_existing = account.value();
                    m_login->setReadOnly(true);
                    m_passwords->hide();
                }
                showError(s.error());
                return false;
            }
        }
    } else {
        if (Status s = m_users.update(login, changes, m_existing->version); !s) {
            if (s.error().kind() == Error::Kind::Conflict)
                offerReload(s.error());
            else
                showError(s.error());
            return false;
        }
    }
    emit saved(login);
    accept();
    return true;
}

bool UserAccountForm::reload()
{
    if (!m_existing)
        return false;
    Result<UserAccount> account = m_users.find(m_existing->login);
    if (!account) {
        showError(account.error());
        return false;
    }
    m_existing = account.value();
    fill(*m_existing);
    m_error->hide();
    return true;
}

void UserAccountForm::showError(const Error &error)
{
    m_error->showMessage(error.message());
    ErrorMessage::show(this, tr("Enregistrement impossible"), error);
}

void UserAccountForm::offerReload(const Error &error)
{
    m_error->showMessage(error.message());
    QMessageBox box(this);
    box.setObjectName(QStringLiteral("conflictBox"));
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(tr("Compte modifié entre-temps"));
    box.setText(error.message());
    box.setInformativeText(tr("Recharger le compte tel qu'il est maintenant ? Vos modifications seront à "
                              "refaire."));
    QPushButton *reloadButton = box.addButton(tr("&Recharger"), QMessageBox::AcceptRole);
    reloadButton->setObjectName(QStringLiteral("reloadButton"));
    box.addButton(tr("Garder ma saisie"), QMessageBox::RejectRole);
    box.setDefaultButton(reloadButton);
    box.exec();
    if (box.clickedButton() == reloadButton)
        reload();
}

} // namespace OpenMairie::CoreUi
