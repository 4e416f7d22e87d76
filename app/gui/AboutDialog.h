#pragma once

#include <QDialog>

class QTabWidget;

namespace OpenMairie::Gui {

// "À propos d'OpenMairie": version, licence, Qt, the open base, credits, and the licence of the
// INSEE reference data shipped with the suite (the MIT licence asks for its notice).
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(const QString &databaseDescription, QWidget *parent = nullptr);

    QString aboutText() const;
    QString dataLicenceText() const;

private:
    QString m_aboutHtml;
    QString m_dataLicence;
};

} // namespace OpenMairie::Gui
