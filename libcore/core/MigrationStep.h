#pragma once

#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace OpenMairie::Core {

// One ordered schema step of a module, as shipped in its resources:
// ":/openmairie/migrations/<module>/NNNN_description.sql".
struct OPENMAIRIE_CORE_EXPORT MigrationStep
{
    QString module;
    int version = 0;
    QString name;
    QString script;
    QString checksum; // SHA-256 of the script as shipped, hex

    static MigrationStep fromScript(const QString &module, int version, const QString &name, const QString &script);
};

struct OPENMAIRIE_CORE_EXPORT ModuleMigrations
{
    QString module;
    QList<MigrationStep> steps; // sorted by version, versions 1..N without gaps

    int latestVersion() const { return steps.isEmpty() ? 0 : steps.last().version; }

    // Reads the steps of a module from its resource folder (or any folder, for tests).
    static Result<ModuleMigrations> fromDirectory(const QString &module, const QString &directory);
    static QString resourceDirectory(const QString &module);
};

} // namespace OpenMairie::Core
