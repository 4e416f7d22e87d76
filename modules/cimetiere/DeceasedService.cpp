#include "DeceasedService.h"

#include "CimetiereAccess.h"
#include "Plot.h"
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

const QString DeceasedService::kPermissionConsulter = QStringLiteral("cimetiere.emplacement.consulter");
const QString DeceasedService::kPermissionGerer = QStringLiteral("cimetiere.defunt.gerer");

namespace {
const QString kColumns = QStringLiteral(
    "id, emplacement_id, civilite, nom, nom_usage, prenoms, date_naissance, lieu_naissance, date_deces, lieu_deces, "
    "date_inhumation, nature_corps, etat, date_exhumation, date_reduction, verrou_operation_id, observations, "
    "version, updated_by, updated_at");

Deceased readRow(const QSqlQuery &q)
{
    Deceased d;
    d.id = q.value(0).toLongLong();
    d.emplacementId = q.value(1).toLongLong();
    d.civilite = q.value(2).toString();
    d.nom = q.value(3).toString();
    d.nomUsage = q.value(4).toString();
    d.prenoms = q.value(5).toString();
    d.dateNaissance = readDate(q.value(6));
    d.lieuNaissance = q.value(7).toString();
    d.dateDeces = readDate(q.value(8));
    d.lieuDeces = q.value(9).toString();
    d.dateInhumation = readDate(q.value(10));
    d.nature = bodyKindFromCode(q.value(11).toString()).value_or(BodyKind::Cercueil);
    d.etat = q.value(12).toString();
    d.dateExhumation = readDate(q.value(13));
    d.dateReduction = readDate(q.value(14));
    d.verrouOperationId = q.value(15).toLongLong();
    d.observations = q.value(16).toString();
    d.version = q.value(17).toInt();
    d.updatedBy = q.value(18).toString();
    d.updatedAt = q.value(19);
    return d;
}

QString dmy(const QDate &d)
{
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

Error invalid(const QString &message)
{
    return Error(message, {}, Error::Kind::InvalidInput);
}

QString searchKey(const Deceased &d)
{
    return Core::TextNormalizer::searchKey(d.nom + u' ' + d.prenoms + u' ' + d.nomUsage);
}
} // namespace

QString Deceased::displayName() const
{
    QString n = nom;
    if (!nomUsage.isEmpty() && nomUsage != nom)
        n += QStringLiteral(" (") + nomUsage + u')';
    if (!prenoms.isEmpty())
        n += u' ' + prenoms;
    return n;
}

DeceasedService::DeceasedService(CimetiereAccess &access) : m_access(access) {}

Result<Deceased> DeceasedService::read(const QSqlDatabase &db, qint64 id, qint64 communeId, bool lock, bool postgres)
{
    QString sql = QStringLiteral("SELECT ") + kColumns
                  + QStringLiteral(" FROM cimetiere_defunt WHERE id = ? AND collectivite_id = ?");
    if (lock && postgres)
        sql += QStringLiteral(" FOR UPDATE");
    Result<QSqlQuery> q = Sql::exec(db, sql, {id, communeId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error(Tr::tr("Ce défunt n'existe pas (ou plus) dans la commune."), {}, Error::Kind::NotFound);
    return readRow(q.value());
}

Status DeceasedService::check(const Deceased &d) const
{
    if (d.nom.simplified().isEmpty())
        return invalid(Tr::tr("Indiquez le nom du défunt."));
    if (d.dateDeces.isValid() && d.dateDeces > m_access.today())
        return invalid(Tr::tr("La date de décès (%1) est dans le futur : corrigez-la.").arg(dmy(d.dateDeces)));
    if (d.dateNaissance.isValid() && d.dateDeces.isValid() && d.dateNaissance > d.dateDeces)
        return invalid(Tr::tr("La date de naissance (%1) suit la date de décès (%2) : corrigez l'une des deux.")
                           .arg(dmy(d.dateNaissance), dmy(d.dateDeces)));
    if (d.dateInhumation.isValid() && d.dateDeces.isValid() && d.dateInhumation < d.dateDeces)
        return invalid(Tr::tr("La date d'inhumation (%1) précède la date de décès (%2) : corrigez l'une des deux.")
                           .arg(dmy(d.dateInhumation), dmy(d.dateDeces)));
    return {};
}

Result<Deceased> DeceasedService::insert(const Deceased &input, qint64 emplacementId)
{
    Result<QSqlDatabase> db = m_access.open(kPermissionGerer);
    if (!db)
        return db.error();
    Deceased d = input;
    d.nom = d.nom.simplified();
    d.nomUsage = d.nomUsage.simplified();
    d.prenoms = d.prenoms.simplified();
    if (Status s = check(d); !s)
        return s.error();
    Core::Transaction tx(db.value(), m_access.dialect());
    if (!tx.begun())
        return tx.begun().error();
    if (emplacementId > 0) {
        Result<QSqlQuery> plot = Sql::exec(
            db.value(),
            QStringLiteral("SELECT places, nature FROM cimetiere_emplacement WHERE id = ? AND collectivite_id = ?"),
            {emplacementId, m_access.communeId()});
        if (!plot)
            return plot.error();
        if (!plot.value().next())
            return Error(Tr::tr("Cet emplacement n'existe pas (ou plus) dans la commune."), {}, Error::Kind::NotFound);
        const int places = plot.value().value(0).toInt();
        Result<QList<BodyKind>> held = PlotContents::bodies(db.value(), emplacementId);
        if (!held)
            return held.error();
        const OccupancyWeights w = m_access.weights();
        if (!w.fits(held.value(), d.nature, places))
            return invalid(Tr::tr("L'emplacement est complet : %1 place(s) occupée(s) sur %2, un(e) %3 de plus n'y "
                                  "tient pas.")
                               .arg(QLocale(QLocale::French).toString(w.occupancy(held.value()), 'g', 4))
                               .arg(places)
                               .arg(bodyKindLabel(d.nature)));
        d.etat = QStringLiteral("inhume");
    } else {
        d.etat = QStringLiteral("a_inhumer");
    }
    Result<QVariant> id = Sql::scalar(
        db.value(),
        QStringLiteral("INSERT INTO cimetiere_defunt (collectivite_id, emplacement_id, civilite, nom, nom_usage, "
                       "prenoms, nom_recherche, date_naissance, lieu_naissance, date_deces, lieu_deces, "
                       "date_inhumation, nature_corps, etat, observations, created_by, updated_by) VALUES (?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {m_access.communeId(), optionalId(emplacementId), text(d.civilite), d.nom, text(d.nomUsage), text(d.prenoms),
         searchKey(d), date(d.dateNaissance), text(d.lieuNaissance.simplified()), date(d.dateDeces),
         text(d.lieuDeces.simplified()), date(d.dateInhumation), bodyKindCode(d.nature), d.etat,
         text(d.observations), m_access.login(), m_access.login()});
    if (!id)
        return id.error();
    if (emplacementId > 0)
        if (Status s = PlotContents::refresh(db.value(), m_access.dialect().currentTimestamp(), emplacementId,
                                             m_access.weights(), m_access.login());
            !s)
            return s.error();
    Result<Deceased> created = read(db.value(), id.value().toLongLong(), m_access.communeId());
    if (!created)
        return created.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return created;
}

Result<Deceased> DeceasedService::create(const Deceased &draft)
{
    return insert(draft, 0);
}

Result<Deceased> DeceasedService::createInPlot(const Deceased &draft, qint64 emplacementId)
{
    if (emplacementId <= 0)
        return invalid(Tr::tr("Choisissez l'emplacement où le défunt repose."));
    return insert(draft, emplacementId);
}

Result<Deceased> DeceasedService::update(qint64 id, int expectedVersion, const Deceased &input)
{
    Result<QSqlDatabase> db = m_access.open(kPermissionGerer);
    if (!db)
        return db.error();
    Deceased d = input;
    d.nom = d.nom.simplified();
    d.nomUsage = d.nomUsage.simplified();
    d.prenoms = d.prenoms.simplified();
    if (Status s = check(d); !s)
        return s.error();
    Core::Transaction tx(db.value(), m_access.dialect());
    if (!tx.begun())
        return tx.begun().error();
    Result<Deceased> current = read(db.value(), id, m_access.communeId(), true, m_access.dialect().isPostgres());
    if (!current)
        return current.error();
    if (current.value().version != expectedVersion)
        return Core::VersionConflict::error(Tr::tr("La fiche de %1").arg(current.value().displayName()),
                                            current.value().updatedBy, current.value().updatedAt);
    if (current.value().verrouOperationId > 0) {
        Result<QVariant> numero = Sql::scalar(
            db.value(), QStringLiteral("SELECT numero FROM cimetiere_operation WHERE id = ?"),
            {current.value().verrouOperationId});
        return invalid(Tr::tr("%1 fait l'objet de l'opération %2 en cours : sa fiche est verrouillée jusqu'à ce que "
                              "l'opération soit validée ou annulée.")
                           .arg(current.value().displayName(), numero ? numero.value().toString() : QString()));
    }
    // The body kind and the place change through operations only (réduction, transfert...).
    Result<QSqlQuery> u = Sql::exec(
        db.value(),
        QStringLiteral("UPDATE cimetiere_defunt SET civilite = ?, nom = ?, nom_usage = ?, prenoms = ?, nom_recherche "
                       "= ?, date_naissance = ?, lieu_naissance = ?, date_deces = ?, lieu_deces = ?, date_inhumation = "
                       "?, observations = ?, version = version + 1, updated_at = ")
            + m_access.dialect().currentTimestamp()
            + QStringLiteral(", updated_by = ? WHERE id = ? AND version = ?"),
        {text(d.civilite), d.nom, text(d.nomUsage), text(d.prenoms), searchKey(d), date(d.dateNaissance),
         text(d.lieuNaissance.simplified()), date(d.dateDeces), text(d.lieuDeces.simplified()),
         date(d.dateInhumation), text(d.observations), m_access.login(), id, expectedVersion});
    if (!u)
        return u.error();
    Result<Deceased> changed = read(db.value(), id, m_access.communeId());
    if (!changed)
        return changed.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return changed;
}

Result<Deceased> DeceasedService::get(qint64 id)
{
    Result<QSqlDatabase> db = m_access.open(kPermissionConsulter);
    if (!db)
        return db.error();
    return read(db.value(), id, m_access.communeId());
}

Result<QList<Deceased>> DeceasedService::inPlot(qint64 emplacementId)
{
    Result<QSqlDatabase> db = m_access.open(kPermissionConsulter);
    if (!db)
        return db.error();
    Result<QSqlQuery> q = Sql::exec(db.value(),
                                    QStringLiteral("SELECT ") + kColumns
                                        + QStringLiteral(" FROM cimetiere_defunt WHERE emplacement_id = ? AND "
                                                         "collectivite_id = ? ORDER BY date_inhumation, id"),
                                    {emplacementId, m_access.communeId()});
    if (!q)
        return q.error();
    QList<Deceased> list;
    while (q.value().next())
        list.append(readRow(q.value()));
    return list;
}

Result<QList<PersonHit>> DeceasedService::search(const QString &text, int limit)
{
    Result<QSqlDatabase> db = m_access.open(kPermissionConsulter);
    if (!db)
        return db.error();
    return searchIn(db.value(), m_access.communeId(), text, limit);
}

Result<QList<PersonHit>> DeceasedService::searchIn(const QSqlDatabase &database, qint64 communeId,
                                                    const QString &text, int limit)
{
    const QSqlDatabase *db = &database;
    const QString key = Core::TextNormalizer::searchKey(text);
    if (key.size() < 2)
        return invalid(Tr::tr("Tapez au moins deux lettres du nom recherché."));
    const QString like = Core::TextNormalizer::likePrefix(text);
    QList<PersonHit> hits;
    Result<QSqlQuery> q = Sql::exec(
        *db,
        QStringLiteral("SELECT d.id, d.emplacement_id, d.nom, d.nom_usage, d.prenoms, d.date_deces, d.etat FROM "
                       "cimetiere_defunt d WHERE d.collectivite_id = ? AND d.nom_recherche LIKE ? ESCAPE '\\' "
                       "ORDER BY d.nom_recherche LIMIT ?"),
        {communeId, like, limit});
    if (!q)
        return q.error();
    while (q.value().next()) {
        Deceased d;
        d.nom = q.value().value(2).toString();
        d.nomUsage = q.value().value(3).toString();
        d.prenoms = q.value().value(4).toString();
        const QDate deces = readDate(q.value().value(5));
        hits.append({QStringLiteral("defunt"), q.value().value(0).toLongLong(), q.value().value(1).toLongLong(),
                     d.displayName(),
                     deces.isValid() ? Tr::tr("défunt, décès le %1").arg(dmy(deces)) : Tr::tr("défunt")});
    }
    Result<QSqlQuery> p = Sql::exec(
        *db,
        QStringLiteral("SELECT p.id, k.emplacement_id, p.nom, p.nom_usage, p.prenoms, p.role, k.numero_titre FROM "
                       "cimetiere_personne p JOIN cimetiere_concession k ON k.id = p.concession_id WHERE "
                       "p.collectivite_id = ? AND k.etat = 'active' AND p.nom_recherche LIKE ? ESCAPE '\\' "
                       "ORDER BY p.nom_recherche LIMIT ?"),
        {communeId, like, limit});
    if (!p)
        return p.error();
    while (p.value().next()) {
        Deceased d;
        d.nom = p.value().value(2).toString();
        d.nomUsage = p.value().value(3).toString();
        d.prenoms = p.value().value(4).toString();
        const QString role = p.value().value(5).toString() == u"concessionnaire" ? Tr::tr("concessionnaire")
                                                                                : Tr::tr("ayant droit");
        hits.append({p.value().value(5).toString(), p.value().value(0).toLongLong(), p.value().value(1).toLongLong(),
                     d.displayName(), Tr::tr("%1, titre n° %2").arg(role, p.value().value(6).toString())});
    }
    return hits;
}

} // namespace OpenMairie::Cimetiere
