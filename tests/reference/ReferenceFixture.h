#pragma once

#include "TestDatabase.h"

#include "CoreServices.h"
#include "Sql.h"

#include <QtTest>

namespace OpenMairie::Test {

// A fresh base (schema, Arles, the administrator signed in) and helpers to play another profile.
struct ReferenceFixture
{
    TestDatabase db;
    Core::CoreServices services;

    Core::Status init()
    {
        if (!db.setupError().isEmpty())
            return Core::Error(db.setupError());
        return db.initialize(services);
    }
    Core::ReferenceServices &refs() { return services.references(); }
    QSqlDatabase sql() { return services.database().connection(); }
    int count(const QString &query, const QVariantList &values = {})
    {
        Core::Result<QVariant> v = Core::Sql::scalar(sql(), query, values);
        return v ? v.value().toInt() : -1;
    }
    // Runs `f` as the same user with another profile, then restores the session.
    template <typename F>
    auto as(Core::Profile profile, F f)
    {
        Core::Session &session = services.session();
        const Core::SessionUser admin = session.user();
        const QList<Core::SessionCommune> communes = session.availableCommunes();
        const Core::SessionCommune commune = session.commune();
        Core::SessionUser other = admin;
        other.profile = profile;
        session.start(other, communes, commune);
        auto result = f();
        session.start(admin, communes, commune);
        return result;
    }
};

} // namespace OpenMairie::Test
