#include "MouvementRepository.h"

#include "SqlValue.h"

#include "Sql.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace OpenMairie::Elec {

using Core::Result;
using Core::Sql;
using Core::Status;
using namespace Core::SqlValue;

namespace {
const QString kTypeColumns = QStringLiteral(
    "t.id, t.code, t.libelle, t.categorie, t.l30, t.contradictoire, t.provenance_requise, t.nouvelle_carte");

TypeMouvement readType(const QSqlQuery &q, int f)
{
    TypeMouvement t;
    t.id = q.value(f).toLongLong();
    t.code = q.value(f + 1).toString();
    t.libelle = q.value(f + 2).toString();
    t.categorie = q.value(f + 3).toString();
    t.l30 = q.value(f + 4).toBool();
    t.contradictoire = q.value(f + 5).toBool();
    t.provenanceRequise = q.value(f + 6).toBool();
    t.nouvelleCarte = q.value(f + 7).toBool();
    return t;
}
} // namespace

MouvementRepository::MouvementRepository(QSqlDatabase db, Core::SqlDialect dialect, qint64 communeId)
    : m_db(std::move(db)), m_dialect(dialect), m_communeId(communeId)
{
}

Result<std::optional<TypeMouvement>> MouvementRepository::typeByCode(const QString &code) const
{
    Result<QSqlQuery> q = Sql::exec(m_db, QStringLiteral("SELECT ") + kTypeColumns
                                              + QStringLiteral(" FROM elec_type_mouvement t WHERE t.code = ? AND t.actif = ")
                                              + QStringLiteral("?"),
                                    {code.trimmed().toUpper(), true});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<TypeMouvement>();
    return std::optional<TypeMouvement>(readType(q.value(), 0));
}

Result<QList<TypeMouvement>> MouvementRepository::types() const
{
    Result<QSqlQuery> q = Sql::exec(m_db, QStringLiteral("SELECT ") + kTypeColumns
                                              + QStringLiteral(" FROM elec_type_mouvement t WHERE t.actif = ? ORDER BY "
                                                               "t.categorie, t.id"),
                                    {true});
    if (!q)
        return q.error();
    QList<TypeMouvement> list;
    while (q.value().next())
        list.append(readType(q.value(), 0));
    return list;
}

Result<QList<Mouvement>> MouvementRepository::select(const QString &where, const QVariantList &binds,
                                                     const QString &tail) const
{
    QVariantList all{m_communeId};
    all.append(binds);
    Result<QSqlQuery> q = Sql::exec(
        m_db,
        QStringLiteral("SELECT m.id, m.liste, m.electeur_id, m.date_demande, m.provenance, m.commune_provenance, "
                       "m.pieces, m.donnees, m.ancien_bureau_id, m.nouveau_bureau_id, m.etat, m.date_avis_contradictoire, "
                       "m.date_decision, m.decide_par, m.motif_decision, m.date_notification, m.date_transmission, "
                       "m.statut_transmission, m.date_application, m.observations, m.version, "
                       "COALESCE(e.nom_naissance, ''), COALESCE(e.prenoms, ''), ")
            + kTypeColumns
            + QStringLiteral(" FROM elec_mouvement m JOIN elec_type_mouvement t ON t.id = m.type_id "
                             "LEFT JOIN elec_electeur e ON e.id = m.electeur_id WHERE m.collectivite_id = ?")
            + where + tail,
        all);
    if (!q)
        return q.error();
    QList<Mouvement> list;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        Mouvement m;
        m.id = r.value(0).toLongLong();
        m.liste = r.value(1).toString();
        m.electeurId = r.value(2).toLongLong();
        m.dateDemande = readDate(r.value(3));
        m.provenance = r.value(4).toString();
        m.communeProvenance = r.value(5).toString();
        m.pieces = r.value(6).toString();
        const QString donnees = r.value(7).toString();
        if (!donnees.isEmpty())
            m.donnees = Electeur::fromJson(QJsonDocument::fromJson(donnees.toUtf8()).object());
        m.ancienBureauId = r.value(8).toLongLong();
        m.nouveauBureauId = r.value(9).toLongLong();
        m.etat = r.value(10).toString();
        m.dateAvisContradictoire = readDate(r.value(11));
        m.dateDecision = readDate(r.value(12));
        m.decidePar = r.value(13).toString();
        m.motifDecision = r.value(14).toString();
        m.dateNotification = readDate(r.value(15));
        m.dateTransmission = readDate(r.value(16));
        m.statutTransmission = r.value(17).toString();
        m.dateApplication = readDate(r.value(18));
        m.observations = r.value(19).toString();
        m.version = r.value(20).toInt();
        const QString nom = r.value(21).toString();
        m.electeurNom = nom.isEmpty() ? m.donnees.nomNaissance + u' ' + m.donnees.prenoms : nom + u' ' + r.value(22).toString();
        m.type = readType(r, 23);
        list.append(m);
    }
    return list;
}

Result<std::optional<Mouvement>> MouvementRepository::findById(qint64 id, bool lockForUpdate) const
{
    Result<QList<Mouvement>> list = select(QStringLiteral(" AND m.id = ?"), {id},
                                           lockForUpdate && m_dialect.isPostgres() ? QStringLiteral(" FOR UPDATE OF m")
                                                                                  : QString());
    if (!list)
        return list.error();
    if (list->isEmpty())
        return std::optional<Mouvement>();
    return std::optional<Mouvement>(list->first());
}

