#pragma once

#include "ReglementFixture.h"

#include "DashboardWidgetDefinition.h"
#include "ISearchProvider.h"

#include <QSemaphore>

#include <atomic>

namespace OpenMairie::Test {

// The same agent signed in again with another profile: the client-side filtering follows the
// session's profile (the server's own policies are the lead's security tests).
inline void signInAs(Core::CoreServices &services, Core::Profile profile)
{
    Core::SessionUser user = services.session().user();
    user.profile = profile;
    const QList<Core::SessionCommune> communes = services.session().availableCommunes();
    services.session().start(user, communes, services.session().commune());
}

// Rights of the fixture widgets and providers, declared like a module's.
inline void declareEssaiRights(Core::CoreServices &services)
{
    services.permissions().declare(QStringLiteral("essai"),
                                   {{QStringLiteral("essai.objet.consulter"), QStringLiteral("Consulter"),
                                     QStringLiteral("consultation")},
                                    {QStringLiteral("essai.objet.gerer"), QStringLiteral("Gérer"),
                                     QStringLiteral("administrateur")}});
}

inline Core::DashboardWidgetDefinition countWidget(const QString &id, const QString &permission, int value)
{
    Core::DashboardWidgetDefinition d;
    d.id = QStringLiteral("essai.") + id;
    d.module = QStringLiteral("essai");
    d.title = QStringLiteral("Compteur ") + id;
    d.kind = Core::DashboardWidgetKind::Count;
    d.permission = permission;
    d.link = {QStringLiteral("essai.vue"), id};
    d.load = [value](const Core::DashboardDataRequest &) -> Core::Result<Core::DashboardValue> {
        Core::DashboardValue v;
        v.count = value;
        v.text = QStringLiteral("éléments");
        return v;
    };
    return d;
}

// A search provider that answers "<key> n°k" for k < limit, and can be held until the test lets it
// go, to prove what happens while a search is still running.
class HeldSearchProvider final : public Core::ISearchProvider
{
public:
    HeldSearchProvider(QString id, QString permission, bool honoursCancel = true)
        : m_id(std::move(id)), m_permission(std::move(permission)), m_honoursCancel(honoursCancel)
    {
    }

    QString id() const override { return QStringLiteral("essai.") + m_id; }
    QString module() const override { return QStringLiteral("essai"); }
    QString title() const override { return QStringLiteral("Essai ") + m_id; }
    QString permission() const override { return m_permission; }

    Core::Result<QList<Core::SearchHit>> search(const Core::SearchRequest &request,
                                                const Core::CancellationToken &cancel) const override
    {
        calls.fetch_add(1);
        struct Finish
        {
            std::atomic<int> &count;
            ~Finish() { count.fetch_add(1); }
        } finish{finished};
        if (holdNext.exchange(false)) {
            started.release();
            // Waits for the test; a cancelled query returns at once when the provider honours it.
            while (!release.tryAcquire(1, 10)) {
                if (m_honoursCancel && cancel.isCancelled()) {
                    sawCancel.store(true);
                    return Core::Error(QStringLiteral("annulé"), {}, Core::Error::Kind::Cancelled);
                }
            }
        }
        QList<Core::SearchHit> hits;
        for (int k = 0; k < request.limit && k < 3; ++k)
            hits.append({request.key + QStringLiteral(" n°") + QString::number(k), request.text,
                         {QStringLiteral("essai.vue"), QString::number(k)}});
        return hits;
    }

    mutable std::atomic<int> calls{0};
    mutable std::atomic<int> finished{0};
    mutable std::atomic<bool> holdNext{false};
    mutable std::atomic<bool> sawCancel{false};
    mutable QSemaphore started;
    mutable QSemaphore release;

private:
    QString m_id;
    QString m_permission;
    bool m_honoursCancel;
};

} // namespace OpenMairie::Test
