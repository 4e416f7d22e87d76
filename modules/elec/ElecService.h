#pragma once

#include "Bureau.h"
#include "Electeur.h"
#include "ElecteurFilter.h"
#include "Mouvement.h"

#include "Result.h"

#include <functional>

namespace OpenMairie::Core {
class DatabaseManager;
class ModuleContext;
class Permissions;
class Session;
} // namespace OpenMairie::Core

namespace OpenMairie::Elec {

// A demand at the counter: the type (motif), when it was received and how, with its pieces.
struct Demande
{
    QString typeCode;
    QDate dateDemande;
    QString provenance = QStringLiteral("mairie");
    QString communeProvenance;
    QString pieces;
    QString observations;
    // The agent has seen the possible duplicates and confirms it is another person.
    bool doublonConfirme = false;
};

// The electoral lists of the session's commune: electors, mouvements and their legal steps,
// bureaux, découpage, numbering. Every method checks its right, every write is one transaction
// (audited by the suite's triggers). The GUI, the CLI, the tests and the next issue's documents
// drive this same class.
class ElecService
{
public:
    static const QString kModuleId;
    static const QString kPermissionConsulter;   // elec.electeur.consulter
    static const QString kPermissionSaisir;      // elec.mouvement.saisir
    static const QString kPermissionDecider;     // elec.mouvement.decider
    static const QString kPermissionParametrer;  // elec.bureau.gerer (bureaux, découpage, refonte)
    static const QString kPermissionImporter;    // elec.liste.importer

    ElecService(Core::DatabaseManager &database, Core::Session &session, Core::Permissions &permissions);
    explicit ElecService(Core::ModuleContext &context);

    void setClock(std::function<QDate()> today);
    QDate today() const;
    bool sessionAllows(const QString &permission) const;
    QString communeName() const;

    // ---- Reading
    Core::Result<Electeur> electeur(qint64 id);
    Core::Result<QList<Electeur>> page(const ElecteurFilter &filter, const ElecteurCursor &after = {}, int limit = 200);
    Core::Result<QList<Electeur>> pageAt(const ElecteurFilter &filter, int offset, int limit = 200);
    Core::Result<int> count(const ElecteurFilter &filter);
    // The search of the GUI's box and of « elec search »: the first 50 in alphabetical order.
    Core::Result<QList<Electeur>> search(const QString &text, const QString &liste = QStringLiteral("LP"), int limit = 50);
    Core::Result<QList<Mouvement>> mouvementsEnCours(int limit = 200);
    Core::Result<QList<Mouvement>> mouvementsDe(qint64 electeurId);
    Core::Result<QList<MouvementEtape>> historique(qint64 electeurId);
    Core::Result<Mouvement> mouvement(qint64 id);
    Core::Result<QList<TypeMouvement>> typesMouvement();

    // ---- Duplicates
    // Inscrits with the same nom de naissance and date of birth (accents and case ignored) and
    // similar prénoms.
    Core::Result<QList<Electeur>> doublonsPossibles(const Electeur &candidat);
    // Every group of such inscrits in the commune, list by list.
    Core::Result<QList<QList<Electeur>>> rapportDoublons();
    static bool prenomsSimilaires(const QString &a, const QString &b);

    // ---- Mouvements (instruction → décision → notification → transmission → application)
    Core::Result<Mouvement> demanderInscription(const Electeur &electeur, const Demande &demande);
    Core::Result<Mouvement> demanderModification(qint64 electeurId, int expectedVersion, const Electeur &apres,
                                                 const Demande &demande);
    Core::Result<Mouvement> demanderRadiation(qint64 electeurId, const Demande &demande);
    // Radiation contradictoire: the day the elector was sent the maire's notice (15 days to answer).
    Core::Result<Mouvement> aviser(qint64 mouvementId, int expectedVersion, const QDate &date);
    Core::Result<Mouvement> decider(qint64 mouvementId, int expectedVersion, bool accepte, const QDate &date,
                                    const QString &motif = {});
    Core::Result<Mouvement> notifier(qint64 mouvementId, int expectedVersion, const QDate &date);
    Core::Result<Mouvement> transmettre(qint64 mouvementId, int expectedVersion, const QDate &date);
    // Changes the list: creates, modifies or strikes off the elector; numbers a new one.
    Core::Result<Mouvement> appliquer(qint64 mouvementId, int expectedVersion, const QDate &date);

    // ---- Bureaux, découpage, numbering
    Core::Result<Bureau> creerBureau(const Bureau &bureau);
    Core::Result<QList<Bureau>> bureaux(const QString &liste = QStringLiteral("LP"));
    Core::Result<Plage> ajouterPlage(const Plage &plage);
    Core::Result<Plage> modifierPlage(const Plage &plage); // plage.version: the version read
    Core::Status supprimerPlage(qint64 plageId, int expectedVersion);
    Core::Result<QList<Plage>> plages();
    // The bureau the découpage gives to an address (0 when no range covers it).
    Core::Result<qint64> bureauDeAdresse(qint64 voieId, int numero);
    // Electors (inscrits, bureau not forced) whose bureau the current découpage changes.
    Core::Result<QList<ChangementBureau>> apercuRedecoupage();
    // Creates the modification mouvements of the preview (en instruction); returns how many.
    Core::Result<int> genererRedecoupage(const QDate &dateDemande);
    // Renumbers every bureau of every list alphabetically (nom de naissance, prénoms, date of birth),
    // in one transaction; returns how many electors changed number.
    Core::Result<int> refonte();
    Core::Result<qint64> ajouterScrutin(const QString &libelle, const QDate &tour1, const QDate &tour2 = {});

private:
    Core::Status requireCommune() const;
    Core::Status require(const QString &permission) const;
    Core::Result<Mouvement> transition(qint64 id, int expectedVersion, const QString &permission,
                                       const std::function<Core::Status(Mouvement &)> &change, const QString &etape,
                                       const QDate &date, const QString &commentaire);
    // Refuses an L30 demand out of its window; *warning: an ordinary demand after a scrutin's limit.
    Core::Status checkDeadline(const TypeMouvement &type, const QDate &dateDemande, QString *warning) const;
    Core::Status checkAddress(Electeur &electeur) const;
    Core::Status checkNoOverlap(const Plage &plage);
    Core::Error staleMouvement(const Mouvement &m) const;
    Core::Result<Mouvement> creerMouvement(Mouvement m);

    Core::DatabaseManager &m_database;
    Core::Session &m_session;
    Core::Permissions &m_permissions;
    std::function<QDate()> m_today;
};

} // namespace OpenMairie::Elec
