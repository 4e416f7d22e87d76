#pragma once

#include "openmairie_coreui_export.h"

#include "reference/ParameterService.h"

#include <QWidget>

class QLabel;

namespace OpenMairie::CoreUi {

// The editor of one declared parameter, chosen by its type: a line, a text box, a check box, a date,
// a list of choices, or an image preview with "Choisir une image…". It only holds what the agent
// typed; the page validates through the ParameterService.
class OPENMAIRIE_COREUI_EXPORT ParameterField : public QWidget
{
    Q_OBJECT

public:
    explicit ParameterField(const Core::CommuneParameterValue &value, QWidget *parent = nullptr);

    const Core::ParameterDeclaration &declaration() const { return m_value.declaration; }
    const Core::CommuneParameterValue &stored() const { return m_value; }
    void setStored(const Core::CommuneParameterValue &value, const QByteArray &image = {});

    // What the agent typed, as text for ParameterService::set (not used for images).
    QString text() const;
    bool isModified() const;
    // Image parameters: the file chosen, waiting for "Enregistrer".
    const QByteArray &pendingImage() const { return m_pendingImage; }
    void setPendingImage(const QByteArray &bytes);

    void setEditable(bool editable);

signals:
    void edited();
    void resetRequested(const QString &name);
    void imageFileRequested(const QString &name);

private:
    void build();
    void showImage(const QByteArray &bytes);

    Core::CommuneParameterValue m_value;
    QWidget *m_editor = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_defaultNote = nullptr;
    QWidget *m_resetButton = nullptr;
    QWidget *m_chooseButton = nullptr;
    QByteArray m_pendingImage;
    bool m_settingUp = false;
};

} // namespace OpenMairie::CoreUi
