#include "MouvementsView.h"

#include "ElecService.h"

#include "FrenchDate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace OpenMairie::Elec {

MouvementsView::MouvementsView(ElecService &service, QWidget *parent) : QWidget(parent), m_service(service)
{
    auto *layout = new QVBoxLayout(this);
    auto *buttons = new QHBoxLayout;
    const QList<QPair<QString, QString>> actions{
        {QStringLiteral("aviser"), tr("Électeur avisé (contradictoire)")},
        {QStringLiteral("accepter"), tr("Accepter")},
        {QStringLiteral("refuser"), tr("Refuser…")},
        {QStringLiteral("notifier"), tr("Décision notifiée")},
        {QStringLiteral("transmettre"), tr("Transmis au REU")},
        {QStringLiteral("appliquer"), tr("Appliquer à la liste")},
    };
    for (const auto &[action, label] : actions) {
        auto *b = new QPushButton(label, this);
        connect(b, &QPushButton::clicked, this, [this, action = action] { step(action); });
        buttons->addWidget(b);
    }
    buttons->addStretch();
    layout->addLayout(buttons);
    m_table = new QTableWidget(this);
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({tr("Demande du"), tr("Électeur"), tr("Liste"), tr("Motif"), tr("État"),
                                        tr("Prochaine étape"), tr("Échéance")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(1, 200);
    m_table->setColumnWidth(3, 320);
    layout->addWidget(m_table, 1);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    reload();
}

void MouvementsView::reload()
{
    Core::Result<QList<Mouvement>> pending = m_service.mouvementsEnCours(1000);
    m_rows = pending ? pending.value() : QList<Mouvement>();
    if (!pending)
        m_message->setText(pending.error().message());
    m_table->setRowCount(int(m_rows.size()));
    const QDate today = m_service.today();
    for (int r = 0; r < m_rows.size(); ++r) {
        const Mouvement &m = m_rows.at(r);
        QString objet;
        const QDate echeance = m.prochaineEcheance(&objet);
        const QStringList cells{Core::FrenchDate::format(m.dateDemande), m.electeurNom.trimmed(), m.liste, m.type.libelle,
                                MouvementEtat::label(m.etat), objet,
                                echeance.isValid() ? Core::FrenchDate::format(echeance) : QString()};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == 6 && echeance.isValid() && echeance < today)
                item->setForeground(QColor(0xb0, 0x00, 0x20));
            m_table->setItem(r, c, item);
        }
    }
}

void MouvementsView::step(const QString &action)
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows.size()) {
        m_message->setText(tr("Choisissez d'abord un mouvement dans la liste."));
        return;
    }
    const Mouvement &m = m_rows.at(row);
    const QDate today = m_service.today();
    Core::Result<Mouvement> done = Core::Error(QString());
    if (action == u"aviser")
        done = m_service.aviser(m.id, m.version, today);
    else if (action == u"accepter")
        done = m_service.decider(m.id, m.version, true, today);
    else if (action == u"refuser") {
        bool ok = false;
        const QString motif = QInputDialog::getText(this, tr("Refus"), tr("Motif du refus (figure sur la notification) :"),
                                                    QLineEdit::Normal, {}, &ok);
        if (!ok)
            return;
        done = m_service.decider(m.id, m.version, false, today, motif);
    } else if (action == u"notifier")
        done = m_service.notifier(m.id, m.version, today);
    else if (action == u"transmettre")
        done = m_service.transmettre(m.id, m.version, today);
    else
        done = m_service.appliquer(m.id, m.version, today);
    m_message->setStyleSheet(done ? QString() : QStringLiteral("color: #b00020;"));
    m_message->setText(done ? tr("%1 : %2.").arg(m.electeurNom.trimmed(), MouvementEtat::label(done->etat))
                            : done.error().message());
    reload();
}

} // namespace OpenMairie::Elec
