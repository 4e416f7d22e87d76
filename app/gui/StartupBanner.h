#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace OpenMairie::Gui {

// A band above the work area that reports, without blocking, what went wrong at start-up (refused
// modules, migration warnings). The rest of the suite is usable meanwhile.
class StartupBanner final : public QFrame
{
    Q_OBJECT

public:
    explicit StartupBanner(QWidget *parent = nullptr);

    // Hidden when both lists are empty.
    void setProblems(const QStringList &refusedModules, const QStringList &warnings);
    QString text() const;

signals:
    void modulesDialogRequested();
    void dismissed();

private:
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_modules = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace OpenMairie::Gui
