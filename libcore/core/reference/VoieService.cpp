#include "VoieService.h"

#include "StaleRecord.h"

#include "DatabaseManager.h"
#include "FrenchDate.h"
#include "Permissions.h"
#include "Session.h"
#include "Sql.h"
#include "TextNormalizer.h"
#include "Transaction.h"

#include <QCoreApplication>

namespace OpenMairie::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::VoieService)
};

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d) : QVariant(QMetaType::fromType<QDate>());
}

QString notNull(const QString &s)
{
    return s.isNull() ? QString(QStringLiteral("")) : s;
}

QString describe(const QString &code)
{
    return Tr::tr("la voie « %1 »").arg(code);
}

const QString kRangeColumns = QStringLiteral("id, voie_id, numero_debut, numero_fin, cote, version");

VoieRange rangeFrom(const QSqlQuery &q)
{
    VoieRange r;
    r.id = q.value(0).toLongLong();
    r.voieId = q.value(1).toLongLong();
    r.numeroDebut = q.value(2).toInt();
    r.numeroFin = q.value(3).toInt();
    VoieRange::parseSide(q.value(4).toString(), &r.side);
    r.version = q.value(5).toInt();
    return r;
}
} // namespace

const QString VoieService::kPermissionModifier = QStringLiteral("core.voie.modifier");
const QString VoieService::kPermissionImporter = QStringLiteral("core.voie.importer");

VoieService::VoieService(DatabaseManager &database, Session &session, Permissions &permissions)
    : m_database(database), m_session(session), m_permissions(permissions)
{
}

QString VoieService::searchKeyOf(const Voie &voie)
{
    return TextNormalizer::searchKey(voie.displayName());
}

Result<QList<Voie>> VoieService::select(const QString &where, const QVariantList &values) const
{
    QVariantList all{m_session.commune().id};
    all.append(values);
    Result<QSqlQuery> q = Sql::exec(
        m_database.connection(),
        QStringLiteral("SELECT v.id, v.code, t.code, t.libelle, v.libelle, v.complement, v.date_debut_validite, "
                       "v.date_fin_validite, v.version FROM voie v LEFT JOIN voie_type t ON t.id = v.voie_type_id "
                       "WHERE v.collectivite_id = ?%1 ORDER BY v.cle_recherche, v.code")
            .arg(where.isEmpty() ? QString() : QStringLiteral(" AND ") + where),
        all);
    if (!q)
        return q.error();
    QList<Voie> result;
    while (q.value().next()) {
        Voie v;
        v.id = q.value().value(0).toLongLong();
        v.code = q.value().value(1).toString();
        v.typeCode = q.value().value(2).toString();
        v.typeLibelle = q.value().value(3).toString();
        v.libelle = q.value().value(4).toString();
        v.complement = q.value().value(5).toString();
        v.validity.debut = q.value().value(6).toDate();
        v.validity.fin = q.value().value(7).toDate();
        v.version = q.value().value(8).toInt();
        result.append(v);
    }
    return result;
}

static QString voieOffered()
{
    QString condition = Validity::offeredCondition();
    condition.replace(QStringLiteral("date_"), QStringLiteral("v.date_"));
    return condition;
}

Result<QList<Voie>> VoieService::offered(const QDate &date) const
{
    return select(voieOffered(), {date, date});
}

Result<QList<Voie>> VoieService::list(bool includeRetired) const
{
    return includeRetired ? select({}, {}) : offered();
}

Result<Voie> VoieService::findByCode(const QString &code) const
{
    Result<QList<Voie>> r = select(QStringLiteral("v.code = ?"), {code.trimmed().toUpper()});
    if (!r)
        return r.error();
    if (r->isEmpty())
        return Error(Tr::tr("La voie de code « %1 » n'existe pas dans la commune %2. Vérifiez le code (commande "
                            "« voies list »).").arg(code, m_session.commune().nom), {}, Error::Kind::NotFound);
    return r->first();
}

Result<Voie> VoieService::findById(qint64 id) const
{
    Result<QList<Voie>> r = select(QStringLiteral("v.id = ?"), {id});
    if (!r)
        return r.error();
    if (r->isEmpty())
        return Error(Tr::tr("Cette voie n'existe plus dans la commune."), {}, Error::Kind::NotFound);
    return r->first();
}

Result<QList<Voie>> VoieService::search(const QString &text, bool includeRetired, const QDate &date) const
{
    const QString key = TextNormalizer::searchKey(text);
    QString where;
    QVariantList values;
    if (!includeRetired) {
        where = voieOffered();
        values = {date, date};
    }
    if (!key.isEmpty()) {
        where += (where.isEmpty() ? QString() : QStringLiteral(" AND "))
                 + QStringLiteral("(v.cle_recherche LIKE ? ESCAPE '\\' OR v.code = ?)");
        values << QString(u'%' + TextNormalizer::likePrefix(text)) << text.trimmed().toUpper();
    }
    return select(where, values);
}

