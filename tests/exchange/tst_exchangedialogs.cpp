// The import, export and stored-query dialogs, driven offscreen on a real database: what the agent
// sees (detected encoding and separator, the report table), what the buttons do (simulation,
// import in a worker thread with its own connection, cancel), and what ends up in files.
#include "ColumnPicker.h"
#include "ContactsFixture.h"
#include "ExportDialog.h"
#include "ExportTargetPicker.h"
#include "ImportDialog.h"
#include "Sql.h"
#include "StoredQueryDialog.h"
#include "TestDatabase.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace OpenMairie::Core;
using namespace OpenMairie::CoreUi;
using namespace OpenMairie::Test;
using namespace Qt::StringLiterals;

namespace {
QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<absent>");
}

QString fixture(const QString &name)
{
    return QDir(ContactsFixture::fixturesDir()).filePath(name);
}

QStringList tableRows(const QTableWidget *table)
{
    QStringList rows;
    for (int r = 0; r < table->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < table->columnCount(); ++c)
            cells << (table->item(r, c) ? table->item(r, c)->text() : QString());
        rows << cells.join(u'|');
    }
    return rows;
}

bool runAndWait(ImportDialog &dialog, QPushButton *button)
{
    QSignalSpy finished(&dialog, &ImportDialog::runFinished);
    QTest::mouseClick(button, Qt::LeftButton);
    return finished.count() > 0 || finished.wait(60000);
}
} // namespace

class TestExchangeDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importDialogShowsTheFileAndTheColumns();
    void importDialogDryRunThenValidLines();
    void importDialogCancelRollsBack();
    void importDialogRefusesWithoutFile();
    void exportDialogOnAListView();
    void exportDialogNeedsAColumn();
    void storedQueryDialogPreviewAndExport();

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<CoreServices> m_services;
    std::unique_ptr<ContactsFixture> m_fixture;
    std::unique_ptr<ImportService> m_import;
    std::unique_ptr<ExportService> m_export;
    QTemporaryDir m_dir;
};

void TestExchangeDialogs::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    OM_REQUIRE_DB(*m_db);
    m_services = std::make_unique<CoreServices>();
    OM_VERIFY_OK(m_db->initialize(*m_services));
    m_fixture = std::make_unique<ContactsFixture>(*m_services);
    OM_VERIFY_OK(m_fixture->create());
    m_import = std::make_unique<ImportService>(m_services->database(), m_services->session(), m_services->permissions());
    m_export = std::make_unique<ExportService>(m_services->database(), m_services->session(), m_services->permissions());
}

void TestExchangeDialogs::importDialogShowsTheFileAndTheColumns()
{
    ImportDialog dialog(*m_import, ContactsFixture::definition());
    dialog.show();
    auto *columns = dialog.findChild<QTableWidget *>(u"columnsTable"_s);
    QVERIFY(columns);
    QCOMPARE(columns->rowCount(), 9);
    QCOMPARE(tableRows(columns).at(2), u"date_naissance|Date de naissance|Date JJ/MM/AAAA (exemple : 20/12/1975)|oui"_s);
    QCOMPARE(tableRows(columns).at(3),
             u"categorie|Catégorie|Une valeur parmi : habitant, association, entreprise|oui"_s);
    QCOMPARE(tableRows(columns).at(4), u"quartier|Quartier|Code ou libellé de quartier existant|non"_s);

    dialog.setFilePath(fixture(u"windows1252.csv"_s));
    QCOMPARE(dialog.formatText(), u"Encodage : Windows-1252 ; séparateur : point-virgule ; 9 colonne(s) dans l'en-tête."_s);
    dialog.setFilePath(fixture(u"tab_separated.csv"_s));
    QCOMPARE(dialog.formatText(), u"Encodage : UTF-8 ; séparateur : tabulation ; 9 colonne(s) dans l'en-tête."_s);
    dialog.setFilePath(fixture(u"utf16le_excel_unicode.csv"_s));
    QVERIFY(dialog.formatText().startsWith(u"Le fichier est enregistré en UTF-16"_s));
    // The reject file is proposed beside the imported one.
    QCOMPARE(dialog.options(false).rejectFilePath, fixture(u"utf16le_excel_unicode_rejets.csv"_s));
    // Forcing the separator is taken into account at once.
    dialog.setFilePath(fixture(u"comma_separated.csv"_s));
    auto *separator = dialog.findChild<QComboBox *>(u"separatorCombo"_s);
    separator->setCurrentIndex(separator->findData(int(';')));
    QCOMPARE(dialog.formatText(), u"Encodage : UTF-8 ; séparateur : point-virgule ; 1 colonne(s) dans l'en-tête."_s);
}

