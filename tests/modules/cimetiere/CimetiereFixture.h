#pragma once

#include "CimetiereAccess.h"
#include "ConcessionService.h"
#include "DeceasedService.h"
#include "OperationService.h"
#include "PlotService.h"

#include "CoreServices.h"
#include "ModuleContext.h"
#include "Sql.h"
#include "TestDatabase.h"
#include "reference/ReferenceServices.h"

#include <QSqlQuery>
#include <QTest>

#include <memory>

namespace OpenMairie::Test {

// One fresh database per test function, with the real cimetiere plugin loaded from
// OPENMAIRIE_MODULE_PATH: its metadata declares the rights, its migration builds the tables and it
// declares its parameters. The services are the module's own classes (om_cimetiere_core) on the same
// core services; the clock is fixed so that every date rule gives the same message each day.
struct CimetiereFixture
{
    static QDate fixedToday() { return QDate(2026, 6, 15); }

    CimetiereFixture()
    {
        services.startModules();
        started = services.modules().module(QStringLiteral("cimetiere")) != nullptr;
        if (db.setupError().isEmpty()) {
            const Core::Status s = db.initialize(services);
            if (!s)
                initError = s.error().fullText();
        }
        access = std::make_unique<Cimetiere::CimetiereAccess>(services.database(), services.session(),
                                                               services.permissions(),
                                                               &services.references().parameters());
        access->setClock([] { return fixedToday(); });
        plots = std::make_unique<Cimetiere::PlotService>(*access);
        concessions = std::make_unique<Cimetiere::ConcessionService>(*access);
        deceased = std::make_unique<Cimetiere::DeceasedService>(*access);
        operations = std::make_unique<Cimetiere::OperationService>(*access);
    }

    QString problem()
    {
        if (!db.setupError().isEmpty())
            return db.setupError();
        if (!started) {
            QString reasons;
            for (const Core::ModuleSpec *s : services.modules().refusedModules())
                reasons += s->id() + QStringLiteral(" : ") + s->refusalReason() + u'\n';
            return QStringLiteral("le module cimetiere n'est pas chargé depuis %1\n%2")
                .arg(qEnvironmentVariable("OPENMAIRIE_MODULE_PATH"), reasons);
        }
        return initError;
    }

    QSqlDatabase connection() { return services.database().connection(); }

    int count(const QString &table)
    {
        Core::Result<QVariant> n = Core::Sql::scalar(connection(), QStringLiteral("SELECT count(*) FROM ") + table);
        return n ? n.value().toInt() : -1;
    }

    // Rows of every table of the module: "nothing changed" after a refusal.
    QString snapshot()
    {
        QString s;
        for (const char *t : {"cimetiere_cimetiere", "cimetiere_zone", "cimetiere_allee", "cimetiere_emplacement",
                              "cimetiere_concession", "cimetiere_personne", "cimetiere_defunt", "cimetiere_operation",
                              "cimetiere_operation_defunt", "cimetiere_tarif"}) {
            Core::Result<QVariant> n = Core::Sql::scalar(
                connection(), QStringLiteral("SELECT count(*) || '/' || COALESCE(sum(version), 0) FROM ")
                                  + QString::fromLatin1(t));
            s += QString::fromLatin1(t) + u'=' + (n ? n.value().toString() : QStringLiteral("?")) + u' ';
        }
        return s;
    }

