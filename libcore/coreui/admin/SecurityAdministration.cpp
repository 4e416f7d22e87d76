#include "SecurityAdministration.h"

#include "AuditBrowser.h"
#include "ChangePasswordDialog.h"
#include "RightsMatrixDialog.h"
#include "UsersDialog.h"

#include "CoreServices.h"

#include <QAction>
#include <QMenu>

namespace OpenMairie::CoreUi {

using namespace OpenMairie::Core;

SecurityAdministration::SecurityAdministration(CoreServices &services, QMenu *administration, QMenu *account,
                                               QWidget *dialogParent)
    : QObject(dialogParent), m_services(services), m_dialogParent(dialogParent)
{
    administration->addSeparator();
    m_users = administration->addAction(tr("&Utilisateurs…"));
    m_users->setObjectName(QStringLiteral("actionUtilisateurs"));
    m_users->setStatusTip(tr("Créer les comptes des agents, choisir leur profil et leurs communes"));
    m_rights = administration->addAction(tr("&Droits des profils…"));
    m_rights->setObjectName(QStringLiteral("actionDroitsProfils"));
    m_rights->setStatusTip(tr("Choisir les profils qui détiennent chaque droit"));
    m_audit = administration->addAction(tr("&Journal d'audit…"));
    m_audit->setObjectName(QStringLiteral("actionJournalAudit"));
    m_audit->setStatusTip(tr("Qui a modifié quoi, quand et dans quelle commune"));
    m_password = account->addAction(tr("Changer mon &mot de passe…"));
    m_password->setObjectName(QStringLiteral("actionChangerMotDePasse"));

    connect(m_users, &QAction::triggered, this, &SecurityAdministration::showUsers);
    connect(m_rights, &QAction::triggered, this, &SecurityAdministration::showRights);
    connect(m_audit, &QAction::triggered, this, &SecurityAdministration::showAudit);
    connect(m_password, &QAction::triggered, this, &SecurityAdministration::showChangePassword);
    connect(&m_services.session(), &Session::changed, this, [this] {
        // Screens opened for another agent would let the next one act with the previous rights.
        for (QPointer<QDialog> *d : {&m_usersDialog, &m_rightsDialog, &m_auditDialog})
            if (*d)
                (*d)->close();
        refresh();
    });
    refresh();
}

void SecurityAdministration::refresh()
{
    const bool signedIn = m_services.session().isAuthenticated();
    const Permissions &permissions = m_services.permissions();
    m_users->setVisible(signedIn && permissions.sessionAllows(UserAccountService::managePermission()));
    m_rights->setVisible(signedIn && permissions.sessionAllows(RightsMatrix::managePermission()));
    m_audit->setVisible(signedIn && permissions.sessionAllows(AuditQuery::consultPermission()));
    m_password->setVisible(signedIn);
}

template <typename Dialog>
Dialog *SecurityAdministration::open(QPointer<QDialog> &slot, const QString &permission)
{
    if (!m_services.permissions().sessionAllows(permission))
        return nullptr;
    if (slot) {
        slot->raise();
        slot->activateWindow();
        return qobject_cast<Dialog *>(slot.data());
    }
    auto *dialog = new Dialog(m_services, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    slot = dialog;
    dialog->show();
    return dialog;
}

UsersDialog *SecurityAdministration::showUsers()
{
    return open<UsersDialog>(m_usersDialog, UserAccountService::managePermission());
}

RightsMatrixDialog *SecurityAdministration::showRights()
{
    RightsMatrixDialog *dialog = open<RightsMatrixDialog>(m_rightsDialog, RightsMatrix::managePermission());
    // The matrix changes what the menus may show, the administrator's own included.
    if (dialog)
        connect(dialog, &QDialog::finished, this, &SecurityAdministration::refresh, Qt::UniqueConnection);
    return dialog;
}

AuditBrowser *SecurityAdministration::showAudit()
{
    return open<AuditBrowser>(m_auditDialog, AuditQuery::consultPermission());
}

ChangePasswordDialog *SecurityAdministration::showChangePassword()
{
    if (!m_services.session().isAuthenticated())
        return nullptr;
    auto *dialog = new ChangePasswordDialog(m_services.users(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace OpenMairie::CoreUi
