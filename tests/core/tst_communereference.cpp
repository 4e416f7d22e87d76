// The INSEE list shipped with the suite: exact look-up by code (Corsica included) and the search
// that the first-run wizard offers.
#include "CommuneReference.h"
#include "TextNormalizer.h"

#include <QtTest>

using namespace OpenMairie::Core;

class TestCommuneReference : public QObject
{
    Q_OBJECT

private slots:
    void find_data();
    void find();
    void unknownCode_data();
    void unknownCode();
    void searchIgnoresAccentsAndCase_data();
    void searchIgnoresAccentsAndCase();
    void searchByCodeAndLimit();
    void departements();
    void wholeList();
};

void TestCommuneReference::find_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expectedCode");
    QTest::addColumn<QString>("nom");
    QTest::addColumn<QString>("departement");
    QTest::addColumn<QString>("postalCode");
    QTest::addColumn<QString>("label");
    QTest::newRow("13004 Arles") << QStringLiteral("13004") << QStringLiteral("13004") << QStringLiteral("Arles")
                                 << QStringLiteral("13") << QStringLiteral("13200") << QStringLiteral("Arles (13)");
    QTest::newRow("2A004 Ajaccio") << QStringLiteral("2A004") << QStringLiteral("2A004") << QStringLiteral("Ajaccio")
                                   << QStringLiteral("2A") << QStringLiteral("20000") << QStringLiteral("Ajaccio (2A)");
    QTest::newRow("2a004 en minuscules, espaces") << QStringLiteral(" 2a004 ") << QStringLiteral("2A004")
                                                  << QStringLiteral("Ajaccio") << QStringLiteral("2A")
                                                  << QStringLiteral("20000") << QStringLiteral("Ajaccio (2A)");
    QTest::newRow("42218 Saint-Étienne") << QStringLiteral("42218") << QStringLiteral("42218")
                                         << QStringLiteral("Saint-Étienne") << QStringLiteral("42")
                                         << QStringLiteral("42000") << QStringLiteral("Saint-Étienne (42)");
}

void TestCommuneReference::find()
{
    QFETCH(QString, code);
    QFETCH(QString, expectedCode);
    QFETCH(QString, nom);
    QFETCH(QString, departement);
    QFETCH(QString, postalCode);
    QFETCH(QString, label);
    const Result<InseeCommune> c = CommuneReference::instance().find(code);
    QVERIFY2(c.ok(), qPrintable(c.error().message()));
    QCOMPARE(c->code, expectedCode);
    QCOMPARE(c->nom, nom);
    QCOMPARE(c->type, QStringLiteral("commune-actuelle"));
    QCOMPARE(c->departement, departement);
    QVERIFY2(c->codesPostaux.split(u',').contains(postalCode), qPrintable(c->codesPostaux));
    QVERIFY(c->population > 10000);
    QCOMPARE(c->label(), label);
}

void TestCommuneReference::unknownCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("inexistant") << QStringLiteral("99999");
    QTest::newRow("trop court") << QStringLiteral("1300");
    QTest::newRow("code postal au lieu du code INSEE") << QStringLiteral("13200");
    QTest::newRow("vide") << QString();
}

void TestCommuneReference::unknownCode()
{
    QFETCH(QString, code);
    const Result<InseeCommune> c = CommuneReference::instance().find(code);
    QVERIFY(!c.ok());
    QCOMPARE(c.error().message(),
             QStringLiteral("Le code INSEE « %1 » ne correspond à aucune commune. Vérifiez-le (5 caractères, par "
                            "exemple 13004 pour Arles, 2A004 pour Ajaccio).").arg(code));
    QCOMPARE(c.error().kind(), Error::Kind::InvalidInput);
}

void TestCommuneReference::searchIgnoresAccentsAndCase_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("saint etienne") << QStringLiteral("saint etienne");
    QTest::newRow("SAINT-ÉTIENNE") << QStringLiteral("SAINT-ÉTIENNE");
    QTest::newRow("Saint Étienne") << QStringLiteral("  Saint Étienne ");
}

void TestCommuneReference::searchIgnoresAccentsAndCase()
{
    QFETCH(QString, text);
    const QList<InseeCommune> found = CommuneReference::instance().search(text, 20);
    QCOMPARE(found.size(), 20);
    // The largest current commune first: Saint-Étienne (Loire), then the others by population.
    QCOMPARE(found.first().code, QStringLiteral("42218"));
    QCOMPARE(found.first().nom, QStringLiteral("Saint-Étienne"));
    for (qsizetype i = 0; i < found.size(); ++i) {
        QVERIFY2(TextNormalizer::searchKey(found.at(i).nom).startsWith(u"SAINT ETIENNE"), qPrintable(found.at(i).nom));
        if (i > 0 && found.at(i).type == found.at(i - 1).type)
            QVERIFY(found.at(i).population <= found.at(i - 1).population);
    }
    const QList<InseeCommune> reference = CommuneReference::instance().search(QStringLiteral("saint etienne"), 20);
    for (qsizetype i = 0; i < found.size(); ++i)
        QCOMPARE(found.at(i).code, reference.at(i).code);
}

void TestCommuneReference::searchByCodeAndLimit()
{
    const CommuneReference &ref = CommuneReference::instance();
    QList<InseeCommune> found = ref.search(QStringLiteral("13004"));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().nom, QStringLiteral("Arles"));

    found = ref.search(QStringLiteral("arles"), 5);
    QVERIFY(!found.isEmpty());
    QVERIFY(found.size() <= 5);
    QCOMPARE(found.first().code, QStringLiteral("13004"));

    found = ref.search(QStringLiteral("2a0"), 3);
    QCOMPARE(found.size(), 3);
    for (const InseeCommune &c : std::as_const(found))
        QVERIFY2(c.code.startsWith(u"2A0"), qPrintable(c.code));

    QVERIFY(ref.search(QString()).isEmpty());
    QVERIFY(ref.search(QStringLiteral(" - ")).isEmpty());
    QVERIFY(ref.search(QStringLiteral("zzzzqqq")).isEmpty());
}

void TestCommuneReference::departements()
{
    const CommuneReference &ref = CommuneReference::instance();
    QCOMPARE(ref.departementName(QStringLiteral("13")), QStringLiteral("Bouches-du-Rhône"));
    QCOMPARE(ref.departementName(QStringLiteral("2A")), QStringLiteral("Corse-du-Sud"));
    QCOMPARE(ref.departementName(QStringLiteral("01")), QStringLiteral("Ain"));
    QCOMPARE(ref.departementName(QStringLiteral("99")), QString());
}

void TestCommuneReference::wholeList()
{
    const CommuneReference &ref = CommuneReference::instance();
    // About 35 000 current communes, plus arrondissements and former communes.
    QVERIFY2(ref.size() > 34000, qPrintable(QString::number(ref.size())));
    qsizetype current = 0;
    for (const InseeCommune &c : ref.all())
        if (c.type == u"commune-actuelle")
            ++current;
    QVERIFY2(current > 34000 && current < 36000, qPrintable(QString::number(current)));
}

QTEST_GUILESS_MAIN(TestCommuneReference)
#include "tst_communereference.moc"
