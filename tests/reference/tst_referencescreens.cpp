#include "ReferenceFixture.h"

#include "CommuneParametersPage.h"
#include "ParameterField.h"
#include "ReferenceAdministration.h"
#include "ReferenceTableEditor.h"
#include "VoieEditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>

using namespace OpenMairie;
using namespace OpenMairie::Core;
using namespace OpenMairie::CoreUi;
using Test::ReferenceFixture;

class TstReferenceScreens : public QObject
{
    Q_OBJECT

private:
    // Screenshots for the documentation and the review, when OM_SCREENSHOT_DIR is set.
    static void snapshot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("OM_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        w->resize(1000, 660);
        w->show();
        QApplication::processEvents();
        w->grab().save(dir + u'/' + name);
    }
    template <typename T>
    static T *child(QWidget *parent, const QString &name)
    {
        T *w = parent->findChild<T *>(name);
        if (!w)
            qWarning("widget introuvable : %s", qPrintable(name));
        return w;
    }

private slots:
    void parametersFormIsGeneratedSavedAndReset()
    {
        ReferenceFixture f;
        OM_VERIFY_OK(f.init());
        ParameterDeclaration tri;
        tri.module = QStringLiteral("elec");
        tri.name = QStringLiteral("tri_emargement");
        tri.label = QStringLiteral("Tri de la liste d'émargement");
        tri.type = ParameterType::Choice;
        tri.defaultValue = QStringLiteral("alpha");
        tri.choices = {{QStringLiteral("alpha"), QStringLiteral("Ordre alphabétique")},
                       {QStringLiteral("bureau"), QStringLiteral("Par bureau, puis alphabétique")}};
        OM_VERIFY_OK(f.refs().parameterRegistry().declare(tri));
        ParameterDeclaration seuil;
        seuil.module = QStringLiteral("elec");
        seuil.name = QStringLiteral("seuil_alerte");
        seuil.label = QStringLiteral("Électeurs par bureau avant alerte");
        seuil.type = ParameterType::Integer;
        seuil.defaultValue = QStringLiteral("1000");
        OM_VERIFY_OK(f.refs().parameterRegistry().declare(seuil));

        CommuneParametersPage page(f.refs().parameters(), f.services.permissions());
        QVERIFY(page.findChild<QGroupBox *>(QStringLiteral("groupe_core")));
        QVERIFY(page.findChild<QGroupBox *>(QStringLiteral("groupe_elec")));
        QVERIFY(page.field(QStringLiteral("maire")));
        QVERIFY(page.field(QStringLiteral("adresse"))->findChild<QPlainTextEdit *>());
        QVERIFY(page.field(QStringLiteral("logo"))->findChild<QLabel *>(QStringLiteral("apercu")));
        auto *save = child<QPushButton>(&page, QStringLiteral("enregistrer"));
        QVERIFY(!save->isEnabled()); // nothing modified yet

        child<QLineEdit>(page.field(QStringLiteral("maire")), QStringLiteral("editeur"))->setText(QStringLiteral("Mme Jeanne Martin"));
        child<QComboBox>(page.field(QStringLiteral("tri_emargement")), QStringLiteral("editeur"))->setCurrentIndex(1);
        child<QLineEdit>(page.field(QStringLiteral("seuil_alerte")), QStringLiteral("editeur"))->setText(QStringLiteral("mille"));
        QVERIFY(save->isEnabled());
        QVERIFY(!page.save());
        QCOMPARE(page.messageText(), QStringLiteral("Paramètre « Électeurs par bureau avant alerte » : « mille » n'est pas "
                                                    "un nombre entier : écrivez des chiffres seulement, par exemple 12."));
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM collectivite_parametre")), 0); // nothing half-written

        child<QLineEdit>(page.field(QStringLiteral("seuil_alerte")), QStringLiteral("editeur"))->setText(QStringLiteral("800"));
        QTemporaryDir dir;
        QImage logo(240, 120, QImage::Format_RGB32);
        logo.fill(Qt::white);
        {
            QPainter painter(&logo);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setBrush(QColor(0, 70, 140));
            painter.setPen(Qt::NoPen);
            painter.drawRoundedRect(QRectF(8, 8, 224, 104), 14, 14);
            painter.setPen(Qt::white);
            QFont font = painter.font();
            font.setPixelSize(34);
            font.setBold(true);
            painter.setFont(font);
            painter.drawText(logo.rect(), Qt::AlignCenter, QStringLiteral("ARLES"));
        }
        QVERIFY(logo.save(dir.filePath(QStringLiteral("blason.png"))));
        QFile notImage(dir.filePath(QStringLiteral("faux.png")));
        QVERIFY(notImage.open(QIODevice::WriteOnly));
        notImage.write("texte");
        notImage.close();
        QVERIFY(!page.loadImageFile(QStringLiteral("logo"), notImage.fileName()));
        QVERIFY(page.messageText().startsWith(QStringLiteral("Paramètre « Logo de la commune » : le fichier n'est pas une "
                                                             "image lisible")));
        QVERIFY(page.loadImageFile(QStringLiteral("logo"), dir.filePath(QStringLiteral("blason.png"))));
        QVERIFY(page.save());
        QCOMPARE(page.messageText(), QStringLiteral("4 paramètre(s) enregistré(s)."));
        ParameterService &p = f.refs().parameters();
        QCOMPARE(p.get(QStringLiteral("maire"))->value, QStringLiteral("Mme Jeanne Martin"));
        QCOMPARE(p.get(QStringLiteral("tri_emargement"))->value, QStringLiteral("bureau"));
        QCOMPARE(p.get(QStringLiteral("seuil_alerte"))->value, QStringLiteral("800"));
        QVERIFY(p.get(QStringLiteral("logo"))->hasImage);
        QVERIFY(!child<QLabel>(page.field(QStringLiteral("logo")), QStringLiteral("apercu"))->pixmap().isNull());
        snapshot(&page, QStringLiteral("parametres-commune.png"));

        QVERIFY(page.resetToDefault(QStringLiteral("tri_emargement")));
        QCOMPARE(page.messageText(), QStringLiteral("« Tri de la liste d'émargement » reprend sa valeur par défaut."));
        QCOMPARE(p.get(QStringLiteral("tri_emargement"))->value, QStringLiteral("alpha"));
        QVERIFY(p.get(QStringLiteral("tri_emargement"))->isDefault);
        QCOMPARE(child<QComboBox>(page.field(QStringLiteral("tri_emargement")), QStringLiteral("editeur"))->currentData(),
                 QVariant(QStringLiteral("alpha")));

        // Another seat changed the mayor since the page was shown: refused, the other value stays.
        child<QLineEdit>(page.field(QStringLiteral("maire")), QStringLiteral("editeur"))->setText(QStringLiteral("M. Paul"));
        OM_VERIFY_OK(p.set(QStringLiteral("maire"), QStringLiteral("Mme Durand")));
        QVERIFY(!page.save());
        QVERIFY(page.messageText().startsWith(QStringLiteral("Modification refusée : quelqu'un d'autre a modifié le "
                                                             "paramètre « Nom du maire »")));
        QCOMPARE(p.get(QStringLiteral("maire"))->value, QStringLiteral("Mme Durand"));
    }

