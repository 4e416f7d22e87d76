#include "VersionConflict.h"

#include <QCoreApplication>
#include <QDateTime>

namespace OpenMairie::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::VersionConflict)
};
} // namespace

QDateTime VersionConflict::timestamp(const QVariant &value)
{
    if (value.typeId() == QMetaType::QDateTime)
        return value.toDateTime();
    // SQLite stores {{now}} as ISO 8601 with its "Z".
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

Error VersionConflict::error(const QString &what, const QString &updatedBy, const QVariant &updatedAt)
{
    const QDateTime at = timestamp(updatedAt).toLocalTime();
    const QString who = updatedBy.isEmpty() ? Tr::tr("un autre agent") : updatedBy;
    const QString message = at.isValid()
        ? Tr::tr("%1 a été modifié par %2 le %3 à %4 pendant que vous le modifiiez : rechargez-le pour voir ses "
                 "nouvelles valeurs, puis refaites votre modification (elle n'a pas été enregistrée).")
              .arg(what, who, at.toString(QStringLiteral("dd/MM/yyyy")), at.toString(QStringLiteral("HH:mm")))
        : Tr::tr("%1 a été modifié par %2 pendant que vous le modifiiez : rechargez-le pour voir ses nouvelles "
                 "valeurs, puis refaites votre modification (elle n'a pas été enregistrée).").arg(what, who);
    return Error(message, {}, Error::Kind::Conflict);
}

} // namespace OpenMairie::Core
