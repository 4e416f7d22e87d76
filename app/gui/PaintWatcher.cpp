#include "PaintWatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace OpenMairie::Gui {

PaintWatcher::PaintWatcher(QWidget *window) : QObject(window), m_window(window)
{
    QCoreApplication::instance()->installEventFilter(this);
}

PaintWatcher::~PaintWatcher()
{
    if (!m_done)
        QCoreApplication::instance()->removeEventFilter(this);
}

bool PaintWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (m_done || event->type() != QEvent::Paint || !watched->isWidgetType())
        return false;
    if (static_cast<QWidget *>(watched)->window() != m_window)
        return false;
    m_done = true;
    QCoreApplication::instance()->removeEventFilter(this);
    // Queued: the paint in progress must finish and reach the screen first.
    QTimer::singleShot(0, this, &PaintWatcher::painted);
    return false;
}

} // namespace OpenMairie::Gui
