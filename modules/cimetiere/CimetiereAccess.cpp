#include "CimetiereAccess.h"

#include "Tr.h"

#include "DatabaseManager.h"
#include "ModuleContext.h"
#include "Permissions.h"
#include "Session.h"
#include "reference/ParameterService.h"
#include "reference/ReferenceServices.h"

namespace OpenMairie::Cimetiere {

using Core::Error;

const QString CimetiereAccess::kModuleId = QStringLiteral("cimetiere");
const QString CimetiereAccess::kParamTailleCercueil = QStringLiteral("cimetiere_taille_cercueil");
const QString CimetiereAccess::kParamTailleUrne = QStringLiteral("cimetiere_taille_urne");
const QString CimetiereAccess::kParamTailleReliquaire = QStringLiteral("cimetiere_taille_reliquaire");
const QString CimetiereAccess::kParamDelaiReduction = QStringLiteral("cimetiere_delai_reduction");
const QString CimetiereAccess::kParamRenouvellementAnticipe = QStringLiteral("cimetiere_renouvellement_anticipe");

CimetiereAccess::CimetiereAccess(Core::DatabaseManager &database, Core::Session &session,
                                 Core::Permissions &permissions, Core::ParameterService *parameters)
    : m_database(database), m_session(session), m_permissions(permissions), m_parameters(parameters),
      m_today([] { return QDate::currentDate(); })
{
}

CimetiereAccess::CimetiereAccess(Core::ModuleContext &context)
    : CimetiereAccess(context.database(), context.session(), context.permissions(),
                      &context.references().parameters())
{
}

Core::Result<QSqlDatabase> CimetiereAccess::open(const QString &permission) const
{
    if (Core::Status s = m_permissions.require(permission); !s)
        return s.error();
    if (!m_session.commune().isValid())
        return Error(Tr::tr("Aucune commune n'est choisie : choisissez la commune dont vous gérez les cimetières."),
                     {}, Error::Kind::PermissionDenied);
    return m_database.checkedConnection();
}

bool CimetiereAccess::allows(const QString &permission) const
{
    return m_permissions.sessionAllows(permission);
}

Core::SqlDialect CimetiereAccess::dialect() const
{
    return m_database.dialect();
}

qint64 CimetiereAccess::communeId() const
{
    return m_session.commune().id;
}

QString CimetiereAccess::login() const
{
    return m_session.user().login;
}

QString CimetiereAccess::communeName() const
{
    return m_session.commune().nom;
}

QString CimetiereAccess::parameter(const QString &name) const
{
    if (!m_parameters)
        return {};
    Core::Result<Core::CommuneParameterValue> v = m_parameters->get(name);
    return v ? v.value().value : QString();
}

namespace {
double decimal(const QString &text, double fallback)
{
    bool ok = false;
    const double v = QString(text).replace(u',', u'.').trimmed().toDouble(&ok);
    return ok && v >= 0 ? v : fallback;
}

int integer(const QString &text, int fallback)
{
    bool ok = false;
    const int v = text.trimmed().toInt(&ok);
    return ok && v >= 0 ? v : fallback;
}
} // namespace

OccupancyWeights CimetiereAccess::weights() const
{
    OccupancyWeights w;
    w.cercueil = decimal(parameter(kParamTailleCercueil), w.cercueil);
    w.urne = decimal(parameter(kParamTailleUrne), w.urne);
    w.reliquaire = decimal(parameter(kParamTailleReliquaire), w.reliquaire);
    return w;
}

int CimetiereAccess::reductionDelayYears() const
{
    return integer(parameter(kParamDelaiReduction), 5);
}

int CimetiereAccess::renewalMonthsBeforeExpiry() const
{
    return integer(parameter(kParamRenouvellementAnticipe), 12);
}

} // namespace OpenMairie::Cimetiere
