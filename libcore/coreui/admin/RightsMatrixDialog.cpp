#include "RightsMatrixDialog.h"

#include "ErrorMessage.h"

#include "CoreServices.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace OpenMairie::CoreUi {

using namespace OpenMairie::Core;

namespace {
constexpr int kPermissionRole = Qt::UserRole + 1;
constexpr int kProfileRole = Qt::UserRole + 2;
constexpr int kFirst = static_cast<int>(Profile::Consultation);
constexpr int kLast = static_cast<int>(Profile::Administrateur);
} // namespace

RightsMatrixDialog::RightsMatrixDialog(CoreServices &services, QWidget *parent)
    : QDialog(parent), m_services(services), m_model(new QStandardItemModel(this)), m_view(new QTreeView(this)),
      m_detail(new QLabel(this)), m_reset(new QPushButton(tr("&Rétablir la valeur par défaut"), this))
{
    setObjectName(QStringLiteral("rightsMatrixDialog"));
    setWindowTitle(tr("Droits des profils"));
    auto *intro = new QLabel(tr("Cochez les profils qui détiennent chaque droit. Un droit accordé à un profil vaut "
                                "pour les profils supérieurs ; l'administrateur les détient tous. Chaque "
                                "changement est enregistré aussitôt ; les lignes en gras diffèrent de la valeur "
                                "prévue par le module."),
                             this);
    intro->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("rightsView"));
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformRowHeights(true);
    m_detail->setObjectName(QStringLiteral("detailLabel"));
    m_detail->setWordWrap(true);
    m_reset->setObjectName(QStringLiteral("resetButton"));

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_detail, 1);
    actions->addWidget(m_reset);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Fermer"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addLayout(actions);
    layout->addWidget(buttons);
    resize(1240, 620);

    connect(m_model, &QStandardItemModel::itemChanged, this, &RightsMatrixDialog::onItemChanged);
    connect(m_reset, &QPushButton::clicked, this, &RightsMatrixDialog::resetCurrent);
    reload();
}

int RightsMatrixDialog::columnOf(Profile profile)
{
    return FirstProfile + static_cast<int>(profile) - kFirst;
}

QString RightsMatrixDialog::moduleTitle(const QString &module) const
{
    // The core's own areas are not plugins: they have no metadata to name them.
    if (module == u"core")
        return tr("Administration et outils communs");
    if (module == u"documents")
        return tr("Documents");
    if (module == u"tableau_de_bord")
        return tr("Tableau de bord");
    const ModuleSpec *spec = m_services.modules().spec(module);
    return spec ? spec->name() : module;
}

void RightsMatrixDialog::reload()
{
    const QString selected = currentPermission();
    m_filling = true;
    m_entries = m_services.rights().entries();
    m_model->clear();
    QStringList headers{tr("Droit"), tr("Nom technique")};
    for (int p = kFirst; p <= kLast; ++p)
        headers.append(profileLabel(static_cast<Profile>(p)));
    m_model->setHorizontalHeaderLabels(headers);

    QStandardItem *group = nullptr;
    QString groupModule;
    for (const RightEntry &entry : std::as_const(m_entries)) {
        if (!group || entry.module != groupModule) {
            groupModule = entry.module;
            group = new QStandardItem(moduleTitle(entry.module));
            group->setFlags(Qt::ItemIsEnabled);
            QFont font = group->font();
            font.setBold(true);
            group->setFont(font);
            QList<QStandardItem *> groupRow{group};
            for (int c = 1; c < FirstProfile + kLast - kFirst + 1; ++c) {
                auto *filler = new QStandardItem;
                filler->setFlags(Qt::ItemIsEnabled);
                groupRow.append(filler);
            }
            m_model->appendRow(groupRow);
        }
        const QString defaultText = tr("Valeur prévue par le module : à partir du profil « %1 ».")
                                        .arg(profileLabel(entry.declared));
        auto *description = new QStandardItem(entry.description.isEmpty() ? entry.permission : entry.description);
        auto *technical = new QStandardItem(entry.permission);
        technical->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        QList<QStandardItem *> row{description, technical};
        for (int p = kFirst; p <= kLast; ++p) {
            const auto profile = static_cast<Profile>(p);
            auto *box = new QStandardItem;
            box->setData(p, kProfileRole);
            box->setCheckState(profile >= entry.effective ? Qt::Checked : Qt::Unchecked);
            // The administrator holds every right: his column shows it and cannot be changed.
            box->setFlags(profile == Profile::Administrateur ? Qt::ItemIsSelectable
                                                             : Qt::ItemIsEnabled | Qt::ItemIsSelectable
                                                                   | Qt::ItemIsUserCheckable);
            row.append(box);
        }
        for (QStandardItem *item : std::as_const(row)) {
            item->setData(entry.permission, kPermissionRole);
            item->setToolTip(entry.permission + u'\n' + defaultText);
            if (entry.changed()) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
        }
        group->appendRow(row);
    }
    for (int g = 0; g < m_model->rowCount(); ++g)
        m_view->setFirstColumnSpanned(g, QModelIndex(), true);
    m_view->expandAll();
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(Description, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(Permission, QHeaderView::ResizeToContents);
    for (int p = kFirst; p <= kLast; ++p)
        m_view->header()->setSectionResizeMode(columnOf(static_cast<Profile>(p)), QHeaderView::ResizeToContents);
    m_filling = false;
    if (!selected.isEmpty())
        selectPermission(selected);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &RightsMatrixDialog::updateActions,
            Qt::UniqueConnection);
    updateActions();
}

