#include "OperationService.h"

#include "CimetiereAccess.h"
#include "Deceased.h"
#include "DeceasedService.h"
#include "PlotContents.h"
#include "PlotKind.h"
#include "SqlValue.h"
#include "Tr.h"

#include "Sql.h"
#include "Transaction.h"
#include "VersionConflict.h"

#include <QLocale>
#include <QRegularExpression>

namespace OpenMairie::Cimetiere {

using Core::Error;
using Core::Result;
using Core::Sql;
using Core::Status;
using namespace Core::SqlValue;

const QString OperationService::kPermissionConsulter = QStringLiteral("cimetiere.emplacement.consulter");
const QString OperationService::kPermissionGerer = QStringLiteral("cimetiere.operation.gerer");
const QString OperationService::kPermissionValider = QStringLiteral("cimetiere.operation.valider");

struct OperationService::PlotInfo
{
    qint64 id = 0;
    PlotKind nature = PlotKind::Concession;
    QString statut;
    int places = 0;
    QString location;
    QString titre; // the active concession's number, empty without one
};

namespace {
const QString kColumns = QStringLiteral(
    "id, numero, type, etat, date_operation, heure, emplacement_id, destination_id, destination_externe, "
    "entreprise_id, demandeur_nom, demandeur_qualite, declaration_honneur, droit_sepulture, consentement_titulaire, "
    "avertissements, observations, date_validation, version, updated_by, updated_at");

Error invalid(const QString &message)
{
    return Error(message, {}, Error::Kind::InvalidInput);
}

QString dmy(const QDate &d)
{
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

QString places(double value)
{
    return QLocale(QLocale::French).toString(value, 'g', 4);
}

QString etatDefunt(const QString &etat)
{
    if (etat == u"inhume")
        return Tr::tr("inhumé");
    if (etat == u"exhume")
        return Tr::tr("exhumé");
    if (etat == u"transfere")
        return Tr::tr("transféré hors de la commune");
    if (etat == u"disperse")
        return Tr::tr("cendres dispersées");
    return Tr::tr("en attente d'inhumation");
}

bool receives(OperationType t)
{
    return t == OperationType::Inhumation || t == OperationType::DepotUrne || t == OperationType::Dispersion;
}
} // namespace

OperationService::OperationService(CimetiereAccess &access) : m_access(access) {}

QStringList OperationService::delayWarnings(const QDate &deathDate, const QDate &date)
{
    QStringList w;
    if (!deathDate.isValid() || !date.isValid())
        return w;
    // R2213-33 (décret 2024-790): at least 24 hours and at most 14 calendar days after death.
    if (date <= deathDate)
        w.append(Tr::tr("L'inhumation a lieu moins de 24 heures après le décès (%1) : elle n'est possible qu'au-delà "
                        "de 24 heures (article R2213-33 du CGCT), sauf cas prévus par le texte.").arg(dmy(deathDate)));
    else if (deathDate.daysTo(date) > kMaxDaysAfterDeath)
        w.append(Tr::tr("L'inhumation a lieu %1 jours après le décès (%2) : au-delà de 14 jours calendaires, une "
                        "dérogation du préfet est nécessaire (article R2213-33 du CGCT).")
                     .arg(deathDate.daysTo(date))
                     .arg(dmy(deathDate)));
    return w;
}

Result<OperationService::PlotInfo> OperationService::plotInfo(const QSqlDatabase &db, qint64 id) const
{
    Result<QSqlQuery> q = Sql::exec(
        db,
        QStringLiteral("SELECT e.id, e.nature, e.statut, e.places, z.libelle, a.libelle, e.numero, e.complement, "
                       "(SELECT min(k.numero_titre) FROM cimetiere_concession k WHERE k.emplacement_id = e.id AND "
                       "k.etat = 'active') FROM cimetiere_emplacement e JOIN cimetiere_allee a ON a.id = e.allee_id "
                       "JOIN cimetiere_zone z ON z.id = a.zone_id WHERE e.id = ? AND e.collectivite_id = ?"),
        {id, m_access.communeId()});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error(Tr::tr("Choisissez un emplacement existant de la commune."), {}, Error::Kind::NotFound);
    PlotInfo p;
    p.id = q.value().value(0).toLongLong();
    p.nature = PlotKinds::fromCode(q.value().value(1).toString()).value_or(PlotKind::Concession);
    p.statut = q.value().value(2).toString();
    p.places = q.value().value(3).toInt();
    QString n = q.value().value(6).toString();
    if (!q.value().value(7).toString().isEmpty())
        n += u' ' + q.value().value(7).toString();
    p.location = Tr::tr("%1, %2, n° %3").arg(q.value().value(4).toString(), q.value().value(5).toString(), n);
    p.titre = q.value().value(8).toString();
    return p;
}

Status OperationService::checkReceivingPlot(const QSqlDatabase &db, const OperationDraft &d, qint64 plotId,
                                            const QList<Deceased> &deceased) const
{
    Result<PlotInfo> info = plotInfo(db, plotId);
    if (!info)
        return info.error();
    const PlotInfo &p = info.value();
    if (p.statut == u"bloque" || p.statut == u"en_procedure")
        return invalid(Tr::tr("L'emplacement %1 est %2 : aucune inhumation n'y est possible tant qu'il n'est pas "
                              "débloqué.")
                           .arg(p.location, PlotStatuses::label(PlotStatuses::fromCode(p.statut).value_or(
                                                                    PlotStatus::Bloque))
                                                .toLower()));
    if (d.type == OperationType::Dispersion) {
        if (p.nature != PlotKind::JardinSouvenir)
            return invalid(Tr::tr("La dispersion des cendres se fait dans un jardin du souvenir : choisissez l'espace "
                                  "de dispersion du cimetière."));
        return {};
    }
    if (p.nature == PlotKind::JardinSouvenir || p.nature == PlotKind::Ossuaire)
        return invalid(Tr::tr("On ne dépose ni cercueil ni urne dans %1 (%2) : choisissez une sépulture.")
                           .arg(p.location, PlotKinds::label(p.nature).toLower()));
    for (const Deceased &x : deceased)
        if (x.nature == BodyKind::Cercueil && (p.nature == PlotKind::Columbarium || p.nature == PlotKind::Cavurne))
            return invalid(Tr::tr("Un cercueil ne peut pas être déposé dans %1 (%2) : choisissez un terrain, un enfeu, "
                                  "un terrain commun ou le caveau provisoire.")
                               .arg(p.location, PlotKinds::label(p.nature).toLower()));
    if (PlotKinds::isConcedable(p.nature)) {
        if (p.titre.isEmpty())
            return invalid(Tr::tr("L'emplacement %1 n'est pas concédé : accordez d'abord une concession, ou choisissez "
                                  "un terrain commun.").arg(p.location));
        if (!d.consentementTitulaire)
            return invalid(Tr::tr("Le consentement du concessionnaire (ou de ses ayants droit) est requis pour déposer "
                                  "un corps ou une urne dans la concession n° %1 : cochez-le une fois l'accord écrit "
                                  "obtenu.").arg(p.titre));
    }
    // Capacity: what the plot holds, plus what operations still pending will bring, plus these.
    Result<QList<BodyKind>> held = PlotContents::bodies(db, plotId);
    if (!held)
        return held.error();
    Result<QSqlQuery> incoming = Sql::exec(
        db,
        QStringLiteral("SELECT d.nature_corps FROM cimetiere_defunt d JOIN cimetiere_operation_defunt od ON "
                       "od.defunt_id = d.id JOIN cimetiere_operation o ON o.id = od.operation_id WHERE o.etat = "
                       "'en_cours' AND ((o.type IN ('inhumation', 'depot_urne') AND o.emplacement_id = ?) OR "
                       "(o.type = 'transfert' AND o.destination_id = ?))"),
        {plotId, plotId});
    if (!incoming)
        return incoming.error();
    QList<BodyKind> booked = held.value();
    while (incoming.value().next())
        booked.append(bodyKindFromCode(incoming.value().value(0).toString()).value_or(BodyKind::Cercueil));
    const OccupancyWeights w = m_access.weights();
    QList<BodyKind> after = booked;
    QStringList added;
    for (const Deceased &x : deceased) {
        after.append(x.nature);
        added.append(bodyKindLabel(x.nature));
    }
    if (w.occupancy(after) > p.places + 1e-9)
        return invalid(Tr::tr("L'emplacement %1 est complet : %2 place(s) occupée(s) ou réservée(s) par une opération en "
                              "cours sur %3 ; %4 de plus n'y tient pas. Choisissez un autre emplacement ou faites "
                              "d'abord une réduction de corps.")
                           .arg(p.location, places(w.occupancy(booked)))
                           .arg(p.places)
                           .arg(added.join(QStringLiteral(", "))));
    return {};
}

Status OperationService::checkDraft(const QSqlDatabase &db, const OperationDraft &d, const QList<Deceased> &deceased,
                                    QStringList *warnings) const
{
    if (!d.date.isValid())
        return invalid(Tr::tr("Indiquez la date de l'opération."));
    static const QRegularExpression hour(QStringLiteral("^([01]\\d|2[0-3]):[0-5]\\d$"));
    if (!d.heure.isEmpty() && !hour.match(d.heure).hasMatch())
        return invalid(Tr::tr("L'heure « %1 » n'est pas une heure : tapez-la sous la forme 14:30.").arg(d.heure));
    if (deceased.isEmpty())
        return invalid(Tr::tr("Choisissez le ou les défunts concernés par l'opération."));
    if (d.emplacementId <= 0)
        return invalid(Tr::tr("Choisissez l'emplacement concerné par l'opération."));

    for (const Deceased &x : deceased) {
        if (x.verrouOperationId > 0) {
            Result<QVariant> numero = Sql::scalar(db, QStringLiteral("SELECT numero FROM cimetiere_operation WHERE id = ?"),
                                                  {x.verrouOperationId});
            return invalid(Tr::tr("%1 fait déjà l'objet de l'opération %2 en cours : validez-la ou annulez-la avant "
                                  "d'en créer une autre.")
                               .arg(x.displayName(), numero ? numero.value().toString() : QString()));
        }
        if (receives(d.type)) {
            if (x.etat != u"a_inhumer")
                return invalid(Tr::tr("%1 n'est pas en attente d'inhumation (%2) : pour le changer d'emplacement, "
                                      "enregistrez un transfert.").arg(x.displayName(), etatDefunt(x.etat)));
            if (d.type == OperationType::Inhumation && x.nature == BodyKind::Urne)
                return invalid(Tr::tr("%1 est une urne : enregistrez un dépôt d'urne ou une dispersion.")
                                   .arg(x.displayName()));
            if (d.type != OperationType::Inhumation && x.nature != BodyKind::Urne)
                return invalid(Tr::tr("%1 n'est pas une urne (%2) : enregistrez une inhumation.")
                                   .arg(x.displayName(), bodyKindLabel(x.nature)));
            if (!x.dateDeces.isValid())
                return invalid(Tr::tr("Indiquez la date de décès de %1 sur sa fiche : elle fixe le délai légal "
                                      "d'inhumation.").arg(x.displayName()));
            if (d.date < x.dateDeces)
                return invalid(Tr::tr("L'opération (%1) précède le décès de %2 (%3) : corrigez la date.")
                                   .arg(dmy(d.date), x.displayName(), dmy(x.dateDeces)));
            if (d.type == OperationType::Inhumation)
                for (const QString &w : delayWarnings(x.dateDeces, d.date))
                    warnings->append(w);
        } else {
            if (x.etat != u"inhume" || x.emplacementId != d.emplacementId)
                return invalid(Tr::tr("%1 ne repose pas dans l'emplacement choisi : choisissez l'emplacement où il "
                                      "est inhumé.").arg(x.displayName()));
        }
    }

    if (receives(d.type) && d.type != OperationType::Dispersion) {
        static const QStringList grounds{QStringLiteral("deces"), QStringLiteral("domicile"),
                                         QStringLiteral("sepulture_famille"), QStringLiteral("liste_electorale")};
        if (!grounds.contains(d.droitSepulture))
            return invalid(Tr::tr("Indiquez à quel titre le défunt a droit à une sépulture dans la commune (article "
                                  "L2223-3 du CGCT) : décès dans la commune, domicile, sépulture de famille ou "
                                  "inscription sur la liste électorale."));
    }
    if (receives(d.type))
        return checkReceivingPlot(db, d, d.emplacementId, deceased);

    // Exhumation, réduction, transfert: R2213-40.
    if (d.demandeurNom.simplified().isEmpty() || d.demandeurQualite.simplified().isEmpty())
        return invalid(Tr::tr("Indiquez le demandeur et sa qualité (plus proche parent du défunt, article R2213-40 du "
                              "CGCT)."));
    if (!d.declarationHonneur)
        return invalid(Tr::tr("Le plus proche parent atteste sur l'honneur qu'aucun parent de même degré ne s'oppose à "
                              "l'exhumation (article R2213-40 du CGCT) : cochez la déclaration une fois signée."));
    if (d.type == OperationType::Reduction) {
        const int years = m_access.reductionDelayYears();
        for (const Deceased &x : deceased) {
            if (x.nature != BodyKind::Cercueil)
                return invalid(Tr::tr("Seul un corps en cercueil peut faire l'objet d'une réduction (%1 : %2).")
                                   .arg(x.displayName(), bodyKindLabel(x.nature)));
            if (!x.dateInhumation.isValid())
                return invalid(Tr::tr("La date d'inhumation de %1 est inconnue : saisissez-la sur sa fiche pour "
                                      "vérifier le délai de réduction.").arg(x.displayName()));
            if (x.dateInhumation.addYears(years) > d.date)
                return invalid(Tr::tr("%1 a été inhumé(e) le %2 : une réduction de corps n'est possible qu'après %3 "
                                      "ans, à partir du %4.")
                                   .arg(x.displayName(), dmy(x.dateInhumation))
                                   .arg(years)
                                   .arg(dmy(x.dateInhumation.addYears(years))));
        }
    }
    if (d.type == OperationType::Transfert) {
        if (d.destinationId <= 0 && d.destinationExterne.simplified().isEmpty())
            return invalid(Tr::tr("Indiquez l'emplacement de destination du transfert, ou la commune où le corps est "
                                  "transféré."));
        if (d.destinationId == d.emplacementId)
            return invalid(Tr::tr("La destination du transfert est l'emplacement de départ : choisissez-en un autre."));
        if (d.destinationId > 0)
            return checkReceivingPlot(db, d, d.destinationId, deceased);
    }
    return {};
}

Result<int> OperationService::reserveRank(const QSqlDatabase &db, int year) const
{
    if (Result<QSqlQuery> q = Sql::exec(db,
                                        QStringLiteral("INSERT INTO cimetiere_compteur (collectivite_id, annee, "
                                                       "dernier_rang) VALUES (?, ?, 0) ON CONFLICT (collectivite_id, "
                                                       "annee) DO NOTHING"),
                                        {m_access.communeId(), year});
        !q)
        return q.error();
    Result<QVariant> rank = Sql::scalar(db,
                                        QStringLiteral("UPDATE cimetiere_compteur SET dernier_rang = dernier_rang + 1 "
                                                       "WHERE collectivite_id = ? AND annee = ? RETURNING dernier_rang"),
                                        {m_access.communeId(), year});
    if (!rank)
        return rank.error();
    return rank.value().toInt();
}

Result<OperationOutcome> OperationService::create(const OperationDraft &draft)
{
    Result<QSqlDatabase> db = m_access.open(kPermissionGerer);
    if (!db)
        return db.error();
    Core::Transaction tx(db.value(), m_access.dialect());
    if (!tx.begun())
        return tx.begun().error();
    QList<Deceased> deceased;
    for (qint64 id : draft.defuntIds) {
        Result<Deceased> d = DeceasedService::read(db.value(), id, m_access.communeId(), true,
                                                   m_access.dialect().isPostgres());
        if (!d)
            return d.error();
        deceased.append(d.value());
    }
    QStringList warnings;
    if (Status s = checkDraft(db.value(), draft, deceased, &warnings); !s)
        return s.error();
    Result<int> rank = reserveRank(db.value(), draft.date.year());
    if (!rank)
        return rank.error();
    const QString numero = QStringLiteral("%1-%2").arg(draft.date.year()).arg(rank.value(), 4, 10, QChar(u'0'));
    Result<QVariant> id = Sql::scalar(
        db.value(),
        QStringLiteral("INSERT INTO cimetiere_operation (collectivite_id, annee, rang, numero, type, date_operation, "
                       "heure, emplacement_id, destination_id, destination_externe, entreprise_id, demandeur_nom, "
                       "demandeur_qualite, declaration_honneur, droit_sepulture, consentement_titulaire, "
                       "avertissements, observations, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {m_access.communeId(), draft.date.year(), rank.value(), numero, OperationTypes::code(draft.type), draft.date,
         text(draft.heure), draft.emplacementId, optionalId(draft.destinationId),
         text(draft.destinationExterne.simplified()), optionalId(draft.entrepriseId),
         text(draft.demandeurNom.simplified()), text(draft.demandeurQualite.simplified()), draft.declarationHonneur,
         receives(draft.type) ? text(draft.droitSepulture) : QString(QStringLiteral("")),
         draft.consentementTitulaire, text(warnings.join(u'\n')), text(draft.observations), m_access.login(),
         m_access.login()});
    if (!id)
        return id.error();
    const qint64 opId = id.value().toLongLong();
    for (const Deceased &x : deceased) {
        if (Result<QSqlQuery> q = Sql::exec(db.value(),
                                            QStringLiteral("INSERT INTO cimetiere_operation_defunt (collectivite_id, "
                                                           "operation_id, defunt_id, created_by, updated_by) VALUES "
                                                           "(?, ?, ?, ?, ?)"),
                                            {m_access.communeId(), opId, x.id, m_access.login(), m_access.login()});
            !q)
            return q.error();
        // The lock: no other operation and no edit of the record until this one ends.
        Result<QSqlQuery> lock = Sql::exec(
            db.value(),
            QStringLiteral("UPDATE cimetiere_defunt SET verrou_operation_id = ?, version = version + 1, updated_at = ")
                + m_access.dialect().currentTimestamp()
                + QStringLiteral(", updated_by = ? WHERE id = ? AND verrou_operation_id IS NULL"),
            {opId, m_access.login(), x.id});
        if (!lock)
            return lock.error();
        if (lock.value().numRowsAffected() != 1)
            return Error(Tr::tr("%1 vient d'être engagé(e) dans une autre opération : rechargez et réessayez.")
                             .arg(x.displayName()),
                         {}, Error::Kind::Conflict);
    }
    Result<Operation> created = read(db.value(), opId);
    if (!created)
        return created.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return OperationOutcome{created.value(), warnings};
}

Result<Operation> OperationService::read(const QSqlDatabase &db, qint64 id, bool lock) const
{
    QString sql = QStringLiteral("SELECT ") + kColumns
                  + QStringLiteral(" FROM cimetiere_operation WHERE id = ? AND collectivite_id = ?");
    if (lock && m_access.dialect().isPostgres())
        sql += QStringLiteral(" FOR UPDATE");
    Result<QSqlQuery> q = Sql::exec(db, sql, {id, m_access.communeId()});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error(Tr::tr("Cette opération n'existe pas (ou plus) dans la commune."), {}, Error::Kind::NotFound);
    const QSqlQuery &r = q.value();
    Operation o;
    o.id = r.value(0).toLongLong();
    o.numero = r.value(1).toString();
    o.type = OperationTypes::fromCode(r.value(2).toString()).value_or(OperationType::Inhumation);
    o.etat = r.value(3).toString();
    o.date = readDate(r.value(4));
    o.heure = r.value(5).toString();
    o.emplacementId = r.value(6).toLongLong();
    o.destinationId = r.value(7).toLongLong();
    o.destinationExterne = r.value(8).toString();
    o.entrepriseId = r.value(9).toLongLong();
    o.demandeurNom = r.value(10).toString();
    o.demandeurQualite = r.value(11).toString();
    o.declarationHonneur = r.value(12).toBool();
    o.droitSepulture = r.value(13).toString();
    o.consentementTitulaire = r.value(14).toBool();
    const QString w = r.value(15).toString();
    o.avertissements = w.isEmpty() ? QStringList() : w.split(u'\n');
    o.observations = r.value(16).toString();
    o.dateValidation = readDate(r.value(17));
    o.version = r.value(18).toInt();
    o.updatedBy = r.value(19).toString();
    o.updatedAt = r.value(20);
    Result<QSqlQuery> d = Sql::exec(
        db, QStringLiteral("SELECT defunt_id FROM cimetiere_operation_defunt WHERE operation_id = ? ORDER BY id"), {id});
    if (!d)
        return d.error();
    while (d.value().next())
        o.defuntIds.append(d.value().value(0).toLongLong());
    return o;
}

Result<Operation> OperationService::lockPending(const QSqlDatabase &db, qint64 id, int expectedVersion) const
{
    Result<Operation> op = read(db, id, true);
    if (!op)
        return op.error();
    if (op.value().version != expectedVersion)
        return Core::VersionConflict::error(Tr::tr("L'opération %1").arg(op.value().numero), op.value().updatedBy,
                                            op.value().updatedAt);
    if (op.value().etat == u"validee")
        return invalid(Tr::tr("L'opération %1 a été validée le %2 : une opération validée est irréversible.")
                           .arg(op.value().numero, dmy(op.value().dateValidation)));
    if (op.value().etat == u"annulee")
        return invalid(Tr::tr("L'opération %1 est annulée : créez une nouvelle opération si besoin.")
                           .arg(op.value().numero));
    return op;
}

Status OperationService::apply(const QSqlDatabase &db, const Operation &op) const
{
    QString set;
    QVariantList values;
    switch (op.type) {
    case OperationType::Inhumation:
    case OperationType::DepotUrne:
        set = QStringLiteral("etat = 'inhume', emplacement_id = ?, date_inhumation = ?");
        values = {op.emplacementId, op.date};
        break;
    case OperationType::Dispersion:
        set = QStringLiteral("etat = 'disperse', emplacement_id = ?, date_inhumation = ?");
        values = {op.emplacementId, op.date};
        break;
    case OperationType::Exhumation:
        set = QStringLiteral("etat = 'exhume', emplacement_id = NULL, date_exhumation = ?");
        values = {op.date};
        break;
    case OperationType::Reduction:
        set = QStringLiteral("nature_corps = 'reliquaire', date_reduction = ?");
        values = {op.date};
        break;
    case OperationType::Transfert:
        if (op.destinationId > 0) {
            set = QStringLiteral("emplacement_id = ?, date_inhumation = ?");
            values = {op.destinationId, op.date};
        } else {
            set = QStringLiteral("etat = 'transfere', emplacement_id = NULL, date_exhumation = ?");
            values = {op.date};
        }
        break;
    }
    for (qint64 defunt : op.defuntIds) {
        QVariantList v = values;
        v << m_access.login() << defunt;
        Result<QSqlQuery> q = Sql::exec(db,
                                        QStringLiteral("UPDATE cimetiere_defunt SET ") + set
                                            + QStringLiteral(", verrou_operation_id = NULL, version = version + 1, "
                                                             "updated_at = ")
                                            + m_access.dialect().currentTimestamp()
                                            + QStringLiteral(", updated_by = ? WHERE id = ?"),
                                        v);
        if (!q)
            return q.error();
    }
    const OccupancyWeights w = m_access.weights();
    for (qint64 plot : {op.emplacementId, op.destinationId})
        if (plot > 0)
            if (Status s = PlotContents::refresh(db, m_access.dialect().currentTimestamp(), plot, w, m_access.login());
                !s)
                return s;
    return {};
}

Status OperationService::finish(const QSqlDatabase &db, const Operation &op, const QString &etat) const
{
    Result<QSqlQuery> q = Sql::exec(
        db,
        QStringLiteral("UPDATE cimetiere_operation SET etat = ?, date_validation = ?, version = version + 1, "
                       "updated_at = ")
            + m_access.dialect().currentTimestamp()
            + QStringLiteral(", updated_by = ? WHERE id = ? AND version = ?"),
        {etat, etat == u"validee" ? date(m_access.today()) : date({}), m_access.login(), op.id, op.version});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() != 1)
        return Core::VersionConflict::error(Tr::tr("L'opération %1").arg(op.numero), op.updatedBy, op.updatedAt);
    return {};
}

Result<Operation> OperationService::validate(qint64 id, int expectedVersion)
{
    Result<QSqlDatabase> db = m_access.open(kPermissionValider);
    if (!db)
        return db.error();
    Core::Transaction tx(db.value(), m_access.dialect());
    if (!tx.begun())
        return tx.begun().error();
    Result<Operation> op = lockPending(db.value(), id, expectedVersion);
    if (!op)
        return op.error();
    if (Status s = apply(db.value(), op.value()); !s)
        return s.error();
    if (Status s = finish(db.value(), op.value(), QStringLiteral("validee")); !s)
        return s.error();
    Result<Operation> done = read(db.value(), id);
    if (!done)
        return done.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return done;
}

Result<Operation> OperationService::cancel(qint64 id, int expectedVersion)
{
    Result<QSqlDatabase> db = m_access.open(kPermissionGerer);
    if (!db)
        return db.error();
    Core::Transaction tx(db.value(), m_access.dialect());
    if (!tx.begun())
        return tx.begun().error();
    Result<Operation> op = lockPending(db.value(), id, expectedVersion);
    if (!op)
        return op.error();
    Result<QSqlQuery> unlock = Sql::exec(
        db.value(),
        QStringLiteral("UPDATE cimetiere_defunt SET verrou_operation_id = NULL, version = version + 1, updated_at = ")
            + m_access.dialect().currentTimestamp() + QStringLiteral(", updated_by = ? WHERE verrou_operation_id = ?"),
        {m_access.login(), id});
    if (!unlock)
        return unlock.error();
    if (Status s = finish(db.value(), op.value(), QStringLiteral("annulee")); !s)
        return s.error();
    Result<Operation> done = read(db.value(), id);
    if (!done)
        return done.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return done;
}

Result<Operation> OperationService::get(qint64 id)
{
    Result<QSqlDatabase> db = m_access.open(kPermissionConsulter);
    if (!db)
        return db.error();
    return read(db.value(), id);
}

Result<QList<Operation>> OperationService::pending()
{
    Result<QSqlDatabase> db = m_access.open(kPermissionConsulter);
    if (!db)
        return db.error();
    Result<QSqlQuery> q = Sql::exec(db.value(),
                                    QStringLiteral("SELECT id FROM cimetiere_operation WHERE collectivite_id = ? AND "
                                                   "etat = 'en_cours' ORDER BY date_operation, numero"),
                                    {m_access.communeId()});
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q.value().next())
        ids.append(q.value().value(0).toLongLong());
    QList<Operation> list;
    for (qint64 id : ids) {
        Result<Operation> o = read(db.value(), id);
        if (!o)
            return o.error();
        list.append(o.value());
    }
    return list;
}

Result<QList<Operation>> OperationService::forPlot(qint64 emplacementId)
{
    Result<QSqlDatabase> db = m_access.open(kPermissionConsulter);
    if (!db)
        return db.error();
    Result<QSqlQuery> q = Sql::exec(db.value(),
                                    QStringLiteral("SELECT id FROM cimetiere_operation WHERE collectivite_id = ? AND "
                                                   "(emplacement_id = ? OR destination_id = ?) ORDER BY "
                                                   "date_operation DESC, numero DESC"),
                                    {m_access.communeId(), emplacementId, emplacementId});
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q.value().next())
        ids.append(q.value().value(0).toLongLong());
    QList<Operation> list;
    for (qint64 id : ids) {
        Result<Operation> o = read(db.value(), id);
        if (!o)
            return o.error();
        list.append(o.value());
    }
    return list;
}

} // namespace OpenMairie::Cimetiere
