#include "ElecService.h"

#include "ElecDeadlines.h"
#include "SqlValue.h"
#include "ElecteurRepository.h"
#include "ElecteurValidator.h"
#include "MouvementRepository.h"
#include "Tr.h"

#include "DatabaseManager.h"
#include "FrenchDate.h"
#include "ModuleContext.h"
#include "Permissions.h"
#include "Session.h"
#include "Sql.h"
#include "TextNormalizer.h"
#include "Transaction.h"
#include "VersionConflict.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace OpenMairie::Elec {

using Core::Error;
using Core::Result;
using Core::Sql;
using Core::Status;
using namespace Core::SqlValue;

const QString ElecService::kModuleId = QStringLiteral("elec");
const QString ElecService::kPermissionConsulter = QStringLiteral("elec.electeur.consulter");
const QString ElecService::kPermissionSaisir = QStringLiteral("elec.mouvement.saisir");
const QString ElecService::kPermissionDecider = QStringLiteral("elec.mouvement.decider");
const QString ElecService::kPermissionParametrer = QStringLiteral("elec.bureau.gerer");
const QString ElecService::kPermissionImporter = QStringLiteral("elec.liste.importer");

ElecService::ElecService(Core::DatabaseManager &database, Core::Session &session, Core::Permissions &permissions)
    : m_database(database), m_session(session), m_permissions(permissions), m_today([] { return QDate::currentDate(); })
{
}

ElecService::ElecService(Core::ModuleContext &context)
    : ElecService(context.database(), context.session(), context.permissions())
{
}

void ElecService::setClock(std::function<QDate()> today)
{
    m_today = std::move(today);
}

QDate ElecService::today() const
{
    return m_today();
}

bool ElecService::sessionAllows(const QString &permission) const
{
    return m_permissions.sessionAllows(permission);
}

QString ElecService::communeName() const
{
    return m_session.commune().nom;
}

Status ElecService::requireCommune() const
{
    if (!m_session.commune().isValid())
        return Error(Tr::tr("Aucune commune n'est choisie : choisissez la commune dont vous tenez les listes électorales."),
                     {}, Error::Kind::PermissionDenied);
    return {};
}

Status ElecService::require(const QString &permission) const
{
    if (Status s = m_permissions.require(permission); !s)
        return s;
    return requireCommune();
}

// ---------------------------------------------------------------- reading

Result<Electeur> ElecService::electeur(qint64 id)
{
    if (Status s = require(kPermissionConsulter); !s)
        return s.error();
    const ElecteurRepository repo(m_database.connection(), m_database.dialect(), m_session.commune().id);
    Result<std::optional<Electeur>> e = repo.findById(id);
    if (!e)
        return e.error();
    if (!e.value())
        return Error(Tr::tr("Cet électeur n'existe pas dans les listes de %1.").arg(communeName()), {},
                     Error::Kind::NotFound);
    return *e.value();
}

Result<QList<Electeur>> ElecService::page(const ElecteurFilter &filter, const ElecteurCursor &after, int limit)
{
    if (Status s = require(kPermissionConsulter); !s)
        return s.error();
    if (!Liste::isValid(filter.liste))
        return Error(Tr::tr("« %1 » n'est pas une liste électorale : indiquez LP, LCE ou LCM.").arg(filter.liste), {},
                     Error::Kind::InvalidInput);
    const ElecteurRepository repo(m_database.connection(), m_database.dialect(), m_session.commune().id);
    return repo.page(filter, after, std::clamp(limit, 1, 1000));
}

Result<QList<Electeur>> ElecService::pageAt(const ElecteurFilter &filter, int offset, int limit)
{
    if (Status s = require(kPermissionConsulter); !s)
        return s.error();
    const ElecteurRepository repo(m_database.connection(), m_database.dialect(), m_session.commune().id);
    return repo.pageAt(filter, std::max(0, offset), std::clamp(limit, 1, 1000));
}

Result<int> ElecService::count(const ElecteurFilter &filter)
{
    if (Status s = require(kPermissionConsulter); !s)
        return s.error();
    const ElecteurRepository repo(m_database.connection(), m_database.dialect(), m_session.commune().id);
    return repo.count(filter);
}

Result<QList<Electeur>> ElecService::search(const QString &text, const QString &liste, int limit)
{
    ElecteurFilter filter;
    filter.liste = liste.trimmed().toUpper();
    filter.texte = text;
    return page(filter, {}, limit);
}

Result<QList<Mouvement>> ElecService::mouvementsEnCours(int limit)
{
    if (Status s = require(kPermissionConsulter); !s)
        return s.error();
    return MouvementRepository(m_database.connection(), m_database.dialect(), m_session.commune().id).pending(limit);
}

Result<QList<Mouvement>> ElecService::mouvementsDe(qint64 electeurId)
{
    if (Status s = require(kPermissionConsulter); !s)
        return s.error();
    return MouvementRepository(m_database.connection(), m_database.dialect(), m_session.commune().id).ofElecteur(electeurId);
}

Result<QList<MouvementEtape>> ElecService::historique(qint64 electeurId)
{
    if (Status s = require(kPermissionConsulter); !s)
        return s.error();
    return MouvementRepository(m_database.connection(), m_database.dialect(), m_session.commune().id)
        .stepsOfElecteur(electeurId);
}

Result<Mouvement> ElecService::mouvement(qint64 id)
{
    if (Status s = require(kPermissionConsulter); !s)
        return s.error();
    Result<std::optional<Mouvement>> m =
        MouvementRepository(m_database.connection(), m_database.dialect(), m_session.commune().id).findById(id);
    if (!m)
        return m.error();
    if (!m.value())
        return Error(Tr::tr("Ce mouvement n'existe pas dans les listes de %1.").arg(communeName()), {},
                     Error::Kind::NotFound);
    return *m.value();
}

Result<QList<TypeMouvement>> ElecService::typesMouvement()
{
    if (Status s = require(kPermissionConsulter); !s)
        return s.error();
    return MouvementRepository(m_database.connection(), m_database.dialect(), m_session.commune().id).types();
}

// ---------------------------------------------------------------- duplicates

namespace {
// Optimal string alignment: a swap of two letters (MARIE / MAIRE) counts as one typo.
int editDistance(const QString &a, const QString &b)
{
    const qsizetype n = a.size(), m = b.size();
    QList<QList<int>> d(n + 1, QList<int>(m + 1));
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = int(j);
    for (qsizetype i = 1; i <= n; ++i)
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    return d[n][m];
}
} // namespace

