#include "CimetiereView.h"

#include "ConcessionService.h"
#include "DeceasedService.h"
#include "Money.h"
#include "OperationService.h"
#include "PlanWidget.h"
#include "PlotService.h"
#include "Tr.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace OpenMairie::Cimetiere {

const QString CimetiereView::kEntryId = QStringLiteral("cimetiere.plan");

namespace {
QTableWidget *table(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    return t;
}

void addRow(QTableWidget *t, const QStringList &cells, qint64 plotId = 0)
{
    const int row = t->rowCount();
    t->insertRow(row);
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        item->setData(Qt::UserRole, plotId);
        t->setItem(row, c, item);
    }
}

QString dmy(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QStringLiteral("—");
}

QWidget *page(QWidget *parent, QLayout *top, QWidget *body, const QString &help)
{
    auto *w = new QWidget(parent);
    auto *layout = new QVBoxLayout(w);
    if (top)
        layout->addLayout(top);
    layout->addWidget(body, 1);
    auto *note = new QLabel(help, w);
    note->setWordWrap(true);
    layout->addWidget(note);
    return w;
}
} // namespace

CimetiereView::CimetiereView(PlotService &plots, ConcessionService &concessions, DeceasedService &deceased,
                             OperationService &operations, QWidget *parent)
    : QTabWidget(parent), m_plots(plots), m_concessions(concessions), m_deceased(deceased), m_operations(operations)
{
    m_plan = new PlanWidget(plots, deceased, this);
    addTab(m_plan, Tr::tr("Plan"));

    m_searchText = new QLineEdit(this);
    m_searchText->setPlaceholderText(Tr::tr("Nom d'un défunt ou d'un concessionnaire (accents et majuscules "
                                            "indifférents)"));
    auto *go = new QPushButton(Tr::tr("Rechercher"), this);
    auto *searchBar = new QHBoxLayout;
    searchBar->addWidget(m_searchText, 1);
    searchBar->addWidget(go);
    m_hits = table({Tr::tr("Nom"), Tr::tr("Qualité")}, this);
    addTab(page(this, searchBar, m_hits, Tr::tr("Double-cliquez une ligne pour voir l'emplacement sur le plan.")),
           Tr::tr("Recherche"));

    m_months = new QSpinBox(this);
    m_months->setRange(0, 120);
    m_months->setValue(12);
    m_months->setSuffix(Tr::tr(" mois"));
    auto *expiryBar = new QHBoxLayout;
    expiryBar->addWidget(new QLabel(Tr::tr("Concessions échues ou arrivant à terme dans les"), this));
    expiryBar->addWidget(m_months);
    expiryBar->addStretch(1);
    m_expiries = table({Tr::tr("Titre"), Tr::tr("Concessionnaire"), Tr::tr("Emplacement"), Tr::tr("Durée"),
                        Tr::tr("Fin"), Tr::tr("Renouvelable jusqu'au")},
                       this);
    addTab(page(this, expiryBar, m_expiries,
                Tr::tr("Une concession échue peut être renouvelée pendant deux ans après son terme (article L2223-15 "
                       "du CGCT) ; les familles doivent être informées de ce droit.")),
           Tr::tr("Échéances"));

    m_free = table({Tr::tr("Cimetière"), Tr::tr("Nature"), Tr::tr("Emplacements libres")}, this);
    addTab(page(this, nullptr, m_free, Tr::tr("La commune doit toujours disposer de places en terrain commun "
                                              "(article L2223-3 du CGCT).")),
           Tr::tr("Places libres"));

    m_pending = table({Tr::tr("Dossier"), Tr::tr("Opération"), Tr::tr("Date"), Tr::tr("Avertissements")}, this);
    addTab(page(this, nullptr, m_pending, Tr::tr("Les défunts concernés restent verrouillés tant que l'opération "
                                                 "n'est pas validée ou annulée.")),
           Tr::tr("Opérations en cours"));

    connect(go, &QPushButton::clicked, this, &CimetiereView::runSearch);
    connect(m_searchText, &QLineEdit::returnPressed, this, &CimetiereView::runSearch);
    connect(m_months, &QSpinBox::valueChanged, this, &CimetiereView::loadExpiries);
    for (QTableWidget *t : {m_hits, m_expiries, m_pending})
        connect(t, &QTableWidget::cellDoubleClicked, this, [this, t](int row, int) {
            const qint64 plot = t->item(row, 0)->data(Qt::UserRole).toLongLong();
            if (plot > 0) {
                setCurrentWidget(m_plan);
                m_plan->centreOnPlot(plot);
            }
        });
    connect(m_plan, &PlanWidget::plotActivated, this, &CimetiereView::showPlot);
    refresh();
}

void CimetiereView::refresh()
{
    m_plan->reload();
    loadExpiries();
    loadFreePlaces();
    loadOperations();
}

bool CimetiereView::openTarget(const QString &target)
{
    if (target.isEmpty())
        return true;
    if (!target.startsWith(QStringLiteral("emplacement:")))
        return false;
    const qint64 id = target.section(u':', 1).toLongLong();
    setCurrentWidget(m_plan);
    if (!m_plan->centreOnPlot(id))
        return false;
    showPlot(id);
    return true;
}

