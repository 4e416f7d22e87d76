#pragma once

#include "NavigationCatalog.h"

#include <QDate>
#include <QWidget>

class QGridLayout;
class QLabel;
class QVBoxLayout;

namespace OpenMairie::Gui {

// What the home tab shows about the session.
struct HomeSummary
{
    QString communeName;
    QString communeCode;
    QString userName;
    QString profileLabel;
    QString database;
    qsizetype activeModules = 0;
    qsizetype refusedModules = 0;
    QDate date;
};

// The "Accueil" tab: the commune, the agent and the day at a glance, then the dashboard (the widgets
// the modules offer, chosen per profile), then one card per module with shortcuts to its views.
class HomePage final : public QWidget
{
    Q_OBJECT

public:
    explicit HomePage(QWidget *parent = nullptr);

    void setSummary(const HomeSummary &summary);
    void setCatalog(const NavigationCatalog &catalog);
    void addDashboardWidget(const QString &title, QWidget *widget);
    // The dashboard view, placed under the banner; it brings its own heading.
    void setDashboard(QWidget *dashboard);

    QString communeTitle() const;
    QString sessionText() const;
    QStringList cardTitles() const;

signals:
    void entryActivated(const QString &id);
    void modulesDialogRequested();
    void changeDatabaseRequested();
    void aboutRequested();

private:
    QWidget *createCard(const NavigationGroup &group);
    QWidget *createEmptyCard();
    QWidget *createToolsCard();

    QLabel *m_commune = nullptr;
    QLabel *m_communeDetail = nullptr;
    QLabel *m_date = nullptr;
    QLabel *m_session = nullptr;
    QLabel *m_database = nullptr;
    QLabel *m_footer = nullptr;
    QGridLayout *m_cards = nullptr;
    QWidget *m_dashboardSection = nullptr;
    QVBoxLayout *m_dashboard = nullptr;
    QLabel *m_dashboardTitle = nullptr;
    QStringList m_cardTitles;
};

} // namespace OpenMairie::Gui
