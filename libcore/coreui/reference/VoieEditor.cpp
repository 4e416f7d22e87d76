#include "VoieEditor.h"

#include "DateLineEdit.h"
#include "ListFilterBar.h"
#include "MessageLine.h"
#include "RecordActions.h"
#include "ReferenceListTable.h"

#include "FrenchDate.h"
#include "Permissions.h"
#include "reference/ReferenceTableService.h"
#include "reference/VoieService.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace OpenMairie::CoreUi {

using Core::Voie;
using Core::VoieRange;

VoieEditor::VoieEditor(Core::VoieService &voies, Core::ReferenceTableService &tables,
                       const Core::Permissions &permissions, QWidget *parent)
    : QWidget(parent), m_voies(voies), m_tables(tables), m_permissions(permissions)
{
    setObjectName(QStringLiteral("voies"));
    auto *layout = new QVBoxLayout(this);
    m_filter = new ListFilterBar(tr("Rechercher une voie (« republique » trouve « rue de la République »)"),
                                 tr("Afficher les voies retirées"), this);
    layout->addWidget(m_filter);

    auto *splitter = new QSplitter(this);
    m_table = new ReferenceListTable({tr("Code"), tr("Voie")}, splitter);
    m_table->setObjectName(QStringLiteral("liste"));
    splitter->addWidget(m_table);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *formBox = new QGroupBox(tr("Voie"), right);
    auto *form = new QFormLayout(formBox);
    m_code = new QLineEdit(formBox);
    m_code->setObjectName(QStringLiteral("code"));
    m_code->setMaxLength(10);
    form->addRow(tr("Code :"), m_code);
    m_type = new QComboBox(formBox);
    m_type->setObjectName(QStringLiteral("type"));
    form->addRow(tr("Type :"), m_type);
    m_libelle = new QLineEdit(formBox);
    m_libelle->setObjectName(QStringLiteral("libelle"));
    m_libelle->setPlaceholderText(tr("de la République"));
    form->addRow(tr("Libellé :"), m_libelle);
    m_complement = new QLineEdit(formBox);
    m_complement->setObjectName(QStringLiteral("complement"));
    form->addRow(tr("Complément :"), m_complement);
    m_debut = new DateLineEdit(formBox);
    m_debut->setObjectName(QStringLiteral("debutValidite"));
    m_debut->setMaximumWidth(110);
    form->addRow(tr("En vigueur depuis le :"), m_debut);
    m_state = new QLabel(formBox);
    m_state->setObjectName(QStringLiteral("etat"));
    form->addRow(tr("État :"), m_state);
    m_actions = new RecordActions(tr("Nouvelle voie"),
                                  tr("La voie n'est plus proposée à partir de cette date ; les adresses qui "
                                     "l'utilisent la gardent."),
                                  formBox);
    form->addRow(m_actions);
    rightLayout->addWidget(formBox);

    auto *rangeBox = new QGroupBox(tr("Plages de numéros (découpage)"), right);
    auto *rangeLayout = new QVBoxLayout(rangeBox);
    m_rangeTable = new QTableWidget(0, 3, rangeBox);
    m_rangeTable->setObjectName(QStringLiteral("plages"));
    m_rangeTable->setHorizontalHeaderLabels({tr("Du n°"), tr("Au n°"), tr("Côté")});
    m_rangeTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rangeTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rangeTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rangeTable->verticalHeader()->hide();
    m_rangeTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_rangeTable->horizontalHeader()->setStretchLastSection(true);
    rangeLayout->addWidget(m_rangeTable);
    auto *rangeRow = new QHBoxLayout;
    m_from = new QSpinBox(rangeBox);
    m_from->setObjectName(QStringLiteral("du"));
    m_from->setRange(0, 99999);
    m_to = new QSpinBox(rangeBox);
    m_to->setObjectName(QStringLiteral("au"));
    m_to->setRange(0, 99999);
    m_side = new QComboBox(rangeBox);
    m_side->setObjectName(QStringLiteral("cote"));
    for (VoieRange::Side s : {VoieRange::Side::Tous, VoieRange::Side::Pair, VoieRange::Side::Impair})
        m_side->addItem(VoieRange::sideLabel(s), int(s));
    m_addRange = new QPushButton(tr("Ajouter la plage"), rangeBox);
    m_addRange->setObjectName(QStringLiteral("ajouterPlage"));
    m_removeRange = new QPushButton(tr("Supprimer la plage"), rangeBox);
    m_removeRange->setObjectName(QStringLiteral("supprimerPlage"));
    rangeRow->addWidget(new QLabel(tr("Du n°"), rangeBox));
    rangeRow->addWidget(m_from);
    rangeRow->addWidget(new QLabel(tr("au n°"), rangeBox));
    rangeRow->addWidget(m_to);
    rangeRow->addWidget(m_side);
    rangeRow->addWidget(m_addRange);
    rangeRow->addStretch(1);
    rangeRow->addWidget(m_removeRange);
    rangeLayout->addLayout(rangeRow);
    rightLayout->addWidget(rangeBox, 1);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    // The form's minimum width would otherwise squeeze the list on the first display.
    splitter->setSizes({400, 600});
    layout->addWidget(splitter, 1);

    m_message = new MessageLine(this);
    layout->addWidget(m_message);

    const bool editable = m_permissions.sessionAllows(Core::VoieService::kPermissionModifier);
    for (QWidget *w : std::initializer_list<QWidget *>{m_code, m_type, m_libelle, m_complement, m_debut})
        w->setEnabled(editable);
    for (QWidget *w : std::initializer_list<QWidget *>{m_actions, m_from, m_to, m_side, m_addRange, m_removeRange})
        w->setVisible(editable);
    if (!editable)
        m_message->showInfo(tr("Consultation seule : votre profil ne permet pas de modifier les voies."));

    connect(m_filter, &ListFilterBar::changed, this, &VoieEditor::reload);
    connect(m_table, &QTableWidget::currentCellChanged, this, &VoieEditor::onCurrentChanged);
    connect(m_actions, &RecordActions::newRequested, this, &VoieEditor::startNew);
    connect(m_actions, &RecordActions::saveRequested, this, &VoieEditor::save);
    connect(m_actions, &RecordActions::retireRequested, this, &VoieEditor::retireCurrent);
    connect(m_addRange, &QPushButton::clicked, this, [this] {
        addRange(m_from->value(), m_to->value(), VoieRange::Side(m_side->currentData().toInt()));
    });
    connect(m_removeRange, &QPushButton::clicked, this, &VoieEditor::removeSelectedRange);
    reload();
    startNew();
}

