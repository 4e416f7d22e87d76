#include "TemplateIssue.h"

#include <QCoreApplication>

namespace OpenMairie::Documents {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Documents::TemplateIssue)
};
} // namespace

QString TemplateIssue::text() const
{
    if (inFooter)
        return Tr::tr("Pied de page, colonne %1 : %2").arg(column).arg(message);
    if (line <= 0)
        return message;
    return Tr::tr("Ligne %1, colonne %2 : %3").arg(line).arg(column).arg(message);
}

Core::Error TemplateIssue::toError(const QString &templateTitle, int otherIssues) const
{
    QString message = Tr::tr("Le modèle « %1 » n'est pas enregistré. %2").arg(templateTitle, text());
    if (otherIssues > 0)
        message += u' ' + Tr::tr("(%n autre(s) erreur(s) après celle-ci.)", nullptr, otherIssues);
    return Core::Error(message, QStringLiteral("position=%1 longueur=%2").arg(position).arg(length),
                       Core::Error::Kind::InvalidInput);
}

} // namespace OpenMairie::Documents
