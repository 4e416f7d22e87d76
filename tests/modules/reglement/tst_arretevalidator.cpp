// The rules of an arrêté without a database: validation messages, caractère exécutoire,
// categories and numbers.
#include "Arrete.h"
#include "ArreteCategory.h"
#include "ArreteValidator.h"
#include "ExecutoireStatus.h"

#include <QTest>

#include <functional>

using namespace OpenMairie::Reglement;

namespace {
const QDate kToday(2024, 6, 15);

ArreteDraft validDraft()
{
    ArreteDraft d;
    d.dateSignature = QDate(2024, 3, 5);
    d.objet = QStringLiteral("Arrêté portant réglementation de la circulation pour la brocante");
    d.categorie = QStringLiteral("circulation_temporaire");
    d.signataire = QStringLiteral("Le Maire, Jean Dupont");
    return d;
}
} // namespace

Q_DECLARE_METATYPE(std::function<void(ArreteDraft &)>)

class TstArreteValidator : public QObject
{
    Q_OBJECT

private slots:
    void validDraftPasses()
    {
        QVERIFY(ArreteValidator::validate(validDraft(), kToday).isEmpty());
        ArreteDraft d = validDraft();
        d.datePublication = kToday;
        d.dateTransmission = d.dateSignature;
        d.dateNotification = QDate(2024, 3, 6);
        d.objet = QString(ArreteValidator::kObjetMaxLength, u'x');
        QVERIFY(ArreteValidator::validate(d, kToday).isEmpty());
    }