void VoieEditor::loadTypes(const QString &keepCode)
{
    m_type->clear();
    m_type->addItem(tr("(sans type)"), QString());
    Core::Result<QList<Core::ReferenceEntry>> types = m_tables.offered(Core::ReferenceTable::voieType());
    if (types)
        for (const Core::ReferenceEntry &t : types.value())
            m_type->addItem(QStringLiteral("%1 (%2)").arg(t.libelle, t.code), t.code);
    // A street keeps its retired type: shown, though no longer offered to others.
    if (!keepCode.isEmpty() && m_type->findData(keepCode) < 0)
        m_type->addItem(tr("%1 (retiré)").arg(keepCode), keepCode);
    m_type->setCurrentIndex(std::max(0, m_type->findData(keepCode)));
}

void VoieEditor::reload()
{
    Core::Result<QList<Voie>> voies = m_voies.search(m_filter->text(), m_filter->showRetired());
    if (!voies) {
        m_message->showError(voies.error().message());
        return;
    }
    m_list = voies.value();
    QSignalBlocker block(m_table);
    m_table->setRowCount(0);
    for (const Voie &v : std::as_const(m_list))
        m_table->addRecord(v.id, {v.code, v.displayName()}, v.validity);
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    if (m_current.id > 0)
        m_table->selectId(m_current.id);
}

void VoieEditor::setFilter(const QString &text)
{
    m_filter->setText(text);
}

void VoieEditor::setShowRetired(bool show)
{
    m_filter->setShowRetired(show);
}

bool VoieEditor::selectCode(const QString &code)
{
    return m_table->selectCode(code);
}

void VoieEditor::onCurrentChanged()
{
    const qint64 id = m_table->currentId();
    for (const Voie &v : std::as_const(m_list))
        if (v.id == id)
            showVoie(v);
}

void VoieEditor::showVoie(const Voie &v)
{
    m_current = v;
    m_code->setText(v.code);
    loadTypes(v.typeCode);
    m_libelle->setText(v.libelle);
    m_complement->setText(v.complement);
    m_debut->setDate(v.validity.debut);
    m_state->setText(v.id == 0 ? tr("nouvelle voie") : v.validity.text());
    m_actions->setRetireEnabled(v.id > 0 && !v.validity.fin.isValid());
    m_addRange->setEnabled(v.id > 0);
    m_removeRange->setEnabled(v.id > 0);
    reloadRanges();
}

