#include "HomePage.h"

#include "Icons.h"

#include <QApplication>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace OpenMairie::Gui {

namespace {
constexpr int kCardColumns = 3;

const QString kCardStyle = QStringLiteral(
    "QFrame#homeCard { background: #ffffff; border: 1px solid #d5dae1; border-radius: 6px; }"
    "QToolButton { color: #1f5a9e; border: none; padding: 4px 6px; text-align: left; }"
    "QToolButton:hover { background: #eef3f9; text-decoration: underline; }"
    "QToolButton:focus { background: #e3ecf7; }");

QLabel *mutedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, QColor(0x55, 0x60, 0x6e));
    label->setPalette(p);
    return label;
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setBold(true);
    label->setFont(f);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, QColor(0x1d, 0x3f, 0x66));
    label->setPalette(p);
    return label;
}
} // namespace

HomePage::HomePage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("homePage"));
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("homeContent"));
    content->setAutoFillBackground(true);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    // Banner: the commune first, as on the town hall's letterhead.
    auto *banner = new QFrame(content);
    banner->setObjectName(QStringLiteral("homeBanner"));
    banner->setStyleSheet(QStringLiteral("QFrame#homeBanner { background: #ffffff; border: 1px solid #d5dae1; "
                                         "border-left: 5px solid #2f5d93; border-radius: 4px; }"));
    auto *logo = new QLabel(banner);
    logo->setPixmap(Icons::application().pixmap(56, 56));
    m_commune = new QLabel(banner);
    m_commune->setObjectName(QStringLiteral("homeCommuneName"));
    QFont communeFont = m_commune->font();
    communeFont.setPointSizeF(communeFont.pointSizeF() * 1.9);
    communeFont.setBold(true);
    m_commune->setFont(communeFont);
    QPalette communePalette = m_commune->palette();
    communePalette.setColor(QPalette::WindowText, QColor(0x1d, 0x3f, 0x66));
    m_commune->setPalette(communePalette);
    m_communeDetail = mutedLabel({}, banner);
    m_communeDetail->setObjectName(QStringLiteral("homeCommuneDetail"));
    auto *names = new QVBoxLayout;
    names->setSpacing(2);
    names->addWidget(m_commune);
    names->addWidget(m_communeDetail);

    m_date = new QLabel(banner);
    m_date->setObjectName(QStringLiteral("homeDate"));
    QFont dateFont = m_date->font();
    dateFont.setBold(true);
    dateFont.setPointSizeF(dateFont.pointSizeF() * 1.1);
    m_date->setFont(dateFont);
    m_session = mutedLabel({}, banner);
    m_session->setObjectName(QStringLiteral("homeSession"));
    m_database = mutedLabel({}, banner);
    m_database->setObjectName(QStringLiteral("homeDatabase"));
    m_database->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_database->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *facts = new QVBoxLayout;
    facts->setSpacing(2);
    facts->addWidget(m_date, 0, Qt::AlignRight);
    facts->addWidget(m_session, 0, Qt::AlignRight);
    facts->addWidget(m_database, 0, Qt::AlignRight);

    auto *bannerLayout = new QHBoxLayout(banner);
    bannerLayout->setContentsMargins(18, 14, 18, 14);
    bannerLayout->addWidget(logo);
    bannerLayout->addSpacing(12);
    bannerLayout->addLayout(names);
    bannerLayout->addStretch(1);
    bannerLayout->addLayout(facts);

    auto *cardsWidget = new QWidget(content);
    m_cards = new QGridLayout(cardsWidget);
    m_cards->setContentsMargins(0, 0, 0, 0);
    m_cards->setSpacing(14);
    for (int c = 0; c < kCardColumns; ++c)
        m_cards->setColumnStretch(c, 1);

    m_dashboardSection = new QWidget(content);
    m_dashboard = new QVBoxLayout(m_dashboardSection);
    m_dashboard->setContentsMargins(0, 0, 0, 0);
    m_dashboardTitle = sectionTitle(tr("Tableau de bord"), m_dashboardSection);
    m_dashboard->addWidget(m_dashboardTitle);
    m_dashboardSection->hide();

    m_footer = mutedLabel({}, content);
    m_footer->setObjectName(QStringLiteral("homeFooter"));
    m_footer->setTextFormat(Qt::RichText);
    connect(m_footer, &QLabel::linkActivated, this, &HomePage::modulesDialogRequested);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(14);
    layout->addWidget(banner);
    layout->addSpacing(4);
    // What calls for the agent's attention first, then the ways into the modules.
    layout->addWidget(m_dashboardSection);
    layout->addSpacing(4);
    layout->addWidget(sectionTitle(tr("Vos modules"), content));
    layout->addWidget(cardsWidget);
    layout->addStretch(1);
    layout->addWidget(m_footer);
}

