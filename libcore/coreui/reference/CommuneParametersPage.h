#pragma once

#include "openmairie_coreui_export.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace OpenMairie::Core {
class ParameterService;
class Permissions;
} // namespace OpenMairie::Core

namespace OpenMairie::CoreUi {

class MessageLine;
class ParameterField;

// "Paramètres de la commune": a form generated from the declared parameters, one group per module,
// with the logo's preview and a "Valeur par défaut" button per parameter. Read-only without the
// right core.parametre.modifier.
class OPENMAIRIE_COREUI_EXPORT CommuneParametersPage : public QWidget
{
    Q_OBJECT

public:
    CommuneParametersPage(Core::ParameterService &service, const Core::Permissions &permissions,
                          QWidget *parent = nullptr);

    void reload();
    // Validates every modified field, then saves them; false (message shown) when refused.
    bool save();
    bool resetToDefault(const QString &name);
    // Reads an image file for an image parameter; refused at once when it is not a usable image.
    bool loadImageFile(const QString &name, const QString &path);

    ParameterField *field(const QString &name) const { return m_fields.value(name); }
    QString messageText() const;

private:
    void chooseImageFile(const QString &name);
    void updateSaveButton();

    Core::ParameterService &m_service;
    const Core::Permissions &m_permissions;
    QVBoxLayout *m_groups = nullptr;
    MessageLine *m_message = nullptr;
    QPushButton *m_save = nullptr;
    QHash<QString, ParameterField *> m_fields;
};

} // namespace OpenMairie::CoreUi
