#include "ReferenceFixture.h"

#include "documents/CommuneParameters.h"
#include "documents/DocumentServices.h"
#include "reference/ParameterValue.h"

#include <QBuffer>
#include <QImage>
#include <QTemporaryDir>

using namespace OpenMairie;
using namespace OpenMairie::Core;
using Test::ReferenceFixture;

class TstParameterService : public QObject
{
    Q_OBJECT

private:
    static ParameterDeclaration declaration(ParameterType type, const QString &defaultValue = {})
    {
        ParameterDeclaration d;
        d.module = QStringLiteral("elec");
        d.name = QStringLiteral("essai");
        d.label = QStringLiteral("Essai");
        d.type = type;
        d.defaultValue = defaultValue;
        if (type == ParameterType::Choice)
            d.choices = {{QStringLiteral("alpha"), QStringLiteral("Ordre alphabétique")},
                         {QStringLiteral("bureau"), QStringLiteral("Par bureau")}};
        return d;
    }
    static QByteArray png(int w = 40, int h = 20)
    {
        QImage image(w, h, QImage::Format_RGB32);
        image.fill(Qt::blue);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return bytes;
    }

private slots:
    void normalize_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("error");
        const int integer = int(ParameterType::Integer);
        const int date = int(ParameterType::Date);
        const int boolean = int(ParameterType::Boolean);
        const int choice = int(ParameterType::Choice);
        QTest::newRow("entier") << integer << QStringLiteral(" 12 ") << QStringLiteral("12") << QString();
        QTest::newRow("entier refusé") << integer << QStringLiteral("douze") << QString()
                                       << QStringLiteral("Paramètre « Essai » : « douze » n'est pas un nombre entier : "
                                                         "écrivez des chiffres seulement, par exemple 12.");
        QTest::newRow("date compacte") << date << QStringLiteral("20121975") << QStringLiteral("20/12/1975") << QString();
        QTest::newRow("date impossible") << date << QStringLiteral("31/02/2020") << QString()
                                         << QStringLiteral("Paramètre « Essai » : La date « 31/02/2020 » n'existe pas "
                                                           "(jour, mois ou année impossible).");
        QTest::newRow("oui") << boolean << QStringLiteral("Vrai") << QStringLiteral("oui") << QString();
        QTest::newRow("booléen refusé") << boolean << QStringLiteral("peut-être") << QString()
                                        << QStringLiteral("Paramètre « Essai » : « peut-être » n'est ni « oui » ni « non ».");
        QTest::newRow("choix par code") << choice << QStringLiteral("bureau") << QStringLiteral("bureau") << QString();
        QTest::newRow("choix par libellé") << choice << QStringLiteral("ordre ALPHABETIQUE") << QStringLiteral("alpha")
                                           << QString();
        QTest::newRow("choix inconnu") << choice << QStringLiteral("hasard") << QString()
                                       << QStringLiteral("Paramètre « Essai » : « hasard » n'est pas un choix possible. "
                                                         "Choix possibles : alpha, bureau.");
        QTest::newRow("vide") << integer << QStringLiteral("  ") << QString() << QString();
    }
    void normalize()
    {
        QFETCH(int, type);
        QFETCH(QString, input);
        QFETCH(QString, stored);
        QFETCH(QString, error);
        Result<QString> r = ParameterValue::normalize(declaration(ParameterType(type)), input);
        if (error.isEmpty()) {
            OM_VERIFY_OK(r);
            QCOMPARE(r.value(), stored);
        } else {
            QVERIFY(!r.ok());
            QCOMPARE(r.error().kind(), Error::Kind::InvalidInput);
            QCOMPARE(r.error().message(), error);
        }
    }

    void images()
    {
        const ParameterDeclaration d = declaration(ParameterType::Image);
        OM_VERIFY_OK(ParameterValue::validateImage(d, png()));
        Status notImage = ParameterValue::validateImage(d, QByteArray("%PDF-1.4 pas une image"));
        QVERIFY(!notImage.ok());
        QVERIFY(notImage.error().message().startsWith(
            QStringLiteral("Paramètre « Essai » : le fichier n'est pas une image lisible")));
        QVERIFY(notImage.error().message().endsWith(QStringLiteral("Choisissez une image PNG ou JPEG.")));
        Status tooBig = ParameterValue::validateImage(d, QByteArray(3 * 1024 * 1024, 'x'));
        QVERIFY(!tooBig.ok());
        QCOMPARE(tooBig.error().message(),
                 QStringLiteral("Paramètre « Essai » : l'image pèse 3072 Ko, plus que les 2 Mo admis. Réduisez-la (par "
                                "exemple à 600 pixels de large) puis choisissez-la de nouveau."));
    }

    void declarations()
    {
        ParameterRegistry registry;
        QVERIFY(registry.find(QStringLiteral("maire")));
        QVERIFY(registry.find(QStringLiteral("adjoint_delegue")));
        QCOMPARE(registry.find(QStringLiteral("logo"))->type, ParameterType::Image);
        ParameterDeclaration d = declaration(ParameterType::Integer, QStringLiteral("3"));
        OM_VERIFY_OK(registry.declare(d));
        Status twice = registry.declare(d);
        QCOMPARE(twice.error().message(), QStringLiteral("Le paramètre « essai » est déjà déclaré par le module elec."));
        ParameterDeclaration badDefault = declaration(ParameterType::Date, QStringLiteral("31/02/2020"));
        badDefault.name = QStringLiteral("autre");
        QVERIFY(registry.declare(badDefault).error().message().startsWith(
            QStringLiteral("Valeur par défaut refusée pour le paramètre « autre »")));
        ParameterDeclaration badName = d;
        badName.name = QStringLiteral("Nom accentué é");
        QVERIFY(!registry.declare(badName).ok());
        QCOMPARE(registry.modules(), (QStringList{QStringLiteral("core"), QStringLiteral("elec")}));
        registry.removeModule(QStringLiteral("elec"));
        QVERIFY(!registry.find(QStringLiteral("essai")));
        QVERIFY(registry.find(QStringLiteral("maire")));
    }

    void defaultsSetReset()
    {
        ReferenceFixture f;
        OM_VERIFY_OK(f.init());
        ParameterService &p = f.refs().parameters();
        ParameterDeclaration tri = declaration(ParameterType::Choice, QStringLiteral("alpha"));
        tri.name = QStringLiteral("tri_emargement");
        OM_VERIFY_OK(p.registry().declare(tri));

        Result<CommuneParameterValue> v = p.get(QStringLiteral("tri_emargement"));
        OM_VERIFY_OK(v);
        QCOMPARE(v->value, QStringLiteral("alpha"));
        QVERIFY(v->isDefault);
        QCOMPARE(v->version, 0);

        OM_VERIFY_OK(p.set(QStringLiteral("tri_emargement"), QStringLiteral("Par bureau")));
        v = p.get(QStringLiteral("tri_emargement"));
        QCOMPARE(v->value, QStringLiteral("bureau"));
        QVERIFY(!v->isDefault);
        QCOMPARE(v->version, 1);

        Status unknown = p.set(QStringLiteral("tri_emargement"), QStringLiteral("hasard"));
        QCOMPARE(unknown.error().kind(), Error::Kind::InvalidInput);
        QCOMPARE(p.get(QStringLiteral("tri_emargement"))->value, QStringLiteral("bureau")); // nothing half-written

        Status missing = p.set(QStringLiteral("inexistant"), QStringLiteral("x"));
        QCOMPARE(missing.error().kind(), Error::Kind::NotFound);
        QVERIFY(missing.error().message().startsWith(QStringLiteral("Le paramètre « inexistant » n'existe pas. "
                                                                    "Paramètres connus : maire, adjoint_delegue")));

        OM_VERIFY_OK(p.reset(QStringLiteral("tri_emargement")));
        v = p.get(QStringLiteral("tri_emargement"));
        QCOMPARE(v->value, QStringLiteral("alpha"));
        QVERIFY(v->isDefault);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM collectivite_parametre WHERE nom = 'tri_emargement'")), 0);

        // Documents merge the defaults and the stored values.
        OM_VERIFY_OK(p.set(QStringLiteral("maire"), QStringLiteral("  Mme   Jeanne Martin ")));
        Result<QHash<QString, QString>> merged = f.services.documents().parameters().values();
        OM_VERIFY_OK(merged);
        QCOMPARE(merged->value(QStringLiteral("maire")), QStringLiteral("Mme Jeanne Martin"));
        QCOMPARE(merged->value(QStringLiteral("qualite_signataire")), QStringLiteral("Le Maire"));
        QCOMPARE(merged->value(QStringLiteral("tri_emargement")), QStringLiteral("alpha"));
        QCOMPARE(merged->value(QStringLiteral("ville")), QStringLiteral("Arles"));
        // CommuneParameters::set of a declared parameter is typed too.
        Status typed = f.services.documents().parameters().set(QStringLiteral("tri_emargement"), QStringLiteral("x"));
        QCOMPARE(typed.error().kind(), Error::Kind::InvalidInput);
    }

    void logoInDatabase()
    {
        ReferenceFixture f;
        OM_VERIFY_OK(f.init());
        ParameterService &p = f.refs().parameters();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("blason.png"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(png(60, 30));
        file.close();
        OM_VERIFY_OK(p.set(QStringLiteral("logo"), path));
        QFile::remove(path); // stored in the base: the file is no longer needed
        Result<CommuneParameterValue> v = p.get(QStringLiteral("logo"));
        QVERIFY(v->hasImage);
        Result<Documents::MergeContext> ctx = f.services.documents().mergeContext();
        OM_VERIFY_OK(ctx);
        QCOMPARE(ctx->logo.size(), QSize(60, 30));

        const QString text = dir.filePath(QStringLiteral("faux.png"));
        QFile fake(text);
        QVERIFY(fake.open(QIODevice::WriteOnly));
        fake.write("ceci n'est pas une image");
        fake.close();
        Status bad = p.set(QStringLiteral("logo"), text);
        QCOMPARE(bad.error().kind(), Error::Kind::InvalidInput);
        QVERIFY(bad.error().message().startsWith(QStringLiteral("Paramètre « Logo de la commune » : le fichier n'est pas "
                                                                "une image lisible")));
        Status absent = p.set(QStringLiteral("logo"), dir.filePath(QStringLiteral("absent.png")));
        QVERIFY(absent.error().message().startsWith(QStringLiteral("Le fichier image « ")));
        QCOMPARE(p.image(QStringLiteral("logo"))->size(), png(60, 30).size()); // the good one stays
    }

    void concurrentChangeIsRefused()
    {
        ReferenceFixture f;
        OM_VERIFY_OK(f.init());
        ParameterService &p = f.refs().parameters();
        OM_VERIFY_OK(p.set(QStringLiteral("maire"), QStringLiteral("M. Dupont")));
        const int shown = p.get(QStringLiteral("maire"))->version;
        OM_VERIFY_OK(p.set(QStringLiteral("maire"), QStringLiteral("Mme Durand"), shown)); // another seat saves
        Status stale = p.set(QStringLiteral("maire"), QStringLiteral("M. Martin"), shown);
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().kind(), Error::Kind::Conflict);
        QCOMPARE(stale.error().message(),
                 QStringLiteral("Modification refusée : quelqu'un d'autre a modifié le paramètre « Nom du maire » "
                                "depuis son affichage. Rouvrez la fiche pour voir sa valeur actuelle, puis refaites "
                                "votre modification."));
        QCOMPARE(p.get(QStringLiteral("maire"))->value, QStringLiteral("Mme Durand"));
        QCOMPARE(p.reset(QStringLiteral("maire"), shown).error().kind(), Error::Kind::Conflict);
    }

    void consultationCannotChange()
    {
        ReferenceFixture f;
        OM_VERIFY_OK(f.init());
        Status denied = f.as(Profile::Consultation, [&] {
            return f.refs().parameters().set(QStringLiteral("maire"), QStringLiteral("M. Intrus"));
        });
        QCOMPARE(denied.error().kind(), Error::Kind::PermissionDenied);
        QCOMPARE(denied.error().message(),
                 QStringLiteral("Votre profil ne permet pas cette opération (modifier les paramètres de la commune : "
                                "maire, adresse, logo, options des modules). Demandez ce droit à l'administrateur."));
        // Reading is open to everyone.
        Result<QList<CommuneParameterValue>> read =
            f.as(Profile::Consultation, [&] { return f.refs().parameters().list(); });
        OM_VERIFY_OK(read);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM collectivite_parametre")), 0);
    }
};

QTEST_GUILESS_MAIN(TstParameterService)
#include "tst_parameterservice.moc"
