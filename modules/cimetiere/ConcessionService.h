#pragma once

#include "Concession.h"
#include "ConcessionRules.h"

#include "Result.h"

#include <QSqlDatabase>

namespace OpenMairie::Cimetiere {

class CimetiereAccess;

// Funeral concessions of the session's commune: grant, renewal, conversion and rétrocession, the
// tariffs they are priced with and the list of titles reaching their term. The next issue's titles
// and end-of-concession procedures build on get(), expiring() and the etat of each title.
class ConcessionService
{
public:
    static const QString kPermissionConsulter;
    static const QString kPermissionGerer;
    static const QString kPermissionRetroceder;
    static const QString kPermissionTarif;

    explicit ConcessionService(CimetiereAccess &access);

    Core::Result<Tariff> addTariff(const Tariff &tariff);
    // The tariff in force on `on`; NotFound with a message saying which one to enter.
    Core::Result<Tariff> currentTariff(qint64 cimetiereId, PlotKind nature, const ConcessionDuration &duree,
                                       const QDate &on);

    Core::Result<Concession> grant(const GrantRequest &request);
    Core::Result<Concession> renew(qint64 id, int expectedVersion, const NewTitleRequest &request);
    // What a conversion would cost today, without writing anything (the form shows it first).
    Core::Result<ConversionCredit> conversionQuote(qint64 id, const ConcessionDuration &to);
    Core::Result<Concession> convert(qint64 id, int expectedVersion, const NewTitleRequest &request);
    Core::Result<Concession> retrocede(qint64 id, int expectedVersion);
    Core::Result<qint64> addPerson(qint64 concessionId, const Person &person);

    Core::Result<Concession> get(qint64 id);
    // The active title of a plot, if any.
    Core::Result<std::optional<Concession>> activeForPlot(qint64 emplacementId);
    // Active titles ending before `before` (expired ones included), by end date.
    Core::Result<QList<Expiry>> expiring(const QDate &before);

private:
    Core::Result<Concession> read(const QSqlDatabase &db, qint64 id, bool lock = false) const;
    Core::Result<Concession> lockActive(const QSqlDatabase &db, qint64 id, int expectedVersion) const;
    Core::Result<QList<Person>> persons(const QSqlDatabase &db, qint64 concessionId) const;
    Core::Status checkTitleNumber(const QSqlDatabase &db, const QString &numero) const;
    Core::Status checkPersons(const QString &typeBeneficiaires, const QList<Person> &persons) const;
    Core::Result<std::optional<Tariff>> tariffOn(const QSqlDatabase &db, qint64 cimetiereId, PlotKind nature,
                                                 const ConcessionDuration &duree, const QDate &on) const;
    Core::Result<Tariff> requireTariff(const QSqlDatabase &db, qint64 plotId, const ConcessionDuration &duree,
                                       const QDate &on) const;
    Core::Result<qint64> insert(const QSqlDatabase &db, const Concession &c) const;
    Core::Status insertPersons(const QSqlDatabase &db, qint64 concessionId, const QList<Person> &persons) const;
    Core::Result<bool> close(const QSqlDatabase &db, const Concession &c, const QString &etat,
                             qint64 refundCents = 0, const QString &calcul = {}) const;
    Core::Error conflict(const Concession &current) const;

    CimetiereAccess &m_access;
};

} // namespace OpenMairie::Cimetiere
