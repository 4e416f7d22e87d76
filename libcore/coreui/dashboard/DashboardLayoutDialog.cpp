#include "DashboardLayoutDialog.h"

#include "DashboardLayoutStore.h"
#include "Permissions.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace OpenMairie::CoreUi {

namespace {
constexpr int kIdRole = Qt::UserRole;
} // namespace

DashboardLayoutDialog::DashboardLayoutDialog(Core::DashboardLayoutStore &layouts, Core::Permissions &permissions,
                                             QWidget *parent)
    : QDialog(parent), m_layouts(layouts), m_permissions(permissions)
{
    setObjectName(QStringLiteral("dashboardLayoutDialog"));
    setWindowTitle(tr("Personnaliser le tableau de bord"));
    setMinimumSize(520, 440);

    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("layoutProfile"));
    for (int p = static_cast<int>(Core::Profile::Consultation); p <= static_cast<int>(Core::Profile::Administrateur); ++p)
        m_profile->addItem(Core::profileLabel(static_cast<Core::Profile>(p)), p);

    auto *intro = new QLabel(tr("Cochez les éléments que les agents de ce profil voient sur leur page d'accueil, "
                                "puis rangez-les dans l'ordre d'affichage. Seuls les éléments que le profil a le "
                                "droit de voir sont proposés."),
                             this);
    intro->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("layoutWidgets"));
    m_up = new QPushButton(tr("Monter"), this);
    m_up->setObjectName(QStringLiteral("layoutUp"));
    m_down = new QPushButton(tr("Descendre"), this);
    m_down->setObjectName(QStringLiteral("layoutDown"));
    m_reset = new QPushButton(tr("Revenir au choix par défaut"), this);
    m_reset->setObjectName(QStringLiteral("layoutReset"));
    m_reset->setToolTip(tr("Le profil verra tous les éléments que ses droits permettent, y compris ceux des "
                           "modules installés plus tard."));
    auto *side = new QVBoxLayout;
    side->addWidget(m_up);
    side->addWidget(m_down);
    side->addStretch(1);
    side->addWidget(m_reset);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_list, 1);
    middle->addLayout(side);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("layoutStatus"));
    m_status->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("layoutError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a11d1d;"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Enregistrer"));
    buttons->button(QDialogButtonBox::Close)->setText(tr("Fermer"));

    auto *form = new QFormLayout;
    form->addRow(tr("Profil :"), m_profile);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(intro);
    layout->addLayout(middle, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_profile, &QComboBox::currentIndexChanged, this, &DashboardLayoutDialog::loadProfile);
    connect(m_list, &QListWidget::currentRowChanged, this, &DashboardLayoutDialog::updateButtons);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(+1); });
    connect(m_reset, &QPushButton::clicked, this, &DashboardLayoutDialog::resetToDefault);
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, &DashboardLayoutDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_profile->setCurrentIndex(m_profile->count() - 1);
    loadProfile();
}

void DashboardLayoutDialog::selectProfile(Core::Profile profile)
{
    m_profile->setCurrentIndex(m_profile->findData(static_cast<int>(profile)));
}

Core::Profile DashboardLayoutDialog::currentProfile() const
{
    return static_cast<Core::Profile>(m_profile->currentData().toInt());
}

void DashboardLayoutDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void DashboardLayoutDialog::loadProfile()
{
    showError({});
    Core::Result<Core::DashboardLayout> layout = m_layouts.layout(currentProfile());
    if (!layout) {
        m_list->clear();
        m_layout = {};
        showError(layout.error().message());
        updateButtons();
        return;
    }
    showLayout(layout.value());
}

void DashboardLayoutDialog::showLayout(const Core::DashboardLayout &layout)
{
    m_layout = layout;
    m_list->clear();
    const QList<Core::DashboardWidgetDefinition> offered = m_layouts.registry().visibleTo(m_permissions, layout.profile);
    auto addItem = [this](const Core::DashboardWidgetDefinition &d, bool checked) {
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(d.title, Core::dashboardWidgetKindLabel(d.kind)), m_list);
        item->setData(kIdRole, d.id);
        item->setToolTip(d.description);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    };
    // The chosen ones first, in their order; then the others, unticked.
    for (const QString &id : layout.widgetIds)
        for (const Core::DashboardWidgetDefinition &d : offered)
            if (d.id == id)
                addItem(d, true);
    for (const Core::DashboardWidgetDefinition &d : offered)
        if (!layout.widgetIds.contains(d.id))
            addItem(d, false);
    if (offered.isEmpty())
        m_status->setText(tr("Aucun élément n'est proposé à ce profil : ses droits ne donnent accès à aucun."));
    else if (layout.isDefault())
        m_status->setText(tr("Choix par défaut : le profil voit tous les éléments que ses droits permettent."));
    else
        m_status->setText(layout.widgetIds.size() <= 1
                              ? tr("Choix enregistré pour ce profil : %1 élément affiché.").arg(layout.widgetIds.size())
                              : tr("Choix enregistré pour ce profil : %1 éléments affichés.").arg(layout.widgetIds.size()));
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

QStringList DashboardLayoutDialog::offeredIds() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i)
        ids.append(m_list->item(i)->data(kIdRole).toString());
    return ids;
}

QStringList DashboardLayoutDialog::checkedIds() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            ids.append(m_list->item(i)->data(kIdRole).toString());
    return ids;
}

void DashboardLayoutDialog::setChecked(const QString &widgetId, bool checked)
{
    const int row = int(offeredIds().indexOf(widgetId));
    if (row >= 0)
        m_list->item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void DashboardLayoutDialog::moveUp(const QString &widgetId)
{
    m_list->setCurrentRow(int(offeredIds().indexOf(widgetId)));
    move(-1);
}

void DashboardLayoutDialog::moveDown(const QString &widgetId)
{
    m_list->setCurrentRow(int(offeredIds().indexOf(widgetId)));
    move(+1);
}

void DashboardLayoutDialog::move(int delta)
{
    const int row = m_list->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_list->count())
        return;
    QListWidgetItem *item = m_list->takeItem(row);
    m_list->insertItem(target, item);
    m_list->setCurrentRow(target);
}

void DashboardLayoutDialog::updateButtons()
{
    const int row = m_list->currentRow();
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_list->count() - 1);
    m_reset->setEnabled(!m_layout.isDefault());
}

QString DashboardLayoutDialog::statusText() const
{
    return m_status->text();
}

QString DashboardLayoutDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool DashboardLayoutDialog::save()
{
    showError({});
    Core::Result<Core::DashboardLayout> saved = m_layouts.save(currentProfile(), checkedIds(), m_layout.version);
    if (!saved) {
        showError(saved.error().message());
        return false;
    }
    showLayout(saved.value());
    emit layoutSaved(currentProfile());
    return true;
}

bool DashboardLayoutDialog::resetToDefault()
{
    showError({});
    Core::Result<Core::DashboardLayout> reset = m_layouts.resetToDefault(currentProfile(), m_layout.version);
    if (!reset) {
        showError(reset.error().message());
        return false;
    }
    showLayout(reset.value());
    emit layoutSaved(currentProfile());
    return true;
}

} // namespace OpenMairie::CoreUi
