#pragma once

#include "Arrete.h"
#include "ArreteFilter.h"
#include "FieldError.h"

#include "Result.h"

#include <functional>
#include <optional>

namespace OpenMairie::Core {
class AuditTrail;
class DatabaseManager;
class ModuleContext;
class Permissions;
class Session;
} // namespace OpenMairie::Core

namespace OpenMairie::Reglement {

class ArreteRepository;

// The register of the session's commune: numbering, rules, rights, optimistic locking and the
// audit trail. Every write is one transaction with its audit row. No widget and no global: the
// GUI, the CLI and the tests drive this same class.
class ArreteService
{
public:
    static const QString kPermissionConsulter;
    static const QString kPermissionCreer;
    static const QString kPermissionModifier;
    static const QString kPermissionAbroger;
    static const QString kModuleId;
    static const QString kTable;

    ArreteService(Core::DatabaseManager &database, Core::Session &session, Core::Permissions &permissions,
                  Core::AuditTrail &audit);
    explicit ArreteService(Core::ModuleContext &context);

    // Today's date for the rules ("not in the future"); tests and the demo generator replace it.
    void setClock(std::function<QDate()> today);
    QDate today() const;

    // Assigns the next number of the signature year.
    Core::Result<Arrete> create(const ArreteDraft &draft);
    // Refused with the name of who saved in between when the row is no longer at expectedVersion.
    Core::Result<Arrete> update(qint64 id, int expectedVersion, const ArreteDraft &draft);
    Core::Result<Arrete> abrogate(qint64 id, int expectedVersion, const QDate &date, const QString &motif);
    Core::Result<Arrete> cancel(qint64 id, int expectedVersion, const QDate &date, const QString &motif);
    // Always refused: a numbered act stays in the register. The message says what to do instead.
    Core::Status remove(qint64 id);

    Core::Result<Arrete> get(qint64 id);
    Core::Result<Arrete> findByNumero(const QString &numero);
    Core::Result<QList<Arrete>> list(const ArreteFilter &filter, int offset = 0, int limit = 100);
    Core::Result<int> count(const ArreteFilter &filter);
    Core::Result<QList<int>> years();
    // Niveau 2: the lists show every commune of the agent; each row then names its commune.
    bool listSpansSeveralCommunes() const;
    QString communeLabel(qint64 collectiviteId) const;
    // Before acting on a row of another of the agent's communes (niveau-2 list), that commune
    // becomes the working one: a change is always made, numbered and journalled in the commune
    // the agent sees in the title bar.
    Core::Status workInCommuneOf(const Arrete &arrete);
    // The signatory of the most recent arrêté: the usual default for the next one.
    Core::Result<QString> defaultSignataire();

    FieldErrors validate(const ArreteDraft &draft, int numberYear = 0) const;
    bool sessionAllows(const QString &permission) const;
    QString communeName() const;

private:
    Core::Result<Arrete> end(qint64 id, int expectedVersion, ArreteState target, const QDate &date,
                             const QString &motif);
    Core::Status requireCommune() const;
    Core::Result<ArreteRepository> readRepository(const QString &permission);
    // For lists: the communes of the session's view (niveau 2: all the agent's communes).
    Core::Result<ArreteRepository> listRepository();
    Core::Error staleError(const Arrete &current) const;
    static ArreteDraft normalized(const ArreteDraft &draft);

    Core::DatabaseManager &m_database;
    Core::Session &m_session;
    Core::Permissions &m_permissions;
    Core::AuditTrail &m_audit;
    std::function<QDate()> m_today;
};

} // namespace OpenMairie::Reglement
