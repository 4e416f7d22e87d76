#include "TestSources.h"

#include "documents/CommuneParameters.h"
#include "documents/TemplateCompiler.h"

#include <QTextCursor>
#include <QTextDocument>

#include <QTest>

using namespace OpenMairie;
using namespace OpenMairie::Documents;

class TstTemplateCompiler : public QObject
{
    Q_OBJECT

private:
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
    static TemplateCompilation compile(const QString &body, const QString &footer = {})
    {
        DocumentTemplate t = make(body);
        t.footer = footer;
        return TemplateCompiler::compile(t, Test::CourrierTestSource().schema(), {QStringLiteral("maire")});
    }

private slots:
    void refusesWithPosition_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("length");
        QTest::addColumn<QString>("message");

        QTest::newRow("champ inconnu") << QStringLiteral("<p>Bonjour [civilite] [nom_defunt],</p>") << 1 << 20 << 12
                                       << QStringLiteral("champ inconnu « [nom_defunt] »");
        QTest::newRow("champ inconnu ligne 3")
            << QStringLiteral("<p>Madame,</p><p>Objet : [objet]</p><p>Le [date_envoi], [rien]</p>") << 3 << 18 << 6
            << QStringLiteral("champ inconnu « [rien] »");
        QTest::newRow("bloc non fermé")
            << QStringLiteral("<p>Madame,</p><p>[bloc:pieces]</p><p>[libelle]</p><p>Fin.</p>") << 2 << 1 << 13
            << QStringLiteral("le bloc « pieces » n'est jamais fermé");
        QTest::newRow("bloc non fermé en ligne")
            << QStringLiteral("<p>Pièces : [bloc:pieces][libelle], </p>") << 1 << 10 << 13
            << QStringLiteral("le bloc « pieces » n'est jamais fermé");
        QTest::newRow("fin de bloc seule") << QStringLiteral("<p>Texte [/bloc]</p>") << 1 << 7 << 7
                                           << QStringLiteral("« [/bloc] » ne ferme aucun bloc");
        QTest::newRow("crochet ouvert") << QStringLiteral("<p>Montant [montant</p>") << 1 << 9 << 1
                                        << QStringLiteral("crochet « [ » jamais fermé");
        QTest::newRow("paramètre inconnu") << QStringLiteral("<p>Le maire : &mair</p>") << 1 << 12 << 5
                                           << QStringLiteral("paramètre inconnu « &mair »");
        QTest::newRow("colonne hors de son bloc") << QStringLiteral("<p>[libelle]</p>") << 1 << 1 << 9
                                                  << QStringLiteral("est une colonne du bloc pieces");
        QTest::newRow("bloc inconnu") << QStringLiteral("<p>[bloc:enfants][nom][/bloc]</p>") << 1 << 1 << 14
                                      << QStringLiteral("bloc inconnu « enfants »");
        QTest::newRow("bloc dans un bloc")
            << QStringLiteral("<p>[bloc:pieces]</p><p>[bloc:pieces]</p><p>[/bloc]</p><p>[/bloc]</p>") << 2 << 1 << 13
            << QStringLiteral("un bloc ne peut pas en contenir un autre");
        QTest::newRow("majuscules non fermées") << QStringLiteral("<p>[MAJ][nom]</p>") << 1 << 1 << 5
                                                << QStringLiteral("« [MAJ] » n'est pas fermé");
        QTest::newRow("total d'un texte") << QStringLiteral("<p>[total:pieces.libelle]</p>") << 1 << 1 << 22
                                          << QStringLiteral("n'est pas un nombre");
        QTest::newRow("présentation inconnue") << QStringLiteral("<p>[date_envoi|court]</p>") << 1 << 1 << 18
                                               << QStringLiteral("présentation inconnue « |court »");
        QTest::newRow("champ mal écrit") << QStringLiteral("<p>[nom du maire]</p>") << 1 << 1 << 14
                                         << QStringLiteral("n'est pas un champ");
        // A table at the top of a document follows an empty first paragraph: its first cell is line 2.
        QTest::newRow("bloc sur deux lignes de tableau")
            << QStringLiteral("<table><tr><td>[bloc:pieces][libelle]</td></tr><tr><td>[/bloc]</td></tr></table>") << 2
            << 1 << 13 << QStringLiteral("n'est pas fermé dans la même ligne du tableau");
    }

    void refusesWithPosition()
    {
        QFETCH(QString, body);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(int, length);
        QFETCH(QString, message);
        const TemplateCompilation c = compile(body);
        QVERIFY(!c.ok());
        QVERIFY(!c.compiled);
        QVERIFY2(!c.issues.isEmpty(), "aucune erreur");
        const TemplateIssue &first = c.issues.first();
        QVERIFY2(first.message.contains(message), qPrintable(first.message));
        QCOMPARE(first.line, line);
        QCOMPARE(first.column, column);
        QCOMPARE(first.length, length);
        QVERIFY(first.text().startsWith(QStringLiteral("Ligne %1, colonne %2 : ").arg(line).arg(column)));
    }

    void positionSelectsTheToken()
    {
        const DocumentTemplate t = make(QStringLiteral("<p>Madame,</p><p>Objet : [objet] [inconnu]</p>"));
        std::unique_ptr<QTextDocument> doc = t.createTextDocument();
        const TemplateCompilation c = TemplateCompiler::compile(t, *doc, Test::CourrierTestSource().schema(), {});
        QCOMPARE(c.issues.size(), 1);
        const TemplateIssue &i = c.issues.first();
        QTextCursor cursor(doc.get());
        cursor.setPosition(i.position);
        cursor.setPosition(i.position + i.length, QTextCursor::KeepAnchor);
        QCOMPARE(cursor.selectedText(), QStringLiteral("[inconnu]"));
    }

    void reportsEveryIssueInOrder()
    {
        const TemplateCompilation c = compile(QStringLiteral("<p>[a] [nom] [b]</p><p>&inconnu</p>"));
        QCOMPARE(c.issues.size(), 3);
        QVERIFY(c.issues.at(0).message.contains(QStringLiteral("[a]")));
        QVERIFY(c.issues.at(1).message.contains(QStringLiteral("[b]")));
        QVERIFY(c.issues.at(2).message.contains(QStringLiteral("&inconnu")));
        const Core::Error e = c.issues.first().toError(QStringLiteral("Lettre de convocation"), 2);
        QCOMPARE(e.kind(), Core::Error::Kind::InvalidInput);
        QVERIFY2(e.message().startsWith(QStringLiteral("Le modèle « Lettre de convocation » n'est pas enregistré. "
                                                       "Ligne 1, colonne 1 : champ inconnu « [a] »")),
                 qPrintable(e.message()));
        QVERIFY(e.message().contains(QStringLiteral("2 autre(s) erreur(s)")));
    }

    void footerIsChecked()
    {
        const TemplateCompilation c = compile(QStringLiteral("<p>[nom]</p>"), QStringLiteral("Réf. [referenc]"));
        QCOMPARE(c.issues.size(), 1);
        QVERIFY(c.issues.first().inFooter);
        QCOMPARE(c.issues.first().column, 6);
        QVERIFY(c.issues.first().text().startsWith(QStringLiteral("Pied de page, colonne 6 : champ inconnu")));
    }

    void escapesAreLiteral()
    {
        const TemplateCompilation c = compile(QStringLiteral("<p>[[sic]] M. &amp;&amp; Mme, 3 &amp; 4</p>"));
        QVERIFY2(c.ok(), c.issues.isEmpty() ? "" : qPrintable(c.issues.first().text()));
        const FlowNode &p = c.compiled->body.at(0);
        QString text;
        for (const InlineItem &i : p.inlines) {
            QCOMPARE(i.kind, InlineItem::Kind::Text);
            text += i.text;
        }
        QCOMPARE(text, QStringLiteral("[sic] M. & Mme, 3 & 4"));
    }

    void inlineBlockBecomesARepeat()
    {
        const TemplateCompilation c = compile(QStringLiteral("<p>Pièces : [bloc:pieces][libelle] ([quantite]) [/bloc]fin</p>"));
        QVERIFY(c.ok());
        const FlowNode &p = c.compiled->body.at(0);
        QCOMPARE(p.inlines.size(), size_t(3));
        QCOMPARE(p.inlines.at(1).kind, InlineItem::Kind::Repeat);
        QCOMPARE(p.inlines.at(1).subTable, QStringLiteral("pieces"));
        const auto &children = p.inlines.at(1).children;
        QCOMPARE(children.at(0).kind, InlineItem::Kind::Field);
        QCOMPARE(children.at(0).subTable, QStringLiteral("pieces"));
        QCOMPARE(children.at(0).name, QStringLiteral("libelle"));
    }

    void paragraphBlockDropsMarkerParagraphs()
    {
        const TemplateCompilation c = compile(
            QStringLiteral("<p>Début</p><p>[bloc:pieces]</p><p>[libelle]</p><p>[montant]</p><p>[/bloc]</p><p>Fin</p>"));
        QVERIFY(c.ok());
        const auto &body = c.compiled->body;
        QCOMPARE(body.size(), size_t(3));
        QCOMPARE(body.at(0).kind, FlowNode::Kind::Paragraph);
        QCOMPARE(body.at(1).kind, FlowNode::Kind::Repeat);
        QCOMPARE(body.at(1).children.size(), size_t(2));
        QCOMPARE(body.at(1).children.at(1).inlines.at(0).fieldType, FieldType::Money);
        QCOMPARE(body.at(2).kind, FlowNode::Kind::Paragraph);
    }

    void tableRowBlockRepeatsTheRow()
    {
        const TemplateCompilation c = compile(QStringLiteral(
            "<table><tr><td>Pièce</td><td>Montant</td></tr>"
            "<tr><td>[bloc:pieces][libelle]</td><td>[montant][/bloc]</td></tr>"
            "<tr><td>Total</td><td>[total:pieces.montant]</td></tr></table>"));
        QVERIFY2(c.ok(), c.issues.isEmpty() ? "" : qPrintable(c.issues.first().text()));
        // The empty paragraphs a rich-text document always has before and after a table.
        QCOMPARE(c.compiled->body.size(), size_t(3));
        const FlowNode &table = c.compiled->body.at(1);
        QCOMPARE(table.kind, FlowNode::Kind::Table);
        QCOMPARE(table.rows.size(), size_t(3));
        QCOMPARE(table.rows.at(0).repeat, QString());
        QCOMPARE(table.rows.at(1).repeat, QStringLiteral("pieces"));
        QCOMPARE(table.tableFormat.headerRowCount(), 1); // the title row repeats on each page
    }

    void shippedArreteTemplateCompiles()
    {
        Core::Result<DocumentTemplate> t = DocumentTemplate::shipped(QStringLiteral("reglement"), QStringLiteral("arrete"));
        QVERIFY2(t.ok(), t.ok() ? "" : qPrintable(t.error().fullText()));
        QCOMPARE(t->sourceName, QStringLiteral("reglement.arrete"));
        QCOMPARE(t->revision, 2);
        QStringList names;
        for (const ParameterDefinition &d : CommuneParameters::standard())
            names.append(d.name);
        const TemplateCompilation c = TemplateCompiler::compile(t.value(), Test::ArreteTestSource().schema(), names);
        QVERIFY2(c.ok(), c.issues.isEmpty() ? "" : qPrintable(c.issues.first().text()));
        QVERIFY(c.compiled->usesLogo);
    }

    void templateTextRoundTrips()
    {
        DocumentTemplate t = make(QStringLiteral("<p>Bonjour [nom] &amp; &quot;cie&quot;</p>"));
        t.watermark = QStringLiteral("Projet");
        t.footer = QStringLiteral("Réf. [reference] & \"x\"");
        t.pageNumbers = false;
        t.revision = 7;
        Core::Result<PageSetup> page = PageSetup::fromText(QStringLiteral("A3 paysage 10 11 12 13"));
        QVERIFY(page.ok());
        t.page = page.value();
        Core::Result<DocumentTemplate> back = DocumentTemplate::fromText(t.toText());
        QVERIFY(back.ok());
        QCOMPARE(back->module, t.module);
        QCOMPARE(back->code, t.code);
        QCOMPARE(back->title, t.title);
        QCOMPARE(back->watermark, QStringLiteral("Projet"));
        QCOMPARE(back->footer, t.footer);
        QCOMPARE(back->pageNumbers, false);
        QCOMPARE(back->revision, 7);
        QCOMPARE(back->page.format(), PageSetup::Format::A3);
        QVERIFY(back->page.isLandscape());
        QCOMPARE(back->page.marginsMm(), QMarginsF(13, 10, 11, 12));
        QCOMPARE(back->checksum(), t.checksum());
    }

    void badPageSetupIsRefused()
    {
        Core::Result<PageSetup> p = PageSetup::fromText(QStringLiteral("A4 debout"));
        QVERIFY(!p.ok());
        QVERIFY(p.error().message().contains(QStringLiteral("A4 portrait 20 15 20 15")));
        Core::Result<PageSetup> big = PageSetup::fromText(QStringLiteral("A5 portrait 60 60 60 60"));
        QVERIFY(!big.ok());
        QVERIFY(big.error().message().contains(QStringLiteral("marges sont trop grandes")));
    }
};

QTEST_MAIN(TstTemplateCompiler)
#include "tst_templatecompiler.moc"
