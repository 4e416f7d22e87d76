#include "CliJson.h"

#include "ConnectionProfile.h"
#include "MigrationRunner.h"
#include "ModuleSpec.h"
#include "Session.h"

#include <QDir>

namespace OpenMairie::Cli {

using namespace OpenMairie::Core;

QJsonObject CliJson::database(const ConnectionProfile &profile)
{
    QJsonObject o{{QStringLiteral("type"), profile.isSqlite() ? QStringLiteral("sqlite") : QStringLiteral("postgresql")},
                  {QStringLiteral("adresse"), profile.toUrl()},
                  {QStringLiteral("description"), profile.displayName()}};
    if (profile.isSqlite()) {
        o.insert(QStringLiteral("fichier"), QDir::toNativeSeparators(profile.filePath()));
    } else {
        o.insert(QStringLiteral("serveur"), profile.host());
        o.insert(QStringLiteral("port"), profile.port());
        o.insert(QStringLiteral("nomBase"), profile.database());
        o.insert(QStringLiteral("role"), profile.role());
    }
    return o;
}

QJsonObject CliJson::commune(const SessionCommune &commune)
{
    return {{QStringLiteral("codeInsee"), commune.codeInsee}, {QStringLiteral("nom"), commune.nom}};
}

QJsonObject CliJson::user(const SessionUser &user)
{
    return {{QStringLiteral("identifiant"), user.login},
            {QStringLiteral("nom"), user.displayName},
            {QStringLiteral("profil"), profileKey(user.profile)},
            {QStringLiteral("libelleProfil"), profileLabel(user.profile)},
            {QStringLiteral("multiCommunes"), user.multiCommune}};
}

QJsonObject CliJson::module(const ModuleSpec &spec)
{
    QJsonObject o{{QStringLiteral("id"), spec.id()},
                  {QStringLiteral("nom"), spec.name()},
                  {QStringLiteral("version"), spec.version()},
                  {QStringLiteral("description"), spec.description()},
                  {QStringLiteral("etat"), spec.stateText()},
                  {QStringLiteral("fichier"), QDir::toNativeSeparators(spec.filePath())}};
    if (spec.isRefused())
        o.insert(QStringLiteral("raison"), spec.refusalReason());
    return o;
}

QJsonObject CliJson::schemaState(const ModuleSchemaState &state, bool installed)
{
    return {{QStringLiteral("module"), state.module},
            {QStringLiteral("versionAppliquee"), state.appliedVersion},
            {QStringLiteral("versionConnue"), state.knownVersion},
            {QStringLiteral("installe"), installed},
            {QStringLiteral("aJour"), installed ? state.isUpToDate() : true},
            {QStringLiteral("tropRecent"), installed && state.isTooNew()},
            {QStringLiteral("etapesModifiees"), strings(state.changedSteps)}};
}

QJsonArray CliJson::strings(const QStringList &values)
{
    return QJsonArray::fromStringList(values);
}

} // namespace OpenMairie::Cli