Result<Voie> VoieService::checked(const Voie &voie, QVariant *typeId) const
{
    // The right first: an agent who may not write learns that before any detail of his input.
    if (Status s = m_permissions.require(kPermissionModifier); !s)
        return s.error();
    Voie v = voie;
    v.code = voie.code.trimmed().toUpper();
    v.libelle = voie.libelle.simplified();
    v.complement = notNull(voie.complement.simplified()); // NOT NULL column: no complement is ""
    v.typeCode = voie.typeCode.trimmed().toUpper();
    if (!m_session.commune().isValid())
        return Error(Tr::tr("Choisissez d'abord une commune."), {}, Error::Kind::InvalidInput);
    if (v.code.isEmpty())
        return Error(Tr::tr("Indiquez le code de la voie."), {}, Error::Kind::InvalidInput);
    if (v.code.size() > 10 || v.code.contains(u' '))
        return Error(Tr::tr("Code de voie « %1 » refusé : 10 caractères au plus, sans espace.").arg(v.code), {},
                     Error::Kind::InvalidInput);
    if (v.libelle.isEmpty())
        return Error(Tr::tr("Indiquez le libellé de la voie « %1 » (par exemple « de la République »).").arg(v.code), {},
                     Error::Kind::InvalidInput);
    if (v.libelle.size() > 150 || v.complement.size() > 150)
        return Error(Tr::tr("Le libellé et le complément de la voie ont 150 caractères au plus."), {},
                     Error::Kind::InvalidInput);
    if (Status s = v.validity.check(describe(v.code)); !s)
        return s.error();
    *typeId = QVariant(QMetaType::fromType<qlonglong>());
    if (!v.typeCode.isEmpty()) {
        Result<QSqlQuery> t = Sql::exec(m_database.connection(),
                                        QStringLiteral("SELECT id, libelle FROM voie_type WHERE code = ?"), {v.typeCode});
        if (!t)
            return t.error();
        if (!t.value().next())
            return Error(Tr::tr("Le type de voie « %1 » n'existe pas. Choisissez-le dans la liste des types (RUE, AV, "
                                "CHE...).").arg(v.typeCode), {}, Error::Kind::InvalidInput);
        *typeId = t.value().value(0);
        v.typeLibelle = t.value().value(1).toString();
    }
    return v;
}

Result<Voie> VoieService::create(const Voie &voie)
{
    QVariant typeId;
    Result<Voie> v = checked(voie, &typeId);
    if (!v)
        return v;
    QSqlDatabase db = m_database.connection();
    Transaction tx(db, m_database.dialect());
    if (!tx.begun())
        return tx.begun().error();
    if (Result<Voie> existing = findByCode(v->code); existing)
        return Error(Tr::tr("Le code « %1 » est déjà celui de la voie « %2 » : choisissez-en un autre.")
                         .arg(v->code, existing->displayName()), {}, Error::Kind::Conflict);
    const QString login = notNull(m_session.user().login);
    Result<QVariant> id = Sql::scalar(
        db, QStringLiteral("INSERT INTO voie (collectivite_id, code, voie_type_id, libelle, complement, cle_recherche, "
                           "date_debut_validite, date_fin_validite, created_by, updated_by) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {m_session.commune().id, v->code, typeId, v->libelle, v->complement, searchKeyOf(v.value()),
         dateOrNull(v->validity.debut), dateOrNull(v->validity.fin), login, login});
    if (!id)
        return id.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return findById(id.value().toLongLong());
}

Result<Voie> VoieService::update(const Voie &voie)
{
    QVariant typeId;
    Result<Voie> v = checked(voie, &typeId);
    if (!v)
        return v;
    QSqlDatabase db = m_database.connection();
    Transaction tx(db, m_database.dialect());
    if (!tx.begun())
        return tx.begun().error();
    if (Result<Voie> other = findByCode(v->code); other && other->id != v->id)
        return Error(Tr::tr("Le code « %1 » est déjà celui de la voie « %2 » : choisissez-en un autre.")
                         .arg(v->code, other->displayName()), {}, Error::Kind::Conflict);
    Result<QSqlQuery> u = Sql::exec(
        db, m_database.dialect().expand(QStringLiteral(
                "UPDATE voie SET code = ?, voie_type_id = ?, libelle = ?, complement = ?, cle_recherche = ?, "
                "date_debut_validite = ?, date_fin_validite = ?, updated_by = ?, updated_at = {{now}}, "
                "version = version + 1 WHERE id = ? AND collectivite_id = ? AND version = ?")),
        {v->code, typeId, v->libelle, v->complement, searchKeyOf(v.value()), dateOrNull(v->validity.debut),
         dateOrNull(v->validity.fin), notNull(m_session.user().login), v->id, m_session.commune().id, v->version});
    if (!u)
        return u.error();
    if (u.value().numRowsAffected() == 0)
        return StaleRecord::error(describe(v->code));
    if (Status s = tx.commit(); !s)
        return s.error();
    return findById(v->id);
}

