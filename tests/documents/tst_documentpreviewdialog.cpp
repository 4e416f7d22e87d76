#include "GeneratedRowSource.h"
#include "PdfInspector.h"
#include "TestSources.h"

#include "TestDatabase.h"

#include "documents/DocumentPreviewDialog.h"

#include "documents/DocumentServices.h"

#include "Sql.h"

#include <QAction>
#include <QPrinter>
#include <QTest>

using namespace OpenMairie;
using namespace OpenMairie::Documents;
using CoreUi::DocumentPreviewDialog;
using Test::TestDatabase;

class TstDocumentPreviewDialog : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        TestDatabase db;
        Core::CoreServices services;
        std::unique_ptr<DocumentServices> documents;

        Core::Status init()
        {
            if (!db.setupError().isEmpty())
                return Core::Error(db.setupError());
            if (Core::Status s = db.initialize(services); !s)
                return s;
            documents = std::make_unique<DocumentServices>(services.database(), services.session(),
                                                           services.permissions(), services.audit());
            return documents->sources().add(std::make_shared<Test::ArreteTestSource>());
        }
        int count(const QString &query)
        {
            Core::Result<QVariant> v = Core::Sql::scalar(services.database().connection(), query);
            return v ? v.value().toInt() : -1;
        }
    };

private slots:
    void previewExportAndPrintAreJournaled()
    {
        Fixture f;
        OM_VERIFY_OK(f.init());
        Core::Result<PreparedPrint> print = f.documents->prepareTemplate(
            {QStringLiteral("reglement"), QStringLiteral("arrete"), {QStringLiteral("2026-0042"), QStringLiteral("2026-0043")},
             QStringLiteral("Duplicata")});
        OM_VERIFY_OK(print);
        DocumentPreviewDialog dialog(*f.documents, print.value());
        QVERIFY(dialog.findChild<QAction *>(QStringLiteral("exportPdfAction")));
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.pageCount() >= 2, 10000);
        QVERIFY2(dialog.lastError().isEmpty(), qPrintable(dialog.lastError()));
        QVERIFY(dialog.printer()->fullPage());

        const QString path = f.db.tempPath(QStringLiteral("arretes.pdf"));
        Core::Result<DocumentJobResult> exported = dialog.exportPdf(path);
        OM_VERIFY_OK(exported);
        Test::PdfInspector pdf(path);
        QCOMPARE(pdf.pageCount(), dialog.pageCount());
        QVERIFY(pdf.text().contains(QStringLiteral("ARRÊTÉ MUNICIPAL N° 2026-0043")));
        QVERIFY(pdf.compactRawText(1).contains(QStringLiteral("DUPLICATA")));
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM document_impression WHERE destination = 'pdf' AND "
                                        "filigrane = 'Duplicata'")), 1);

        // The tool bar button asks for a name; an impossible one is refused in French.
        Core::Result<DocumentJobResult> refused = dialog.exportPdf(f.db.tempPath(QStringLiteral("absent/x.pdf")));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message().startsWith(QStringLiteral("Impossible d'écrire le fichier")));

        // Printing (the dialog is accepted after the printer has the pages): journaled too.
        dialog.accept();
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM document_impression WHERE destination = 'imprimante'")), 1);
    }

    void previewOfAList()
    {
        Fixture f;
        OM_VERIFY_OK(f.init());
        Core::Result<ListLayout> layout = ListLayout::shipped(QStringLiteral("reglement"), QStringLiteral("registre_arretes"));
        OM_VERIFY_OK(layout);
        // The register's columns over generated rows (the reglement module gives its SQL).
        ListLayout l = layout.value();
        for (ListColumn &c : l.columns)
            c.field = c.field == u"numero" ? QStringLiteral("id") : (c.field == u"objet" ? QStringLiteral("texte")
                                                                                          : QStringLiteral("nom"));
        for (ListColumn &c : l.columns)
            c.type = FieldType::Text;
        Core::Result<PreparedPrint> print = f.documents->prepareList(
            l, [] { return std::make_unique<Test::GeneratedRowSource>(Test::GeneratedRowSource::Options{150, 0, 9, 3, 30}); },
            QStringLiteral("Année 2026"));
        OM_VERIFY_OK(print);
        DocumentPreviewDialog dialog(*f.documents, print.value());
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.pageCount() > 1, 10000);
        QVERIFY2(dialog.lastError().isEmpty(), qPrintable(dialog.lastError()));
        QCOMPARE(print->producer->report().rowCount, 150);
    }
};

QTEST_MAIN(TstDocumentPreviewDialog)
#include "tst_documentpreviewdialog.moc"
