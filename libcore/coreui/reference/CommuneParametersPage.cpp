#include "CommuneParametersPage.h"

#include "MessageLine.h"
#include "ParameterField.h"

#include "Permissions.h"
#include "reference/ParameterValue.h"

#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace OpenMairie::CoreUi {

using Core::ParameterService;

CommuneParametersPage::CommuneParametersPage(ParameterService &service, const Core::Permissions &permissions,
                                             QWidget *parent)
    : QWidget(parent), m_service(service), m_permissions(permissions)
{
    setObjectName(QStringLiteral("parametresCommune"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<b>Paramètres de la commune</b><br>Ces valeurs sont imprimées dans les documents "
                                "(&amp;maire, &amp;adresse, logo…) et règlent les options des modules."),
                             this);
    title->setWordWrap(true);
    layout->addWidget(title);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    m_groups = new QVBoxLayout(content);
    m_groups->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);
    m_message = new MessageLine(this);
    layout->addWidget(m_message);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_save = new QPushButton(tr("Enregistrer"), this);
    m_save->setObjectName(QStringLiteral("enregistrer"));
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &CommuneParametersPage::save);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    reload();
}

void CommuneParametersPage::reload()
{
    while (QLayoutItem *item = m_groups->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_fields.clear();
    Core::Result<QList<Core::CommuneParameterValue>> values = m_service.list();
    if (!values) {
        m_message->showError(values.error().message());
        return;
    }
    const bool editable = m_permissions.sessionAllows(ParameterService::kPermissionModifier);
    for (const QString &module : m_service.registry().modules()) {
        auto *group = new QGroupBox(module == u"core" ? tr("Mairie") : tr("Module %1").arg(module));
        group->setObjectName(QStringLiteral("groupe_") + module);
        auto *form = new QFormLayout(group);
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        for (const Core::CommuneParameterValue &v : values.value()) {
            if (v.declaration.module != module)
                continue;
            auto *field = new ParameterField(v, group);
            if (v.hasImage)
                field->setStored(v, m_service.image(v.declaration.name).value());
            field->setEditable(editable);
            connect(field, &ParameterField::edited, this, &CommuneParametersPage::updateSaveButton);
            connect(field, &ParameterField::resetRequested, this, &CommuneParametersPage::resetToDefault);
            connect(field, &ParameterField::imageFileRequested, this, &CommuneParametersPage::chooseImageFile);
            auto *label = new QLabel(v.declaration.label + QStringLiteral(" :"), group);
            label->setToolTip(v.declaration.help);
            form->addRow(label, field);
            m_fields.insert(v.declaration.name, field);
        }
        m_groups->addWidget(group);
    }
    m_groups->addStretch(1);
    m_save->setVisible(editable);
    if (!editable)
        m_message->showInfo(
            tr("Consultation seule : votre profil ne permet pas de modifier les paramètres de la commune."));
    updateSaveButton();
}

void CommuneParametersPage::updateSaveButton()
{
    bool modified = false;
    for (const ParameterField *f : std::as_const(m_fields))
        modified = modified || f->isModified();
    m_save->setEnabled(modified);
}

bool CommuneParametersPage::save()
{
    QList<ParameterField *> modified;
    for (const Core::ParameterDeclaration &d : m_service.registry().declarations())
        if (ParameterField *f = m_fields.value(d.name); f && f->isModified())
            modified.append(f);
    // Everything is checked before anything is written: one bad value saves nothing.
    for (ParameterField *f : modified) {
        if (f->declaration().type == Core::ParameterType::Image)
            continue;
        if (Core::Result<QString> r = Core::ParameterValue::normalize(f->declaration(), f->text()); !r) {
            m_message->showError(r.error().message());
            f->setFocus();
            return false;
        }
    }
    for (ParameterField *f : modified) {
        const QString name = f->declaration().name;
        const Core::Status s = f->declaration().type == Core::ParameterType::Image
                                   ? m_service.setImage(name, f->pendingImage(), f->stored().version)
                                   : m_service.set(name, f->text(), f->stored().version);
        if (!s) {
            m_message->showError(s.error().message());
            return false;
        }
    }
    reload();
    m_message->showInfo(modified.isEmpty() ? tr("Aucune modification à enregistrer.")
                                   : tr("%n paramètre(s) enregistré(s).", nullptr, int(modified.size())));
    return true;
}

bool CommuneParametersPage::resetToDefault(const QString &name)
{
    ParameterField *f = m_fields.value(name);
    if (!f)
        return false;
    if (Core::Status s = m_service.reset(name, f->stored().version); !s) {
        m_message->showError(s.error().message());
        return false;
    }
    const QString label = f->declaration().label;
    reload();
    m_message->showInfo(tr("« %1 » reprend sa valeur par défaut.").arg(label));
    return true;
}

bool CommuneParametersPage::loadImageFile(const QString &name, const QString &path)
{
    ParameterField *f = m_fields.value(name);
    if (!f)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_message->showError(tr("Le fichier « %1 » ne peut pas être lu : %2").arg(path, file.errorString()));
        return false;
    }
    const QByteArray bytes = file.read(Core::ParameterValue::kMaxImageBytes + 1);
    if (Core::Status s = Core::ParameterValue::validateImage(f->declaration(), bytes); !s) {
        m_message->showError(s.error().message());
        return false;
    }
    f->setPendingImage(bytes);
    m_message->showInfo(tr("Image choisie : cliquez sur « Enregistrer » pour la garder."));
    return true;
}

void CommuneParametersPage::chooseImageFile(const QString &name)
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choisir le logo"), {},
                                                      tr("Images (*.png *.jpg *.jpeg *.bmp *.gif)"));
    if (!path.isEmpty())
        loadImageFile(name, path);
}

QString CommuneParametersPage::messageText() const
{
    return m_message->text();
}

} // namespace OpenMairie::CoreUi
