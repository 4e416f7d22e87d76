#pragma once

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace OpenMairie::Core {
class VoieService;
}

namespace OpenMairie::Elec {

class ElecService;
class ElecteurListModel;

// The electoral list: list, bureau and situation filters, search as you type, the elector's record
// with its mouvement history, and the counter actions (inscription, modification, radiation).
class ElecteurView final : public QWidget
{
    Q_OBJECT

public:
    ElecteurView(ElecService &service, Core::VoieService *voies, QWidget *parent = nullptr);

    // "electeur:42" shows the elector, "inscription" opens the counter form.
    bool openTarget(const QString &target);
    bool showElecteur(qint64 id);
    ElecteurListModel *model() const { return m_model; }
    QLineEdit *searchBox() const { return m_search; }
    QTextBrowser *record() const { return m_record; }

private:
    void applyFilter();
    void fillBureaux();
    void showCurrent();
    void newInscription();
    void modifyCurrent();
    void radiateCurrent();
    qint64 currentId() const;

    ElecService &m_service;
    Core::VoieService *m_voies;
    ElecteurListModel *m_model;
    QComboBox *m_liste;
    QComboBox *m_bureau;
    QComboBox *m_situation;
    QLineEdit *m_search;
    QLabel *m_count;
    QTableView *m_table;
    QTextBrowser *m_record;
    QPushButton *m_modifier;
    QPushButton *m_radier;
    QLabel *m_message;
    QTimer m_typing;
    qint64 m_shownId = 0;
};

} // namespace OpenMairie::Elec