    void refusals_data()
    {
        QTest::addColumn<std::function<void(ArreteDraft &)>>("change");
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("message");
        using Change = std::function<void(ArreteDraft &)>;

        QTest::newRow("signature absente") << Change([](ArreteDraft &d) { d.dateSignature = {}; })
                                           << int(ArreteField::DateSignature)
                                           << QStringLiteral("La date de signature est obligatoire : saisissez la date "
                                                             "à laquelle l'arrêté a été signé (JJ/MM/AAAA).");
        QTest::newRow("signature future") << Change([](ArreteDraft &d) { d.dateSignature = QDate(2024, 6, 16); })
                                          << int(ArreteField::DateSignature)
                                          << QStringLiteral("La date de signature (16/06/2024) est postérieure à "
                                                            "aujourd'hui (15/06/2024) : un arrêté est enregistré une "
                                                            "fois signé.");
        QTest::newRow("signature avant 1900") << Change([](ArreteDraft &d) { d.dateSignature = QDate(1899, 12, 31); })
                                              << int(ArreteField::DateSignature)
                                              << QStringLiteral("La date de signature (31/12/1899) est antérieure à "
                                                                "1900 : vérifiez l'année.");
        QTest::newRow("objet vide") << Change([](ArreteDraft &d) { d.objet = QStringLiteral("   \n "); })
                                    << int(ArreteField::Objet)
                                    << QStringLiteral("L'objet est obligatoire : indiquez en une phrase ce que décide "
                                                      "l'arrêté.");
        QTest::newRow("objet trop long") << Change([](ArreteDraft &d) { d.objet = QString(2001, u'é'); })
                                         << int(ArreteField::Objet)
                                         << QStringLiteral("L'objet compte 2001 caractères pour 2000 au plus : "
                                                           "raccourcissez-le et mettez le détail dans les observations.");
        QTest::newRow("catégorie absente") << Change([](ArreteDraft &d) { d.categorie.clear(); })
                                           << int(ArreteField::Categorie)
                                           << QStringLiteral("Choisissez la catégorie de l'arrêté.");
        QTest::newRow("catégorie inconnue")
            << Change([](ArreteDraft &d) { d.categorie = QStringLiteral("urbanisme"); }) << int(ArreteField::Categorie)
            << QStringLiteral("Catégorie « urbanisme » inconnue : choisissez parmi reglementaire, individuel, "
                              "circulation_temporaire, circulation_permanente, police, personnel, autre.");
        QTest::newRow("signataire absent") << Change([](ArreteDraft &d) { d.signataire = QStringLiteral(" "); })
                                           << int(ArreteField::Signataire)
                                           << QStringLiteral("Indiquez le signataire, avec son nom et sa qualité (par "
                                                             "exemple « Le Maire, Jean Dupont »).");
        QTest::newRow("signataire trop long") << Change([](ArreteDraft &d) { d.signataire = QString(201, u'a'); })
                                              << int(ArreteField::Signataire)
                                              << QStringLiteral("Le signataire compte 201 caractères pour 200 au plus : "
                                                                "raccourcissez-le.");
        QTest::newRow("publication avant signature")
            << Change([](ArreteDraft &d) { d.datePublication = QDate(2024, 3, 4); }) << int(ArreteField::DatePublication)
            << QStringLiteral("La date de publication ou d'affichage (04/03/2024) précède la date de signature "
                              "(05/03/2024) : un arrêté n'est publié qu'une fois signé. Corrigez l'une des deux dates.");
        QTest::newRow("publication future")
            << Change([](ArreteDraft &d) { d.datePublication = QDate(2024, 7, 1); }) << int(ArreteField::DatePublication)
            << QStringLiteral("La date de publication ou d'affichage (01/07/2024) est postérieure à aujourd'hui "
                              "(15/06/2024) : saisissez-la une fois l'arrêté publié ou affiché.");
        QTest::newRow("transmission avant signature")
            << Change([](ArreteDraft &d) { d.dateTransmission = QDate(2024, 1, 2); })
            << int(ArreteField::DateTransmission)
            << QStringLiteral("La date de transmission à la préfecture (02/01/2024) précède la date de signature "
                              "(05/03/2024) : un arrêté n'est transmis qu'une fois signé. Corrigez l'une des deux "
                              "dates.");
        QTest::newRow("transmission future")
            << Change([](ArreteDraft &d) { d.dateTransmission = QDate(2024, 6, 16); })
            << int(ArreteField::DateTransmission)
            << QStringLiteral("La date de transmission à la préfecture (16/06/2024) est postérieure à aujourd'hui "
                              "(15/06/2024) : saisissez-la une fois l'arrêté transmis (date de l'accusé de réception).");
        QTest::newRow("notification avant signature")
            << Change([](ArreteDraft &d) { d.dateNotification = QDate(2023, 12, 31); })
            << int(ArreteField::DateNotification)
            << QStringLiteral("La date de notification (31/12/2023) précède la date de signature (05/03/2024) : un "
                              "arrêté n'est notifié qu'une fois signé. Corrigez l'une des deux dates.");
        QTest::newRow("notification future")
            << Change([](ArreteDraft &d) { d.dateNotification = QDate(2025, 1, 1); })
            << int(ArreteField::DateNotification)
            << QStringLiteral("La date de notification (01/01/2025) est postérieure à aujourd'hui (15/06/2024) : "
                              "saisissez-la une fois l'arrêté notifié à l'intéressé.");
        QTest::newRow("référence trop longue") << Change([](ArreteDraft &d) { d.reference = QString(101, u'R'); })
                                               << int(ArreteField::Reference)
                                               << QStringLiteral("La référence compte 101 caractères pour 100 au plus : "
                                                                 "raccourcissez-le.");
        QTest::newRow("observations trop longues")
            << Change([](ArreteDraft &d) { d.observations = QString(4001, u'o'); }) << int(ArreteField::Observations)
            << QStringLiteral("Le champ observations compte 4001 caractères pour 4000 au plus : raccourcissez-le.");
    }

    void refusals()
    {
        QFETCH(std::function<void(ArreteDraft &)>, change);
        QFETCH(int, field);
        QFETCH(QString, message);
        ArreteDraft d = validDraft();
        change(d);
        const FieldErrors errors = ArreteValidator::validate(d, kToday);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(int(errors.first().field), field);
        QCOMPARE(errors.first().message, message);
        QCOMPARE(ArreteValidator::toError(errors).message(), message);
        QCOMPARE(ArreteValidator::toError(errors).kind(), OpenMairie::Core::Error::Kind::InvalidInput);
    }

