// Dates as typed at the counter: the forms accepted, and impossible dates refused, never rounded.
#include "FrenchDate.h"

#include <QtTest>

using namespace OpenMairie::Core;

class TestFrenchDate : public QObject
{
    Q_OBJECT

private slots:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void format();
};

void TestFrenchDate::accepted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::newRow("compact 20121975") << QStringLiteral("20121975") << QDate(1975, 12, 20);
    QTest::newRow("barres") << QStringLiteral("20/12/1975") << QDate(1975, 12, 20);
    QTest::newRow("tirets") << QStringLiteral("20-12-1975") << QDate(1975, 12, 20);
    QTest::newRow("points") << QStringLiteral("20.12.1975") << QDate(1975, 12, 20);
    QTest::newRow("ISO") << QStringLiteral("1975-12-20") << QDate(1975, 12, 20);
    QTest::newRow("espaces autour") << QStringLiteral("  20/12/1975 ") << QDate(1975, 12, 20);
    QTest::newRow("jour et mois sur un chiffre") << QStringLiteral("1/2/2020") << QDate(2020, 2, 1);
    QTest::newRow("29/02/2024 bissextile") << QStringLiteral("29/02/2024") << QDate(2024, 2, 29);
    QTest::newRow("29022024 compact bissextile") << QStringLiteral("29022024") << QDate(2024, 2, 29);
    QTest::newRow("29/02/2000 bissextile séculaire") << QStringLiteral("29/02/2000") << QDate(2000, 2, 29);
    QTest::newRow("31/12/1800") << QStringLiteral("31/12/1800") << QDate(1800, 12, 31);
    QTest::newRow("01/01/1800 limite basse") << QStringLiteral("01/01/1800") << QDate(1800, 1, 1);
}

void TestFrenchDate::accepted()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    const Result<QDate> parsed = FrenchDate::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message()));
    QCOMPARE(parsed.value(), date);
}

void TestFrenchDate::refused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    const auto impossible = [](const QString &t) {
        return QStringLiteral("La date « %1 » n'existe pas (jour, mois ou année impossible).").arg(t);
    };
    const auto notADate = [](const QString &t) {
        return QStringLiteral("« %1 » n'est pas une date : écrivez-la JJ/MM/AAAA (par exemple 20/12/1975 ou 20121975).")
            .arg(t);
    };
    QTest::newRow("31/02/2020") << QStringLiteral("31/02/2020") << impossible(QStringLiteral("31/02/2020"));
    QTest::newRow("31022020 compact") << QStringLiteral("31022020") << impossible(QStringLiteral("31022020"));
    QTest::newRow("29/02/2023 non bissextile") << QStringLiteral("29/02/2023") << impossible(QStringLiteral("29/02/2023"));
    QTest::newRow("29/02/1900 séculaire non bissextile") << QStringLiteral("29/02/1900")
                                                         << impossible(QStringLiteral("29/02/1900"));
    QTest::newRow("31/04/2020") << QStringLiteral("31/04/2020") << impossible(QStringLiteral("31/04/2020"));
    QTest::newRow("jour 0") << QStringLiteral("00/01/2020") << impossible(QStringLiteral("00/01/2020"));
    QTest::newRow("jour 32") << QStringLiteral("32/01/2020") << impossible(QStringLiteral("32/01/2020"));
    QTest::newRow("mois 13") << QStringLiteral("15/13/2020") << impossible(QStringLiteral("15/13/2020"));
    QTest::newRow("mois 0") << QStringLiteral("15/00/2020") << impossible(QStringLiteral("15/00/2020"));
    QTest::newRow("ISO mois 13") << QStringLiteral("1975-13-01") << impossible(QStringLiteral("1975-13-01"));
    QTest::newRow("ISO compact inversé") << QStringLiteral("19751220") << impossible(QStringLiteral("19751220"));
    QTest::newRow("avant 1800") << QStringLiteral("31/12/1799") << impossible(QStringLiteral("31/12/1799"));
    QTest::newRow("année sur 2 chiffres") << QStringLiteral("20/12/75") << notADate(QStringLiteral("20/12/75"));
    QTest::newRow("7 chiffres") << QStringLiteral("2012197") << notADate(QStringLiteral("2012197"));
    QTest::newRow("9 chiffres") << QStringLiteral("201219750") << notADate(QStringLiteral("201219750"));
    QTest::newRow("texte") << QStringLiteral("demain") << notADate(QStringLiteral("demain"));
    QTest::newRow("séparateurs mêlés à des lettres") << QStringLiteral("20/déc/1975")
                                                     << notADate(QStringLiteral("20/déc/1975"));
    QTest::newRow("vide") << QString() << notADate(QString());
}

void TestFrenchDate::refused()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const Result<QDate> parsed = FrenchDate::parse(text);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().message(), message);
    QCOMPARE(parsed.error().kind(), Error::Kind::InvalidInput);
}

void TestFrenchDate::format()
{
    QCOMPARE(FrenchDate::format(QDate(1975, 12, 20)), QStringLiteral("20/12/1975"));
    QCOMPARE(FrenchDate::format(QDate(2024, 2, 9)), QStringLiteral("09/02/2024"));
    QCOMPARE(FrenchDate::format(QDate()), QString());
    // What is shown reads back as the same date.
    QCOMPARE(FrenchDate::parse(FrenchDate::format(QDate(2024, 2, 29))).value(), QDate(2024, 2, 29));
}

QTEST_GUILESS_MAIN(TestFrenchDate)
#include "tst_frenchdate.moc"