void HomePage::setSummary(const HomeSummary &summary)
{
    m_commune->setText(summary.communeName.isEmpty() ? tr("Aucune commune") : summary.communeName);
    m_communeDetail->setText(summary.communeCode.isEmpty() ? QString()
                                                           : tr("Commune — code INSEE %1").arg(summary.communeCode));
    QString date = QLocale().toString(summary.date.isValid() ? summary.date : QDate::currentDate(),
                                      QStringLiteral("dddd d MMMM yyyy"));
    if (!date.isEmpty())
        date[0] = date.at(0).toUpper();
    m_date->setText(date);
    m_session->setText(tr("Connecté : %1 — profil %2").arg(summary.userName, summary.profileLabel));
    m_database->setText(tr("Base : %1").arg(summary.database));
    m_database->setToolTip(summary.database);

    QString modules;
    if (summary.activeModules == 0)
        modules = tr("aucun module actif");
    else if (summary.activeModules == 1)
        modules = tr("1 module actif");
    else
        modules = tr("%1 modules actifs").arg(summary.activeModules);
    if (summary.refusedModules == 1)
        modules += tr(", 1 module refusé");
    else if (summary.refusedModules > 1)
        modules += tr(", %1 modules refusés").arg(summary.refusedModules);
    m_footer->setText(tr("OpenMairie %1 — %2 — <a href=\"modules\">Modules installés…</a>")
                          .arg(QApplication::applicationVersion(), modules.toHtmlEscaped()));
}

QWidget *HomePage::createCard(const NavigationGroup &group)
{
    auto *card = new QFrame;
    card->setObjectName(QStringLiteral("homeCard"));
    card->setStyleSheet(kCardStyle);
    card->setAccessibleName(group.title);
    auto *icon = new QLabel(card);
    icon->setPixmap(Icons::get(QStringLiteral("module")).pixmap(24, 24));
    auto *title = new QLabel(group.title, card);
    title->setObjectName(QStringLiteral("homeCardTitle"));
    QFont f = title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    title->setFont(f);
    auto *header = new QHBoxLayout;
    header->addWidget(icon);
    header->addWidget(title, 1);

    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(4);
    layout->addLayout(header);
    if (!group.description.isEmpty()) {
        auto *description = mutedLabel(group.description, card);
        description->setWordWrap(true);
        layout->addWidget(description);
    }
    auto *line = new QFrame(card);
    line->setFrameShape(QFrame::HLine);
    line->setStyleSheet(QStringLiteral("color: #e3e7ec;"));
    layout->addWidget(line);
    for (const CoreUi::NavigationEntry &entry : group.entries) {
        auto *button = new QToolButton(card);
        button->setObjectName(QStringLiteral("homeEntry:") + entry.id);
        button->setText(entry.title);
        button->setIcon(entry.icon.isNull() ? Icons::get(QStringLiteral("vue")) : entry.icon);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        button->setCursor(Qt::PointingHandCursor);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        const QString id = entry.id;
        connect(button, &QToolButton::clicked, this, [this, id] { emit entryActivated(id); });
        layout->addWidget(button);
    }
    layout->addStretch(1);
    return card;
}