bool ElecService::prenomsSimilaires(const QString &a, const QString &b)
{
    // The first prénom is the one people use; a typo in it (MARIE / MAIRE) or a prénom dropped
    // ("Jean" / "Jean Pierre Marie") still points to the same person.
    const QStringList wa = Core::TextNormalizer::searchKey(a).split(u' ', Qt::SkipEmptyParts);
    const QStringList wb = Core::TextNormalizer::searchKey(b).split(u' ', Qt::SkipEmptyParts);
    if (wa.isEmpty() || wb.isEmpty())
        return true;
    if (wa.first() == wb.first())
        return true;
    const int longest = int(std::max(wa.first().size(), wb.first().size()));
    return editDistance(wa.first(), wb.first()) * 4 <= longest; // at most one typo in four letters
}

Result<QList<Electeur>> ElecService::doublonsPossibles(const Electeur &candidat)
{
    if (Status s = require(kPermissionConsulter); !s)
        return s.error();
    const ElecteurRepository repo(m_database.connection(), m_database.dialect(), m_session.commune().id);
    Result<QList<Electeur>> same = repo.sameNameAndBirth(candidat.nomNaissance, candidat.dateNaissance);
    if (!same)
        return same.error();
    QList<Electeur> out;
    for (const Electeur &e : same.value())
        if (e.id != candidat.id && prenomsSimilaires(e.prenoms, candidat.prenoms))
            out.append(e);
    return out;
}

Result<QList<QList<Electeur>>> ElecService::rapportDoublons()
{
    if (Status s = require(kPermissionConsulter); !s)
        return s.error();
    const ElecteurRepository repo(m_database.connection(), m_database.dialect(), m_session.commune().id);
    Result<QList<QList<Electeur>>> groups = repo.nameAndBirthGroups();
    if (!groups)
        return groups.error();
    QList<QList<Electeur>> report;
    for (const QList<Electeur> &group : groups.value()) {
        // Inside a group of same name and birth date, keep those similar to another one.
        QList<Electeur> kept;
        for (qsizetype i = 0; i < group.size(); ++i)
            for (qsizetype j = 0; j < group.size(); ++j)
                if (i != j && prenomsSimilaires(group[i].prenoms, group[j].prenoms)) {
                    kept.append(group[i]);
                    break;
                }
        if (kept.size() > 1)
            report.append(kept);
    }
    return report;
}

// ---------------------------------------------------------------- mouvements

Status ElecService::checkDeadline(const TypeMouvement &type, const QDate &dateDemande, QString *warning) const
{
    if (type.categorie != u"inscription")
        return {};
    Result<QSqlQuery> q = Sql::exec(m_database.connection(),
                                    QStringLiteral("SELECT libelle, date_tour1 FROM elec_scrutin WHERE collectivite_id = ? "
                                                   "AND date_tour1 >= ? ORDER BY date_tour1"),
                                    {m_session.commune().id, dateDemande});
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QString libelle = q.value().value(0).toString();
        const QDate scrutin = readDate(q.value().value(1));
        const QDate limite = ElecDeadlines::registrationDeadline(scrutin);
        const QDate limiteL30 = ElecDeadlines::l30Deadline(scrutin);
        if (type.l30 && dateDemande > limite && dateDemande <= limiteL30)
            return {};
        if (!type.l30 && dateDemande > limite && warning && warning->isEmpty())
            *warning = Tr::tr("Demande reçue après la date limite d'inscription du %1 pour le scrutin « %2 » du %3 : "
                              "l'électeur ne pourra pas y voter (sauf cas L30), l'inscription vaudra pour les scrutins "
                              "suivants.")
                           .arg(Core::FrenchDate::format(limite), libelle, Core::FrenchDate::format(scrutin));
        if (type.l30 && dateDemande > limiteL30)
            return Error(Tr::tr("Inscription L30 refusée : pour le scrutin « %1 » du %2, les inscriptions L30 étaient "
                                "reçues jusqu'au %3 (10e jour avant le scrutin). Enregistrez une inscription ordinaire : "
                                "elle vaudra pour les scrutins suivants.")
                             .arg(libelle, Core::FrenchDate::format(scrutin), Core::FrenchDate::format(limiteL30)),
                         {}, Error::Kind::InvalidInput);
    }
    if (type.l30)
        return Error(Tr::tr("Inscription L30 refusée : elle n'est possible qu'entre la date limite d'inscription "
                            "(6e vendredi avant un scrutin) et le 10e jour avant ce scrutin, et aucun scrutin "
                            "enregistré n'est dans cette période au %1. Choisissez un motif d'inscription ordinaire.")
                         .arg(Core::FrenchDate::format(dateDemande)),
                     {}, Error::Kind::InvalidInput);
    return {};
}

Error ElecService::staleMouvement(const Mouvement &m) const
{
    Result<QSqlQuery> q = Sql::exec(m_database.connection(),
                                    QStringLiteral("SELECT updated_by, updated_at FROM elec_mouvement WHERE id = ?"), {m.id});
    QString by;
    QVariant at;
    if (q && q.value().next()) {
        by = q.value().value(0).toString();
        at = q.value().value(1);
    }
    return Core::VersionConflict::error(Tr::tr("Le mouvement de %1").arg(m.electeurNom.trimmed()), by, at);
}

Result<Mouvement> ElecService::creerMouvement(Mouvement m)
{
    QSqlDatabase db = m_database.connection();
    Core::Transaction tx(db, m_database.dialect());
    if (!tx.begun())
        return tx.begun().error();
    const MouvementRepository repo(db, m_database.dialect(), m_session.commune().id);
    if (m.electeurId > 0) {
        Result<bool> open = repo.hasOpenMouvement(m.electeurId);
        if (!open)
            return open.error();
        if (open.value())
            return Error(Tr::tr("%1 a déjà un mouvement en cours : terminez-le (décision, transmission, application) "
                                "avant d'en saisir un autre.").arg(m.electeurNom.trimmed()),
                         {}, Error::Kind::Conflict);
    }
    const QString login = m_session.user().login;
    Result<qint64> id = repo.insert(m, login);
    if (!id)
        return id.error();
    if (Status s = repo.addStep(id.value(), MouvementEtat::EnInstruction, m.dateDemande, login,
                                Tr::tr("Demande reçue (%1)").arg(m.type.libelle));
        !s)
        return s.error();
    Result<std::optional<Mouvement>> stored = repo.findById(id.value());
    if (!stored)
        return stored.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return stored.value().value_or(m);
}

