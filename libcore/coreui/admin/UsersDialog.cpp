#include "UsersDialog.h"

#include "ErrorMessage.h"
#include "ResetPasswordDialog.h"
#include "UserAccountForm.h"

#include "CoreServices.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace OpenMairie::CoreUi {

using namespace OpenMairie::Core;

UsersDialog::UsersDialog(CoreServices &services, QWidget *parent)
    : QDialog(parent), m_services(services), m_filter(new QLineEdit(this)), m_count(new QLabel(this)),
      m_table(new QTableWidget(0, ColumnCount, this)), m_new(new QPushButton(tr("&Nouveau…"), this)),
      m_edit(new QPushButton(tr("&Modifier…"), this)), m_toggleActive(new QPushButton(tr("&Désactiver"), this)),
      m_resetPassword(new QPushButton(tr("&Réinitialiser le mot de passe…"), this))
{
    setObjectName(QStringLiteral("usersDialog"));
    setWindowTitle(tr("Utilisateurs"));
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Filtrer par identifiant, nom, profil ou commune…"));
    m_filter->setClearButtonEnabled(true);
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Identifiant"), tr("Nom"), tr("Profil"), tr("Communes"), tr("Actif"), tr("Bloqué jusqu'à")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(Communes, QHeaderView::Stretch);
    m_new->setObjectName(QStringLiteral("newButton"));
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_toggleActive->setObjectName(QStringLiteral("toggleActiveButton"));
    m_resetPassword->setObjectName(QStringLiteral("resetPasswordButton"));

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_count);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_new);
    actions->addWidget(m_edit);
    actions->addWidget(m_toggleActive);
    actions->addWidget(m_resetPassword);
    actions->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Fermer"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(buttons);
    resize(900, 520);

    connect(m_filter, &QLineEdit::textChanged, this, &UsersDialog::applyFilter);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersDialog::updateActions);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { editCurrent(); });
    connect(m_new, &QPushButton::clicked, this, &UsersDialog::createAccount);
    connect(m_edit, &QPushButton::clicked, this, &UsersDialog::editCurrent);
    connect(m_toggleActive, &QPushButton::clicked, this, &UsersDialog::toggleActiveCurrent);
    connect(m_resetPassword, &QPushButton::clicked, this, &UsersDialog::resetPasswordCurrent);
    reload();
}

bool UsersDialog::reload()
{
    const QString selected = currentLogin();
    Result<QList<UserAccount>> accounts = m_services.users().list();
    if (!accounts) {
        showError(tr("Liste des comptes indisponible"), accounts.error());
        return false;
    }
    m_accounts = accounts.value();
    m_table->setRowCount(0);
    m_table->setRowCount(m_accounts.size());
    for (int row = 0; row < m_accounts.size(); ++row) {
        const UserAccount &a = m_accounts.at(row);
        QStringList communes;
        for (const SessionCommune &c : a.communes)
            communes.append(c.nom);
        const bool locked = a.lockedUntil.isValid() && a.lockedUntil > QDateTime::currentDateTimeUtc();
        const QStringList cells{
            a.login,
            a.nom,
            profileLabel(a.profile),
            a.multiCommune ? tr("Toutes (agent du syndicat)") : communes.join(QStringLiteral(", ")),
            a.active ? tr("oui") : tr("non"),
            locked ? a.lockedUntil.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")) : QString(),
        };
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (!a.active)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(Communes, QHeaderView::Stretch);
    applyFilter();
    if (!selected.isEmpty())
        selectLogin(selected);
    updateActions();
    return true;
}

void UsersDialog::applyFilter()
{
    const QString needle = m_filter->text().trimmed();
    int visible = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        bool match = needle.isEmpty();
        for (int column = 0; !match && column < ColumnCount; ++column)
            match = m_table->item(row, column)->text().contains(needle, Qt::CaseInsensitive);
        m_table->setRowHidden(row, !match);
        visible += match ? 1 : 0;
    }
    m_count->setText(tr("%n compte(s)", nullptr, visible));
    updateActions();
}

int UsersDialog::visibleRowCount() const
{
    int visible = 0;
    for (int row = 0; row < m_table->rowCount(); ++row)
        visible += m_table->isRowHidden(row) ? 0 : 1;
    return visible;
}

bool UsersDialog::selectLogin(const QString &login)
{
    for (int row = 0; row < m_accounts.size(); ++row) {
        if (m_accounts.at(row).login == login && !m_table->isRowHidden(row)) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

const UserAccount *UsersDialog::currentAccount() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return nullptr;
    const int row = selected.first()->row();
    return row >= 0 && row < m_accounts.size() && !m_table->isRowHidden(row) ? &m_accounts.at(row) : nullptr;
}

QString UsersDialog::currentLogin() const
{
    const UserAccount *account = currentAccount();
    return account ? account->login : QString();
}

void UsersDialog::updateActions()
{
    const UserAccount *account = currentAccount();
    m_edit->setEnabled(account != nullptr);
    m_toggleActive->setEnabled(account != nullptr);
    m_resetPassword->setEnabled(account != nullptr && account->active);
    m_toggleActive->setText(account && !account->active ? tr("Ré&activer") : tr("&Désactiver"));
}

QList<SessionCommune> UsersDialog::allCommunes()
{
    Result<QList<SessionCommune>> communes = m_services.communes().all();
    if (!communes) {
        showError(tr("Liste des communes indisponible"), communes.error());
        return {};
    }
    return communes.value();
}

UserAccountForm *UsersDialog::createAccount()
{
    auto *form = new UserAccountForm(m_services.users(), allCommunes(), m_services.session().user().login, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &UserAccountForm::saved, this, [this](const QString &login) {
        reload();
        selectLogin(login);
    });
    form->open();
    return form;
}

UserAccountForm *UsersDialog::editCurrent()
{
    const UserAccount *current = currentAccount();
    if (!current)
        return nullptr;
    // The list may be stale: the form works on the account as it is now.
    Result<UserAccount> fresh = m_services.users().find(current->login);
    if (!fresh) {
        showError(tr("Compte introuvable"), fresh.error());
        return nullptr;
    }
    auto *form = new UserAccountForm(m_services.users(), allCommunes(), fresh.value(), this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &UserAccountForm::saved, this, [this] { reload(); });
    form->open();
    return form;
}

bool UsersDialog::toggleActiveCurrent()
{
    const UserAccount *current = currentAccount();
    if (!current)
        return false;
    const QString login = current->login;
    if (Status s = m_services.users().setActive(login, !current->active); !s) {
        showError(current->active ? tr("Désactivation impossible") : tr("Réactivation impossible"), s.error());
        return false;
    }
    reload();
    selectLogin(login);
    return true;
}

ResetPasswordDialog *UsersDialog::resetPasswordCurrent()
{
    const UserAccount *current = currentAccount();
    if (!current)
        return nullptr;
    auto *dialog = new ResetPasswordDialog(m_services.users(), current->login, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { reload(); });
    dialog->open();
    return dialog;
}

void UsersDialog::showError(const QString &title, const Error &error)
{
    m_lastError = error.message();
    ErrorMessage::show(this, title, error);
}

} // namespace OpenMairie::CoreUi
