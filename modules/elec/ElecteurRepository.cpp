#include "ElecteurRepository.h"

#include "SqlValue.h"
#include "ElecteurSearch.h"

#include "Sql.h"
#include "TextNormalizer.h"
#include "VersionConflict.h"
#include "Voie.h"

#include <QSqlQuery>

#include <algorithm>

namespace OpenMairie::Elec {

using Core::Result;
using Core::Sql;
using namespace Core::SqlValue;

const QString &ElecteurRepository::selectColumns()
{
    static const QString columns = QStringLiteral(
        "e.id, e.liste, e.ine, e.civilite, e.nom_naissance, e.nom_usage, e.prenoms, e.sexe, e.date_naissance, "
        "e.naissance_mode, e.naissance_code, e.naissance_libelle, e.nationalite, e.numero_voie, e.complement_numero, "
        "e.voie_id, e.complement_adresse, e.contact_adresse, e.contact_code_postal, e.contact_ville, e.contact_pays, "
        "e.telephone, e.courriel, e.bureau_id, e.bureau_force, e.numero_ordre, e.situation, e.date_inscription, "
        "e.date_radiation, e.motif_radiation, e.observations, e.version, e.updated_at, e.updated_by, "
        "t.libelle, v.libelle, v.complement, b.code, e.cle_tri");
    return columns;
}

const QString &ElecteurRepository::fromClause()
{
    static const QString from = QStringLiteral(
        " FROM elec_electeur e LEFT JOIN voie v ON v.id = e.voie_id LEFT JOIN voie_type t ON t.id = v.voie_type_id "
        "LEFT JOIN elec_bureau b ON b.id = e.bureau_id");
    return from;
}

ElecteurRepository::ElecteurRepository(QSqlDatabase db, Core::SqlDialect dialect, qint64 communeId)
    : m_db(std::move(db)), m_dialect(dialect), m_communeId(communeId)
{
}

QString ElecteurRepository::cleTri(const Electeur &e)
{
    return Core::TextNormalizer::searchKey(e.nomNaissance) + u' ' + Core::TextNormalizer::searchKey(e.prenoms);
}

Electeur ElecteurRepository::readRow(const QSqlQuery &q, int f)
{
    Electeur e;
    e.id = q.value(f + 0).toLongLong();
    e.liste = q.value(f + 1).toString();
    e.ine = q.value(f + 2).toString();
    e.civilite = q.value(f + 3).toString();
    e.nomNaissance = q.value(f + 4).toString();
    e.nomUsage = q.value(f + 5).toString();
    e.prenoms = q.value(f + 6).toString();
    e.sexe = q.value(f + 7).toString();
    e.dateNaissance = readDate(q.value(f + 8));
    parseNaissanceMode(q.value(f + 9).toString(), &e.naissanceMode);
    e.naissanceCode = q.value(f + 10).toString();
    e.naissanceLibelle = q.value(f + 11).toString();
    e.nationalite = q.value(f + 12).toString();
    e.numeroVoie = q.value(f + 13).toInt();
    e.complementNumero = q.value(f + 14).toString();
    e.voieId = q.value(f + 15).toLongLong();
    e.complementAdresse = q.value(f + 16).toString();
    e.contactAdresse = q.value(f + 17).toString();
    e.contactCodePostal = q.value(f + 18).toString();
    e.contactVille = q.value(f + 19).toString();
    e.contactPays = q.value(f + 20).toString();
    e.telephone = q.value(f + 21).toString();
    e.courriel = q.value(f + 22).toString();
    e.bureauId = q.value(f + 23).toLongLong();
    e.bureauForce = q.value(f + 24).toBool();
    e.numeroOrdre = q.value(f + 25).toInt();
    e.situation = q.value(f + 26).toString();
    e.dateInscription = readDate(q.value(f + 27));
    e.dateRadiation = readDate(q.value(f + 28));
    e.motifRadiation = q.value(f + 29).toString();
    e.observations = q.value(f + 30).toString();
    e.version = q.value(f + 31).toInt();
    e.updatedAt = Core::VersionConflict::timestamp(q.value(f + 32));
    e.updatedBy = q.value(f + 33).toString();
    if (e.voieId > 0) {
        Core::Voie voie;
        voie.typeLibelle = q.value(f + 34).toString();
        voie.libelle = q.value(f + 35).toString();
        voie.complement = q.value(f + 36).toString();
        e.voieLibelle = voie.displayName();
    }
    e.bureauCode = q.value(f + 37).toString();
    return e;
}

Result<std::optional<Electeur>> ElecteurRepository::findById(qint64 id, bool lockForUpdate) const
{
    QString sql = QStringLiteral("SELECT ") + selectColumns() + fromClause()
                  + QStringLiteral(" WHERE e.id = ? AND e.collectivite_id = ?");
    if (lockForUpdate && m_dialect.isPostgres())
        sql += QStringLiteral(" FOR UPDATE OF e");
    Result<QSqlQuery> q = Sql::exec(m_db, sql, {id, m_communeId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Electeur>();
    return std::optional<Electeur>(readRow(q.value()));
}

Result<std::optional<Electeur>> ElecteurRepository::findByIne(const QString &liste, const QString &ine) const
{
    Result<QSqlQuery> q = Sql::exec(m_db, QStringLiteral("SELECT ") + selectColumns() + fromClause()
                                              + QStringLiteral(" WHERE e.collectivite_id = ? AND e.liste = ? AND e.ine = ?"),
                                    {m_communeId, liste, ine});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Electeur>();
    return std::optional<Electeur>(readRow(q.value()));
}

QString ElecteurRepository::whereClause(const ElecteurFilter &filter, QVariantList *binds) const
{
    QString where = QStringLiteral(" WHERE e.collectivite_id = ? AND e.liste = ?");
    binds->append(m_communeId);
    binds->append(filter.liste);
    if (filter.bureauId > 0) {
        where += QStringLiteral(" AND e.bureau_id = ?");
        binds->append(filter.bureauId);
    }
    if (!filter.situation.isEmpty()) {
        where += QStringLiteral(" AND e.situation = ?");
        binds->append(filter.situation);
    }
    return where;
}

Result<QList<Electeur>> ElecteurRepository::page(const ElecteurFilter &filter, const ElecteurCursor &after,
                                                 int limit) const
{
    QVariantList binds;
    QString where = whereClause(filter, &binds);
    if (!after.isStart()) {
        where += QStringLiteral(" AND (e.cle_tri > ? OR (e.cle_tri = ? AND e.id > ?))");
        binds << after.cleTri << after.cleTri << after.id;
    }
    const ElecteurSearch search = ElecteurSearch::parse(filter.texte);
    if (!search.isEmpty()) {
        // Two index ranges (nom de naissance through the sort key, nom d'usage), merged in order.
        QList<Electeur> merged;
        for (const bool byUsage : {false, true}) {
            if (byUsage && search.namePrefix().isEmpty())
                break;
            QVariantList b = binds;
            const QString cond = search.condition(byUsage, &b);
            Result<QSqlQuery> q = Sql::exec(m_db, QStringLiteral("SELECT ") + selectColumns() + fromClause() + where
                                                      + cond + QStringLiteral(" ORDER BY e.cle_tri, e.id LIMIT ")
                                                      + QString::number(limit),
                                            b);
            if (!q)
                return q.error();
            while (q.value().next()) {
                Electeur e = readRow(q.value());
                const bool seen = std::any_of(merged.cbegin(), merged.cend(), [&](const Electeur &m) { return m.id == e.id; });
                if (!seen)
                    merged.append(e);
            }
        }
        std::sort(merged.begin(), merged.end(), [](const Electeur &a, const Electeur &b) {
            const QString ka = cleTri(a), kb = cleTri(b);
            return ka != kb ? ka < kb : a.id < b.id;
        });
        if (merged.size() > limit)
            merged.resize(limit);
        return merged;
    }
    Result<QSqlQuery> q = Sql::exec(m_db, QStringLiteral("SELECT ") + selectColumns() + fromClause() + where
                                              + QStringLiteral(" ORDER BY e.cle_tri, e.id LIMIT ") + QString::number(limit),
                                    binds);
    if (!q)
        return q.error();
    QList<Electeur> list;
    while (q.value().next())
        list.append(readRow(q.value()));
    return list;
}

Result<QList<Electeur>> ElecteurRepository::pageAt(const ElecteurFilter &filter, int offset, int limit) const
{
    QVariantList binds;
    const QString where = whereClause(filter, &binds);
    // The offset walks the sort index only; the joins are made for the page's rows alone.
    Result<QSqlQuery> q = Sql::exec(m_db, QStringLiteral("SELECT ") + selectColumns() + fromClause()
                                              + QStringLiteral(" WHERE e.id IN (SELECT e.id FROM elec_electeur e") + where
                                              + QStringLiteral(" ORDER BY e.cle_tri, e.id LIMIT %1 OFFSET %2)").arg(limit).arg(offset)
                                              + QStringLiteral(" ORDER BY e.cle_tri, e.id"),
                                    binds);
    if (!q)
        return q.error();
    QList<Electeur> list;
    while (q.value().next())
        list.append(readRow(q.value()));
    return list;
}

Result<int> ElecteurRepository::count(const ElecteurFilter &filter) const
{
    QVariantList binds;
    const QString where = whereClause(filter, &binds);
    Result<QVariant> n = Sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM elec_electeur e") + where, binds);
    if (!n)
        return n.error();
    return n.value().toInt();
}

Result<QList<Electeur>> ElecteurRepository::sameNameAndBirth(const QString &nomNaissance, const QDate &naissance) const
{
    Result<QSqlQuery> q = Sql::exec(m_db, QStringLiteral("SELECT ") + selectColumns() + fromClause()
                                              + QStringLiteral(" WHERE e.collectivite_id = ? AND e.cle_nom = ? "
                                                               "AND e.date_naissance = ? AND e.situation = 'inscrit' "
                                                               "ORDER BY e.cle_tri, e.id"),
                                    {m_communeId, Core::TextNormalizer::searchKey(nomNaissance), naissance});
    if (!q)
        return q.error();
    QList<Electeur> list;
    while (q.value().next())
        list.append(readRow(q.value()));
    return list;
}

Result<QList<QList<Electeur>>> ElecteurRepository::nameAndBirthGroups() const
{
    Result<QSqlQuery> q = Sql::exec(
        m_db,
        QStringLiteral("SELECT ") + selectColumns() + fromClause()
            + QStringLiteral(" JOIN (SELECT liste, cle_nom, date_naissance FROM elec_electeur WHERE collectivite_id = ? "
                             "AND situation = 'inscrit' GROUP BY liste, cle_nom, date_naissance HAVING count(*) > 1) g "
                             "ON g.liste = e.liste AND g.cle_nom = e.cle_nom AND g.date_naissance = e.date_naissance "
                             "WHERE e.collectivite_id = ? AND e.situation = 'inscrit' "
                             "ORDER BY e.liste, e.cle_nom, e.date_naissance, e.cle_tri, e.id"),
        {m_communeId, m_communeId});
    if (!q)
        return q.error();
    QList<QList<Electeur>> groups;
    QString lastKey;
    while (q.value().next()) {
        const Electeur e = readRow(q.value());
        const QString key = e.liste + u'|' + Core::TextNormalizer::searchKey(e.nomNaissance) + u'|'
                            + e.dateNaissance.toString(Qt::ISODate);
        if (key != lastKey || groups.isEmpty())
            groups.append(QList<Electeur>());
        groups.last().append(e);
        lastKey = key;
    }
    return groups;
}

Result<qint64> ElecteurRepository::bureauForAddress(qint64 voieId, int numero) const
{
    if (voieId <= 0)
        return qint64(0);
    const QString side = numero % 2 == 0 ? QStringLiteral("pair") : QStringLiteral("impair");
    Result<QVariant> id = Sql::scalar(m_db,
                                      QStringLiteral("SELECT bureau_id FROM elec_decoupage WHERE collectivite_id = ? "
                                                     "AND voie_id = ? AND ? BETWEEN numero_debut AND numero_fin "
                                                     "AND (cote = 'tous' OR cote = ?) ORDER BY numero_debut LIMIT 1"),
                                      {m_communeId, voieId, numero, side});
    if (!id)
        return id.error();
    return id.value().isValid() ? id.value().toLongLong() : qint64(0);
}

Result<int> ElecteurRepository::nextNumero(const QString &liste, qint64 bureauId) const
{
    if (bureauId <= 0)
        return 0;
    if (m_dialect.isPostgres())
        if (Result<QSqlQuery> lock = Sql::exec(m_db, QStringLiteral("SELECT id FROM elec_bureau WHERE id = ? AND "
                                                                    "collectivite_id = ? FOR UPDATE"),
                                               {bureauId, m_communeId});
            !lock)
            return lock.error();
    Result<QVariant> max = Sql::scalar(m_db,
                                       QStringLiteral("SELECT COALESCE(MAX(numero_ordre), 0) FROM elec_electeur WHERE "
                                                      "collectivite_id = ? AND liste = ? AND bureau_id = ?"),
                                       {m_communeId, liste, bureauId});
    if (!max)
        return max.error();
    return max.value().toInt() + 1;
}

Result<qint64> ElecteurRepository::insert(const Electeur &e, const QString &login) const
{
    Result<QVariant> id = Sql::scalar(
        m_db,
        QStringLiteral(
            "INSERT INTO elec_electeur (collectivite_id, liste, ine, civilite, nom_naissance, nom_usage, prenoms, sexe, "
            "date_naissance, naissance_mode, naissance_code, naissance_libelle, nationalite, numero_voie, "
            "complement_numero, voie_id, complement_adresse, contact_adresse, contact_code_postal, contact_ville, "
            "contact_pays, telephone, courriel, bureau_id, bureau_force, numero_ordre, situation, date_inscription, "
            "date_radiation, motif_radiation, cle_nom, cle_usage, cle_prenoms, cle_tri, observations, created_by, "
            "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {m_communeId, e.liste, e.ine.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(e.ine),
         text(e.civilite), e.nomNaissance, text(e.nomUsage), e.prenoms, e.sexe, date(e.dateNaissance),
         naissanceModeCode(e.naissanceMode), text(e.naissanceCode), text(e.naissanceLibelle), text(e.nationalite),
         e.numeroVoie, text(e.complementNumero), optionalId(e.voieId), text(e.complementAdresse),
         text(e.contactAdresse), text(e.contactCodePostal), text(e.contactVille), text(e.contactPays),
         text(e.telephone), text(e.courriel), optionalId(e.bureauId), e.bureauForce, e.numeroOrdre, e.situation,
         date(e.dateInscription), date(e.dateRadiation), text(e.motifRadiation),
         Core::TextNormalizer::searchKey(e.nomNaissance), Core::TextNormalizer::searchKey(e.nomUsage),
         Core::TextNormalizer::searchKey(e.prenoms), cleTri(e), text(e.observations), text(login), text(login)});
    if (!id)
        return id.error();
    return id.value().toLongLong();
}

Result<bool> ElecteurRepository::update(const Electeur &e, int expectedVersion, const QString &login) const
{
    Result<QSqlQuery> q = Sql::exec(
        m_db,
        QStringLiteral(
            "UPDATE elec_electeur SET ine = ?, civilite = ?, nom_naissance = ?, nom_usage = ?, prenoms = ?, sexe = ?, "
            "date_naissance = ?, naissance_mode = ?, naissance_code = ?, naissance_libelle = ?, nationalite = ?, "
            "numero_voie = ?, complement_numero = ?, voie_id = ?, complement_adresse = ?, contact_adresse = ?, "
            "contact_code_postal = ?, contact_ville = ?, contact_pays = ?, telephone = ?, courriel = ?, bureau_id = ?, "
            "bureau_force = ?, numero_ordre = ?, situation = ?, date_inscription = ?, date_radiation = ?, "
            "motif_radiation = ?, cle_nom = ?, cle_usage = ?, cle_prenoms = ?, cle_tri = ?, observations = ?, "
            "version = version + 1, updated_at = ")
            + m_dialect.currentTimestamp()
            + QStringLiteral(", updated_by = ? WHERE id = ? AND collectivite_id = ? AND version = ?"),
        {e.ine.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(e.ine), text(e.civilite),
         e.nomNaissance, text(e.nomUsage), e.prenoms, e.sexe, date(e.dateNaissance),
         naissanceModeCode(e.naissanceMode), text(e.naissanceCode), text(e.naissanceLibelle), text(e.nationalite),
         e.numeroVoie, text(e.complementNumero), optionalId(e.voieId), text(e.complementAdresse),
         text(e.contactAdresse), text(e.contactCodePostal), text(e.contactVille), text(e.contactPays),
         text(e.telephone), text(e.courriel), optionalId(e.bureauId), e.bureauForce, e.numeroOrdre, e.situation,
         date(e.dateInscription), date(e.dateRadiation), text(e.motifRadiation),
         Core::TextNormalizer::searchKey(e.nomNaissance), Core::TextNormalizer::searchKey(e.nomUsage),
         Core::TextNormalizer::searchKey(e.prenoms), cleTri(e), text(e.observations), text(login), e.id, m_communeId,
         expectedVersion});
    if (!q)
        return q.error();
    return q.value().numRowsAffected() == 1;
}

} // namespace OpenMairie::Elec
