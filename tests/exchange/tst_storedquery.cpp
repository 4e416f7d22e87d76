// Stored queries ("requêtes mémorisées") and the export service on a real database: the agent's
// columns and sort, the commune restriction, the exported file read back, and the audit row that
// every export of personal data leaves.
#include "ContactsFixture.h"
#include "ExportService.h"
#include "ImportRegistry.h"
#include "Sql.h"
#include "StoredQueryRegistry.h"
#include "TestDatabase.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace OpenMairie::Core;
using namespace OpenMairie::Test;
using namespace Qt::StringLiterals;

namespace {
QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<absent>");
}
} // namespace

class TestStoredQuery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sqlIsBuiltFromTheCatalogue();
    void previewWithChosenColumnsAndSort();
    void previewIsLimited();
    void csvExportWithChosenColumnsAndAuditRow();
    void xlsxExportIsAuditedToo();
    void selectionErrors_data();
    void selectionErrors();
    void rightIsRequired();
    void listViewExportAuditedOnlyForPersonalData();
    void cancelledExportLeavesNoTrace();
    void registries();

private:
    void insertContact(qint64 commune, const QString &nom, const QString &prenom, const QDate &naissance,
                       const QString &categorie, const QString &quartier, const QVariant &cotisation,
                       const QVariant &benevole);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<CoreServices> m_services;
    std::unique_ptr<ContactsFixture> m_fixture;
    std::unique_ptr<ExportService> m_export;
    QTemporaryDir m_dir;
};

void TestStoredQuery::insertContact(qint64 commune, const QString &nom, const QString &prenom, const QDate &naissance,
                                    const QString &categorie, const QString &quartier, const QVariant &cotisation,
                                    const QVariant &benevole)
{
    const bool sqlite = m_services->database().dialect().isSqlite();
    const QVariant date = sqlite ? QVariant(naissance.toString(Qt::ISODate)) : QVariant(naissance);
    QVariant flag = benevole;
    if (sqlite && !benevole.isNull())
        flag = benevole.toBool() ? 1 : 0;
    Result<QSqlQuery> q = Sql::exec(
        m_services->database().connection(),
        u"INSERT INTO contact (collectivite_id, nom, prenom, date_naissance, categorie, quartier_id, cotisation, "
        "benevole, created_by) VALUES (?, ?, ?, ?, ?, (SELECT id FROM quartier WHERE code = ?), ?, ?, 'essai')"_s,
        {commune, nom, prenom, date, categorie, quartier.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : quartier,
         cotisation, flag});
    QVERIFY2(q.ok(), qPrintable(q.ok() ? QString() : q.error().fullText()));
}

void TestStoredQuery::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    OM_REQUIRE_DB(*m_db);
    m_services = std::make_unique<CoreServices>();
    OM_VERIFY_OK(m_db->initialize(*m_services));
    m_fixture = std::make_unique<ContactsFixture>(*m_services);
    OM_VERIFY_OK(m_fixture->create());
    m_export = std::make_unique<ExportService>(m_services->database(), m_services->session(), m_services->permissions());
    const qint64 arles = m_fixture->communeId();
    const QVariant nullNumber(QMetaType(QMetaType::Double));
    const QVariant nullFlag(QMetaType(QMetaType::Bool));
    insertContact(arles, u"Dupont"_s, u"Jean"_s, QDate(1975, 12, 20), u"habitant"_s, u"CEN"_s, 12.5, true);
    insertContact(arles, u"Durand"_s, u"Marie"_s, QDate(1982, 6, 5), u"association"_s, u"TRI"_s, nullNumber, false);
    insertContact(arles, u"Aubert"_s, u"Luc"_s, QDate(1960, 2, 1), u"entreprise"_s, QString(), 100.0, nullFlag);
    // Another commune's contact: never in Arles' queries.
    insertContact(m_fixture->otherCommuneId(), u"Zidane"_s, u"Zinédine"_s, QDate(1972, 6, 23), u"habitant"_s,
                  u"MON"_s, nullNumber, nullFlag);
}

void TestStoredQuery::sqlIsBuiltFromTheCatalogue()
{
    StoredQuerySelection selection;
    selection.columns = {u"nom"_s, u"quartier"_s};
    selection.sort = {{u"quartier"_s, Qt::DescendingOrder}, {u"nom"_s, Qt::AscendingOrder}};
    selection.limit = 10;
    Result<QString> sql = ContactsFixture::storedQuery().sql(selection, m_services->database().dialect());
    QVERIFY(sql.ok());
    QCOMPARE(sql.value(),
             u"SELECT c.nom AS c0, q.libelle AS c1 FROM contact c LEFT JOIN quartier q ON q.id = c.quartier_id "
             "WHERE c.collectivite_id = ? ORDER BY CASE WHEN q.libelle IS NULL THEN 1 ELSE 0 END, q.libelle DESC, "
             "CASE WHEN c.nom IS NULL THEN 1 ELSE 0 END, c.nom ASC LIMIT 10"_s);
}

