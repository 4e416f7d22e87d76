#pragma once

#include "ArreteService.h"

#include "CoreServices.h"
#include "ModuleContext.h"
#include "TestDatabase.h"

#include <QSqlQuery>
#include <QTest>

#include <memory>

namespace OpenMairie::Test {

// One fresh database per test function, with the real reglement plugin loaded from
// OPENMAIRIE_MODULE_PATH: its metadata declares the rights and its migration builds the table.
// The service is the module's own class (linked from om_reglement_core) on the same core services
// the plugin received; its clock is fixed so that every date rule gives the same message each day.
struct ReglementFixture
{
    static QDate fixedToday() { return QDate(2024, 6, 15); }

    ReglementFixture()
    {
        services.startModules();
        started = services.modules().module(QStringLiteral("reglement")) != nullptr;
        if (db.setupError().isEmpty()) {
            const Core::Status s = db.initialize(services);
            if (!s)
                initError = s.error().fullText();
        }
        service = std::make_unique<Reglement::ArreteService>(services.database(), services.session(),
                                                             services.permissions(), services.audit());
        service->setClock([] { return fixedToday(); });
    }

    // What a test must check first: the plugin loaded and the database ready.
    QString problem()
    {
        if (!db.setupError().isEmpty())
            return db.setupError();
        if (!started) {
            QString reasons;
            for (const Core::ModuleSpec *s : services.modules().refusedModules())
                reasons += s->id() + QStringLiteral(" : ") + s->refusalReason() + u'\n';
            return QStringLiteral("le module reglement n'est pas chargé depuis %1\n%2")
                .arg(qEnvironmentVariable("OPENMAIRIE_MODULE_PATH"), reasons);
        }
        return initError;
    }

    std::unique_ptr<Core::ModuleContext> moduleContext()
    {
        return std::make_unique<Core::ModuleContext>(services, *services.modules().spec(QStringLiteral("reglement")));
    }

    QSqlDatabase connection() { return services.database().connection(); }

    static Reglement::ArreteDraft draft(const QDate &date, const QString &objet,
                                        const QString &categorie = QStringLiteral("reglementaire"))
    {
        Reglement::ArreteDraft d;
        d.dateSignature = date;
        d.objet = objet;
        d.categorie = categorie;
        d.signataire = QStringLiteral("Le Maire, Jean Dupont");
        return d;
    }

    TestDatabase db;
    Core::CoreServices services;
    std::unique_ptr<Reglement::ArreteService> service;
    bool started = false;
    QString initError;
};

} // namespace OpenMairie::Test

#define REGLEMENT_FIXTURE(f) \
    OpenMairie::Test::ReglementFixture f; \
    do { \
        if (const QString problem_ = (f).problem(); !problem_.isEmpty()) \
            QFAIL(qPrintable(problem_)); \
    } while (false)
