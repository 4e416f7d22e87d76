#pragma once

#include <QWizardPage>

class QRadioButton;

namespace OpenMairie::Gui {

// "Où seront enregistrées les données ?": a single seat (local file) or a shared server.
class WizardModePage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit WizardModePage(QWidget *parent = nullptr);

    bool isServerMode() const;
    void setServerMode(bool server);
    int nextId() const override;

private:
    QRadioButton *m_local = nullptr;
    QRadioButton *m_server = nullptr;
};

} // namespace OpenMairie::Gui