void TestStoredQuery::previewWithChosenColumnsAndSort()
{
    StoredQuerySelection selection;
    selection.columns = {u"quartier"_s, u"nom"_s, u"naissance"_s, u"benevole"_s};
    selection.sort = {{u"quartier"_s, Qt::DescendingOrder}, {u"nom"_s, Qt::AscendingOrder}};
    Result<StoredQueryPreview> preview = m_export->previewStoredQuery(ContactsFixture::storedQuery(), selection);
    QVERIFY2(preview.ok(), qPrintable(preview.ok() ? QString() : preview.error().fullText()));
    QCOMPARE(preview->columns.size(), 4);
    QCOMPARE(preview->columns.at(0).label, u"Quartier"_s);
    QCOMPARE(preview->columns.at(2).label, u"Né(e) le"_s);
    QCOMPARE(preview->truncated, false);
    const QList<QVariantList> expected = {
        {u"Trinquetaille"_s, u"Durand"_s, QDate(1982, 6, 5), false},
        {u"Centre-ville"_s, u"Dupont"_s, QDate(1975, 12, 20), true},
        {u"Centre-ville"_s, u"MARTIN"_s, QDate(1950, 3, 1), QVariant()},
        {QVariant(), u"Aubert"_s, QDate(1960, 2, 1), QVariant()},
    };
    QCOMPARE(preview->rows.size(), expected.size());
    for (qsizetype r = 0; r < expected.size(); ++r)
        for (qsizetype c = 0; c < 4; ++c)
            QCOMPARE(preview->rows.at(r).at(c), expected.at(r).at(c));
}

void TestStoredQuery::previewIsLimited()
{
    StoredQuerySelection selection = ContactsFixture::storedQuery().defaultSelection();
    Result<StoredQueryPreview> preview = m_export->previewStoredQuery(ContactsFixture::storedQuery(), selection, 2);
    QVERIFY(preview.ok());
    QCOMPARE(preview->rows.size(), 2);
    QCOMPARE(preview->truncated, true);
    // The default selection: every column but the observations, sorted by name.
    QCOMPARE(selection.columns, (QStringList{u"nom"_s, u"prenom"_s, u"naissance"_s, u"categorie"_s, u"quartier"_s,
                                             u"cotisation"_s, u"enfants"_s, u"benevole"_s}));
    QCOMPARE(preview->rows.at(0).at(0), QVariant(u"Aubert"_s));
}

void TestStoredQuery::csvExportWithChosenColumnsAndAuditRow()
{
    const qint64 exportsBefore = m_fixture->auditCount(u"export"_s);
    StoredQuerySelection selection;
    selection.columns = {u"nom"_s, u"prenom"_s, u"naissance"_s, u"cotisation"_s, u"benevole"_s};
    selection.sort = {{u"naissance"_s, Qt::DescendingOrder}};
    const QString path = m_dir.filePath(u"contacts.csv"_s);
    Result<ExportSummary> summary =
        m_export->exportStoredQuery(ContactsFixture::storedQuery(), selection, ExportFormat::Csv, path);
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().fullText()));
    QCOMPARE(summary->rows, 4);
    QCOMPARE(readFile(path), QByteArray("\xEF\xBB\xBFNom;Pr\xC3\xA9nom;N\xC3\xA9(e) le;Cotisation;B\xC3\xA9n\xC3\xA9vole\r\n"
                                        "Durand;Marie;05/06/1982;;non\r\n"
                                        "Dupont;Jean;20/12/1975;12,5;oui\r\n"
                                        "Aubert;Luc;01/02/1960;100;\r\n"
                                        "MARTIN;Paul;01/03/1950;;\r\n"));
    QCOMPARE(m_fixture->auditCount(u"export"_s), exportsBefore + 1);
    Result<QSqlQuery> q = Sql::exec(m_services->database().connection(),
                                    u"SELECT utilisateur, collectivite_id, module, table_name, apres, commentaire "
                                    "FROM journal_audit WHERE action = 'export' ORDER BY id DESC"_s);
    QVERIFY(q.ok() && q.value().next());
    QCOMPARE(q.value().value(0).toString(), TestDatabase::adminLogin());
    QCOMPARE(q.value().value(1).toLongLong(), m_fixture->communeId());
    QCOMPARE(q.value().value(2).toString(), u"test"_s);
    QCOMPARE(q.value().value(3).toString(), u"contact"_s);
    QCOMPARE(q.value().value(5).toString(), u"Export CSV de « Contacts par quartier » : 4 ligne(s) ; colonnes : Nom, "
                                            "Prénom, Né(e) le, Cotisation, Bénévole."_s);
    const QJsonObject after = QJsonDocument::fromJson(q.value().value(4).toString().toUtf8()).object();
    QCOMPARE(after.value(u"lignes"_s).toInteger(), 4);
    QCOMPARE(after.value(u"format"_s).toString(), u"csv"_s);
    QCOMPARE(after.value(u"fichier"_s).toString(), u"contacts.csv"_s);
    QCOMPARE(after.value(u"objet"_s).toString(), u"Contacts par quartier"_s);
    QCOMPARE(after.value(u"colonnes"_s).toArray().size(), 5);
}

