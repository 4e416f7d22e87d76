#include "ExchangeToolsActions.h"

#include "exchange/ImportDialog.h"
#include "exchange/StoredQueryDialog.h"

#include <QAction>
#include <QMenu>

namespace OpenMairie::Gui {

ExchangeToolsActions::ExchangeToolsActions(Core::CoreServices &services, QMenu *menu, QWidget *dialogParent)
    : QObject(menu), m_services(services), m_dialogParent(dialogParent)
{
    menu->addSeparator();
    m_importMenu = menu->addMenu(tr("&Importer"));
    m_importMenu->setObjectName(QStringLiteral("menuImporter"));
    m_storedQueries = menu->addAction(tr("&Requêtes mémorisées…"));
    m_storedQueries->setObjectName(QStringLiteral("actionRequetesMemorisees"));
    m_storedQueries->setStatusTip(tr("Choisir une requête, ses colonnes et son tri, puis l'exporter en CSV ou en .xlsx"));
    connect(m_storedQueries, &QAction::triggered, this, &ExchangeToolsActions::showStoredQueries);
    refresh();
}

void ExchangeToolsActions::refresh()
{
    m_importMenu->clear();
    const bool signedIn = m_services.session().isAuthenticated();
    const QList<Core::ImportDefinition> imports =
        signedIn ? m_services.imports().allowed(m_services.permissions()) : QList<Core::ImportDefinition>();
    for (const Core::ImportDefinition &definition : imports) {
        QAction *action = m_importMenu->addAction(definition.title() + QStringLiteral("…"));
        action->setObjectName(QStringLiteral("actionImporter_") + definition.id());
        action->setStatusTip(definition.description());
        const QString id = definition.id();
        connect(action, &QAction::triggered, this, [this, id] { showImport(id); });
    }
    m_importMenu->menuAction()->setVisible(!imports.isEmpty());
    m_storedQueries->setVisible(signedIn && !m_services.storedQueries().allowed(m_services.permissions()).isEmpty());
}

QWidget *ExchangeToolsActions::showImport(const QString &definitionId)
{
    const Core::ImportDefinition *definition = m_services.imports().find(definitionId);
    if (!definition || !m_services.permissions().sessionAllows(definition->permission()))
        return nullptr;
    auto *dialog = new CoreUi::ImportDialog(m_services.importer(), *definition, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QWidget *ExchangeToolsActions::showStoredQueries()
{
    const QList<Core::StoredQuery> queries = m_services.storedQueries().allowed(m_services.permissions());
    if (queries.isEmpty())
        return nullptr;
    auto *dialog = new CoreUi::StoredQueryDialog(m_services.exporter(), queries, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace OpenMairie::Gui
