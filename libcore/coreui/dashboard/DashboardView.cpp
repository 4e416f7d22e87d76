#include "DashboardView.h"

#include "DashboardCard.h"
#include "DashboardLayoutDialog.h"

#include "DashboardLayoutStore.h"
#include "DashboardLoader.h"
#include "Permissions.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace OpenMairie::CoreUi {

namespace {
constexpr int kColumns = 3;
} // namespace

DashboardView::DashboardView(Core::DashboardLayoutStore &layouts, Core::DashboardLoader &loader,
                             Core::Permissions &permissions, QWidget *parent)
    : QWidget(parent), m_layouts(layouts), m_loader(loader), m_permissions(permissions)
{
    setObjectName(QStringLiteral("dashboardView"));
    auto *title = new QLabel(tr("Tableau de bord"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setBold(true);
    title->setFont(f);
    QPalette p = title->palette();
    p.setColor(QPalette::WindowText, QColor(0x1d, 0x3f, 0x66));
    title->setPalette(p);

    m_refreshAll = new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("Tout actualiser"), this);
    m_refreshAll->setObjectName(QStringLiteral("dashboardRefreshAll"));
    m_refreshAll->setFlat(true);
    connect(m_refreshAll, &QPushButton::clicked, this, &DashboardView::refreshAll);
    m_customize = new QPushButton(tr("Personnaliser…"), this);
    m_customize->setObjectName(QStringLiteral("dashboardCustomize"));
    m_customize->setFlat(true);
    m_customize->setToolTip(tr("Choisir les éléments du tableau de bord de chaque profil et leur ordre"));
    connect(m_customize, &QPushButton::clicked, this, &DashboardView::customize);

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_refreshAll);
    header->addWidget(m_customize);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("dashboardMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *gridWidget = new QWidget(this);
    m_grid = new QGridLayout(gridWidget);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(14);
    for (int c = 0; c < kColumns; ++c)
        m_grid->setColumnStretch(c, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(header);
    layout->addWidget(m_message);
    layout->addWidget(gridWidget);
}

DashboardCard *DashboardView::card(const QString &widgetId) const
{
    for (DashboardCard *c : m_cards)
        if (c->widgetId() == widgetId)
            return c;
    return nullptr;
}

QString DashboardView::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void DashboardView::reload()
{
    for (DashboardCard *c : std::as_const(m_cards))
        delete c;
    m_cards.clear();
    const bool mayCustomize = m_permissions.sessionAllows(Core::DashboardLayoutStore::kPermissionModifier);
    m_customize->setVisible(mayCustomize);

    Core::Result<QList<Core::DashboardWidgetDefinition>> widgets = m_layouts.sessionWidgets();
    if (!widgets) {
        m_message->setText(widgets.error().message());
        m_message->setStyleSheet(QStringLiteral("color: #a11d1d;"));
        m_message->show();
        m_refreshAll->hide();
        return;
    }
    m_message->setStyleSheet({});
    if (widgets->isEmpty()) {
        m_message->setText(mayCustomize
                               ? tr("Aucun élément n'est affiché pour votre profil. Cliquez sur « Personnaliser… » "
                                    "pour en choisir.")
                               : tr("Aucun élément n'est prévu pour votre profil. Les modules que vous utilisez "
                                    "restent accessibles ci-dessous et dans le menu de gauche."));
        m_message->show();
    } else {
        m_message->hide();
    }
    m_refreshAll->setVisible(!widgets->isEmpty());
    int index = 0;
    for (const Core::DashboardWidgetDefinition &definition : widgets.value()) {
        auto *c = new DashboardCard(definition, this);
        connect(c, &DashboardCard::refreshRequested, this, [this, c] { refresh(c); });
        connect(c, &DashboardCard::linkActivated, this, &DashboardView::linkActivated);
        m_grid->addWidget(c, index / kColumns, index % kColumns);
        m_cards.append(c);
        ++index;
    }
    refreshAll();
}

void DashboardView::refreshAll()
{
    for (DashboardCard *c : std::as_const(m_cards))
        refresh(c);
}

void DashboardView::refresh(DashboardCard *card)
{
    if (card->definition().kind == Core::DashboardWidgetKind::Shortcut)
        return;
    const quint64 ticket = card->beginLoading();
    m_loader.load(card->definition(), card, [card, ticket](const Core::Result<Core::DashboardValue> &value) {
        card->showValue(ticket, value);
    });
}

QWidget *DashboardView::customize()
{
    auto *dialog = new DashboardLayoutDialog(m_layouts, m_permissions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DashboardLayoutDialog::layoutSaved, this, &DashboardView::reload);
    dialog->open();
    return dialog;
}

} // namespace OpenMairie::CoreUi
