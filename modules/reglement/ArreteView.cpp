#include "ArreteView.h"

#include "ArreteCategory.h"
#include "ArreteForm.h"
#include "ArreteLinks.h"
#include "ArreteListModel.h"
#include "ArretePrinting.h"
#include "ArreteService.h"
#include "EndOfValidityDialog.h"

#include "Session.h"
#include "admin/RecordHistoryWidget.h"
#include "documents/DocumentPreviewDialog.h"
#include "exchange/ListExportButton.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace OpenMairie::Reglement {

namespace {
constexpr int kSearchDelayMs = 250;
}

ArreteView::ArreteView(ArreteService &service, Core::Session &session, ArretePrinting *printing, QWidget *parent)
    : QWidget(parent), m_service(service), m_session(session), m_printing(printing)
{
    build();
    reloadAll();
    // The register shown is always the current commune's.
    connect(&m_session, &Core::Session::changed, this, &ArreteView::reloadAll);
}

void ArreteView::build()
{
    auto *root = new QVBoxLayout(this);

    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("recherche"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Rechercher dans l'objet ou le numéro (accents et majuscules indifférents)"));
    filters->addWidget(m_search, 3);

    m_year = new QComboBox(this);
    m_year->setObjectName(QStringLiteral("annee"));
    m_year->setToolTip(tr("Année"));
    filters->addWidget(m_year);

    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("categorie"));
    m_category->addItem(tr("Toutes les catégories"), QString());
    for (const ArreteCategory &c : ArreteCategory::all())
        m_category->addItem(c.label(), c.code());
    filters->addWidget(m_category, 1);

    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("etat"));
    m_state->addItem(tr("Tous les états"), QString());
    for (ArreteState s : {ArreteState::Actif, ArreteState::Abroge, ArreteState::Annule})
        m_state->addItem(stateLabel(s), stateCode(s));
    filters->addWidget(m_state);
    root->addLayout(filters);

    auto *actions = new QHBoxLayout;
    m_actionsRow = actions;
    m_new = new QPushButton(tr("&Nouvel arrêté"), this);
    m_new->setObjectName(QStringLiteral("nouveau"));
    m_new->setShortcut(QKeySequence::New);
    m_new->setToolTip(tr("Enregistrer un nouvel arrêté (Ctrl+N)"));
    m_open = new QPushButton(tr("&Ouvrir"), this);
    m_open->setObjectName(QStringLiteral("ouvrir"));
    m_open->setToolTip(tr("Consulter ou modifier l'arrêté choisi (Entrée)"));
    m_abrogate = new QPushButton(tr("A&broger…"), this);
    m_abrogate->setObjectName(QStringLiteral("abroger"));
    m_cancel = new QPushButton(tr("Ann&uler l'arrêté…"), this);
    m_cancel->setObjectName(QStringLiteral("annuler"));
    m_print = new QPushButton(tr("&Aperçu / imprimer l'arrêté"), this);
    m_print->setObjectName(QStringLiteral("imprimer"));
    m_print->setShortcut(QKeySequence::Print);
    m_print->setToolTip(tr("Aperçu de l'arrêté choisi, puis impression ou enregistrement en PDF (Ctrl+P)"));
    m_register = new QPushButton(tr("Re&gistre de l'année…"), this);
    m_register->setObjectName(QStringLiteral("registreAnnee"));
    m_register->setToolTip(tr("Aperçu du registre chronologique des arrêtés d'une année, à imprimer et signer"));
    m_print->setVisible(m_printing != nullptr);
    m_register->setVisible(m_printing != nullptr);
    m_history = new QPushButton(tr("&Historique…"), this);
    m_history->setObjectName(QStringLiteral("historique"));
    m_history->setToolTip(tr("Qui a créé et modifié l'arrêté choisi, quand, et ce qui a changé"));
    m_history->hide();
    for (QPushButton *b : {m_new, m_open, m_abrogate, m_cancel, m_print, m_register, m_history})
        actions->addWidget(b);
    actions->addStretch(1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("compte"));
    actions->addWidget(m_count);
    root->addLayout(actions);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("erreur"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b03a2e; background: #fde2e1; padding: 6px;"));
    m_error->hide();
    root->addWidget(m_error);

    m_model = new ArreteListModel(m_service, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("registre"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ArreteListModel::Objet, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ArreteListModel::Signataire, QHeaderView::Interactive);
    m_table->setColumnWidth(ArreteListModel::Numero, 90);
    m_table->setColumnWidth(ArreteListModel::Date, 90);
    m_table->setColumnWidth(ArreteListModel::Categorie, 180);
    m_table->setColumnWidth(ArreteListModel::Signataire, 180);
    m_table->setColumnWidth(ArreteListModel::Publie, 140);
    m_table->setColumnWidth(ArreteListModel::Transmis, 100);
    root->addWidget(m_table, 1);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &ArreteView::applyFilters);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &ArreteView::applyFilters);
    for (QComboBox *combo : {m_year, m_category, m_state})
        connect(combo, &QComboBox::activated, this, &ArreteView::applyFilters);

    connect(m_model, &ArreteListModel::loadFailed, this, &ArreteView::showError);
    connect(m_model, &ArreteListModel::totalCountChanged, this, [this](int total) {
        m_count->setText(total == 0 ? tr("Aucun arrêté") : tr("%n arrêté(s)", nullptr, total));
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ArreteView::updateActions);
    // Niveau 2 (all the agent's communes): each row names its commune.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_table->setColumnHidden(ArreteListModel::Commune, !m_service.listSpansSeveralCommunes());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ArreteView::updateActions);
    connect(m_table, &QTableView::activated, this, &ArreteView::openCurrent);
    connect(m_new, &QPushButton::clicked, this, &ArreteView::newArrete);
    connect(m_open, &QPushButton::clicked, this, &ArreteView::openCurrent);
    connect(m_abrogate, &QPushButton::clicked, this, &ArreteView::abrogateCurrent);
    connect(m_cancel, &QPushButton::clicked, this, &ArreteView::cancelCurrent);
    connect(m_print, &QPushButton::clicked, this, &ArreteView::previewCurrent);
    connect(m_register, &QPushButton::clicked, this, &ArreteView::chooseRegisterYear);
    connect(m_history, &QPushButton::clicked, this, &ArreteView::showHistoryCurrent);

    auto *deleteAction = new QAction(this);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(deleteAction, &QAction::triggered, this, &ArreteView::deleteCurrent);
    m_table->addAction(deleteAction);

    setFocusProxy(m_search);
}