void TestExchangeDialogs::importDialogDryRunThenValidLines()
{
    const QByteArray before = m_fixture->checksum();
    ImportDialog dialog(*m_import, ContactsFixture::definition());
    dialog.show();
    dialog.setFilePath(fixture(u"date_not_a_date.csv"_s));
    dialog.setRejectFilePath(m_dir.filePath(u"dialogue_rejets.csv"_s));

    QVERIFY(runAndWait(dialog, dialog.findChild<QPushButton *>(u"dryRunButton"_s)));
    QVERIFY(dialog.lastReport().has_value());
    QCOMPARE(dialog.lastReport()->outcome, ImportReport::Outcome::DryRunFailed);
    auto *report = dialog.findChild<QTableWidget *>(u"reportTable"_s);
    QCOMPARE(tableRows(report),
             (QStringList{u"2|date_naissance|« hier » n'est pas une date : écrivez-la JJ/MM/AAAA (par exemple 20/12/1975 "
                          "ou 20121975)."_s,
                          u"3|date_naissance|« 2020/13/45 » n'est pas une date : écrivez-la JJ/MM/AAAA (par exemple "
                          "20/12/1975 ou 20121975)."_s,
                          u"4|date_naissance|La date « 29/02/2021 » n'existe pas (jour, mois ou année impossible)."_s}));
    QVERIFY(dialog.findChild<QLabel *>(u"summaryLabel"_s)->text().startsWith(
        u"Simulation : le fichier serait refusé, 3 lignes en erreur sur 4 ; rien n'a été enregistré."_s));
    QCOMPARE(m_fixture->checksum(), before);

    dialog.setMode(ImportOptions::Mode::ImportValidLines);
    QVERIFY(runAndWait(dialog, dialog.findChild<QPushButton *>(u"importButton"_s)));
    QCOMPARE(dialog.lastReport()->outcome, ImportReport::Outcome::ImportedWithRejects);
    QCOMPARE(m_fixture->contactCount(), 2);
    QVERIFY(readFile(m_dir.filePath(u"dialogue_rejets.csv"_s)).contains("motif_rejet"));
    QVERIFY(dialog.findChild<QLabel *>(u"summaryLabel"_s)->text().contains(
        u"Fichier des rejets : "_s + QDir::toNativeSeparators(m_dir.filePath(u"dialogue_rejets.csv"_s))));
    // The worker's connection was its own, and is gone with its thread: the GUI thread's still works.
    QVERIFY(Sql::scalar(m_services->database().connection(), u"SELECT count(*) FROM contact"_s).ok());
    Sql::exec(m_services->database().connection(), u"DELETE FROM contact WHERE created_by <> 'reprise'"_s);
}

void TestExchangeDialogs::importDialogCancelRollsBack()
{
    const QString path = m_dir.filePath(u"gros.csv"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("nom;prenom;date_naissance;categorie;quartier\r\n");
        for (int i = 0; i < 20000; ++i)
            f.write(QStringLiteral("NOM%1;Prénom;01/01/1980;habitant;CEN\r\n").arg(i).toUtf8());
    }
    const QByteArray before = m_fixture->checksum();
    ImportDialog dialog(*m_import, ContactsFixture::definition());
    dialog.show();
    dialog.setFilePath(path);
    QSignalSpy finished(&dialog, &ImportDialog::runFinished);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"importButton"_s), Qt::LeftButton);
    QVERIFY(dialog.isRunning());
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"stopButton"_s), Qt::LeftButton);
    QVERIFY(finished.count() > 0 || finished.wait(60000));
    QCOMPARE(dialog.lastReport()->outcome, ImportReport::Outcome::Cancelled);
    QVERIFY(dialog.findChild<QLabel *>(u"summaryLabel"_s)->text().startsWith(u"Import annulé : rien n'a été enregistré."_s));
    QCOMPARE(m_fixture->checksum(), before);
    QVERIFY(!dialog.isRunning());
}

void TestExchangeDialogs::importDialogRefusesWithoutFile()
{
    ImportDialog dialog(*m_import, ContactsFixture::definition());
    dialog.show();
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"importButton"_s), Qt::LeftButton);
    QVERIFY(!dialog.isRunning());
    QCOMPARE(dialog.errorText(), u"Choisissez d'abord le fichier à importer (bouton « Parcourir… »)."_s);
    dialog.setFilePath(fixture(u"utf8_bom.csv"_s));
    dialog.setMode(ImportOptions::Mode::ImportValidLines);
    dialog.setRejectFilePath(QString());
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"importButton"_s), Qt::LeftButton);
    QVERIFY(!dialog.isRunning());
    QCOMPARE(dialog.errorText(), u"Indiquez où écrire le fichier des rejets : les lignes refusées y sont copiées pour "
                                 "être corrigées."_s);
}

