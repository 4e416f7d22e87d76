#include "Validity.h"

#include "FrenchDate.h"

#include <QCoreApplication>

namespace OpenMairie::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::Validity)
};
} // namespace

bool Validity::isOfferedAt(const QDate &date) const
{
    return (!debut.isValid() || debut <= date) && !isRetiredAt(date);
}

QString Validity::text() const
{
    if (fin.isValid())
        return Tr::tr("retiré le %1").arg(FrenchDate::format(fin));
    if (debut.isValid())
        return Tr::tr("depuis le %1").arg(FrenchDate::format(debut));
    return Tr::tr("en vigueur");
}

Status Validity::check(const QString &what) const
{
    if (debut.isValid() && fin.isValid() && fin <= debut)
        return Error(Tr::tr("%1 : la date de retrait (%2) doit suivre la date de début de validité (%3).")
                         .arg(what, FrenchDate::format(fin), FrenchDate::format(debut)),
                     {}, Error::Kind::InvalidInput);
    return {};
}

QString Validity::offeredCondition()
{
    return QStringLiteral("(date_debut_validite IS NULL OR date_debut_validite <= ?) AND "
                          "(date_fin_validite IS NULL OR date_fin_validite > ?)");
}

} // namespace OpenMairie::Core