void TestStoredQuery::xlsxExportIsAuditedToo()
{
    const qint64 exportsBefore = m_fixture->auditCount(u"export"_s);
    const QString path = m_dir.filePath(u"contacts.xlsx"_s);
    Result<ExportSummary> summary = m_export->exportStoredQuery(
        ContactsFixture::storedQuery(), ContactsFixture::storedQuery().defaultSelection(), ExportFormat::Xlsx, path);
    QVERIFY(summary.ok());
    QCOMPARE(summary->rows, 4);
    QCOMPARE(readFile(path).left(2), QByteArray("PK"));
    QCOMPARE(m_fixture->auditCount(u"export"_s), exportsBefore + 1);
}

void TestStoredQuery::selectionErrors_data()
{
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<QString>("sortKey");
    QTest::addColumn<QString>("message");
    QTest::newRow("no column") << QStringList() << QString() << u"Choisissez au moins une colonne."_s;
    QTest::newRow("unknown column") << QStringList{u"nom"_s, u"mot_de_passe"_s} << QString()
                                    << u"La colonne « mot_de_passe » n'existe pas dans la requête « Contacts par "
                                       "quartier »."_s;
    QTest::newRow("twice") << QStringList{u"nom"_s, u"nom"_s} << QString() << u"La colonne « Nom » est choisie deux fois."_s;
    QTest::newRow("unsortable") << QStringList{u"nom"_s} << u"observations"_s
                                << u"La requête « Contacts par quartier » ne peut pas être triée par « Observations »."_s;
    QTest::newRow("unknown sort") << QStringList{u"nom"_s} << u"1; DROP TABLE contact"_s
                                  << u"Le tri sur « 1; DROP TABLE contact » n'existe pas dans la requête « Contacts par "
                                     "quartier »."_s;
}

void TestStoredQuery::selectionErrors()
{
    QFETCH(QStringList, columns);
    QFETCH(QString, sortKey);
    QFETCH(QString, message);
    StoredQuerySelection selection;
    selection.columns = columns;
    if (!sortKey.isEmpty())
        selection.sort = {{sortKey, Qt::AscendingOrder}};
    Result<ExportSummary> result = m_export->exportStoredQuery(ContactsFixture::storedQuery(), selection,
                                                               ExportFormat::Csv, m_dir.filePath(u"x.csv"_s));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().message(), message);
    QCOMPARE(result.error().kind(), Error::Kind::InvalidInput);
    QVERIFY(!QFile::exists(m_dir.filePath(u"x.csv"_s)));
}

void TestStoredQuery::rightIsRequired()
{
    Session &session = m_services->session();
    const SessionUser admin = session.user();
    const QList<SessionCommune> communes = session.availableCommunes();
    const SessionCommune commune = session.commune();
    SessionUser reader = admin;
    reader.profile = Profile::Consultation;
    session.start(reader, communes, commune);
    const qint64 exportsBefore = m_fixture->auditCount(u"export"_s);
    Result<ExportSummary> denied = m_export->exportStoredQuery(ContactsFixture::storedQuery(),
                                                               ContactsFixture::storedQuery().defaultSelection(),
                                                               ExportFormat::Csv, m_dir.filePath(u"refus.csv"_s));
    session.start(admin, communes, commune);
    QVERIFY(!denied.ok());
    QCOMPARE(denied.error().kind(), Error::Kind::PermissionDenied);
    QCOMPARE(denied.error().message(), u"Votre profil ne permet pas cette opération (exporter les contacts). Demandez "
                                       "ce droit à l'administrateur."_s);
    QVERIFY(!QFile::exists(m_dir.filePath(u"refus.csv"_s)));
    QCOMPARE(m_fixture->auditCount(u"export"_s), exportsBefore);
}

