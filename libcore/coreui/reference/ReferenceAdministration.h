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

// The factory the shell calls: the three administration screens of the reference data, made from
// CoreServices, and the menu entries that open them ("Paramètres de la commune…", "Tables de
// référence…", "Voies de la commune…"), shown according to the signed-in agent's rights.
class OPENMAIRIE_COREUI_EXPORT ReferenceAdministration final : public QObject
{
    Q_OBJECT

public:
    ReferenceAdministration(Core::CoreServices &services, QMenu *menu, QWidget *dialogParent);

    static QWidget *createParametersPage(Core::CoreServices &services, QWidget *parent = nullptr);
    static QWidget *createReferenceTablesEditor(Core::CoreServices &services, QWidget *parent = nullptr);
    static QWidget *createVoiesEditor(Core::CoreServices &services, QWidget *parent = nullptr);

    // After sign-in, a change of commune or profile.
    void refresh();

    QAction *parametersAction() const { return m_parameters; }
    QAction *tablesAction() const { return m_tables; }
    QAction *voiesAction() const { return m_voies; }

private:
    void open(QPointer<QDialog> &slot, QWidget *screen, const QString &title);

    Core::CoreServices &m_services;
    QWidget *m_dialogParent;
    QAction *m_parameters;
    QAction *m_tables;
    QAction *m_voies;
    QPointer<QDialog> m_parametersDialog;
    QPointer<QDialog> m_tablesDialog;
    QPointer<QDialog> m_voiesDialog;
};

} // namespace OpenMairie::CoreUi
