#include "ConcessionService.h"

#include "CimetiereAccess.h"
#include "Money.h"
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

const QString ConcessionService::kPermissionConsulter = QStringLiteral("cimetiere.emplacement.consulter");
const QString ConcessionService::kPermissionGerer = QStringLiteral("cimetiere.concession.gerer");
const QString ConcessionService::kPermissionRetroceder = QStringLiteral("cimetiere.concession.retroceder");
const QString ConcessionService::kPermissionTarif = QStringLiteral("cimetiere.tarif.gerer");

namespace {
const QString kColumns = QStringLiteral(
    "id, emplacement_id, numero_titre, origine, precedente_id, duree_categorie, duree_annees, date_debut, date_fin, "
    "type_beneficiaires, tarif_id, montant_centimes, credit_centimes, calcul, reference_paiement, etat, date_etat, "
    "remboursement_centimes, observations, version, updated_by, updated_at");

Error invalid(const QString &message)
{
    return Error(message, {}, Error::Kind::InvalidInput);
}

QString dmy(const QDate &d)
{
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

QString etatText(const QString &etat)
{
    if (etat == u"renouvelee")
        return Tr::tr("renouvelée");
    if (etat == u"convertie")
        return Tr::tr("convertie");
    if (etat == u"retrocedee")
        return Tr::tr("rétrocédée");
    if (etat == u"terminee")
        return Tr::tr("terminée");
    return Tr::tr("active");
}

Concession readRow(const QSqlQuery &q)
{
    Concession c;
    c.id = q.value(0).toLongLong();
    c.emplacementId = q.value(1).toLongLong();
    c.numeroTitre = q.value(2).toString();
    c.origine = q.value(3).toString();
    c.precedenteId = q.value(4).toLongLong();
    const auto category =
        ConcessionDuration::categoryFromCode(q.value(5).toString()).value_or(DurationCategory::Trentenaire);
    c.duree.category = category;
    c.duree.years = q.value(6).toInt();
    c.dateDebut = readDate(q.value(7));
    c.dateFin = readDate(q.value(8));
    c.typeBeneficiaires = q.value(9).toString();
    c.tarifId = q.value(10).toLongLong();
    c.montantCentimes = q.value(11).toLongLong();
    c.creditCentimes = q.value(12).toLongLong();
    c.calcul = q.value(13).toString();
    c.referencePaiement = q.value(14).toString();
    c.etat = q.value(15).toString();
    c.dateEtat = readDate(q.value(16));
    c.remboursementCentimes = q.value(17).toLongLong();
    c.observations = q.value(18).toString();
    c.version = q.value(19).toInt();
    c.updatedBy = q.value(20).toString();
    c.updatedAt = q.value(21);
    return c;
}

Person normalized(Person p)
{
    p.nom = p.nom.simplified();
    p.nomUsage = p.nomUsage.simplified();
    p.prenoms = p.prenoms.simplified();
    p.adresse = p.adresse.simplified();
    p.codePostal = p.codePostal.trimmed();
    p.ville = p.ville.simplified();
    p.telephone = p.telephone.trimmed();
    p.parente = p.parente.simplified();
    return p;
}
} // namespace

QString Person::displayName() const
{
    QString n = nom;
    if (!nomUsage.isEmpty() && nomUsage != nom)
        n += Tr::tr(" (%1)").arg(nomUsage);
    if (!prenoms.isEmpty())
        n += u' ' + prenoms;
    return n;
}

ConcessionService::ConcessionService(CimetiereAccess &access) : m_access(access) {}

Error ConcessionService::conflict(const Concession &current) const
{
    return Core::VersionConflict::error(Tr::tr("La concession n° %1").arg(current.numeroTitre), current.updatedBy,
                                        current.updatedAt);
}

Result<Concession> ConcessionService::read(const QSqlDatabase &db, qint64 id, bool lock) const
{
    QString sql = QStringLiteral("SELECT ") + kColumns
                  + QStringLiteral(" FROM cimetiere_concession WHERE id = ? AND collectivite_id = ?");
    if (lock && m_access.dialect().isPostgres())
        sql += QStringLiteral(" FOR UPDATE");
    Result<QSqlQuery> q = Sql::exec(db, sql, {id, m_access.communeId()});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error(Tr::tr("Cette concession n'existe pas (ou plus) dans la commune."), {}, Error::Kind::NotFound);
    Concession c = readRow(q.value());
    Result<QList<Person>> people = persons(db, c.id);
    if (!people)
        return people.error();
    c.personnes = people.value();
    return c;
}

Result<Concession> ConcessionService::lockActive(const QSqlDatabase &db, qint64 id, int expectedVersion) const
{
    Result<Concession> c = read(db, id, true);
    if (!c)
        return c.error();
    if (c.value().version != expectedVersion)
        return conflict(c.value());
    if (c.value().etat != u"active")
        return Error(Tr::tr("La concession n° %1 est %2 depuis le %3 : seule une concession active peut être "
                            "renouvelée, convertie ou rétrocédée.")
                         .arg(c.value().numeroTitre, etatText(c.value().etat), dmy(c.value().dateEtat)),
                     {}, Error::Kind::InvalidInput);
    return c;
}

Result<QList<Person>> ConcessionService::persons(const QSqlDatabase &db, qint64 concessionId) const
{
    Result<QSqlQuery> q = Sql::exec(
        db,
        QStringLiteral("SELECT id, role, civilite, nom, nom_usage, prenoms, date_naissance, adresse, code_postal, "
                       "ville, telephone, decede, parente FROM cimetiere_personne WHERE concession_id = ? ORDER BY id"),
        {concessionId});
    if (!q)
        return q.error();
    QList<Person> list;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        Person p;
        p.id = r.value(0).toLongLong();
        p.role = r.value(1).toString();
        p.civilite = r.value(2).toString();
        p.nom = r.value(3).toString();
        p.nomUsage = r.value(4).toString();
        p.prenoms = r.value(5).toString();
        p.dateNaissance = readDate(r.value(6));
        p.adresse = r.value(7).toString();
        p.codePostal = r.value(8).toString();
        p.ville = r.value(9).toString();
        p.telephone = r.value(10).toString();
        p.decede = r.value(11).toBool();
        p.parente = r.value(12).toString();
        list.append(p);
    }
    return list;
}