    // A cemetery "Cimetière du Nord", zone "Carré A", allée "Allée 1" with plots 1..n of `kind`.
    qint64 cemeteryId = 0;
    qint64 alleeId = 0;
    QList<qint64> makePlots(int n, Cimetiere::PlotKind kind = Cimetiere::PlotKind::Concession, int places = 2,
                            const QString &allee = QStringLiteral("Allée 1"))
    {
        if (cemeteryId == 0) {
            Cimetiere::Cemetery c;
            c.nom = QStringLiteral("Cimetière du Nord");
            cemeteryId = plots->createCemetery(c).value().id;
        }
        const qint64 zone = plots->zoneNamed(cemeteryId, QStringLiteral("Carré A")).value();
        alleeId = plots->alleeNamed(zone, allee).value();
        Cimetiere::PlotBatch b;
        b.alleeId = alleeId;
        b.premier = 1;
        b.dernier = n;
        b.nature = kind;
        b.places = places;
        if (!plots->createPlots(b))
            return {};
        QList<qint64> ids;
        Core::Result<QSqlQuery> q = Core::Sql::exec(
            connection(), QStringLiteral("SELECT id FROM cimetiere_emplacement WHERE allee_id = ? ORDER BY numero"),
            {alleeId});
        while (q && q.value().next())
            ids.append(q.value().value(0).toLongLong());
        return ids;
    }

    // Tariffs voted on 01/01/2020 for ground concessions: 15 years 150 €, 30 years 400 €, 50 years
    // 750 €, perpetual 2 500 €.
    bool addTariffs(Cimetiere::PlotKind kind = Cimetiere::PlotKind::Concession)
    {
        using namespace Cimetiere;
        const QList<std::pair<ConcessionDuration, qint64>> prices{
            {ConcessionDuration::make(DurationCategory::Temporaire, 15).value(), 15000},
            {ConcessionDuration::make(DurationCategory::Trentenaire).value(), 40000},
            {ConcessionDuration::make(DurationCategory::Cinquantenaire).value(), 75000},
            {ConcessionDuration::make(DurationCategory::Perpetuelle).value(), 250000}};
        for (const auto &[duree, cents] : prices) {
            Tariff t;
            t.cimetiereId = cemeteryId;
            t.nature = kind;
            t.duree = duree;
            t.montantCentimes = cents;
            t.deliberation = QStringLiteral("DCM 2019-45");
            t.debut = QDate(2020, 1, 1);
            if (!concessions->addTariff(t))
                return false;
        }
        return true;
    }

    static Cimetiere::Person holder(const QString &nom = QStringLiteral("Lefèbvre"))
    {
        Cimetiere::Person p;
        p.nom = nom;
        p.prenoms = QStringLiteral("Jean");
        p.adresse = QStringLiteral("3 rue des Arènes");
        p.codePostal = QStringLiteral("13200");
        p.ville = QStringLiteral("Arles");
        return p;
    }

    static Cimetiere::GrantRequest grant(qint64 plot, const QString &titre, Cimetiere::DurationCategory c,
                                         int years, const QDate &start)
    {
        Cimetiere::GrantRequest g;
        g.emplacementId = plot;
        g.numeroTitre = titre;
        g.duree = Cimetiere::ConcessionDuration::make(c, years).value();
        g.dateDebut = start;
        g.referencePaiement = QStringLiteral("Quittance 42");
        g.personnes = {holder()};
        return g;
    }

    static Cimetiere::Deceased person(const QString &nom, const QDate &death,
                                      Cimetiere::BodyKind kind = Cimetiere::BodyKind::Cercueil)
    {
        Cimetiere::Deceased d;
        d.nom = nom;
        d.prenoms = QStringLiteral("Marie");
        d.dateNaissance = QDate(1940, 5, 2);
        d.dateDeces = death;
        d.nature = kind;
        return d;
    }

    TestDatabase db;
    Core::CoreServices services;
    std::unique_ptr<Cimetiere::CimetiereAccess> access;
    std::unique_ptr<Cimetiere::PlotService> plots;
    std::unique_ptr<Cimetiere::ConcessionService> concessions;
    std::unique_ptr<Cimetiere::DeceasedService> deceased;
    std::unique_ptr<Cimetiere::OperationService> operations;
    bool started = false;
    QString initError;
};

} // namespace OpenMairie::Test

#define CIMETIERE_FIXTURE(f) \
    OpenMairie::Test::CimetiereFixture f; \
    do { \
        if (const QString problem_ = (f).problem(); !problem_.isEmpty()) \
            QFAIL(qPrintable(problem_)); \
    } while (false)
