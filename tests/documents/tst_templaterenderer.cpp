#include "PdfInspector.h"
#include "ProduceToPdf.h"
#include "TestSources.h"

#include "TestDatabase.h"

#include "documents/BarcodeRenderer.h"
#include "documents/CommuneParameters.h"
#include "documents/TemplateBatchProducer.h"
#include "documents/TemplateCompiler.h"
#include "documents/TemplateRenderer.h"

#include <QDir>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

using namespace OpenMairie;
using namespace OpenMairie::Documents;
using Test::PdfInspector;

namespace {
const QString kNarrowNbsp = QString(QChar(0x202F));
const QString kNbsp = QString(QChar(0x00A0));
} // namespace

class TstTemplateRenderer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static DocumentTemplate make(const QString &body)
    {
        DocumentTemplate t;
        t.module = QStringLiteral("courrier");
        t.code = QStringLiteral("lettre");
        t.title = QStringLiteral("Lettre de convocation");
        t.sourceName = QStringLiteral("courrier.lettre");
        t.bodyHtml = QStringLiteral("<body>") + body + QStringLiteral("</body>");
        return t;
    }
    static std::shared_ptr<const CompiledTemplate> compiled(const DocumentTemplate &t)
    {
        const TemplateCompilation c =
            TemplateCompiler::compile(t, Test::CourrierTestSource().schema(), {QStringLiteral("maire"),
                                                                                QStringLiteral("logo")});
        if (!c.ok())
            qWarning() << c.issues.first().text();
        return c.compiled;
    }
    static MergeContext context(const DocumentRecord &record)
    {
        MergeContext c;
        c.record = record;
        c.today = QDate(2026, 3, 1);
        c.parameters = {{QStringLiteral("maire"), QStringLiteral("Mme Jeanne Martin")},
                        {QStringLiteral("ville"), QStringLiteral("Arles")},
                        {QStringLiteral("commune"), CommuneParameters::communeTitle(QStringLiteral("Arles"))}};
        return c;
    }
    static QString merged(const QString &body, const DocumentRecord &record, QStringList *warnings = nullptr)
    {
        auto c = compiled(make(body));
        if (!c)
            return QStringLiteral("<erreur de compilation>");
        RenderedDocument r = TemplateRenderer(c).render(context(record));
        if (warnings)
            *warnings = r.warnings;
        return r.document->toPlainText();
    }

    // OPENMAIRIE_KEEP_DOCUMENTS=<folder>: the PDFs made are copied there, to be looked at.
    static void keep(const QString &path)
    {
        const QString folder = qEnvironmentVariable("OPENMAIRIE_KEEP_DOCUMENTS");
        if (folder.isEmpty())
            return;
        const QString target = folder + u'/' + QFileInfo(path).fileName();
        QFile::remove(target);
        QFile::copy(path, target);
    }

