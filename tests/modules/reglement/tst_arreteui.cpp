// The register's widgets offscreen, on a real database: the paged list model, the form with its
// inline messages, the abrogation dialog and the view's search as you type.
#include "ReglementFixture.h"

#include "ArreteForm.h"
#include "ArreteListModel.h"
#include "ArreteView.h"
#include "EndOfValidityDialog.h"

#include "DateLineEdit.h"
#include "exchange/ExportDialog.h"
#include "exchange/ExportTargetPicker.h"
#include "exchange/ColumnPicker.h"
#include "exchange/ListExportButton.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QFile>

using namespace OpenMairie;
using namespace OpenMairie::Reglement;
using Test::ReglementFixture;

namespace {
template <typename T>
T *child(QWidget *w, const char *name)
{
    T *c = w->findChild<T *>(QString::fromLatin1(name));
    if (!c)
        qWarning("missing child %s", name);
    return c;
}

void type(QLineEdit *edit, const QString &text)
{
    edit->setText(text);
    emit edit->textEdited(text);
    emit edit->editingFinished();
}

Arrete createOne(ReglementFixture &f, const QDate &date, const QString &objet, const QString &categorie = QStringLiteral("reglementaire"))
{
    Core::Result<Arrete> a = f.service->create(ReglementFixture::draft(date, objet, categorie));
    if (!a)
        qWarning("%s", qPrintable(a.error().fullText()));
    return a ? a.value() : Arrete();
}
} // namespace

