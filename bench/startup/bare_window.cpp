// The reference of the startup benchmark: the least a Qt Widgets program does before its window is
// on screen. It quits as soon as the window has been painted, as `openmairie
// --quitter-apres-affichage` does.
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

namespace {
class FirstPaint final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return false;
    }
};
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto *label = new QLabel(QStringLiteral("Fenêtre de référence"), &window);
    window.setCentralWidget(label);
    label->installEventFilter(new FirstPaint(&window));
    window.resize(1280, 720);
    window.show();
    return QApplication::exec();
}
