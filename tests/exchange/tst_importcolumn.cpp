// Cell conversion of the import framework, without a database: every type, what it accepts and
// the exact French reason for what it refuses.
#include "ImportColumn.h"
#include "TextNormalizer.h"

#include <QDate>
#include <QRandomGenerator>
#include <QTest>

using namespace OpenMairie::Core;
using namespace Qt::StringLiterals;

namespace {
ImportColumn column(const QString &type)
{
    if (type == u"text")
        return ImportColumn::text(u"nom"_s, u"Nom"_s, 10);
    if (type == u"integer")
        return ImportColumn::integer(u"enfants"_s, u"Enfants"_s, 0, 20);
    if (type == u"decimal")
        return ImportColumn::decimal(u"montant"_s, u"Montant"_s, 2);
    if (type == u"date")
        return ImportColumn::date(u"naissance"_s, u"Naissance"_s);
    if (type == u"boolean")
        return ImportColumn::boolean(u"actif"_s, u"Actif"_s);
    return ImportColumn::enumeration(u"type"_s, u"Type"_s,
                                     {{u"T"_s, u"Temporaire"_s}, {u"P"_s, u"Perpétuelle"_s}, {u"C"_s, {}}});
}
} // namespace

class TestImportColumn : public QObject
{
    Q_OBJECT

private slots:
    void conversion_data();
    void conversion();
    void requiredAndEmpty();
    void comparisonKeyIsTheSearchKey();
    void expectedContent_data();
    void expectedContent();
};

void TestImportColumn::conversion_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("error");

    QTest::newRow("text trimmed") << u"text"_s << u"  Dupont "_s << QVariant(u"Dupont"_s) << QString();
    QTest::newRow("text too long") << u"text"_s << u"Dupont-Durand"_s << QVariant()
                                   << u"« Dupont-Durand » compte 13 caractères : 10 au plus."_s;
    QTest::newRow("integer") << u"integer"_s << u"12"_s << QVariant(12LL) << QString();
    QTest::newRow("integer with sign") << u"integer"_s << u"+3"_s << QVariant(3LL) << QString();
    QTest::newRow("integer not a number") << u"integer"_s << u"douze"_s << QVariant()
                                          << u"« douze » n'est pas un nombre entier."_s;
    QTest::newRow("integer decimal") << u"integer"_s << u"1,5"_s << QVariant() << u"« 1,5 » n'est pas un nombre entier."_s;
    QTest::newRow("integer range") << u"integer"_s << u"21"_s << QVariant()
                                   << u"« 21 » est hors des limites permises (de 0 à 20)."_s;
    QTest::newRow("integer overflow") << u"integer"_s << u"99999999999999999999"_s << QVariant()
                                      << u"« 99999999999999999999 » n'est pas un nombre entier."_s;
    QTest::newRow("decimal comma") << u"decimal"_s << u"12,50"_s << QVariant(u"12.5"_s) << QString();
    QTest::newRow("decimal dot") << u"decimal"_s << u"12.5"_s << QVariant(u"12.5"_s) << QString();
    QTest::newRow("decimal thousands") << u"decimal"_s << u"1 234 567,8"_s << QVariant(u"1234567.8"_s) << QString();
    QTest::newRow("decimal no-break space") << u"decimal"_s << u"1\u00A0234,00"_s << QVariant(u"1234"_s) << QString();
    QTest::newRow("decimal negative") << u"decimal"_s << u"-0,5"_s << QVariant(u"-0.5"_s) << QString();
    QTest::newRow("decimal negative zero") << u"decimal"_s << u"-0,00"_s << QVariant(u"0"_s) << QString();
    QTest::newRow("decimal leading comma") << u"decimal"_s << u",5"_s << QVariant(u"0.5"_s) << QString();
    QTest::newRow("decimal leading zeros") << u"decimal"_s << u"007"_s << QVariant(u"7"_s) << QString();
    QTest::newRow("decimal too precise") << u"decimal"_s << u"1,234"_s << QVariant()
                                         << u"« 1,234 » a 3 décimales : 2 au plus."_s;
    QTest::newRow("decimal both marks") << u"decimal"_s << u"1.234,5"_s << QVariant()
                                        << u"« 1.234,5 » n'est pas un nombre : écrivez-le avec une virgule décimale, "
                                           "par exemple 12,50."_s;
    QTest::newRow("decimal sign only") << u"decimal"_s << u"-"_s << QVariant()
                                       << u"« - » n'est pas un nombre : écrivez-le avec une virgule décimale, par "
                                          "exemple 12,50."_s;
    QTest::newRow("date french") << u"date"_s << u"20/12/1975"_s << QVariant(QDate(1975, 12, 20)) << QString();
    QTest::newRow("date iso") << u"date"_s << u"1975-12-20"_s << QVariant(QDate(1975, 12, 20)) << QString();
    QTest::newRow("date compact") << u"date"_s << u"20121975"_s << QVariant(QDate(1975, 12, 20)) << QString();
    QTest::newRow("date short day") << u"date"_s << u"1/2/1980"_s << QVariant(QDate(1980, 2, 1)) << QString();
    QTest::newRow("date impossible") << u"date"_s << u"31/02/2020"_s << QVariant()
                                     << u"La date « 31/02/2020 » n'existe pas (jour, mois ou année impossible)."_s;
    QTest::newRow("date before 1800") << u"date"_s << u"01/01/1750"_s << QVariant()
                                      << u"La date « 01/01/1750 » n'existe pas (jour, mois ou année impossible)."_s;
    QTest::newRow("date words") << u"date"_s << u"demain"_s << QVariant()
                                << u"« demain » n'est pas une date : écrivez-la JJ/MM/AAAA (par exemple 20/12/1975 ou "
                                   "20121975)."_s;
    QTest::newRow("boolean oui") << u"boolean"_s << u"Oui"_s << QVariant(true) << QString();
    QTest::newRow("boolean N") << u"boolean"_s << u"n"_s << QVariant(false) << QString();
    QTest::newRow("boolean 1") << u"boolean"_s << u"1"_s << QVariant(true) << QString();
    QTest::newRow("boolean faux") << u"boolean"_s << u"FAUX"_s << QVariant(false) << QString();
    QTest::newRow("boolean other") << u"boolean"_s << u"peut-être"_s << QVariant()
                                   << u"« peut-être » n'est pas une réponse oui/non : écrivez oui ou non."_s;
    QTest::newRow("enum code") << u"enum"_s << u"t"_s << QVariant(u"T"_s) << QString();
    QTest::newRow("enum label, accents ignored") << u"enum"_s << u"PERPETUELLE"_s << QVariant(u"P"_s) << QString();
    QTest::newRow("enum without label") << u"enum"_s << u"c"_s << QVariant(u"C"_s) << QString();
    QTest::newRow("enum refused") << u"enum"_s << u"Centenaire"_s << QVariant()
                                  << u"« Centenaire » n'est pas une valeur permise ; valeurs possibles : T, P, C."_s;
}

