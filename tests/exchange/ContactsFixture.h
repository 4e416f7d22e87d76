#pragma once

#include "CoreServices.h"
#include "ImportDefinition.h"
#include "StoredQuery.h"

#include <QByteArray>

namespace OpenMairie::Test {

// The small business schema the exchange tests import into and export from: contacts of a
// commune, each in a quartier (a commune-scoped reference table, looked up by code or label).
// Created by the test itself on the test database, on both backends.
class ContactsFixture
{
public:
    explicit ContactsFixture(Core::CoreServices &services);

    // Tables, the second commune (Marseille), the quartiers, one existing contact, and the
    // permissions the definition and the stored query require.
    Core::Status create();

    // The importable "contact" object; rows go through SqlInsertSink in batches of `batchSize`.
    static Core::ImportDefinition definition(int batchSize = 4);
    // A stored query over the contacts with a personal-data flag.
    static Core::StoredQuery storedQuery();

    // Everything that an import may change (contacts and audit rows), hashed, so that "the
    // database is unchanged" is one comparison.
    QByteArray checksum() const;
    qint64 contactCount() const;
    qint64 auditCount(const QString &action) const;

    qint64 communeId() const;
    qint64 otherCommuneId() const { return m_otherCommune; }

    static QString fixturesDir(); // tests/fixtures/import

private:
    Core::CoreServices &m_services;
    qint64 m_otherCommune = 0;
};

} // namespace OpenMairie::Test