void CimetiereView::runSearch()
{
    m_hits->setRowCount(0);
    Core::Result<QList<PersonHit>> hits = m_deceased.search(m_searchText->text());
    if (!hits) {
        addRow(m_hits, {hits.error().message(), QString()});
        return;
    }
    for (const PersonHit &h : hits.value())
        addRow(m_hits, {h.nom, h.detail}, h.emplacementId);
    if (hits.value().isEmpty())
        addRow(m_hits, {Tr::tr("Personne ne correspond à « %1 ».").arg(m_searchText->text()), QString()});
    m_hits->resizeColumnsToContents();
}

void CimetiereView::loadExpiries()
{
    m_expiries->setRowCount(0);
    Core::Result<QList<Expiry>> list = m_concessions.expiring(QDate::currentDate().addMonths(m_months->value()));
    if (!list)
        return;
    for (const Expiry &x : list.value())
        addRow(m_expiries,
               {x.numeroTitre, x.concessionnaire, x.cimetiere + QStringLiteral(", ") + x.emplacement, x.duree,
                dmy(x.dateFin), dmy(x.renouvelableJusquAu)},
               x.emplacementId);
    m_expiries->resizeColumnsToContents();
}

void CimetiereView::loadFreePlaces()
{
    m_free->setRowCount(0);
    Core::Result<QList<Cemetery>> cemeteries = m_plots.cemeteries();
    if (!cemeteries)
        return;
    for (const Cemetery &c : cemeteries.value()) {
        Core::Result<QList<FreePlaces>> free = m_plots.freePlaces(c.id);
        if (!free)
            continue;
        for (const FreePlaces &f : free.value())
            if (f.emplacements > 0 || f.nature == PlotKind::TerrainCommun)
                addRow(m_free, {c.nom, PlotKinds::label(f.nature), QString::number(f.emplacements)});
    }
    m_free->resizeColumnsToContents();
}

void CimetiereView::loadOperations()
{
    m_pending->setRowCount(0);
    Core::Result<QList<Operation>> list = m_operations.pending();
    if (!list)
        return;
    for (const Operation &o : list.value())
        addRow(m_pending,
               {o.numero, OperationTypes::label(o.type), dmy(o.date) + u' ' + o.heure,
                o.avertissements.join(QStringLiteral(" "))},
               o.emplacementId);
    m_pending->resizeColumnsToContents();
}

QString CimetiereView::plotRecord(qint64 plotId)
{
    Core::Result<Plot> p = m_plots.plot(plotId);
    if (!p)
        return p.error().message().toHtmlEscaped();
    const Plot &plot = p.value();
    const QLocale fr(QLocale::French);
    QString html = QStringLiteral("<h3>%1 — %2</h3>").arg(plot.cimetiere.toHtmlEscaped(), plot.location().toHtmlEscaped());
    html += Tr::tr("<p>%1, <b>%2</b> ; %3 place(s), %4 occupée(s).</p>")
                .arg(PlotKinds::label(plot.nature), PlotStatuses::label(plot.statut).toLower())
                .arg(plot.places)
                .arg(fr.toString(plot.occupation, 'g', 4));
    Core::Result<std::optional<Concession>> c = m_concessions.activeForPlot(plotId);
    if (c && c.value()) {
        const Concession &k = *c.value();
        html += Tr::tr("<p>Concession n° <b>%1</b>, %2, du %3 %4 ; %5 payés.</p>")
                    .arg(k.numeroTitre.toHtmlEscaped(), k.duree.text(), dmy(k.dateDebut),
                         k.dateFin.isValid() ? Tr::tr("au %1").arg(dmy(k.dateFin)) : Tr::tr("à perpétuité"),
                         Money::format(k.montantCentimes));
        for (const Person &person : k.personnes)
            html += QStringLiteral("<p>%1 : %2 — %3 %4 %5</p>")
                        .arg(person.role == u"concessionnaire" ? Tr::tr("Concessionnaire") : person.role,
                             person.displayName().toHtmlEscaped(), person.adresse.toHtmlEscaped(),
                             person.codePostal.toHtmlEscaped(), person.ville.toHtmlEscaped());
    } else {
        html += Tr::tr("<p>Aucune concession en cours.</p>");
    }
    Core::Result<QList<Deceased>> d = m_deceased.inPlot(plotId);
    if (d && !d.value().isEmpty()) {
        html += Tr::tr("<p><b>Défunts</b></p><ul>");
        for (const Deceased &x : d.value())
            html += Tr::tr("<li>%1 — décès le %2, inhumation le %3 (%4)</li>")
                        .arg(x.displayName().toHtmlEscaped(), dmy(x.dateDeces), dmy(x.dateInhumation),
                             bodyKindLabel(x.nature));
        html += QStringLiteral("</ul>");
    }
    return html;
}

void CimetiereView::showPlot(qint64 plotId)
{
    QDialog dialog(this);
    dialog.setWindowTitle(Tr::tr("Fiche de l'emplacement"));
    auto *text = new QTextBrowser(&dialog);
    text->setHtml(plotRecord(plotId));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog.resize(560, 420);
    dialog.exec();
}

} // namespace OpenMairie::Cimetiere