    void parametersReadOnlyForConsultation()
    {
        ReferenceFixture f;
        OM_VERIFY_OK(f.init());
        bool hidden = f.as(Profile::Consultation, [&] {
            CommuneParametersPage page(f.refs().parameters(), f.services.permissions());
            return page.findChild<QPushButton *>(QStringLiteral("enregistrer"))->isHidden()
                   && !page.field(QStringLiteral("maire"))->findChild<QLineEdit *>()->isEnabled()
                   && page.messageText().startsWith(QStringLiteral("Consultation seule"));
        });
        QVERIFY(hidden);
        // The menu offers the parameters screen to the administrator only; tables and streets to all.
        QMenu menu;
        ReferenceAdministration admin(f.services, &menu, nullptr);
        QVERIFY(admin.parametersAction()->isVisible());
        bool consultationSees = f.as(Profile::Consultation, [&] {
            return std::make_pair(admin.parametersAction()->isVisible(), admin.voiesAction()->isVisible());
        }) == std::make_pair(false, true);
        QVERIFY(consultationSees);
    }

    void referenceTableEditor()
    {
        ReferenceFixture f;
        OM_VERIFY_OK(f.init());
        ReferenceTableEditor editor(f.refs().tables(), f.services.permissions());
        editor.setTable(QStringLiteral("civilite"));
        QCOMPARE(editor.visibleCodes(), (QStringList{QStringLiteral("M"), QStringLiteral("MME")}));
        editor.setShowRetired(true);
        QCOMPARE(editor.visibleCodes(), (QStringList{QStringLiteral("M"), QStringLiteral("MLLE"), QStringLiteral("MME")}));

        editor.setTable(QStringLiteral("nationalite"));
        QVERIFY(child<QLineEdit>(&editor, QStringLiteral("pays"))->isVisibleTo(&editor));
        editor.setFilter(QStringLiteral("FRANCAISE"));
        QCOMPARE(editor.visibleCodes(), QStringList{QStringLiteral("FR")});
        editor.setFilter({});
        editor.startNew();
        child<QLineEdit>(&editor, QStringLiteral("code"))->setText(QStringLiteral("ch"));
        child<QLineEdit>(&editor, QStringLiteral("libelle"))->setText(QStringLiteral("suisse"));
        child<QLineEdit>(&editor, QStringLiteral("pays"))->setText(QStringLiteral("99999"));
        QVERIFY(!editor.save());
        QCOMPARE(editor.messageText(),
                 QStringLiteral("Le pays de code « 99999 » n'existe pas : indiquez son code INSEE (99100 pour la France)."));
        child<QLineEdit>(&editor, QStringLiteral("pays"))->setText(QStringLiteral("99140"));
        QVERIFY(editor.save());
        QCOMPARE(f.refs().tables().findByCode(ReferenceTable::nationalite(), QStringLiteral("CH"))->paysCode,
                 QStringLiteral("99140"));
        QVERIFY(editor.selectCode(QStringLiteral("CH")));
        QVERIFY(editor.retireCurrent(QDate::currentDate()));
        QVERIFY(editor.messageText().startsWith(QStringLiteral("« suisse » n'est plus proposé à partir du")));
        QVERIFY(editor.visibleCodes().contains(QStringLiteral("CH"))); // retired values still shown
        editor.setShowRetired(false);
        QVERIFY(!editor.visibleCodes().contains(QStringLiteral("CH")));
        editor.setTable(QStringLiteral("pays"));
        editor.setShowRetired(true);
        QVERIFY(editor.selectCode(QStringLiteral("99134")));
        snapshot(&editor, QStringLiteral("tables-reference.png"));
    }

