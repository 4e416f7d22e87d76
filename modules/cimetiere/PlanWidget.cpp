#include "PlanWidget.h"

#include "DeceasedService.h"
#include "PlanExport.h"
#include "PlanScene.h"
#include "PlanView.h"
#include "PlotItem.h"
#include "PlotService.h"
#include "TextNormalizer.h"
#include "Tr.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace OpenMairie::Cimetiere {

PlanWidget::PlanWidget(PlotService &plots, DeceasedService &deceased, QWidget *parent)
    : QWidget(parent), m_plots(plots), m_deceased(deceased)
{
    m_cemeteries = new QComboBox(this);
    m_cemeteries->setAccessibleName(Tr::tr("Cimetière"));
    m_colouring = new QComboBox(this);
    m_colouring->addItem(Tr::tr("Couleur selon l'état"), int(PlanColouring::ByStatus));
    m_colouring->addItem(Tr::tr("Couleur selon la durée"), int(PlanColouring::ByDuration));
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(Tr::tr("Nom d'un défunt, d'une famille ou n° d'emplacement…"));
    m_search->setClearButtonEnabled(true);
    auto *find = new QPushButton(Tr::tr("Trouver"), this);
    m_edit = new QToolButton(this);
    m_edit->setText(Tr::tr("Déplacer les emplacements"));
    m_edit->setCheckable(true);
    m_edit->setEnabled(m_plots.allows(PlotService::kPermissionGerer));
    m_edit->setToolTip(Tr::tr("Mode modification : faites glisser un emplacement à sa place ; chaque déplacement est "
                              "enregistré."));
    auto *fit = new QPushButton(Tr::tr("Tout voir"), this);
    auto *pdf = new QPushButton(Tr::tr("Exporter en PDF…"), this);
    auto *geojson = new QPushButton(Tr::tr("Exporter pour un SIG…"), this);
    geojson->setToolTip(Tr::tr("Enregistre les emplacements au format GeoJSON, lisible par QGIS."));
    auto *scanned = new QPushButton(Tr::tr("Plan scanné…"), this);
    scanned->setToolTip(Tr::tr("Affiche sous les emplacements l'image du plan du cimetière (1 pixel = 5 cm)."));
    scanned->setEnabled(m_plots.allows(PlotService::kPermissionGerer));

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(Tr::tr("Cimetière :"), this));
    bar->addWidget(m_cemeteries, 1);
    bar->addWidget(m_colouring);
    bar->addWidget(m_search, 2);
    bar->addWidget(find);
    bar->addWidget(fit);
    bar->addWidget(m_edit);
    bar->addWidget(pdf);
    bar->addWidget(geojson);
    bar->addWidget(scanned);

    m_scene = new PlanScene(this);
    m_view = new PlanView(m_scene, this);
    m_legend = new QWidget(this);
    m_legendLayout = new QVBoxLayout(m_legend);
    m_legend->setFixedWidth(210);
    m_status = new QLabel(this);

    auto *middle = new QHBoxLayout;
    middle->addWidget(m_view, 1);
    middle->addWidget(m_legend);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(middle, 1);
    layout->addWidget(m_status);

    connect(m_cemeteries, &QComboBox::currentIndexChanged, this, &PlanWidget::loadCemetery);
    connect(m_colouring, &QComboBox::currentIndexChanged, this, [this] {
        m_scene->setColouring(PlanColouring(m_colouring->currentData().toInt()));
        updateLegend();
    });
    connect(find, &QPushButton::clicked, this, &PlanWidget::search);
    connect(m_search, &QLineEdit::returnPressed, this, &PlanWidget::search);
    connect(fit, &QPushButton::clicked, m_view, &PlanView::fitAll);
    connect(m_edit, &QToolButton::toggled, m_view, &PlanView::setEditable);
    connect(m_scene, &PlanScene::plotMoved, this, &PlanWidget::savePosition);
    connect(m_view, &PlanView::plotActivated, this, &PlanWidget::plotActivated);
    connect(pdf, &QPushButton::clicked, this, &PlanWidget::exportPdf);
    connect(geojson, &QPushButton::clicked, this, &PlanWidget::exportGeoJson);
    connect(scanned, &QPushButton::clicked, this, &PlanWidget::chooseScannedPlan);
    updateLegend();
}

void PlanWidget::reload()
{
    const qint64 current = m_cemeteries->currentData().toLongLong();
    Core::Result<QList<Cemetery>> list = m_plots.cemeteries();
    if (!list) {
        showError(list.error().message());
        return;
    }
    const QSignalBlocker block(m_cemeteries);
    m_cemeteries->clear();
    for (const Cemetery &c : list.value())
        m_cemeteries->addItem(c.nom, c.id);
    const int index = m_cemeteries->findData(current);
    m_cemeteries->setCurrentIndex(index >= 0 ? index : 0);
    loadCemetery();
}