class TstArreteUi : public QObject
{
    Q_OBJECT

private slots:
    void listModelFetchesPageByPage()
    {
        REGLEMENT_FIXTURE(f);
        for (int i = 0; i < 25; ++i)
            createOne(f, QDate(2024, 1, 1).addDays(i), QStringLiteral("Arrêté %1").arg(i + 1));
        ArreteListModel model(*f.service);
        model.setPageSize(10);
        QSignalSpy totals(&model, &ArreteListModel::totalCountChanged);
        model.setFilter({});
        QCOMPARE(totals.size(), 1);
        QCOMPARE(totals.first().first().toInt(), 25);
        QCOMPARE(model.totalCount(), 25);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.columnCount(), 9);
        QVERIFY(model.canFetchMore({}));
        QCOMPARE(model.index(0, ArreteListModel::Numero).data().toString(), QStringLiteral("2024-0025"));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 20);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 25);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.index(24, ArreteListModel::Numero).data().toString(), QStringLiteral("2024-0001"));
        QCOMPARE(model.rowOfId(model.arreteAt(24)->id), 24);

        ArreteFilter filter;
        filter.recherche = QStringLiteral("arrete 2");
        model.setFilter(filter); // "Arrêté 2", "Arrêté 12", "Arrêté 20"…"Arrêté 25"
        QCOMPARE(model.totalCount(), 8);
        QCOMPARE(model.rowCount(), 8);
        QVERIFY(!model.canFetchMore({}));

        // reload() keeps as many rows as were shown.
        model.setFilter({});
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 20);
        createOne(f, QDate(2024, 3, 1), QStringLiteral("Nouveau"));
        model.reload();
        QCOMPARE(model.totalCount(), 26);
        QCOMPARE(model.rowCount(), 20);
        QCOMPARE(model.index(0, ArreteListModel::Objet).data().toString(), QStringLiteral("Nouveau"));
    }

    void listModelCells()
    {
        REGLEMENT_FIXTURE(f);
        ArreteDraft d = ReglementFixture::draft(QDate(2024, 3, 1), QStringLiteral("Brocante"),
                                                QStringLiteral("circulation_temporaire"));
        d.datePublication = QDate(2024, 3, 2);
        OM_VERIFY_OK(f.service->create(d));
        ArreteDraft i = ReglementFixture::draft(QDate(2024, 3, 3), QStringLiteral("Terrasse"), QStringLiteral("individuel"));
        i.dateNotification = QDate(2024, 3, 4);
        OM_VERIFY_OK(f.service->create(i));
        ArreteListModel model(*f.service);
        model.setFilter({});
        auto cell = [&](int row, int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
        QCOMPARE(cell(0, ArreteListModel::Date).toString(), QStringLiteral("03/03/2024"));
        QCOMPARE(cell(0, ArreteListModel::Categorie).toString(), QStringLiteral("Individuel"));
        QCOMPARE(cell(0, ArreteListModel::Publie).toString(), QStringLiteral("notifié le 04/03/2024"));
        QCOMPARE(cell(0, ArreteListModel::Transmis).toString(), QStringLiteral("à transmettre"));
        QCOMPARE(cell(0, ArreteListModel::Executoire).toString(), QStringLiteral("Non"));
        QCOMPARE(cell(0, ArreteListModel::Executoire, Qt::ToolTipRole).toString(),
                 QStringLiteral("Non exécutoire : il manque la transmission à la préfecture (contrôle de légalité)."));
        QCOMPARE(cell(1, ArreteListModel::Publie).toString(), QStringLiteral("02/03/2024"));
        QCOMPARE(cell(1, ArreteListModel::Transmis).toString(), QStringLiteral("non requise"));
        QCOMPARE(cell(1, ArreteListModel::Executoire).toString(), QStringLiteral("Oui"));
        QCOMPARE(cell(1, ArreteListModel::Signataire).toString(), QStringLiteral("Le Maire, Jean Dupont"));
        QCOMPARE(model.headerData(ArreteListModel::Numero, Qt::Horizontal).toString(), QStringLiteral("Numéro"));
        QCOMPARE(model.headerData(ArreteListModel::Publie, Qt::Horizontal).toString(), QStringLiteral("Publié"));
    }

    void listModelReportsErrors()
    {
        REGLEMENT_FIXTURE(f);
        f.services.session().end();
        ArreteListModel model(*f.service);
        QSignalSpy failed(&model, &ArreteListModel::loadFailed);
        model.setFilter({});
        QCOMPARE(failed.size(), 1);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.lastError().kind(), Core::Error::Kind::PermissionDenied);
    }

    void newFormDefaultsAndInlineMessages()
    {
        REGLEMENT_FIXTURE(f);
        createOne(f, QDate(2024, 1, 5), QStringLiteral("Précédent"));
        ArreteForm form(*f.service);
        auto *date = child<CoreUi::DateLineEdit>(&form, "dateSignature");
        auto *objet = child<QPlainTextEdit>(&form, "objet");
        auto *signataire = child<QLineEdit>(&form, "signataire");
        auto *categorie = child<QComboBox>(&form, "categorie");
        auto *publication = child<CoreUi::DateLineEdit>(&form, "datePublication");
        auto *transmission = child<QCheckBox>(&form, "transmissionRequise");
        QVERIFY(date && objet && signataire && categorie && publication && transmission);
        QCOMPARE(date->text(), QStringLiteral("15/06/2024"));
        QCOMPARE(signataire->text(), QStringLiteral("Le Maire, Jean Dupont"));
        // An untouched form shows no red.
        QVERIFY(form.shownError(ArreteField::Objet).isEmpty());
        QVERIFY(form.shownError(ArreteField::Categorie).isEmpty());

        type(date, QStringLiteral("31022024"));
        QCOMPARE(form.shownError(ArreteField::DateSignature),
                 QStringLiteral("La date « 31022024 » n'existe pas (jour, mois ou année impossible)."));
        type(date, QStringLiteral("16062024"));
        QCOMPARE(form.shownError(ArreteField::DateSignature),
                 QStringLiteral("La date de signature (16/06/2024) est postérieure à aujourd'hui (15/06/2024) : un "
                                "arrêté est enregistré une fois signé."));
        type(date, QStringLiteral("01032024"));
        QVERIFY(form.shownError(ArreteField::DateSignature).isEmpty());
        type(publication, QStringLiteral("29/02/2024"));
        QCOMPARE(form.shownError(ArreteField::DatePublication),
                 QStringLiteral("La date de publication ou d'affichage (29/02/2024) précède la date de signature "
                                "(01/03/2024) : un arrêté n'est publié qu'une fois signé. Corrigez l'une des deux dates."));
        type(publication, QStringLiteral("02/03/2024"));
        QVERIFY(form.shownError(ArreteField::DatePublication).isEmpty());

        // The category sets the transmission default until the agent chooses himself.
        categorie->setCurrentIndex(categorie->findData(QStringLiteral("circulation_permanente")));
        QVERIFY(!transmission->isChecked());
        QCOMPARE(form.executoireText(), QStringLiteral("Caractère exécutoire : Exécutoire depuis le 02/03/2024"));
        categorie->setCurrentIndex(categorie->findData(QStringLiteral("police")));
        QVERIFY(transmission->isChecked());
        QCOMPARE(form.executoireText(), QStringLiteral("Caractère exécutoire : Non exécutoire : il manque la "
                                                       "transmission à la préfecture (contrôle de légalité)."));
        transmission->click();
        QVERIFY(!transmission->isChecked());
        categorie->setCurrentIndex(categorie->findData(QStringLiteral("reglementaire")));
        QVERIFY(!transmission->isChecked());

        // Saving shows every message at once and keeps the dialog open.
        objet->setPlainText(QString());
        signataire->clear();
        QVERIFY(!form.save());
        QCOMPARE(form.shownError(ArreteField::Objet),
                 QStringLiteral("L'objet est obligatoire : indiquez en une phrase ce que décide l'arrêté."));
        QCOMPARE(form.shownError(ArreteField::Signataire),
                 QStringLiteral("Indiquez le signataire, avec son nom et sa qualité (par exemple « Le Maire, Jean "
                                "Dupont »)."));
        QCOMPARE(f.service->count({}).value(), 1);

        objet->setPlainText(QString(2001, u'a'));
        QCOMPARE(child<QLabel>(&form, "compteurObjet")->text(), QStringLiteral("2001 / 2000 caractères"));
        QVERIFY(form.shownError(ArreteField::Objet).startsWith(QStringLiteral("L'objet compte 2001 caractères")));

        QSignalSpy saved(&form, &ArreteForm::saved);
        objet->setPlainText(QStringLiteral("Arrêté portant règlement intérieur du cimetière"));
        signataire->setText(QStringLiteral("Le Maire, Catherine Lemoine"));
        QVERIFY(form.shownError(ArreteField::Objet).isEmpty());
        QVERIFY(form.save());
        QCOMPARE(saved.size(), 1);
        QCOMPARE(form.result(), int(QDialog::Accepted));
        QVERIFY(form.savedArrete());
        QCOMPARE(form.savedArrete()->numero, QStringLiteral("2024-0002"));
        QCOMPARE(form.savedArrete()->dateSignature, QDate(2024, 3, 1));
        QCOMPARE(form.savedArrete()->datePublication, QDate(2024, 3, 2));
        QVERIFY(!form.savedArrete()->transmissionRequise);
        QCOMPARE(form.savedArrete()->signataire, QStringLiteral("Le Maire, Catherine Lemoine"));
    }

    void editFormReportsAConflict()
    {
        REGLEMENT_FIXTURE(f);
        const Arrete a = createOne(f, QDate(2024, 3, 1), QStringLiteral("Version d'origine"));
        ArreteForm form(*f.service, a);
        QVERIFY(!form.isReadOnly());
        QCOMPARE(child<QPlainTextEdit>(&form, "objet")->toPlainText(), QStringLiteral("Version d'origine"));
        QCOMPARE(child<QLineEdit>(&form, "dateSignature")->text(), QStringLiteral("01/03/2024"));

        // Another agent saves first.
        ArreteDraft other = a.toDraft();
        other.objet = QStringLiteral("Version d'un collègue");
        OM_VERIFY_OK(f.service->update(a.id, a.version, other));

        child<QPlainTextEdit>(&form, "objet")->setPlainText(QStringLiteral("Ma version"));
        QVERIFY(!form.save());
        QVERIFY2(form.generalError().startsWith(QStringLiteral("L'arrêté 2024-0001 a été modifié par ")),
                 qPrintable(form.generalError()));
        QVERIFY(form.generalError().contains(QStringLiteral("rechargez-le")));
        QCOMPARE(f.service->get(a.id)->objet, QStringLiteral("Version d'un collègue"));

        // The number's year cannot change.
        ArreteForm fresh(*f.service, f.service->get(a.id).value());
        type(child<QLineEdit>(&fresh, "dateSignature"), QStringLiteral("31/12/2023"));
        QVERIFY(fresh.shownError(ArreteField::DateSignature).startsWith(
            QStringLiteral("Le numéro de cet arrêté appartient à l'année 2024")));
        type(child<QLineEdit>(&fresh, "dateSignature"), QStringLiteral("02/03/2024"));
        QVERIFY(fresh.save());
        QCOMPARE(fresh.savedArrete()->version, 3);
        QCOMPARE(fresh.savedArrete()->dateSignature, QDate(2024, 3, 2));
    }

    void formIsReadOnlyWhenItMustBe()
    {
        REGLEMENT_FIXTURE(f);
        const Arrete a = createOne(f, QDate(2024, 3, 1), QStringLiteral("Ancien"));
        Core::Result<Arrete> ended = f.service->abrogate(a.id, 1, QDate(2024, 5, 1), QStringLiteral("Remplacé"));
        OM_VERIFY_OK(ended);
        ArreteForm abrogated(*f.service, ended.value());
        QVERIFY(abrogated.isReadOnly());
        QVERIFY(!abrogated.save());
        QCOMPARE(child<QLabel>(&abrogated, "bandeauEtat")->text(), QStringLiteral("Abrogé le 01/05/2024 : Remplacé"));
        QCOMPARE(abrogated.executoireText(), QStringLiteral("Caractère exécutoire : Abrogé le 01/05/2024"));

        const Arrete b = createOne(f, QDate(2024, 3, 2), QStringLiteral("En vigueur"));
        Core::Session &session = f.services.session();
        const Core::SessionCommune commune = session.commune();
        session.start({session.user().id, session.user().login, session.user().displayName,
                       Core::Profile::Consultation, false},
                      {commune}, commune);
        ArreteForm consult(*f.service, b);
        QVERIFY(consult.isReadOnly());
        QVERIFY(child<QLineEdit>(&consult, "signataire")->isReadOnly());
        QCOMPARE(child<QLabel>(&consult, "bandeauEtat")->text(),
                 QStringLiteral("Consultation seule : votre profil ne permet pas de modifier les arrêtés."));
    }

    void endOfValidityDialog()
    {
        REGLEMENT_FIXTURE(f);
        const Arrete a = createOne(f, QDate(2024, 3, 1), QStringLiteral("Baignade"));
        EndOfValidityDialog dialog(*f.service, a, ArreteState::Abroge);
        QCOMPARE(child<QLineEdit>(&dialog, "dateFin")->text(), QStringLiteral("15/06/2024"));
        QVERIFY(!dialog.confirm());
        QCOMPARE(dialog.shownError(), QStringLiteral("Indiquez le motif de l'abrogation (par exemple « remplacé par "
                                                     "l'arrêté 2025-0003 »)."));
        child<QLineEdit>(&dialog, "dateFin")->setText(QStringLiteral("30022024"));
        child<QPlainTextEdit>(&dialog, "motifFin")->setPlainText(QStringLiteral("Remplacé"));
        QVERIFY(!dialog.confirm());
        QCOMPARE(dialog.shownError(), QStringLiteral("La date « 30022024 » n'existe pas (jour, mois ou année impossible)."));
        child<QLineEdit>(&dialog, "dateFin")->setText(QStringLiteral("01/06/2024"));
        QVERIFY(dialog.confirm());
        QCOMPARE(dialog.result()->etat, ArreteState::Abroge);
        QCOMPARE(f.service->get(a.id)->dateFin, QDate(2024, 6, 1));

        const Arrete b = createOne(f, QDate(2024, 3, 2), QStringLiteral("Élagage"));
        EndOfValidityDialog cancel(*f.service, b, ArreteState::Annule);
        child<QPlainTextEdit>(&cancel, "motifFin")->setPlainText(QStringLiteral("Annulé par le tribunal administratif"));
        QVERIFY(cancel.confirm());
        QCOMPARE(f.service->get(b.id)->etat, ArreteState::Annule);
    }

    void viewSearchesAsYouType()
    {
        REGLEMENT_FIXTURE(f);
        createOne(f, QDate(2023, 6, 12), QStringLiteral("Circulation pour la Fête de la musique"), QStringLiteral("circulation_temporaire"));
        createOne(f, QDate(2024, 6, 1), QStringLiteral("Police des baignades"), QStringLiteral("police"));
        createOne(f, QDate(2024, 6, 12), QStringLiteral("FÊTE DE LA MUSIQUE : circulation"), QStringLiteral("circulation_temporaire"));
        ArreteView view(*f.service, f.services.session());
        QCOMPARE(view.model()->rowCount(), 3);
        QCOMPARE(child<QLabel>(&view, "compte")->text(), QStringLiteral("3 arrêté(s)"));
        auto *years = child<QComboBox>(&view, "annee");
        QCOMPARE(years->count(), 3);
        QCOMPARE(years->itemText(1), QStringLiteral("2024"));

        QTest::keyClicks(child<QLineEdit>(&view, "recherche"), QStringLiteral("fete"));
        QTRY_COMPARE(view.model()->rowCount(), 2);
        QCOMPARE(view.model()->index(0, 0).data().toString(), QStringLiteral("2024-0002"));

        years->setCurrentIndex(years->findData(2023));
        emit years->activated(years->currentIndex());
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.model()->index(0, 0).data().toString(), QStringLiteral("2023-0001"));

        child<QLineEdit>(&view, "recherche")->clear();
        years->setCurrentIndex(0);
        auto *categories = child<QComboBox>(&view, "categorie");
        categories->setCurrentIndex(categories->findData(QStringLiteral("police")));
        view.applyFilters();
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.model()->index(0, 2).data().toString(), QStringLiteral("Police des baignades"));

        // Del on a row: the refusal and what to do instead, where the agent is looking.
        view.table()->setCurrentIndex(view.model()->index(0, 0));
        view.deleteCurrent();
        QVERIFY(view.errorText().startsWith(QStringLiteral("L'arrêté 2024-0001 ne peut pas être supprimé")));
        QCOMPARE(f.service->count({}).value(), 3);
        QVERIFY(child<QPushButton>(&view, "abroger")->isEnabled());
    }

    // "Exporter…" on the register: the rows the filters show, the columns the agent keeps, in the
    // CSV Excel opens (";", UTF-8 with BOM, dd/MM/yyyy); the commune column only in the niveau-2 view.
    void viewExportsTheFilteredList()
    {
        REGLEMENT_FIXTURE(f);
        createOne(f, QDate(2024, 6, 1), QStringLiteral("Police des baignades"), QStringLiteral("police"));
        createOne(f, QDate(2024, 6, 12), QStringLiteral("Fête de la musique : circulation"), QStringLiteral("circulation_temporaire"));
        ArreteView view(*f.service, f.services.session());
        view.setExporter(&f.services.exporter());
        QVERIFY(view.exportButton());
        QVERIFY(view.table()->isColumnHidden(ArreteListModel::Commune));
        QTest::keyClicks(child<QLineEdit>(&view, "recherche"), QStringLiteral("musique"));
        QTRY_COMPARE(view.model()->rowCount(), 1);

        CoreUi::ExportDialog *dialog = view.exportButton()->openDialog();
        QVERIFY(dialog);
        QCOMPARE(view.exportButton()->openDialog(), dialog); // one at a time
        const QStringList offered = dialog->columnPicker()->checkedKeys();
        QVERIFY(!offered.contains(QString::number(ArreteListModel::Commune)));
        for (const QString &key : offered)
            if (key != QString::number(ArreteListModel::Numero) && key != QString::number(ArreteListModel::Date)
                && key != QString::number(ArreteListModel::Objet))
                dialog->columnPicker()->setChecked(key, false);
        QTemporaryDir dir;
        dialog->targetPicker()->setFilePath(dir.filePath(QStringLiteral("arretes.csv")));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);
        QVERIFY2(dialog->lastSummary().has_value(), qPrintable(dialog->errorText()));
        QFile csv(dir.filePath(QStringLiteral("arretes.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        // Bytes, not text: QString::fromUtf8 would drop the BOM Excel needs.
        QCOMPARE(csv.readAll(), QByteArray("\xEF\xBB\xBF")
                                    + QStringLiteral("Numéro;Date;Objet\r\n2024-0002;12/06/2024;Fête de la musique : "
                                                     "circulation\r\n").toUtf8());
    }

    void viewFollowsTheCommune()
    {
        REGLEMENT_FIXTURE(f);
        createOne(f, QDate(2024, 2, 1), QStringLiteral("Arles"));
        Core::Session &session = f.services.session();
        const Core::SessionCommune arles = session.commune();
        Core::Result<Core::SessionCommune> marseille = f.services.communes().addFromInsee(QStringLiteral("13055"),
                                                                                          session.user().login);
        OM_VERIFY_OK(marseille);
        ArreteView view(*f.service, session);
        QCOMPARE(view.model()->rowCount(), 1);
        session.start(session.user(), {arles, marseille.value()}, marseille.value());
        QCOMPARE(view.model()->rowCount(), 0);
        QCOMPARE(child<QLabel>(&view, "compte")->text(), QStringLiteral("Aucun arrêté"));
        QVERIFY(session.switchCommune(QStringLiteral("13004")));
        QCOMPARE(view.model()->rowCount(), 1);

        // A Consultation agent reads the register but is offered neither creation nor abrogation.
        session.start({session.user().id, session.user().login, session.user().displayName,
                       Core::Profile::Consultation, false},
                      {arles}, arles);
        view.table()->setCurrentIndex(view.model()->index(0, 0));
        QVERIFY(!child<QPushButton>(&view, "nouveau")->isEnabled());
        QVERIFY(!child<QPushButton>(&view, "abroger")->isEnabled());
        QVERIFY(child<QPushButton>(&view, "ouvrir")->isEnabled());
    }
};

QTEST_MAIN(TstArreteUi)
#include "tst_arreteui.moc"
