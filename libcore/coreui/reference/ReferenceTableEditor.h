#pragma once

#include "openmairie_coreui_export.h"

#include "reference/ReferenceEntry.h"
#include "reference/ReferenceTable.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace OpenMairie::Core {
class Permissions;
class ReferenceTableService;
} // namespace OpenMairie::Core

namespace OpenMairie::CoreUi {

class DateLineEdit;
class ListFilterBar;
class MessageLine;
class RecordActions;
class ReferenceListTable;

// The generic editor of the shared reference tables (départements, pays, nationalités, civilités,
// types de voie): a list with a filter and "Afficher les valeurs retirées", the form of the chosen
// value, and "Retirer" from a date. Read-only without core.referentiel.modifier.
class OPENMAIRIE_COREUI_EXPORT ReferenceTableEditor : public QWidget
{
    Q_OBJECT

public:
    ReferenceTableEditor(Core::ReferenceTableService &service, const Core::Permissions &permissions,
                         QWidget *parent = nullptr);

    void setTable(const QString &table);
    const Core::ReferenceTable &table() const { return m_table; }
    void setShowRetired(bool show);
    void setFilter(const QString &text);
    void reload();

    bool selectCode(const QString &code);
    void startNew();
    bool save();
    bool retireCurrent(const QDate &date);

    int rowCount() const;
    QStringList visibleCodes() const;
    QString messageText() const;

private:
    void showEntry(const Core::ReferenceEntry &entry);
    void onCurrentChanged();
    Core::ReferenceEntry entryFromForm() const;

    Core::ReferenceTableService &m_service;
    const Core::Permissions &m_permissions;
    Core::ReferenceTable m_table;
    QList<Core::ReferenceEntry> m_entries;
    Core::ReferenceEntry m_current;

    QComboBox *m_tableChoice = nullptr;
    ListFilterBar *m_filter = nullptr;
    ReferenceListTable *m_list = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_libelle = nullptr;
    QLabel *m_paysLabel = nullptr;
    QLineEdit *m_pays = nullptr;
    DateLineEdit *m_debut = nullptr;
    QLabel *m_state = nullptr;
    RecordActions *m_actions = nullptr;
    MessageLine *m_message = nullptr;
};

} // namespace OpenMairie::CoreUi
