// The legal deadlines of the REU regime, as pure functions: decision 5 days, notification 2 days,
// radiation contradictoire 15 days (each run to the next working day when it ends on a week-end
// or a public holiday), the 6th Friday before a scrutin, and the L30 limit (10th day before).
#include "ElecDeadlines.h"

#include <QTest>

using OpenMairie::Elec::ElecDeadlines;

class TstElecDeadlines : public QObject
{
    Q_OBJECT

private slots:
    void decision_data()
    {
        QTest::addColumn<QDate>("demande");
        QTest::addColumn<QDate>("limite");
        QTest::newRow("lundi → samedi → lundi") << QDate(2026, 3, 16) << QDate(2026, 3, 23);
        QTest::newRow("mardi → dimanche → lundi") << QDate(2026, 3, 17) << QDate(2026, 3, 23);
        QTest::newRow("mercredi → lundi") << QDate(2026, 3, 18) << QDate(2026, 3, 23);
        QTest::newRow("jeudi → mardi") << QDate(2026, 3, 19) << QDate(2026, 3, 24);
        QTest::newRow("samedi → jeudi") << QDate(2026, 3, 21) << QDate(2026, 3, 26);
        QTest::newRow("dimanche → vendredi") << QDate(2026, 3, 22) << QDate(2026, 3, 27);
        QTest::newRow("vers le 1er mai (vendredi férié) → lundi 4") << QDate(2026, 4, 26) << QDate(2026, 5, 4);
        QTest::newRow("vers le lundi de Pâques 2026 → mardi") << QDate(2026, 4, 1) << QDate(2026, 4, 7);
        QTest::newRow("vers Noël (vendredi) → lundi 28") << QDate(2026, 12, 20) << QDate(2026, 12, 28);
    }
    void decision()
    {
        QFETCH(QDate, demande);
        QFETCH(QDate, limite);
        QCOMPARE(ElecDeadlines::decisionDeadline(demande), limite);
    }

    void notification_data()
    {
        QTest::addColumn<QDate>("decision");
        QTest::addColumn<QDate>("limite");
        QTest::newRow("lundi → mercredi") << QDate(2026, 3, 16) << QDate(2026, 3, 18);
        QTest::newRow("jeudi → samedi → lundi") << QDate(2026, 3, 19) << QDate(2026, 3, 23);
        QTest::newRow("vendredi → dimanche → lundi") << QDate(2026, 3, 20) << QDate(2026, 3, 23);
        QTest::newRow("12 juillet → 14 juillet férié → 15") << QDate(2026, 7, 12) << QDate(2026, 7, 15);
        QTest::newRow("Ascension 2026 (jeudi 14 mai) → vendredi 15") << QDate(2026, 5, 12) << QDate(2026, 5, 15);
    }
    void notification()
    {
        QFETCH(QDate, decision);
        QFETCH(QDate, limite);
        QCOMPARE(ElecDeadlines::notificationDeadline(decision), limite);
        QCOMPARE(ElecDeadlines::transmissionDeadline(decision), limite);
    }

    void contradictoire_data()
    {
        QTest::addColumn<QDate>("avis");
        QTest::addColumn<QDate>("fin");
        QTest::newRow("lundi → mardi") << QDate(2026, 3, 2) << QDate(2026, 3, 17);
        QTest::newRow("jeudi → vendredi") << QDate(2026, 3, 5) << QDate(2026, 3, 20);
        QTest::newRow("vendredi → samedi → lundi") << QDate(2026, 3, 6) << QDate(2026, 3, 23);
        QTest::newRow("samedi → dimanche → lundi") << QDate(2026, 3, 7) << QDate(2026, 3, 23);
        QTest::newRow("Pentecôte 2026 : lundi 25 mai férié → mardi") << QDate(2026, 5, 10) << QDate(2026, 5, 26);
    }
    void contradictoire()
    {
        QFETCH(QDate, avis);
        QFETCH(QDate, fin);
        QCOMPARE(ElecDeadlines::contradictoryEnd(avis), fin);
    }

    void sixiemeVendredi_data()
    {
        QTest::addColumn<QDate>("scrutin");
        QTest::addColumn<QDate>("limite");
        QTest::addColumn<QDate>("limiteL30");
        // Official deadlines: présidentielle 2022 (4 mars), européennes 2024 (3 mai).
        QTest::newRow("dimanche 10 avril 2022") << QDate(2022, 4, 10) << QDate(2022, 3, 4) << QDate(2022, 3, 31);
        QTest::newRow("dimanche 9 juin 2024") << QDate(2024, 6, 9) << QDate(2024, 5, 3) << QDate(2024, 5, 30);
        QTest::newRow("municipales 15 mars 2026") << QDate(2026, 3, 15) << QDate(2026, 2, 6) << QDate(2026, 3, 5);
        QTest::newRow("scrutin un samedi (outre-mer)") << QDate(2024, 6, 8) << QDate(2024, 5, 3) << QDate(2024, 5, 29);
        QTest::newRow("scrutin un vendredi : pas le jour même") << QDate(2024, 6, 7) << QDate(2024, 4, 26) << QDate(2024, 5, 28);
    }
    void sixiemeVendredi()
    {
        QFETCH(QDate, scrutin);
        QFETCH(QDate, limite);
        QFETCH(QDate, limiteL30);
        QCOMPARE(ElecDeadlines::registrationDeadline(scrutin), limite);
        QCOMPARE(ElecDeadlines::registrationDeadline(scrutin).dayOfWeek(), int(Qt::Friday));
        QCOMPARE(ElecDeadlines::l30Deadline(scrutin), limiteL30);
    }

    void joursFeries()
    {
        QCOMPARE(ElecDeadlines::easterSunday(2024), QDate(2024, 3, 31));
        QCOMPARE(ElecDeadlines::easterSunday(2026), QDate(2026, 4, 5));
        QVERIFY(ElecDeadlines::isPublicHoliday(QDate(2026, 4, 6)));   // lundi de Pâques
        QVERIFY(ElecDeadlines::isPublicHoliday(QDate(2026, 5, 14)));  // Ascension
        QVERIFY(ElecDeadlines::isPublicHoliday(QDate(2026, 11, 11)));
        QVERIFY(!ElecDeadlines::isPublicHoliday(QDate(2026, 4, 7)));
        QVERIFY(!ElecDeadlines::decisionDeadline(QDate()).isValid());
    }
};

QTEST_APPLESS_MAIN(TstElecDeadlines)
#include "tst_elecdeadlines.moc"
