#pragma once

#include "ConnectionProfile.h"

namespace OpenMairie::Cli {

// Which database a command works on: --db when given, else the profile the GUI saved on this
// account (QSettings "OpenMairie"/"OpenMairie"), else the default local file. On PostgreSQL the
// role comes from the address or from --user.
class DatabaseTarget
{
public:
    // dbOption and userOption as typed (empty when absent). Errors are command-line mistakes.
    static Core::Result<Core::ConnectionProfile> resolve(const QString &dbOption, const QString &userOption);
    static Core::ConnectionProfile savedOrDefault();
};

} // namespace OpenMairie::Cli