void TestExchangeDialogs::exportDialogOnAListView()
{
    QStandardItemModel model(0, 3);
    model.setHorizontalHeaderLabels({u"Nom"_s, u"Prénom"_s, u"Né(e) le"_s});
    auto *date1 = new QStandardItem;
    date1->setData(QDate(1975, 12, 20), Qt::EditRole);
    model.appendRow({new QStandardItem(u"Dupont"_s), new QStandardItem(u"Jean"_s), date1});
    auto *date2 = new QStandardItem;
    date2->setData(QDate(1982, 6, 5), Qt::EditRole);
    model.appendRow({new QStandardItem(u"=1+1"_s), new QStandardItem(u"Marie"_s), date2});

    ExportSubject subject;
    subject.title = u"Liste des contacts"_s;
    subject.module = u"test"_s;
    subject.table = u"contact"_s;
    subject.personalData = true;
    std::unique_ptr<ExportDialog> dialog(ExportDialog::forModel(*m_export, model, subject));
    dialog->show();
    QVERIFY(dialog->findChild<QLabel *>(u"personalDataNotice"_s));
    // The agent unticks the first name and moves the date before the name.
    dialog->columnPicker()->setChecked(u"1"_s, false);
    dialog->columnPicker()->move(u"2"_s, -1);
    dialog->columnPicker()->move(u"2"_s, -1);
    QCOMPARE(dialog->columnPicker()->checkedKeys(), (QStringList{u"2"_s, u"0"_s}));
    dialog->targetPicker()->setFilePath(m_dir.filePath(u"liste.csv"_s));
    const qint64 before = m_fixture->auditCount(u"export"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
    QVERIFY2(dialog->lastSummary().has_value(), qPrintable(dialog->errorText()));
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(readFile(m_dir.filePath(u"liste.csv"_s)),
             QByteArray("\xEF\xBB\xBFN\xC3\xA9(e) le;Nom\r\n20/12/1975;Dupont\r\n05/06/1982;'=1+1\r\n"));
    QCOMPARE(m_fixture->auditCount(u"export"_s), before + 1);

    // Switching to .xlsx changes the file's extension.
    std::unique_ptr<ExportDialog> second(ExportDialog::forModel(*m_export, model, subject));
    second->targetPicker()->setFilePath(m_dir.filePath(u"liste.csv"_s));
    second->findChild<QRadioButton *>(u"xlsxRadio"_s)->setChecked(true);
    QCOMPARE(second->targetPicker()->filePath(), m_dir.filePath(u"liste.xlsx"_s));
    QTest::mouseClick(second->findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
    QVERIFY(second->lastSummary().has_value());
    QCOMPARE(readFile(m_dir.filePath(u"liste.xlsx"_s)).left(2), QByteArray("PK"));
}

void TestExchangeDialogs::exportDialogNeedsAColumn()
{
    QStandardItemModel model(1, 2);
    ExportSubject subject;
    subject.title = u"Liste"_s;
    std::unique_ptr<ExportDialog> dialog(ExportDialog::forModel(*m_export, model, subject));
    dialog->show();
    dialog->columnPicker()->setAllChecked(false);
    dialog->targetPicker()->setFilePath(m_dir.filePath(u"vide.csv"_s));
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
    QCOMPARE(dialog->errorText(), u"Cochez au moins une colonne à exporter."_s);
    QVERIFY(!dialog->lastSummary().has_value());
    QVERIFY(!QFile::exists(m_dir.filePath(u"vide.csv"_s)));
}

void TestExchangeDialogs::storedQueryDialogPreviewAndExport()
{
    Sql::exec(m_services->database().connection(), u"DELETE FROM contact WHERE created_by <> 'reprise'"_s);
    StoredQueryDialog dialog(*m_export, {ContactsFixture::storedQuery()});
    dialog.show();
    QVERIFY(dialog.selectQuery(u"test.contacts"_s));
    QVERIFY(dialog.findChild<QLabel *>(u"personalDataNotice"_s)->isVisibleTo(&dialog));
    dialog.columnPicker()->setAllChecked(false);
    dialog.columnPicker()->setChecked(u"quartier"_s, true);
    dialog.columnPicker()->setChecked(u"nom"_s, true);
    dialog.columnPicker()->setChecked(u"naissance"_s, true);
    dialog.setSort(u"naissance"_s, Qt::DescendingOrder);
    const StoredQuerySelection selection = dialog.selection();
    QCOMPARE(selection.columns, (QStringList{u"nom"_s, u"naissance"_s, u"quartier"_s}));
    QCOMPARE(selection.sort.size(), 1);

    QTest::mouseClick(dialog.findChild<QPushButton *>(u"previewButton"_s), Qt::LeftButton);
    QCOMPARE(dialog.errorText(), QString());
    QCOMPARE(tableRows(dialog.previewTable()), QStringList{u"MARTIN|01/03/1950|Centre-ville"_s});
    QCOMPARE(dialog.previewText(), u"1 ligne(s)."_s);

    const qint64 before = m_fixture->auditCount(u"export"_s);
    dialog.targetPicker()->setFilePath(m_dir.filePath(u"requete.csv"_s));
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
    QVERIFY2(dialog.lastSummary().has_value(), qPrintable(dialog.errorText()));
    QCOMPARE(readFile(m_dir.filePath(u"requete.csv"_s)),
             QByteArray("\xEF\xBB\xBFNom;N\xC3\xA9(e) le;Quartier\r\nMARTIN;01/03/1950;Centre-ville\r\n"));
    QCOMPARE(m_fixture->auditCount(u"export"_s), before + 1);

    // Unticking everything is refused with a clear message.
    dialog.columnPicker()->setAllChecked(false);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"previewButton"_s), Qt::LeftButton);
    QCOMPARE(dialog.errorText(), u"Choisissez au moins une colonne."_s);
}

QTEST_MAIN(TestExchangeDialogs)
#include "tst_exchangedialogs.moc"
