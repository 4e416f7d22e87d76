#include "ArreteRepository.h"

#include "Sql.h"
#include "TextNormalizer.h"
#include "Tr.h"

#include <QSqlQuery>

namespace OpenMairie::Reglement {

using Core::Result;
using Core::Sql;

namespace {
const QString kColumns = QStringLiteral(
    "id, collectivite_id, annee, rang, numero, date_signature, objet, categorie, signataire, date_publication, "
    "transmission_requise, date_transmission, date_notification, reference, observations, etat, date_fin, "
    "motif_fin, version, created_at, created_by, updated_at, updated_by, visas, considerants, articles");

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d) : QVariant(QMetaType(QMetaType::QDate));
}

// A null QString binds as SQL NULL; the text columns are NOT NULL with '' for "nothing".
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QDate readDate(const QVariant &v)
{
    if (v.isNull())
        return {};
    if (v.typeId() == QMetaType::QDate)
        return v.toDate();
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}

QDateTime readTimestamp(const QVariant &v)
{
    if (v.isNull())
        return {};
    if (v.typeId() == QMetaType::QDateTime)
        return v.toDateTime();
    // SQLite keeps ISO 8601 text in UTC ("…Z").
    QDateTime dt = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(v.toString(), Qt::ISODate);
    return dt;
}

QString escapeLike(QString word)
{
    word.replace(u'\\', QStringLiteral("\\\\"));
    word.replace(u'%', QStringLiteral("\\%"));
    word.replace(u'_', QStringLiteral("\\_"));
    return u'%' + word + u'%';
}
} // namespace

ArreteRepository::ArreteRepository(QSqlDatabase db, Core::SqlDialect dialect, qint64 communeId)
    : m_db(std::move(db)), m_dialect(dialect), m_communeId(communeId), m_listScope(Core::CommuneScope::single(communeId))
{
}

Arrete ArreteRepository::readRow(const QSqlQuery &q)
{
    Arrete a;
    a.id = q.value(0).toLongLong();
    a.collectiviteId = q.value(1).toLongLong();
    a.annee = q.value(2).toInt();
    a.rang = q.value(3).toInt();
    a.numero = q.value(4).toString();
    a.dateSignature = readDate(q.value(5));
    a.objet = q.value(6).toString();
    a.categorie = q.value(7).toString();
    a.signataire = q.value(8).toString();
    a.datePublication = readDate(q.value(9));
    a.transmissionRequise = q.value(10).toBool();
    a.dateTransmission = readDate(q.value(11));
    a.dateNotification = readDate(q.value(12));
    a.reference = q.value(13).toString();
    a.observations = q.value(14).toString();
    a.etat = stateFromCode(q.value(15).toString()).value_or(ArreteState::Actif);
    a.dateFin = readDate(q.value(16));
    a.motifFin = q.value(17).toString();
    a.version = q.value(18).toInt();
    a.createdAt = readTimestamp(q.value(19));
    a.createdBy = q.value(20).toString();
    a.updatedAt = readTimestamp(q.value(21));
    a.updatedBy = q.value(22).toString();
    a.visas = q.value(23).toString();
    a.considerants = q.value(24).toString();
    a.articles = q.value(25).toString();
    return a;
}

