#include "GeneratedRowSource.h"
#include "PdfInspector.h"
#include "ProduceToPdf.h"

#include "TestDatabase.h"

#include "documents/ListPagePlanner.h"
#include "documents/ListReportProducer.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace OpenMairie;
using namespace OpenMairie::Documents;
using Test::GeneratedRowSource;
using Test::PdfInspector;

class TstListPaginator : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static ListLayout layout(ListLayout::RowHeight height, bool groups)
    {
        ListLayout l;
        l.module = QStringLiteral("test");
        l.code = QStringLiteral("liste");
        l.title = QStringLiteral("Liste d'émargement");
        l.subtitle = QStringLiteral("Élection municipale du 15 mars 2026");
        l.rowHeight = height;
        l.rowHeightMm = height == ListLayout::RowHeight::Fixed ? 9 : 6;
        l.rowNumbers = true;
        l.columns = {{QStringLiteral("Identifiant"), QStringLiteral("id"), 1.2, Qt::AlignLeft, FieldType::Text, false},
                     {QStringLiteral("Nom"), QStringLiteral("nom"), 2.5, Qt::AlignLeft, FieldType::Text, false},
                     {QStringLiteral("Observations"), QStringLiteral("texte"), 4, Qt::AlignLeft, FieldType::Text, false},
                     {QStringLiteral("Points"), QStringLiteral("montant"), 1, Qt::AlignRight, FieldType::Integer, true},
                     {QStringLiteral("Signature"), QString(), 2, Qt::AlignLeft, FieldType::Text, false}};
        if (groups) {
            l.groupField = QStringLiteral("bureau");
            l.groupLabel = QStringLiteral("Bureau de vote");
        }
        l.totalLabel = QStringLiteral("électeurs");
        l.closingText = QStringLiteral("Arrêté la présente liste à %1 électeurs.");
        l.signatures = {{QStringLiteral("Le président du bureau"), {}, 25}, {QStringLiteral("Le secrétaire"), {}, 25}};
        return l;
    }

    static ListHeader header()
    {
        ListHeader h;
        h.communeName = QStringLiteral("Arles");
        h.codeInsee = QStringLiteral("13004");
        h.printedAt = QDateTime(QDate(2026, 3, 12), QTime(10, 42));
        return h;
    }

    QString produce(const ListLayout &l, GeneratedRowSource::Options options, const QString &name,
                    ProductionReport *report = nullptr, Core::Status *status = nullptr)
    {
        ListReportProducer producer(l, header(), [options] { return std::make_unique<GeneratedRowSource>(options); });
        const QString path = m_dir.filePath(name);
        const Core::Status s = Test::produceToPdf(producer, path);
        if (status)
            *status = s;
        else if (!s)
            qWarning() << s.error().fullText();
        if (report)
            *report = producer.report();
        if (const QString keep = qEnvironmentVariable("OPENMAIRIE_KEEP_DOCUMENTS"); !keep.isEmpty()) {
            QFile::remove(keep + u'/' + name);
            QFile::copy(path, keep + u'/' + name);
        }
        return path;
    }

    // Every "R00042" of the text, counted.
    static QHash<QString, int> idsIn(const QString &text)
    {
        static const QRegularExpression idRe(QStringLiteral("\\bR\\d{5}\\b"));
        QHash<QString, int> ids;
        QRegularExpressionMatchIterator it = idRe.globalMatch(text);
        while (it.hasNext())
            ++ids[it.next().captured(0)];
        return ids;
    }