void VoieEditor::startNew()
{
    QSignalBlocker block(m_table);
    m_table->clearSelection();
    m_table->setCurrentCell(-1, -1);
    showVoie(Voie());
    m_code->setFocus();
}

void VoieEditor::reloadRanges()
{
    m_rangeTable->setRowCount(0);
    m_ranges.clear();
    if (m_current.id == 0)
        return;
    Core::Result<QList<VoieRange>> ranges = m_voies.ranges(m_current.id);
    if (!ranges) {
        m_message->showError(ranges.error().message());
        return;
    }
    m_ranges = ranges.value();
    for (const VoieRange &r : std::as_const(m_ranges)) {
        const int row = m_rangeTable->rowCount();
        m_rangeTable->insertRow(row);
        m_rangeTable->setItem(row, 0, new QTableWidgetItem(QString::number(r.numeroDebut)));
        m_rangeTable->setItem(row, 1, new QTableWidgetItem(QString::number(r.numeroFin)));
        m_rangeTable->setItem(row, 2, new QTableWidgetItem(VoieRange::sideLabel(r.side)));
    }
}

bool VoieEditor::save()
{
    if (!m_debut->isAcceptable()) {
        m_message->showError(m_debut->errorText());
        return false;
    }
    Voie v = m_current;
    v.code = m_code->text();
    v.typeCode = m_type->currentData().toString();
    v.libelle = m_libelle->text();
    v.complement = m_complement->text();
    v.validity.debut = m_debut->date();
    Core::Result<Voie> saved = v.id == 0 ? m_voies.create(v) : m_voies.update(v);
    if (!saved) {
        m_message->showError(saved.error().message());
        return false;
    }
    m_current = saved.value();
    reload();
    showVoie(saved.value());
    m_message->showInfo(tr("La voie « %1 » est enregistrée.").arg(saved->displayName()));
    return true;
}

bool VoieEditor::retireCurrent(const QDate &date)
{
    if (m_current.id == 0) {
        m_message->showError(tr("Choisissez d'abord, dans la liste, la voie à retirer."));
        return false;
    }
    if (Core::Status s = m_voies.retire(m_current.id, m_current.version, date); !s) {
        m_message->showError(s.error().message());
        return false;
    }
    const QString name = m_current.displayName();
    Core::Result<Voie> fresh = m_voies.findById(m_current.id);
    if (fresh)
        m_current = fresh.value();
    reload();
    if (fresh)
        showVoie(fresh.value());
    m_message->showInfo(tr("La voie « %1 » n'est plus proposée à partir du %2 ; les adresses qui l'utilisent la "
                           "gardent.").arg(name, Core::FrenchDate::format(date)));
    return true;
}

bool VoieEditor::addRange(int from, int to, VoieRange::Side side)
{
    if (m_current.id == 0) {
        m_message->showError(tr("Enregistrez d'abord la voie, puis ajoutez ses plages de numéros."));
        return false;
    }
    VoieRange r;
    r.voieId = m_current.id;
    r.numeroDebut = from;
    r.numeroFin = to;
    r.side = side;
    Core::Result<VoieRange> added = m_voies.addRange(r);
    if (!added) {
        m_message->showError(added.error().message());
        return false;
    }
    reloadRanges();
    m_message->showInfo(tr("Plage ajoutée : %1.").arg(added->text()));
    return true;
}

bool VoieEditor::removeSelectedRange()
{
    const int row = m_rangeTable->currentRow();
    if (row < 0 || row >= m_ranges.size()) {
        m_message->showError(tr("Choisissez d'abord la plage à supprimer."));
        return false;
    }
    const VoieRange r = m_ranges.at(row);
    if (Core::Status s = m_voies.removeRange(r.id, r.version); !s) {
        m_message->showError(s.error().message());
        return false;
    }
    reloadRanges();
    m_message->showInfo(tr("Plage supprimée : %1.").arg(r.text()));
    return true;
}

QStringList VoieEditor::visibleCodes() const
{
    return m_table->codes();
}

int VoieEditor::rangeCount() const
{
    return m_rangeTable->rowCount();
}

QString VoieEditor::messageText() const
{
    return m_message->text();
}

} // namespace OpenMairie::CoreUi
