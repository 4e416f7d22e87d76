#include "ContactsFixture.h"

#include "ImportColumn.h"
#include "Sql.h"
#include "SqlForeignKeyLookup.h"
#include "SqlInsertSink.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QSqlRecord>

namespace OpenMairie::Test {

using namespace OpenMairie::Core;

ContactsFixture::ContactsFixture(CoreServices &services) : m_services(services) {}

QString ContactsFixture::fixturesDir()
{
    return QDir(qEnvironmentVariable("OPENMAIRIE_TEST_FIXTURES")).filePath(QStringLiteral("import"));
}

qint64 ContactsFixture::communeId() const
{
    return m_services.session().commune().id;
}

Status ContactsFixture::create()
{
    const QSqlDatabase db = m_services.database().connection();
    const SqlDialect dialect = m_services.database().dialect();
    const QStringList statements = {
        QStringLiteral("CREATE TABLE quartier ("
                       " id {{id}},"
                       " collectivite_id {{ref}} NOT NULL REFERENCES collectivite(id),"
                       " code VARCHAR(10) NOT NULL,"
                       " libelle VARCHAR(100) NOT NULL)"),
        QStringLiteral("CREATE TABLE contact ("
                       " id {{id}},"
                       " collectivite_id {{ref}} NOT NULL REFERENCES collectivite(id),"
                       " nom VARCHAR(40) NOT NULL,"
                       " prenom VARCHAR(40) NOT NULL,"
                       " date_naissance {{date}} NOT NULL,"
                       " categorie VARCHAR(20) NOT NULL CHECK (categorie IN ('habitant', 'association', 'entreprise')),"
                       " quartier_id {{ref}} REFERENCES quartier(id),"
                       " cotisation NUMERIC(10, 2),"
                       " enfants INTEGER,"
                       " benevole {{bool}},"
                       " observations VARCHAR(255),"
                       " created_by VARCHAR(100) NOT NULL DEFAULT '',"
                       " version INTEGER NOT NULL DEFAULT 1,"
                       " UNIQUE (collectivite_id, nom, prenom, date_naissance))"),
        QStringLiteral("INSERT INTO collectivite (code_insee, nom, departement) VALUES ('13055', 'Marseille', '13')"),
    };
    for (const QString &s : statements) {
        // Executed directly: PostgreSQL cannot PREPARE a CREATE TABLE.
        QSqlQuery q(db);
        if (!q.exec(dialect.expand(s)))
            return Sql::error(q.lastError(), s);
    }
    Result<QVariant> other = Sql::scalar(db, QStringLiteral("SELECT id FROM collectivite WHERE code_insee = '13055'"));
    if (!other)
        return other.error();
    m_otherCommune = other->toLongLong();
    const qint64 arles = communeId();
    const QList<QVariantList> quartiers = {
        {arles, QStringLiteral("CEN"), QStringLiteral("Centre-ville")},
        {arles, QStringLiteral("TRI"), QStringLiteral("Trinquetaille")},
        {arles, QStringLiteral("GRI"), QStringLiteral("Griffeuille")},
        {arles, QStringLiteral("BA1"), QStringLiteral("Barriol")},
        {arles, QStringLiteral("BA2"), QStringLiteral("Barriol")},
        {m_otherCommune, QStringLiteral("MON"), QStringLiteral("Montredon")},
    };
    for (const QVariantList &q : quartiers) {
        Result<QSqlQuery> r = Sql::exec(db, QStringLiteral("INSERT INTO quartier (collectivite_id, code, libelle) "
                                                           "VALUES (?, ?, ?)"), q);
        if (!r)
            return r.error();
    }
    Result<QSqlQuery> existing = Sql::exec(
        db,
        QStringLiteral("INSERT INTO contact (collectivite_id, nom, prenom, date_naissance, categorie, quartier_id, "
                       "created_by) VALUES (?, 'MARTIN', 'Paul', ?, 'habitant', "
                       "(SELECT id FROM quartier WHERE code = 'CEN'), 'reprise')"),
        {arles, dialect.isSqlite() ? QVariant(QStringLiteral("1950-03-01")) : QVariant(QDate(1950, 3, 1))});
    if (!existing)
        return existing.error();
    m_services.permissions().declare(
        QStringLiteral("test"),
        {{QStringLiteral("test.contact.importer"), QStringLiteral("importer des contacts"), QStringLiteral("utilisateur")},
         {QStringLiteral("test.contact.exporter"), QStringLiteral("exporter les contacts"), QStringLiteral("utilisateur")}});
    return {};
}

ImportDefinition ContactsFixture::definition(int batchSize)
{
    SqlForeignKeyLookup::Spec quartier;
    quartier.table = QStringLiteral("quartier");
    quartier.codeColumn = QStringLiteral("code");
    quartier.labelColumn = QStringLiteral("libelle");
    quartier.communeColumn = QStringLiteral("collectivite_id");
    quartier.target = QStringLiteral("quartier");

    ImportDefinition d(QStringLiteral("test.contact"), QStringLiteral("test"), QStringLiteral("Contacts"));
    d.setPermission(QStringLiteral("test.contact.importer"))
        .setTargetTable(QStringLiteral("contact"))
        .setDescription(QStringLiteral("Contacts de la commune (fichier d'essai)."))
        .addColumn(ImportColumn::text(QStringLiteral("nom"), QStringLiteral("Nom"), 40).setRequired())
        .addColumn(ImportColumn::text(QStringLiteral("prenom"), QStringLiteral("Prénom"), 40).setRequired())
        .addColumn(ImportColumn::date(QStringLiteral("date_naissance"), QStringLiteral("Date de naissance"))
                       .setRequired())
        .addColumn(ImportColumn::enumeration(QStringLiteral("categorie"), QStringLiteral("Catégorie"),
                                             {{QStringLiteral("habitant"), {}},
                                              {QStringLiteral("association"), {}},
                                              {QStringLiteral("entreprise"), {}}})
                       .setRequired())
        .addColumn(ImportColumn::foreignKey(QStringLiteral("quartier"), QStringLiteral("Quartier"),
                                            QStringLiteral("quartier"), SqlForeignKeyLookup::factory(quartier)))
        .addColumn(ImportColumn::decimal(QStringLiteral("cotisation"), QStringLiteral("Cotisation"), 2))
        .addColumn(ImportColumn::integer(QStringLiteral("enfants"), QStringLiteral("Enfants"), 0, 20))
        .addColumn(ImportColumn::boolean(QStringLiteral("benevole"), QStringLiteral("Bénévole")))
        .addColumn(ImportColumn::text(QStringLiteral("observations"), QStringLiteral("Observations"), 255))
        .addUniqueKey({QStringLiteral("nom"), QStringLiteral("prenom"), QStringLiteral("date_naissance")})
        .setUnknownColumns(ImportDefinition::UnknownColumns::IgnoreAndReport)
        .setSinkFactory([batchSize] {
            auto sink = std::make_unique<SqlInsertSink>(
                QStringLiteral("contact"),
                QList<SqlInsertSink::Mapping>{{QStringLiteral("nom"), QStringLiteral("nom")},
                                              {QStringLiteral("prenom"), QStringLiteral("prenom")},
                                              {QStringLiteral("date_naissance"), QStringLiteral("date_naissance")},
                                              {QStringLiteral("categorie"), QStringLiteral("categorie")},
                                              {QStringLiteral("quartier"), QStringLiteral("quartier_id")},
                                              {QStringLiteral("cotisation"), QStringLiteral("cotisation")},
                                              {QStringLiteral("enfants"), QStringLiteral("enfants")},
                                              {QStringLiteral("benevole"), QStringLiteral("benevole")},
                                              {QStringLiteral("observations"), QStringLiteral("observations")}});
            sink->setCommuneColumn(QStringLiteral("collectivite_id"))
                .setAuthorColumn(QStringLiteral("created_by"))
                .setBatchSize(batchSize);
            return sink;
        });
    return d;
}

StoredQuery ContactsFixture::storedQuery()
{
    StoredQuery q(QStringLiteral("test.contacts"), QStringLiteral("test"), QStringLiteral("Contacts par quartier"));
    q.setDescription(QStringLiteral("Les contacts de la commune avec leur quartier."))
        .setPermission(QStringLiteral("test.contact.exporter"))
        .setPersonalData(true)
        .setAuditTable(QStringLiteral("contact"))
        .setFrom(QStringLiteral("FROM contact c LEFT JOIN quartier q ON q.id = c.quartier_id"))
        .setCommuneColumn(QStringLiteral("c.collectivite_id"))
        .addColumn(QStringLiteral("nom"), QStringLiteral("Nom"), QStringLiteral("c.nom"),
                   ExportColumn::Type::Text)
        .addColumn(QStringLiteral("prenom"), QStringLiteral("Prénom"), QStringLiteral("c.prenom"),
                   ExportColumn::Type::Text)
        .addColumn(QStringLiteral("naissance"), QStringLiteral("Né(e) le"), QStringLiteral("c.date_naissance"),
                   ExportColumn::Type::Date)
        .addColumn(QStringLiteral("categorie"), QStringLiteral("Catégorie"), QStringLiteral("c.categorie"),
                   ExportColumn::Type::Text)
        .addColumn(QStringLiteral("quartier"), QStringLiteral("Quartier"), QStringLiteral("q.libelle"),
                   ExportColumn::Type::Text)
        .addColumn(QStringLiteral("cotisation"), QStringLiteral("Cotisation"), QStringLiteral("c.cotisation"),
                   ExportColumn::Type::Decimal)
        .addColumn(QStringLiteral("enfants"), QStringLiteral("Enfants"), QStringLiteral("c.enfants"),
                   ExportColumn::Type::Integer)
        .addColumn(QStringLiteral("benevole"), QStringLiteral("Bénévole"), QStringLiteral("c.benevole"),
                   ExportColumn::Type::Boolean)
        .addColumn([] {
            StoredQueryColumn observations;
            observations.key = QStringLiteral("observations");
            observations.label = QStringLiteral("Observations");
            observations.expression = QStringLiteral("c.observations");
            observations.sortable = false;          // free text: sorting it means nothing
            observations.selectedByDefault = false;
            return observations;
        }())
        .setDefaultSort({{QStringLiteral("nom"), Qt::AscendingOrder}});
    return q;
}

QByteArray ContactsFixture::checksum() const
{
    const QSqlDatabase db = m_services.database().connection();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &sql : {QStringLiteral("SELECT id, collectivite_id, nom, prenom, date_naissance, categorie, "
                                              "quartier_id, cotisation, enfants, benevole, observations, created_by, "
                                              "version FROM contact ORDER BY id"),
                               QStringLiteral("SELECT id, utilisateur, action, table_name, commentaire FROM "
                                              "journal_audit ORDER BY id"),
                               QStringLiteral("SELECT id, collectivite_id, code, libelle FROM quartier ORDER BY id")}) {
        Result<QSqlQuery> q = Sql::exec(db, sql);
        if (!q)
            return "error: " + q.error().fullText().toUtf8();
        while (q.value().next()) {
            for (int i = 0; i < q.value().record().count(); ++i)
                hash.addData(QByteArray(q.value().value(i).toString().toUtf8() + '\x1f'));
            hash.addData("\n");
        }
        hash.addData("--\n");
    }
    return hash.result().toHex();
}

qint64 ContactsFixture::contactCount() const
{
    Result<QVariant> n = Sql::scalar(m_services.database().connection(), QStringLiteral("SELECT count(*) FROM contact"));
    return n ? n->toLongLong() : -1;
}

qint64 ContactsFixture::auditCount(const QString &action) const
{
    Result<QVariant> n = Sql::scalar(m_services.database().connection(),
                                     QStringLiteral("SELECT count(*) FROM journal_audit WHERE action = ?"), {action});
    return n ? n->toLongLong() : -1;
}

} // namespace OpenMairie::Test