Status ConcessionService::checkTitleNumber(const QSqlDatabase &db, const QString &numero) const
{
    if (numero.isEmpty())
        return invalid(Tr::tr("Indiquez le numéro du titre de concession."));
    Result<QVariant> used = Sql::scalar(
        db, QStringLiteral("SELECT count(*) FROM cimetiere_concession WHERE collectivite_id = ? AND numero_titre = ?"),
        {m_access.communeId(), numero});
    if (!used)
        return used.error();
    if (used.value().toInt() > 0)
        return Error(Tr::tr("Le numéro de titre %1 est déjà attribué dans la commune : chaque titre de concession a "
                            "un numéro unique.").arg(numero),
                     {}, Error::Kind::Conflict);
    return {};
}

Status ConcessionService::checkPersons(const QString &type, const QList<Person> &people) const
{
    static const QStringList types{QStringLiteral("individuelle"), QStringLiteral("collective"),
                                   QStringLiteral("familiale")};
    if (!types.contains(type))
        return invalid(Tr::tr("Le type de bénéficiaires « %1 » est inconnu : individuelle, collective ou familiale.")
                           .arg(type));
    int holders = 0;
    int named = 0;
    for (const Person &p : people) {
        static const QStringList roles{QStringLiteral("concessionnaire"), QStringLiteral("ayant_droit"),
                                       QStringLiteral("beneficiaire"), QStringLiteral("exclu")};
        if (!roles.contains(p.role))
            return invalid(Tr::tr("Le rôle « %1 » est inconnu : concessionnaire, ayant_droit, beneficiaire ou exclu.")
                               .arg(p.role));
        if (p.nom.simplified().isEmpty())
            return invalid(Tr::tr("Indiquez le nom de chaque personne du titre."));
        if (p.role == u"concessionnaire")
            ++holders;
        if (p.role == u"beneficiaire")
            ++named;
        if (p.role == u"exclu" && type != u"familiale")
            return invalid(Tr::tr("Seule une concession familiale peut exclure nommément des personnes."));
    }
    if (holders == 0)
        return invalid(Tr::tr("Indiquez au moins un concessionnaire (nom et adresse) : c'est lui qui signe le titre."));
    if (type == u"collective" && named == 0)
        return invalid(Tr::tr("Une concession collective désigne nommément ses bénéficiaires : ajoutez-les au titre."));
    if (type == u"individuelle" && holders > 1)
        return invalid(Tr::tr("Une concession individuelle n'a qu'un concessionnaire, qui y sera seul inhumé : "
                              "choisissez une concession collective ou familiale."));
    return {};
}

