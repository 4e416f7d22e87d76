#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace OpenMairie::Gui {

// Emits painted() once, after a widget of the watched window has been painted for the first time:
// the moment the agent sees the window (startup benchmark, --quitter-apres-affichage). The filter
// sits on the application because Qt skips the paint events of widgets covered by opaque children.
class PaintWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit PaintWatcher(QWidget *window);
    ~PaintWatcher() override;

signals:
    void painted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_window;
    bool m_done = false;
};

} // namespace OpenMairie::Gui
