#pragma once

#include "Deceased.h"

#include "Result.h"

#include <QSqlDatabase>

namespace OpenMairie::Cimetiere {

class CimetiereAccess;

// A deceased person or a holder found by name, with where to find them.
struct PersonHit
{
    QString kind; // "defunt" or "concessionnaire" (or ayant droit...)
    qint64 id = 0;
    qint64 emplacementId = 0;
    QString nom;
    QString detail; // "décédé(e) le 03/02/2021 — Cimetière du Nord, Carré A, Allée 1, n° 4"
};

// The deceased of the session's commune: their record, its changes while no operation is pending,
// and the search by name. A deceased reaches a plot through an operation (OperationService), or
// directly when the agent captures an existing grave (`placeHistorique`).
class DeceasedService
{
public:
    static const QString kPermissionConsulter;
    static const QString kPermissionGerer;

    explicit DeceasedService(CimetiereAccess &access);

    Core::Result<Deceased> create(const Deceased &draft);
    // Initial capture of a grave: the deceased is recorded as inhumed in the plot, capacity checked.
    Core::Result<Deceased> createInPlot(const Deceased &draft, qint64 emplacementId);
    Core::Result<Deceased> update(qint64 id, int expectedVersion, const Deceased &draft);
    Core::Result<Deceased> get(qint64 id);
    Core::Result<QList<Deceased>> inPlot(qint64 emplacementId);
    // Accent- and case-insensitive, on the start of the name, usage name or the "NOM PRÉNOMS" key.
    Core::Result<QList<PersonHit>> search(const QString &text, int limit = 50);
    // The same on a given connection and commune: the global search runs it on a worker thread.
    static Core::Result<QList<PersonHit>> searchIn(const QSqlDatabase &db, qint64 communeId, const QString &text,
                                                   int limit);

    static Core::Result<Deceased> read(const QSqlDatabase &db, qint64 id, qint64 communeId, bool lock = false,
                                       bool postgres = false);

private:
    Core::Status check(const Deceased &d) const;
    Core::Result<Deceased> insert(const Deceased &draft, qint64 emplacementId);

    CimetiereAccess &m_access;
};

} // namespace OpenMairie::Cimetiere