Result<std::optional<Tariff>> ConcessionService::tariffOn(const QSqlDatabase &db, qint64 cimetiereId, PlotKind nature,
                                                          const ConcessionDuration &duree, const QDate &on) const
{
    Result<QSqlQuery> q = Sql::exec(
        db,
        QStringLiteral("SELECT id, montant_centimes, deliberation, date_debut_validite, date_fin_validite FROM "
                       "cimetiere_tarif WHERE collectivite_id = ? AND cimetiere_id = ? AND nature = ? AND "
                       "duree_categorie = ? AND COALESCE(duree_annees, 0) = ? AND date_debut_validite <= ? AND "
                       "(date_fin_validite IS NULL OR date_fin_validite > ?) ORDER BY date_debut_validite DESC"),
        {m_access.communeId(), cimetiereId, PlotKinds::code(nature), ConcessionDuration::code(duree.category),
         duree.years, on, on});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Tariff>();
    Tariff t;
    t.id = q.value().value(0).toLongLong();
    t.cimetiereId = cimetiereId;
    t.nature = nature;
    t.duree = duree;
    t.montantCentimes = q.value().value(1).toLongLong();
    t.deliberation = q.value().value(2).toString();
    t.debut = readDate(q.value().value(3));
    t.fin = readDate(q.value().value(4));
    return std::optional<Tariff>(t);
}

