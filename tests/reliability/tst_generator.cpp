// The data generator (bench/generator): the same seed gives byte-identical files, and what it
// writes looks like a real commune (valid dates and INSEE codes, accents, sensible proportions),
// read back with the suite's own CSV reader.
#include "CommuneDataGenerator.h"

#include "CommuneReference.h"
#include "FrenchDate.h"
#include "exchange/CsvReader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace OpenMairie;
using Bench::CommuneDataGenerator;

namespace {

QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// The file's rows as header name -> value, read by the suite's own CSV reader.
QList<QHash<QString, QString>> readRows(const QString &path, QString *problem)
{
    QList<QHash<QString, QString>> rows;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *problem = QStringLiteral("fichier absent : ") + path;
        return rows;
    }
    Core::CsvReader reader(f);
    if (Core::Status s = reader.open(); !s) {
        *problem = s.error().message();
        return rows;
    }
    Core::CsvRecord record;
    QStringList header;
    while (reader.readRecord(record)) {
        if (record.hasProblem()) {
            *problem = QStringLiteral("ligne %1 : %2").arg(record.line).arg(record.problem);
            return rows;
        }
        if (header.isEmpty()) {
            header = record.fields;
            continue;
        }
        if (record.fields.size() != header.size()) {
            *problem = QStringLiteral("ligne %1 : %2 champs au lieu de %3").arg(record.line).arg(record.fields.size()).arg(header.size());
            return rows;
        }
        QHash<QString, QString> row;
        for (qsizetype i = 0; i < header.size(); ++i)
            row.insert(header.at(i), record.fields.at(i));
        rows.append(row);
    }
    return rows;
}

bool hasAccent(const QString &text)
{
    for (QChar c : text)
        if (c.unicode() > 0x7F)
            return true;
    return false;
}

QDate date(const QString &text)
{
    Core::Result<QDate> d = Core::FrenchDate::parse(text);
    return d ? d.value() : QDate();
}

Bench::GenerationSpec spec(quint64 seed, int electeurs)
{
    Bench::GenerationSpec s;
    s.seed = seed;
    s.electeurs = electeurs;
    return s;
}

const QStringList kFiles{CommuneDataGenerator::voiesFile(), CommuneDataGenerator::electeursFile(),
                         CommuneDataGenerator::procurationsFile(), CommuneDataGenerator::emplacementsFile(),
                         CommuneDataGenerator::defuntsFile()};

} // namespace

