#pragma once

#include "ElecService.h"

#include "CoreServices.h"
#include "ModuleContext.h"
#include "Sql.h"
#include "TestDatabase.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <memory>

namespace OpenMairie::Test {

// One fresh database per test function, with the real elec plugin loaded from
// OPENMAIRIE_MODULE_PATH: its metadata declares the rights and its migration builds the tables.
// The service is the module's own class on the same core services; its clock is fixed.
struct ElecFixture
{
    static QDate fixedToday() { return QDate(2026, 3, 16); } // a Monday

    ElecFixture()
    {
        services.startModules();
        started = services.modules().module(QStringLiteral("elec")) != nullptr;
        if (db.setupError().isEmpty()) {
            const Core::Status s = db.initialize(services);
            if (!s)
                initError = s.error().fullText();
        }
        service = std::make_unique<Elec::ElecService>(services.database(), services.session(), services.permissions());
        service->setClock([] { return fixedToday(); });
    }

    QString problem()
    {
        if (!db.setupError().isEmpty())
            return db.setupError();
        if (!started) {
            QString reasons;
            for (const Core::ModuleSpec *s : services.modules().refusedModules())
                reasons += s->id() + QStringLiteral(" : ") + s->refusalReason() + u'\n';
            return QStringLiteral("le module elec n'est pas chargé depuis %1\n%2")
                .arg(qEnvironmentVariable("OPENMAIRIE_MODULE_PATH"), reasons);
        }
        return initError;
    }

    QSqlDatabase connection() { return services.database().connection(); }

    // A street, as the register holds it.
    qint64 voie(const QString &code, const QString &libelle)
    {
        const QString login = services.session().user().login;
        Core::Result<QVariant> id = Core::Sql::scalar(
            connection(),
            QStringLiteral("INSERT INTO voie (collectivite_id, code, libelle, cle_recherche, created_by, updated_by) "
                           "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
            {services.session().commune().id, code, libelle, libelle.toUpper(), login, login});
        return id ? id.value().toLongLong() : 0;
    }

    qint64 bureau(const QString &code, const QString &libelle)
    {
        Elec::Bureau b;
        b.code = code;
        b.libelle = libelle;
        Core::Result<Elec::Bureau> created = service->creerBureau(b);
        return created ? created->id : 0;
    }

    // Two bureaux sharing the rue de la République (odd 1-99 → 0001, even → 0002) and the avenue
    // Victor Hugo all in 0001.
    void standardCommune()
    {
        republique = voie(QStringLiteral("REP"), QStringLiteral("RUE DE LA REPUBLIQUE"));
        hugo = voie(QStringLiteral("HUGO"), QStringLiteral("AVENUE VICTOR HUGO"));
        b1 = bureau(QStringLiteral("0001"), QStringLiteral("Hôtel de ville"));
        b2 = bureau(QStringLiteral("0002"), QStringLiteral("École Jules Ferry"));
        addPlage(republique, 1, 99, QStringLiteral("impair"), b1);
        addPlage(republique, 0, 100, QStringLiteral("pair"), b2);
        addPlage(hugo, 0, 500, QStringLiteral("tous"), b1);
    }

    Elec::Plage addPlage(qint64 voieId, int debut, int fin, const QString &cote, qint64 bureauId)
    {
        Elec::Plage p;
        p.voieId = voieId;
        p.numeroDebut = debut;
        p.numeroFin = fin;
        p.cote = cote;
        p.bureauId = bureauId;
        Core::Result<Elec::Plage> r = service->ajouterPlage(p);
        return r ? r.value() : p;
    }

    Elec::Electeur electeur(const QString &nom, const QString &prenoms, const QDate &naissance, int numero = 3,
                            qint64 voieId = -1)
    {
        Elec::Electeur e;
        e.nomNaissance = nom;
        e.prenoms = prenoms;
        e.sexe = QStringLiteral("F");
        e.dateNaissance = naissance;
        e.naissanceCode = QStringLiteral("13004");
        e.numeroVoie = numero;
        e.voieId = voieId < 0 ? republique : voieId;
        return e;
    }

    static Elec::Demande demande(const QString &type = QStringLiteral("IVD"), const QDate &date = QDate(2026, 3, 10))
    {
        Elec::Demande d;
        d.typeCode = type;
        d.dateDemande = date;
        return d;
    }

    // Inscription through every legal step, as the counter and the maire do it.
    Core::Result<Elec::Electeur> inscrire(const Elec::Electeur &e, bool confirme = false)
    {
        Elec::Demande d = demande();
        d.doublonConfirme = confirme;
        Core::Result<Elec::Mouvement> m = service->demanderInscription(e, d);
        if (!m)
            return m.error();
        m = service->decider(m->id, m->version, true, QDate(2026, 3, 12));
        if (!m)
            return m.error();
        m = service->notifier(m->id, m->version, QDate(2026, 3, 13));
        if (!m)
            return m.error();
        m = service->transmettre(m->id, m->version, QDate(2026, 3, 13));
        if (!m)
            return m.error();
        m = service->appliquer(m->id, m->version, QDate(2026, 3, 14));
        if (!m)
            return m.error();
        return service->electeur(m->electeurId);
    }

    // A stable picture of the elector tables, to prove a refused operation changed nothing.
    QString snapshot()
    {
        QString out;
        for (const QString &sql : {QStringLiteral("SELECT id, liste, ine, nom_naissance, prenoms, bureau_id, numero_ordre, "
                                                  "situation, version FROM elec_electeur ORDER BY id"),
                                   QStringLiteral("SELECT id, etat, version FROM elec_mouvement ORDER BY id"),
                                   QStringLiteral("SELECT id, code FROM voie ORDER BY id"),
                                   QStringLiteral("SELECT id, code FROM elec_bureau ORDER BY id")}) {
            QSqlQuery q(connection());
            q.exec(sql);
            while (q.next()) {
                for (int i = 0; i < q.record().count(); ++i)
                    out += q.value(i).toString() + u'|';
                out += u'\n';
            }
        }
        return out;
    }

    TestDatabase db;
    Core::CoreServices services;
    std::unique_ptr<Elec::ElecService> service;
    bool started = false;
    QString initError;
    qint64 republique = 0;
    qint64 hugo = 0;
    qint64 b1 = 0;
    qint64 b2 = 0;
};

} // namespace OpenMairie::Test

#define ELEC_FIXTURE(f) \
    OpenMairie::Test::ElecFixture f; \
    do { \
        if (const QString problem_ = (f).problem(); !problem_.isEmpty()) \
            QFAIL(qPrintable(problem_)); \
    } while (false)