Result<QList<Mouvement>> MouvementRepository::pending(int limit) const
{
    return select(QStringLiteral(" AND (m.etat IN ('en_instruction', 'accepte', 'transmis') OR (m.etat = 'refuse' AND "
                                 "m.date_notification IS NULL))"),
                  {}, QStringLiteral(" ORDER BY m.date_demande, m.id LIMIT ") + QString::number(limit));
}

Result<QList<Mouvement>> MouvementRepository::ofElecteur(qint64 electeurId) const
{
    return select(QStringLiteral(" AND m.electeur_id = ?"), {electeurId}, QStringLiteral(" ORDER BY m.date_demande, m.id"));
}

Result<bool> MouvementRepository::hasOpenMouvement(qint64 electeurId) const
{
    Result<QVariant> n = Sql::scalar(m_db,
                                     QStringLiteral("SELECT count(*) FROM elec_mouvement WHERE collectivite_id = ? AND "
                                                    "electeur_id = ? AND etat IN ('en_instruction', 'accepte', 'transmis')"),
                                     {m_communeId, electeurId});
    if (!n)
        return n.error();
    return n.value().toInt() > 0;
}

Result<qint64> MouvementRepository::insert(const Mouvement &m, const QString &login) const
{
    const QString donnees = m.donnees.nomNaissance.isEmpty()
                                ? QString()
                                : QString::fromUtf8(QJsonDocument(m.donnees.toJson()).toJson(QJsonDocument::Compact));
    Result<QVariant> id = Sql::scalar(
        m_db,
        QStringLiteral("INSERT INTO elec_mouvement (collectivite_id, type_id, liste, electeur_id, date_demande, provenance, "
                       "commune_provenance, pieces, donnees, ancien_bureau_id, nouveau_bureau_id, etat, observations, "
                       "created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {m_communeId, m.type.id, m.liste, optionalId(m.electeurId), date(m.dateDemande), m.provenance,
         text(m.communeProvenance), text(m.pieces), text(donnees), optionalId(m.ancienBureauId),
         optionalId(m.nouveauBureauId), m.etat, text(m.observations), text(login), text(login)});
    if (!id)
        return id.error();
    return id.value().toLongLong();
}

Result<bool> MouvementRepository::update(const Mouvement &m, int expectedVersion, const QString &login) const
{
    Result<QSqlQuery> q = Sql::exec(
        m_db,
        QStringLiteral("UPDATE elec_mouvement SET electeur_id = ?, etat = ?, date_avis_contradictoire = ?, "
                       "date_decision = ?, decide_par = ?, motif_decision = ?, date_notification = ?, "
                       "date_transmission = ?, statut_transmission = ?, date_application = ?, ancien_bureau_id = ?, "
                       "nouveau_bureau_id = ?, observations = ?, version = version + 1, updated_at = ")
            + m_dialect.currentTimestamp()
            + QStringLiteral(", updated_by = ? WHERE id = ? AND collectivite_id = ? AND version = ?"),
        {optionalId(m.electeurId), m.etat, date(m.dateAvisContradictoire), date(m.dateDecision), text(m.decidePar),
         text(m.motifDecision), date(m.dateNotification), date(m.dateTransmission), text(m.statutTransmission),
         date(m.dateApplication), optionalId(m.ancienBureauId), optionalId(m.nouveauBureauId), text(m.observations),
         text(login), m.id, m_communeId, expectedVersion});
    if (!q)
        return q.error();
    return q.value().numRowsAffected() == 1;
}

Status MouvementRepository::addStep(qint64 mouvementId, const QString &etat, const QDate &d, const QString &par,
                                    const QString &commentaire) const
{
    Result<QSqlQuery> q = Sql::exec(m_db,
                                    QStringLiteral("INSERT INTO elec_mouvement_historique (collectivite_id, mouvement_id, "
                                                   "etat, date_etape, par, commentaire) VALUES (?, ?, ?, ?, ?, ?)"),
                                    {m_communeId, mouvementId, etat, date(d), text(par), text(commentaire)});
    if (!q)
        return q.error();
    return {};
}

Result<QList<MouvementEtape>> MouvementRepository::stepsOfElecteur(qint64 electeurId) const
{
    Result<QSqlQuery> q = Sql::exec(
        m_db,
        QStringLiteral("SELECT h.mouvement_id, t.code, t.libelle, h.etat, h.date_etape, h.par, h.commentaire "
                       "FROM elec_mouvement_historique h JOIN elec_mouvement m ON m.id = h.mouvement_id "
                       "JOIN elec_type_mouvement t ON t.id = m.type_id "
                       "WHERE h.collectivite_id = ? AND m.electeur_id = ? ORDER BY h.id"),
        {m_communeId, electeurId});
    if (!q)
        return q.error();
    QList<MouvementEtape> steps;
    while (q.value().next()) {
        MouvementEtape s;
        s.mouvementId = q.value().value(0).toLongLong();
        s.typeCode = q.value().value(1).toString();
        s.typeLibelle = q.value().value(2).toString();
        s.etat = q.value().value(3).toString();
        s.date = readDate(q.value().value(4));
        s.par = q.value().value(5).toString();
        s.commentaire = q.value().value(6).toString();
        steps.append(s);
    }
    return steps;
}

} // namespace OpenMairie::Elec
