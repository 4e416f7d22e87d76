#include "TestSources.h"

#include "TestDatabase.h"

#include "documents/TemplateEditorWidget.h"
#include "documents/TemplateFieldPalette.h"

#include "documents/DocumentServices.h"

#include <QAction>
#include <QLineEdit>
#include <QPrintPreviewWidget>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocumentFragment>
#include <QTextEdit>

using namespace OpenMairie;
using namespace OpenMairie::Documents;
using CoreUi::TemplateEditorWidget;
using CoreUi::TemplateFieldPalette;
using Test::TestDatabase;

class TstTemplateEditor : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        TestDatabase db;
        Core::CoreServices services;
        std::unique_ptr<DocumentServices> documents;
        std::unique_ptr<TemplateEditorWidget> editor;

        Core::Status init()
        {
            if (!db.setupError().isEmpty())
                return Core::Error(db.setupError());
            if (Core::Status s = db.initialize(services); !s)
                return s;
            documents = std::make_unique<DocumentServices>(services.database(), services.session(),
                                                           services.permissions(), services.audit());
            if (Core::Status s = documents->sources().add(std::make_shared<Test::ArreteTestSource>()); !s)
                return s;
            editor = std::make_unique<TemplateEditorWidget>(*documents, QStringLiteral("reglement"),
                                                            QStringLiteral("arrete"));
            editor->resize(1200, 800);
            editor->show();
            return editor->load();
        }
        void moveCursorAfter(const QString &text)
        {
            QTextCursor c = editor->textEdit()->document()->find(text);
            c.clearSelection();
            editor->textEdit()->setTextCursor(c);
        }
    };

