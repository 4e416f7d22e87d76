#pragma once

#include "Plot.h"

#include "Result.h"

#include <QList>
#include <QSqlDatabase>

namespace OpenMairie::Cimetiere {

class CimetiereAccess;

// One value of the commune's lists (types de zone, d'allée, de sépulture, natures de travaux).
struct ListValue
{
    qint64 id = 0;
    QString liste;
    QString code;
    QString libelle;
    QDate debut;
    QDate fin;
};

struct Company
{
    qint64 id = 0;
    QString nom;
    bool pompesFunebres = false;
    QString adresse;
    QString codePostal;
    QString ville;
    QString telephone;
};

struct Works
{
    qint64 emplacementId = 0;
    qint64 entrepriseId = 0;
    qint64 natureId = 0;
    QString demandeurNature = QStringLiteral("concessionnaire");
    QString demandeurNom;
    QDate debut;
    QDate fin;
    QString observations;
};

// Free places of one kind in a cemetery (the law wants room always available, L2223-3).
struct FreePlaces
{
    PlotKind nature = PlotKind::Concession;
    int emplacements = 0;
};

// Per cemetery: how many plots, how many occupied, places used out of places offered.
struct CemeteryOccupancy
{
    qint64 cimetiereId = 0;
    QString nom;
    int emplacements = 0;
    int libres = 0;
    double placesOccupees = 0;
    int places = 0;
};

// Cemeteries, zones, allées and plots of the session's commune, the commune's lists, companies,
// works and attachments. Every method checks its right; every write is one transaction.
class PlotService
{
public:
    static const QString kPermissionConsulter;
    static const QString kPermissionGerer;

    explicit PlotService(CimetiereAccess &access);

    // For the GUI to grey what the session may not do; the methods check again.
    bool allows(const QString &permission) const;

    Core::Result<Cemetery> createCemetery(const Cemetery &cemetery);
    Core::Result<QList<Cemetery>> cemeteries();
    // The scanned plan shown under the plots (empty: none).
    Core::Result<QByteArray> scannedPlan(qint64 cimetiereId);
    Core::Status setScannedPlan(qint64 cimetiereId, const QByteArray &image);
    Core::Result<qint64> createZone(qint64 cimetiereId, const QString &libelle, qint64 typeId = 0);
    Core::Result<qint64> createAllee(qint64 zoneId, const QString &libelle, qint64 typeId = 0);
    // The zone or allée of that name, created when missing (imports, batch creation).
    Core::Result<qint64> zoneNamed(qint64 cimetiereId, const QString &libelle);
    Core::Result<qint64> alleeNamed(qint64 zoneId, const QString &libelle);

    Core::Result<Plot> createPlot(const PlotDraft &draft);
    // All or nothing: refused as a whole when one number is already used.
    Core::Result<int> createPlots(const PlotBatch &batch);
    Core::Result<Plot> plot(qint64 id);
    Core::Result<QList<Plot>> plots(qint64 cimetiereId);
    // Moved on the plan (edit mode): optimistic locking like any edit.
    Core::Result<Plot> movePlot(qint64 id, int expectedVersion, double x, double y);
    // Blocked, under procedure... by hand; libre/réservé/occupé follow the contents.
    Core::Result<Plot> setStatus(qint64 id, int expectedVersion, PlotStatus status);
    Core::Result<QList<FreePlaces>> freePlaces(qint64 cimetiereId);
    Core::Result<QList<Plot>> freePlots(qint64 cimetiereId, PlotKind nature, int limit = 200);
    // Occupancy recomputed from the deceased each plot holds, after a parameter change or an import.
    Core::Result<int> recalculateOccupancy();
    Core::Result<QList<CemeteryOccupancy>> occupancyByCemetery();

    Core::Result<ListValue> addListValue(const ListValue &value);
    // Values offered on `date`: a retired one stays on records but is no longer proposed.
    Core::Result<QList<ListValue>> offeredListValues(const QString &liste, const QDate &date);

    Core::Result<qint64> createCompany(const Company &company);
    Core::Result<qint64> addWorks(const Works &works);
    Core::Result<qint64> addAttachment(qint64 emplacementId, const QString &fileName, const QByteArray &content,
                                       const QString &type, const QDate &date);

private:
    Core::Result<Plot> readPlot(const QSqlDatabase &db, qint64 id, bool lock = false) const;
    Core::Error plotConflict(const QSqlDatabase &db, qint64 id) const;

    CimetiereAccess &m_access;
};

} // namespace OpenMairie::Cimetiere
