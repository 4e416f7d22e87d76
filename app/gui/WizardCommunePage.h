#pragma once

#include "CommuneReference.h"

#include <QWizardPage>

class QLabel;

namespace OpenMairie::Gui {

class CommuneSearchField;
class ErrorPanel;

// The commune this base serves, chosen in the INSEE list by name or code.
class WizardCommunePage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit WizardCommunePage(QWidget *parent = nullptr);

    CommuneSearchField *searchField() const { return m_search; }
    ErrorPanel *errorPanel() const { return m_error; }
    Core::InseeCommune commune() const { return m_commune; }

    bool validatePage() override;

private:
    void describe(const Core::InseeCommune &commune);

    CommuneSearchField *m_search = nullptr;
    QLabel *m_details = nullptr;
    ErrorPanel *m_error = nullptr;
    Core::InseeCommune m_commune;
};

} // namespace OpenMairie::Gui
