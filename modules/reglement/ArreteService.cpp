#include "ArreteService.h"

#include "ArreteCategory.h"
#include "ArreteRepository.h"
#include "ArreteValidator.h"
#include "Tr.h"

#include "AuditTrail.h"
#include "DatabaseManager.h"
#include "FrenchDate.h"
#include "ModuleContext.h"
#include "Permissions.h"
#include "Session.h"
#include "Transaction.h"

#include <algorithm>

namespace OpenMairie::Reglement {

using Core::Error;
using Core::Result;
using Core::Status;

const QString ArreteService::kPermissionConsulter = QStringLiteral("reglement.arrete.consulter");
const QString ArreteService::kPermissionCreer = QStringLiteral("reglement.arrete.creer");
const QString ArreteService::kPermissionModifier = QStringLiteral("reglement.arrete.modifier");
const QString ArreteService::kPermissionAbroger = QStringLiteral("reglement.arrete.abroger");
const QString ArreteService::kModuleId = QStringLiteral("reglement");
const QString ArreteService::kTable = QStringLiteral("reglement_arrete");

namespace {
// A unique-key conflict on insert can only come from rows written outside the counter; the
// counter is then moved past them and the insert tried again.
constexpr int kInsertAttempts = 3;
} // namespace

ArreteService::ArreteService(Core::DatabaseManager &database, Core::Session &session, Core::Permissions &permissions,
                             Core::AuditTrail &audit)
    : m_database(database), m_session(session), m_permissions(permissions), m_audit(audit),
      m_today([] { return QDate::currentDate(); })
{
}

ArreteService::ArreteService(Core::ModuleContext &context)
    : ArreteService(context.database(), context.session(), context.permissions(), context.audit())
{
}

void ArreteService::setClock(std::function<QDate()> today)
{
    m_today = std::move(today);
}

QDate ArreteService::today() const
{
    return m_today();
}

bool ArreteService::sessionAllows(const QString &permission) const
{
    return m_permissions.sessionAllows(permission);
}

QString ArreteService::communeName() const
{
    return m_session.commune().nom;
}

FieldErrors ArreteService::validate(const ArreteDraft &draft, int numberYear) const
{
    return ArreteValidator::validate(normalized(draft), today(), numberYear);
}

ArreteDraft ArreteService::normalized(const ArreteDraft &draft)
{
    ArreteDraft d = draft;
    d.objet = d.objet.trimmed();
    d.categorie = d.categorie.trimmed();
    d.signataire = d.signataire.simplified();
    d.reference = d.reference.trimmed();
    d.observations = d.observations.trimmed();
    d.visas = d.visas.trimmed();
    d.considerants = d.considerants.trimmed();
    d.articles = d.articles.trimmed();
    if (!d.transmissionRequise)
        d.transmissionRequise = ArreteCategory::fromCode(d.categorie).transmissionByDefault();
    return d;
}

Status ArreteService::requireCommune() const
{
    if (!m_session.commune().isValid())
        return Error(Tr::tr("Aucune commune n'est choisie : choisissez la commune dont vous tenez le registre des "
                            "arrêtés."),
                     {}, Error::Kind::PermissionDenied);
    return {};
}

Result<ArreteRepository> ArreteService::readRepository(const QString &permission)
{
    if (Status s = m_permissions.require(permission); !s)
        return s.error();
    if (Status s = requireCommune(); !s)
        return s.error();
    Result<QSqlDatabase> db = m_database.checkedConnection();
    if (!db)
        return db.error();
    return ArreteRepository(db.value(), m_database.dialect(), m_session.commune().id);
}

Error ArreteService::staleError(const Arrete &current) const
{
    const QDateTime at = current.updatedAt.toLocalTime();
    return Error(Tr::tr("L'arrêté %1 a été modifié par %2 le %3 à %4 : rechargez-le pour voir ses nouvelles valeurs, "
                        "puis refaites votre modification (elle n'a pas été enregistrée).")
                     .arg(current.numero, current.updatedBy.isEmpty() ? Tr::tr("un autre agent") : current.updatedBy,
                          at.toString(QStringLiteral("dd/MM/yyyy")), at.toString(QStringLiteral("HH:mm"))),
                 QStringLiteral("version %1").arg(current.version), Error::Kind::Conflict);
}

Result<Arrete> ArreteService::create(const ArreteDraft &input)
{
    if (Status s = m_permissions.require(kPermissionCreer); !s)
        return s.error();
    if (Status s = requireCommune(); !s)
        return s.error();
    const ArreteDraft draft = normalized(input);
    if (const FieldErrors errors = ArreteValidator::validate(draft, today()); !errors.isEmpty())
        return ArreteValidator::toError(errors);

    const QString login = m_session.user().login;
    Error lastError;
    for (int attempt = 0; attempt < kInsertAttempts; ++attempt) {
        Result<QSqlDatabase> db = m_database.checkedConnection();
        if (!db)
            return db.error();
        Core::Transaction tx(db.value(), m_database.dialect());
        if (!tx.begun())
            return tx.begun().error();
        const ArreteRepository repo(db.value(), m_database.dialect(), m_session.commune().id);

        Arrete a;
        a.annee = draft.dateSignature.year();
        Result<int> rank = repo.reserveRank(a.annee);
        if (!rank)
            return rank.error();
        a.rang = rank.value();
        a.numero = Arrete::formatNumero(a.annee, a.rang);
        a.dateSignature = draft.dateSignature;
        a.objet = draft.objet;
        a.categorie = draft.categorie;
        a.signataire = draft.signataire;
        a.datePublication = draft.datePublication;
        a.transmissionRequise = draft.transmissionRequise.value_or(true);
        a.dateTransmission = draft.dateTransmission;
        a.dateNotification = draft.dateNotification;
        a.reference = draft.reference;
        a.observations = draft.observations;
        a.visas = draft.visas;
        a.considerants = draft.considerants;
        a.articles = draft.articles;

        Result<qint64> id = repo.insert(a, login);
        if (!id) {
            lastError = id.error();
            if (id.error().kind() == Error::Kind::Conflict)
                continue; // the transaction rolls back; the next attempt takes a higher rank
            return id.error();
        }
        Result<std::optional<Arrete>> stored = repo.findById(id.value());
        if (!stored)
            return stored.error();
        if (!stored.value())
            return Error(Tr::tr("L'arrêté enregistré est introuvable."));
        const Arrete created = *stored.value();

        // The insert is audited by the table's trigger, in this transaction.
        if (Status s = tx.commit(); !s)
            return s.error();
        return created;
    }
    return Error(Tr::tr("Aucun numéro libre n'a pu être attribué à l'arrêté après %1 essais : réessayez.")
                     .arg(kInsertAttempts),
                 lastError.fullText(), Error::Kind::Conflict);
}

Result<Arrete> ArreteService::update(qint64 id, int expectedVersion, const ArreteDraft &input)
{
    if (Status s = m_permissions.require(kPermissionModifier); !s)
        return s.error();
    if (Status s = requireCommune(); !s)
        return s.error();
    const ArreteDraft draft = normalized(input);

    Result<QSqlDatabase> db = m_database.checkedConnection();
    if (!db)
        return db.error();
    Core::Transaction tx(db.value(), m_database.dialect());
    if (!tx.begun())
        return tx.begun().error();
    const ArreteRepository repo(db.value(), m_database.dialect(), m_session.commune().id);
    Result<std::optional<Arrete>> found = repo.findById(id, true);
    if (!found)
        return found.error();
    if (!found.value())
        return Error(Tr::tr("Cet arrêté n'existe pas dans le registre de %1.").arg(communeName()), {},
                     Error::Kind::NotFound);
    const Arrete before = *found.value();
    if (before.version != expectedVersion)
        return staleError(before);
    if (!before.isActive())
        return Error(Tr::tr("L'arrêté %1 est %2 depuis le %3 : il ne peut plus être modifié.")
                         .arg(before.numero, stateLabel(before.etat).toLower(),
                              Core::FrenchDate::format(before.dateFin)),
                     {}, Error::Kind::Conflict);
    if (const FieldErrors errors = ArreteValidator::validate(draft, today(), before.annee); !errors.isEmpty())
        return ArreteValidator::toError(errors, Tr::tr("La modification de l'arrêté %1 n'est pas enregistrée :")
                                                    .arg(before.numero));

    Arrete after = before;
    after.dateSignature = draft.dateSignature;
    after.objet = draft.objet;
    after.categorie = draft.categorie;
    after.signataire = draft.signataire;
    after.datePublication = draft.datePublication;
    after.transmissionRequise = draft.transmissionRequise.value_or(true);
    after.dateTransmission = draft.dateTransmission;
    after.dateNotification = draft.dateNotification;
    after.reference = draft.reference;
    after.observations = draft.observations;
    after.visas = draft.visas;
    after.considerants = draft.considerants;
    after.articles = draft.articles;
    if (after.toAuditJson() == before.toAuditJson())
        return before; // nothing changed: no new version, no audit row

    Result<bool> written = repo.update(after, expectedVersion, m_session.user().login);
    if (!written)
        return written.error();
    if (!written.value())
        return staleError(before);
    Result<std::optional<Arrete>> stored = repo.findById(id);
    if (!stored)
        return stored.error();
    const Arrete updated = stored.value().value_or(after);

    // The update (before and after) is audited by the table's trigger, in this transaction.
    if (Status s = tx.commit(); !s)
        return s.error();
    return updated;
}

Result<Arrete> ArreteService::abrogate(qint64 id, int expectedVersion, const QDate &date, const QString &motif)
{
    return end(id, expectedVersion, ArreteState::Abroge, date, motif);
}

Result<Arrete> ArreteService::cancel(qint64 id, int expectedVersion, const QDate &date, const QString &motif)
{
    return end(id, expectedVersion, ArreteState::Annule, date, motif);
}

Result<Arrete> ArreteService::end(qint64 id, int expectedVersion, ArreteState target, const QDate &date,
                                  const QString &motif)
{
    if (Status s = m_permissions.require(kPermissionAbroger); !s)
        return s.error();
    if (Status s = requireCommune(); !s)
        return s.error();
    Result<QSqlDatabase> db = m_database.checkedConnection();
    if (!db)
        return db.error();
    Core::Transaction tx(db.value(), m_database.dialect());
    if (!tx.begun())
        return tx.begun().error();
    const ArreteRepository repo(db.value(), m_database.dialect(), m_session.commune().id);
    Result<std::optional<Arrete>> found = repo.findById(id, true);
    if (!found)
        return found.error();
    if (!found.value())
        return Error(Tr::tr("Cet arrêté n'existe pas dans le registre de %1.").arg(communeName()), {},
                     Error::Kind::NotFound);
    const Arrete before = *found.value();
    if (before.version != expectedVersion)
        return staleError(before);
    if (!before.isActive())
        return Error(Tr::tr("L'arrêté %1 est déjà %2 depuis le %3.")
                         .arg(before.numero, stateLabel(before.etat).toLower(),
                              Core::FrenchDate::format(before.dateFin)),
                     {}, Error::Kind::Conflict);
    const bool abrogation = target == ArreteState::Abroge;
    if (const FieldErrors errors = ArreteValidator::validateEnd(before, target, date, motif, today());
        !errors.isEmpty())
        return ArreteValidator::toError(errors, abrogation ? Tr::tr("L'abrogation n'est pas enregistrée :")
                                                           : Tr::tr("L'annulation n'est pas enregistrée :"));

    Arrete after = before;
    after.etat = target;
    after.dateFin = date;
    after.motifFin = motif.trimmed();
    Result<bool> written = repo.update(after, expectedVersion, m_session.user().login);
    if (!written)
        return written.error();
    if (!written.value())
        return staleError(before);
    Result<std::optional<Arrete>> stored = repo.findById(id);
    if (!stored)
        return stored.error();
    const Arrete updated = stored.value().value_or(after);

    // The update (state, date and motive, before and after) is audited by the table's trigger.
    if (Status s = tx.commit(); !s)
        return s.error();
    return updated;
}

Status ArreteService::remove(qint64 id)
{
    Result<Arrete> a = get(id);
    if (!a)
        return a.error();
    return Error(Tr::tr("L'arrêté %1 ne peut pas être supprimé : un arrêté numéroté reste au registre et son numéro "
                        "n'est jamais réattribué. Abrogez-le s'il cesse de s'appliquer, ou annulez-le s'il a été "
                        "retiré ou annulé par le juge.").arg(a->numero),
                 {}, Error::Kind::Conflict);
}

Result<Arrete> ArreteService::get(qint64 id)
{
    Result<ArreteRepository> repo = readRepository(kPermissionConsulter);
    if (!repo)
        return repo.error();
    Result<std::optional<Arrete>> found = repo->findById(id);
    if (!found)
        return found.error();
    if (!found.value())
        return Error(Tr::tr("Cet arrêté n'existe pas dans le registre de %1.").arg(communeName()), {},
                     Error::Kind::NotFound);
    return *found.value();
}

Result<Arrete> ArreteService::findByNumero(const QString &numero)
{
    Result<ArreteRepository> repo = readRepository(kPermissionConsulter);
    if (!repo)
        return repo.error();
    int annee = 0;
    int rang = 0;
    if (!Arrete::parseNumero(numero, &annee, &rang))
        return Error(Tr::tr("« %1 » n'est pas un numéro d'arrêté : écrivez-le AAAA-NNNN (par exemple 2024-0012).")
                         .arg(numero),
                     {}, Error::Kind::InvalidInput);
    Result<std::optional<Arrete>> found = repo->findByNumero(annee, rang);
    if (!found)
        return found.error();
    if (!found.value())
        return Error(Tr::tr("Aucun arrêté n° %1 dans le registre de %2.")
                         .arg(Arrete::formatNumero(annee, rang), communeName()),
                     {}, Error::Kind::NotFound);
    return *found.value();
}

bool ArreteService::listSpansSeveralCommunes() const
{
    return m_session.isAllCommunesView();
}

QString ArreteService::communeLabel(qint64 collectiviteId) const
{
    const Core::SessionCommune c = m_session.communeById(collectiviteId);
    return c.isValid() ? c.nom : QString();
}

Status ArreteService::workInCommuneOf(const Arrete &arrete)
{
    if (arrete.collectiviteId == m_session.commune().id)
        return {};
    const Core::SessionCommune c = m_session.communeById(arrete.collectiviteId);
    if (!c.isValid() || !m_session.switchCommune(c.codeInsee))
        return Error(Tr::tr("Cet arrêté appartient à une commune qui n'est pas parmi les vôtres : demandez à "
                            "l'administrateur de vous la rattacher."),
                     {}, Error::Kind::PermissionDenied);
    return {};
}

Result<ArreteRepository> ArreteService::listRepository()
{
    Result<ArreteRepository> repo = readRepository(kPermissionConsulter);
    if (!repo)
        return repo.error();
    ArreteRepository scoped = repo.value();
    scoped.setListScope(Core::CommuneScope::ofView(m_session));
    return scoped;
}

Result<QList<Arrete>> ArreteService::list(const ArreteFilter &filter, int offset, int limit)
{
    Result<ArreteRepository> repo = listRepository();
    if (!repo)
        return repo.error();
    return repo->list(filter, std::max(0, offset), std::clamp(limit, 1, 1000));
}

Result<int> ArreteService::count(const ArreteFilter &filter)
{
    Result<ArreteRepository> repo = listRepository();
    if (!repo)
        return repo.error();
    return repo->count(filter);
}

Result<QList<int>> ArreteService::years()
{
    Result<ArreteRepository> repo = listRepository();
    if (!repo)
        return repo.error();
    return repo->years();
}

Result<QString> ArreteService::defaultSignataire()
{
    Result<ArreteRepository> repo = readRepository(kPermissionConsulter);
    if (!repo)
        return repo.error();
    return repo->latestSignataire();
}

} // namespace OpenMairie::Reglement
