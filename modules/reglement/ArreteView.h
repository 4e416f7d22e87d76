#pragma once

#include "ArreteFilter.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace OpenMairie::Core {
class AuditQuery;
class Error;
class ExportService;
class Session;
} // namespace OpenMairie::Core

namespace OpenMairie::CoreUi {
class DocumentPreviewDialog;
class ListExportButton;
}

namespace OpenMairie::Reglement {

struct Arrete;
class ArretePrinting;
class ArreteListModel;
class ArreteService;

// "Arrêtés municipaux": the register of the session's commune, searched as the agent types and
// filtered by year, category and state; opens the form to create, read or modify, and the
// abrogation and annulation dialogs. Everything it shows or writes goes through ArreteService.
class ArreteView : public QWidget
{
    Q_OBJECT

public:
    // printing: null where documents are not available (the print buttons are then hidden).
    ArreteView(ArreteService &service, Core::Session &session, ArretePrinting *printing = nullptr,
               QWidget *parent = nullptr);

    ArreteListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ArreteFilter currentFilter() const;
    // The audit journal behind « Historique… » (the button is hidden without it).
    void setHistorySource(Core::AuditQuery *audit);
    // "Exporter…" the register as filtered (CSV for Excel or .xlsx); absent without the service.
    void setExporter(Core::ExportService *exporter);
    CoreUi::ListExportButton *exportButton() const { return m_export; }
    QString errorText() const;

public slots:
    // Applies the search box and the filters now (typing applies them after a short pause).
    void applyFilters();
    // Years and rows again, e.g. after the agent switched commune.
    void reloadAll();
    void newArrete();
    void openCurrent();
    // Opens the form of the arrêté, whatever the filters show (links of the global search and the
    // dashboard).
    void openArrete(qint64 id);
    // ArreteLinks targets: "arrete:<id>" or "nouveau". False for a target it does not know.
    bool openTarget(const QString &target);
    void abrogateCurrent();
    void cancelCurrent();
    void deleteCurrent();
    // « Aperçu / imprimer l'arrêté » and « Registre de l'année… »: Qt's preview, then the printer or
    // a PDF/A file. The dialog (null, with the reason shown, when the print cannot be prepared).
    CoreUi::DocumentPreviewDialog *previewCurrent();
    CoreUi::DocumentPreviewDialog *previewRegister(int annee);
    void chooseRegisterYear();
    // The journal's events of the chosen arrêté, in a window of their own (null without a choice).
    QWidget *showHistoryCurrent();

private:
    void build();
    void reloadYears();
    void updateActions();
    void showError(const Core::Error &error);
    void selectId(qint64 id);
    const Arrete *currentArrete() const;
    // The selected row, once its commune is the working one (niveau-2 lists mix communes).
    const Arrete *currentInItsCommune();
    void endCurrent(bool abrogation);

    ArreteService &m_service;
    Core::Session &m_session;
    ArreteListModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_year = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_state = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_error = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_abrogate = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_register = nullptr;
    QPushButton *m_history = nullptr;
    QHBoxLayout *m_actionsRow = nullptr;
    CoreUi::ListExportButton *m_export = nullptr;
    Core::AuditQuery *m_audit = nullptr;
    ArretePrinting *m_printing = nullptr;
    QTimer *m_searchDelay = nullptr;
};

} // namespace OpenMairie::Reglement
