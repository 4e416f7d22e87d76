#pragma once

#include "CommuneDataGenerator.h"

#include "Result.h"
#include "SqlDialect.h"

#include <QSqlDatabase>

namespace OpenMairie::Bench {

// Fills the core's street register (table voie) of one commune straight from the generator,
// without a file: the quickest way to give a benchmark or a test a large commune. One transaction:
// the commune gets every street or none. The audit triggers run as for any insert.
class VoieTableFiller
{
public:
    static Core::Result<qint64> fill(QSqlDatabase db, const Core::SqlDialect &dialect, const QString &codeInsee,
                                     const QList<GeneratedVoie> &voies, const QString &login);
};

} // namespace OpenMairie::Bench