Status VoieService::retire(qint64 id, int version, const QDate &date)
{
    Result<Voie> v = findById(id);
    if (!v)
        return v.error();
    if (!date.isValid())
        return Error(Tr::tr("Indiquez la date à partir de laquelle la voie n'est plus proposée."), {},
                     Error::Kind::InvalidInput);
    if (v->validity.fin.isValid())
        return Error(Tr::tr("La voie « %1 » est déjà retirée depuis le %2.")
                         .arg(v->displayName(), FrenchDate::format(v->validity.fin)), {}, Error::Kind::InvalidInput);
    Voie retired = v.value();
    retired.version = version;
    retired.validity.fin = date;
    Result<Voie> r = update(retired);
    if (!r)
        return r.error();
    return {};
}

Result<QList<VoieRange>> VoieService::ranges(qint64 voieId) const
{
    Result<QSqlQuery> q = Sql::exec(
        m_database.connection(),
        QStringLiteral("SELECT %1 FROM voie_plage WHERE voie_id = ? AND collectivite_id = ? "
                       "ORDER BY numero_debut, cote").arg(kRangeColumns),
        {voieId, m_session.commune().id});
    if (!q)
        return q.error();
    QList<VoieRange> result;
    while (q.value().next())
        result.append(rangeFrom(q.value()));
    return result;
}

Status VoieService::checkRange(const VoieRange &range) const
{
    if (range.numeroDebut < 0 || range.numeroFin < 0)
        return Error(Tr::tr("Les numéros d'une plage sont positifs (0 pour les adresses sans numéro)."), {},
                     Error::Kind::InvalidInput);
    if (range.numeroFin < range.numeroDebut)
        return Error(Tr::tr("Plage refusée : le numéro de fin (%1) est plus petit que le numéro de début (%2). "
                            "Inversez-les.").arg(range.numeroFin).arg(range.numeroDebut), {}, Error::Kind::InvalidInput);
    Result<Voie> voie = findById(range.voieId);
    if (!voie)
        return voie.error();
    Result<QList<VoieRange>> existing = ranges(range.voieId);
    if (!existing)
        return existing.error();
    for (const VoieRange &other : existing.value()) {
        if (other.id != range.id && other.overlaps(range))
            return Error(Tr::tr("Plage refusée : « %1 » chevauche la plage « %2 » de la voie « %3 ». Un numéro ne peut "
                                "appartenir qu'à une plage ; modifiez les bornes ou le côté.")
                             .arg(range.text(), other.text(), voie->displayName()),
                         {}, Error::Kind::InvalidInput);
    }
    return {};
}

Result<VoieRange> VoieService::addRange(const VoieRange &range)
{
    if (Status s = m_permissions.require(kPermissionModifier); !s)
        return s.error();
    QSqlDatabase db = m_database.connection();
    Transaction tx(db, m_database.dialect());
    if (!tx.begun())
        return tx.begun().error();
    if (Status s = checkRange(range); !s)
        return s.error();
    const QString login = notNull(m_session.user().login);
    Result<QVariant> id = Sql::scalar(
        db, QStringLiteral("INSERT INTO voie_plage (collectivite_id, voie_id, numero_debut, numero_fin, cote, created_by, "
                           "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {m_session.commune().id, range.voieId, range.numeroDebut, range.numeroFin, VoieRange::sideCode(range.side), login,
         login});
    if (!id)
        return id.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    VoieRange r = range;
    r.id = id.value().toLongLong();
    r.version = 1;
    return r;
}

Result<VoieRange> VoieService::updateRange(const VoieRange &range)
{
    if (Status s = m_permissions.require(kPermissionModifier); !s)
        return s.error();
    QSqlDatabase db = m_database.connection();
    Transaction tx(db, m_database.dialect());
    if (!tx.begun())
        return tx.begun().error();
    if (Status s = checkRange(range); !s)
        return s.error();
    Result<QSqlQuery> u = Sql::exec(
        db, m_database.dialect().expand(QStringLiteral(
                "UPDATE voie_plage SET numero_debut = ?, numero_fin = ?, cote = ?, updated_by = ?, updated_at = {{now}}, "
                "version = version + 1 WHERE id = ? AND collectivite_id = ? AND version = ?")),
        {range.numeroDebut, range.numeroFin, VoieRange::sideCode(range.side), notNull(m_session.user().login), range.id,
         m_session.commune().id, range.version});
    if (!u)
        return u.error();
    if (u.value().numRowsAffected() == 0)
        return StaleRecord::error(Tr::tr("la plage « %1 »").arg(range.text()));
    if (Status s = tx.commit(); !s)
        return s.error();
    VoieRange r = range;
    ++r.version;
    return r;
}

Status VoieService::removeRange(qint64 rangeId, int version)
{
    if (Status s = m_permissions.require(kPermissionModifier); !s)
        return s;
    QSqlDatabase db = m_database.connection();
    Transaction tx(db, m_database.dialect());
    if (!tx.begun())
        return tx.begun().error();
    Result<QSqlQuery> d = Sql::exec(db, QStringLiteral("DELETE FROM voie_plage WHERE id = ? AND collectivite_id = ? AND "
                                                       "version = ?"),
                                    {rangeId, m_session.commune().id, version});
    if (!d)
        return d.error();
    if (d.value().numRowsAffected() == 0)
        return StaleRecord::error(Tr::tr("cette plage"));
    return tx.commit();
}

} // namespace OpenMairie::Core
