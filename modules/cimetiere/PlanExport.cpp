#include "PlanExport.h"

#include "PlanScene.h"
#include "Tr.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

namespace OpenMairie::Cimetiere {

Core::Status PlanExport::toPdf(PlanScene &scene, const QString &path, const QString &title)
{
    QPdfWriter pdf(path);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A3), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12),
                                  QPageLayout::Millimeter));
    pdf.setResolution(150);
    pdf.setTitle(title);
    pdf.setCreator(QStringLiteral("OpenMairie — openCimetière"));
    QPainter painter;
    if (!painter.begin(&pdf))
        return Core::Error(Tr::tr("Le fichier « %1 » n'a pas pu être créé : vérifiez le dossier et ses droits.")
                               .arg(path),
                           {}, Core::Error::Kind::Storage);
    const QRect page = painter.viewport();
    const int header = page.height() / 14;
    const int legendWidth = page.width() / 6;
    QFont font = painter.font();
    font.setPixelSize(header / 2);
    painter.setFont(font);
    painter.drawText(QRect(page.left(), page.top(), page.width(), header), Qt::AlignLeft | Qt::AlignVCenter, title);
    font.setPixelSize(header / 4);
    painter.setFont(font);
    painter.drawText(QRect(page.left(), page.top(), page.width(), header), Qt::AlignRight | Qt::AlignVCenter,
                     Tr::tr("Plan au %1").arg(QDate::currentDate().toString(QStringLiteral("dd/MM/yyyy"))));
    const QRect target(page.left(), page.top() + header, page.width() - legendWidth, page.height() - header);
    scene.render(&painter, target, scene.plotsRect().adjusted(-10, -40, 10, 10), Qt::KeepAspectRatio);

    int y = page.top() + header;
    const int box = header / 3;
    painter.drawText(QRect(target.right() + box, y, legendWidth, box * 2), Qt::AlignLeft | Qt::AlignVCenter,
                     Tr::tr("Légende"));
    y += box * 2;
    for (const LegendEntry &e : PlanPalette::legend(scene.colouring())) {
        painter.fillRect(QRect(target.right() + box, y, box, box), e.colour);
        painter.drawRect(QRect(target.right() + box, y, box, box));
        painter.drawText(QRect(target.right() + box * 3 / 2 + box, y - box / 2, legendWidth - box * 3, box * 2),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, e.label);
        y += box * 2;
    }
    if (!painter.end())
        return Core::Error(Tr::tr("Le plan n'a pas pu être écrit dans « %1 ».").arg(path), {}, Core::Error::Kind::Storage);
    return {};
}

QByteArray PlanExport::toGeoJson(const QList<Plot> &plots, const QString &cemetery)
{
    QJsonArray features;
    for (const Plot &p : plots) {
        // A GIS has y pointing north; the plan has it pointing down.
        const double x0 = p.x, y0 = -p.y, x1 = p.x + p.largeur, y1 = -(p.y + p.hauteur);
        const QJsonArray ring{QJsonArray{x0, y0}, QJsonArray{x1, y0}, QJsonArray{x1, y1}, QJsonArray{x0, y1},
                              QJsonArray{x0, y0}};
        QJsonObject properties{{QStringLiteral("id"), p.id},
                               {QStringLiteral("cimetiere"), cemetery},
                               {QStringLiteral("zone"), p.zone},
                               {QStringLiteral("allee"), p.allee},
                               {QStringLiteral("numero"), p.numero},
                               {QStringLiteral("complement"), p.complement},
                               {QStringLiteral("nature"), PlotKinds::code(p.nature)},
                               {QStringLiteral("statut"), PlotStatuses::code(p.statut)},
                               {QStringLiteral("famille"), p.famille},
                               {QStringLiteral("places"), p.places},
                               {QStringLiteral("occupation"), p.occupation},
                               {QStringLiteral("duree"), p.dureeConcession},
                               {QStringLiteral("fin_concession"),
                                p.finConcession.isValid() ? p.finConcession.toString(Qt::ISODate) : QString()}};
        features.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("Feature")},
                                    {QStringLiteral("geometry"),
                                     QJsonObject{{QStringLiteral("type"), QStringLiteral("Polygon")},
                                                 {QStringLiteral("coordinates"), QJsonArray{ring}}}},
                                    {QStringLiteral("properties"), properties}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("FeatureCollection")},
                                     {QStringLiteral("name"), cemetery},
                                     {QStringLiteral("features"), features}})
        .toJson(QJsonDocument::Indented);
}

} // namespace OpenMairie::Cimetiere
