#include "PlotService.h"

#include "CimetiereAccess.h"
#include "PlotContents.h"
#include "SqlValue.h"
#include "Tr.h"

#include "Sql.h"
#include "TextNormalizer.h"
#include "Transaction.h"
#include "VersionConflict.h"

namespace OpenMairie::Cimetiere {

using Core::Error;
using Core::Result;
using Core::Sql;
using Core::Status;
using namespace Core::SqlValue;

const QString PlotService::kPermissionConsulter = QStringLiteral("cimetiere.emplacement.consulter");
const QString PlotService::kPermissionGerer = QStringLiteral("cimetiere.emplacement.gerer");

namespace {
const QString kPlotSelect = QStringLiteral(
    "SELECT e.id, e.cimetiere_id, e.allee_id, c.nom, z.libelle, a.libelle, e.numero, e.complement, e.nature, "
    "e.statut, e.places, e.occupation, e.surface_m2, e.famille, e.x, e.y, e.largeur, e.hauteur, e.observations, "
    "e.version, k.duree_categorie, k.date_fin "
    "FROM cimetiere_emplacement e JOIN cimetiere_allee a ON a.id = e.allee_id "
    "JOIN cimetiere_zone z ON z.id = a.zone_id JOIN cimetiere_cimetiere c ON c.id = e.cimetiere_id "
    "LEFT JOIN cimetiere_concession k ON k.emplacement_id = e.id AND k.etat = 'active' ");

Plot readPlotRow(const QSqlQuery &q)
{
    Plot p;
    p.id = q.value(0).toLongLong();
    p.cimetiereId = q.value(1).toLongLong();
    p.alleeId = q.value(2).toLongLong();
    p.cimetiere = q.value(3).toString();
    p.zone = q.value(4).toString();
    p.allee = q.value(5).toString();
    p.numero = q.value(6).toInt();
    p.complement = q.value(7).toString();
    p.nature = PlotKinds::fromCode(q.value(8).toString()).value_or(PlotKind::Concession);
    p.statut = PlotStatuses::fromCode(q.value(9).toString()).value_or(PlotStatus::Libre);
    p.places = q.value(10).toInt();
    p.occupation = q.value(11).toDouble();
    p.surfaceM2 = q.value(12).toDouble();
    p.famille = q.value(13).toString();
    p.x = q.value(14).toDouble();
    p.y = q.value(15).toDouble();
    p.largeur = q.value(16).toDouble();
    p.hauteur = q.value(17).toDouble();
    p.observations = q.value(18).toString();
    p.version = q.value(19).toInt();
    p.dureeConcession = q.value(20).toString();
    p.finConcession = readDate(q.value(21));
    return p;
}

Error invalid(const QString &message)
{
    return Error(message, {}, Error::Kind::InvalidInput);
}

QString plotWhat(const Plot &p)
{
    return Tr::tr("L'emplacement %1").arg(p.location());
}
} // namespace

QString Plot::location() const
{
    QString n = QString::number(numero);
    if (!complement.isEmpty())
        n += u' ' + complement;
    return Tr::tr("%1, %2, n° %3").arg(zone, allee, n);
}

PlotService::PlotService(CimetiereAccess &access) : m_access(access) {}

bool PlotService::allows(const QString &permission) const
{
    return m_access.allows(permission);
}

Result<Cemetery> PlotService::createCemetery(const Cemetery &input)
{
    Result<QSqlDatabase> db = m_access.open(kPermissionGerer);
    if (!db)
        return db.error();
    Cemetery c = input;
    c.nom = c.nom.simplified();
    if (c.nom.isEmpty())
        return invalid(Tr::tr("Indiquez le nom du cimetière."));
    Core::Transaction tx(db.value(), m_access.dialect());
    if (!tx.begun())
        return tx.begun().error();
    Result<QVariant> exists = Sql::scalar(
        db.value(), QStringLiteral("SELECT count(*) FROM cimetiere_cimetiere WHERE collectivite_id = ? AND nom = ?"),
        {m_access.communeId(), c.nom});
    if (!exists)
        return exists.error();
    if (exists.value().toInt() > 0)
        return Error(Tr::tr("Un cimetière s'appelle déjà « %1 » dans la commune : choisissez un autre nom.").arg(c.nom),
                     {}, Error::Kind::Conflict);
    Result<QVariant> id = Sql::scalar(
        db.value(),
        QStringLiteral("INSERT INTO cimetiere_cimetiere (collectivite_id, nom, adresse, code_postal, ville, "
                       "observations, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {m_access.communeId(), c.nom, text(c.adresse.trimmed()), text(c.codePostal.trimmed()),
         text(c.ville.trimmed()), text(c.observations), m_access.login(), m_access.login()});
    if (!id)
        return id.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    c.id = id.value().toLongLong();
    c.version = 1;
    return c;
}

Result<QList<Cemetery>> PlotService::cemeteries()
{
    Result<QSqlDatabase> db = m_access.open(kPermissionConsulter);
    if (!db)
        return db.error();
    Result<QSqlQuery> q = Sql::exec(db.value(),
                                    QStringLiteral("SELECT id, nom, adresse, code_postal, ville, observations, version "
                                                   "FROM cimetiere_cimetiere WHERE collectivite_id = ? ORDER BY nom"),
                                    {m_access.communeId()});
    if (!q)
        return q.error();
    QList<Cemetery> list;
    while (q.value().next()) {
        Cemetery c;
        c.id = q.value().value(0).toLongLong();
        c.nom = q.value().value(1).toString();
        c.adresse = q.value().value(2).toString();
        c.codePostal = q.value().value(3).toString();
        c.ville = q.value().value(4).toString();
        c.observations = q.value().value(5).toString();
        c.version = q.value().value(6).toInt();
        list.append(c);
    }
    return list;
}

Result<QByteArray> PlotService::scannedPlan(qint64 cimetiereId)
{
    Result<QSqlDatabase> db = m_access.open(kPermissionConsulter);
    if (!db)
        return db.error();
    Result<QVariant> image = Sql::scalar(
        db.value(), QStringLiteral("SELECT plan_image FROM cimetiere_cimetiere WHERE id = ? AND collectivite_id = ?"),
        {cimetiereId, m_access.communeId()});
    if (!image)
        return image.error();
    return image.value().toByteArray();
}

Status PlotService::setScannedPlan(qint64 cimetiereId, const QByteArray &image)
{
    Result<QSqlDatabase> db = m_access.open(kPermissionGerer);
    if (!db)
        return db.error();
    if (image.size() > 30 * 1024 * 1024)
        return invalid(Tr::tr("Le plan scanné dépasse 30 Mo : enregistrez-le avec une résolution plus faible."));
    Core::Transaction tx(db.value(), m_access.dialect());
    if (!tx.begun())
        return tx.begun().error();
    Result<QSqlQuery> u = Sql::exec(db.value(),
                                    QStringLiteral("UPDATE cimetiere_cimetiere SET plan_image = ?, version = version + 1, "
                                                   "updated_at = ")
                                        + m_access.dialect().currentTimestamp()
                                        + QStringLiteral(", updated_by = ? WHERE id = ? AND collectivite_id = ?"),
                                    {image.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(image),
                                     m_access.login(), cimetiereId, m_access.communeId()});
    if (!u)
        return u.error();
    if (u.value().numRowsAffected() != 1)
        return Error(Tr::tr("Le cimetière choisi n'existe pas dans la commune."), {}, Error::Kind::NotFound);
    return tx.commit();
}

Result<qint64> PlotService::createZone(qint64 cimetiereId, const QString &libelle, qint64 typeId)
{
    Result<QSqlDatabase> db = m_access.open(kPermissionGerer);
    if (!db)
        return db.error();
    const QString name = libelle.simplified();
    if (name.isEmpty())
        return invalid(Tr::tr("Indiquez le nom de la zone ou du carré."));
    Result<QVariant> owner = Sql::scalar(
        db.value(), QStringLiteral("SELECT id FROM cimetiere_cimetiere WHERE id = ? AND collectivite_id = ?"),
        {cimetiereId, m_access.communeId()});
    if (!owner)
        return owner.error();
    if (!owner.value().isValid())
        return Error(Tr::tr("Le cimetière choisi n'existe pas dans la commune."), {}, Error::Kind::NotFound);
    Result<QVariant> id = Sql::scalar(
        db.value(),
        QStringLiteral("INSERT INTO cimetiere_zone (collectivite_id, cimetiere_id, type_id, libelle, created_by, "
                       "updated_by) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
        {m_access.communeId(), cimetiereId, optionalId(typeId), name, m_access.login(), m_access.login()});
    if (!id) {
        if (id.error().kind() == Error::Kind::Conflict)
            return Error(Tr::tr("Ce cimetière a déjà une zone « %1 ».").arg(name), {}, Error::Kind::Conflict);
        return id.error();
    }
    return id.value().toLongLong();
}

Result<qint64> PlotService::createAllee(qint64 zoneId, const QString &libelle, qint64 typeId)
{
    Result<QSqlDatabase> db = m_access.open(kPermissionGerer);
    if (!db)
        return db.error();
    const QString name = libelle.simplified();
    if (name.isEmpty())
        return invalid(Tr::tr("Indiquez le nom de l'allée ou du rang."));
    Result<QVariant> owner = Sql::scalar(
        db.value(), QStringLiteral("SELECT id FROM cimetiere_zone WHERE id = ? AND collectivite_id = ?"),
        {zoneId, m_access.communeId()});
    if (!owner)
        return owner.error();
    if (!owner.value().isValid())
        return Error(Tr::tr("La zone choisie n'existe pas dans la commune."), {}, Error::Kind::NotFound);
    Result<QVariant> id = Sql::scalar(
        db.value(),
        QStringLiteral("INSERT INTO cimetiere_allee (collectivite_id, zone_id, type_id, libelle, created_by, "
                       "updated_by) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
        {m_access.communeId(), zoneId, optionalId(typeId), name, m_access.login(), m_access.login()});
    if (!id) {
        if (id.error().kind() == Error::Kind::Conflict)
            return Error(Tr::tr("Cette zone a déjà une allée « %1 ».").arg(name), {}, Error::Kind::Conflict);
        return id.error();
    }
    return id.value().toLongLong();
}

Result<qint64> PlotService::zoneNamed(qint64 cimetiereId, const QString &libelle)
{
    Result<QSqlDatabase> db = m_access.open(kPermissionGerer);
    if (!db)
        return db.error();
    Result<QVariant> id = Sql::scalar(db.value(),
                                      QStringLiteral("SELECT id FROM cimetiere_zone WHERE cimetiere_id = ? AND "
                                                     "libelle = ? AND collectivite_id = ?"),
                                      {cimetiereId, libelle.simplified(), m_access.communeId()});
    if (!id)
        return id.error();
    if (id.value().isValid())
        return id.value().toLongLong();
    return createZone(cimetiereId, libelle);
}

Result<qint64> PlotService::alleeNamed(qint64 zoneId, const QString &libelle)
{
    Result<QSqlDatabase> db = m_access.open(kPermissionGerer);
    if (!db)
        return db.error();
    Result<QVariant> id = Sql::scalar(db.value(),
                                      QStringLiteral("SELECT id FROM cimetiere_allee WHERE zone_id = ? AND libelle = ? "
                                                     "AND collectivite_id = ?"),
                                      {zoneId, libelle.simplified(), m_access.communeId()});
    if (!id)
        return id.error();
    if (id.value().isValid())
        return id.value().toLongLong();
    return createAllee(zoneId, libelle);
}

Result<Plot> PlotService::readPlot(const QSqlDatabase &db, qint64 id, bool lock) const
{
    QString sql = kPlotSelect + QStringLiteral("WHERE e.id = ? AND e.collectivite_id = ?");
    if (lock && m_access.dialect().isPostgres())
        sql += QStringLiteral(" FOR UPDATE OF e");
    Result<QSqlQuery> q = Sql::exec(db, sql, {id, m_access.communeId()});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error(Tr::tr("Cet emplacement n'existe pas (ou plus) dans la commune."), {}, Error::Kind::NotFound);
    return readPlotRow(q.value());
}

Error PlotService::plotConflict(const QSqlDatabase &db, qint64 id) const
{
    Result<QSqlQuery> q = Sql::exec(db,
                                    QStringLiteral("SELECT updated_by, updated_at FROM cimetiere_emplacement WHERE id = ?"),
                                    {id});
    Result<Plot> p = readPlot(db, id);
    const QString what = p ? plotWhat(p.value()) : Tr::tr("L'emplacement");
    if (q && q.value().next())
        return Core::VersionConflict::error(what, q.value().value(0).toString(), q.value().value(1));
    return Core::VersionConflict::error(what, {}, {});
}

namespace {
Status checkPlotDraft(const PlotDraft &d)
{
    if (d.numero < 1)
        return invalid(Tr::tr("Le numéro de l'emplacement est un entier à partir de 1 (%1 saisi).").arg(d.numero));
    if (d.places < 0 || d.places > 50)
        return invalid(Tr::tr("Le nombre de places va de 0 à 50 (%1 saisi).").arg(d.places));
    if (d.largeur <= 0 || d.hauteur <= 0)
        return invalid(Tr::tr("La largeur et la longueur de l'emplacement sur le plan doivent être positives."));
    if (d.surfaceM2 < 0)
        return invalid(Tr::tr("La surface ne peut pas être négative."));
    return {};
}
} // namespace

Result<Plot> PlotService::createPlot(const PlotDraft &draft)
{
    Result<QSqlDatabase> db = m_access.open(kPermissionGerer);
    if (!db)
        return db.error();
    if (Status s = checkPlotDraft(draft); !s)
        return s.error();
    Core::Transaction tx(db.value(), m_access.dialect());
    if (!tx.begun())
        return tx.begun().error();
    Result<QVariant> cimetiere = Sql::scalar(
        db.value(),
        QStringLiteral("SELECT z.cimetiere_id FROM cimetiere_allee a JOIN cimetiere_zone z ON z.id = a.zone_id "
                       "WHERE a.id = ? AND a.collectivite_id = ?"),
        {draft.alleeId, m_access.communeId()});
    if (!cimetiere)
        return cimetiere.error();
    if (!cimetiere.value().isValid())
        return Error(Tr::tr("L'allée choisie n'existe pas dans la commune."), {}, Error::Kind::NotFound);
    Result<QVariant> used = Sql::scalar(db.value(),
                                        QStringLiteral("SELECT count(*) FROM cimetiere_emplacement WHERE allee_id = ? "
                                                       "AND numero = ? AND complement = ?"),
                                        {draft.alleeId, draft.numero, text(draft.complement.trimmed())});
    if (!used)
        return used.error();
    if (used.value().toInt() > 0)
        return Error(Tr::tr("Le numéro %1 est déjà attribué dans cette allée : choisissez un autre numéro ou un "
                            "complément (bis, ter).").arg(draft.numero),
                     {}, Error::Kind::Conflict);
    const QString famille = draft.famille.simplified();
    Result<QVariant> id = Sql::scalar(
        db.value(),
        QStringLiteral("INSERT INTO cimetiere_emplacement (collectivite_id, cimetiere_id, allee_id, numero, "
                       "complement, nature, places, surface_m2, famille, famille_recherche, x, y, largeur, hauteur, "
                       "observations, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?) RETURNING id"),
        {m_access.communeId(), cimetiere.value(), draft.alleeId, draft.numero, text(draft.complement.trimmed()),
         PlotKinds::code(draft.nature), draft.places, draft.surfaceM2, text(famille),
         text(Core::TextNormalizer::searchKey(famille)), draft.x, draft.y, draft.largeur, draft.hauteur,
         text(draft.observations), m_access.login(), m_access.login()});
    if (!id)
        return id.error();
    Result<Plot> created = readPlot(db.value(), id.value().toLongLong());
    if (!created)
        return created.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return created;
}

Result<int> PlotService::createPlots(const PlotBatch &b)
{
    Result<QSqlDatabase> db = m_access.open(kPermissionGerer);
    if (!db)
        return db.error();
    if (b.premier < 1 || b.dernier < b.premier)
        return invalid(Tr::tr("Indiquez une plage de numéros croissante à partir de 1 (du %1 au %2 saisi).")
                           .arg(b.premier)
                           .arg(b.dernier));
    if (b.dernier - b.premier >= 5000)
        return invalid(Tr::tr("Une création par lot se limite à 5 000 emplacements : découpez la plage."));
    Core::Transaction tx(db.value(), m_access.dialect());
    if (!tx.begun())
        return tx.begun().error();
    Result<QVariant> used = Sql::scalar(
        db.value(),
        QStringLiteral("SELECT min(numero) FROM cimetiere_emplacement WHERE allee_id = ? AND numero BETWEEN ? AND ? "
                       "AND complement = '' AND collectivite_id = ?"),
        {b.alleeId, b.premier, b.dernier, m_access.communeId()});
    if (!used)
        return used.error();
    if (!used.value().isNull() && used.value().isValid())
        return Error(Tr::tr("Le numéro %1 existe déjà dans cette allée : aucun emplacement n'a été créé. Choisissez "
                            "une plage de numéros libres.").arg(used.value().toInt()),
                     {}, Error::Kind::Conflict);
    Result<QVariant> cimetiere = Sql::scalar(
        db.value(),
        QStringLiteral("SELECT z.cimetiere_id FROM cimetiere_allee a JOIN cimetiere_zone z ON z.id = a.zone_id "
                       "WHERE a.id = ? AND a.collectivite_id = ?"),
        {b.alleeId, m_access.communeId()});
    if (!cimetiere)
        return cimetiere.error();
    if (!cimetiere.value().isValid())
        return Error(Tr::tr("L'allée choisie n'existe pas dans la commune."), {}, Error::Kind::NotFound);
    QSqlQuery insert(db.value());
    insert.prepare(QStringLiteral(
        "INSERT INTO cimetiere_emplacement (collectivite_id, cimetiere_id, allee_id, numero, nature, places, "
        "surface_m2, x, y, largeur, hauteur, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    int count = 0;
    for (int n = b.premier; n <= b.dernier; ++n, ++count) {
        const QVariantList values{m_access.communeId(), cimetiere.value(), b.alleeId, n, PlotKinds::code(b.nature),
                                  b.places, b.surfaceM2, b.x + count * b.pasX, b.y + count * b.pasY, b.largeur,
                                  b.hauteur, m_access.login(), m_access.login()};
        for (int i = 0; i < values.size(); ++i)
            insert.bindValue(i, values.at(i));
        if (!insert.exec())
            return Sql::error(insert.lastError(), insert.lastQuery());
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return count;
}

Result<Plot> PlotService::plot(qint64 id)
{
    Result<QSqlDatabase> db = m_access.open(kPermissionConsulter);
    if (!db)
        return db.error();
    return readPlot(db.value(), id);
}

Result<QList<Plot>> PlotService::plots(qint64 cimetiereId)
{
    Result<QSqlDatabase> db = m_access.open(kPermissionConsulter);
    if (!db)
        return db.error();
    Result<QSqlQuery> q = Sql::exec(db.value(),
                                    kPlotSelect
                                        + QStringLiteral("WHERE e.cimetiere_id = ? AND e.collectivite_id = ? "
                                                         "ORDER BY z.libelle, a.libelle, e.numero, e.complement"),
                                    {cimetiereId, m_access.communeId()});
    if (!q)
        return q.error();
    QList<Plot> list;
    while (q.value().next())
        list.append(readPlotRow(q.value()));
    return list;
}

Result<Plot> PlotService::movePlot(qint64 id, int expectedVersion, double x, double y)
{
    Result<QSqlDatabase> db = m_access.open(kPermissionGerer);
    if (!db)
        return db.error();
    Core::Transaction tx(db.value(), m_access.dialect());
    if (!tx.begun())
        return tx.begun().error();
    Result<QSqlQuery> u = Sql::exec(db.value(),
                                    QStringLiteral("UPDATE cimetiere_emplacement SET x = ?, y = ?, version = version + 1, "
                                                   "updated_at = ")
                                        + m_access.dialect().currentTimestamp()
                                        + QStringLiteral(", updated_by = ? WHERE id = ? AND collectivite_id = ? AND "
                                                         "version = ?"),
                                    {x, y, m_access.login(), id, m_access.communeId(), expectedVersion});
    if (!u)
        return u.error();
    if (u.value().numRowsAffected() != 1) {
        if (Result<Plot> exists = readPlot(db.value(), id); !exists)
            return exists.error();
        return plotConflict(db.value(), id);
    }
    Result<Plot> moved = readPlot(db.value(), id);
    if (!moved)
        return moved.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return moved;
}

Result<Plot> PlotService::setStatus(qint64 id, int expectedVersion, PlotStatus status)
{
    Result<QSqlDatabase> db = m_access.open(kPermissionGerer);
    if (!db)
        return db.error();
    Core::Transaction tx(db.value(), m_access.dialect());
    if (!tx.begun())
        return tx.begun().error();
    Result<Plot> current = readPlot(db.value(), id, true);
    if (!current)
        return current.error();
    if (current.value().version != expectedVersion)
        return plotConflict(db.value(), id);
    QString code = PlotStatuses::code(status);
    // Libre, réservé and occupé are facts of the contents: "unblocking" gives back what the
    // contents say, never a free status on a plot that holds someone.
    const bool manual = status == PlotStatus::Bloque || status == PlotStatus::EnProcedure;
    if (!manual && current.value().occupation > 0 && status == PlotStatus::Libre)
        return invalid(Tr::tr("%1 contient des défunts : il ne peut pas être déclaré libre.")
                           .arg(plotWhat(current.value())));
    Result<QSqlQuery> u = Sql::exec(db.value(),
                                    QStringLiteral("UPDATE cimetiere_emplacement SET statut = ?, version = version + 1, "
                                                   "updated_at = ")
                                        + m_access.dialect().currentTimestamp()
                                        + QStringLiteral(", updated_by = ? WHERE id = ? AND version = ?"),
                                    {code, m_access.login(), id, expectedVersion});
    if (!u)
        return u.error();
    if (!manual)
        if (Status s = PlotContents::refresh(db.value(), m_access.dialect().currentTimestamp(), id,
                                             m_access.weights(), m_access.login());
            !s)
            return s.error();
    Result<Plot> changed = readPlot(db.value(), id);
    if (!changed)
        return changed.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return changed;
}

Result<QList<FreePlaces>> PlotService::freePlaces(qint64 cimetiereId)
{
    Result<QSqlDatabase> db = m_access.open(kPermissionConsulter);
    if (!db)
        return db.error();
    Result<QSqlQuery> q = Sql::exec(db.value(),
                                    QStringLiteral("SELECT nature, count(*) FROM cimetiere_emplacement WHERE "
                                                   "collectivite_id = ? AND cimetiere_id = ? AND statut = 'libre' "
                                                   "GROUP BY nature"),
                                    {m_access.communeId(), cimetiereId});
    if (!q)
        return q.error();
    QHash<QString, int> counts;
    while (q.value().next())
        counts.insert(q.value().value(0).toString(), q.value().value(1).toInt());
    QList<FreePlaces> list;
    for (PlotKind k : PlotKinds::all())
        list.append({k, counts.value(PlotKinds::code(k))});
    return list;
}

Result<QList<Plot>> PlotService::freePlots(qint64 cimetiereId, PlotKind nature, int limit)
{
    Result<QSqlDatabase> db = m_access.open(kPermissionConsulter);
    if (!db)
        return db.error();
    Result<QSqlQuery> q = Sql::exec(
        db.value(),
        kPlotSelect
            + QStringLiteral("WHERE e.collectivite_id = ? AND e.cimetiere_id = ? AND e.nature = ? AND e.statut = "
                             "'libre' ORDER BY z.libelle, a.libelle, e.numero LIMIT ?"),
        {m_access.communeId(), cimetiereId, PlotKinds::code(nature), limit});
    if (!q)
        return q.error();
    QList<Plot> list;
    while (q.value().next())
        list.append(readPlotRow(q.value()));
    return list;
}

Result<int> PlotService::recalculateOccupancy()
{
    Result<QSqlDatabase> db = m_access.open(kPermissionGerer);
    if (!db)
        return db.error();
    Core::Transaction tx(db.value(), m_access.dialect());
    if (!tx.begun())
        return tx.begun().error();
    Result<QSqlQuery> q = Sql::exec(db.value(),
                                    QStringLiteral("SELECT id FROM cimetiere_emplacement WHERE collectivite_id = ?"),
                                    {m_access.communeId()});
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q.value().next())
        ids.append(q.value().value(0).toLongLong());
    const OccupancyWeights weights = m_access.weights();
    for (qint64 id : ids)
        if (Status s = PlotContents::refresh(db.value(), m_access.dialect().currentTimestamp(), id, weights,
                                             m_access.login());
            !s)
            return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return static_cast<int>(ids.size());
}

Result<QList<CemeteryOccupancy>> PlotService::occupancyByCemetery()
{
    Result<QSqlDatabase> db = m_access.open(kPermissionConsulter);
    if (!db)
        return db.error();
    Result<QSqlQuery> q = Sql::exec(
        db.value(),
        QStringLiteral("SELECT c.id, c.nom, count(e.id), sum(CASE WHEN e.statut = 'libre' THEN 1 ELSE 0 END), "
                       "COALESCE(sum(e.occupation), 0), COALESCE(sum(e.places), 0) FROM cimetiere_cimetiere c "
                       "LEFT JOIN cimetiere_emplacement e ON e.cimetiere_id = c.id WHERE c.collectivite_id = ? "
                       "GROUP BY c.id, c.nom ORDER BY c.nom"),
        {m_access.communeId()});
    if (!q)
        return q.error();
    QList<CemeteryOccupancy> list;
    while (q.value().next()) {
        CemeteryOccupancy o;
        o.cimetiereId = q.value().value(0).toLongLong();
        o.nom = q.value().value(1).toString();
        o.emplacements = q.value().value(2).toInt();
        o.libres = q.value().value(3).toInt();
        o.placesOccupees = q.value().value(4).toDouble();
        o.places = q.value().value(5).toInt();
        list.append(o);
    }
    return list;
}

Result<ListValue> PlotService::addListValue(const ListValue &input)
{
    Result<QSqlDatabase> db = m_access.open(kPermissionGerer);
    if (!db)
        return db.error();
    ListValue v = input;
    v.code = v.code.trimmed();
    v.libelle = v.libelle.simplified();
    static const QStringList lists{QStringLiteral("type_zone"), QStringLiteral("type_allee"),
                                   QStringLiteral("type_sepulture"), QStringLiteral("nature_travaux")};
    if (!lists.contains(v.liste))
        return invalid(Tr::tr("La liste « %1 » n'existe pas : type_zone, type_allee, type_sepulture ou "
                              "nature_travaux.").arg(v.liste));
    if (v.code.isEmpty() || v.libelle.isEmpty())
        return invalid(Tr::tr("Indiquez le code et le libellé de la valeur."));
    if (v.debut.isValid() && v.fin.isValid() && v.fin < v.debut)
        return invalid(Tr::tr("La fin de validité (%1) précède son début (%2) : corrigez les dates.")
                           .arg(v.fin.toString(QStringLiteral("dd/MM/yyyy")),
                                v.debut.toString(QStringLiteral("dd/MM/yyyy"))));
    Result<QVariant> id = Sql::scalar(
        db.value(),
        QStringLiteral("INSERT INTO cimetiere_liste (collectivite_id, liste, code, libelle, date_debut_validite, "
                       "date_fin_validite, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {m_access.communeId(), v.liste, v.code, v.libelle, date(v.debut), date(v.fin), m_access.login(),
         m_access.login()});
    if (!id) {
        if (id.error().kind() == Error::Kind::Conflict)
            return Error(Tr::tr("Le code « %1 » existe déjà dans cette liste.").arg(v.code), {}, Error::Kind::Conflict);
        return id.error();
    }
    v.id = id.value().toLongLong();
    return v;
}

Result<QList<ListValue>> PlotService::offeredListValues(const QString &liste, const QDate &on)
{
    Result<QSqlDatabase> db = m_access.open(kPermissionConsulter);
    if (!db)
        return db.error();
    Result<QSqlQuery> q = Sql::exec(
        db.value(),
        QStringLiteral("SELECT id, code, libelle, date_debut_validite, date_fin_validite FROM cimetiere_liste WHERE "
                       "collectivite_id = ? AND liste = ? AND (date_debut_validite IS NULL OR date_debut_validite <= ?) "
                       "AND (date_fin_validite IS NULL OR date_fin_validite > ?) ORDER BY libelle"),
        {m_access.communeId(), liste, on, on});
    if (!q)
        return q.error();
    QList<ListValue> list;
    while (q.value().next())
        list.append({q.value().value(0).toLongLong(), liste, q.value().value(1).toString(),
                     q.value().value(2).toString(), readDate(q.value().value(3)), readDate(q.value().value(4))});
    return list;
}

Result<qint64> PlotService::createCompany(const Company &c)
{
    Result<QSqlDatabase> db = m_access.open(kPermissionGerer);
    if (!db)
        return db.error();
    if (c.nom.simplified().isEmpty())
        return invalid(Tr::tr("Indiquez le nom de l'entreprise."));
    Result<QVariant> id = Sql::scalar(
        db.value(),
        QStringLiteral("INSERT INTO cimetiere_entreprise (collectivite_id, nom, pompes_funebres, adresse, code_postal, "
                       "ville, telephone, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {m_access.communeId(), c.nom.simplified(), c.pompesFunebres, text(c.adresse), text(c.codePostal),
         text(c.ville), text(c.telephone), m_access.login(), m_access.login()});
    if (!id)
        return id.error();
    return id.value().toLongLong();
}

Result<qint64> PlotService::addWorks(const Works &w)
{
    Result<QSqlDatabase> db = m_access.open(kPermissionGerer);
    if (!db)
        return db.error();
    if (w.debut.isValid() && w.fin.isValid() && w.fin < w.debut)
        return invalid(Tr::tr("La fin des travaux (%1) précède leur début (%2) : corrigez les dates.")
                           .arg(w.fin.toString(QStringLiteral("dd/MM/yyyy")),
                                w.debut.toString(QStringLiteral("dd/MM/yyyy"))));
    if (Result<Plot> p = readPlot(db.value(), w.emplacementId); !p)
        return p.error();
    Result<QVariant> id = Sql::scalar(
        db.value(),
        QStringLiteral("INSERT INTO cimetiere_travaux (collectivite_id, emplacement_id, entreprise_id, nature_id, "
                       "demandeur_nature, demandeur_nom, date_debut, date_fin, observations, created_by, updated_by) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {m_access.communeId(), w.emplacementId, optionalId(w.entrepriseId), optionalId(w.natureId),
         w.demandeurNature, text(w.demandeurNom), date(w.debut), date(w.fin), text(w.observations), m_access.login(),
         m_access.login()});
    if (!id)
        return id.error();
    return id.value().toLongLong();
}

Result<qint64> PlotService::addAttachment(qint64 emplacementId, const QString &fileName, const QByteArray &content,
                                          const QString &type, const QDate &on)
{
    Result<QSqlDatabase> db = m_access.open(kPermissionGerer);
    if (!db)
        return db.error();
    if (content.isEmpty())
        return invalid(Tr::tr("Le fichier « %1 » est vide : joignez la photo ou le document scanné.").arg(fileName));
    if (content.size() > 20 * 1024 * 1024)
        return invalid(Tr::tr("Le fichier « %1 » dépasse 20 Mo : réduisez sa résolution avant de le joindre.")
                           .arg(fileName));
    if (Result<Plot> p = readPlot(db.value(), emplacementId); !p)
        return p.error();
    Result<QVariant> id = Sql::scalar(
        db.value(),
        QStringLiteral("INSERT INTO cimetiere_piece_jointe (collectivite_id, emplacement_id, nom_fichier, type, "
                       "date_piece, contenu, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {m_access.communeId(), emplacementId, fileName, type == u"photo" ? type : QStringLiteral("document"),
         date(on), content, m_access.login(), m_access.login()});
    if (!id)
        return id.error();
    return id.value().toLongLong();
}

} // namespace OpenMairie::Cimetiere
