#include "PdfInspector.h"
#include "ProduceToPdf.h"
#include "TestSources.h"

#include "TestDatabase.h"

#include "documents/LabelCalibrationProducer.h"
#include "documents/LabelSheetProducer.h"
#include "documents/PositionedFieldsLabelContent.h"
#include "documents/PrinterOffsetStore.h"
#include "documents/TemplateCompiler.h"
#include "documents/TemplateLabelContent.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace OpenMairie;
using namespace OpenMairie::Documents;
using Test::PdfInspector;

namespace {
constexpr double kPointsPerMm = 72.0 / 25.4;
}

class TstLabelSheet : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QList<DocumentRecord> records(int n)
    {
        QList<DocumentRecord> r;
        for (int i = 1; i <= n; ++i)
            r.append(Test::CourrierTestSource::record(i, 0));
        return r;
    }
    // Left edge (points) of the first word starting with prefix on page 1.
    static QRectF wordBox(const PdfInspector &pdf, const QString &word, int page = 1)
    {
        for (const auto &w : pdf.words(page))
            if (w.first == word)
                return w.second;
        return {};
    }
    QString producePositioned(const PrinterOffset &offset, int start, const QString &name)
    {
        auto content = std::make_shared<PositionedFieldsLabelContent>(
            QList<PositionedField>{{5, 5, 80, QStringLiteral("[nom]"), 10, true, Qt::AlignLeft},
                                   {5, 12, 80, QStringLiteral("[adresse] — [code_postal] [ville]"), 9, false, Qt::AlignLeft}});
        LabelSheetLayout sheet = LabelSheetLayout::presets().at(0); // 2 × 7
        LabelSheetProducer producer(QStringLiteral("Étiquettes"), sheet, offset, content,
                                    std::make_unique<FixedRecordStream>(records(16)), start);
        const QString path = m_dir.filePath(name);
        const Core::Status s = Test::produceToPdf(producer, path);
        if (!s)
            qWarning() << s.error().fullText();
        return path;
    }

