#include "PlotItem.h"

#include "PlanScene.h"
#include "Tr.h"

#include <QGraphicsSceneMouseEvent>
#include <QLocale>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace OpenMairie::Cimetiere {

PlotItem::PlotItem(const Plot &plot, PlanScene *scene) : m_scene(scene)
{
    setPlot(plot);
}

void PlotItem::setPlot(const Plot &plot)
{
    prepareGeometryChange();
    m_plot = plot;
    // The item's origin is the plot's top-left corner; its rectangle is its size on the ground.
    m_rect = QRectF(0, 0, plot.largeur * PlanScene::kScale, plot.hauteur * PlanScene::kScale);
    setPos(plot.x * PlanScene::kScale, plot.y * PlanScene::kScale);
    setToolTip(toolTipText());
    update();
}

void PlotItem::setColour(const QColor &colour)
{
    m_colour = colour;
    update();
}

void PlotItem::setHighlighted(bool highlighted)
{
    m_highlighted = highlighted;
    setZValue(highlighted ? 1 : 0);
    update();
}

QRectF PlotItem::boundingRect() const
{
    return m_rect.adjusted(-2, -2, 2, 2);
}

QPainterPath PlotItem::shape() const
{
    QPainterPath path;
    path.addRect(m_rect);
    return path;
}

void PlotItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setBrush(m_colour);
    if (lod < 0.4) {
        // Far away: colour only, no outline to compute.
        painter->setPen(Qt::NoPen);
        painter->drawRect(m_rect);
        return;
    }
    painter->setPen(QPen(m_highlighted ? QColor(Qt::black) : m_colour.darker(160), m_highlighted ? 3 : 1));
    painter->drawRect(m_rect);
    if (lod < kNumberLod)
        return;
    // About 10 screen pixels whatever the zoom, never wider than the plot.
    QFont font = painter->font();
    font.setPixelSize(std::max(3, std::min(int(10 / lod), int(m_rect.width() / 2.2))));
    painter->setFont(font);
    painter->setPen(Qt::black);
    QString number = QString::number(m_plot.numero);
    if (!m_plot.complement.isEmpty())
        number += u' ' + m_plot.complement;
    const QRectF inner = m_rect.adjusted(1, 1, -1, -1);
    // A communal place (jardin du souvenir, ossuaire...) is named by its kind.
    const QString name = !m_plot.famille.isEmpty() || m_plot.nature == PlotKind::Concession
                                 || m_plot.nature == PlotKind::Columbarium
                             ? m_plot.famille
                             : PlotKinds::label(m_plot.nature);
    if (lod < kFamilyLod || name.isEmpty()) {
        // Half-way: the number only (a cut family name reads worse than none), or the communal
        // place's kind.
        painter->drawText(inner, Qt::AlignCenter, m_plot.famille.isEmpty() && !name.isEmpty() ? name : number);
        return;
    }
    painter->drawText(inner, Qt::AlignTop | Qt::AlignHCenter, number);
    painter->save();
    // Names run along the long side of a grave.
    if (m_rect.height() > m_rect.width() * 1.3) {
        painter->translate(m_rect.center());
        painter->rotate(-90);
        const QRectF rotated(-m_rect.height() / 2 + 8, -m_rect.width() / 2, m_rect.height() - 10, m_rect.width());
        painter->drawText(rotated, Qt::AlignCenter | Qt::TextWrapAnywhere, name);
    } else {
        painter->drawText(inner.adjusted(0, 8, 0, 0), Qt::AlignCenter | Qt::TextWordWrap, name);
    }
    painter->restore();
}

void PlotItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsItem::mouseReleaseEvent(event);
    if (m_scene && (flags() & ItemIsMovable) && event->buttonDownScenePos(Qt::LeftButton) != event->scenePos())
        m_scene->itemDropped(this);
}

QString PlotItem::toolTipText() const
{
    QString text = m_plot.location() + u'\n' + PlotKinds::label(m_plot.nature) + QStringLiteral(" — ")
                   + PlotStatuses::label(m_plot.statut);
    if (!m_plot.famille.isEmpty())
        text += u'\n' + Tr::tr("Famille %1").arg(m_plot.famille);
    text += u'\n' + Tr::tr("%1 place(s), %2 occupée(s)")
                        .arg(m_plot.places)
                        .arg(QLocale(QLocale::French).toString(m_plot.occupation, 'g', 4));
    if (m_plot.finConcession.isValid())
        text += u'\n' + Tr::tr("Concession jusqu'au %1").arg(m_plot.finConcession.toString(QStringLiteral("dd/MM/yyyy")));
    else if (m_plot.dureeConcession == u"perpetuelle")
        text += u'\n' + Tr::tr("Concession perpétuelle");
    return text;
}

} // namespace OpenMairie::Cimetiere
