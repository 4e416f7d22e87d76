#pragma once

#include "openmairie_coreui_export.h"

#include "security/RightsMatrix.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QStandardItem;
class QStandardItemModel;
class QTreeView;

namespace OpenMairie::Core {
class CoreServices;
}

namespace OpenMairie::CoreUi {

// « Administration > Droits des profils » : one row per declared right, grouped by module, one
// column per profile. A right granted to a profile holds for the higher ones, so ticking a profile
// ticks those above it and unticking one unticks those below; the administrator holds every
// right. A row changed from the module's default is in bold and can be set back to it. Each click
// is saved at once through RightsMatrix, which also updates the agents' server roles.
class OPENMAIRIE_COREUI_EXPORT RightsMatrixDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { Description, Permission, FirstProfile };

    explicit RightsMatrixDialog(Core::CoreServices &services, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QStandardItemModel *model() const { return m_model; }
    QPushButton *resetButton() const { return m_reset; }
    // The cell of a right and a profile (null when the right is not shown).
    QStandardItem *cell(const QString &permission, Core::Profile profile) const;
    bool isChecked(const QString &permission, Core::Profile profile) const;
    bool isShownAsChanged(const QString &permission) const;
    bool selectPermission(const QString &permission);
    QString lastError() const { return m_lastError; }

public slots:
    void reload();
    // As a click in the cell does: saves at once.
    bool setChecked(const QString &permission, Core::Profile profile, bool checked);
    bool resetCurrent();

private:
    void onItemChanged(QStandardItem *item);
    bool apply(const QString &permission, Core::Profile minimum);
    void updateActions();
    QString currentPermission() const;
    QString moduleTitle(const QString &module) const;
    static int columnOf(Core::Profile profile);

    Core::CoreServices &m_services;
    QList<Core::RightEntry> m_entries;
    QString m_lastError;
    bool m_filling = false;
    QStandardItemModel *m_model;
    QTreeView *m_view;
    QLabel *m_detail;
    QPushButton *m_reset;
};

} // namespace OpenMairie::CoreUi