void TestImportColumn::conversion()
{
    QFETCH(QString, type);
    QFETCH(QString, cell);
    QFETCH(QVariant, value);
    QFETCH(QString, error);
    const Result<QVariant> converted = column(type).convert(cell);
    if (error.isEmpty()) {
        QVERIFY2(converted.ok(), qPrintable(converted.ok() ? QString() : converted.error().message()));
        QCOMPARE(converted.value(), value);
        QCOMPARE(converted.value().metaType(), value.metaType());
    } else {
        QVERIFY(!converted.ok());
        QCOMPARE(converted.error().message(), error);
        QCOMPARE(converted.error().kind(), Error::Kind::InvalidInput);
    }
}

void TestImportColumn::requiredAndEmpty()
{
    const Result<QVariant> optional = ImportColumn::date(u"d"_s, u"D"_s).convert(u"  "_s);
    QVERIFY(optional.ok());
    QVERIFY(optional.value().isNull());
    QCOMPARE(optional.value().metaType().id(), int(QMetaType::QDate)); // a typed NULL for the driver
    const Result<QVariant> required = ImportColumn::date(u"d"_s, u"D"_s).setRequired().convert(QString());
    QVERIFY(!required.ok());
    QCOMPARE(required.error().message(), u"valeur obligatoire manquante."_s);
}

void TestImportColumn::comparisonKeyIsTheSearchKey()
{
    // The ASCII fast path must give exactly what TextNormalizer gives.
    QRandomGenerator random(4242);
    const QString alphabet = u"aZ9 -_'.;,/()\t"_s;
    for (int i = 0; i < 2000; ++i) {
        QString s;
        const int length = int(random.bounded(12));
        for (int k = 0; k < length; ++k)
            s += alphabet.at(int(random.bounded(int(alphabet.size()))));
        QCOMPARE(ImportColumn::comparisonKey(s), TextNormalizer::searchKey(s));
    }
    QCOMPARE(ImportColumn::comparisonKey(u"  Hélène-Œuvre "_s), u"HELENE OEUVRE"_s);
}

void TestImportColumn::expectedContent_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("text");
    QTest::newRow("text") << u"text"_s << u"Texte, 10 caractères au plus"_s;
    QTest::newRow("integer") << u"integer"_s << u"Nombre entier de 0 à 20"_s;
    QTest::newRow("decimal") << u"decimal"_s << u"Nombre, virgule décimale, 2 décimales au plus (exemple : 12,50)"_s;
    QTest::newRow("date") << u"date"_s << u"Date JJ/MM/AAAA (exemple : 20/12/1975)"_s;
    QTest::newRow("boolean") << u"boolean"_s << u"oui ou non"_s;
    QTest::newRow("enum") << u"enum"_s << u"Une valeur parmi : T (Temporaire), P (Perpétuelle), C"_s;
}

void TestImportColumn::expectedContent()
{
    QFETCH(QString, type);
    QFETCH(QString, text);
    QCOMPARE(column(type).expectedContent(), text);
}

QTEST_GUILESS_MAIN(TestImportColumn)
#include "tst_importcolumn.moc"