void TestStoredQuery::listViewExportAuditedOnlyForPersonalData()
{
    QStandardItemModel model(0, 2);
    model.setHorizontalHeaderLabels({u"Nom"_s, u"Quartier"_s});
    model.appendRow({new QStandardItem(u"Dupont"_s), new QStandardItem(u"Centre-ville"_s)});
    model.appendRow({new QStandardItem(u"Durand"_s), new QStandardItem(u"Trinquetaille"_s)});
    ExportSubject subject;
    subject.title = u"Liste des quartiers"_s;
    subject.module = u"test"_s;
    subject.table = u"quartier"_s;
    const qint64 before = m_fixture->auditCount(u"export"_s);
    Result<ExportSummary> plain = m_export->exportModel(model, {1}, subject, ExportFormat::Csv,
                                                        m_dir.filePath(u"quartiers.csv"_s));
    QVERIFY(plain.ok());
    QCOMPARE(readFile(m_dir.filePath(u"quartiers.csv"_s)), QByteArray("\xEF\xBB\xBFQuartier\r\nCentre-ville\r\nTrinquetaille\r\n"));
    QCOMPARE(m_fixture->auditCount(u"export"_s), before);

    subject.title = u"Liste des contacts"_s;
    subject.table = u"contact"_s;
    subject.personalData = true;
    subject.permission = u"test.contact.exporter"_s;
    Result<ExportSummary> personal = m_export->exportModel(model, {0, 1}, subject, ExportFormat::Xlsx,
                                                           m_dir.filePath(u"liste.xlsx"_s));
    QVERIFY(personal.ok());
    QCOMPARE(m_fixture->auditCount(u"export"_s), before + 1);
    Result<QVariant> comment = Sql::scalar(m_services->database().connection(),
                                           u"SELECT commentaire FROM journal_audit WHERE action = 'export' ORDER BY id DESC"_s);
    QCOMPARE(comment->toString(), u"Export XLSX de « Liste des contacts » : 2 ligne(s) ; colonnes : Nom, Quartier."_s);
}

void TestStoredQuery::cancelledExportLeavesNoTrace()
{
    const qint64 before = m_fixture->auditCount(u"export"_s);
    CancellationToken cancel;
    cancel.cancel();
    const QString path = m_dir.filePath(u"annule.csv"_s);
    Result<ExportSummary> result = m_export->exportStoredQuery(ContactsFixture::storedQuery(),
                                                               ContactsFixture::storedQuery().defaultSelection(),
                                                               ExportFormat::Csv, path, {}, &cancel);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), Error::Kind::Cancelled);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(m_fixture->auditCount(u"export"_s), before);
}

void TestStoredQuery::registries()
{
    StoredQueryRegistry queries;
    OM_VERIFY_OK(queries.declare(ContactsFixture::storedQuery()));
    const Status twice = queries.declare(ContactsFixture::storedQuery());
    QVERIFY(!twice.ok());
    QCOMPARE(twice.error().message(), u"La requête mémorisée « Contacts par quartier » est déclarée deux fois : "
                                      "signalez-le au prestataire."_s);
    StoredQuery broken(u"test.casse"_s, u"test"_s, u"Cassée"_s);
    broken.setFrom(u"contact"_s).addColumn(u"nom"_s, u"Nom"_s, u"nom"_s);
    QVERIFY(!queries.declare(broken).ok());
    QCOMPARE(queries.allowed(m_services->permissions()).size(), 1);

    ImportRegistry imports;
    OM_VERIFY_OK(imports.declare(ContactsFixture::definition()));
    QVERIFY(!imports.declare(ContactsFixture::definition()).ok());
    ImportDefinition noSink(u"test.vide"_s, u"test"_s, u"Vide"_s);
    noSink.addColumn(ImportColumn::text(u"nom"_s, u"Nom"_s, 10));
    QVERIFY(!imports.declare(noSink).ok());
    QCOMPARE(imports.allowed(m_services->permissions()).size(), 1);
    imports.removeModule(u"test"_s);
    QCOMPARE(imports.definitions().size(), 0);

    // A consultation profile sees neither.
    Session &session = m_services->session();
    const SessionUser admin = session.user();
    SessionUser reader = admin;
    reader.profile = Profile::Consultation;
    session.start(reader, session.availableCommunes(), session.commune());
    const qsizetype allowed = queries.allowed(m_services->permissions()).size();
    session.start(admin, session.availableCommunes(), session.commune());
    QCOMPARE(allowed, 0);
}

QTEST_GUILESS_MAIN(TestStoredQuery)
#include "tst_storedquery.moc"
