#pragma once

#include <QIcon>
#include <QString>

namespace OpenMairie::Gui {

// The shell's own icons, compiled in (resources/icons). Names are the file names without ".svg".
class Icons
{
public:
    static QIcon get(const QString &name);
    static QString path(const QString &name);
    static QIcon application() { return get(QStringLiteral("openmairie")); }
};

} // namespace OpenMairie::Gui
