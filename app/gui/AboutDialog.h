#pragma once

#include "DeploymentConfig.h"

#include <QDialog>

class QTabWidget;

namespace OpenMairie::Gui {

// "À propos d'OpenMairie": version, licence, Qt, the open base, credits, and the licence of the
// INSEE reference data shipped with the suite (the MIT licence asks for its notice). When a partner
// deployed the suite, its name, logo and support contact come first: that is whom the agent calls.
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    // The deployment file of this machine (DeploymentConfig::load()).
    explicit AboutDialog(const QString &databaseDescription, QWidget *parent = nullptr);
    AboutDialog(const QString &databaseDescription, const DeploymentConfig &deployment, QWidget *parent = nullptr);

    QString aboutText() const;
    // Empty when no partner is named in the deployment file.
    QString partnerText() const { return m_partnerText; }
    QString dataLicenceText() const;

private:
    QWidget *createPartnerBox(const DeploymentConfig &deployment);

    QString m_aboutHtml;
    QString m_partnerText;
    QString m_dataLicence;
};

} // namespace OpenMairie::Gui
