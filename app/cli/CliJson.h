#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace OpenMairie::Core {
class ConnectionProfile;
class ModuleSpec;
struct ModuleSchemaState;
struct SessionCommune;
struct SessionUser;
}

namespace OpenMairie::Cli {

// The JSON shapes of --json, shared by the commands so that one object always reads the same way
// (keys documented in docs/cli.md; partners' scripts depend on them).
class CliJson
{
public:
    static QJsonObject database(const Core::ConnectionProfile &profile);
    static QJsonObject commune(const Core::SessionCommune &commune);
    static QJsonObject user(const Core::SessionUser &user);
    static QJsonObject module(const Core::ModuleSpec &spec);
    static QJsonObject schemaState(const Core::ModuleSchemaState &state, bool installed);
    static QJsonArray strings(const QStringList &values);
};

} // namespace OpenMairie::Cli
