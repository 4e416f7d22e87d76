#include "DatabaseTarget.h"

#include <QCoreApplication>
#include <QSettings>

namespace OpenMairie::Cli {

using Core::ConnectionProfile;
using Core::Error;
using Core::Result;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Cli::DatabaseTarget)
};
} // namespace

ConnectionProfile DatabaseTarget::savedOrDefault()
{
    const QSettings settings(QStringLiteral("OpenMairie"), QStringLiteral("OpenMairie"));
    Result<ConnectionProfile> saved = ConnectionProfile::load(settings);
    if (saved && saved->isValid())
        return saved.value();
    return ConnectionProfile::defaultLocal();
}

Result<ConnectionProfile> DatabaseTarget::resolve(const QString &dbOption, const QString &userOption)
{
    const QString user = userOption.trimmed();
    ConnectionProfile profile;
    const bool explicitDb = !dbOption.trimmed().isEmpty();
    if (explicitDb) {
        Result<ConnectionProfile> parsed = ConnectionProfile::fromUrl(dbOption);
        if (!parsed)
            return parsed;
        profile = parsed.value();
    } else {
        profile = savedOrDefault();
    }
    if (!profile.isPostgres())
        return profile;
    if (!user.isEmpty()) {
        // Two different roles typed on one command line is a mistake to point out, not to guess;
        // a role remembered by the GUI simply gives way to --user.
        if (explicitDb && !profile.role().isEmpty() && profile.role() != user)
            return Error(Tr::tr("Deux rôles différents sont indiqués : « %1 » dans l'adresse --db et « %2 » avec "
                                "--user. Gardez-en un seul.").arg(profile.role(), user),
                         {}, Error::Kind::InvalidInput);
        profile.setRole(user);
    }
    if (profile.role().isEmpty())
        return Error(Tr::tr("Rôle PostgreSQL manquant : indiquez-le dans l'adresse "
                            "(postgresql://rôle@serveur:port/base) ou avec --user."),
                     {}, Error::Kind::InvalidInput);
    return profile;
}

} // namespace OpenMairie::Cli
