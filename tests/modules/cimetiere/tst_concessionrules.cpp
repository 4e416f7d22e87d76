// The pure rules of openCimetière, without a database: durations and end dates (leap years,
// perpetual), the renewal window (L2223-15), the conversion credit (L2223-16), the rétrocession
// refund, occupancy with mixed coffins, urns and reduced remains, the legal inhumation delay.
#include "ConcessionDuration.h"
#include "ConcessionRules.h"
#include "Money.h"
#include "Occupancy.h"
#include "OperationService.h"

#include <QTest>

using namespace OpenMairie::Cimetiere;

Q_DECLARE_METATYPE(OpenMairie::Cimetiere::BodyKind)

namespace {
ConcessionDuration duration(DurationCategory c, int years = 0)
{
    return ConcessionDuration::make(c, years).value();
}
} // namespace

class TstConcessionRules : public QObject
{
    Q_OBJECT

private slots:
    void endDate_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("years");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::newRow("temporaire 15 ans") << "temporaire" << 15 << QDate(2010, 3, 1) << QDate(2025, 3, 1);
        QTest::newRow("temporaire 5 ans") << "temporaire" << 5 << QDate(2021, 12, 31) << QDate(2026, 12, 31);
        QTest::newRow("trentenaire du 29 février vers une année non bissextile")
            << "trentenaire" << 0 << QDate(2024, 2, 29) << QDate(2054, 2, 28);
        QTest::newRow("trentenaire du 29 février vers une année bissextile")
            << "trentenaire" << 0 << QDate(1996, 2, 29) << QDate(2026, 2, 28);
        QTest::newRow("cinquantenaire du 29 février") << "cinquantenaire" << 0 << QDate(2000, 2, 29) << QDate(2050, 2, 28);
        QTest::newRow("centenaire vers 2020 bissextile") << "centenaire" << 0 << QDate(1920, 2, 29) << QDate(2020, 2, 29);
        QTest::newRow("centenaire vers 2100 non bissextile") << "centenaire" << 0 << QDate(2000, 2, 29) << QDate(2100, 2, 28);
        QTest::newRow("perpétuelle sans fin") << "perpetuelle" << 0 << QDate(1950, 6, 1) << QDate();
    }

    void endDate()
    {
        QFETCH(QString, code);
        QFETCH(int, years);
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        const OpenMairie::Core::Result<ConcessionDuration> d = ConcessionDuration::fromCode(code, years);
        QVERIFY2(d.ok(), qPrintable(d.error().message()));
        QCOMPARE(d.value().endDate(start), end);
        QCOMPARE(d.value().isPerpetual(), !end.isValid());
    }

    void durationRefusals_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("years");
        QTest::addColumn<QString>("message");
        QTest::newRow("temporaire 4 ans") << "temporaire" << 4
            << "Une concession temporaire dure de 5 à 15 ans (article L2223-14 du CGCT) : indiquez une durée dans cet "
               "intervalle (4 ans demandés).";
        QTest::newRow("temporaire 16 ans") << "temporaire" << 16
            << "Une concession temporaire dure de 5 à 15 ans (article L2223-14 du CGCT) : indiquez une durée dans cet "
               "intervalle (16 ans demandés).";
        QTest::newRow("durée inconnue") << "quarantenaire" << 0
            << "La durée « quarantenaire » est inconnue : indiquez temporaire, trentenaire, cinquantenaire, centenaire "
               "ou perpetuelle.";
    }

    void durationRefusals()
    {
        QFETCH(QString, code);
        QFETCH(int, years);
        QFETCH(QString, message);
        const OpenMairie::Core::Result<ConcessionDuration> d = ConcessionDuration::fromCode(code, years);
        QVERIFY(!d.ok());
        QCOMPARE(d.error().message(), message);
    }

    void centenaireIsNoLongerGranted()
    {
        const OpenMairie::Core::Status s = duration(DurationCategory::Centenaire).checkGrantable();
        QVERIFY(!s.ok());
        QCOMPARE(s.error().message(), QStringLiteral("Les concessions centenaires ne sont plus accordées depuis 1959 : "
                                                     "choisissez une concession temporaire, trentenaire, cinquantenaire "
                                                     "ou perpétuelle."));
        QVERIFY(duration(DurationCategory::Trentenaire).checkGrantable().ok());
        QVERIFY(duration(DurationCategory::Temporaire, 5).checkGrantable().ok());
    }

    void renewalWindow_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QString>("message"); // empty: accepted
        const QString early = QStringLiteral("Cette concession arrive à terme le 01/06/2026 : son renouvellement est "
                                             "possible à partir du 01/06/2025.");
        const QString late = QStringLiteral("Cette concession a expiré le 01/06/2026 : le renouvellement n'était possible "
                                            "que jusqu'au 01/06/2028 (deux ans après le terme, article L2223-15 du "
                                            "CGCT). Le terrain peut être repris par la commune ; accordez si besoin une "
                                            "nouvelle concession.");
        QTest::newRow("la veille de l'ouverture") << QDate(2025, 5, 31) << early;
        QTest::newRow("un an avant le terme") << QDate(2025, 6, 1) << QString();
        QTest::newRow("le jour du terme") << QDate(2026, 6, 1) << QString();
        QTest::newRow("deux ans après, dernier jour") << QDate(2028, 6, 1) << QString();
        QTest::newRow("deux ans et un jour après") << QDate(2028, 6, 2) << late;
    }

    void renewalWindow()
    {
        QFETCH(QDate, today);
        QFETCH(QString, message);
        const RenewalWindow window{12};
        const OpenMairie::Core::Status s = window.check(duration(DurationCategory::Temporaire, 15), QDate(2026, 6, 1), today);
        QCOMPARE(s.ok(), message.isEmpty());
        if (!message.isEmpty())
            QCOMPARE(s.error().message(), message);
        // The new period runs from the previous end, whatever the day of payment.
        QCOMPARE(RenewalWindow::newStart(QDate(2026, 6, 1)), QDate(2026, 6, 1));
    }

    void perpetualIsNotRenewed()
    {
        const OpenMairie::Core::Status s =
            RenewalWindow{12}.check(duration(DurationCategory::Perpetuelle), QDate(), QDate(2026, 1, 1));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().message(), QStringLiteral("Une concession perpétuelle n'a pas de terme : elle ne se renouvelle pas."));
    }

    void conversionCredit()
    {
        // 15 years from 01/01/2020, converted on 15/06/2026 into a trentenaire: 3 122 of 5 479 days remain.
        const OpenMairie::Core::Result<ConversionCredit> c = ConversionCredit::compute(
            duration(DurationCategory::Temporaire, 15), QDate(2020, 1, 1), QDate(2035, 1, 1),
            duration(DurationCategory::Trentenaire), 15000, 40000, QDate(2026, 6, 15));
        QVERIFY2(c.ok(), qPrintable(c.error().message()));
        QCOMPARE(c.value().totalDays, 5479);
        QCOMPARE(c.value().remainingDays, 3122);
        QCOMPARE(c.value().creditCents, 8547);
        QCOMPARE(c.value().priceCents, 31453);
        QCOMPARE(c.value().computation,
                 QStringLiteral("Conversion au 15/06/2026 : tarif trentenaire (30 ans) 400,00 € − crédit du temps restant "
                                "(150,00 € × 3122 jours restants / 5479 jours) 85,47 € = 314,53 € à payer."));
    }

    void conversionRefusals_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<int>("fromYears");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QDate>("on");
        QTest::addColumn<QString>("message");
        QTest::newRow("vers une durée égale") << "trentenaire" << 0 << "trentenaire" << QDate(2026, 6, 15)
            << "Une conversion se fait vers une durée plus longue (article L2223-16 du CGCT) : la concession est "
               "trentenaire (30 ans), choisissez une durée supérieure.";
        QTest::newRow("vers une durée plus courte") << "cinquantenaire" << 0 << "trentenaire" << QDate(2026, 6, 15)
            << "Une conversion se fait vers une durée plus longue (article L2223-16 du CGCT) : la concession est "
               "cinquantenaire (50 ans), choisissez une durée supérieure.";
        QTest::newRow("d'une perpétuelle") << "perpetuelle" << 0 << "perpetuelle" << QDate(2026, 6, 15)
            << "Une concession perpétuelle ne peut pas être convertie : aucune durée n'est plus longue.";
        QTest::newRow("expirée") << "temporaire" << 15 << "trentenaire" << QDate(2035, 1, 1)
            << "Cette concession a expiré le 01/01/2035 : elle ne peut plus être convertie. Renouvelez-la en choisissant "
               "une durée plus longue.";
    }

    void conversionRefusals()
    {
        QFETCH(QString, from);
        QFETCH(int, fromYears);
        QFETCH(QString, to);
        QFETCH(QDate, on);
        QFETCH(QString, message);
        const ConcessionDuration f = ConcessionDuration::fromCode(from, fromYears).value();
        const QDate start(2020, 1, 1);
        const OpenMairie::Core::Result<ConversionCredit> c = ConversionCredit::compute(
            f, start, f.endDate(start), ConcessionDuration::fromCode(to).value(), 15000, 40000, on);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().message(), message);
    }

    void retrocessionRefund()
    {
        const RetrocessionRefund r = RetrocessionRefund::compute(duration(DurationCategory::Trentenaire),
                                                                 QDate(2020, 3, 10), QDate(2050, 3, 10), 40000,
                                                                 QDate(2026, 6, 15));
        QCOMPARE(r.refundCents, 31647);
        QCOMPARE(r.computation, QStringLiteral("Rétrocession au 15/06/2026 : 400,00 € payés × 8669 jours restants / "
                                               "10957 jours = 316,47 € remboursés."));
        const RetrocessionRefund p = RetrocessionRefund::compute(duration(DurationCategory::Perpetuelle),
                                                                 QDate(2020, 3, 10), QDate(), 250000, QDate(2026, 6, 15));
        QCOMPARE(p.refundCents, 0);
        QVERIFY(p.computation.contains(QStringLiteral("délibération")));
    }

    void occupancy_data()
    {
        QTest::addColumn<QList<BodyKind>>("held");
        QTest::addColumn<double>("occupancy");
        QTest::addColumn<int>("places");
        QTest::addColumn<BodyKind>("added");
        QTest::addColumn<bool>("fits");
        using B = BodyKind;
        QTest::newRow("vide, un cercueil dans une place") << QList<B>{} << 0.0 << 1 << B::Cercueil << true;
        QTest::newRow("un cercueil, un second dans une place") << QList<B>{B::Cercueil} << 1.0 << 1 << B::Cercueil << false;
        QTest::newRow("deux cercueils et trois urnes, une urne de plus dans 3")
            << QList<B>{B::Cercueil, B::Cercueil, B::Urne, B::Urne, B::Urne} << 2.3 << 3 << B::Urne << true;
        QTest::newRow("deux cercueils et trois urnes, un cercueil de plus dans 3")
            << QList<B>{B::Cercueil, B::Cercueil, B::Urne, B::Urne, B::Urne} << 2.3 << 3 << B::Cercueil << false;
        QTest::newRow("un cercueil et un reliquaire, un cercueil dans 3")
            << QList<B>{B::Cercueil, B::Reliquaire} << 1.5 << 3 << B::Cercueil << true;
        QTest::newRow("neuf urnes, la dixième dans une place")
            << QList<B>(9, B::Urne) << 0.9 << 1 << B::Urne << true;
        QTest::newRow("dix urnes, la onzième dans une place")
            << QList<B>(10, B::Urne) << 1.0 << 1 << B::Urne << false;
        QTest::newRow("une urne dans une case sans place") << QList<B>{} << 0.0 << 0 << B::Urne << false;
    }

    void occupancy()
    {
        QFETCH(QList<BodyKind>, held);
        QFETCH(double, occupancy);
        QFETCH(int, places);
        QFETCH(BodyKind, added);
        QFETCH(bool, fits);
        const OccupancyWeights w;
        QCOMPARE(w.occupancy(held), occupancy);
        QCOMPARE(w.fits(held, added, places), fits);
    }

    void occupancyFollowsTheParameters()
    {
        OccupancyWeights w;
        w.urne = 0.25;
        QCOMPARE(w.occupancy({BodyKind::Urne, BodyKind::Urne, BodyKind::Cercueil}), 1.5);
        QVERIFY(!w.fits({BodyKind::Urne, BodyKind::Urne, BodyKind::Urne, BodyKind::Urne}, BodyKind::Urne, 1));
    }

    void inhumationDelay_data()
    {
        QTest::addColumn<QDate>("operation");
        QTest::addColumn<QString>("warning");
        QTest::newRow("le jour du décès") << QDate(2026, 6, 1)
            << "L'inhumation a lieu moins de 24 heures après le décès (01/06/2026) : elle n'est possible qu'au-delà de "
               "24 heures (article R2213-33 du CGCT), sauf cas prévus par le texte.";
        QTest::newRow("le lendemain") << QDate(2026, 6, 2) << QString();
        QTest::newRow("quatorze jours après") << QDate(2026, 6, 15) << QString();
        QTest::newRow("quinze jours après") << QDate(2026, 6, 16)
            << "L'inhumation a lieu 15 jours après le décès (01/06/2026) : au-delà de 14 jours calendaires, une "
               "dérogation du préfet est nécessaire (article R2213-33 du CGCT).";
    }

    void inhumationDelay()
    {
        QFETCH(QDate, operation);
        QFETCH(QString, warning);
        const QStringList w = OperationService::delayWarnings(QDate(2026, 6, 1), operation);
        QCOMPARE(w, warning.isEmpty() ? QStringList() : QStringList{warning});
    }

    void money()
    {
        QCOMPARE(Money::format(8547), QStringLiteral("85,47 €"));
        QCOMPARE(Money::format(250000), QStringLiteral("2\u202F500,00 €"));
        QCOMPARE(Money::parse(QStringLiteral("1 234,5")), 123450);
        QCOMPARE(Money::parse(QStringLiteral("80")), 8000);
        QCOMPARE(Money::parse(QStringLiteral("douze")), -1);
    }
};


QTEST_GUILESS_MAIN(TstConcessionRules)
#include "tst_concessionrules.moc"
