#pragma once

#include "openmairie_coreui_export.h"

#include "RecordLink.h"

#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;

namespace OpenMairie::Core {
class DashboardLayoutStore;
class DashboardLoader;
class Permissions;
} // namespace OpenMairie::Core

namespace OpenMairie::CoreUi {

class DashboardCard;

// The dashboard of the home page: the cards of the signed-in agent's layout, each computed on a
// worker thread, "Tout actualiser", and for the administrator "Personnaliser…" (the layout dialog).
class OPENMAIRIE_COREUI_EXPORT DashboardView final : public QWidget
{
    Q_OBJECT

public:
    DashboardView(Core::DashboardLayoutStore &layouts, Core::DashboardLoader &loader, Core::Permissions &permissions,
                  QWidget *parent = nullptr);

    QList<DashboardCard *> cards() const { return m_cards; }
    DashboardCard *card(const QString &widgetId) const;
    QString messageText() const;

public slots:
    // Rebuilds the cards from the agent's layout (sign-in, commune switch, layout saved) and loads them.
    void reload();
    void refreshAll();
    void refresh(DashboardCard *card);
    // Opens the administrator's layout dialog (non-modal, so that tests drive it too).
    QWidget *customize();

signals:
    void linkActivated(const OpenMairie::Core::RecordLink &link);

private:
    Core::DashboardLayoutStore &m_layouts;
    Core::DashboardLoader &m_loader;
    Core::Permissions &m_permissions;
    QGridLayout *m_grid = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_refreshAll = nullptr;
    QPushButton *m_customize = nullptr;
    QList<DashboardCard *> m_cards;
};

} // namespace OpenMairie::CoreUi
