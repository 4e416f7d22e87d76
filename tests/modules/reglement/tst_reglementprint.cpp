// The prints of openRèglement as an agent and a script get them: « reglement print arrete » and
// « reglement print registre » run through the CLI registry on a real database, the PDFs read back
// with poppler (fields merged, order, pages, page N / M, every act of the year exactly once), the
// bad inputs with their French messages and no file left, and the view's print actions offscreen.
#include "CliRunner.h"
#include "ReglementFixture.h"

#include "ArreteDocumentSource.h"
#include "ArreteListModel.h"
#include "ArretePrinting.h"
#include "ArreteView.h"

#include "PdfInspector.h"
#include "documents/DocumentPreviewDialog.h"
#include "documents/DocumentServices.h"

#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>

using namespace OpenMairie;
using namespace OpenMairie::Reglement;
using Test::CliRun;
using Test::PdfInspector;
using Test::ReglementFixture;
using Test::runCli;

namespace {

#define CLI_VERIFY(run, expectedCode) \
    QVERIFY2((run).code == (expectedCode), \
             qPrintable(QStringLiteral("code %1 (attendu %2)\n%3\n%4").arg((run).code).arg(expectedCode).arg((run).out, (run).err)))

// The text of the act as an agent types it in the form (an « Article 2 : » typed by habit).
ArreteDraft feriaDraft()
{
    ArreteDraft d = ReglementFixture::draft(QDate(2024, 3, 12),
                                            QStringLiteral("portant réglementation temporaire de la circulation rue "
                                                           "de la République pour la Feria"),
                                            QStringLiteral("circulation_temporaire"));
    d.signataire = QStringLiteral("Le Maire, Patrick de Carolis");
    d.datePublication = QDate(2024, 3, 13);
    d.visas = QStringLiteral("Vu le code général des collectivités territoriales, notamment l'article L.2213-1 ;\n"
                             "\n   Vu le code de la route ;\n");
    d.considerants = QStringLiteral("Considérant qu'il convient d'assurer la sécurité du public pendant la Feria ;");
    d.articles = QStringLiteral("La circulation est interdite rue de la République le 30 mars 2024.\n\n"
                                "Article 2 : La signalisation sera posée par les services techniques.\n"
                                "Elle sera retirée le 31 mars.\n\n\n"
                                "Le Directeur général des services est chargé de l'exécution du présent arrêté.");
    return d;
}

// Position of each needle in the text, in the order given; -1 if one is missing or out of order.
bool inOrder(const QString &text, const QStringList &needles, QString *why)
{
    qsizetype from = 0;
    for (const QString &n : needles) {
        const qsizetype at = text.indexOf(n, from);
        if (at < 0) {
            *why = QStringLiteral("« %1 » absent ou mal placé dans :\n%2").arg(n, text);
            return false;
        }
        from = at + n.size();
    }
    return true;
}

// pdftotext gives the typographic ligatures the fonts use (« ﬁ » in « Certiﬁé »): back to letters.
QString readable(QString text)
{
    const std::pair<char16_t, const char *> ligatures[] = {
        {u'\uFB00', "ff"}, {u'\uFB01', "fi"}, {u'\uFB02', "fl"}, {u'\uFB03', "ffi"}, {u'\uFB04', "ffl"}};
    for (const auto &[ligature, letters] : ligatures)
        text.replace(QChar(ligature), QLatin1StringView(letters));
    return text.simplified();
}

} // namespace

class TstReglementPrint : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString out(const QString &name) const { return m_dir.filePath(name); }

    static void setParameters(ReglementFixture &f)
    {
        Documents::CommuneParameters &p = f.services.documents().parameters();
        OM_VERIFY_OK(p.set(QStringLiteral("adresse"), QStringLiteral("Place de la République")));
        OM_VERIFY_OK(p.set(QStringLiteral("code_postal"), QStringLiteral("13200")));
        OM_VERIFY_OK(p.set(QStringLiteral("tribunal_administratif"), QStringLiteral("tribunal administratif de Marseille")));
    }

