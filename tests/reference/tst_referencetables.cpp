#include "ReferenceFixture.h"

#include "reference/ShippedReferenceData.h"

#include "TextNormalizer.h"

using namespace OpenMairie;
using namespace OpenMairie::Core;
using Test::ReferenceFixture;

class TstReferenceTables : public QObject
{
    Q_OBJECT

private:
    static QStringList codes(const QList<ReferenceEntry> &entries)
    {
        QStringList r;
        for (const ReferenceEntry &e : entries)
            r.append(e.code);
        return r;
    }

private slots:
    void shippedValues()
    {
        ReferenceFixture f;
        OM_VERIFY_OK(f.init());
        ReferenceTableService &t = f.refs().tables();
        Result<ReferenceEntry> france = t.findByCode(ReferenceTable::pays(), QStringLiteral("99100"));
        OM_VERIFY_OK(france);
        QCOMPARE(france->libelle, QStringLiteral("France"));
        Result<ReferenceEntry> fr = t.findByCode(ReferenceTable::nationalite(), QStringLiteral("fr"));
        OM_VERIFY_OK(fr);
        QCOMPARE(fr->libelle, QStringLiteral("française"));
        QCOMPARE(fr->paysCode, QStringLiteral("99100"));
        Result<ReferenceEntry> bdr = t.findByCode(ReferenceTable::departement(), QStringLiteral("13"));
        QCOMPARE(bdr->libelle, QStringLiteral("Bouches-du-Rhône"));
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM departement")), 109);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM nationalite WHERE pays_id IS NULL")), 0);
        // The migration wrote exactly the shipped files, with the search keys the services compute.
        const QList<std::pair<QString, QString>> files{
            {QStringLiteral("departement"), QStringLiteral("departements-insee.csv")},
            {QStringLiteral("pays"), QStringLiteral("pays-insee.csv")},
            {QStringLiteral("nationalite"), QStringLiteral("nationalites.csv")},
            {QStringLiteral("civilite"), QStringLiteral("civilites.csv")},
            {QStringLiteral("voie_type"), QStringLiteral("types-voie.csv")},
        };
        for (const auto &[table, file] : files) {
            Result<QList<QStringList>> rows = ShippedReferenceData::readRows(QStringLiteral(":/openmairie/reference/") + file);
            OM_VERIFY_OK(rows);
            QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM %1").arg(table)), int(rows->size()));
            for (const QStringList &row : rows.value()) {
                Result<QSqlQuery> q = Sql::exec(f.sql(), QStringLiteral("SELECT libelle, cle_recherche FROM %1 WHERE code = ?")
                                                              .arg(table), {row.at(0)});
                OM_VERIFY_OK(q);
                QVERIFY2(q.value().next(), qPrintable(table + u' ' + row.at(0)));
                QCOMPARE(q.value().value(0).toString(), row.at(1));
                QCOMPARE(q.value().value(1).toString(), TextNormalizer::searchKey(row.at(1)));
            }
        }
        // Countries that ceased to exist carry the end date of the shipped file: readable on old
        // records, no longer offered.
        Result<QList<QStringList>> pays = ShippedReferenceData::readRows(QStringLiteral(":/openmairie/reference/pays-insee.csv"));
        OM_VERIFY_OK(pays);
        QVERIFY2(pays->size() > 250, "la liste complète du COG de l'INSEE");
        int retired = 0;
        for (const QStringList &row : pays.value()) {
            Result<QVariant> fin = Sql::scalar(f.sql(), QStringLiteral("SELECT date_fin_validite FROM pays WHERE code = ?"),
                                               {row.at(0)});
            OM_VERIFY_OK(fin);
            const QString expected = row.value(2);
            QCOMPARE(fin->isNull() ? QString() : fin->toDate().toString(Qt::ISODate), expected);
            retired += expected.isEmpty() ? 0 : 1;
        }
        QVERIFY(retired >= 20);
        Result<ReferenceEntry> tchecoslovaquie = t.findByCode(ReferenceTable::pays(), QStringLiteral("99115"));
        OM_VERIFY_OK(tchecoslovaquie);
        QCOMPARE(tchecoslovaquie->libelle, QStringLiteral("Tchécoslovaquie"));
        // Installing is not a change of anybody's: the journal stays empty of these rows, those of
        // 0004 and those migration 0006 completed.
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM journal_audit WHERE table_name IN ('pays', 'departement')")), 0);
        // ...and the triggers are back after the step: an agent's change of a country is journalled.
        Result<ReferenceEntry> kosovo = t.findByCode(ReferenceTable::pays(), QStringLiteral("99157"));
        OM_VERIFY_OK(kosovo);
        OM_VERIFY_OK(t.retire(ReferenceTable::pays(), kosovo->id, kosovo->version, QDate(2099, 1, 1)));
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM journal_audit WHERE table_name = 'pays' AND action = 'update'")), 1);
    }

    void retiredValueIsNotOfferedButResolves()
    {
        ReferenceFixture f;
        OM_VERIFY_OK(f.init());
        ReferenceTableService &t = f.refs().tables();
        // Mlle is shipped retired since 21/02/2012.
        QCOMPARE(codes(t.offered(ReferenceTable::civilite()).value()), (QStringList{QStringLiteral("M"), QStringLiteral("MME")}));
        QCOMPARE(codes(t.offered(ReferenceTable::civilite(), QDate(2010, 1, 1)).value()),
                 (QStringList{QStringLiteral("M"), QStringLiteral("MLLE"), QStringLiteral("MME")}));
        Result<ReferenceEntry> mlle = t.findByCode(ReferenceTable::civilite(), QStringLiteral("MLLE"));
        OM_VERIFY_OK(mlle);
        QCOMPARE(mlle->validity.text(), QStringLiteral("retiré le 21/02/2012"));
        QCOMPARE(t.list(ReferenceTable::civilite(), true)->size(), 3);
        QCOMPARE(t.list(ReferenceTable::civilite(), false)->size(), 2);

        // Retire a value from a date: offered before, not from that day on.
        Result<ReferenceEntry> lu = t.findByCode(ReferenceTable::nationalite(), QStringLiteral("LU"));
        OM_VERIFY_OK(t.retire(ReferenceTable::nationalite(), lu->id, lu->version, QDate(2030, 1, 1)));
        QVERIFY(codes(t.offered(ReferenceTable::nationalite(), QDate(2029, 12, 31)).value()).contains(QStringLiteral("LU")));
        QVERIFY(!codes(t.offered(ReferenceTable::nationalite(), QDate(2030, 1, 1)).value()).contains(QStringLiteral("LU")));
        QCOMPARE(t.findByCode(ReferenceTable::nationalite(), QStringLiteral("LU"))->validity.fin, QDate(2030, 1, 1));
        Status twice = t.retire(ReferenceTable::nationalite(), lu->id, lu->version + 1, QDate(2031, 1, 1));
        QCOMPARE(twice.error().message(), QStringLiteral("La valeur « luxembourgeoise » est déjà retirée depuis le 01/01/2030."));
    }

    void searchIgnoresAccents()
    {
        ReferenceFixture f;
        OM_VERIFY_OK(f.init());
        ReferenceTableService &t = f.refs().tables();
        QCOMPARE(codes(t.search(ReferenceTable::pays(), QStringLiteral("venezuela")).value()), QStringList{QStringLiteral("99424")});
        QCOMPARE(codes(t.search(ReferenceTable::departement(), QStringLiteral("RHÔNE")).value()),
                 (QStringList{QStringLiteral("13"), QStringLiteral("69")}));
        QCOMPARE(codes(t.search(ReferenceTable::pays(), QStringLiteral("99134")).value()), QStringList{QStringLiteral("99134")});
        QCOMPARE(codes(t.search(ReferenceTable::civilite(), QStringLiteral("mlle")).value()), QStringList{});
    }

    void createUpdateValidation()
    {
        ReferenceFixture f;
        OM_VERIFY_OK(f.init());
        ReferenceTableService &t = f.refs().tables();
        ReferenceEntry e;
        e.code = QStringLiteral("99139");
        e.libelle = QStringLiteral("Portugal bis");
        Result<ReferenceEntry> dup = t.create(ReferenceTable::pays(), e);
        QCOMPARE(dup.error().kind(), Error::Kind::Conflict);
        QCOMPARE(dup.error().message(), QStringLiteral("Le code « 99139 » existe déjà dans la table Pays : choisissez-en un "
                                                       "autre, ou modifiez la valeur existante."));
        e.code = QStringLiteral("99 999 9");
        QCOMPARE(t.create(ReferenceTable::pays(), e).error().message(),
                 QStringLiteral("Code « 99 999 9 » refusé : 5 caractères au plus, sans espace."));
        e.code = QStringLiteral("99990");
        e.libelle = QString();
        QCOMPARE(t.create(ReferenceTable::pays(), e).error().message(),
                 QStringLiteral("Indiquez le libellé de la valeur « 99990 »."));
        e.libelle = QStringLiteral("Syldavie");
        e.validity.debut = QDate(2020, 1, 1);
        e.validity.fin = QDate(2019, 1, 1);
        QVERIFY(t.create(ReferenceTable::pays(), e).error().message().contains(
            QStringLiteral("la date de retrait (01/01/2019) doit suivre la date de début de validité (01/01/2020)")));
        e.validity = {};
        Result<ReferenceEntry> created = t.create(ReferenceTable::pays(), e);
        OM_VERIFY_OK(created);
        QCOMPARE(created->version, 1);

        ReferenceEntry n;
        n.code = QStringLiteral("MN");
        n.libelle = QStringLiteral("syldave");
        n.paysCode = QStringLiteral("99998");
        QCOMPARE(t.create(ReferenceTable::nationalite(), n).error().message(),
                 QStringLiteral("Le pays de code « 99998 » n'existe pas : indiquez son code INSEE (99100 pour la France)."));
        n.paysCode = QStringLiteral("99990");
        Result<ReferenceEntry> mn = t.create(ReferenceTable::nationalite(), n);
        OM_VERIFY_OK(mn);
        QCOMPARE(mn->paysCode, QStringLiteral("99990"));

        ReferenceEntry renamed = created.value();
        renamed.libelle = QStringLiteral("Syldavie (République de)");
        Result<ReferenceEntry> updated = t.update(ReferenceTable::pays(), renamed);
        OM_VERIFY_OK(updated);
        QCOMPARE(updated->version, 2);
        // A second seat saves the version it displayed earlier: refused, nothing overwritten.
        renamed.libelle = QStringLiteral("Syldavie extérieure");
        Result<ReferenceEntry> stale = t.update(ReferenceTable::pays(), renamed);
        QCOMPARE(stale.error().kind(), Error::Kind::Conflict);
        QVERIFY(stale.error().message().startsWith(
            QStringLiteral("Modification refusée : quelqu'un d'autre a modifié la valeur « 99990 » de la table Pays")));
        QCOMPARE(t.findByCode(ReferenceTable::pays(), QStringLiteral("99990"))->libelle,
                 QStringLiteral("Syldavie (République de)"));
        QCOMPARE(t.retire(ReferenceTable::pays(), created->id, 1, QDate::currentDate()).error().kind(), Error::Kind::Conflict);
    }

    void consultationCannotChange()
    {
        ReferenceFixture f;
        OM_VERIFY_OK(f.init());
        ReferenceTableService &t = f.refs().tables();
        ReferenceEntry e;
        e.code = QStringLiteral("MX");
        e.libelle = QStringLiteral("Mx");
        Result<ReferenceEntry> denied = f.as(Profile::Consultation, [&] { return t.create(ReferenceTable::civilite(), e); });
        QCOMPARE(denied.error().kind(), Error::Kind::PermissionDenied);
        // Shared by every commune: even a super utilisateur may not change them.
        denied = f.as(Profile::SuperUtilisateur, [&] { return t.create(ReferenceTable::civilite(), e); });
        QCOMPARE(denied.error().kind(), Error::Kind::PermissionDenied);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM civilite")), 3);
        QVERIFY(f.as(Profile::Consultation, [&] { return t.offered(ReferenceTable::civilite()); }).ok());
    }
};

QTEST_GUILESS_MAIN(TstReferenceTables)
#include "tst_referencetables.moc"
