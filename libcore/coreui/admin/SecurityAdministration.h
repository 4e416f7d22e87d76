#pragma once

#include "openmairie_coreui_export.h"

#include <QObject>
#include <QPointer>

class QAction;
class QDialog;
class QMenu;
class QWidget;

namespace OpenMairie::Core {
class CoreServices;
}

namespace OpenMairie::CoreUi {

class AuditBrowser;
class ChangePasswordDialog;
class RightsMatrixDialog;
class UsersDialog;

// The shell's entries of issue 3: « Administration > Utilisateurs… / Droits des profils… /
// Journal d'audit… » and « Mon compte > Changer mon mot de passe… ». Each entry shows only when
// the signed-in agent holds its right, re-evaluated whenever the session changes.
class OPENMAIRIE_COREUI_EXPORT SecurityAdministration final : public QObject
{
    Q_OBJECT

public:
    SecurityAdministration(Core::CoreServices &services, QMenu *administration, QMenu *account,
                           QWidget *dialogParent);

    QAction *usersAction() const { return m_users; }
    QAction *rightsAction() const { return m_rights; }
    QAction *auditAction() const { return m_audit; }
    QAction *passwordAction() const { return m_password; }

    UsersDialog *showUsers();
    RightsMatrixDialog *showRights();
    AuditBrowser *showAudit();
    ChangePasswordDialog *showChangePassword();

public slots:
    void refresh();

private:
    template <typename Dialog>
    Dialog *open(QPointer<QDialog> &slot, const QString &permission);

    Core::CoreServices &m_services;
    QWidget *m_dialogParent;
    QAction *m_users;
    QAction *m_rights;
    QAction *m_audit;
    QAction *m_password;
    QPointer<QDialog> m_usersDialog;
    QPointer<QDialog> m_rightsDialog;
    QPointer<QDialog> m_auditDialog;
};

} // namespace OpenMairie::CoreUi
