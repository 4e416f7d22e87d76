#include "MigrationStep.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace OpenMairie::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::MigrationStep)
};
} // namespace

MigrationStep MigrationStep::fromScript(const QString &module, int version, const QString &name,
                                        const QString &script)
{
    MigrationStep step;
    step.module = module;
    step.version = version;
    step.name = name;
    step.script = script;
    // Line ends are normalised so that a checkout with CRLF does not look like a changed step.
    QString normalised = script;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    step.checksum = QString::fromLatin1(
        QCryptographicHash::hash(normalised.toUtf8(), QCryptographicHash::Sha256).toHex());
    return step;
}

QString ModuleMigrations::resourceDirectory(const QString &module)
{
    return QStringLiteral(":/openmairie/migrations/") + module;
}

Result<ModuleMigrations> ModuleMigrations::fromDirectory(const QString &module, const QString &directory)
{
    ModuleMigrations result;
    result.module = module;
    const QDir dir(directory);
    if (!dir.exists())
        return result; // a module without tables
    static const QRegularExpression nameRe(QStringLiteral(R"(^(\d{4})_([A-Za-z0-9_\-]+)\.sql$)"));
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &fileName : files) {
        const QRegularExpressionMatch m = nameRe.match(fileName);
        if (!m.hasMatch())
            return Error(Tr::tr("Étape de migration mal nommée « %1 » dans le module %2 (attendu : "
                                "NNNN_description.sql).").arg(fileName, module));
        QFile file(dir.filePath(fileName));
        if (!file.open(QIODevice::ReadOnly))
            return Error(Tr::tr("Étape de migration illisible : %1.").arg(file.fileName()), file.errorString());
        result.steps.append(MigrationStep::fromScript(module, m.captured(1).toInt(), m.captured(2),
                                                      QString::fromUtf8(file.readAll())));
    }
    std::sort(result.steps.begin(), result.steps.end(),
              [](const MigrationStep &a, const MigrationStep &b) { return a.version < b.version; });
    for (qsizetype i = 0; i < result.steps.size(); ++i) {
        if (result.steps.at(i).version != i + 1)
            return Error(Tr::tr("Les étapes de migration du module %1 ne se suivent pas : l'étape %2 est "
                                "attendue.").arg(module).arg(i + 1));
    }
    return result;
}

} // namespace OpenMairie::Core