private slots:
    void sourceIsRegisteredAndMatchesTheShippedTemplate()
    {
        REGLEMENT_FIXTURE(f);
        const auto source = f.services.documents().sources().find(QStringLiteral("reglement.arrete"));
        QVERIFY(source);
        const Documents::DataSourceSchema schema = source->schema();
        for (const QString &field : {QStringLiteral("numero"), QStringLiteral("objet"), QStringLiteral("categorie"),
                                     QStringLiteral("date_signature"), QStringLiteral("signataire"),
                                     QStringLiteral("date_publication"), QStringLiteral("date_transmission"),
                                     QStringLiteral("etat")})
            QVERIFY2(schema.field(field), qPrintable(field));
        for (const QString &table : {QStringLiteral("visas"), QStringLiteral("considerants"), QStringLiteral("articles")})
            QVERIFY2(schema.subTable(table), qPrintable(table));
        // The shipped template compiles against the real source: resolve and prepare it.
        OM_VERIFY_OK(f.service->create(feriaDraft()));
        ArretePrinting printing(*f.service, f.services.documents());
        OM_VERIFY_OK(printing.prepareArrete(QStringLiteral("2024-0001"), false));
    }

    void textIsSplitAsTheAgentTypedIt()
    {
        QCOMPARE(ArreteDocumentSource::lines(QStringLiteral(" Vu A ;\n\n  Vu   B ;\r\n")),
                 (QStringList{QStringLiteral("Vu A ;"), QStringLiteral("Vu B ;")}));
        const QStringList articles = ArreteDocumentSource::articles(
            QStringLiteral("Article 1er : Premier.\n\nArticle 2. Deux,\nsuite.\n \nTrois."));
        QCOMPARE(articles.size(), 3);
        QCOMPARE(articles.at(0), QStringLiteral("Premier."));
        QCOMPARE(articles.at(1), QStringLiteral("Deux,") + QChar(QChar::LineSeparator) + QStringLiteral("suite."));
        QCOMPARE(articles.at(2), QStringLiteral("Trois."));
        QCOMPARE(ArreteDocumentSource::articleNumber(1), QStringLiteral("1er"));
        QCOMPARE(ArreteDocumentSource::articleNumber(2), QStringLiteral("2"));
        QCOMPARE(ArreteDocumentSource::qualityAndName(QStringLiteral("Jean Dupont, Maire")),
                 std::pair(QStringLiteral("Maire"), QStringLiteral("Jean Dupont")));
        QCOMPARE(ArreteDocumentSource::qualityAndName(QStringLiteral("Le Maire, Jean Dupont")),
                 std::pair(QStringLiteral("Le Maire"), QStringLiteral("Jean Dupont")));
        QCOMPARE(ArreteDocumentSource::qualityAndName(QStringLiteral("Jean Dupont")),
                 std::pair(QStringLiteral("Le Maire"), QStringLiteral("Jean Dupont")));
    }

    void printArreteMergesTheAct()
    {
        REGLEMENT_FIXTURE(f);
        setParameters(f);
        OM_VERIFY_OK(f.service->create(feriaDraft()));
        const QString path = out(QStringLiteral("arrete.pdf"));
        const CliRun run = runCli(f.services, {QStringLiteral("reglement"), QStringLiteral("print"),
                                               QStringLiteral("arrete"), QStringLiteral("--numero"),
                                               QStringLiteral("2024-1"), QStringLiteral("--out"), path});
        CLI_VERIFY(run, Core::ExitOk);
        QVERIFY2(run.out.contains(QStringLiteral("arrete.pdf")), qPrintable(run.out));
        const PdfInspector pdf(path);
        QVERIFY2(pdf.isValid(), qPrintable(pdf.error()));
        QCOMPARE(pdf.pageCount(), 1);
        QVERIFY(pdf.declaresPdfA1b());
        const QString text = readable(pdf.text());
        QString why;
        QVERIFY2(inOrder(text, {QStringLiteral("RÉPUBLIQUE FRANÇAISE"), QStringLiteral("ARLES"),
                                QStringLiteral("ARRÊTÉ MUNICIPAL N° 2024-0001"),
                                QStringLiteral("portant réglementation temporaire de la circulation"),
                                QStringLiteral("Le Maire d'Arles,"),
                                QStringLiteral("Vu le code général des collectivités territoriales"),
                                QStringLiteral("Vu le code de la route ;"), QStringLiteral("Considérant qu'il convient"),
                                QStringLiteral("ARRÊTE"), QStringLiteral("Article 1er : La circulation est interdite"),
                                QStringLiteral("Article 2 : La signalisation sera posée"),
                                QStringLiteral("Elle sera retirée le 31 mars."),
                                QStringLiteral("Article 3 : Le Directeur général"),
                                QStringLiteral("Fait à Arles, le 12 mars 2024."), QStringLiteral("Le Maire,"),
                                QStringLiteral("Patrick de Carolis"),
                                QStringLiteral("Certifié exécutoire compte tenu de sa publication ou de son affichage "
                                               "le 13 mars 2024."),
                                QStringLiteral("tribunal administratif de Marseille"), QStringLiteral("Télérecours")},
                         &why),
                 qPrintable(why));
        // The article heading typed by the agent is not doubled.
        QVERIFY(!text.contains(QStringLiteral("Article 2 : Article")));
        QVERIFY(!text.contains(QStringLiteral("Article 4")));
        QVERIFY(!text.contains(QStringLiteral("Duplicata"), Qt::CaseInsensitive));
    }

    void unpublishedActLeavesTheMentionsToFillIn()
    {
        REGLEMENT_FIXTURE(f);
        ArreteDraft d = feriaDraft();
        d.categorie = QStringLiteral("reglementaire");
        d.datePublication = {};
        OM_VERIFY_OK(f.service->create(d));
        ArretePrinting printing(*f.service, f.services.documents());
        const QString path = out(QStringLiteral("projet.pdf"));
        OM_VERIFY_OK(printing.arreteToPdf(QStringLiteral("2024-0001"), false, path));
        const QString text = readable(PdfInspector(path).text());
        QVERIFY2(text.contains(QStringLiteral("Transmis au représentant de l'État le ……")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Publié ou affiché le ……")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("Certifié exécutoire")));
    }

    void duplicataIsWatermarked()
    {
        REGLEMENT_FIXTURE(f);
        OM_VERIFY_OK(f.service->create(feriaDraft()));
        const QString path = out(QStringLiteral("duplicata.pdf"));
        const CliRun run = runCli(f.services, {QStringLiteral("reglement"), QStringLiteral("print"),
                                               QStringLiteral("arrete"), QStringLiteral("--numero"),
                                               QStringLiteral("2024-0001"), QStringLiteral("--duplicata"),
                                               QStringLiteral("--out"), path});
        CLI_VERIFY(run, Core::ExitOk);
        const PdfInspector pdf(path);
        QVERIFY2(pdf.compactRawText(1).contains(QStringLiteral("Duplicata"), Qt::CaseInsensitive),
                 qPrintable(pdf.compactRawText(1)));
    }

    void badArreteRequests_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("file");
        const QString pdf = QStringLiteral("sortie.pdf");
        QTest::newRow("numéro inconnu") << QStringList{QStringLiteral("--numero"), QStringLiteral("2024-0099")}
                                        << int(Core::ExitFailure) << QStringLiteral("Aucun arrêté n° 2024-0099") << pdf;
        QTest::newRow("numéro illisible") << QStringList{QStringLiteral("--numero"), QStringLiteral("douze")}
                                          << int(Core::ExitRefusedInput) << QStringLiteral("AAAA-NNNN") << pdf;
        QTest::newRow("sans numéro") << QStringList{} << int(Core::ExitUsage) << QStringLiteral("--numero manquante")
                                     << pdf;
        QTest::newRow("sans fichier") << QStringList{QStringLiteral("--numero"), QStringLiteral("2024-0001")}
                                      << int(Core::ExitUsage) << QStringLiteral("--out manquante") << QString();
        QTest::newRow("dossier absent") << QStringList{QStringLiteral("--numero"), QStringLiteral("2024-0001")}
                                        << int(Core::ExitFailure) << QStringLiteral("n'existe pas")
                                        << QStringLiteral("absent/sortie.pdf");
    }

    void badArreteRequests()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        QFETCH(QString, file);
        REGLEMENT_FIXTURE(f);
        OM_VERIFY_OK(f.service->create(feriaDraft()));
        QStringList command{QStringLiteral("reglement"), QStringLiteral("print"), QStringLiteral("arrete")};
        command += args;
        if (!file.isEmpty())
            command += QStringList{QStringLiteral("--out"), out(file)};
        const CliRun run = runCli(f.services, command);
        CLI_VERIFY(run, code);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.err.startsWith(QStringLiteral("Erreur : ")));
        if (!file.isEmpty())
            QVERIFY(!QFile::exists(out(file)));
    }

    void unwritableOutputLeavesNoFile()
    {
        REGLEMENT_FIXTURE(f);
        OM_VERIFY_OK(f.service->create(feriaDraft()));
        QTemporaryDir readOnly;
        QVERIFY(QFile::setPermissions(readOnly.path(), QFile::ReadOwner | QFile::ExeOwner));
        if (QFileInfo(readOnly.path()).isWritable())
            QSKIP("le compte de test écrit partout (root) : le dossier protégé ne l'est pas pour lui");
        const QString path = readOnly.filePath(QStringLiteral("registre.pdf"));
        const CliRun run = runCli(f.services, {QStringLiteral("reglement"), QStringLiteral("print"),
                                               QStringLiteral("registre"), QStringLiteral("--annee"),
                                               QStringLiteral("2024"), QStringLiteral("--out"), path});
        QVERIFY(run.code != Core::ExitOk);
        QVERIFY2(run.err.contains(QStringLiteral("droit d'écrire")), qPrintable(run.err));
        QVERIFY(QDir(readOnly.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
        QFile::setPermissions(readOnly.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void registerListsEveryActOfTheYearOnce()
    {
        REGLEMENT_FIXTURE(f);
        constexpr int kActs = 45;
        // Another year, which must not appear.
        OM_VERIFY_OK(f.service->create(ReglementFixture::draft(QDate(2023, 12, 30), QStringLiteral("Acte de 2023"))));
        for (int i = 0; i < kActs; ++i) {
            ArreteDraft d = ReglementFixture::draft(QDate(2024, 1 + i / 10, 1 + i % 28),
                                                    QStringLiteral("Objet numéro %1 de l'année").arg(i + 1),
                                                    i % 3 ? QStringLiteral("reglementaire")
                                                          : QStringLiteral("circulation_temporaire"));
            OM_VERIFY_OK(f.service->create(d));
        }
        Core::Result<Arrete> abroge = f.service->findByNumero(QStringLiteral("2024-0005"));
        OM_VERIFY_OK(abroge);
        OM_VERIFY_OK(f.service->abrogate(abroge->id, abroge->version, QDate(2024, 6, 1), QStringLiteral("Travaux finis")));

        const QString path = out(QStringLiteral("registre-2024.pdf"));
        const CliRun run = runCli(f.services, {QStringLiteral("reglement"), QStringLiteral("print"),
                                               QStringLiteral("registre"), QStringLiteral("--annee"),
                                               QStringLiteral("2024"), QStringLiteral("--out"), path});
        CLI_VERIFY(run, Core::ExitOk);
        const PdfInspector pdf(path);
        QVERIFY2(pdf.isValid(), qPrintable(pdf.error()));
        QVERIFY2(pdf.pageCount() >= 2, qPrintable(pdf.text()));
        const int pages = pdf.pageCount();
        for (int p = 1; p <= pages; ++p)
            QVERIFY2(pdf.pages().at(p - 1).contains(QStringLiteral("Page %1 / %2").arg(p).arg(pages)),
                     qPrintable(pdf.pages().at(p - 1)));
        const QString text = pdf.text();
        QVERIFY(text.contains(QStringLiteral("Registre des arrêtés municipaux")));
        QVERIFY(!text.contains(QStringLiteral("2023-0001")));
        QVERIFY(!text.contains(QStringLiteral("Acte de 2023")));
        qsizetype previous = -1;
        for (int i = 1; i <= kActs; ++i) {
            const QString numero = QStringLiteral("2024-%1").arg(i, 4, 10, QLatin1Char('0'));
            QCOMPARE(text.count(numero), 1);
            const qsizetype at = text.indexOf(numero);
            QVERIFY2(at > previous, qPrintable(numero + QStringLiteral(" n'est pas à sa place chronologique")));
            previous = at;
        }
        QVERIFY(text.contains(QStringLiteral("Circulation temporaire"), Qt::CaseInsensitive)
                || text.contains(QStringLiteral("circulation"), Qt::CaseInsensitive));
        QVERIFY(!text.contains(QStringLiteral("circulation_temporaire")));
        // The mention wraps in its narrow column; no signature date of the test falls in June.
        QVERIFY2(text.contains(QStringLiteral("Abrogé le")) && text.contains(QStringLiteral("01/06/2024")),
                 qPrintable(text));
        QVERIFY2(text.simplified().contains(QStringLiteral("Clos et arrêté le présent registre à 45 arrêté(s)")),
                 qPrintable(pdf.pages().last()));
        QVERIFY(pdf.pages().last().contains(QStringLiteral("Le Maire")));
    }

    void registerOfAYearWithoutActsIsRefused()
    {
        REGLEMENT_FIXTURE(f);
        OM_VERIFY_OK(f.service->create(ReglementFixture::draft(QDate(2024, 2, 1), QStringLiteral("Un arrêté"))));
        OM_VERIFY_OK(f.service->create(ReglementFixture::draft(QDate(2023, 2, 1), QStringLiteral("Un autre"))));
        const QString path = out(QStringLiteral("registre-2019.pdf"));
        const CliRun run = runCli(f.services, {QStringLiteral("reglement"), QStringLiteral("print"),
                                               QStringLiteral("registre"), QStringLiteral("--annee"),
                                               QStringLiteral("2019"), QStringLiteral("--out"), path});
        CLI_VERIFY(run, Core::ExitFailure);
        QVERIFY2(run.err.contains(QStringLiteral("Aucun arrêté n'est enregistré en 2019")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("Années qui en ont : 2024, 2023")), qPrintable(run.err));
        QVERIFY(!QFile::exists(path));

        const CliRun bad = runCli(f.services, {QStringLiteral("reglement"), QStringLiteral("print"),
                                               QStringLiteral("registre"), QStringLiteral("--annee"),
                                               QStringLiteral("24"), QStringLiteral("--out"), path});
        CLI_VERIFY(bad, Core::ExitRefusedInput);
        QVERIFY2(bad.err.contains(QStringLiteral("n'est pas une année")), qPrintable(bad.err));
    }

    void viewPreviewsTheActAndTheRegister()
    {
        REGLEMENT_FIXTURE(f);
        OM_VERIFY_OK(f.service->create(feriaDraft()));
        ArretePrinting printing(*f.service, f.services.documents());
        ArreteView view(*f.service, f.services.session(), &printing);
        auto *print = view.findChild<QPushButton *>(QStringLiteral("imprimer"));
        QVERIFY(print);
        QVERIFY(!print->isEnabled()); // nothing chosen yet
        view.table()->setCurrentIndex(view.model()->index(0, 0));
        QVERIFY(print->isEnabled());
        CoreUi::DocumentPreviewDialog *dialog = view.previewCurrent();
        QVERIFY2(dialog, qPrintable(view.errorText()));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->pageCount() == 1, 10000);
        QVERIFY(dialog->windowTitle().contains(QStringLiteral("2024-0001")));
        dialog->close();

        CoreUi::DocumentPreviewDialog *registre = view.previewRegister(2024);
        QVERIFY2(registre, qPrintable(view.errorText()));
        QTRY_VERIFY_WITH_TIMEOUT(registre->pageCount() == 1, 10000);
        registre->close();

        QVERIFY(!view.previewRegister(2019));
        QVERIFY2(view.errorText().contains(QStringLiteral("Aucun arrêté")), qPrintable(view.errorText()));
    }
};

QTEST_MAIN(TstReglementPrint)
#include "tst_reglementprint.moc"