ArreteFilter ArreteView::currentFilter() const
{
    ArreteFilter f;
    f.annee = m_year->currentData().toInt();
    f.categorie = m_category->currentData().toString();
    f.recherche = m_search->text();
    f.etat = stateFromCode(m_state->currentData().toString());
    return f;
}

QString ArreteView::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ArreteView::applyFilters()
{
    m_searchDelay->stop();
    m_error->hide();
    m_model->setFilter(currentFilter());
}

void ArreteView::reloadYears()
{
    const int chosen = m_year->currentData().toInt();
    m_year->clear();
    m_year->addItem(tr("Toutes les années"), 0);
    if (Core::Result<QList<int>> years = m_service.years(); years) {
        for (int y : years.value())
            m_year->addItem(QString::number(y), y);
    }
    m_year->setCurrentIndex(std::max(0, m_year->findData(chosen)));
}

void ArreteView::reloadAll()
{
    if (!m_session.isAuthenticated() || !m_session.commune().isValid())
        return;
    reloadYears();
    applyFilters();
    updateActions();
}

void ArreteView::updateActions()
{
    const Arrete *a = currentArrete();
    m_new->setEnabled(m_service.sessionAllows(ArreteService::kPermissionCreer));
    m_open->setEnabled(a != nullptr);
    const bool mayEnd = a && a->isActive() && m_service.sessionAllows(ArreteService::kPermissionAbroger);
    m_abrogate->setEnabled(mayEnd);
    m_cancel->setEnabled(mayEnd);
    m_print->setEnabled(a != nullptr);
    m_register->setEnabled(m_model->rowCount() > 0);
    m_history->setEnabled(a != nullptr);
}

void ArreteView::setExporter(Core::ExportService *exporter)
{
    if (!exporter || m_export)
        return;
    Core::ExportSubject subject;
    subject.title = tr("Registre des arrêtés");
    subject.module = QStringLiteral("reglement");
    subject.table = ArreteService::kTable;
    subject.permission = ArreteService::kPermissionConsulter;
    m_export = new CoreUi::ListExportButton(*exporter, *m_model, subject, this);
    m_export->setTable(m_table);
    // Beside the other actions on the list, before the count at the right.
    m_actionsRow->insertWidget(m_actionsRow->indexOf(m_history) + 1, m_export);
}

void ArreteView::setHistorySource(Core::AuditQuery *audit)
{
    m_audit = audit;
    m_history->setVisible(audit != nullptr);
}

QWidget *ArreteView::showHistoryCurrent()
{
    const Arrete *current = currentArrete();
    if (!current || !m_audit)
        return nullptr;
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Historique de l'arrêté n° %1").arg(current->numero));
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(new CoreUi::RecordHistoryWidget(*m_audit, ArreteService::kTable, current->id, dialog), 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Fermer"));
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(640, 480);
    dialog->show();
    return dialog;
}

void ArreteView::showError(const Core::Error &error)
{
    m_error->setText(error.message());
    m_error->setToolTip(error.detail());
    m_error->show();
}

const Arrete *ArreteView::currentInItsCommune()
{
    const Arrete *current = currentArrete();
    if (!current)
        return nullptr;
    if (Core::Status s = m_service.workInCommuneOf(*current); !s) {
        showError(s.error());
        return nullptr;
    }
    return current;
}

const Arrete *ArreteView::currentArrete() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->arreteAt(current.row()) : nullptr;
}