namespace {
Result<TypeMouvement> typeFor(const MouvementRepository &repo, const QString &code, const QString &categorie)
{
    Result<std::optional<TypeMouvement>> type = repo.typeByCode(code);
    if (!type)
        return type.error();
    if (!type.value() || type.value()->categorie != categorie) {
        const QString what = categorie == u"inscription"    ? Tr::tr("d'inscription")
                             : categorie == u"modification" ? Tr::tr("de modification")
                                                            : Tr::tr("de radiation");
        return Error(Tr::tr("« %1 » n'est pas un motif %2 : choisissez-en un dans la liste des types de mouvement.")
                         .arg(code, what),
                     {}, Error::Kind::InvalidInput);
    }
    return *type.value();
}

Status checkDemande(const Demande &d, const TypeMouvement &type, const QDate &today)
{
    if (!d.dateDemande.isValid())
        return Error(Tr::tr("Indiquez la date de la demande (date de réception en mairie)."), {}, Error::Kind::InvalidInput);
    if (d.dateDemande > today)
        return Error(Tr::tr("La date de la demande %1 est dans le futur : indiquez le jour où elle a été reçue.")
                         .arg(Core::FrenchDate::format(d.dateDemande)),
                     {}, Error::Kind::InvalidInput);
    if (type.provenanceRequise && d.communeProvenance.trimmed().isEmpty())
        return Error(Tr::tr("Indiquez la commune de provenance : elle est obligatoire pour le motif « %1 ».")
                         .arg(type.libelle),
                     {}, Error::Kind::InvalidInput);
    return {};
}
} // namespace

Status ElecService::checkAddress(Electeur &e) const
{
    const ElecteurRepository repo(m_database.connection(), m_database.dialect(), m_session.commune().id);
    if (e.voieId > 0) {
        Result<QVariant> exists = Sql::scalar(m_database.connection(),
                                              QStringLiteral("SELECT count(*) FROM voie WHERE id = ? AND collectivite_id = ?"),
                                              {e.voieId, m_session.commune().id});
        if (!exists)
            return exists.error();
        if (exists.value().toInt() == 0)
            return Error(Tr::tr("La voie choisie n'existe pas dans le registre des voies de %1 : choisissez-la dans la "
                                "liste proposée.").arg(communeName()),
                         {}, Error::Kind::InvalidInput);
    }
    if (!e.bureauForce) {
        Result<qint64> derived = repo.bureauForAddress(e.voieId, e.numeroVoie);
        if (!derived)
            return derived.error();
        if (derived.value() == 0)
            return Error(Tr::tr("Aucun bureau ne couvre cette adresse dans le découpage : complétez le découpage de la "
                                "voie, ou forcez le bureau de l'électeur."),
                         {}, Error::Kind::InvalidInput);
        e.bureauId = derived.value();
    } else if (e.bureauId <= 0) {
        return Error(Tr::tr("Choisissez le bureau forcé de l'électeur."), {}, Error::Kind::InvalidInput);
    }
    return {};
}

Result<Mouvement> ElecService::demanderInscription(const Electeur &input, const Demande &demande)
{
    if (Status s = require(kPermissionSaisir); !s)
        return s.error();
    Electeur e = ElecteurValidator::normalized(input);
    const MouvementRepository types(m_database.connection(), m_database.dialect(), m_session.commune().id);
    Result<TypeMouvement> type = typeFor(types, demande.typeCode, QStringLiteral("inscription"));
    if (!type)
        return type.error();
    if (Status s = checkDemande(demande, type.value(), today()); !s)
        return s.error();
    if (const QStringList errors = ElecteurValidator::validate(e, today()); !errors.isEmpty())
        return Error(Tr::tr("L'inscription n'est pas enregistrée :") + u'\n' + errors.join(u'\n'), {},
                     Error::Kind::InvalidInput);
    if (Status s = checkAddress(e); !s)
        return s.error();
    QString warning;
    if (Status s = checkDeadline(type.value(), demande.dateDemande, &warning); !s)
        return s.error();
    if (!demande.doublonConfirme) {
        Result<QList<Electeur>> doubles = doublonsPossibles(e);
        if (!doubles)
            return doubles.error();
        if (!doubles->isEmpty()) {
            QStringList names;
            for (const Electeur &d : doubles.value())
                names.append(Tr::tr("%1, né(e) le %2, %3 bureau %4")
                                 .arg(d.displayName(), Core::FrenchDate::format(d.dateNaissance), d.liste, d.bureauCode));
            return Error(Tr::tr("Inscription suspendue : un électeur inscrit porte le même nom de naissance, la même date "
                                "de naissance et un prénom proche. Vérifiez qu'il ne s'agit pas de la même personne, "
                                "puis confirmez l'inscription si c'en est une autre.")
                             + u'\n' + names.join(u'\n'),
                         {}, Error::Kind::Conflict);
        }
    }
    Mouvement m;
    m.type = type.value();
    m.liste = e.liste;
    m.dateDemande = demande.dateDemande;
    m.provenance = demande.provenance;
    m.communeProvenance = demande.communeProvenance.trimmed();
    m.pieces = demande.pieces.trimmed();
    m.observations = demande.observations.trimmed();
    m.donnees = e;
    m.nouveauBureauId = e.bureauId;
    m.electeurNom = e.nomNaissance + u' ' + e.prenoms;
    Result<Mouvement> created = creerMouvement(m);
    if (created)
        created.value().avertissement = warning;
    return created;
}

