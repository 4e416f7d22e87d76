#include "DashboardCard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace OpenMairie::CoreUi {

namespace {
enum Page { LoadingPage = 0, ValuePage = 1, ErrorPage = 2 };

const QString kCardStyle = QStringLiteral(
    "QFrame#dashboardCard { background: #ffffff; border: 1px solid #d5dae1; border-radius: 6px; }"
    "QFrame#dashboardCard[alerte=\"true\"] { border-left: 5px solid #c0620a; }"
    "QPushButton#dashboardLink { color: #1f5a9e; border: none; padding: 2px 4px; text-align: left; }"
    "QPushButton#dashboardLink:hover { background: #eef3f9; text-decoration: underline; }"
    "QToolButton#dashboardFigure { border: none; padding: 0px; }"
    "QToolButton#dashboardFigure:hover { text-decoration: underline; }");

void clearLayout(QLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}
} // namespace

DashboardCard::DashboardCard(const Core::DashboardWidgetDefinition &definition, QWidget *parent)
    : QFrame(parent), m_definition(definition)
{
    setObjectName(QStringLiteral("dashboardCard"));
    setProperty("widgetId", definition.id);
    setStyleSheet(kCardStyle);
    setAccessibleName(definition.title);
    setToolTip(definition.description);
    setMinimumHeight(120);
    setMinimumWidth(220);
    // Equal columns whatever the content: the grid shares the width, the content adapts.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto *title = new QLabel(definition.title, this);
    title->setObjectName(QStringLiteral("dashboardCardTitle"));
    QFont f = title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    title->setFont(f);
    title->setWordWrap(true);
    auto *header = new QHBoxLayout;
    header->addWidget(title, 1);
    if (definition.kind != Core::DashboardWidgetKind::Shortcut) {
        m_refresh = new QToolButton(this);
        m_refresh->setObjectName(QStringLiteral("dashboardRefresh"));
        m_refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
        m_refresh->setAutoRaise(true);
        m_refresh->setToolTip(tr("Actualiser « %1 »").arg(definition.title));
        m_refresh->setAccessibleName(tr("Actualiser"));
        connect(m_refresh, &QToolButton::clicked, this, &DashboardCard::refreshRequested);
        header->addWidget(m_refresh, 0, Qt::AlignTop);
    }

    m_pages = new QStackedWidget(this);
    auto *loading = new QWidget(m_pages);
    auto *busy = new QProgressBar(loading);
    busy->setRange(0, 0); // indeterminate: moves while the worker computes
    busy->setTextVisible(false);
    busy->setMaximumHeight(6);
    auto *loadingText = new QLabel(tr("Calcul en cours…"), loading);
    loadingText->setObjectName(QStringLiteral("dashboardLoading"));
    auto *loadingLayout = new QVBoxLayout(loading);
    loadingLayout->setContentsMargins(0, 6, 0, 0);
    loadingLayout->addWidget(loadingText);
    loadingLayout->addWidget(busy);
    loadingLayout->addStretch(1);
    m_valuePage = new QWidget(m_pages);
    m_valueLayout = new QVBoxLayout(m_valuePage);
    m_valueLayout->setContentsMargins(0, 0, 0, 0);
    m_valueLayout->setSpacing(2);
    m_error = new QLabel(m_pages);
    m_error->setObjectName(QStringLiteral("dashboardError"));
    m_error->setWordWrap(true);
    m_error->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_error->setStyleSheet(QStringLiteral("color: #a11d1d;"));
    m_pages->addWidget(loading);
    m_pages->addWidget(m_valuePage);
    m_pages->addWidget(m_error);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 10, 12);
    layout->setSpacing(6);
    layout->addLayout(header);
    layout->addWidget(m_pages, 1);

    if (definition.kind == Core::DashboardWidgetKind::Shortcut) {
        auto *button = new QPushButton(definition.title, m_valuePage);
        button->setObjectName(QStringLiteral("dashboardShortcut"));
        button->setCursor(Qt::PointingHandCursor);
        const Core::RecordLink link = definition.link;
        connect(button, &QPushButton::clicked, this, [this, link] { emit linkActivated(link); });
        if (!definition.description.isEmpty()) {
            auto *text = new QLabel(definition.description, m_valuePage);
            text->setWordWrap(true);
            m_valueLayout->addWidget(text);
        }
        m_valueLayout->addWidget(button, 0, Qt::AlignLeft);
        m_valueLayout->addStretch(1);
        title->hide(); // the button says it already
        m_pages->setCurrentIndex(ValuePage);
        m_shownText = definition.title;
    }
}