QWidget *HomePage::createEmptyCard()
{
    auto *card = new QFrame;
    card->setObjectName(QStringLiteral("homeCard"));
    card->setStyleSheet(kCardStyle);
    auto *title = new QLabel(tr("Aucun module métier n'est disponible"), card);
    QFont f = title->font();
    f.setBold(true);
    title->setFont(f);
    auto *text = mutedLabel(tr("Les modules (élections, cimetière, réglementation…) s'installent avec OpenMairie ou "
                               "se déposent dans le dossier des modules ; ils apparaissent ici au démarrage suivant. "
                               "Si un module est installé mais refusé, sa raison figure dans la liste des modules."),
                            card);
    text->setWordWrap(true);
    auto *button = new QPushButton(Icons::get(QStringLiteral("modules")), tr("Voir les modules installés…"), card);
    button->setObjectName(QStringLiteral("homeModulesButton"));
    connect(button, &QPushButton::clicked, this, &HomePage::modulesDialogRequested);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addWidget(button, 0, Qt::AlignLeft);
    return card;
}

QWidget *HomePage::createToolsCard()
{
    auto *card = new QFrame;
    card->setObjectName(QStringLiteral("homeCard"));
    card->setStyleSheet(kCardStyle);
    auto *icon = new QLabel(card);
    icon->setPixmap(Icons::get(QStringLiteral("modules")).pixmap(24, 24));
    auto *title = new QLabel(tr("Installation"), card);
    QFont f = title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    title->setFont(f);
    auto *header = new QHBoxLayout;
    header->addWidget(icon);
    header->addWidget(title, 1);
    auto *description = mutedLabel(tr("Modules, base de données et informations sur OpenMairie."), card);
    description->setWordWrap(true);
    auto *line = new QFrame(card);
    line->setFrameShape(QFrame::HLine);
    line->setStyleSheet(QStringLiteral("color: #e3e7ec;"));
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(description);
    layout->addWidget(line);
    const auto addLink = [&](const QString &objectName, const QString &iconName, const QString &text,
                             void (HomePage::*signal)()) {
        auto *button = new QToolButton(card);
        button->setObjectName(objectName);
        button->setText(text);
        button->setIcon(Icons::get(iconName));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        button->setCursor(Qt::PointingHandCursor);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        connect(button, &QToolButton::clicked, this, signal);
        layout->addWidget(button);
    };
    addLink(QStringLiteral("homeToolModules"), QStringLiteral("modules"), tr("Modules installés…"),
            &HomePage::modulesDialogRequested);
    addLink(QStringLiteral("homeToolDatabase"), QStringLiteral("changer-base"), tr("Changer de base de données…"),
            &HomePage::changeDatabaseRequested);
    addLink(QStringLiteral("homeToolAbout"), QStringLiteral("a-propos"), tr("À propos d'OpenMairie"),
            &HomePage::aboutRequested);
    layout->addStretch(1);
    return card;
}

void HomePage::setCatalog(const NavigationCatalog &catalog)
{
    while (QLayoutItem *item = m_cards->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_cardTitles.clear();
    int index = 0;
    if (catalog.isEmpty()) {
        m_cards->addWidget(createEmptyCard(), 0, 0, 1, kCardColumns - 1);
        index = kCardColumns - 1;
    }
    for (const NavigationGroup &group : catalog.groups()) {
        m_cards->addWidget(createCard(group), index / kCardColumns, index % kCardColumns);
        m_cardTitles.append(group.title);
        ++index;
    }
    // The tools of the installation close the grid: always there, whatever the modules.
    m_cards->addWidget(createToolsCard(), index / kCardColumns, index % kCardColumns);
}

void HomePage::addDashboardWidget(const QString &title, QWidget *widget)
{
    auto *frame = new QFrame(m_dashboardSection);
    frame->setObjectName(QStringLiteral("homeCard"));
    frame->setStyleSheet(kCardStyle);
    auto *layout = new QVBoxLayout(frame);
    auto *label = new QLabel(title, frame);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    layout->addWidget(label);
    widget->setParent(frame);
    layout->addWidget(widget);
    m_dashboard->addWidget(frame);
    m_dashboardSection->show();
}

void HomePage::setDashboard(QWidget *dashboard)
{
    m_dashboardTitle->hide();
    dashboard->setParent(m_dashboardSection);
    m_dashboard->insertWidget(0, dashboard);
    m_dashboardSection->show();
}

QString HomePage::communeTitle() const
{
    return m_commune->text();
}

QString HomePage::sessionText() const
{
    return m_session->text();
}

QStringList HomePage::cardTitles() const
{
    return m_cardTitles;
}

} // namespace OpenMairie::Gui
