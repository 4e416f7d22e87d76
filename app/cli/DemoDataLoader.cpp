#include "DemoDataLoader.h"

#include "AuditTrail.h"
#include "CoreServices.h"
#include "IModule.h"
#include "ModuleContext.h"
#include "Sql.h"
#include "Transaction.h"

#include <QCoreApplication>

#include <optional>

namespace OpenMairie::Cli {

using namespace OpenMairie::Core;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Cli::DemoDataLoader)
};

QDateTime toDateTime(const QVariant &value)
{
    if (value.typeId() == QMetaType::QDateTime)
        return value.toDateTime();
    // SQLite keeps CURRENT_TIMESTAMP as UTC text "yyyy-MM-dd HH:mm:ss".
    QDateTime dt = QDateTime::fromString(value.toString(), Qt::ISODate);
    if (!dt.isValid())
        dt = QDateTime::fromString(value.toString(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (dt.isValid() && dt.timeSpec() == Qt::LocalTime)
        dt.setTimeSpec(Qt::UTC);
    return dt;
}
} // namespace

DemoDataLoader::DemoDataLoader(CoreServices &services) : m_services(services) {}

Result<std::optional<DemoDataLoader::Outcome>> DemoDataLoader::previousLoad(const QString &module)
{
    Result<QSqlQuery> q = Sql::exec(m_services.database().connection(),
                                    QStringLiteral("SELECT horodatage, utilisateur FROM journal_audit WHERE module = ? "
                                                   "AND action = ? AND collectivite_id = ? ORDER BY id"),
                                    {module, QString::fromLatin1(kAuditAction), m_services.session().commune().id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Outcome>();
    Outcome o;
    o.module = module;
    o.state = Outcome::State::AlreadyLoaded;
    o.loadedAt = toDateTime(q.value().value(0));
    o.loadedBy = q.value().value(1).toString();
    return std::optional<Outcome>(o);
}

Status DemoDataLoader::markLoaded(const QString &module)
{
    QSqlDatabase db = m_services.database().connection();
    Transaction tx(db, m_services.database().dialect());
    if (!tx.begun())
        return tx.begun();
    const SessionCommune &commune = m_services.session().commune();
    AuditEntry entry;
    entry.module = module;
    entry.table = QStringLiteral("collectivite");
    entry.recordId = commune.id;
    entry.action = QString::fromLatin1(kAuditAction);
    entry.comment = Tr::tr("Données de démonstration chargées pour %1 (%2)").arg(commune.nom, commune.codeInsee);
    if (Status s = m_services.audit().record(db, entry); !s)
        return s;
    return tx.commit();
}

Result<QList<DemoDataLoader::Outcome>> DemoDataLoader::run()
{
    if (!m_services.session().isAuthenticated())
        return Error(Tr::tr("Connexion nécessaire pour charger les données de démonstration."), {},
                     Error::Kind::PermissionDenied);
    QList<Outcome> outcomes;
    for (const ModuleSpec *spec : m_services.modules().activeModules()) {
        IModule *module = m_services.modules().module(spec->id());
        if (!module)
            continue;
        Result<std::optional<Outcome>> previous = previousLoad(spec->id());
        if (!previous)
            return previous.error();
        if (previous.value()) {
            Outcome o = *previous.value();
            o.moduleName = spec->name();
            outcomes.append(o);
            continue;
        }
        Outcome o;
        o.module = spec->id();
        o.moduleName = spec->name();
        // A context of its own, as the loader gives at initialisation: the module sees the same
        // services, and its own id and settings group.
        ModuleContext context(m_services, *spec);
        if (Status s = module->populateDemoData(context); !s) {
            o.state = Outcome::State::Failed;
            o.error = s.error().fullText();
        } else if (Status mark = markLoaded(spec->id()); !mark) {
            o.state = Outcome::State::Failed;
            o.error = Tr::tr("données chargées, mais leur trace n'a pas pu être écrite (un nouveau lancement les "
                             "chargerait une seconde fois) : %1").arg(mark.error().fullText());
        }
        outcomes.append(o);
    }
    return outcomes;
}

} // namespace OpenMairie::Cli