quint64 DashboardCard::beginLoading()
{
    m_pages->setCurrentIndex(LoadingPage);
    if (m_refresh)
        m_refresh->setEnabled(false);
    m_shownText.clear();
    return ++m_ticket;
}

bool DashboardCard::isLoading() const
{
    return m_pages->currentIndex() == LoadingPage;
}

QString DashboardCard::shownText() const
{
    return m_shownText;
}

void DashboardCard::showValue(quint64 ticket, const Core::Result<Core::DashboardValue> &value)
{
    if (ticket != m_ticket)
        return;
    if (m_refresh)
        m_refresh->setEnabled(true);
    if (!value) {
        showError(value.error());
        return;
    }
    clearLayout(m_valueLayout);
    if (m_definition.kind == Core::DashboardWidgetKind::ShortList)
        showList(value.value());
    else
        showCount(value.value());
    m_pages->setCurrentIndex(ValuePage);
}

QPushButton *DashboardCard::linkButton(const QString &text, const Core::RecordLink &link, QWidget *parent)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(QStringLiteral("dashboardLink"));
    // Long objets must not widen the card and squeeze its neighbours: the text is cut to the width
    // the grid gives, the whole line stays in the tooltip.
    button->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    button->setText(text);
    button->setFlat(true);
    button->setCursor(Qt::PointingHandCursor);
    connect(button, &QToolButton::clicked, this, [this, link] { emit linkActivated(link); });
    button->setEnabled(link.isValid());
    return button;
}

void DashboardCard::showCount(const Core::DashboardValue &value)
{
    const bool alert = m_definition.kind == Core::DashboardWidgetKind::Alert && value.count > 0;
    setProperty("alerte", alert);
    style()->unpolish(this);
    style()->polish(this);

    auto *figure = new QToolButton(m_valuePage);
    figure->setObjectName(QStringLiteral("dashboardFigure"));
    figure->setText(QLocale().toString(value.count));
    QFont f = figure->font();
    f.setPointSizeF(f.pointSizeF() * 2.2);
    f.setBold(true);
    figure->setFont(f);
    figure->setAutoRaise(true);
    figure->setStyleSheet(QStringLiteral("color: %1;").arg(alert ? QStringLiteral("#b35c00") : QStringLiteral("#1d3f66")));
    figure->setCursor(Qt::PointingHandCursor);
    figure->setEnabled(m_definition.link.isValid());
    figure->setToolTip(m_definition.link.isValid() ? tr("Ouvrir la liste correspondante") : QString());
    const Core::RecordLink link = m_definition.link;
    connect(figure, &QToolButton::clicked, this, [this, link] { emit linkActivated(link); });

    auto *text = new QLabel(value.text, m_valuePage);
    text->setObjectName(QStringLiteral("dashboardText"));
    text->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->setSpacing(10);
    row->addWidget(figure, 0, Qt::AlignVCenter);
    row->addWidget(text, 1, Qt::AlignVCenter);
    m_valueLayout->addLayout(row);
    m_valueLayout->addStretch(1);
    m_shownText = value.text.isEmpty() ? figure->text() : figure->text() + QStringLiteral(" — ") + value.text;
}

void DashboardCard::showList(const Core::DashboardValue &value)
{
    QStringList lines;
    if (value.items.isEmpty()) {
        auto *none = new QLabel(value.text.isEmpty() ? tr("Rien à afficher pour l'instant.") : value.text, m_valuePage);
        none->setWordWrap(true);
        m_valueLayout->addWidget(none);
        lines.append(none->text());
    }
    for (const Core::DashboardItem &item : value.items) {
        const QString text = item.subtitle.isEmpty() ? item.title : item.title + QStringLiteral(" — ") + item.subtitle;
        QPushButton *button = linkButton(text, item.link, m_valuePage);
        button->setToolTip(text);
        m_valueLayout->addWidget(button);
        lines.append(text);
    }
    m_valueLayout->addStretch(1);
    m_shownText = lines.join(u'\n');
}

void DashboardCard::showError(const Core::Error &error)
{
    m_error->setText(error.message() + u'\n' + tr("Cliquez sur « Actualiser » pour réessayer."));
    m_error->setToolTip(error.detail());
    m_pages->setCurrentIndex(ErrorPage);
    m_shownText = error.message();
}

} // namespace OpenMairie::CoreUi
