#pragma once

#include "exchange/ImportDefinition.h"
#include "exchange/ImportReport.h"

#include "Result.h"

#include <QHash>
#include <QString>

#include <memory>

namespace OpenMairie::Core {
class ImportService;
}

namespace OpenMairie::Cimetiere {

class CimetiereAccess;

// The plots a run of the emplacements file declares, so that the defunts file of the same run may
// name them before they are written: key (cemetery|zone|allée|number, normalised) → places.
using PlannedPlots = QHash<QString, int>;

// Migration from the spreadsheets communes keep: emplacements.csv (plots, with their concession
// when there is one) then defunts.csv (who lies where), through the core import framework (model
// file, encoding and separator detection, report, rejects). Both files are simulated first; nothing
// is written unless both would pass.
class CimetiereImport
{
public:
    static const QString kEmplacementsId;
    static const QString kDefuntsId;
    static const QString kPermission;

    struct Outcome
    {
        Core::ImportReport emplacements;
        Core::ImportReport defunts;
        bool dryRun = false;
        bool succeeded() const;
    };

    CimetiereImport(CimetiereAccess &access, Core::ImportService &importer);

    static Core::ImportDefinition emplacementsDefinition(std::shared_ptr<PlannedPlots> planned = {});
    static Core::ImportDefinition defuntsDefinition(std::shared_ptr<PlannedPlots> planned = {});
    // cemetery|zone|allée|number as the two files and the database compare them.
    static QString plotKey(const QString &cimetiere, const QString &zone, const QString &allee, qint64 numero);

    Core::Result<Outcome> run(const QString &emplacementsPath, const QString &defuntsPath, bool dryRun);

private:
    CimetiereAccess &m_access;
    Core::ImportService &m_importer;
};

} // namespace OpenMairie::Cimetiere
