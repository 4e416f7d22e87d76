#pragma once

#include "openmairie_coreui_export.h"

#include "reference/Voie.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace OpenMairie::Core {
class Permissions;
class ReferenceTableService;
class VoieService;
} // namespace OpenMairie::Core

namespace OpenMairie::CoreUi {

class DateLineEdit;
class ListFilterBar;
class MessageLine;
class RecordActions;
class ReferenceListTable;

// "Voies de la commune": the streets with a filter and the retired ones on demand, the form of a
// street, and its number ranges (openElec's découpage). Read-only without core.voie.modifier.
class OPENMAIRIE_COREUI_EXPORT VoieEditor : public QWidget
{
    Q_OBJECT

public:
    VoieEditor(Core::VoieService &voies, Core::ReferenceTableService &tables, const Core::Permissions &permissions,
               QWidget *parent = nullptr);

    void reload();
    void setFilter(const QString &text);
    void setShowRetired(bool show);
    bool selectCode(const QString &code);
    void startNew();
    bool save();
    bool retireCurrent(const QDate &date);
    bool addRange(int from, int to, Core::VoieRange::Side side);
    bool removeSelectedRange();

    QStringList visibleCodes() const;
    int rangeCount() const;
    QString messageText() const;

private:
    void loadTypes(const QString &keepCode);
    void showVoie(const Core::Voie &voie);
    void reloadRanges();
    void onCurrentChanged();

    Core::VoieService &m_voies;
    Core::ReferenceTableService &m_tables;
    const Core::Permissions &m_permissions;
    QList<Core::Voie> m_list;
    Core::Voie m_current;
    QList<Core::VoieRange> m_ranges;

    ListFilterBar *m_filter = nullptr;
    ReferenceListTable *m_table = nullptr;
    QLineEdit *m_code = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_libelle = nullptr;
    QLineEdit *m_complement = nullptr;
    DateLineEdit *m_debut = nullptr;
    QLabel *m_state = nullptr;
    RecordActions *m_actions = nullptr;
    QTableWidget *m_rangeTable = nullptr;
    QSpinBox *m_from = nullptr;
    QSpinBox *m_to = nullptr;
    QComboBox *m_side = nullptr;
    QPushButton *m_addRange = nullptr;
    QPushButton *m_removeRange = nullptr;
    MessageLine *m_message = nullptr;
};

} // namespace OpenMairie::CoreUi