Result<Mouvement> ElecService::demanderModification(qint64 electeurId, int expectedVersion, const Electeur &input,
                                                    const Demande &demande)
{
    if (Status s = require(kPermissionSaisir); !s)
        return s.error();
    const ElecteurRepository repo(m_database.connection(), m_database.dialect(), m_session.commune().id);
    Result<std::optional<Electeur>> found = repo.findById(electeurId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error(Tr::tr("Cet électeur n'existe pas dans les listes de %1.").arg(communeName()), {}, Error::Kind::NotFound);
    const Electeur before = *found.value();
    if (before.version != expectedVersion)
        return Core::VersionConflict::error(Tr::tr("La fiche de %1").arg(before.displayName()), before.updatedBy,
                                            before.updatedAt);
    if (before.isRadie())
        return Error(Tr::tr("%1 est radié(e) depuis le %2 : une modification n'est plus possible, saisissez une nouvelle "
                            "inscription.").arg(before.displayName(), Core::FrenchDate::format(before.dateRadiation)),
                     {}, Error::Kind::Conflict);
    const MouvementRepository types(m_database.connection(), m_database.dialect(), m_session.commune().id);
    Result<TypeMouvement> type = typeFor(types, demande.typeCode, QStringLiteral("modification"));
    if (!type)
        return type.error();
    if (Status s = checkDemande(demande, type.value(), today()); !s)
        return s.error();
    Electeur e = ElecteurValidator::normalized(input);
    e.id = before.id;
    e.liste = before.liste; // changing list is a radiation and an inscription
    if (const QStringList errors = ElecteurValidator::validate(e, today()); !errors.isEmpty())
        return Error(Tr::tr("La modification n'est pas enregistrée :") + u'\n' + errors.join(u'\n'), {},
                     Error::Kind::InvalidInput);
    if (Status s = checkAddress(e); !s)
        return s.error();
    Mouvement m;
    m.type = type.value();
    m.liste = before.liste;
    m.electeurId = before.id;
    m.dateDemande = demande.dateDemande;
    m.provenance = demande.provenance;
    m.pieces = demande.pieces.trimmed();
    m.observations = demande.observations.trimmed();
    m.donnees = e;
    m.ancienBureauId = before.bureauId;
    m.nouveauBureauId = e.bureauId;
    m.electeurNom = before.nomNaissance + u' ' + before.prenoms;
    return creerMouvement(m);
}

Result<Mouvement> ElecService::demanderRadiation(qint64 electeurId, const Demande &demande)
{
    if (Status s = require(kPermissionSaisir); !s)
        return s.error();
    const ElecteurRepository repo(m_database.connection(), m_database.dialect(), m_session.commune().id);
    Result<std::optional<Electeur>> found = repo.findById(electeurId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error(Tr::tr("Cet électeur n'existe pas dans les listes de %1.").arg(communeName()), {}, Error::Kind::NotFound);
    const Electeur e = *found.value();
    if (e.isRadie())
        return Error(Tr::tr("%1 est déjà radié(e) depuis le %2.").arg(e.displayName(), Core::FrenchDate::format(e.dateRadiation)),
                     {}, Error::Kind::Conflict);
    const MouvementRepository types(m_database.connection(), m_database.dialect(), m_session.commune().id);
    Result<TypeMouvement> type = typeFor(types, demande.typeCode, QStringLiteral("radiation"));
    if (!type)
        return type.error();
    if (Status s = checkDemande(demande, type.value(), today()); !s)
        return s.error();
    if (type->code == u"RVUE" && !Liste::isComplementaire(e.liste))
        return Error(Tr::tr("La radiation volontaire ne concerne que les listes complémentaires (citoyens de l'Union "
                            "européenne) ; %1 est sur la liste principale.").arg(e.displayName()),
                     {}, Error::Kind::InvalidInput);
    Mouvement m;
    m.type = type.value();
    m.liste = e.liste;
    m.electeurId = e.id;
    m.dateDemande = demande.dateDemande;
    m.provenance = demande.provenance;
    m.pieces = demande.pieces.trimmed();
    m.observations = demande.observations.trimmed();
    m.ancienBureauId = e.bureauId;
    m.electeurNom = e.nomNaissance + u' ' + e.prenoms;
    return creerMouvement(m);
}

Result<Mouvement> ElecService::transition(qint64 id, int expectedVersion, const QString &permission,
                                          const std::function<Status(Mouvement &)> &change, const QString &etape,
                                          const QDate &date, const QString &commentaire)
{
    if (Status s = require(permission); !s)
        return s.error();
    if (!date.isValid())
        return Error(Tr::tr("Indiquez la date."), {}, Error::Kind::InvalidInput);
    if (date > today())
        return Error(Tr::tr("La date %1 est dans le futur : indiquez le jour où c'est fait.").arg(Core::FrenchDate::format(date)),
                     {}, Error::Kind::InvalidInput);
    QSqlDatabase db = m_database.connection();
    Core::Transaction tx(db, m_database.dialect());
    if (!tx.begun())
        return tx.begun().error();
    const MouvementRepository repo(db, m_database.dialect(), m_session.commune().id);
    Result<std::optional<Mouvement>> found = repo.findById(id, true);
    if (!found)
        return found.error();
    if (!found.value())
        return Error(Tr::tr("Ce mouvement n'existe pas dans les listes de %1.").arg(communeName()), {}, Error::Kind::NotFound);
    Mouvement m = *found.value();
    if (m.version != expectedVersion)
        return staleMouvement(m);
    if (date < m.dateDemande)
        return Error(Tr::tr("La date %1 précède la demande du %2 : vérifiez-la.")
                         .arg(Core::FrenchDate::format(date), Core::FrenchDate::format(m.dateDemande)),
                     {}, Error::Kind::InvalidInput);
    if (Status s = change(m); !s)
        return s.error();
    const QString login = m_session.user().login;
    Result<bool> written = repo.update(m, expectedVersion, login);
    if (!written)
        return written.error();
    if (!written.value())
        return staleMouvement(m);
    if (Status s = repo.addStep(m.id, m.etat, date, login, etape + (commentaire.isEmpty() ? QString() : QStringLiteral(" : ") + commentaire)); !s)
        return s.error();
    Result<std::optional<Mouvement>> stored = repo.findById(id);
    if (!stored)
        return stored.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return stored.value().value_or(m);
}

Result<Mouvement> ElecService::aviser(qint64 id, int expectedVersion, const QDate &date)
{
    return transition(id, expectedVersion, kPermissionSaisir, [&](Mouvement &m) -> Status {
        if (!m.type.contradictoire)
            return Error(Tr::tr("Le motif « %1 » ne suit pas la procédure contradictoire : il n'y a pas d'avis à envoyer.")
                             .arg(m.type.libelle), {}, Error::Kind::InvalidInput);
        if (m.etat != MouvementEtat::EnInstruction)
            return Error(Tr::tr("Ce mouvement est %1 : l'avis contradictoire se donne pendant l'instruction.")
                             .arg(MouvementEtat::label(m.etat)), {}, Error::Kind::Conflict);
        m.dateAvisContradictoire = date;
        return {};
    }, Tr::tr("Avis de radiation envoyé à l'électeur (15 jours pour répondre)"), date, {});
}

Result<Mouvement> ElecService::decider(qint64 id, int expectedVersion, bool accepte, const QDate &date, const QString &motif)
{
    return transition(id, expectedVersion, kPermissionDecider, [&](Mouvement &m) -> Status {
        if (m.etat != MouvementEtat::EnInstruction)
            return Error(Tr::tr("Ce mouvement est déjà %1 : la décision a été prise.").arg(MouvementEtat::label(m.etat)),
                         {}, Error::Kind::Conflict);
        if (!accepte && motif.trimmed().isEmpty())
            return Error(Tr::tr("Indiquez le motif du refus : il figure sur la notification à l'électeur."), {},
                         Error::Kind::InvalidInput);
        if (accepte && m.type.contradictoire) {
            if (!m.dateAvisContradictoire.isValid())
                return Error(Tr::tr("Radiation non décidée : l'électeur doit d'abord être avisé de la radiation envisagée "
                                    "et de ses motifs (procédure contradictoire, 15 jours pour répondre)."),
                             {}, Error::Kind::InvalidInput);
            const QDate end = ElecDeadlines::contradictoryEnd(m.dateAvisContradictoire);
            if (date <= end)
                return Error(Tr::tr("Radiation non décidée : l'électeur, avisé le %1, peut répondre jusqu'au %2 inclus. "
                                    "Décidez à partir du %3.")
                                 .arg(Core::FrenchDate::format(m.dateAvisContradictoire), Core::FrenchDate::format(end),
                                      Core::FrenchDate::format(end.addDays(1))),
                             {}, Error::Kind::InvalidInput);
        }
        m.etat = accepte ? MouvementEtat::Accepte : MouvementEtat::Refuse;
        m.dateDecision = date;
        m.decidePar = m_session.user().displayName.isEmpty() ? m_session.user().login : m_session.user().displayName;
        m.motifDecision = motif.trimmed();
        return {};
    }, accepte ? Tr::tr("Demande acceptée") : Tr::tr("Demande refusée"), date, motif.trimmed());
}

Result<Mouvement> ElecService::notifier(qint64 id, int expectedVersion, const QDate &date)
{
    return transition(id, expectedVersion, kPermissionSaisir, [&](Mouvement &m) -> Status {
        if (!m.dateDecision.isValid())
            return Error(Tr::tr("Ce mouvement n'est pas encore décidé : la notification suit la décision."), {},
                         Error::Kind::Conflict);
        if (m.dateNotification.isValid())
            return Error(Tr::tr("La décision a déjà été notifiée le %1.").arg(Core::FrenchDate::format(m.dateNotification)),
                         {}, Error::Kind::Conflict);
        if (date < m.dateDecision)
            return Error(Tr::tr("La notification du %1 précède la décision du %2 : vérifiez la date.")
                             .arg(Core::FrenchDate::format(date), Core::FrenchDate::format(m.dateDecision)),
                         {}, Error::Kind::InvalidInput);
        m.dateNotification = date;
        return {};
    }, Tr::tr("Décision notifiée à l'électeur"), date, {});
}

Result<Mouvement> ElecService::transmettre(qint64 id, int expectedVersion, const QDate &date)
{
    return transition(id, expectedVersion, kPermissionDecider, [&](Mouvement &m) -> Status {
        if (m.etat != MouvementEtat::Accepte)
            return Error(Tr::tr("Seul un mouvement accepté se transmet au REU ; celui-ci est %1.")
                             .arg(MouvementEtat::label(m.etat)), {}, Error::Kind::Conflict);
        if (date < m.dateDecision)
            return Error(Tr::tr("La transmission du %1 précède la décision du %2 : vérifiez la date.")
                             .arg(Core::FrenchDate::format(date), Core::FrenchDate::format(m.dateDecision)),
                         {}, Error::Kind::InvalidInput);
        m.etat = MouvementEtat::Transmis;
        m.dateTransmission = date;
        m.statutTransmission = QStringLiteral("transmis");
        return {};
    }, Tr::tr("Décision transmise au REU"), date, {});
}

Result<Mouvement> ElecService::appliquer(qint64 id, int expectedVersion, const QDate &date)
{
    QSqlDatabase db = m_database.connection();
    const ElecteurRepository electeurs(db, m_database.dialect(), m_session.commune().id);
    const QString login = m_session.user().login;
    return transition(id, expectedVersion, kPermissionDecider, [&](Mouvement &m) -> Status {
        if (m.etat != MouvementEtat::Transmis)
            return Error(Tr::tr("Ce mouvement est %1 : il s'applique à la liste une fois accepté et transmis au REU.")
                             .arg(MouvementEtat::label(m.etat)), {}, Error::Kind::Conflict);
        if (m.type.categorie == u"inscription") {
            Electeur e = m.donnees;
            e.liste = m.liste;
            e.situation = QStringLiteral("inscrit");
            e.dateInscription = date;
            Result<int> numero = electeurs.nextNumero(e.liste, e.bureauId);
            if (!numero)
                return numero.error();
            e.numeroOrdre = numero.value();
            Result<qint64> newId = electeurs.insert(e, login);
            if (!newId) {
                if (newId.error().kind() == Error::Kind::Conflict)
                    return Error(Tr::tr("L'INE %1 est déjà celui d'un électeur de la %2 : vérifiez la demande.")
                                     .arg(e.ine, Liste::label(e.liste)), newId.error().detail(), Error::Kind::Conflict);
                return newId.error();
            }
            m.electeurId = newId.value();
        } else {
            Result<std::optional<Electeur>> found = electeurs.findById(m.electeurId, true);
            if (!found)
                return found.error();
            if (!found.value())
                return Error(Tr::tr("L'électeur de ce mouvement n'existe plus."), {}, Error::Kind::NotFound);
            Electeur e = *found.value();
            const int version = e.version;
            if (m.type.categorie == u"radiation") {
                e.situation = QStringLiteral("radie");
                e.dateRadiation = date;
                e.motifRadiation = m.type.libelle;
            } else {
                Electeur after = m.donnees.nomNaissance.isEmpty() ? e : m.donnees;
                if (m.nouveauBureauId > 0)
                    after.bureauId = m.nouveauBureauId;
                after.id = e.id;
                after.liste = e.liste;
                after.situation = e.situation;
                after.dateInscription = e.dateInscription;
                after.numeroOrdre = e.numeroOrdre;
                if (after.bureauId != e.bureauId) {
                    // A new bureau: the next number of that bureau (the old one keeps its gap until the refonte).
                    Result<int> numero = electeurs.nextNumero(e.liste, after.bureauId);
                    if (!numero)
                        return numero.error();
                    after.numeroOrdre = numero.value();
                }
                e = after;
            }
            Result<bool> written = electeurs.update(e, version, login);
            if (!written)
                return written.error();
            if (!written.value())
                return Error(Tr::tr("La fiche de l'électeur a changé pendant l'application : réessayez."), {},
                             Error::Kind::Conflict);
        }
        m.etat = MouvementEtat::Applique;
        m.dateApplication = date;
        return {};
    }, Tr::tr("Appliqué à la liste"), date, {});
}

// ---------------------------------------------------------------- bureaux, découpage, numbering

Result<Bureau> ElecService::creerBureau(const Bureau &input)
{
    if (Status s = require(kPermissionParametrer); !s)
        return s.error();
    Bureau b = input;
    b.code = b.code.trimmed();
    b.libelle = b.libelle.simplified();
    if (!QRegularExpression(QStringLiteral("^[0-9]{4}$")).match(b.code).hasMatch())
        return Error(Tr::tr("Code de bureau « %1 » refusé : 4 chiffres (0001, 0002...), comme le demande le ministère.")
                         .arg(b.code), {}, Error::Kind::InvalidInput);
    if (b.libelle.isEmpty())
        return Error(Tr::tr("Indiquez le libellé du bureau (par exemple « Hôtel de ville »)."), {}, Error::Kind::InvalidInput);
    QSqlDatabase db = m_database.connection();
    Core::Transaction tx(db, m_database.dialect());
    if (!tx.begun())
        return tx.begun().error();
    const qint64 commune = m_session.commune().id;
    const QString login = m_session.user().login;
    const auto refId = [&](const QString &table, const QString &code) -> Result<QVariant> {
        if (code.trimmed().isEmpty())
            return QVariant(QMetaType(QMetaType::LongLong));
        Result<QVariant> id = Sql::scalar(db, QStringLiteral("SELECT id FROM %1 WHERE collectivite_id = ? AND code = ?").arg(table),
                                          {commune, code.trimmed()});
        if (!id)
            return id.error();
        if (id.value().isValid())
            return id.value();
        return Sql::scalar(db, QStringLiteral("INSERT INTO %1 (collectivite_id, code, libelle, created_by, updated_by) "
                                              "VALUES (?, ?, ?, ?, ?) RETURNING id").arg(table),
                           {commune, code.trimmed(), code.trimmed(), text(login), text(login)});
    };
    Result<QVariant> canton = refId(QStringLiteral("elec_canton"), b.cantonCode);
    if (!canton)
        return canton.error();
    Result<QVariant> circo = refId(QStringLiteral("elec_circonscription"), b.circonscriptionCode);
    if (!circo)
        return circo.error();
    Result<QVariant> id = Sql::scalar(db, QStringLiteral("INSERT INTO elec_bureau (collectivite_id, code, libelle, adresse_lieu, "
                                                         "canton_id, circonscription_id, created_by, updated_by) VALUES "
                                                         "(?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                                      {commune, b.code, b.libelle, text(b.adresseLieu.simplified()), canton.value(),
                                       circo.value(), text(login), text(login)});
    if (!id) {
        if (id.error().kind() == Error::Kind::Conflict)
            return Error(Tr::tr("Le bureau %1 existe déjà : choisissez un autre code.").arg(b.code), {}, Error::Kind::Conflict);
        return id.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    b.id = id.value().toLongLong();
    b.version = 1;
    return b;
}

Result<QList<Bureau>> ElecService::bureaux(const QString &liste)
{
    if (Status s = require(kPermissionConsulter); !s)
        return s.error();
    Result<QSqlQuery> q = Sql::exec(
        m_database.connection(),
        QStringLiteral("SELECT b.id, b.code, b.libelle, b.adresse_lieu, COALESCE(c.code, ''), COALESCE(k.code, ''), b.version, "
                       "(SELECT count(*) FROM elec_electeur e WHERE e.bureau_id = b.id AND e.liste = ? AND "
                       "e.situation = 'inscrit') FROM elec_bureau b LEFT JOIN elec_canton c ON c.id = b.canton_id "
                       "LEFT JOIN elec_circonscription k ON k.id = b.circonscription_id WHERE b.collectivite_id = ? "
                       "ORDER BY b.code"),
        {liste, m_session.commune().id});
    if (!q)
        return q.error();
    QList<Bureau> list;
    while (q.value().next()) {
        Bureau b;
        b.id = q.value().value(0).toLongLong();
        b.code = q.value().value(1).toString();
        b.libelle = q.value().value(2).toString();
        b.adresseLieu = q.value().value(3).toString();
        b.cantonCode = q.value().value(4).toString();
        b.circonscriptionCode = q.value().value(5).toString();
        b.version = q.value().value(6).toInt();
        b.inscrits = q.value().value(7).toInt();
        list.append(b);
    }
    return list;
}

namespace {
Status checkPlage(const Plage &p)
{
    if (p.voieId <= 0)
        return Error(Tr::tr("Choisissez la voie de la plage."), {}, Error::Kind::InvalidInput);
    if (p.bureauId <= 0)
        return Error(Tr::tr("Choisissez le bureau de la plage."), {}, Error::Kind::InvalidInput);
    if (p.numeroDebut < 0 || p.numeroFin < p.numeroDebut)
        return Error(Tr::tr("Plage du %1 au %2 refusée : le premier numéro doit être positif et ne pas dépasser le dernier.")
                         .arg(p.numeroDebut).arg(p.numeroFin), {}, Error::Kind::InvalidInput);
    if (p.cote != u"pair" && p.cote != u"impair" && p.cote != u"tous")
        return Error(Tr::tr("Côté « %1 » inconnu : pair, impair ou tous.").arg(p.cote), {}, Error::Kind::InvalidInput);
    return {};
}

bool overlap(const Plage &a, const Plage &b)
{
    if (a.voieId != b.voieId || a.numeroFin < b.numeroDebut || b.numeroFin < a.numeroDebut)
        return false;
    return a.cote == u"tous" || b.cote == u"tous" || a.cote == b.cote;
}
} // namespace

Result<QList<Plage>> ElecService::plages()
{
    if (Status s = require(kPermissionConsulter); !s)
        return s.error();
    Result<QSqlQuery> q = Sql::exec(
        m_database.connection(),
        QStringLiteral("SELECT d.id, d.voie_id, COALESCE(t.libelle, ''), v.libelle, v.complement, d.numero_debut, d.numero_fin, "
                       "d.cote, d.bureau_id, b.code, d.version, (SELECT count(*) FROM elec_electeur e WHERE "
                       "e.voie_id = d.voie_id AND e.situation = 'inscrit' AND e.numero_voie BETWEEN d.numero_debut AND "
                       "d.numero_fin AND (d.cote = 'tous' OR (d.cote = 'pair' AND e.numero_voie % 2 = 0) OR "
                       "(d.cote = 'impair' AND e.numero_voie % 2 = 1))) FROM elec_decoupage d JOIN voie v ON "
                       "v.id = d.voie_id LEFT JOIN voie_type t ON t.id = v.voie_type_id JOIN elec_bureau b ON "
                       "b.id = d.bureau_id WHERE d.collectivite_id = ? ORDER BY v.cle_recherche, d.numero_debut"),
        {m_session.commune().id});
    if (!q)
        return q.error();
    QList<Plage> list;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        Plage p;
        p.id = r.value(0).toLongLong();
        p.voieId = r.value(1).toLongLong();
        p.voieLibelle = QStringList{r.value(2).toString(), r.value(3).toString(), r.value(4).toString()}
                            .join(u' ').simplified();
        p.numeroDebut = r.value(5).toInt();
        p.numeroFin = r.value(6).toInt();
        p.cote = r.value(7).toString();
        p.bureauId = r.value(8).toLongLong();
        p.bureauCode = r.value(9).toString();
        p.version = r.value(10).toInt();
        p.electeurs = r.value(11).toInt();
        list.append(p);
    }
    return list;
}

Status ElecService::checkNoOverlap(const Plage &p)
{
    Result<QList<Plage>> existing = plages();
    if (!existing)
        return existing.error();
    for (const Plage &other : existing.value())
        if (other.id != p.id && overlap(p, other))
            return Error(Tr::tr("Cette plage chevauche celle du %1 au %2 (%3) de la même voie, au bureau %4 : modifiez "
                                "l'une des deux pour qu'un numéro ne relève que d'un bureau.")
                             .arg(other.numeroDebut).arg(other.numeroFin).arg(other.cote, other.bureauCode),
                         {}, Error::Kind::Conflict);
    return {};
}

Result<Plage> ElecService::ajouterPlage(const Plage &p)
{
    if (Status s = require(kPermissionParametrer); !s)
        return s.error();
    if (Status s = checkPlage(p); !s)
        return s.error();
    if (Status s = checkNoOverlap(p); !s)
        return s.error();
    QSqlDatabase db = m_database.connection();
    Core::Transaction tx(db, m_database.dialect());
    if (!tx.begun())
        return tx.begun().error();
    const QString login = m_session.user().login;
    Result<QVariant> id = Sql::scalar(db, QStringLiteral("INSERT INTO elec_decoupage (collectivite_id, voie_id, numero_debut, "
                                                         "numero_fin, cote, bureau_id, created_by, updated_by) VALUES "
                                                         "(?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                                      {m_session.commune().id, p.voieId, p.numeroDebut, p.numeroFin, p.cote, p.bureauId,
                                       text(login), text(login)});
    if (!id)
        return id.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    Plage stored = p;
    stored.id = id.value().toLongLong();
    stored.version = 1;
    return stored;
}

Result<Plage> ElecService::modifierPlage(const Plage &p)
{
    if (Status s = require(kPermissionParametrer); !s)
        return s.error();
    if (Status s = checkPlage(p); !s)
        return s.error();
    if (Status s = checkNoOverlap(p); !s)
        return s.error();
    QSqlDatabase db = m_database.connection();
    Core::Transaction tx(db, m_database.dialect());
    if (!tx.begun())
        return tx.begun().error();
    Result<QSqlQuery> q = Sql::exec(db, QStringLiteral("UPDATE elec_decoupage SET voie_id = ?, numero_debut = ?, numero_fin = ?, "
                                                       "cote = ?, bureau_id = ?, version = version + 1, updated_at = ")
                                            + m_database.dialect().currentTimestamp()
                                            + QStringLiteral(", updated_by = ? WHERE id = ? AND collectivite_id = ? AND version = ?"),
                                    {p.voieId, p.numeroDebut, p.numeroFin, p.cote, p.bureauId,
                                     text(m_session.user().login), p.id, m_session.commune().id, p.version});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() != 1) {
        Result<QSqlQuery> who = Sql::exec(db, QStringLiteral("SELECT updated_by, updated_at FROM elec_decoupage WHERE id = ?"), {p.id});
        if (who && who.value().next())
            return Core::VersionConflict::error(Tr::tr("La plage du découpage"), who.value().value(0).toString(),
                                                who.value().value(1));
        return Error(Tr::tr("Cette plage n'existe plus dans le découpage."), {}, Error::Kind::NotFound);
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    Plage stored = p;
    stored.version = p.version + 1;
    return stored;
}

Status ElecService::supprimerPlage(qint64 plageId, int expectedVersion)
{
    if (Status s = require(kPermissionParametrer); !s)
        return s;
    QSqlDatabase db = m_database.connection();
    Core::Transaction tx(db, m_database.dialect());
    if (!tx.begun())
        return tx.begun();
    Result<QSqlQuery> q = Sql::exec(db, QStringLiteral("DELETE FROM elec_decoupage WHERE id = ? AND collectivite_id = ? AND version = ?"),
                                    {plageId, m_session.commune().id, expectedVersion});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() != 1)
        return Error(Tr::tr("Cette plage a été modifiée ou supprimée par quelqu'un d'autre : rechargez le découpage."), {},
                     Error::Kind::Conflict);
    return tx.commit();
}

Result<qint64> ElecService::bureauDeAdresse(qint64 voieId, int numero)
{
    if (Status s = require(kPermissionConsulter); !s)
        return s.error();
    return ElecteurRepository(m_database.connection(), m_database.dialect(), m_session.commune().id)
        .bureauForAddress(voieId, numero);
}

Result<QList<ChangementBureau>> ElecService::apercuRedecoupage()
{
    if (Status s = require(kPermissionConsulter); !s)
        return s.error();
    Result<QSqlQuery> q = Sql::exec(
        m_database.connection(),
        QStringLiteral("SELECT e.id, e.liste, e.nom_naissance, e.prenoms, e.numero_voie, e.complement_numero, v.libelle, "
                       "COALESCE(e.bureau_id, 0), COALESCE(ob.code, ''), d.bureau_id, nb.code "
                       "FROM elec_electeur e JOIN voie v ON v.id = e.voie_id "
                       "JOIN elec_decoupage d ON d.collectivite_id = e.collectivite_id AND d.voie_id = e.voie_id "
                       "AND e.numero_voie BETWEEN d.numero_debut AND d.numero_fin AND (d.cote = 'tous' OR "
                       "(d.cote = 'pair' AND e.numero_voie % 2 = 0) OR (d.cote = 'impair' AND e.numero_voie % 2 = 1)) "
                       "JOIN elec_bureau nb ON nb.id = d.bureau_id LEFT JOIN elec_bureau ob ON ob.id = e.bureau_id "
                       "WHERE e.collectivite_id = ? AND e.situation = 'inscrit' AND e.bureau_force = ? "
                       "AND (e.bureau_id IS NULL OR e.bureau_id <> d.bureau_id) "
                       "AND NOT EXISTS (SELECT 1 FROM elec_mouvement m WHERE m.electeur_id = e.id "
                       "AND m.etat IN ('en_instruction', 'accepte', 'transmis')) "
                       "ORDER BY e.cle_tri, e.id"),
        {m_session.commune().id, false});
    if (!q)
        return q.error();
    QList<ChangementBureau> list;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        ChangementBureau c;
        c.electeurId = r.value(0).toLongLong();
        c.liste = r.value(1).toString();
        c.nom = r.value(2).toString() + u' ' + r.value(3).toString();
        c.adresse = QStringList{r.value(4).toString(), r.value(5).toString(), r.value(6).toString()}.join(u' ').simplified();
        c.ancienBureauId = r.value(7).toLongLong();
        c.ancienBureau = r.value(8).toString();
        c.nouveauBureauId = r.value(9).toLongLong();
        c.nouveauBureau = r.value(10).toString();
        list.append(c);
    }
    return list;
}

