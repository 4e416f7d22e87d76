// Search keys: what an agent types at the counter must find the person however the name was
// written (accents, case, hyphens, ligatures).
#include "TextNormalizer.h"

#include <QtTest>

using namespace OpenMairie::Core;

class TestTextNormalizer : public QObject
{
    Q_OBJECT

private slots:
    void searchKey_data();
    void searchKey();
    void sameKeyForVariants_data();
    void sameKeyForVariants();
    void likePrefix_data();
    void likePrefix();
};

void TestTextNormalizer::searchKey_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");

    QTest::newRow("minuscules") << QStringLiteral("lefebvre") << QStringLiteral("LEFEBVRE");
    QTest::newRow("accent grave") << QStringLiteral("Lefèbvre") << QStringLiteral("LEFEBVRE");
    QTest::newRow("majuscules accentuées") << QStringLiteral("ÉLODIE HÉLÈNE") << QStringLiteral("ELODIE HELENE");
    QTest::newRow("cédille et tréma") << QStringLiteral("François Noël") << QStringLiteral("FRANCOIS NOEL");
    QTest::newRow("trait d'union") << QStringLiteral("Saint-Étienne") << QStringLiteral("SAINT ETIENNE");
    QTest::newRow("apostrophe et espaces") << QStringLiteral("  L'Haÿ-les-Roses ") << QStringLiteral("L HAY LES ROSES");
    QTest::newRow("ponctuation répétée") << QStringLiteral("Dupont -- (dit « Jojo »)") << QStringLiteral("DUPONT DIT JOJO");
    QTest::newRow("œ") << QStringLiteral("Œuvre cœur") << QStringLiteral("OEUVRE COEUR");
    QTest::newRow("æ") << QStringLiteral("Lætitia Æsculape") << QStringLiteral("LAETITIA AESCULAPE");
    QTest::newRow("ß") << QStringLiteral("Straße") << QStringLiteral("STRASSE");
    QTest::newRow("ø ł đ") << QStringLiteral("Søren Łódź Đorđe") << QStringLiteral("SOREN LODZ DORDE");
    QTest::newRow("ligature fi") << QStringLiteral("ﬁlle") << QStringLiteral("FILLE");
    QTest::newRow("chiffres gardés") << QStringLiteral("Bureau n°12, 2e étage") << QStringLiteral("BUREAU N 12 2E ETAGE");
    QTest::newRow("espaces insécables") << QStringLiteral("Jean\u00A0Marie\tDUPONT") << QStringLiteral("JEAN MARIE DUPONT");
    QTest::newRow("vide") << QString() << QString();
    QTest::newRow("que de la ponctuation") << QStringLiteral(" - ' . ") << QString();
}

void TestTextNormalizer::searchKey()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QCOMPARE(TextNormalizer::searchKey(text), key);
    // A key is its own key: normalising twice changes nothing.
    QCOMPARE(TextNormalizer::searchKey(key), key);
}

void TestTextNormalizer::sameKeyForVariants_data()
{
    QTest::addColumn<QStringList>("variants");
    QTest::newRow("Lefebvre") << QStringList{QStringLiteral("lefebvre"), QStringLiteral("Lefèbvre"),
                                             QStringLiteral("LEFEBVRE"), QStringLiteral(" LeFèBvRe ")};
    QTest::newRow("Saint-Étienne") << QStringList{QStringLiteral("saint etienne"), QStringLiteral("SAINT-ÉTIENNE"),
                                                  QStringLiteral("Saint Étienne"), QStringLiteral("saint--etienne")};
    // The same letter written precomposed (é) or as e + combining acute accent.
    QTest::newRow("forme décomposée") << QStringList{QStringLiteral("Hélène"), QStringLiteral("He\u0301le\u0300ne")};
}

void TestTextNormalizer::sameKeyForVariants()
{
    QFETCH(QStringList, variants);
    const QString first = TextNormalizer::searchKey(variants.first());
    for (const QString &v : std::as_const(variants))
        QCOMPARE(TextNormalizer::searchKey(v), first);
}

void TestTextNormalizer::likePrefix_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("pattern");
    QTest::newRow("simple") << QStringLiteral("Lefèb") << QStringLiteral("LEFEB%");
    QTest::newRow("jokers LIKE neutralisés") << QStringLiteral("50%_x") << QStringLiteral("50 X%");
    QTest::newRow("vide") << QString() << QStringLiteral("%");
}

void TestTextNormalizer::likePrefix()
{
    QFETCH(QString, text);
    QFETCH(QString, pattern);
    QCOMPARE(TextNormalizer::likePrefix(text), pattern);
}

QTEST_GUILESS_MAIN(TestTextNormalizer)
#include "tst_textnormalizer.moc"
