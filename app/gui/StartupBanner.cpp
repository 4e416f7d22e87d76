#include "StartupBanner.h"

#include "Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace OpenMairie::Gui {

StartupBanner::StartupBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("startupBanner"));
    setStyleSheet(QStringLiteral("QFrame#startupBanner { background: #fff6d6; border: 1px solid #e2c770; "
                                 "border-radius: 4px; }"));
    m_icon = new QLabel(this);
    m_icon->setPixmap(Icons::get(QStringLiteral("avertissement")).pixmap(22, 22));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("startupBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_modules = new QPushButton(tr("Voir les modules…"), this);
    m_modules->setObjectName(QStringLiteral("startupBannerModules"));
    m_close = new QPushButton(tr("Masquer"), this);
    m_close->setObjectName(QStringLiteral("startupBannerClose"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_modules, 0, Qt::AlignTop);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_modules, &QPushButton::clicked, this, &StartupBanner::modulesDialogRequested);
    connect(m_close, &QPushButton::clicked, this, [this] {
        hide();
        emit dismissed();
    });
    hide();
}

void StartupBanner::setProblems(const QStringList &refusedModules, const QStringList &warnings)
{
    QStringList lines;
    if (!refusedModules.isEmpty()) {
        // French plural written out: the source strings are the French text, no catalogue is loaded.
        lines.append(refusedModules.size() == 1
                         ? tr("Un module n'a pas pu démarrer ; les autres fonctionnent normalement :")
                         : tr("%1 modules n'ont pas pu démarrer ; les autres fonctionnent normalement :")
                               .arg(refusedModules.size()));
        for (const QString &m : refusedModules)
            lines.append(QStringLiteral("  • ") + m);
    }
    if (!warnings.isEmpty()) {
        lines.append(tr("Avertissements de la mise à jour de la base :"));
        for (const QString &w : warnings)
            lines.append(QStringLiteral("  • ") + w);
    }
    m_text->setText(lines.join(u'\n'));
    m_modules->setVisible(!refusedModules.isEmpty());
    setVisible(!lines.isEmpty());
}

QString StartupBanner::text() const
{
    return m_text->text();
}

} // namespace OpenMairie::Gui
