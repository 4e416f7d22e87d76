#pragma once

#include "Operation.h"

#include "Result.h"

#include <QSqlDatabase>

namespace OpenMairie::Cimetiere {

class CimetiereAccess;
struct Deceased;

// An operation file as created: the record and the legal warnings the agent must read (delay of
// inhumation outside 24 hours – 14 days, R2213-33) without being stopped by them.
struct OperationOutcome
{
    Operation operation;
    QStringList avertissements;
};

// Funeral operations of the session's commune: created "en cours" with a yearly file number,
// checked (capacity, droit à sépulture, holder's consent, plus proche parent's sworn statement,
// réduction delay), the deceased locked until the operation is validated — irreversibly — or
// cancelled. Validation applies the operation to the deceased and the plots.
class OperationService
{
public:
    static const QString kPermissionConsulter;
    static const QString kPermissionGerer;
    static const QString kPermissionValider;
    static constexpr int kMaxDaysAfterDeath = 14;

    explicit OperationService(CimetiereAccess &access);

    Core::Result<OperationOutcome> create(const OperationDraft &draft);
    Core::Result<Operation> validate(qint64 id, int expectedVersion);
    Core::Result<Operation> cancel(qint64 id, int expectedVersion);
    Core::Result<Operation> get(qint64 id);
    Core::Result<QList<Operation>> pending();
    Core::Result<QList<Operation>> forPlot(qint64 emplacementId);

    // The delay warnings of an inhumation on `date` for a death on `deathDate` (empty when fine).
    static QStringList delayWarnings(const QDate &deathDate, const QDate &date);

private:
    struct PlotInfo;
    Core::Result<PlotInfo> plotInfo(const QSqlDatabase &db, qint64 id) const;
    Core::Status checkDraft(const QSqlDatabase &db, const OperationDraft &d, const QList<Deceased> &deceased,
                            QStringList *warnings) const;
    Core::Status checkReceivingPlot(const QSqlDatabase &db, const OperationDraft &d, qint64 plotId,
                                    const QList<Deceased> &deceased) const;
    Core::Result<int> reserveRank(const QSqlDatabase &db, int year) const;
    Core::Result<Operation> read(const QSqlDatabase &db, qint64 id, bool lock = false) const;
    Core::Result<Operation> lockPending(const QSqlDatabase &db, qint64 id, int expectedVersion) const;
    Core::Status apply(const QSqlDatabase &db, const Operation &op) const;
    Core::Status finish(const QSqlDatabase &db, const Operation &op, const QString &etat) const;

    CimetiereAccess &m_access;
};

} // namespace OpenMairie::Cimetiere
