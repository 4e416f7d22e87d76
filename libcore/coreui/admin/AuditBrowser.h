#pragma once

#include "openmairie_coreui_export.h"

#include "security/AuditQuery.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace OpenMairie::Core {
class CoreServices;
}

namespace OpenMairie::CoreUi {

class DateLineEdit;
class InlineErrorLabel;

// « Administration > Journal d'audit » : who changed what, when, in which commune. Filters by
// agent, commune, module, table, record, action and period; the selected event shows its values
// before and after side by side, the changed ones highlighted. « Exporter en CSV… » only for the
// agents holding core.audit.exporter (the export itself is written to the journal).
class OPENMAIRIE_COREUI_EXPORT AuditBrowser : public QDialog
{
    Q_OBJECT

public:
    enum Column { When, User, Commune, Module, Table, Record, Action, Fields, ColumnCount };
    enum DetailColumn { DetailField, DetailBefore, DetailAfter };

    explicit AuditBrowser(Core::CoreServices &services, QWidget *parent = nullptr);

    QComboBox *userCombo() const { return m_user; }
    QComboBox *communeCombo() const { return m_commune; }
    QComboBox *moduleCombo() const { return m_module; }
    QLineEdit *tableEdit() const { return m_table; }
    QLineEdit *recordEdit() const { return m_record; }
    QComboBox *actionCombo() const { return m_action; }
    DateLineEdit *fromEdit() const { return m_from; }
    DateLineEdit *toEdit() const { return m_to; }
    QTableWidget *results() const { return m_results; }
    QTableWidget *detail() const { return m_detail; }
    QPushButton *exportButton() const { return m_export; }
    const QList<Core::AuditRow> &rows() const { return m_rows; }

    // The filter as the fields hold it (empty fields: no restriction).
    Core::AuditFilter currentFilter() const;
    QString errorText() const;
    // Fields that differ between before and after in the detail pane.
    QStringList highlightedFields() const;

public slots:
    bool search();
    void showDetail(int row);
    // Asks for a file, then exports the current filter's events.
    void chooseExportFile();
    bool exportTo(const QString &path);

private:
    void buildFilters();
    void fillChoices();
    void showError(const Core::Error &error);

    Core::CoreServices &m_services;
    QList<Core::AuditRow> m_rows;
    QComboBox *m_user = nullptr;
    QComboBox *m_commune = nullptr;
    QComboBox *m_module = nullptr;
    QLineEdit *m_table = nullptr;
    QLineEdit *m_record = nullptr;
    QComboBox *m_action = nullptr;
    DateLineEdit *m_from = nullptr;
    DateLineEdit *m_to = nullptr;
    QPushButton *m_search = nullptr;
    QLabel *m_count = nullptr;
    InlineErrorLabel *m_error = nullptr;
    QTableWidget *m_results = nullptr;
    QLabel *m_detailTitle = nullptr;
    QTableWidget *m_detail = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace OpenMairie::CoreUi
