#include "BureauxView.h"

#include "ElecService.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace OpenMairie::Elec {

namespace {
QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(parent);
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void setRow(QTableWidget *t, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(cells.at(c)));
}
} // namespace

BureauxView::BureauxView(ElecService &service, QWidget *parent) : QWidget(parent), m_service(service)
{
    auto *layout = new QVBoxLayout(this);
    auto *buttons = new QHBoxLayout;
    auto *preview = new QPushButton(tr("Redécoupage : voir les électeurs qui changent de bureau…"), this);
    auto *refonteButton = new QPushButton(tr("Refonte : renuméroter les bureaux…"), this);
    const bool allowed = service.sessionAllows(ElecService::kPermissionParametrer);
    preview->setEnabled(allowed);
    refonteButton->setEnabled(allowed);
    buttons->addWidget(preview);
    buttons->addWidget(refonteButton);
    buttons->addStretch();
    layout->addLayout(buttons);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_bureaux = makeTable({tr("Code"), tr("Bureau"), tr("Lieu de vote"), tr("Canton"), tr("Circonscription"),
                           tr("Inscrits (LP)")}, splitter);
    m_plages = makeTable({tr("Voie"), tr("Du n°"), tr("Au n°"), tr("Côté"), tr("Bureau"), tr("Électeurs")}, splitter);
    m_bureaux->setColumnWidth(1, 220);
    m_bureaux->setColumnWidth(2, 260);
    m_plages->setColumnWidth(0, 280);
    layout->addWidget(splitter, 1);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    connect(preview, &QPushButton::clicked, this, &BureauxView::previewRedecoupage);
    connect(refonteButton, &QPushButton::clicked, this, &BureauxView::refonte);
    reload();
}

void BureauxView::reload()
{
    if (Core::Result<QList<Bureau>> bureaux = m_service.bureaux(); bureaux) {
        m_bureaux->setRowCount(int(bureaux->size()));
        for (int r = 0; r < bureaux->size(); ++r) {
            const Bureau &b = bureaux->at(r);
            setRow(m_bureaux, r, {b.code, b.libelle, b.adresseLieu, b.cantonCode, b.circonscriptionCode,
                                  QLocale(QLocale::French).toString(b.inscrits)});
        }
    }
    if (Core::Result<QList<Plage>> plages = m_service.plages(); plages) {
        m_plages->setRowCount(int(plages->size()));
        for (int r = 0; r < plages->size(); ++r) {
            const Plage &p = plages->at(r);
            const QString cote = p.cote == u"pair" ? tr("pair") : p.cote == u"impair" ? tr("impair") : tr("les deux");
            setRow(m_plages, r, {p.voieLibelle, QString::number(p.numeroDebut), QString::number(p.numeroFin), cote,
                                 p.bureauCode, QString::number(p.electeurs)});
        }
    }
}

void BureauxView::previewRedecoupage()
{
    Core::Result<QList<ChangementBureau>> changes = m_service.apercuRedecoupage();
    if (!changes) {
        m_message->setText(changes.error().message());
        return;
    }
    if (changes->isEmpty()) {
        m_message->setText(tr("Le découpage actuel ne change le bureau d'aucun électeur."));
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Redécoupage : %n électeur(s) changent de bureau", nullptr, int(changes->size())));
    auto *layout = new QVBoxLayout(&dialog);
    auto *table = makeTable({tr("Électeur"), tr("Liste"), tr("Adresse"), tr("Ancien bureau"), tr("Nouveau bureau")}, &dialog);
    table->setRowCount(int(changes->size()));
    for (int r = 0; r < changes->size(); ++r) {
        const ChangementBureau &c = changes->at(r);
        setRow(table, r, {c.nom, c.liste, c.adresse, c.ancienBureau, c.nouveauBureau});
    }
    layout->addWidget(new QLabel(tr("Ces modifications ne sont pas encore faites. « Créer les mouvements » enregistre un "
                                    "mouvement de changement de bureau pour chacun : ils suivent ensuite les étapes "
                                    "habituelles (décision, transmission au REU, application)."), &dialog));
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Créer les mouvements"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Fermer"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(800, 500);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Core::Result<int> created = m_service.genererRedecoupage(m_service.today());
    m_message->setText(created ? tr("%n mouvement(s) de changement de bureau créés.", nullptr, created.value())
                               : created.error().message());
}

void BureauxView::refonte()
{
    if (QMessageBox::question(this, tr("Refonte"),
                              tr("Renuméroter chaque bureau par ordre alphabétique (nom de naissance, prénoms, date de "
                                 "naissance) ? Les numéros d'ordre changent : prévoyez d'imprimer de nouvelles cartes."))
        != QMessageBox::Yes)
        return;
    Core::Result<int> changed = m_service.refonte();
    m_message->setText(changed ? tr("Refonte faite : %n électeur(s) ont changé de numéro d'ordre.", nullptr, changed.value())
                               : changed.error().message());
    reload();
}

} // namespace OpenMairie::Elec
