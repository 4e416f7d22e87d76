// Several agents at once on one PostgreSQL database, for a bounded time (20 s by default,
// OPENMAIRIE_CONCURRENCY_SECONDS): editors change the same arrêtés of the reglement module at
// random (update with the version they read), an importer loads streets into the same commune.
// Each agent is a separate process (this executable started with --agent), with its own
// connection. Afterwards:
// - no lost update: for each arrêté, the accepted saves form one chain of versions (never two
//   accepted from the same version), the database holds the last one, and the audit journal holds
//   every accepted change;
// - every refused save was a real conflict: another agent's save was accepted from the same version;
// - no error other than a conflict (a deadlock or serialization failure must be retried or reported
//   as a conflict, never surface as an unexplained failure);
// - every import is all or nothing, and the journal agrees with the table.
#include "TestDatabase.h"

#include "ArreteService.h"

#include "CoreServices.h"
#include "DatabaseCopies.h"
#include "exchange/ImportRegistry.h"
#include "exchange/ImportService.h"
#include "reference/VoieImport.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QThread>

#include <algorithm>

using namespace OpenMairie;
using Test::RawConnection;
using Test::TestDatabase;

namespace {

constexpr int kArretes = 4;
const QString kBusinessModules = qEnvironmentVariable("OPENMAIRIE_MODULE_PATH");

int secondsFromEnvironment()
{
    bool ok = false;
    const int s = qEnvironmentVariableIntValue("OPENMAIRIE_CONCURRENCY_SECONDS", &ok);
    return ok && s > 0 ? s : 20;
}

Reglement::ArreteDraft draft(int i)
{
    Reglement::ArreteDraft d;
    d.dateSignature = QDate(2024, 3, 1 + i);
    d.objet = QStringLiteral("Arrêté d'essai n° %1").arg(i + 1);
    d.categorie = QStringLiteral("reglementaire");
    d.signataire = QStringLiteral("Le Maire, Jean Dupont");
    return d;
}

// ---- Agent side (a child process) ----

int runAgent()
{
    QTextStream out(stdout);
    const int number = qEnvironmentVariableIntValue("OPENMAIRIE_AGENT_NUMERO");
    const QString role = qEnvironmentVariable("OPENMAIRIE_AGENT_ROLE");
    const int seconds = qEnvironmentVariableIntValue("OPENMAIRIE_AGENT_SECONDES");
    Core::Result<Core::ConnectionProfile> profile = Core::ConnectionProfile::fromUrl(qEnvironmentVariable("OPENMAIRIE_AGENT_DB"));
    if (!profile) {
        out << "erreur adresse " << profile.error().fullText() << Qt::endl;
        return 1;
    }
    Core::CoreServices services;
    services.startModules();
    if (auto opened = services.openWorkspace(profile.value(), qEnvironmentVariable("OPENMAIRIE_PASSWORD")); !opened) {
        out << "erreur ouverture " << opened.error().fullText() << Qt::endl;
        return 1;
    }
    if (Core::Status s = services.signIn(TestDatabase::adminLogin(), TestDatabase::adminApplicationPassword(),
                                         QStringLiteral("13004"));
        !s) {
        out << "erreur connexion " << s.error().fullText() << Qt::endl;
        return 1;
    }
    QRandomGenerator random(quint32(number) * 7919U + 17U);
    QDeadlineTimer deadline(seconds * 1000);
    int step = 0;
    if (role == u"import") {
        const Core::ImportDefinition *definition = services.imports().find(Core::VoieImport::kId);
        Core::Result<Core::ExchangeActor> actor = services.importer().authorize(*definition);
        if (!actor) {
            out << "erreur droits " << actor.error().fullText() << Qt::endl;
            return 1;
        }
        QTemporaryDir dir;
        while (!deadline.hasExpired()) {
            ++step;
            const int rows = 20 + int(random.bounded(200));
            const QString path = dir.filePath(QStringLiteral("voies-%1.csv").arg(step));
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly))
                return 1;
            f.write("code;type;libelle\n");
            for (int i = 0; i < rows; ++i)
                f.write(QStringLiteral("I%1-%2;RUE;des Essais concurrents %1 %2\n").arg(step).arg(i).toUtf8());
            f.close();
            const Core::ImportReport report = services.importer().importFile(*definition, path, {}, actor.value());
            out << (report.outcome == Core::ImportReport::Outcome::Imported ? "import " : "import-refuse ") << step << ' '
                << report.writtenLines << ' ' << report.summary().replace(u'\n', u' ') << Qt::endl;
        }
        return 0;
    }
    const QStringList ids = qEnvironmentVariable("OPENMAIRIE_AGENT_ARRETES").split(u',');
    Reglement::ArreteService service(services.database(), services.session(), services.permissions(), services.audit());
    while (!deadline.hasExpired()) {
        ++step;
        const qint64 id = ids.at(random.bounded(int(ids.size()))).toLongLong();
        Core::Result<Reglement::Arrete> read = service.get(id);
        if (!read) {
            out << "erreur " << id << " 0 " << read.error().fullText().replace(u'\n', u' ') << Qt::endl;
            continue;
        }
        Reglement::ArreteDraft d = read->toDraft();
        d.objet = QStringLiteral("Modifié par l'agent %1, essai %2").arg(number).arg(step);
        // The agent "thinks" a little between reading and saving: others save meanwhile.
        QThread::msleep(random.bounded(15));
        Core::Result<Reglement::Arrete> saved = service.update(id, read->version, d);
        if (saved)
            out << "ok " << id << ' ' << read->version << ' ' << d.objet << Qt::endl;
        else if (saved.error().kind() == Core::Error::Kind::Conflict)
            out << "conflit " << id << ' ' << read->version << ' ' << QString(saved.error().message()).replace(u'\n', u' ') << Qt::endl;
        else
            out << "erreur " << id << ' ' << read->version << ' ' << saved.error().fullText().replace(u'\n', u' ') << Qt::endl;
    }
    return 0;
}

