#pragma once

#include "ArreteFilter.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace OpenMairie::Core {
class Error;
class Session;
} // namespace OpenMairie::Core

namespace OpenMairie::Reglement {

struct Arrete;
class ArreteListModel;
class ArreteService;

// "Arrêtés municipaux": the register of the session's commune, searched as the agent types and
// filtered by year, category and state; opens the form to create, read or modify, and the
// abrogation and annulation dialogs. Everything it shows or writes goes through ArreteService.
class ArreteView : public QWidget
{
    Q_OBJECT

public:
    ArreteView(ArreteService &service, Core::Session &session, QWidget *parent = nullptr);

    ArreteListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ArreteFilter currentFilter() const;
    QString errorText() const;

public slots:
    // Applies the search box and the filters now (typing applies them after a short pause).
    void applyFilters();
    // Years and rows again, e.g. after the agent switched commune.
    void reloadAll();
    void newArrete();
    void openCurrent();
    void abrogateCurrent();
    void cancelCurrent();
    void deleteCurrent();

private:
    void build();
    void reloadYears();
    void updateActions();
    void showError(const Core::Error &error);
    void selectId(qint64 id);
    const Arrete *currentArrete() const;
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
    QTimer *m_searchDelay = nullptr;
};

} // namespace OpenMairie::Reglement
