#include "PlotContents.h"

#include "Sql.h"

namespace OpenMairie::Cimetiere {

using Core::Result;
using Core::Sql;

Result<QList<BodyKind>> PlotContents::bodies(const QSqlDatabase &db, qint64 plotId)
{
    Result<QSqlQuery> q = Sql::exec(db,
                                    QStringLiteral("SELECT nature_corps FROM cimetiere_defunt WHERE emplacement_id = ? "
                                                   "AND etat = 'inhume'"),
                                    {plotId});
    if (!q)
        return q.error();
    QList<BodyKind> list;
    while (q.value().next())
        list.append(bodyKindFromCode(q.value().value(0).toString()).value_or(BodyKind::Cercueil));
    return list;
}

Core::Status PlotContents::refresh(const QSqlDatabase &db, const QString &nowSql, qint64 plotId,
                                   const OccupancyWeights &weights, const QString &login)
{
    Result<QList<BodyKind>> held = bodies(db, plotId);
    if (!held)
        return held.error();
    Result<QVariant> concessions = Sql::scalar(
        db, QStringLiteral("SELECT count(*) FROM cimetiere_concession WHERE emplacement_id = ? AND etat = 'active'"),
        {plotId});
    if (!concessions)
        return concessions.error();
    const QString status = !held.value().isEmpty()            ? QStringLiteral("occupe")
                           : concessions.value().toInt() > 0 ? QStringLiteral("reserve")
                                                             : QStringLiteral("libre");
    Result<QSqlQuery> u = Sql::exec(
        db,
        QStringLiteral("UPDATE cimetiere_emplacement SET occupation = ?, statut = CASE WHEN statut IN ('bloque', "
                       "'en_procedure') THEN statut ELSE ? END, version = version + 1, updated_at = ")
            + nowSql + QStringLiteral(", updated_by = ? WHERE id = ?"),
        {weights.occupancy(held.value()), status, login, plotId});
    if (!u)
        return u.error();
    return {};
}

} // namespace OpenMairie::Cimetiere