QStandardItem *RightsMatrixDialog::cell(const QString &permission, Profile profile) const
{
    for (int g = 0; g < m_model->rowCount(); ++g) {
        QStandardItem *group = m_model->item(g);
        for (int r = 0; r < group->rowCount(); ++r) {
            if (group->child(r, Permission)->text() == permission)
                return group->child(r, columnOf(profile));
        }
    }
    return nullptr;
}

bool RightsMatrixDialog::isChecked(const QString &permission, Profile profile) const
{
    const QStandardItem *item = cell(permission, profile);
    return item && item->checkState() == Qt::Checked;
}

bool RightsMatrixDialog::isShownAsChanged(const QString &permission) const
{
    const QStandardItem *item = cell(permission, Profile::Consultation);
    return item && item->font().bold();
}

bool RightsMatrixDialog::selectPermission(const QString &permission)
{
    QStandardItem *item = cell(permission, Profile::Consultation);
    if (!item)
        return false;
    const QModelIndex index = m_model->indexFromItem(item).siblingAtColumn(Description);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    updateActions();
    return true;
}

QString RightsMatrixDialog::currentPermission() const
{
    if (!m_view->selectionModel())
        return {};
    return m_view->currentIndex().data(kPermissionRole).toString();
}

bool RightsMatrixDialog::setChecked(const QString &permission, Profile profile, bool checked)
{
    QStandardItem *item = cell(permission, profile);
    if (!item || !(item->flags() & Qt::ItemIsUserCheckable))
        return false;
    m_lastError.clear();
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return m_lastError.isEmpty();
}

void RightsMatrixDialog::onItemChanged(QStandardItem *item)
{
    if (m_filling || !item->data(kProfileRole).isValid())
        return;
    const QString permission = item->data(kPermissionRole).toString();
    const int p = item->data(kProfileRole).toInt();
    // Ticking a profile gives the right from it upwards; unticking takes it from it downwards.
    const int minimum = item->checkState() == Qt::Checked ? p : std::min(p + 1, kLast);
    apply(permission, static_cast<Profile>(minimum));
}

bool RightsMatrixDialog::apply(const QString &permission, Profile minimum)
{
    const Status s = m_services.rights().setMinimumProfile(permission, minimum);
    // Reloaded in any case: on success to show the monotone ticks, on failure to undo the click.
    // Deferred, because the click's item is still being processed by the view.
    QMetaObject::invokeMethod(this, &RightsMatrixDialog::reload, Qt::QueuedConnection);
    if (!s) {
        m_lastError = s.error().message();
        ErrorMessage::show(this, tr("Droit non modifié"), s.error());
        return false;
    }
    return true;
}

bool RightsMatrixDialog::resetCurrent()
{
    const QString permission = currentPermission();
    if (permission.isEmpty())
        return false;
    const Status s = m_services.rights().resetToDefault(permission);
    if (!s) {
        m_lastError = s.error().message();
        ErrorMessage::show(this, tr("Droit non rétabli"), s.error());
        return false;
    }
    reload();
    return true;
}

void RightsMatrixDialog::updateActions()
{
    const QString permission = currentPermission();
    const RightEntry *entry = nullptr;
    for (const RightEntry &e : std::as_const(m_entries))
        if (e.permission == permission)
            entry = &e;
    m_reset->setEnabled(entry && entry->changed());
    if (!entry)
        m_detail->setText(tr("Sélectionnez un droit pour voir sa valeur prévue par le module."));
    else if (entry->changed())
        m_detail->setText(tr("« %1 » : détenu à partir du profil « %2 » ; valeur prévue par le module : « %3 ».")
                              .arg(entry->permission, profileLabel(entry->effective), profileLabel(entry->declared)));
    else
        m_detail->setText(tr("« %1 » : détenu à partir du profil « %2 » (valeur prévue par le module).")
                              .arg(entry->permission, profileLabel(entry->effective)));
}

} // namespace OpenMairie::CoreUi