// ---- Checker side ----

struct Change
{
    int agent = 0;
    qint64 id = 0;
    int fromVersion = 0;
    QString text; // objet, or the refusal message
};

} // namespace

class TestConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void editsAndImportsAtOnce();
};

void TestConcurrency::editsAndImportsAtOnce()
{
    if (!TestDatabase::isPostgres())
        QSKIP("Plusieurs postes à la fois : PostgreSQL seulement (une base SQLite sert un seul poste).");
    TestDatabase db;
    OM_REQUIRE_DB(db);
    QStringList ids;
    {
        qputenv("OPENMAIRIE_MODULE_PATH", kBusinessModules.toUtf8());
        Core::CoreServices services;
        services.startModules();
        QVERIFY2(services.modules().module(QStringLiteral("reglement")), "le module reglement n'est pas construit");
        OM_VERIFY_OK(db.initialize(services));
        Reglement::ArreteService service(services.database(), services.session(), services.permissions(), services.audit());
        for (int i = 0; i < kArretes; ++i) {
            Core::Result<Reglement::Arrete> a = service.create(draft(i));
            OM_VERIFY_OK(a);
            ids.append(QString::number(a->id));
        }
        services.database().close();
    }

    const int seconds = secondsFromEnvironment();
    const QStringList roles{QStringLiteral("edition"), QStringLiteral("edition"), QStringLiteral("edition"),
                            QStringLiteral("edition"), QStringLiteral("import")};
    QList<QProcess *> agents;
    for (int n = 0; n < roles.size(); ++n) {
        auto *p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OPENMAIRIE_AGENT_NUMERO"), QString::number(n + 1));
        env.insert(QStringLiteral("OPENMAIRIE_AGENT_ROLE"), roles.at(n));
        env.insert(QStringLiteral("OPENMAIRIE_AGENT_SECONDES"), QString::number(seconds));
        env.insert(QStringLiteral("OPENMAIRIE_AGENT_DB"), db.profile().toUrl());
        env.insert(QStringLiteral("OPENMAIRIE_AGENT_ARRETES"), ids.join(u','));
        env.insert(QStringLiteral("OPENMAIRIE_PASSWORD"), db.password());
        env.insert(QStringLiteral("OPENMAIRIE_MODULE_PATH"), kBusinessModules);
        p->setProcessEnvironment(env);
        p->start(QCoreApplication::applicationFilePath(), {QStringLiteral("--agent")});
        QVERIFY(p->waitForStarted(10000));
        agents.append(p);
    }

    QList<Change> accepted, refused;
    QStringList errors;
    qint64 imported = 0;
    int imports = 0;
    for (int n = 0; n < agents.size(); ++n) {
        QProcess *p = agents.at(n);
        QVERIFY2(p->waitForFinished((seconds + 120) * 1000), "un agent ne s'est pas arrêté");
        const QString log = QString::fromUtf8(p->readAllStandardOutput());
        QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0,
                 qPrintable(QStringLiteral("agent %1 : %2\n%3").arg(n + 1).arg(log, QString::fromUtf8(p->readAllStandardError()))));
        for (const QString &line : log.split(u'\n', Qt::SkipEmptyParts)) {
            const QStringList w = line.split(u' ');
            if (w.at(0) == u"import") {
                imported += w.at(2).toLongLong();
                ++imports;
            } else if (w.at(0) == u"import-refuse") {
                errors.append(QStringLiteral("agent %1 : import refusé : %2").arg(n + 1).arg(line));
            } else if (w.at(0) == u"ok" || w.at(0) == u"conflit") {
                Change c{n + 1, w.at(1).toLongLong(), w.at(2).toInt(), w.mid(3).join(u' ')};
                (w.at(0) == u"ok" ? accepted : refused).append(c);
            } else {
                errors.append(QStringLiteral("agent %1 : %2").arg(n + 1).arg(line));
            }
        }
    }
    qInfo("%d s : %lld enregistrements acceptés, %lld refusés pour conflit, %d imports (%lld voies)", seconds,
          qint64(accepted.size()), qint64(refused.size()), imports, imported);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    QVERIFY2(accepted.size() > 20 && !refused.isEmpty() && imports > 0,
             "trop peu d'activité pour éprouver la concurrence");

    // No lost update: one accepted save per (arrêté, version read).
    QHash<qint64, QHash<int, Change>> chain;
    for (const Change &c : accepted) {
        QVERIFY2(!chain[c.id].contains(c.fromVersion),
                 qPrintable(QStringLiteral("mise à jour perdue : l'arrêté %1 a accepté deux enregistrements depuis la version %2 "
                                           "(agents %3 et %4)").arg(c.id).arg(c.fromVersion).arg(chain[c.id][c.fromVersion].agent).arg(c.agent)));
        chain[c.id].insert(c.fromVersion, c);
    }
    // Every refusal was a real conflict: someone else's save from that very version was accepted.
    for (const Change &r : refused) {
        QVERIFY2(chain.value(r.id).contains(r.fromVersion) && chain.value(r.id).value(r.fromVersion).agent != r.agent,
                 qPrintable(QStringLiteral("refus sans conflit réel : arrêté %1 version %2 (agent %3) : %4")
                                .arg(r.id).arg(r.fromVersion).arg(r.agent).arg(r.text)));
    }

    RawConnection c(db.profile(), db.password());
    for (const QString &idText : std::as_const(ids)) {
        const qint64 id = idText.toLongLong();
        const auto &versions = chain.value(id);
        const int last = versions.isEmpty() ? 0 : *std::max_element(versions.keyBegin(), versions.keyEnd());
        for (int v = 1; v <= last; ++v)
            QVERIFY2(versions.contains(v), qPrintable(QStringLiteral("arrêté %1 : version %2 sautée").arg(id).arg(v)));
        QSqlQuery q(c.db());
        QVERIFY(q.exec(QStringLiteral("SELECT version, objet FROM reglement_arrete WHERE id = %1").arg(id)) && q.next());
        QCOMPARE(q.value(0).toInt(), 1 + int(versions.size()));
        if (!versions.isEmpty())
            QCOMPARE(q.value(1).toString(), versions.value(last).text);
        // The audit journal holds every accepted change of this arrêté.
        QStringList after = c.column(QStringLiteral("SELECT apres FROM journal_audit WHERE table_name = 'reglement_arrete' "
                                                    "AND lower(action) = 'update' AND enregistrement_id = %1").arg(id));
        QCOMPARE(after.size(), versions.size());
        const QString all = after.join(u'\n');
        for (const Change &change : versions)
            QVERIFY2(all.contains(change.text), qPrintable(QStringLiteral("absent du journal : %1").arg(change.text)));
    }
    QCOMPARE(c.scalar(QStringLiteral("SELECT count(*) FROM voie")).toLongLong(), imported);
    QCOMPARE(c.scalar(QStringLiteral("SELECT count(*) FROM journal_audit WHERE table_name = 'voie' AND lower(action) = 'insert'"))
                 .toLongLong(),
             imported);
    qDeleteAll(agents);
}

int main(int argc, char *argv[])
{
    if (argc > 1 && qstrcmp(argv[1], "--agent") == 0) {
        QCoreApplication app(argc, argv);
        return runAgent();
    }
    QCoreApplication app(argc, argv);
    TestConcurrency test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_concurrency.moc"