private slots:
    // toPlainText() turns the no-break space before « € » into a space; the thin no-break space
    // of thousands stays.
    void mergesFieldsWithFrenchFormats()
    {
        const DocumentRecord r = Test::CourrierTestSource::record(7);
        const QString text = merged(QStringLiteral("<p>[civilite] [prenom] [nom]</p>"
                                                   "<p>[objet] du [date_envoi], soit le [date_envoi|long].</p>"
                                                   "<p>Somme due : [montant]</p>"),
                                    r);
        QCOMPARE(text, QStringLiteral("Madame Éloïse Lefèvre-7\nConvocation du 7 du 08/03/2026, soit le 8 mars 2026.\n"
                                      "Somme due : 1") + kNarrowNbsp + QStringLiteral("241,50 €"));
    }

    void firstOfMonthIsAnOrdinal()
    {
        QCOMPARE(FieldFormatter::formatDate(QDate(2026, 5, 1), FieldFormatter::Style::Long), QStringLiteral("1er mai 2026"));
        QCOMPARE(FieldFormatter::format(QStringLiteral("2026-02-03"), FieldType::Date), QStringLiteral("03/02/2026"));
        QCOMPARE(FieldFormatter::format(true, FieldType::Boolean), QStringLiteral("oui"));
        QCOMPARE(FieldFormatter::format(QVariant(), FieldType::Money), QString());
    }

    void parametersAndCaseMarkers()
    {
        const QString text = merged(QStringLiteral("<p>[MAJ]&amp;commune[/MAJ] — [min]LE MAIRE &amp;maire[/min]</p>"
                                                   "<p>Le &amp;aujourdhui (&amp;aujourdhui_long), [MAJ][prenom][/MAJ]</p>"
                                                   "<p>M. &amp;&amp; Mme [[réf]]</p>"),
                                    Test::CourrierTestSource::record(1));
        QCOMPARE(text, QStringLiteral("COMMUNE D'ARLES — le maire mme jeanne martin\n"
                                      "Le 01/03/2026 (1er mars 2026), ÉLOÏSE\nM. & Mme [réf]"));
    }

    void inlineAndParagraphBlocksRepeat()
    {
        const DocumentRecord r = Test::CourrierTestSource::record(3, 3);
        QCOMPARE(merged(QStringLiteral("<p>Pièces : [bloc:pieces][libelle] ([quantite]) ; [/bloc]fin.</p>"), r),
                 QStringLiteral("Pièces : Pièce 3.1 (1) ; Pièce 3.2 (2) ; Pièce 3.3 (3) ; fin."));
        QCOMPARE(merged(QStringLiteral("<p>Début</p><p>[bloc:pieces]</p><p>- [libelle] : [montant]</p><p>[/bloc]</p>"
                                       "<p>[nombre:pieces] pièces, [total:pieces.montant] au total.</p>"),
                        r),
                 QStringLiteral("Début\n- Pièce 3.1 : 10,25 €\n- Pièce 3.2 : 20,50 €\n- Pièce 3.3 : 30,75 €\n"
                                "3 pièces, 61,50 € au total."));
    }

    void tableRowsRepeatWithTotals()
    {
        auto c = compiled(make(QStringLiteral(
            "<p>Détail :</p><table border=\"1\"><tr><td>Pièce</td><td>Quantité</td><td>Montant</td></tr>"
            "<tr><td>[bloc:pieces][libelle]</td><td>[quantite]</td><td>[montant][/bloc]</td></tr>"
            "<tr><td>Total ([nombre:pieces])</td><td>[moyenne:pieces.quantite] en moyenne</td>"
            "<td>[total:pieces.montant]</td></tr></table><p>Fin</p>")));
        QVERIFY(c);
        RenderedDocument r = TemplateRenderer(c).render(context(Test::CourrierTestSource::record(5, 4)));
        QTextTable *table = nullptr;
        for (QTextFrame *f : r.document->rootFrame()->childFrames())
            if ((table = qobject_cast<QTextTable *>(f)))
                break;
        QVERIFY(table);
        QCOMPARE(table->rows(), 1 + 4 + 1);
        QCOMPARE(table->format().headerRowCount(), 1);
        auto cell = [&](int row, int col) {
            QTextCursor a = table->cellAt(row, col).firstCursorPosition();
            a.setPosition(table->cellAt(row, col).lastCursorPosition().position(), QTextCursor::KeepAnchor);
            return a.selectedText();
        };
        QCOMPARE(cell(0, 0), QStringLiteral("Pièce"));
        QCOMPARE(cell(1, 0), QStringLiteral("Pièce 5.1"));
        QCOMPARE(cell(4, 1), QStringLiteral("4"));
        QCOMPARE(cell(4, 2), QStringLiteral("41,00") + kNbsp + QStringLiteral("€"));
        QCOMPARE(cell(5, 0), QStringLiteral("Total (4)"));
        QCOMPARE(cell(5, 1), QStringLiteral("2,50 en moyenne"));
        QCOMPARE(cell(5, 2), QStringLiteral("102,50") + kNbsp + QStringLiteral("€"));
        QVERIFY(r.document->toPlainText().startsWith(QStringLiteral("Détail :")));
        QVERIFY(r.document->toPlainText().endsWith(QStringLiteral("Fin")));

        // No row at all: the repeated row disappears, headers and totals stay.
        RenderedDocument empty = TemplateRenderer(c).render(context(Test::CourrierTestSource::record(6, 0)));
        for (QTextFrame *f : empty.document->rootFrame()->childFrames())
            if ((table = qobject_cast<QTextTable *>(f)))
                break;
        QCOMPARE(table->rows(), 2);
    }

    void missingLogoPrintsWithoutItAndWarns()
    {
        auto c = compiled(make(QStringLiteral("<p>[logo:20] Mairie</p>")));
        QVERIFY(c);
        MergeContext ctx = context(Test::CourrierTestSource::record(1));
        ctx.parameters.insert(QStringLiteral("logo"), m_dir.filePath(QStringLiteral("absent.png")));
        QVERIFY(!ctx.loadLogo());
        RenderedDocument r = TemplateRenderer(c).render(ctx);
        QCOMPARE(r.document->toPlainText(), QStringLiteral(" Mairie"));
        QCOMPARE(r.warnings, QStringList{QStringLiteral("Le logo « %1 » est introuvable ou illisible : le document est "
                                                        "imprimé sans logo. Vérifiez le paramètre « logo » de la commune.")
                                             .arg(m_dir.filePath(QStringLiteral("absent.png")))});

        // With the file, an image 20 mm high.
        QImage logo(200, 100, QImage::Format_ARGB32);
        logo.fill(Qt::transparent);
        QPainter(&logo).fillRect(10, 10, 80, 80, Qt::blue);
        QVERIFY(logo.save(m_dir.filePath(QStringLiteral("logo.png"))));
        ctx.parameters.insert(QStringLiteral("logo"), m_dir.filePath(QStringLiteral("logo.png")));
        QVERIFY(ctx.loadLogo());
        QVERIFY(!ctx.logo.hasAlphaChannel()); // PDF/A-1: no transparency
        RenderedDocument withLogo = TemplateRenderer(c).render(ctx);
        QVERIFY(withLogo.warnings.isEmpty());
        const QTextBlock block = withLogo.document->begin();
        const QTextCharFormat f = block.begin().fragment().charFormat();
        QVERIFY(f.isImageFormat());
        QCOMPARE(qRound(f.toImageFormat().height()), qRound(TemplateRenderer::mmToLayout(20)));
        QCOMPARE(qRound(f.toImageFormat().width()), qRound(TemplateRenderer::mmToLayout(40)));
    }

    void emptyParameterWarns()
    {
        const TemplateCompilation unknown = TemplateCompiler::compile(
            make(QStringLiteral("<p>Tribunal : &amp;tribunal_administratif.</p>")), Test::CourrierTestSource().schema(), {});
        QVERIFY(!unknown.ok()); // not a parameter this commune knows
        const TemplateCompilation ok = TemplateCompiler::compile(
            make(QStringLiteral("<p>Tribunal : &amp;tribunal_administratif.</p>")), Test::CourrierTestSource().schema(),
            {QStringLiteral("tribunal_administratif")});
        QVERIFY(ok.ok());
        RenderedDocument r = TemplateRenderer(ok.compiled).render(context(Test::CourrierTestSource::record(1)));
        QCOMPARE(r.document->toPlainText(), QStringLiteral("Tribunal : ."));
        QCOMPARE(r.warnings.size(), 1);
        QVERIFY(r.warnings.first().startsWith(QStringLiteral("Le paramètre « &tribunal_administratif » n'est pas renseigné")));
    }

    void barcodeIsAnImageOfTheRightSize()
    {
        Core::Result<BarcodeRenderer::Matrix> m = BarcodeRenderer::encode(BarcodeRenderer::Symbology::Code128,
                                                                          QStringLiteral("C-0001"));
        QVERIFY(m.ok());
        QCOMPARE(m->rows, 1);
        QVERIFY(m->isSet(0, 0)); // Code 128 starts with a bar
        auto c = compiled(make(QStringLiteral("<p>[codebarre:reference:10] [qrcode:reference:20]</p>")));
        QVERIFY(c);
        RenderedDocument r = TemplateRenderer(c).render(context(Test::CourrierTestSource::record(1)));
        QVERIFY(r.warnings.isEmpty());
        QList<QTextImageFormat> images;
        for (QTextBlock::iterator it = r.document->begin().begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().isImageFormat())
                images.append(it.fragment().charFormat().toImageFormat());
        QCOMPARE(images.size(), 2);
        const QImage bar = r.document->resource(QTextDocument::ImageResource, QUrl(images.at(0).name())).value<QImage>();
        QCOMPARE(bar.width(), (m->columns + 20) * 4);
        QCOMPARE(qRound(images.at(0).height()), qRound(TemplateRenderer::mmToLayout(10)));
        const QImage qr = r.document->resource(QTextDocument::ImageResource, QUrl(images.at(1).name())).value<QImage>();
        QCOMPARE(qr.width(), qr.height());
        QCOMPARE(qRound(images.at(1).width()), qRound(TemplateRenderer::mmToLayout(20)));
        // The first bar after the quiet zone is black, the quiet zone white.
        QCOMPARE(bar.pixelColor(2, bar.height() / 2), QColor(Qt::white));
        QCOMPARE(bar.pixelColor(10 * 4 + 1, bar.height() / 2), QColor(Qt::black));
    }

    void emptyBarcodeValueWarns()
    {
        DocumentRecord r = Test::CourrierTestSource::record(1);
        r.set(QStringLiteral("reference"), QString());
        QStringList warnings;
        merged(QStringLiteral("<p>[codebarre:reference]</p>"), r, &warnings);
        QCOMPARE(warnings, QStringList{QStringLiteral("Le champ « reference » est vide : son code-barres n'est pas imprimé.")});
    }

    // A batch of letters in one PDF/A: order, page numbering per letter, watermark, barcodes, fonts.
    void batchPdfNumbersEachLetter()
    {
        DocumentTemplate t = make(QStringLiteral(
            "<p>[codebarre:reference:9]</p><p>Référence [reference]</p><p>[civilite] [nom]</p>"
            "<p>[bloc:pieces]</p><p>[libelle] : [montant]</p><p>[/bloc]</p><p>Fin de la lettre [reference].</p>"));
        t.footer = QStringLiteral("Courrier [reference]");
        auto c = compiled(t);
        QVERIFY(c);
        QList<DocumentRecord> records{Test::CourrierTestSource::record(1, 2), Test::CourrierTestSource::record(2, 70),
                                      Test::CourrierTestSource::record(3, 1)};
        TemplateBatchProducer producer(c, context({}), std::make_unique<FixedRecordStream>(records),
                                       QStringLiteral("Duplicata"));
        const QString path = m_dir.filePath(QStringLiteral("lot.pdf"));
        OM_VERIFY_OK(Test::produceToPdf(producer, path));
        keep(path);
        PdfInspector pdf(path);
        QVERIFY2(pdf.isValid(), qPrintable(pdf.error()));
        QCOMPARE(producer.report().documentCount, 3);
        QCOMPARE(pdf.pageCount(), producer.report().pageCount);
        QCOMPARE(producer.report().items.size(), 3);
        QCOMPARE(producer.report().items.at(0).pageCount, 1);
        QVERIFY(producer.report().items.at(1).pageCount >= 2);
        QCOMPARE(producer.report().items.at(2).pageCount, 1);
        const int longPages = producer.report().items.at(1).pageCount;
        QCOMPARE(pdf.pageCount(), 2 + longPages);

        // Page numbers restart with each letter; the footer names the letter.
        QStringList expected{QStringLiteral("Page 1 / 1")};
        for (int i = 1; i <= longPages; ++i)
            expected.append(QStringLiteral("Page %1 / %2").arg(i).arg(longPages));
        expected.append(QStringLiteral("Page 1 / 1"));
        static const QRegularExpression pageRe(QStringLiteral("Page \\d+ / \\d+"));
        for (int p = 0; p < pdf.pageCount(); ++p) {
            const QString page = pdf.pages().at(p);
            QCOMPARE(pageRe.match(page).captured(0), expected.at(p));
            QVERIFY2(pdf.compactRawText(p + 1).contains(QStringLiteral("DUPLICATA")),
                     qPrintable(QStringLiteral("page %1").arg(p + 1)));
        }
        QVERIFY(pdf.pages().at(0).contains(QStringLiteral("Courrier C-0001")));
        QVERIFY(pdf.pages().at(1).contains(QStringLiteral("Courrier C-0002")));
        QVERIFY(pdf.pages().last().contains(QStringLiteral("Courrier C-0003")));
        // Order of the merged text: letter 1, then 2, then 3; the 70 pieces of letter 2 all there, once.
        const QString all = pdf.text();
        const qsizetype a = all.indexOf(QStringLiteral("Fin de la lettre C-0001."));
        const qsizetype b = all.indexOf(QStringLiteral("Fin de la lettre C-0002."));
        const qsizetype d = all.indexOf(QStringLiteral("Fin de la lettre C-0003."));
        QVERIFY(a >= 0 && a < b && b < d);
        for (int i = 1; i <= 70; ++i)
            QCOMPARE(all.count(QStringLiteral("Pièce 2.%1 :").arg(i)), 1);
        // One barcode image per letter, PDF/A-1b with every font embedded.
        const QStringList imageLines = pdf.images().split(u'\n', Qt::SkipEmptyParts).mid(2);
        QCOMPARE(imageLines.size(), 3);
        QVERIFY(pdf.declaresPdfA1b());
        QString why;
        QVERIFY2(pdf.allFontsEmbedded(&why), qPrintable(why));
    }

    // The shipped arrêté, merged with the record the reglement module will provide.
    void shippedArretePrints()
    {
        Core::Result<DocumentTemplate> t = DocumentTemplate::shipped(QStringLiteral("reglement"), QStringLiteral("arrete"));
        QVERIFY(t.ok());
        QStringList names;
        for (const ParameterDefinition &d : CommuneParameters::standard())
            names.append(d.name);
        const TemplateCompilation c = TemplateCompiler::compile(t.value(), Test::ArreteTestSource().schema(), names);
        QVERIFY(c.ok());
        MergeContext ctx;
        ctx.today = QDate(2026, 3, 12);
        ctx.parameters = {{QStringLiteral("ville"), QStringLiteral("Arles")},
                          {QStringLiteral("commune"), CommuneParameters::communeTitle(QStringLiteral("Arles"))},
                          {QStringLiteral("de_ville"), CommuneParameters::ofCommune(QStringLiteral("Arles"))},
                          {QStringLiteral("code_insee"), QStringLiteral("13004")},
                          {QStringLiteral("departement"), QStringLiteral("13")},
                          {QStringLiteral("adresse"), QStringLiteral("Hôtel de ville, place de la République")},
                          {QStringLiteral("code_postal"), QStringLiteral("13200")},
                          {QStringLiteral("tribunal_administratif"), QStringLiteral("tribunal administratif de Marseille")},
                          {QStringLiteral("logo"), m_dir.filePath(QStringLiteral("blason.png"))}};
        QImage logo(240, 280, QImage::Format_RGB32);
        logo.fill(Qt::white);
        {
            QPainter p(&logo);
            p.setRenderHint(QPainter::Antialiasing);
            p.setBrush(QColor(0x1F, 0x3F, 0x8F));
            p.setPen(Qt::NoPen);
            QPainterPath shield;
            shield.moveTo(20, 20);
            shield.lineTo(220, 20);
            shield.lineTo(220, 160);
            shield.quadTo(220, 240, 120, 270);
            shield.quadTo(20, 240, 20, 160);
            shield.closeSubpath();
            p.drawPath(shield);
            p.setBrush(QColor(0xE8, 0xC5, 0x47));
            p.drawEllipse(QPointF(120, 130), 55, 55);
        }
        QVERIFY(logo.save(m_dir.filePath(QStringLiteral("blason.png"))));
        QVERIFY(ctx.loadLogo());
        TemplateBatchProducer producer(c.compiled, ctx,
                                       std::make_unique<FixedRecordStream>(QList<DocumentRecord>{
                                           Test::ArreteTestSource::arrete(QStringLiteral("2026-0042"))}));
        const QString path = m_dir.filePath(QStringLiteral("arrete.pdf"));
        OM_VERIFY_OK(Test::produceToPdf(producer, path));
        QVERIFY2(producer.report().warnings.isEmpty(), qPrintable(producer.report().warnings.join(u'\n')));
        PdfInspector pdf(path);
        const QString text = pdf.text();
        QVERIFY(text.contains(QStringLiteral("ARRÊTÉ MUNICIPAL N° 2026-0042")));
        QVERIFY(text.contains(QStringLiteral("COMMUNE D'ARLES")));
        QVERIFY(text.contains(QStringLiteral("Le Maire d'Arles,")));
        QVERIFY(text.contains(QStringLiteral("Fait à Arles, le 12 mars 2026.")));
        QVERIFY(text.contains(QStringLiteral("Article 4")));
        QVERIFY(text.contains(QStringLiteral("Arrêté n° 2026-0042")));
        QVERIFY(text.indexOf(QStringLiteral("Vu le code général")) < text.indexOf(QStringLiteral("ARRÊTE")));
        QVERIFY(text.indexOf(QStringLiteral("Article 1")) < text.indexOf(QStringLiteral("Article 2")));
        QVERIFY(pdf.declaresPdfA1b());
        const QString png = pdf.renderPng(1, 60, m_dir.filePath(QStringLiteral("arrete-p1")));
        QVERIFY(QFile::exists(png));
        keep(path);
    }
};

QTEST_MAIN(TstTemplateRenderer)
#include "tst_templaterenderer.moc"