Result<std::optional<Arrete>> ArreteRepository::findById(qint64 id, bool lockForUpdate) const
{
    QString sql = QStringLiteral("SELECT ") + kColumns
                  + QStringLiteral(" FROM reglement_arrete WHERE id = ? AND collectivite_id = ?");
    if (lockForUpdate && m_dialect.isPostgres())
        sql += QStringLiteral(" FOR UPDATE");
    Result<QSqlQuery> q = Sql::exec(m_db, sql, {id, m_communeId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Arrete>();
    return std::optional<Arrete>(readRow(q.value()));
}

Result<std::optional<Arrete>> ArreteRepository::findByNumero(int annee, int rang) const
{
    Result<QSqlQuery> q = Sql::exec(m_db,
                                    QStringLiteral("SELECT ") + kColumns
                                        + QStringLiteral(" FROM reglement_arrete WHERE collectivite_id = ? "
                                                         "AND annee = ? AND rang = ?"),
                                    {m_communeId, annee, rang});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Arrete>();
    return std::optional<Arrete>(readRow(q.value()));
}

QString ArreteRepository::whereClause(const ArreteFilter &filter, QVariantList *binds) const
{
    QString where = QStringLiteral(" WHERE ") + m_listScope.condition(QStringLiteral("collectivite_id"));
    m_listScope.appendValues(binds);
    if (filter.annee > 0) {
        where += QStringLiteral(" AND annee = ?");
        binds->append(filter.annee);
    }
    if (!filter.categorie.isEmpty()) {
        where += QStringLiteral(" AND categorie = ?");
        binds->append(filter.categorie);
    }
    if (filter.etat) {
        where += QStringLiteral(" AND etat = ?");
        binds->append(stateCode(*filter.etat));
    }
    // Every word must appear in the objet's search key; a number may also be the year or the rank
    // of the arrêté, so that "fete musique", "Fête de la Musique", "2024-0012" and "2024 12" all
    // find what the agent means.
    const QStringList words = Core::TextNormalizer::searchKey(filter.recherche).split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        bool isNumber = false;
        const int number = word.size() <= 4 ? word.toInt(&isNumber) : 0;
        if (isNumber) {
            where += QStringLiteral(" AND (objet_recherche LIKE ? ESCAPE '\\' OR annee = ? OR rang = ?)");
            binds->append(escapeLike(word));
            binds->append(word.size() == 4 ? number : -1);
            binds->append(number);
        } else {
            where += QStringLiteral(" AND objet_recherche LIKE ? ESCAPE '\\'");
            binds->append(escapeLike(word));
        }
    }
    return where;
}

Result<QList<Arrete>> ArreteRepository::list(const ArreteFilter &filter, int offset, int limit) const
{
    QVariantList binds;
    const QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM reglement_arrete")
                        + whereClause(filter, &binds)
                        + QStringLiteral(" ORDER BY annee DESC, rang DESC, collectivite_id LIMIT ? OFFSET ?");
    binds << limit << offset;
    Result<QSqlQuery> q = Sql::exec(m_db, sql, binds);
    if (!q)
        return q.error();
    QList<Arrete> rows;
    while (q.value().next())
        rows.append(readRow(q.value()));
    return rows;
}

Result<int> ArreteRepository::count(const ArreteFilter &filter) const
{
    QVariantList binds;
    Result<QVariant> n = Sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM reglement_arrete")
                                               + whereClause(filter, &binds),
                                     binds);
    if (!n)
        return n.error();
    return n.value().toInt();
}

Result<QList<int>> ArreteRepository::years() const
{
    QVariantList binds;
    m_listScope.appendValues(&binds);
    Result<QSqlQuery> q = Sql::exec(m_db,
                                    QStringLiteral("SELECT DISTINCT annee FROM reglement_arrete WHERE ")
                                        + m_listScope.condition(QStringLiteral("collectivite_id"))
                                        + QStringLiteral(" ORDER BY annee DESC"),
                                    binds);
    if (!q)
        return q.error();
    QList<int> years;
    while (q.value().next())
        years.append(q.value().value(0).toInt());
    return years;
}

Result<QString> ArreteRepository::latestSignataire() const
{
    Result<QVariant> s = Sql::scalar(m_db,
                                     QStringLiteral("SELECT signataire FROM reglement_arrete WHERE collectivite_id = ? "
                                                    "ORDER BY date_signature DESC, id DESC LIMIT 1"),
                                     {m_communeId});
    if (!s)
        return s.error();
    return s.value().toString();
}