class TestGenerator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(CommuneDataGenerator(spec(2026, 20000)).writeAll(m_dir.filePath(QStringLiteral("a"))).ok(),
                 "écriture des fichiers");
    }

    void sameSeedSameBytes()
    {
        QVERIFY(CommuneDataGenerator(spec(2026, 20000)).writeAll(m_dir.filePath(QStringLiteral("b"))).ok());
        for (const QString &file : kFiles) {
            const QByteArray a = sha256(m_dir.filePath(QStringLiteral("a/") + file));
            QVERIFY2(!a.isEmpty(), qPrintable(file));
            QCOMPARE(sha256(m_dir.filePath(QStringLiteral("b/") + file)), a);
        }
    }

    void otherSeedOtherData()
    {
        QVERIFY(CommuneDataGenerator(spec(7, 20000)).writeAll(m_dir.filePath(QStringLiteral("c"))).ok());
        QVERIFY(sha256(m_dir.filePath(QStringLiteral("c/electeurs.csv")))
                != sha256(m_dir.filePath(QStringLiteral("a/electeurs.csv"))));
    }

    // One file alone is the same as the same file written with all the others.
    void fileAloneIsTheSame()
    {
        const QString alone = m_dir.filePath(QStringLiteral("defunts-seul.csv"));
        QVERIFY(CommuneDataGenerator(spec(2026, 20000)).writeDefunts(alone).ok());
        QCOMPARE(sha256(alone), sha256(m_dir.filePath(QStringLiteral("a/defunts.csv"))));
    }

    void electorsLookReal()
    {
        QString problem;
        const auto rows = readRows(m_dir.filePath(QStringLiteral("a/electeurs.csv")), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(rows.size(), 20000);
        QCOMPARE(rows.constFirst().keys().size(), CommuneDataGenerator::electeurColumns().size());

        const auto &communes = Core::CommuneReference::instance();
        const QSet<QString> algerianCodes{QStringLiteral("91352"), QStringLiteral("92352"), QStringLiteral("93352"),
                                          QStringLiteral("94352")};
        QSet<QString> ines;
        QHash<QString, int> listes;
        int accents = 0, abroad = 0, algeria = 0, women = 0, compound = 0, withUsage = 0;
        QHash<QString, QSet<int>> numbers; // per bureau: numéros d'ordre
        const QDate reference(2026, 1, 1);
        for (const auto &r : rows) {
            QVERIFY2(!ines.contains(r.value(QStringLiteral("ine"))), "INE en double");
            ines.insert(r.value(QStringLiteral("ine")));
            QCOMPARE(r.value(QStringLiteral("ine")).size(), 9);
            const QDate born = date(r.value(QStringLiteral("date_naissance")));
            QVERIFY2(born.isValid(), qPrintable(r.value(QStringLiteral("date_naissance"))));
            const int age = born.daysTo(reference) / 365;
            QVERIFY2(age >= 18 && age <= 101, qPrintable(QString::number(age)));
            const QString liste = r.value(QStringLiteral("liste"));
            listes[liste]++;
            QVERIFY(QStringList({QStringLiteral("LP"), QStringLiteral("LCE"), QStringLiteral("LCM")}).contains(liste));
            const QString nationalite = r.value(QStringLiteral("nationalite"));
            QVERIFY2((liste == u"LP") == (nationalite == u"FR"), qPrintable(liste + u' ' + nationalite));
            const QString commune = r.value(QStringLiteral("code_commune_naissance"));
            const QString pays = r.value(QStringLiteral("code_pays_naissance"));
            QVERIFY2(commune.isEmpty() != pays.isEmpty(), "un lieu de naissance : commune ou pays");
            if (!pays.isEmpty()) {
                QVERIFY2(pays.startsWith(QStringLiteral("99")) && pays.size() == 5 && pays != u"99100", qPrintable(pays));
                QVERIFY(!r.value(QStringLiteral("libelle_pays_naissance")).isEmpty());
                ++abroad;
            } else if (algerianCodes.contains(commune)) {
                ++algeria; // former Algerian départements (the REU's codes; not in the list of communes)
                QVERIFY(born.year() < 1962);
            } else {
                QVERIFY2(communes.find(commune).ok(), qPrintable(QStringLiteral("code INSEE inconnu ") + commune));
            }
            if (hasAccent(r.value(QStringLiteral("nom_naissance")) + r.value(QStringLiteral("prenoms"))))
                ++accents;
            if (r.value(QStringLiteral("nom_naissance")).contains(u'-') || r.value(QStringLiteral("nom_naissance")).contains(u' ')
                || r.value(QStringLiteral("nom_naissance")).contains(u'\''))
                ++compound;
            women += r.value(QStringLiteral("sexe")) == u"F";
            withUsage += !r.value(QStringLiteral("nom_usage")).isEmpty();
            QCOMPARE(r.value(QStringLiteral("code_bureau")).size(), 4);
            const int numero = r.value(QStringLiteral("numero_ordre")).toInt();
            QVERIFY(numero > 0);
            QVERIFY2(!numbers[r.value(QStringLiteral("code_bureau"))].contains(numero), "numéro d'ordre en double");
            numbers[r.value(QStringLiteral("code_bureau"))].insert(numero);
            QCOMPARE(r.value(QStringLiteral("code_postal")), QStringLiteral("13104"));
            QCOMPARE(r.value(QStringLiteral("commune")), QStringLiteral("Arles"));
        }
        const double n = rows.size();
        QVERIFY2(accents / n > 0.15, qPrintable(QString::number(accents / n)));
        QVERIFY2(compound / n > 0.03, qPrintable(QString::number(compound / n)));
        QVERIFY2(listes.value(QStringLiteral("LP")) / n > 0.93 && listes.value(QStringLiteral("LP")) / n < 0.98, "LP ~ 95 %");
        QVERIFY(listes.value(QStringLiteral("LCE")) > 0 && listes.value(QStringLiteral("LCM")) > 0);
        QVERIFY2(abroad / n > 0.05 && abroad / n < 0.15, qPrintable(QString::number(abroad / n)));
        QVERIFY(algeria > 0);
        QVERIFY2(women / n > 0.48 && women / n < 0.56, qPrintable(QString::number(women / n)));
        QVERIFY(withUsage > 0);
        QCOMPARE(numbers.size(), 20); // one bureau per 1 000 electors
    }

    void procurationsJoinElectors()
    {
        QString problem;
        const auto electors = readRows(m_dir.filePath(QStringLiteral("a/electeurs.csv")), &problem);
        const auto rows = readRows(m_dir.filePath(QStringLiteral("a/procurations.csv")), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(rows.size() > 200, qPrintable(QString::number(rows.size())));
        QHash<QString, QString> listeOf;
        for (const auto &e : electors)
            listeOf.insert(e.value(QStringLiteral("ine")), e.value(QStringLiteral("liste")));
        QSet<QString> mandataires;
        for (const auto &r : rows) {
            QCOMPARE(listeOf.value(r.value(QStringLiteral("ine_mandant"))), QStringLiteral("LP"));
            QCOMPARE(listeOf.value(r.value(QStringLiteral("ine_mandataire"))), QStringLiteral("LP"));
            QVERIFY2(!mandataires.contains(r.value(QStringLiteral("ine_mandataire"))), "deux procurations au même mandataire");
            mandataires.insert(r.value(QStringLiteral("ine_mandataire")));
            QVERIFY(date(r.value(QStringLiteral("date_debut"))) < date(r.value(QStringLiteral("date_fin"))));
        }
    }

    void cemeteriesLookReal()
    {
        QString problem;
        const auto plots = readRows(m_dir.filePath(QStringLiteral("a/emplacements.csv")), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(plots.size(), 5000);
        QCOMPARE(plots.constFirst().keys().size(), CommuneDataGenerator::emplacementColumns().size());
        QSet<QString> durations, natures, titles, places;
        for (const auto &p : plots) {
            natures.insert(p.value(QStringLiteral("nature")));
            const QString key = p.value(QStringLiteral("cimetiere")) + u'|' + p.value(QStringLiteral("zone")) + u'|'
                                + p.value(QStringLiteral("allee")) + u'|' + p.value(QStringLiteral("numero"));
            QVERIFY2(!places.contains(key), qPrintable(QStringLiteral("emplacement en double ") + key));
            places.insert(key);
            const QString titre = p.value(QStringLiteral("numero_titre"));
            if (titre.isEmpty())
                continue;
            QVERIFY2(!titles.contains(titre), qPrintable(titre));
            titles.insert(titre);
            const QString duree = p.value(QStringLiteral("duree"));
            durations.insert(duree);
            const QDate debut = date(p.value(QStringLiteral("date_debut")));
            QVERIFY(debut.isValid());
            if (duree == u"perpetuelle") {
                QVERIFY(p.value(QStringLiteral("date_fin")).isEmpty());
            } else {
                QCOMPARE(date(p.value(QStringLiteral("date_fin"))), debut.addYears(duree.toInt()));
                if (duree == u"100")
                    QVERIFY(debut.year() < 1959);
            }
            QVERIFY(!p.value(QStringLiteral("concessionnaire_nom")).isEmpty());
            QVERIFY(p.value(QStringLiteral("montant")).contains(u','));
        }
        for (const char *d : {"5", "10", "15", "30", "50", "100", "perpetuelle"})
            QVERIFY2(durations.contains(QString::fromLatin1(d)), d);
        for (const char *nature : {"concession", "columbarium", "cavurne", "enfeu", "terrain commun", "ossuaire",
                                   "caveau provisoire", "jardin du souvenir"})
            QVERIFY2(natures.contains(QString::fromUtf8(nature)), nature);

        const auto dead = readRows(m_dir.filePath(QStringLiteral("a/defunts.csv")), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(dead.size() > 2000, qPrintable(QString::number(dead.size())));
        for (const auto &d : dead) {
            const QDate born = date(d.value(QStringLiteral("date_naissance")));
            const QDate died = date(d.value(QStringLiteral("date_deces")));
            const QDate buried = date(d.value(QStringLiteral("date_inhumation")));
            QVERIFY(born.isValid() && died.isValid() && buried.isValid());
            QVERIFY(born < died);
            QVERIFY(died < buried && died.daysTo(buried) <= 14);
            QVERIFY(places.contains(d.value(QStringLiteral("cimetiere")) + u'|' + d.value(QStringLiteral("zone")) + u'|'
                                    + d.value(QStringLiteral("allee")) + u'|' + d.value(QStringLiteral("numero"))));
        }
    }

    void streetsImportable()
    {
        QString problem;
        const auto rows = readRows(m_dir.filePath(QStringLiteral("a/voies.csv")), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(rows.size(), 333);
        QSet<QString> codes;
        for (const auto &r : rows) {
            QVERIFY(r.value(QStringLiteral("code")).size() <= 10);
            QVERIFY(!codes.contains(r.value(QStringLiteral("code"))));
            codes.insert(r.value(QStringLiteral("code")));
            QVERIFY(!r.value(QStringLiteral("libelle")).isEmpty());
        }
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