private slots:
    void plannerBreaksPages()
    {
        ListPagePlanner p(100);
        p.beginSection();
        QVERIFY(!p.place(40));
        QVERIFY(!p.place(60)); // exactly full
        QVERIFY(p.place(1));
        QCOMPARE(p.pageInSection(), 2);
        QVERIFY(!p.place(99));
        QCOMPARE(p.endSection(), 2);
        p.beginSection();
        QCOMPARE(p.pageInSection(), 1);
        QVERIFY(!p.place(150)); // alone on its page: it stays (cut by the caller)
        QVERIFY(p.place(10));
        QCOMPARE(p.totalPages(), 4);
    }

    // Fixed rows, groups: the database only counts, each group starts a page, numbered within it.
    void groupBreaksAndPerGroupNumbering()
    {
        ProductionReport report;
        const QString path = produce(layout(ListLayout::RowHeight::Fixed, true), {330, 3, 7, 1, 3},
                                     QStringLiteral("emargement.pdf"), &report);
        PdfInspector pdf(path);
        QVERIFY2(pdf.isValid(), qPrintable(pdf.error()));
        QCOMPARE(pdf.pageCount(), report.pageCount);
        QCOMPARE(report.rowCount, 330);
        QVERIFY(report.warnings.isEmpty());

        // Expected sections, in order: Bureau 1, 2, 3 then the recapitulation.
        static const QRegularExpression pageRe(QStringLiteral("Page (\\d+) / (\\d+)"));
        static const QRegularExpression sheetRe(QStringLiteral("feuille (\\d+) / (\\d+)"));
        static const QRegularExpression groupRe(QStringLiteral("Bureau de vote : (Bureau \\d)( \\(suite\\))?"));
        QString previousGroup;
        int expectedPage = 0;
        int groupPages = 0;
        QHash<QString, int> pagesPerGroup;
        for (int p = 0; p < pdf.pageCount(); ++p) {
            const QString text = pdf.pages().at(p);
            const QRegularExpressionMatch sheet = sheetRe.match(text);
            QVERIFY2(sheet.hasMatch(), qPrintable(QStringLiteral("page %1 sans « feuille »").arg(p + 1)));
            QCOMPARE(sheet.captured(1).toInt(), p + 1);
            QCOMPARE(sheet.captured(2).toInt(), pdf.pageCount());
            const QRegularExpressionMatch page = pageRe.match(text);
            QVERIFY(page.hasMatch());
            QVERIFY(text.contains(QStringLiteral("Commune d'Arles")));
            QVERIFY(text.contains(QStringLiteral("LISTE D'ÉMARGEMENT")));
            QVERIFY(text.contains(QStringLiteral("Édité le 12/03/2026 à 10h42")));
            const QRegularExpressionMatch group = groupRe.match(text);
            const QString current = group.hasMatch() ? group.captured(1) : QStringLiteral("Récapitulatif");
            // Column titles on every page: the list's, or the recapitulation's.
            if (group.hasMatch()) {
                QVERIFY(text.contains(QStringLiteral("Observations")));
            } else {
                QVERIFY(text.contains(QStringLiteral("Récapitulatif")));
                QVERIFY(text.contains(QStringLiteral("Lignes")));
            }
            if (current != previousGroup) {
                QVERIFY2(!group.hasMatch() || group.captured(2).isEmpty(), "nouveau groupe marqué (suite)");
                expectedPage = 1;
                previousGroup = current;
            } else {
                ++expectedPage;
                if (group.hasMatch())
                    QCOMPARE(group.captured(2), QStringLiteral(" (suite)"));
            }
            QCOMPARE(page.captured(1).toInt(), expectedPage);
            groupPages = page.captured(2).toInt();
            pagesPerGroup[current] = groupPages;
            QVERIFY(expectedPage <= groupPages);
        }
        QCOMPARE(pagesPerGroup.size(), 4);
        // Page M of each group is its last page: the next page starts another group.
        // Rows of a group stay in their group's pages: ids 0..109 in Bureau 1, etc.
        QString group;
        for (int p = 0; p < pdf.pageCount(); ++p) {
            const QString text = pdf.pages().at(p);
            const QRegularExpressionMatch g = groupRe.match(text);
            if (!g.hasMatch())
                continue;
            const int bureau = g.captured(1).mid(7).toInt();
            const QHash<QString, int> pageIds = idsIn(text);
            for (auto it = pageIds.cbegin(); it != pageIds.cend(); ++it) {
                const int id = it.key().mid(1).toInt();
                QCOMPARE(id * 3 / 330 + 1, bureau);
            }
        }
        // Totals, closing sentence and signatures after each group; grand total in the recap.
        const QString all = pdf.text();
        QCOMPARE(all.count(QStringLiteral("Arrêté la présente liste à 110 électeurs.")), 3);
        QCOMPARE(all.count(QStringLiteral("Le président du bureau")), 3);
        QVERIFY(all.contains(QStringLiteral("Total Bureau 1 : 110 électeurs")));
        QVERIFY(all.contains(QStringLiteral("Total général")));
        QVERIFY(all.contains(QStringLiteral("Fait à Arles, le 12 mars 2026")));
        const QHash<QString, int> ids = idsIn(all);
        QCOMPARE(ids.size(), 330);
        for (auto it = ids.cbegin(); it != ids.cend(); ++it)
            QCOMPARE(it.value(), 1);
        QVERIFY(pdf.declaresPdfA1b());
        QString why;
        QVERIFY2(pdf.allFontsEmbedded(&why), qPrintable(why));
    }

    // Growing rows with long random texts: measured first, then painted; no row lost or doubled
    // across page breaks, and « Page N / M » right on every page.
    void wrappingRowsAreNeverLostOrDoubled()
    {
        ProductionReport report;
        const QString path = produce(layout(ListLayout::RowHeight::Grow, false), {1000, 0, 2026, 1, 45},
                                     QStringLiteral("registre-long.pdf"), &report);
        PdfInspector pdf(path);
        QVERIFY2(pdf.isValid(), qPrintable(pdf.error()));
        QCOMPARE(report.rowCount, 1000);
        QCOMPARE(pdf.pageCount(), report.pageCount);
        QVERIFY(pdf.pageCount() > 25);
        static const QRegularExpression pageRe(QStringLiteral("Page (\\d+) / (\\d+)"));
        for (int p = 0; p < pdf.pageCount(); ++p) {
            const QRegularExpressionMatch m = pageRe.match(pdf.pages().at(p));
            QVERIFY(m.hasMatch());
            QCOMPARE(m.captured(1).toInt(), p + 1);
            QCOMPARE(m.captured(2).toInt(), pdf.pageCount());
        }
        const QHash<QString, int> ids = idsIn(pdf.text());
        QCOMPARE(ids.size(), 1000);
        for (int i = 0; i < 1000; ++i)
            QCOMPARE(ids.value(GeneratedRowSource::rowId(i)), 1);
        // Order: ids appear in sequence through the document.
        const QString all = pdf.text();
        qsizetype last = -1;
        for (int i = 0; i < 1000; i += 37) {
            const qsizetype at = all.indexOf(GeneratedRowSource::rowId(i));
            QVERIFY(at > last);
            last = at;
        }
        // Every word of the longest texts is there: nothing cut.
        QVERIFY(report.warnings.isEmpty());
        QVERIFY(all.contains(QStringLiteral("Total : 1000 électeurs")));
    }

    void fixedRowsTooShortAreCutAndSaid()
    {
        ListLayout l = layout(ListLayout::RowHeight::Fixed, false);
        l.rowHeightMm = 5; // one line
        ProductionReport report;
        produce(l, {40, 0, 3, 30, 40}, QStringLiteral("coupe.pdf"), &report);
        QCOMPARE(report.warnings.size(), 1);
        QVERIFY2(report.warnings.first().startsWith(QStringLiteral("Le texte de 40 ligne(s) dépasse la hauteur")),
                 qPrintable(report.warnings.first()));
    }

    void emptyListPrintsOnePageThatSaysSo()
    {
        ProductionReport report;
        const QString path = produce(layout(ListLayout::RowHeight::Fixed, true), {0, 3, 1, 1, 2},
                                     QStringLiteral("vide.pdf"), &report);
        PdfInspector pdf(path);
        QCOMPARE(pdf.pageCount(), 1);
        QVERIFY(pdf.text().contains(QStringLiteral("Aucun enregistrement.")));
        QVERIFY(pdf.text().contains(QStringLiteral("Page 1 / 1")));
        QVERIFY(pdf.text().contains(QStringLiteral("Total : 0 électeurs")));
    }

    void missingColumnIsRefused()
    {
        ListLayout l = layout(ListLayout::RowHeight::Fixed, false);
        l.columns.append({QStringLiteral("Date"), QStringLiteral("date_naissance"), 1, Qt::AlignLeft, FieldType::Date, false});
        Core::Status s;
        produce(l, {10, 0, 1, 1, 2}, QStringLiteral("colonne.pdf"), nullptr, &s);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().message(), QStringLiteral("La colonne « Date » de la liste « Liste d'émargement » attend le champ "
                                                     "« date_naissance », absent de la requête qui fournit les lignes."));
    }

    void cancelStopsAtOnce()
    {
        Documents::SimpleJobControl control;
        control.cancel();
        ListReportProducer producer(layout(ListLayout::RowHeight::Grow, false), header(),
                                    [] { return std::make_unique<GeneratedRowSource>(GeneratedRowSource::Options{500}); });
        const Core::Status s = Test::produceToPdf(producer, m_dir.filePath(QStringLiteral("annule.pdf")), &control);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind(), Core::Error::Kind::Cancelled);
        QCOMPARE(s.error().message(), QStringLiteral("Édition annulée : aucun fichier n'a été écrit."));
    }

    void shippedRegisterLayoutLoads()
    {
        Core::Result<ListLayout> l = ListLayout::shipped(QStringLiteral("reglement"), QStringLiteral("registre_arretes"));
        QVERIFY2(l.ok(), l.ok() ? "" : qPrintable(l.error().fullText()));
        QCOMPARE(l->columns.size(), 8);
        QVERIFY(l->page.isLandscape());
        QCOMPARE(l->rowHeight, ListLayout::RowHeight::Grow);
        Core::Result<ListLayout> back = ListLayout::fromJson(l->toJson());
        QVERIFY(back.ok());
        QCOMPARE(back->columns.size(), 8);
        QCOMPARE(back->closingText, l->closingText);
        QCOMPARE(ListReportProducer::communeTitle(QStringLiteral("Le Havre")), QStringLiteral("Commune du Havre"));
        QCOMPARE(ListReportProducer::communeTitle(QStringLiteral("Les Baux-de-Provence")),
                 QStringLiteral("Commune des Baux-de-Provence"));
        QCOMPARE(ListReportProducer::communeTitle(QStringLiteral("Île-d'Arz")), QStringLiteral("Commune d'Île-d'Arz"));
        QCOMPARE(ListReportProducer::communeTitle(QStringLiteral("Marseille")), QStringLiteral("Commune de Marseille"));
    }
};

QTEST_MAIN(TstListPaginator)
#include "tst_listpaginator.moc"