void PlanWidget::loadCemetery()
{
    const qint64 id = m_cemeteries->currentData().toLongLong();
    if (id <= 0) {
        m_scene->setPlots({});
        m_status->setText(Tr::tr("Aucun cimetière : créez-en un ou importez vos emplacements."));
        return;
    }
    Core::Result<QList<Plot>> plots = m_plots.plots(id);
    if (!plots) {
        showError(plots.error().message());
        return;
    }
    m_current = plots.value();
    m_scene->setPlots(m_current);
    Core::Result<QByteArray> scanned = m_plots.scannedPlan(id);
    m_scene->setBackground(scanned ? QImage::fromData(scanned.value()) : QImage());
    m_view->fitAll();
    int free = 0;
    for (const Plot &p : m_current)
        free += p.statut == PlotStatus::Libre ? 1 : 0;
    m_status->setText(Tr::tr("%1 emplacements, dont %2 libres. Molette : zoom ; double-clic : fiche de l'emplacement.")
                          .arg(m_current.size())
                          .arg(free));
}

void PlanWidget::updateLegend()
{
    while (QLayoutItem *item = m_legendLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto *title = new QLabel(Tr::tr("<b>Légende</b>"), m_legend);
    m_legendLayout->addWidget(title);
    for (const LegendEntry &e : PlanPalette::legend(m_scene->colouring())) {
        auto *row = new QLabel(m_legend);
        row->setText(QStringLiteral("<span style=\"background-color:%1\">&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp; %2")
                         .arg(e.colour.name(), e.label.toHtmlEscaped()));
        row->setWordWrap(true);
        m_legendLayout->addWidget(row);
    }
    m_legendLayout->addStretch(1);
}

bool PlanWidget::centreOnPlot(qint64 plotId)
{
    if (!m_scene->item(plotId)) {
        Core::Result<Plot> p = m_plots.plot(plotId);
        if (!p)
            return false;
        const int index = m_cemeteries->findData(p.value().cimetiereId);
        if (index < 0)
            return false;
        m_cemeteries->setCurrentIndex(index);
    }
    return m_view->centreOnPlot(plotId);
}

void PlanWidget::search()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty())
        return;
    // A number: the plot of that number (first one in the order of the plan).
    bool isNumber = false;
    const int number = text.toInt(&isNumber);
    const QString key = Core::TextNormalizer::searchKey(text);
    for (const Plot &p : std::as_const(m_current))
        if ((isNumber && p.numero == number) || (!isNumber && Core::TextNormalizer::searchKey(p.famille).startsWith(key))) {
            centreOnPlot(p.id);
            m_status->setText(Tr::tr("%1 — famille %2").arg(p.location(), p.famille));
            return;
        }
    Core::Result<QList<PersonHit>> hits = m_deceased.search(text, 5);
    if (!hits) {
        m_status->setText(hits.error().message());
        return;
    }
    for (const PersonHit &h : hits.value())
        if (h.emplacementId > 0 && centreOnPlot(h.emplacementId)) {
            m_status->setText(Tr::tr("%1 (%2)").arg(h.nom, h.detail));
            return;
        }
    m_status->setText(Tr::tr("Aucun emplacement, défunt ni concessionnaire ne correspond à « %1 ».").arg(text));
}

void PlanWidget::savePosition(qint64 plotId, int version, double x, double y)
{
    Core::Result<Plot> moved = m_plots.movePlot(plotId, version, x, y);
    if (!moved) {
        showError(moved.error().message());
        loadCemetery();
        return;
    }
    if (PlotItem *item = m_scene->item(plotId))
        item->setPlot(moved.value());
    m_status->setText(Tr::tr("%1 déplacé et enregistré.").arg(moved.value().location()));
}

void PlanWidget::exportPdf()
{
    const QString path = QFileDialog::getSaveFileName(this, Tr::tr("Exporter le plan en PDF"),
                                                      m_cemeteries->currentText() + QStringLiteral(".pdf"),
                                                      Tr::tr("Document PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Core::Status s = PlanExport::toPdf(*m_scene, path, Tr::tr("Plan du %1").arg(m_cemeteries->currentText())); !s)
        showError(s.error().message());
}

void PlanWidget::exportGeoJson()
{
    const QString path = QFileDialog::getSaveFileName(this, Tr::tr("Exporter les emplacements pour un SIG"),
                                                      m_cemeteries->currentText() + QStringLiteral(".geojson"),
                                                      Tr::tr("GeoJSON (*.geojson)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(PlanExport::toGeoJson(m_current, m_cemeteries->currentText())) < 0)
        showError(Tr::tr("Le fichier « %1 » n'a pas pu être écrit : vérifiez le dossier et ses droits.").arg(path));
}

void PlanWidget::chooseScannedPlan()
{
    const qint64 id = m_cemeteries->currentData().toLongLong();
    if (id <= 0)
        return;
    const QString path = QFileDialog::getOpenFileName(this, Tr::tr("Plan scanné du cimetière"), {},
                                                      Tr::tr("Images (*.png *.jpg *.jpeg *.tif *.tiff)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(Tr::tr("Le fichier « %1 » n'a pas pu être lu.").arg(path));
        return;
    }
    const QByteArray bytes = file.readAll();
    if (QImage::fromData(bytes).isNull()) {
        showError(Tr::tr("« %1 » n'est pas une image lisible : enregistrez le plan en PNG ou en JPEG.").arg(path));
        return;
    }
    if (Core::Status s = m_plots.setScannedPlan(id, bytes); !s) {
        showError(s.error().message());
        return;
    }
    loadCemetery();
}

void PlanWidget::showError(const QString &message)
{
    QMessageBox::warning(this, Tr::tr("Plan du cimetière"), message);
}

} // namespace OpenMairie::Cimetiere