private slots:
    void gridGeometry()
    {
        const LabelSheetLayout l = LabelSheetLayout::presets().at(0);
        QCOMPARE(l.labelsPerSheet(), 14);
        const QRectF r = l.labelRectMm(3);
        QCOMPARE(r.x(), 4.65 + 99.1 + 2.5);
        QCOMPARE(r.y(), 15.15 + 38.1);
        QCOMPARE(l.labelRectMm(3, {1.5, -0.5}).topLeft(), QPointF(4.65 + 99.1 + 2.5 + 1.5, 15.15 + 38.1 - 0.5));
        for (const LabelSheetLayout &preset : LabelSheetLayout::presets())
            OM_VERIFY_OK(preset.validate());
    }

    void badGridIsRefused_data()
    {
        QTest::addColumn<int>("columns");
        QTest::addColumn<double>("topMargin");
        QTest::addColumn<QString>("message");
        QTest::newRow("trop large") << 3 << 15.15
                                    << QStringLiteral("Les étiquettes ne tiennent pas en largeur : 306,9 mm pour une feuille "
                                                      "de 210,0 mm. Vérifiez la largeur, la marge de gauche et l'espace "
                                                      "entre colonnes.");
        QTest::newRow("trop haut") << 2 << 40.0
                                   << QStringLiteral("Les étiquettes ne tiennent pas en hauteur : 306,7 mm pour une feuille "
                                                     "de 297,0 mm. Vérifiez la hauteur, la marge du haut et l'espace entre "
                                                     "rangées.");
    }

    void badGridIsRefused()
    {
        QFETCH(int, columns);
        QFETCH(double, topMargin);
        QFETCH(QString, message);
        LabelSheetLayout l = LabelSheetLayout::presets().at(0);
        l.columns = columns;
        l.topMarginMm = topMargin;
        const Core::Status s = l.validate();
        QVERIFY(!s.ok());
        QCOMPARE(s.error().message(), message);
        QVERIFY(!LabelSheetLayout::fromJson(l.toJson()).ok());
    }

    // The printer's offset moves every label by exactly that many millimetres.
    void offsetsShiftThePrint()
    {
        PdfInspector plain(producePositioned({}, 0, QStringLiteral("sans-decalage.pdf")));
        PdfInspector shifted(producePositioned({2.0, -1.5}, 0, QStringLiteral("decalage.pdf")));
        QCOMPARE(plain.pageCount(), 2); // 16 labels on sheets of 14
        const QRectF a = wordBox(plain, QStringLiteral("Lefèvre-1"));
        const QRectF b = wordBox(shifted, QStringLiteral("Lefèvre-1"));
        QVERIFY(a.isValid() && b.isValid());
        // Label 1 is at 4,65 mm + 5 mm from the left edge.
        QVERIFY2(qAbs(a.left() - (4.65 + 5) * kPointsPerMm) < 1.0, qPrintable(QString::number(a.left())));
        QVERIFY2(qAbs((b.left() - a.left()) - 2.0 * kPointsPerMm) < 0.2, qPrintable(QString::number(b.left() - a.left())));
        QVERIFY2(qAbs((b.top() - a.top()) + 1.5 * kPointsPerMm) < 0.2, qPrintable(QString::number(b.top() - a.top())));
        // Label 4 (second row, right column) holds record 4.
        const QRectF fourth = wordBox(plain, QStringLiteral("Lefèvre-4"));
        QVERIFY(qAbs(fourth.left() - (4.65 + 99.1 + 2.5 + 5) * kPointsPerMm) < 1.0);
        QVERIFY(qAbs(fourth.top() - (15.15 + 38.1 + 5) * kPointsPerMm) < 3.0);
        QVERIFY(wordBox(plain, QStringLiteral("Lefèvre-15"), 2).isValid());
    }

    void startIndexSkipsUsedLabels()
    {
        PdfInspector pdf(producePositioned({}, 3, QStringLiteral("entame.pdf")));
        const QRectF first = wordBox(pdf, QStringLiteral("Lefèvre-1"));
        QVERIFY(qAbs(first.left() - (4.65 + 99.1 + 2.5 + 5) * kPointsPerMm) < 1.0); // label 4
        QCOMPARE(pdf.pageCount(), 2);
        QVERIFY(wordBox(pdf, QStringLiteral("Lefèvre-12"), 2).isValid()); // 3 + 11 = 14 on sheet 1
    }

    void templateLabels()
    {
        DocumentTemplate t;
        t.module = QStringLiteral("courrier");
        t.code = QStringLiteral("etiquette");
        t.title = QStringLiteral("Étiquette d'adresse");
        t.sourceName = QStringLiteral("courrier.lettre");
        t.bodyHtml = QStringLiteral("<body><p><b>[civilite] [prenom] [MAJ][nom][/MAJ]</b></p><p>[adresse]</p>"
                                    "<p>[code_postal] [MAJ][ville][/MAJ]</p></body>");
        const TemplateCompilation c = TemplateCompiler::compile(t, Test::CourrierTestSource().schema(), {});
        QVERIFY(c.ok());
        auto content = std::make_shared<TemplateLabelContent>(c.compiled, MergeContext());
        LabelSheetProducer producer(QStringLiteral("Adresses"), LabelSheetLayout::presets().at(1), {}, content,
                                    std::make_unique<FixedRecordStream>(records(5)));
        producer.setDrawOutlines(true);
        const QString path = m_dir.filePath(QStringLiteral("adresses.pdf"));
        OM_VERIFY_OK(Test::produceToPdf(producer, path));
        PdfInspector pdf(path);
        QCOMPARE(pdf.pageCount(), 1);
        QVERIFY(pdf.text().contains(QStringLiteral("Madame Éloïse LEFÈVRE-1")));
        QVERIFY(pdf.text().contains(QStringLiteral("13200 ARLES")));
        QCOMPARE(producer.report().items.size(), 5);
        QVERIFY(pdf.declaresPdfA1b());
    }

    void calibrationPage()
    {
        LabelCalibrationProducer producer(LabelSheetLayout::presets().at(0), {1.5, -0.5}, QStringLiteral("HP LaserJet 4250"));
        const QString path = m_dir.filePath(QStringLiteral("calibration.pdf"));
        OM_VERIFY_OK(Test::produceToPdf(producer, path));
        PdfInspector pdf(path);
        QCOMPARE(pdf.pageCount(), 1);
        const QString text = pdf.text();
        QVERIFY(text.contains(QStringLiteral("Page de calibration")));
        QVERIFY(text.contains(QStringLiteral("Imprimante : HP LaserJet 4250")));
        QVERIFY(text.contains(QStringLiteral("Décalage appliqué : horizontal 1,5 mm, vertical -0,5 mm")));
        for (int i = 1; i <= 14; ++i)
            QVERIFY2(text.contains(QStringLiteral("Étiquette %1").arg(i)), qPrintable(QString::number(i)));
        // The outline of label 1 carries the offset: its number sits 1,5 mm further right.
        const QRectF label = wordBox(pdf, QStringLiteral("Étiquette"));
        QVERIFY(qAbs(label.left() - (4.65 + 1.5 + 1.5) * kPointsPerMm) < 1.0);
    }

    void offsetsAreKeptPerPrinter()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("reglages.ini")), QSettings::IniFormat);
        PrinterOffsetStore store(&settings);
        QCOMPARE(store.offset(QStringLiteral("HP")), PrinterOffset());
        OM_VERIFY_OK(store.setOffset(QStringLiteral("HP"), {1.2, -0.8}));
        OM_VERIFY_OK(store.setOffset(QStringLiteral("\\\\serveur\\Canon"), {-3, 2}));
        QCOMPARE(store.offset(QStringLiteral("HP")), (PrinterOffset{1.2, -0.8}));
        QCOMPARE(store.offset(QStringLiteral("\\\\serveur\\Canon")), (PrinterOffset{-3, 2}));
        const Core::Status bad = store.setOffset(QStringLiteral("HP"), {25, 0});
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().message(), QStringLiteral("Décalage refusé : il doit être compris entre -20 et +20 mm. "
                                                       "Mesurez de nouveau sur la page de calibration."));
        QCOMPARE(store.offset(QStringLiteral("HP")), (PrinterOffset{1.2, -0.8}));
    }

    void unknownFieldOnACardIsRefused()
    {
        PositionedFieldsLabelContent content({{10, 20, 50, QStringLiteral("[nom] [bureau]"), 9, false, Qt::AlignLeft}});
        const Core::Status s = content.validate(Test::CourrierTestSource().schema());
        QVERIFY(!s.ok());
        QCOMPARE(s.error().message(), QStringLiteral("Champ inconnu « [bureau] » dans la zone placée à 10 mm, 20 mm : "
                                                     "choisissez un champ de la source « Courrier »."));
    }
};

QTEST_MAIN(TstLabelSheet)
#include "tst_labelsheet.moc"
