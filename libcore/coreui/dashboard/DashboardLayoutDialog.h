#pragma once

#include "openmairie_coreui_export.h"

#include "DashboardLayout.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace OpenMairie::Core {
class DashboardLayoutStore;
class Permissions;
} // namespace OpenMairie::Core

namespace OpenMairie::CoreUi {

// "Personnaliser le tableau de bord": for each profile, the administrator ticks the widgets to show
// and puts them in order. Only the widgets the profile has the right to see are offered. Saving goes
// through DashboardLayoutStore (rights, optimistic locking); nothing is written elsewhere.
class OPENMAIRIE_COREUI_EXPORT DashboardLayoutDialog final : public QDialog
{
    Q_OBJECT

public:
    DashboardLayoutDialog(Core::DashboardLayoutStore &layouts, Core::Permissions &permissions,
                          QWidget *parent = nullptr);

    void selectProfile(Core::Profile profile);
    Core::Profile currentProfile() const;
    QStringList offeredIds() const;      // in the list's order
    QStringList checkedIds() const;      // what would be saved
    void setChecked(const QString &widgetId, bool checked);
    void moveUp(const QString &widgetId);
    void moveDown(const QString &widgetId);
    QString statusText() const;
    QString errorText() const;

public slots:
    bool save();
    bool resetToDefault();

signals:
    void layoutSaved(OpenMairie::Core::Profile profile);

private:
    void loadProfile();
    void showLayout(const Core::DashboardLayout &layout);
    void move(int delta);
    void updateButtons();
    void showError(const QString &message);

    Core::DashboardLayoutStore &m_layouts;
    Core::Permissions &m_permissions;
    Core::DashboardLayout m_layout;
    QComboBox *m_profile = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_reset = nullptr;
};

} // namespace OpenMairie::CoreUi
