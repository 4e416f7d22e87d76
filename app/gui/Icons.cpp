#include "Icons.h"

#include <QHash>

namespace OpenMairie::Gui {

QString Icons::path(const QString &name)
{
    return QStringLiteral(":/openmairie/icons/") + name + QStringLiteral(".svg");
}

QIcon Icons::get(const QString &name)
{
    // QIcon parses the SVG lazily; caching spares a lookup for icons repeated in menus and cards.
    static QHash<QString, QIcon> cache;
    auto it = cache.find(name);
    if (it == cache.end())
        it = cache.insert(name, QIcon(path(name)));
    return it.value();
}

} // namespace OpenMairie::Gui