void ArreteView::selectId(qint64 id)
{
    int row = m_model->rowOfId(id);
    while (row < 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOfId(id);
    }
    if (row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, ArreteListModel::Numero));
        m_table->scrollTo(m_model->index(row, ArreteListModel::Numero));
    }
    updateActions();
}

void ArreteView::newArrete()
{
    if (!m_service.sessionAllows(ArreteService::kPermissionCreer))
        return;
    auto *form = new ArreteForm(m_service, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &ArreteForm::saved, this, [this](const Arrete &a) {
        reloadYears();
        m_model->reload();
        selectId(a.id);
    });
    form->open();
}

void ArreteView::openCurrent()
{
    if (const Arrete *current = currentInItsCommune())
        openArrete(current->id);
}

bool ArreteView::openTarget(const QString &target)
{
    if (ArreteLinks::isNewArrete(target)) {
        newArrete();
        return true;
    }
    const qint64 id = ArreteLinks::idOf(target);
    if (id <= 0)
        return false;
    openArrete(id);
    return true;
}

void ArreteView::openArrete(qint64 id)
{
    // The row may be stale: the form works on the register as it is now.
    Core::Result<Arrete> fresh = m_service.get(id);
    if (!fresh) {
        showError(fresh.error());
        return;
    }
    auto *form = new ArreteForm(m_service, fresh.value(), this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &ArreteForm::saved, this, [this](const Arrete &a) {
        m_model->reload();
        selectId(a.id);
    });
    form->open();
}

void ArreteView::endCurrent(bool abrogation)
{
    const Arrete *current = currentInItsCommune();
    if (!current)
        return;
    Core::Result<Arrete> fresh = m_service.get(current->id);
    if (!fresh) {
        showError(fresh.error());
        return;
    }
    auto *dialog = new EndOfValidityDialog(m_service, fresh.value(),
                                           abrogation ? ArreteState::Abroge : ArreteState::Annule, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EndOfValidityDialog::ended, this, [this](const Arrete &a) {
        m_model->reload();
        selectId(a.id);
    });
    dialog->open();
}

void ArreteView::abrogateCurrent()
{
    endCurrent(true);
}

void ArreteView::cancelCurrent()
{
    endCurrent(false);
}

void ArreteView::deleteCurrent()
{
    const Arrete *current = currentArrete();
    if (!current)
        return;
    // The service refuses and says what to do instead; the agent reads it where he pressed the key.
    if (Core::Status s = m_service.remove(current->id); !s)
        showError(s.error());
}

CoreUi::DocumentPreviewDialog *ArreteView::previewCurrent()
{
    const Arrete *current = m_printing ? currentInItsCommune() : nullptr;
    if (!current)
        return nullptr;
    // A duplicata once the act is published: the original is the signed paper in the register.
    const bool duplicata = current->datePublication.isValid() || current->dateNotification.isValid();
    Core::Result<Documents::PreparedPrint> print = m_printing->prepareArrete(current->numero, duplicata);
    if (!print) {
        showError(print.error());
        return nullptr;
    }
    auto *dialog = new CoreUi::DocumentPreviewDialog(m_printing->documents(), print.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Arrêté n° %1 — aperçu avant impression").arg(current->numero));
    dialog->open();
    return dialog;
}

CoreUi::DocumentPreviewDialog *ArreteView::previewRegister(int annee)
{
    if (!m_printing)
        return nullptr;
    Core::Result<Documents::PreparedPrint> print = m_printing->prepareRegister(annee);
    if (!print) {
        showError(print.error());
        return nullptr;
    }
    auto *dialog = new CoreUi::DocumentPreviewDialog(m_printing->documents(), print.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Registre des arrêtés %1 — aperçu avant impression").arg(annee));
    dialog->open();
    return dialog;
}

void ArreteView::chooseRegisterYear()
{
    Core::Result<QList<int>> years = m_service.years();
    if (!years) {
        showError(years.error());
        return;
    }
    if (years->isEmpty())
        return;
    QStringList items;
    for (int y : years.value())
        items.append(QString::number(y));
    // The year filtered on, else the most recent.
    const int filtered = m_year->currentData().toInt();
    const int current = std::max<qsizetype>(0, items.indexOf(QString::number(filtered)));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Registre des arrêtés"), tr("Année du registre :"), items,
                                                 int(current), false, &ok);
    if (ok)
        previewRegister(chosen.toInt());
}

} // namespace OpenMairie::Reglement
