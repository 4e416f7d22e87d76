#pragma once

#include "CoreServices.h"

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace OpenMairie::Gui {

// The import and stored-query entries of the shell's « Outils » menu: « Importer » lists the
// importable objects the modules declared and the agent's rights allow (each opens the import
// dialog, dry run first); « Requêtes mémorisées… » opens the stored queries he may run.
class ExchangeToolsActions final : public QObject
{
    Q_OBJECT

public:
    ExchangeToolsActions(Core::CoreServices &services, QMenu *menu, QWidget *dialogParent);

    // Rebuilt after sign-in and on every change of session (rights, commune).
    void refresh();

    QMenu *importMenu() const { return m_importMenu; }
    QAction *storedQueriesAction() const { return m_storedQueries; }
    QWidget *showImport(const QString &definitionId);
    QWidget *showStoredQueries();

private:
    Core::CoreServices &m_services;
    QWidget *m_dialogParent;
    QMenu *m_importMenu = nullptr;
    QAction *m_storedQueries = nullptr;
};

} // namespace OpenMairie::Gui