private slots:
    void loadsWithFieldsAndPreview()
    {
        Fixture f;
        OM_VERIFY_OK(f.init());
        QCOMPARE(f.editor->loaded().origin, TemplateOrigin::Shipped);
        QCOMPARE(f.editor->storedVersion(), 0);
        TemplateFieldPalette *palette = f.editor->palette();
        QTreeWidgetItem *numero = palette->itemForToken(QStringLiteral("[numero]"));
        QVERIFY(numero);
        QCOMPARE(numero->text(0), QStringLiteral("Numéro de l'arrêté (AAAA-NNNN)"));
        QVERIFY(palette->itemForToken(QStringLiteral("[date_signature|long]")));
        QVERIFY(palette->itemForToken(QStringLiteral("[bloc:articles]")));
        QVERIFY(palette->itemForToken(QStringLiteral("&maire")));
        QVERIFY(palette->itemForToken(QStringLiteral("&de_ville")));
        QVERIFY(f.editor->textEdit()->toPlainText().contains(QStringLiteral("ARRÊTÉ MUNICIPAL N° [numero]")));
        QVERIFY(f.editor->previewPageCount() >= 1);
        QCOMPARE(f.editor->preview()->pageCount(), f.editor->previewPageCount());
    }

    void insertsFieldsAndBlocksAtTheCursor()
    {
        Fixture f;
        OM_VERIFY_OK(f.init());
        f.moveCursorAfter(QStringLiteral("Fait à &ville, le [date_signature|long]."));
        f.editor->insertText(QStringLiteral(" "));
        TemplateFieldPalette *palette = f.editor->palette();
        emit palette->itemActivated(palette->itemForToken(QStringLiteral("[categorie]")), 0);
        QVERIFY(f.editor->textEdit()->toPlainText().contains(QStringLiteral("le [date_signature|long]. [categorie]")));

        // A block: its marks and one line of its columns, each on a paragraph.
        f.moveCursorAfter(QStringLiteral("[categorie]"));
        emit palette->itemActivated(palette->itemForToken(QStringLiteral("[bloc:visas]")), 0);
        const QString text = f.editor->textEdit()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("[categorie]\n[bloc:visas]\n[texte]\n[/bloc]")), qPrintable(text));
        QVERIFY(f.editor->check().isEmpty());
        // The preview follows the text after a short pause.
        QTRY_VERIFY_WITH_TIMEOUT(f.editor->statusText().startsWith(QStringLiteral("Aperçu à jour")), 5000);
    }

    void faultIsShownSelectedAndRefused()
    {
        Fixture f;
        OM_VERIFY_OK(f.init());
        f.moveCursorAfter(QStringLiteral("ARRÊTÉ MUNICIPAL N° [numero]"));
        f.editor->insertText(QStringLiteral(" [numero_interne]"));
        const QList<TemplateIssue> issues = f.editor->check();
        QCOMPARE(issues.size(), 1);
        QCOMPARE(f.editor->textEdit()->textCursor().selectedText(), QStringLiteral("[numero_interne]"));
        QVERIFY2(f.editor->statusText().contains(QStringLiteral("champ inconnu « [numero_interne] »")),
                 qPrintable(f.editor->statusText()));
        QVERIFY(f.editor->statusText().startsWith(QStringLiteral("Ligne ")));
        // The live preview says why it cannot merge.
        f.editor->refreshPreview();
        QCOMPARE(f.editor->previewPageCount(), 0);
        QVERIFY(f.editor->statusText().startsWith(QStringLiteral("Aperçu impossible — Ligne ")));

        const Core::Status saved = f.editor->save();
        QVERIFY(!saved.ok());
        QVERIFY(saved.error().message().contains(QStringLiteral("n'est pas enregistré")));
        QVERIFY(!f.documents->templates().communeTemplate(QStringLiteral("reglement"), QStringLiteral("arrete"))->has_value());

        // An unclosed block, also at its place.
        f.editor->textEdit()->setPlainText(QStringLiteral("Début\n[bloc:articles]\n[texte]\nFin"));
        const QList<TemplateIssue> unclosed = f.editor->check();
        // The block first; then [texte], which has no block to belong to.
        QCOMPARE(unclosed.size(), 2);
        QVERIFY(unclosed.first().message.contains(QStringLiteral("n'est jamais fermé")));
        QCOMPARE(unclosed.first().line, 2);
        QCOMPARE(unclosed.first().column, 1);
        QCOMPARE(f.editor->textEdit()->textCursor().selectedText(), QStringLiteral("[bloc:articles]"));
    }

    void savesRevisionsForTheCommune()
    {
        Fixture f;
        OM_VERIFY_OK(f.init());
        QSignalSpy saved(f.editor.get(), &TemplateEditorWidget::saved);
        f.moveCursorAfter(QStringLiteral("Le Maire &de_ville,"));
        f.editor->insertText(QStringLiteral(" [MAJ]maire délégué[/MAJ]"));
        f.editor->findChild<QLineEdit *>(QStringLiteral("watermark"))->setText(QStringLiteral("Projet"));
        OM_VERIFY_OK(f.editor->save(QStringLiteral("Ajout de la mention")));
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.at(0).at(0).toInt(), 1);
        QCOMPARE(f.editor->storedVersion(), 1);
        Core::Result<ResolvedTemplate> r = f.documents->templates().resolve(QStringLiteral("reglement"), QStringLiteral("arrete"));
        OM_VERIFY_OK(r);
        QCOMPARE(r->origin, TemplateOrigin::Commune);
        QCOMPARE(r->documentTemplate.watermark, QStringLiteral("Projet"));
        QVERIFY(QTextDocumentFragment::fromHtml(r->documentTemplate.bodyHtml).toPlainText().contains(
            QStringLiteral("[MAJ]maire délégué[/MAJ]")));
        // Editing on: the next save is revision 2 of the same commune template.
        f.editor->insertText(QStringLiteral("."));
        OM_VERIFY_OK(f.editor->save());
        QCOMPARE(saved.last().at(0).toInt(), 2);
        QCOMPARE(f.editor->storedVersion(), 2);
        QVERIFY(f.editor->statusText().contains(QStringLiteral("révision 2")));
    }
};

QTEST_MAIN(TstTemplateEditor)
#include "tst_templateeditor.moc"