Result<int> ArreteRepository::reserveRank(int annee) const
{
    if (Result<QSqlQuery> q = Sql::exec(m_db,
                                        QStringLiteral("INSERT INTO reglement_compteur (collectivite_id, annee, "
                                                       "dernier_rang) VALUES (?, ?, 0) ON CONFLICT (collectivite_id, "
                                                       "annee) DO NOTHING"),
                                        {m_communeId, annee});
        !q)
        return q.error();
    // The counter never goes back below a rank already in the register (rows written by an
    // import or by hand), so that a number is never given twice.
    const QString highest = QStringLiteral("(SELECT COALESCE(MAX(rang), 0) FROM reglement_arrete "
                                           "WHERE collectivite_id = ? AND annee = ?)");
    Result<QVariant> rank = Sql::scalar(
        m_db,
        QStringLiteral("UPDATE reglement_compteur SET dernier_rang = (CASE WHEN dernier_rang >= ") + highest
            + QStringLiteral(" THEN dernier_rang ELSE ") + highest
            + QStringLiteral(" END) + 1 WHERE collectivite_id = ? AND annee = ? RETURNING dernier_rang"),
        {m_communeId, annee, m_communeId, annee, m_communeId, annee});
    if (!rank) {
        Result<QVariant> last = Sql::scalar(
            m_db, QStringLiteral("SELECT dernier_rang FROM reglement_compteur WHERE collectivite_id = ? AND annee = ?"),
            {m_communeId, annee});
        if (last && last.value().toInt() >= 9999)
            return Core::Error(Tr::tr("Le registre des arrêtés de %1 a atteint 9999 arrêtés : aucun numéro n'est "
                                      "plus disponible pour cette année.").arg(annee),
                               rank.error().detail(), Core::Error::Kind::Conflict);
        return rank.error();
    }
    if (!rank.value().isValid())
        return Core::Error(Tr::tr("Le compteur des numéros d'arrêtés de %1 est introuvable.").arg(annee));
    return rank.value().toInt();
}

Result<qint64> ArreteRepository::insert(const Arrete &a, const QString &login) const
{
    Result<QVariant> id = Sql::scalar(
        m_db,
        QStringLiteral("INSERT INTO reglement_arrete (collectivite_id, annee, rang, numero, date_signature, objet, "
                       "objet_recherche, categorie, signataire, date_publication, transmission_requise, "
                       "date_transmission, date_notification, reference, observations, etat, date_fin, motif_fin, "
                       "version, created_by, updated_by, visas, considerants, articles) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?) RETURNING id"),
        {m_communeId, a.annee, a.rang, a.numero, dateValue(a.dateSignature), text(a.objet),
         text(Core::TextNormalizer::searchKey(a.objet)), text(a.categorie), text(a.signataire),
         dateValue(a.datePublication), a.transmissionRequise, dateValue(a.dateTransmission),
         dateValue(a.dateNotification), text(a.reference), text(a.observations), stateCode(a.etat),
         dateValue(a.dateFin), text(a.motifFin), text(login), text(login), text(a.visas), text(a.considerants),
         text(a.articles)});
    if (!id)
        return id.error();
    return id.value().toLongLong();
}

Result<bool> ArreteRepository::update(const Arrete &a, int expectedVersion, const QString &login) const
{
    Result<QSqlQuery> q = Sql::exec(
        m_db,
        QStringLiteral("UPDATE reglement_arrete SET date_signature = ?, objet = ?, objet_recherche = ?, "
                       "categorie = ?, signataire = ?, date_publication = ?, transmission_requise = ?, "
                       "date_transmission = ?, date_notification = ?, reference = ?, observations = ?, etat = ?, "
                       "date_fin = ?, motif_fin = ?, visas = ?, considerants = ?, articles = ?, version = version + 1, "
                       "updated_at = ")
            + m_dialect.currentTimestamp()
            + QStringLiteral(", updated_by = ? WHERE id = ? AND collectivite_id = ? AND version = ?"),
        {dateValue(a.dateSignature), text(a.objet), text(Core::TextNormalizer::searchKey(a.objet)),
         text(a.categorie), text(a.signataire), dateValue(a.datePublication), a.transmissionRequise,
         dateValue(a.dateTransmission), dateValue(a.dateNotification), text(a.reference), text(a.observations),
         stateCode(a.etat), dateValue(a.dateFin), text(a.motifFin), text(a.visas), text(a.considerants),
         text(a.articles), text(login), a.id, m_communeId,
         expectedVersion});
    if (!q)
        return q.error();
    return q.value().numRowsAffected() == 1;
}

} // namespace OpenMairie::Reglement
