#pragma once

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTimer>
#include <QWidget>

namespace OpenMairie::Test {

// Answers the message boxes a screen opens with exec() (errors, the reload offer): records their
// text and clicks the button whose text contains `answer` (or closes them), so that a test drives
// the very code path the agent meets.
class MessageBoxAnswerer : public QObject
{
public:
    explicit MessageBoxAnswerer(QString answer = {}) : m_answer(std::move(answer))
    {
        connect(&m_timer, &QTimer::timeout, this, &MessageBoxAnswerer::poll);
        m_timer.start(20);
    }

    const QStringList &texts() const { return m_texts; }

private:
    void poll()
    {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box == m_last)
            return;
        m_last = box;
        m_texts.append(box->text());
        for (QAbstractButton *b : box->buttons()) {
            if (!m_answer.isEmpty() && b->text().remove(u'&').contains(m_answer)) {
                b->click();
                return;
            }
        }
        box->reject();
    }

    QString m_answer;
    QStringList m_texts;
    QPointer<QMessageBox> m_last;
    QTimer m_timer;
};

// Saves what the agent sees when OPENMAIRIE_SCREENSHOT_DIR is set (the docs' pictures are taken so).
inline void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("OPENMAIRIE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget->show();
    QApplication::processEvents();
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace OpenMairie::Test