    void voieEditorWithRanges()
    {
        ReferenceFixture f;
        OM_VERIFY_OK(f.init());
        VoieEditor editor(f.refs().voies(), f.refs().tables(), f.services.permissions());
        editor.startNew();
        child<QLineEdit>(&editor, QStringLiteral("code"))->setText(QStringLiteral("REP"));
        auto *type = child<QComboBox>(&editor, QStringLiteral("type"));
        type->setCurrentIndex(type->findData(QStringLiteral("RUE")));
        child<QLineEdit>(&editor, QStringLiteral("libelle"))->setText(QStringLiteral("de la République"));
        QVERIFY(editor.save());
        QCOMPARE(editor.messageText(), QStringLiteral("La voie « rue de la République » est enregistrée."));
        QVERIFY(editor.addRange(1, 99, VoieRange::Side::Impair));
        QVERIFY(editor.addRange(2, 120, VoieRange::Side::Pair));
        QVERIFY(!editor.addRange(50, 60, VoieRange::Side::Tous));
        QVERIFY(editor.messageText().startsWith(QStringLiteral("Plage refusée : « du 50 au 60, les deux côtés » chevauche")));
        QCOMPARE(editor.rangeCount(), 2);

        editor.startNew();
        child<QLineEdit>(&editor, QStringLiteral("code"))->setText(QStringLiteral("LIC"));
        type->setCurrentIndex(type->findData(QStringLiteral("BD")));
        child<QLineEdit>(&editor, QStringLiteral("libelle"))->setText(QStringLiteral("des Lices"));
        QVERIFY(editor.save());
        editor.startNew();
        child<QLineEdit>(&editor, QStringLiteral("code"))->setText(QStringLiteral("VH"));
        type->setCurrentIndex(type->findData(QStringLiteral("AV")));
        child<QLineEdit>(&editor, QStringLiteral("libelle"))->setText(QStringLiteral("Victor Hugo"));
        QVERIFY(editor.save());
        QVERIFY(editor.retireCurrent(QDate::currentDate()));
        QCOMPARE(editor.visibleCodes(), (QStringList{QStringLiteral("LIC"), QStringLiteral("REP")}));
        editor.setShowRetired(true);
        QCOMPARE(editor.visibleCodes().size(), 3);
        editor.setFilter(QStringLiteral("republique"));
        QCOMPARE(editor.visibleCodes(), QStringList{QStringLiteral("REP")});
        editor.setFilter({});
        QVERIFY(editor.selectCode(QStringLiteral("REP")));
        QCOMPARE(editor.rangeCount(), 2);
        snapshot(&editor, QStringLiteral("voies.png"));
    }
};

QTEST_MAIN(TstReferenceScreens)
#include "tst_referencescreens.moc"
