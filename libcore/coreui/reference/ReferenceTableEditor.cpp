#include "ReferenceTableEditor.h"

#include "DateLineEdit.h"
#include "ListFilterBar.h"
#include "MessageLine.h"
#include "RecordActions.h"
#include "ReferenceListTable.h"

#include "Permissions.h"
#include "TextNormalizer.h"
#include "reference/ReferenceTableService.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QVBoxLayout>

namespace OpenMairie::CoreUi {

using Core::ReferenceEntry;
using Core::ReferenceTable;
using Core::ReferenceTableService;

ReferenceTableEditor::ReferenceTableEditor(ReferenceTableService &service, const Core::Permissions &permissions,
                                           QWidget *parent)
    : QWidget(parent), m_service(service), m_permissions(permissions), m_table(ReferenceTable::pays())
{
    setObjectName(QStringLiteral("tablesReference"));
    auto *layout = new QVBoxLayout(this);
    m_filter = new ListFilterBar(tr("Rechercher (code ou libellé, sans tenir compte des accents)"),
                                 tr("Afficher les valeurs retirées"), this);
    m_tableChoice = new QComboBox(this);
    m_tableChoice->setObjectName(QStringLiteral("table"));
    for (const ReferenceTable &t : ReferenceTable::all())
        m_tableChoice->addItem(t.title, t.table);
    m_filter->insertWidget(m_tableChoice);
    m_filter->insertWidget(new QLabel(tr("Table :"), this));
    layout->addWidget(m_filter);

    auto *splitter = new QSplitter(this);
    m_list = new ReferenceListTable({tr("Code"), tr("Libellé")}, splitter);
    m_list->setObjectName(QStringLiteral("liste"));
    splitter->addWidget(m_list);

    auto *formBox = new QGroupBox(tr("Valeur"), splitter);
    auto *form = new QFormLayout(formBox);
    m_code = new QLineEdit(formBox);
    m_code->setObjectName(QStringLiteral("code"));
    form->addRow(tr("Code :"), m_code);
    m_libelle = new QLineEdit(formBox);
    m_libelle->setObjectName(QStringLiteral("libelle"));
    form->addRow(tr("Libellé :"), m_libelle);
    m_paysLabel = new QLabel(tr("Pays (code INSEE) :"), formBox);
    m_pays = new QLineEdit(formBox);
    m_pays->setObjectName(QStringLiteral("pays"));
    m_pays->setPlaceholderText(tr("99100 pour la France"));
    form->addRow(m_paysLabel, m_pays);
    m_debut = new DateLineEdit(formBox);
    m_debut->setObjectName(QStringLiteral("debutValidite"));
    m_debut->setMaximumWidth(110);
    form->addRow(tr("En vigueur depuis le :"), m_debut);
    m_state = new QLabel(formBox);
    m_state->setObjectName(QStringLiteral("etat"));
    form->addRow(tr("État :"), m_state);
    m_actions = new RecordActions(tr("Nouvelle valeur"),
                                  tr("La valeur n'est plus proposée à partir de cette date ; elle reste affichée sur "
                                     "les fiches qui l'utilisent."),
                                  formBox);
    form->addRow(m_actions);
    splitter->addWidget(formBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    m_message = new MessageLine(this);
    layout->addWidget(m_message);

    const bool editable = m_permissions.sessionAllows(ReferenceTableService::kPermissionModifier);
    for (QWidget *w : std::initializer_list<QWidget *>{m_code, m_libelle, m_pays, m_debut})
        w->setEnabled(editable);
    m_actions->setVisible(editable);
    if (!editable)
        m_message->showInfo(tr("Consultation seule : ces tables sont partagées par toutes les communes ; seul un "
                               "administrateur les modifie."));

    connect(m_tableChoice, &QComboBox::currentIndexChanged, this,
            [this] { setTable(m_tableChoice->currentData().toString()); });
    connect(m_filter, &ListFilterBar::changed, this, &ReferenceTableEditor::reload);
    connect(m_list, &QTableWidget::currentCellChanged, this, &ReferenceTableEditor::onCurrentChanged);
    connect(m_actions, &RecordActions::newRequested, this, &ReferenceTableEditor::startNew);
    connect(m_actions, &RecordActions::saveRequested, this, &ReferenceTableEditor::save);
    connect(m_actions, &RecordActions::retireRequested, this, &ReferenceTableEditor::retireCurrent);
    setTable(m_table.table);
}

void ReferenceTableEditor::setTable(const QString &table)
{
    const ReferenceTable *t = ReferenceTable::find(table);
    if (!t)
        return;
    m_table = *t;
    {
        const QSignalBlocker block(m_tableChoice); // called from its own signal too
        m_tableChoice->setCurrentIndex(m_tableChoice->findData(table));
    }
    m_paysLabel->setVisible(m_table.linkedToPays);
    m_pays->setVisible(m_table.linkedToPays);
    m_list->setHorizontalHeaderLabels({m_table.codeLabel, tr("Libellé"), tr("Validité")});
    m_code->setMaxLength(m_table.codeMaxLength);
    reload();
    startNew();
}

void ReferenceTableEditor::setShowRetired(bool show)
{
    m_filter->setShowRetired(show);
}

void ReferenceTableEditor::setFilter(const QString &text)
{
    m_filter->setText(text);
}

void ReferenceTableEditor::reload()
{
    const qint64 keep = m_current.id;
    Core::Result<QList<ReferenceEntry>> entries = m_service.list(m_table, m_filter->showRetired());
    if (!entries) {
        m_message->showError(entries.error().message());
        return;
    }
    const QString key = Core::TextNormalizer::searchKey(m_filter->text());
    m_entries.clear();
    QSignalBlocker block(m_list);
    m_list->setRowCount(0);
    for (const ReferenceEntry &e : entries.value()) {
        if (!key.isEmpty() && !Core::TextNormalizer::searchKey(e.libelle).contains(key)
            && !e.code.startsWith(key, Qt::CaseInsensitive))
            continue;
        m_entries.append(e);
        m_list->addRecord(e.id, {e.code, e.libelle}, e.validity);
    }
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(1);
    if (keep > 0)
        m_list->selectId(keep);
}

bool ReferenceTableEditor::selectCode(const QString &code)
{
    return m_list->selectCode(code);
}

void ReferenceTableEditor::onCurrentChanged()
{
    const qint64 id = m_list->currentId();
    for (const ReferenceEntry &e : std::as_const(m_entries))
        if (e.id == id)
            showEntry(e);
}

void ReferenceTableEditor::showEntry(const ReferenceEntry &e)
{
    m_current = e;
    m_code->setText(e.code);
    m_libelle->setText(e.libelle);
    m_pays->setText(e.paysCode);
    m_debut->setDate(e.validity.debut);
    m_state->setText(e.id == 0 ? tr("nouvelle valeur") : e.validity.text());
    m_actions->setRetireEnabled(e.id > 0 && !e.validity.fin.isValid());
}

void ReferenceTableEditor::startNew()
{
    QSignalBlocker block(m_list);
    m_list->clearSelection();
    m_list->setCurrentCell(-1, -1);
    showEntry(ReferenceEntry());
    m_code->setFocus();
}

ReferenceEntry ReferenceTableEditor::entryFromForm() const
{
    ReferenceEntry e = m_current;
    e.code = m_code->text();
    e.libelle = m_libelle->text();
    e.paysCode = m_pays->text();
    e.validity.debut = m_debut->date();
    return e;
}

bool ReferenceTableEditor::save()
{
    if (!m_debut->isAcceptable()) {
        m_message->showError(m_debut->errorText());
        return false;
    }
    const ReferenceEntry e = entryFromForm();
    Core::Result<ReferenceEntry> saved = e.id == 0 ? m_service.create(m_table, e) : m_service.update(m_table, e);
    if (!saved) {
        m_message->showError(saved.error().message());
        return false;
    }
    m_current = saved.value();
    reload();
    showEntry(saved.value());
    m_message->showInfo(tr("« %1 » est enregistré dans la table %2.").arg(saved->libelle, m_table.title));
    return true;
}

bool ReferenceTableEditor::retireCurrent(const QDate &date)
{
    if (m_current.id == 0) {
        m_message->showError(tr("Choisissez d'abord, dans la liste, la valeur à retirer."));
        return false;
    }
    if (Core::Status s = m_service.retire(m_table, m_current.id, m_current.version, date); !s) {
        m_message->showError(s.error().message());
        return false;
    }
    const QString libelle = m_current.libelle;
    Core::Result<ReferenceEntry> fresh = m_service.findById(m_table, m_current.id);
    if (fresh)
        m_current = fresh.value();
    reload();
    if (fresh)
        showEntry(fresh.value());
    m_message->showInfo(tr("« %1 » n'est plus proposé à partir du %2 ; les fiches qui l'utilisent le gardent.")
                            .arg(libelle, date.toString(QStringLiteral("dd/MM/yyyy"))));
    return true;
}

int ReferenceTableEditor::rowCount() const
{
    return m_list->rowCount();
}

QStringList ReferenceTableEditor::visibleCodes() const
{
    return m_list->codes();
}

QString ReferenceTableEditor::messageText() const
{
    return m_message->text();
}

} // namespace OpenMairie::CoreUi