Result<int> ElecService::genererRedecoupage(const QDate &dateDemande)
{
    if (Status s = require(kPermissionParametrer); !s)
        return s.error();
    Result<QList<ChangementBureau>> preview = apercuRedecoupage();
    if (!preview)
        return preview.error();
    QSqlDatabase db = m_database.connection();
    Core::Transaction tx(db, m_database.dialect());
    if (!tx.begun())
        return tx.begun().error();
    const MouvementRepository repo(db, m_database.dialect(), m_session.commune().id);
    Result<TypeMouvement> type = typeFor(repo, QStringLiteral("MBUR"), QStringLiteral("modification"));
    if (!type)
        return type.error();
    const QString login = m_session.user().login;
    for (const ChangementBureau &c : preview.value()) {
        Mouvement m;
        m.type = type.value();
        m.liste = c.liste;
        m.electeurId = c.electeurId;
        m.dateDemande = dateDemande;
        m.provenance = QStringLiteral("redecoupage");
        m.ancienBureauId = c.ancienBureauId;
        m.nouveauBureauId = c.nouveauBureauId;
        m.observations = Tr::tr("Redécoupage : bureau %1 → %2").arg(c.ancienBureau, c.nouveauBureau);
        Result<qint64> id = repo.insert(m, login);
        if (!id)
            return id.error();
        if (Status s = repo.addStep(id.value(), MouvementEtat::EnInstruction, dateDemande, login, m.observations); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return int(preview->size());
}

Result<int> ElecService::refonte()
{
    if (Status s = require(kPermissionParametrer); !s)
        return s.error();
    QSqlDatabase db = m_database.connection();
    Core::Transaction tx(db, m_database.dialect());
    if (!tx.begun())
        return tx.begun().error();
    // One statement: the window function ranks each bureau of each list, and only the electors
    // whose number changes are written (and audited).
    Result<QSqlQuery> q = Sql::exec(
        db,
        QStringLiteral("UPDATE elec_electeur SET numero_ordre = r.rang, version = elec_electeur.version + 1, updated_at = ")
            + m_database.dialect().currentTimestamp()
            + QStringLiteral(", updated_by = ? FROM (SELECT id, ROW_NUMBER() OVER (PARTITION BY liste, bureau_id ORDER BY "
                             "cle_nom, cle_prenoms, date_naissance, id) AS rang FROM elec_electeur WHERE collectivite_id = ? "
                             "AND situation = 'inscrit' AND bureau_id IS NOT NULL) r WHERE elec_electeur.id = r.id AND "
                             "elec_electeur.numero_ordre <> r.rang"),
        {text(m_session.user().login), m_session.commune().id});
    if (!q)
        return q.error();
    const int changed = q.value().numRowsAffected();
    if (Status s = tx.commit(); !s)
        return s.error();
    return changed;
}

Result<qint64> ElecService::ajouterScrutin(const QString &libelle, const QDate &tour1, const QDate &tour2)
{
    if (Status s = require(kPermissionParametrer); !s)
        return s.error();
    if (libelle.trimmed().isEmpty() || !tour1.isValid())
        return Error(Tr::tr("Indiquez le libellé et la date du premier tour du scrutin."), {}, Error::Kind::InvalidInput);
    QSqlDatabase db = m_database.connection();
    Core::Transaction tx(db, m_database.dialect());
    if (!tx.begun())
        return tx.begun().error();
    const QString login = m_session.user().login;
    Result<QVariant> id = Sql::scalar(db, QStringLiteral("INSERT INTO elec_scrutin (collectivite_id, libelle, date_tour1, "
                                                         "date_tour2, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                                      {m_session.commune().id, libelle.simplified(), tour1, date(tour2), text(login), text(login)});
    if (!id)
        return id.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id.value().toLongLong();
}

} // namespace OpenMairie::Elec