    void numberYearIsKeptOnUpdate()
    {
        ArreteDraft d = validDraft();
        QVERIFY(ArreteValidator::validate(d, kToday, 2024).isEmpty());
        d.dateSignature = QDate(2023, 12, 30);
        const FieldErrors errors = ArreteValidator::validate(d, kToday, 2024);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().message,
                 QStringLiteral("Le numéro de cet arrêté appartient à l'année 2024 : la date de signature doit rester "
                                "en 2024. S'il a été enregistré sur la mauvaise année, annulez-le et enregistrez-en un "
                                "nouveau."));
    }

    void severalErrorsMakeOneList()
    {
        ArreteDraft d;
        const FieldErrors errors = ArreteValidator::validate(d, kToday);
        QCOMPARE(errors.size(), 4); // date, objet, catégorie, signataire
        const QString text = ArreteValidator::toError(errors).message();
        QVERIFY(text.startsWith(QStringLiteral("L'arrêté n'est pas enregistré :\n- La date de signature est "
                                               "obligatoire")));
        QCOMPARE(text.count(QStringLiteral("\n- ")), 4);
        QCOMPARE(ArreteValidator::messageFor(errors, ArreteField::Categorie),
                 QStringLiteral("Choisissez la catégorie de l'arrêté."));
        QVERIFY(ArreteValidator::messageFor(errors, ArreteField::Reference).isEmpty());
    }

    void endOfValidity_data()
    {
        QTest::addColumn<bool>("abrogation");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("motif");
        QTest::addColumn<QStringList>("messages");
        QTest::newRow("abrogation valable") << true << QDate(2024, 6, 1) << QStringLiteral("Remplacé") << QStringList();
        QTest::newRow("abrogation sans date ni motif")
            << true << QDate() << QStringLiteral("  ")
            << QStringList{QStringLiteral("Indiquez la date d'abrogation (JJ/MM/AAAA)."),
                           QStringLiteral("Indiquez le motif de l'abrogation (par exemple « remplacé par l'arrêté "
                                          "2025-0003 »).")};
        QTest::newRow("abrogation avant signature")
            << true << QDate(2024, 3, 4) << QStringLiteral("Remplacé")
            << QStringList{QStringLiteral("La date d'abrogation (04/03/2024) précède la signature de l'arrêté "
                                          "2024-0007 (05/03/2024).")};
        QTest::newRow("abrogation future")
            << true << QDate(2024, 6, 20) << QStringLiteral("Remplacé")
            << QStringList{QStringLiteral("La date d'abrogation (20/06/2024) est postérieure à aujourd'hui "
                                          "(15/06/2024) : enregistrez l'abrogation une fois décidée.")};
        QTest::newRow("annulation sans motif")
            << false << QDate(2024, 6, 1) << QString()
            << QStringList{QStringLiteral("Indiquez le motif de l'annulation (par exemple « annulé par jugement du "
                                          "tribunal administratif du 12/03/2025 » ou « retiré »).")};
        QTest::newRow("annulation future")
            << false << QDate(2024, 6, 16) << QStringLiteral("Retiré")
            << QStringList{QStringLiteral("La date d'annulation (16/06/2024) est postérieure à aujourd'hui "
                                          "(15/06/2024) : enregistrez l'annulation une fois prononcée.")};
        QTest::newRow("annulation sans date") << false << QDate() << QStringLiteral("Retiré")
                                              << QStringList{QStringLiteral("Indiquez la date d'annulation (JJ/MM/AAAA).")};
        QTest::newRow("motif trop long")
            << false << QDate(2024, 6, 1) << QString(2001, u'm')
            << QStringList{QStringLiteral("Le motif compte 2001 caractères pour 2000 au plus : raccourcissez-le.")};
    }

    void endOfValidity()
    {
        QFETCH(bool, abrogation);
        QFETCH(QDate, date);
        QFETCH(QString, motif);
        QFETCH(QStringList, messages);
        Arrete a;
        a.numero = QStringLiteral("2024-0007");
        a.dateSignature = QDate(2024, 3, 5);
        const FieldErrors errors = ArreteValidator::validateEnd(
            a, abrogation ? ArreteState::Abroge : ArreteState::Annule, date, motif, kToday);
        QStringList got;
        for (const FieldError &e : errors)
            got.append(e.message);
        QCOMPARE(got, messages);
    }

    void executoire_data()
    {
        QTest::addColumn<QString>("categorie");
        QTest::addColumn<bool>("transmissionRequise");
        QTest::addColumn<QDate>("publication");
        QTest::addColumn<QDate>("transmission");
        QTest::addColumn<QDate>("notification");
        QTest::addColumn<bool>("executoire");
        QTest::addColumn<QString>("text");
        const QDate d1(2024, 3, 6);
        const QDate d2(2024, 3, 8);
        QTest::newRow("réglementaire publié et transmis")
            << QStringLiteral("reglementaire") << true << d1 << d2 << QDate() << true
            << QStringLiteral("Exécutoire depuis le 08/03/2024");
        QTest::newRow("réglementaire publié, non transmis")
            << QStringLiteral("reglementaire") << true << d1 << QDate() << QDate() << false
            << QStringLiteral("Non exécutoire : il manque la transmission à la préfecture (contrôle de légalité).");
        QTest::newRow("réglementaire transmis, non publié")
            << QStringLiteral("reglementaire") << true << QDate() << d1 << QDate() << false
            << QStringLiteral("Non exécutoire : il manque la publication ou l'affichage.");
        QTest::newRow("réglementaire, rien de fait")
            << QStringLiteral("reglementaire") << true << QDate() << QDate() << QDate() << false
            << QStringLiteral("Non exécutoire : il manque la publication ou l'affichage et la transmission à la "
                              "préfecture (contrôle de légalité).");
        QTest::newRow("réglementaire notifié seulement")
            << QStringLiteral("reglementaire") << true << QDate() << d2 << d1 << false
            << QStringLiteral("Non exécutoire : il manque la publication ou l'affichage.");
        QTest::newRow("circulation publiée, sans transmission")
            << QStringLiteral("circulation_temporaire") << false << d1 << QDate() << QDate() << true
            << QStringLiteral("Exécutoire depuis le 06/03/2024");
        QTest::newRow("individuel notifié et transmis")
            << QStringLiteral("individuel") << true << QDate() << d1 << d2 << true
            << QStringLiteral("Exécutoire depuis le 08/03/2024");
        QTest::newRow("individuel publié mais non notifié")
            << QStringLiteral("individuel") << true << d1 << d1 << QDate() << false
            << QStringLiteral("Non exécutoire : il manque la notification à l'intéressé.");
        QTest::newRow("personnel notifié, transmission non requise")
            << QStringLiteral("personnel") << false << QDate() << QDate() << d1 << true
            << QStringLiteral("Exécutoire depuis le 06/03/2024");
        QTest::newRow("police notifiée et transmise")
            << QStringLiteral("police") << true << QDate() << d1 << d2 << true
            << QStringLiteral("Exécutoire depuis le 08/03/2024");
        QTest::newRow("police ni publiée ni notifiée")
            << QStringLiteral("police") << true << QDate() << d1 << QDate() << false
            << QStringLiteral("Non exécutoire : il manque la publication ou la notification.");
        QTest::newRow("autre publié puis notifié")
            << QStringLiteral("autre") << false << d1 << QDate() << d2 << true
            << QStringLiteral("Exécutoire depuis le 06/03/2024");
    }

    void executoire()
    {
        QFETCH(QString, categorie);
        QFETCH(bool, transmissionRequise);
        QFETCH(QDate, publication);
        QFETCH(QDate, transmission);
        QFETCH(QDate, notification);
        QFETCH(bool, executoire);
        QFETCH(QString, text);
        Arrete a;
        a.dateSignature = QDate(2024, 3, 5);
        a.categorie = categorie;
        a.transmissionRequise = transmissionRequise;
        a.datePublication = publication;
        a.dateTransmission = transmission;
        a.dateNotification = notification;
        const ExecutoireStatus s = ExecutoireStatus::of(a);
        QCOMPARE(s.isExecutoire(), executoire);
        QCOMPARE(s.text(), text);
        QCOMPARE(s.shortText(), executoire ? QStringLiteral("Oui") : QStringLiteral("Non"));
    }

    void executoireOfEndedActs()
    {
        Arrete a;
        a.categorie = QStringLiteral("circulation_temporaire");
        a.transmissionRequise = false;
        a.datePublication = QDate(2024, 3, 6);
        a.etat = ArreteState::Abroge;
        a.dateFin = QDate(2024, 5, 1);
        QVERIFY(!ExecutoireStatus::of(a).isExecutoire());
        QCOMPARE(ExecutoireStatus::of(a).text(), QStringLiteral("Abrogé le 01/05/2024"));
        QCOMPARE(ExecutoireStatus::of(a).shortText(), QStringLiteral("Abrogé"));
        a.etat = ArreteState::Annule;
        QCOMPARE(ExecutoireStatus::of(a).text(), QStringLiteral("Annulé le 01/05/2024"));
    }

    void draftUsesCategoryTransmissionDefault()
    {
        ArreteDraft d = validDraft(); // circulation: no transmission by law
        d.datePublication = QDate(2024, 3, 5);
        QVERIFY(ExecutoireStatus::ofDraft(d).isExecutoire());
        d.categorie = QStringLiteral("reglementaire");
        QVERIFY(!ExecutoireStatus::ofDraft(d).isExecutoire());
        d.transmissionRequise = false;
        QVERIFY(ExecutoireStatus::ofDraft(d).isExecutoire());
    }

    void categories()
    {
        QCOMPARE(ArreteCategory::all().size(), 7);
        QCOMPARE(ArreteCategory::labelOf(QStringLiteral("police")), QStringLiteral("Police du maire"));
        QCOMPARE(ArreteCategory::labelOf(QStringLiteral("circulation_temporaire")),
                 QStringLiteral("Temporaire de circulation et de stationnement"));
        QCOMPARE(ArreteCategory::find(QStringLiteral("POLICE")).code(), QStringLiteral("police"));
        QCOMPARE(ArreteCategory::find(QStringLiteral("police du maire")).code(), QStringLiteral("police"));
        QCOMPARE(ArreteCategory::find(QStringLiteral("Réglementaire")).code(), QStringLiteral("reglementaire"));
        QCOMPARE(ArreteCategory::find(QStringLiteral("circulation-temporaire")).code(),
                 QStringLiteral("circulation_temporaire"));
        QVERIFY(!ArreteCategory::find(QStringLiteral("urbanisme")).isValid());
        QVERIFY(!ArreteCategory::fromCode(QStringLiteral("circulation_permanente")).transmissionByDefault());
        QVERIFY(ArreteCategory::fromCode(QStringLiteral("police")).transmissionByDefault());
    }

    void numbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("annee");
        QTest::addColumn<int>("rang");
        QTest::newRow("complet") << QStringLiteral("2024-0012") << true << 2024 << 12;
        QTest::newRow("court") << QStringLiteral("2024-12") << true << 2024 << 12;
        QTest::newRow("barre") << QStringLiteral(" 2024/3 ") << true << 2024 << 3;
        QTest::newRow("espace") << QStringLiteral("2025 0001") << true << 2025 << 1;
        QTest::newRow("zéro") << QStringLiteral("2024-0000") << false << 0 << 0;
        QTest::newRow("texte") << QStringLiteral("arrêté 12") << false << 0 << 0;
        QTest::newRow("trop de chiffres") << QStringLiteral("2024-12345") << false << 0 << 0;
    }

    void numbers()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(int, annee);
        QFETCH(int, rang);
        int y = 0;
        int r = 0;
        QCOMPARE(Arrete::parseNumero(text, &y, &r), valid);
        if (valid) {
            QCOMPARE(y, annee);
            QCOMPARE(r, rang);
        }
        QCOMPARE(Arrete::formatNumero(2024, 7), QStringLiteral("2024-0007"));
        QCOMPARE(Arrete::formatNumero(2024, 1234), QStringLiteral("2024-1234"));
    }
};

QTEST_GUILESS_MAIN(TstArreteValidator)
#include "tst_arretevalidator.moc"
