#include "ConnectionProbe.h"

#include "DatabaseManager.h"
#include "MigrationRunner.h"

#include <QEventLoop>
#include <QThread>

#include <memory>

namespace OpenMairie::Gui {

ProbeResult ConnectionProbe::run(const Core::ConnectionProfile &profile, const QString &password,
                                 const QList<Core::ModuleMigrations> &migrations)
{
    ProbeResult result;
    // DatabaseManager names its connections by thread: a separate thread keeps the probe's connection
    // apart from the shell's.
    std::unique_ptr<QThread> worker(QThread::create([&] {
        Core::DatabaseManager database;
        if (Core::Status s = database.open(profile, password, Core::DatabaseManager::OpenMode::OpenExisting); !s) {
            result.status = s;
            return;
        }
        Core::Result<QList<Core::ModuleSchemaState>> states = Core::MigrationRunner(database).inspect(migrations);
        if (!states) {
            result.status = states.error();
        } else {
            for (const Core::ModuleSchemaState &state : states.value()) {
                if (state.module == u"core") {
                    result.coreSchemaVersion = state.appliedVersion;
                    result.containsOpenMairie = state.appliedVersion > 0;
                    if (state.isTooNew())
                        result.status = Core::MigrationRunner::tooNewError(state);
                }
            }
        }
        database.close();
    }));
    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    if (!worker->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    worker->wait();
    return result;
}

} // namespace OpenMairie::Gui