Result<Tariff> ConcessionService::requireTariff(const QSqlDatabase &db, qint64 plotId,
                                                const ConcessionDuration &duree, const QDate &on) const
{
    Result<QSqlQuery> q = Sql::exec(
        db,
        QStringLiteral("SELECT e.cimetiere_id, e.nature, c.nom FROM cimetiere_emplacement e JOIN cimetiere_cimetiere c "
                       "ON c.id = e.cimetiere_id WHERE e.id = ?"),
        {plotId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error(Tr::tr("Cet emplacement n'existe pas (ou plus) dans la commune."), {}, Error::Kind::NotFound);
    const qint64 cimetiereId = q.value().value(0).toLongLong();
    const PlotKind nature = PlotKinds::fromCode(q.value().value(1).toString()).value_or(PlotKind::Concession);
    Result<std::optional<Tariff>> t = tariffOn(db, cimetiereId, nature, duree, on);
    if (!t)
        return t.error();
    if (!t.value())
        return Error(Tr::tr("Aucun tarif n'est en vigueur le %1 pour une concession %2 (%3) au cimetière %4 : "
                            "saisissez le tarif voté par le conseil municipal dans les tarifs.")
                         .arg(dmy(on), duree.text(), PlotKinds::label(nature).toLower(),
                              q.value().value(2).toString()),
                     {}, Error::Kind::NotFound);
    return *t.value();
}

Result<Tariff> ConcessionService::addTariff(const Tariff &input)
{
    Result<QSqlDatabase> db = m_access.open(kPermissionTarif);
    if (!db)
        return db.error();
    Tariff t = input;
    if (t.montantCentimes < 0)
        return invalid(Tr::tr("Le montant d'un tarif ne peut pas être négatif."));
    if (!t.debut.isValid())
        return invalid(Tr::tr("Indiquez la date à partir de laquelle le tarif s'applique (date de la délibération "
                              "ou date qu'elle fixe)."));
    if (t.fin.isValid() && t.fin <= t.debut)
        return invalid(Tr::tr("La fin de validité du tarif (%1) doit suivre son début (%2).").arg(dmy(t.fin),
                                                                                                  dmy(t.debut)));
    Core::Transaction tx(db.value(), m_access.dialect());
    if (!tx.begun())
        return tx.begun().error();
    // Two tariffs for the same concession on the same day would make the price ambiguous.
    QString overlapSql = QStringLiteral(
        "SELECT min(date_debut_validite) FROM cimetiere_tarif WHERE collectivite_id = ? AND cimetiere_id = ? AND "
        "nature = ? AND duree_categorie = ? AND COALESCE(duree_annees, 0) = ? AND (date_fin_validite IS NULL OR "
        "date_fin_validite > ?)");
    QVariantList overlapValues{m_access.communeId(), t.cimetiereId, PlotKinds::code(t.nature),
                               ConcessionDuration::code(t.duree.category), t.duree.years, t.debut};
    if (t.fin.isValid()) {
        overlapSql += QStringLiteral(" AND date_debut_validite < ?");
        overlapValues.append(t.fin);
    }
    Result<QVariant> overlap = Sql::scalar(db.value(), overlapSql, overlapValues);
    if (!overlap)
        return overlap.error();
    if (overlap.value().isValid() && !overlap.value().isNull())
        return Error(Tr::tr("Un tarif pour une concession %1 (%2) est déjà en vigueur depuis le %3 sur cette période : "
                            "fermez-le d'abord en lui donnant une fin de validité.")
                         .arg(t.duree.text(), PlotKinds::label(t.nature).toLower(), dmy(readDate(overlap.value()))),
                     {}, Error::Kind::Conflict);
    Result<QVariant> id = Sql::scalar(
        db.value(),
        QStringLiteral("INSERT INTO cimetiere_tarif (collectivite_id, cimetiere_id, nature, duree_categorie, "
                       "duree_annees, montant_centimes, deliberation, date_debut_validite, date_fin_validite, "
                       "created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {m_access.communeId(), t.cimetiereId, PlotKinds::code(t.nature), ConcessionDuration::code(t.duree.category),
         t.duree.years, t.montantCentimes, text(t.deliberation.trimmed()), t.debut, date(t.fin), m_access.login(),
         m_access.login()});
    if (!id)
        return id.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    t.id = id.value().toLongLong();
    return t;
}

Result<Tariff> ConcessionService::currentTariff(qint64 cimetiereId, PlotKind nature, const ConcessionDuration &duree,
                                                const QDate &on)
{
    Result<QSqlDatabase> db = m_access.open(kPermissionConsulter);
    if (!db)
        return db.error();
    Result<std::optional<Tariff>> t = tariffOn(db.value(), cimetiereId, nature, duree, on);
    if (!t)
        return t.error();
    if (!t.value())
        return Error(Tr::tr("Aucun tarif n'est en vigueur le %1 pour une concession %2 : saisissez le tarif voté par "
                            "le conseil municipal.").arg(dmy(on), duree.text()),
                     {}, Error::Kind::NotFound);
    return *t.value();
}

Result<qint64> ConcessionService::insert(const QSqlDatabase &db, const Concession &c) const
{
    Result<QVariant> id = Sql::scalar(
        db,
        QStringLiteral("INSERT INTO cimetiere_concession (collectivite_id, emplacement_id, numero_titre, origine, "
                       "precedente_id, duree_categorie, duree_annees, date_debut, date_fin, type_beneficiaires, "
                       "tarif_id, montant_centimes, credit_centimes, calcul, reference_paiement, observations, "
                       "created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "RETURNING id"),
        {m_access.communeId(), c.emplacementId, c.numeroTitre, c.origine, optionalId(c.precedenteId),
         ConcessionDuration::code(c.duree.category), c.duree.isPerpetual() ? QVariant(QMetaType(QMetaType::Int))
                                                                           : QVariant(c.duree.years),
         c.dateDebut, date(c.dateFin), c.typeBeneficiaires, optionalId(c.tarifId), c.montantCentimes,
         c.creditCentimes, text(c.calcul), text(c.referencePaiement), text(c.observations), m_access.login(),
         m_access.login()});
    if (!id) {
        if (id.error().kind() == Error::Kind::Conflict)
            return Error(Tr::tr("Le numéro de titre %1 est déjà attribué dans la commune : chaque titre de concession "
                                "a un numéro unique.").arg(c.numeroTitre),
                         id.error().detail(), Error::Kind::Conflict);
        return id.error();
    }
    return id.value().toLongLong();
}

Status ConcessionService::insertPersons(const QSqlDatabase &db, qint64 concessionId, const QList<Person> &people) const
{
    for (const Person &input : people) {
        const Person p = normalized(input);
        Result<QSqlQuery> q = Sql::exec(
            db,
            QStringLiteral("INSERT INTO cimetiere_personne (collectivite_id, concession_id, role, civilite, nom, "
                           "nom_usage, prenoms, nom_recherche, date_naissance, adresse, code_postal, ville, telephone, "
                           "decede, parente, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                           "?, ?, ?)"),
            {m_access.communeId(), concessionId, p.role, text(p.civilite), p.nom, text(p.nomUsage), text(p.prenoms),
             Core::TextNormalizer::searchKey(p.nom + u' ' + p.nomUsage + u' ' + p.prenoms), date(p.dateNaissance),
             text(p.adresse), text(p.codePostal), text(p.ville), text(p.telephone), p.decede, text(p.parente),
             m_access.login(), m_access.login()});
        if (!q)
            return q.error();
    }
    return {};
}

Result<bool> ConcessionService::close(const QSqlDatabase &db, const Concession &c, const QString &etat,
                                      qint64 refundCents, const QString &calcul) const
{
    // The title keeps its own computation unless closing it computes one (rétrocession).
    QVariantList values{etat, m_access.today(), refundCents};
    QString sql = QStringLiteral("UPDATE cimetiere_concession SET etat = ?, date_etat = ?, remboursement_centimes = ?");
    if (!calcul.isEmpty()) {
        sql += QStringLiteral(", calcul = ?");
        values.append(calcul);
    }
    sql += QStringLiteral(", version = version + 1, updated_at = ") + m_access.dialect().currentTimestamp()
           + QStringLiteral(", updated_by = ? WHERE id = ? AND collectivite_id = ? AND version = ?");
    values << m_access.login() << c.id << m_access.communeId() << c.version;
    Result<QSqlQuery> q = Sql::exec(db, sql, values);
    if (!q)
        return q.error();
    return q.value().numRowsAffected() == 1;
}

Result<Concession> ConcessionService::grant(const GrantRequest &request)
{
    Result<QSqlDatabase> db = m_access.open(kPermissionGerer);
    if (!db)
        return db.error();
    const QString numero = request.numeroTitre.trimmed();
    if (!request.dateDebut.isValid())
        return invalid(Tr::tr("Indiquez la date de début de la concession."));
    if (!request.historique) {
        if (Status s = request.duree.checkGrantable(); !s)
            return s.error();
        if (request.dateDebut > m_access.today().addYears(1))
            return invalid(Tr::tr("La date de début (%1) est à plus d'un an : vérifiez-la.").arg(dmy(request.dateDebut)));
    }
    if (Status s = checkPersons(request.typeBeneficiaires, request.personnes); !s)
        return s.error();

    Core::Transaction tx(db.value(), m_access.dialect());
    if (!tx.begun())
        return tx.begun().error();
    Result<QSqlQuery> plot = Sql::exec(
        db.value(),
        QStringLiteral("SELECT nature, statut, numero FROM cimetiere_emplacement WHERE id = ? AND collectivite_id = ?")
            + (m_access.dialect().isPostgres() ? QStringLiteral(" FOR UPDATE") : QString()),
        {request.emplacementId, m_access.communeId()});
    if (!plot)
        return plot.error();
    if (!plot.value().next())
        return Error(Tr::tr("Cet emplacement n'existe pas (ou plus) dans la commune."), {}, Error::Kind::NotFound);
    const PlotKind nature = PlotKinds::fromCode(plot.value().value(0).toString()).value_or(PlotKind::Concession);
    const QString statut = plot.value().value(1).toString();
    if (!PlotKinds::isConcedable(nature))
        return invalid(Tr::tr("Un emplacement « %1 » ne se concède pas : choisissez un terrain, une case de "
                              "columbarium, une cavurne ou un enfeu.").arg(PlotKinds::label(nature)));
    if (statut == u"bloque" || statut == u"en_procedure")
        return invalid(Tr::tr("Cet emplacement est %1 : débloquez-le avant de le concéder.")
                           .arg(PlotStatuses::label(PlotStatuses::fromCode(statut).value_or(PlotStatus::Bloque))
                                    .toLower()));
    Result<QVariant> active = Sql::scalar(
        db.value(),
        QStringLiteral("SELECT numero_titre FROM cimetiere_concession WHERE emplacement_id = ? AND etat = 'active'"),
        {request.emplacementId});
    if (!active)
        return active.error();
    if (active.value().isValid() && !active.value().isNull())
        return Error(Tr::tr("Cet emplacement est déjà concédé (titre n° %1) : renouvelez ou convertissez ce titre, "
                            "ou choisissez un emplacement libre.").arg(active.value().toString()),
                     {}, Error::Kind::Conflict);
    if (Status s = checkTitleNumber(db.value(), numero); !s)
        return s.error();

    Concession c;
    c.emplacementId = request.emplacementId;
    c.numeroTitre = numero;
    c.origine = request.historique ? QStringLiteral("reprise_donnees") : QStringLiteral("attribution");
    c.duree = request.duree;
    c.dateDebut = request.dateDebut;
    c.dateFin = request.duree.endDate(request.dateDebut);
    c.typeBeneficiaires = request.typeBeneficiaires;
    c.referencePaiement = request.referencePaiement.trimmed();
    c.observations = request.observations.trimmed();
    if (request.historique) {
        c.montantCentimes = request.montantHistoriqueCentimes;
    } else {
        Result<Tariff> tariff = requireTariff(db.value(), request.emplacementId, request.duree, request.dateDebut);
        if (!tariff)
            return tariff.error();
        c.tarifId = tariff.value().id;
        c.montantCentimes = tariff.value().montantCentimes;
    }
    Result<qint64> id = insert(db.value(), c);
    if (!id)
        return id.error();
    if (Status s = insertPersons(db.value(), id.value(), request.personnes); !s)
        return s.error();
    if (Status s = PlotContents::refresh(db.value(), m_access.dialect().currentTimestamp(), c.emplacementId,
                                         m_access.weights(), m_access.login());
        !s)
        return s.error();
    // The family name shown on the plan: the first holder's, unless the plot already has one.
    const QString famille = request.personnes.isEmpty() ? QString() : request.personnes.first().nom.simplified();
    if (Result<QSqlQuery> f = Sql::exec(db.value(),
                                        QStringLiteral("UPDATE cimetiere_emplacement SET famille = ?, famille_recherche "
                                                       "= ? WHERE id = ? AND famille = ''"),
                                        {text(famille), text(Core::TextNormalizer::searchKey(famille)),
                                         c.emplacementId});
        !f)
        return f.error();
    Result<Concession> created = read(db.value(), id.value());
    if (!created)
        return created.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return created;
}

Result<Concession> ConcessionService::renew(qint64 id, int expectedVersion, const NewTitleRequest &request)
{
    Result<QSqlDatabase> db = m_access.open(kPermissionGerer);
    if (!db)
        return db.error();
    Core::Transaction tx(db.value(), m_access.dialect());
    if (!tx.begun())
        return tx.begun().error();
    Result<Concession> previous = lockActive(db.value(), id, expectedVersion);
    if (!previous)
        return previous.error();
    const Concession &old = previous.value();
    const RenewalWindow window{m_access.renewalMonthsBeforeExpiry()};
    if (Status s = window.check(old.duree, old.dateFin, m_access.today()); !s)
        return s.error();
    if (Status s = request.duree.checkGrantable(); !s)
        return s.error();
    if (Status s = checkTitleNumber(db.value(), request.numeroTitre.trimmed()); !s)
        return s.error();
    // L2223-15: "au prix du moment du renouvellement".
    Result<Tariff> tariff = requireTariff(db.value(), old.emplacementId, request.duree, m_access.today());
    if (!tariff)
        return tariff.error();

    Concession c;
    c.emplacementId = old.emplacementId;
    c.numeroTitre = request.numeroTitre.trimmed();
    c.origine = QStringLiteral("renouvellement");
    c.precedenteId = old.id;
    c.duree = request.duree;
    c.dateDebut = RenewalWindow::newStart(old.dateFin);
    c.dateFin = request.duree.endDate(c.dateDebut);
    c.typeBeneficiaires = old.typeBeneficiaires;
    c.tarifId = tariff.value().id;
    c.montantCentimes = tariff.value().montantCentimes;
    c.referencePaiement = request.referencePaiement.trimmed();
    c.calcul = Tr::tr("Renouvellement du titre n° %1 au tarif du %2 (%3) : nouvelle période du %4 au %5.")
                   .arg(old.numeroTitre, dmy(m_access.today()), Money::format(c.montantCentimes), dmy(c.dateDebut),
                        c.dateFin.isValid() ? dmy(c.dateFin) : Tr::tr("perpétuité"));
    Result<bool> closed = close(db.value(), old, QStringLiteral("renouvelee"));
    if (!closed)
        return closed.error();
    if (!closed.value())
        return conflict(old);
    Result<qint64> newId = insert(db.value(), c);
    if (!newId)
        return newId.error();
    if (Status s = insertPersons(db.value(), newId.value(), old.personnes); !s)
        return s.error();
    Result<Concession> created = read(db.value(), newId.value());
    if (!created)
        return created.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return created;
}

Result<ConversionCredit> ConcessionService::conversionQuote(qint64 id, const ConcessionDuration &to)
{
    Result<QSqlDatabase> db = m_access.open(kPermissionConsulter);
    if (!db)
        return db.error();
    Result<Concession> c = read(db.value(), id);
    if (!c)
        return c.error();
    if (c.value().etat != u"active")
        return Error(Tr::tr("La concession n° %1 est %2 : seule une concession active peut être convertie.")
                         .arg(c.value().numeroTitre, etatText(c.value().etat)),
                     {}, Error::Kind::InvalidInput);
    if (Status s = to.checkGrantable(); !s)
        return s.error();
    if (c.value().duree.isPerpetual() || !to.isLongerThan(c.value().duree) || m_access.today() >= c.value().dateFin)
        return ConversionCredit::compute(c.value().duree, c.value().dateDebut, c.value().dateFin, to, 0, 0,
                                         m_access.today());
    Result<Tariff> newTariff = requireTariff(db.value(), c.value().emplacementId, to, m_access.today());
    if (!newTariff)
        return newTariff.error();
    // The value of the remaining time at today's tariff for the old duration; if that duration is
    // no longer offered, at the price paid for it.
    Result<QSqlQuery> plot = Sql::exec(db.value(),
                                       QStringLiteral("SELECT cimetiere_id, nature FROM cimetiere_emplacement WHERE id = ?"),
                                       {c.value().emplacementId});
    if (!plot)
        return plot.error();
    qint64 oldTariff = c.value().montantCentimes;
    if (plot.value().next()) {
        Result<std::optional<Tariff>> t = tariffOn(
            db.value(), plot.value().value(0).toLongLong(),
            PlotKinds::fromCode(plot.value().value(1).toString()).value_or(PlotKind::Concession), c.value().duree,
            m_access.today());
        if (!t)
            return t.error();
        if (t.value())
            oldTariff = t.value()->montantCentimes;
    }
    Result<ConversionCredit> credit = ConversionCredit::compute(c.value().duree, c.value().dateDebut,
                                                                c.value().dateFin, to, oldTariff,
                                                                newTariff.value().montantCentimes, m_access.today());
    return credit;
}

Result<Concession> ConcessionService::convert(qint64 id, int expectedVersion, const NewTitleRequest &request)
{
    Result<ConversionCredit> quote = conversionQuote(id, request.duree);
    if (!quote)
        return quote.error();
    Result<QSqlDatabase> db = m_access.open(kPermissionGerer);
    if (!db)
        return db.error();
    Core::Transaction tx(db.value(), m_access.dialect());
    if (!tx.begun())
        return tx.begun().error();
    Result<Concession> previous = lockActive(db.value(), id, expectedVersion);
    if (!previous)
        return previous.error();
    const Concession &old = previous.value();
    if (Status s = checkTitleNumber(db.value(), request.numeroTitre.trimmed()); !s)
        return s.error();
    Result<Tariff> tariff = requireTariff(db.value(), old.emplacementId, request.duree, m_access.today());
    if (!tariff)
        return tariff.error();

    Concession c;
    c.emplacementId = old.emplacementId;
    c.numeroTitre = request.numeroTitre.trimmed();
    c.origine = QStringLiteral("conversion");
    c.precedenteId = old.id;
    c.duree = request.duree;
    c.dateDebut = m_access.today();
    c.dateFin = request.duree.endDate(c.dateDebut);
    c.typeBeneficiaires = old.typeBeneficiaires;
    c.tarifId = tariff.value().id;
    c.montantCentimes = quote.value().priceCents;
    c.creditCentimes = quote.value().creditCents;
    c.calcul = quote.value().computation;
    c.referencePaiement = request.referencePaiement.trimmed();
    Result<bool> closed = close(db.value(), old, QStringLiteral("convertie"));
    if (!closed)
        return closed.error();
    if (!closed.value())
        return conflict(old);
    Result<qint64> newId = insert(db.value(), c);
    if (!newId)
        return newId.error();
    if (Status s = insertPersons(db.value(), newId.value(), old.personnes); !s)
        return s.error();
    Result<Concession> created = read(db.value(), newId.value());
    if (!created)
        return created.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return created;
}

Result<Concession> ConcessionService::retrocede(qint64 id, int expectedVersion)
{
    Result<QSqlDatabase> db = m_access.open(kPermissionRetroceder);
    if (!db)
        return db.error();
    Core::Transaction tx(db.value(), m_access.dialect());
    if (!tx.begun())
        return tx.begun().error();
    Result<Concession> current = lockActive(db.value(), id, expectedVersion);
    if (!current)
        return current.error();
    const Concession &c = current.value();
    Result<QList<BodyKind>> held = PlotContents::bodies(db.value(), c.emplacementId);
    if (!held)
        return held.error();
    if (!held.value().isEmpty())
        return invalid(Tr::tr("La concession n° %1 contient %n défunt(s) : seule une concession vide peut être "
                              "rétrocédée à la commune.", nullptr, static_cast<int>(held.value().size()))
                           .arg(c.numeroTitre));
    Result<QVariant> pending = Sql::scalar(
        db.value(),
        QStringLiteral("SELECT min(numero) FROM cimetiere_operation WHERE etat = 'en_cours' AND (emplacement_id = ? "
                       "OR destination_id = ?)"),
        {c.emplacementId, c.emplacementId});
    if (!pending)
        return pending.error();
    if (pending.value().isValid() && !pending.value().isNull())
        return invalid(Tr::tr("L'opération %1 est en cours sur cet emplacement : validez-la ou annulez-la avant la "
                              "rétrocession.").arg(pending.value().toString()));
    const RetrocessionRefund refund =
        RetrocessionRefund::compute(c.duree, c.dateDebut, c.dateFin, c.montantCentimes, m_access.today());
    Result<bool> closed = close(db.value(), c, QStringLiteral("retrocedee"), refund.refundCents, refund.computation);
    if (!closed)
        return closed.error();
    if (!closed.value())
        return conflict(c);
    if (Status s = PlotContents::refresh(db.value(), m_access.dialect().currentTimestamp(), c.emplacementId,
                                         m_access.weights(), m_access.login());
        !s)
        return s.error();
    Result<QSqlQuery> f = Sql::exec(
        db.value(), QStringLiteral("UPDATE cimetiere_emplacement SET famille = '', famille_recherche = '' WHERE id = ?"),
        {c.emplacementId});
    if (!f)
        return f.error();
    Result<Concession> changed = read(db.value(), id);
    if (!changed)
        return changed.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return changed;
}

Result<qint64> ConcessionService::addPerson(qint64 concessionId, const Person &person)
{
    Result<QSqlDatabase> db = m_access.open(kPermissionGerer);
    if (!db)
        return db.error();
    Core::Transaction tx(db.value(), m_access.dialect());
    if (!tx.begun())
        return tx.begun().error();
    Result<Concession> c = read(db.value(), concessionId);
    if (!c)
        return c.error();
    QList<Person> after = c.value().personnes;
    after.append(person);
    if (Status s = checkPersons(c.value().typeBeneficiaires, after); !s)
        return s.error();
    if (Status s = insertPersons(db.value(), concessionId, {person}); !s)
        return s.error();
    Result<QVariant> id = Sql::scalar(db.value(),
                                      QStringLiteral("SELECT max(id) FROM cimetiere_personne WHERE concession_id = ?"),
                                      {concessionId});
    if (!id)
        return id.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id.value().toLongLong();
}

Result<Concession> ConcessionService::get(qint64 id)
{
    Result<QSqlDatabase> db = m_access.open(kPermissionConsulter);
    if (!db)
        return db.error();
    return read(db.value(), id);
}

Result<std::optional<Concession>> ConcessionService::activeForPlot(qint64 emplacementId)
{
    Result<QSqlDatabase> db = m_access.open(kPermissionConsulter);
    if (!db)
        return db.error();
    Result<QVariant> id = Sql::scalar(
        db.value(),
        QStringLiteral("SELECT id FROM cimetiere_concession WHERE emplacement_id = ? AND etat = 'active' AND "
                       "collectivite_id = ?"),
        {emplacementId, m_access.communeId()});
    if (!id)
        return id.error();
    if (!id.value().isValid() || id.value().isNull())
        return std::optional<Concession>();
    Result<Concession> c = read(db.value(), id.value().toLongLong());
    if (!c)
        return c.error();
    return std::optional<Concession>(c.value());
}

Result<QList<Expiry>> ConcessionService::expiring(const QDate &before)
{
    Result<QSqlDatabase> db = m_access.open(kPermissionConsulter);
    if (!db)
        return db.error();
    Result<QSqlQuery> q = Sql::exec(
        db.value(),
        QStringLiteral("SELECT k.id, k.emplacement_id, k.numero_titre, c.nom, z.libelle, a.libelle, e.numero, "
                       "e.complement, k.duree_categorie, k.duree_annees, k.date_fin, "
                       "(SELECT min(p.nom || CASE WHEN p.prenoms = '' THEN '' ELSE ' ' || p.prenoms END) FROM "
                       "cimetiere_personne p WHERE p.concession_id = k.id AND p.role = 'concessionnaire') "
                       "FROM cimetiere_concession k JOIN cimetiere_emplacement e ON e.id = k.emplacement_id "
                       "JOIN cimetiere_allee a ON a.id = e.allee_id JOIN cimetiere_zone z ON z.id = a.zone_id "
                       "JOIN cimetiere_cimetiere c ON c.id = e.cimetiere_id WHERE k.collectivite_id = ? AND "
                       "k.etat = 'active' AND k.date_fin IS NOT NULL AND k.date_fin < ? ORDER BY k.date_fin, "
                       "k.numero_titre"),
        {m_access.communeId(), before});
    if (!q)
        return q.error();
    QList<Expiry> list;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        Expiry x;
        x.concessionId = r.value(0).toLongLong();
        x.emplacementId = r.value(1).toLongLong();
        x.numeroTitre = r.value(2).toString();
        x.cimetiere = r.value(3).toString();
        Plot p;
        p.zone = r.value(4).toString();
        p.allee = r.value(5).toString();
        p.numero = r.value(6).toInt();
        p.complement = r.value(7).toString();
        x.emplacement = p.location();
        ConcessionDuration d;
        d.category = ConcessionDuration::categoryFromCode(r.value(8).toString()).value_or(DurationCategory::Trentenaire);
        d.years = r.value(9).toInt();
        x.duree = d.text();
        x.dateFin = readDate(r.value(10));
        x.renouvelableJusquAu = RenewalWindow::closesOn(x.dateFin);
        x.concessionnaire = r.value(11).toString();
        list.append(x);
    }
    return list;
}

} // namespace OpenMairie::Cimetiere
