#include "DocumentFonts.h"

#include <QDir>
#include <QFontDatabase>
#include <QLoggingCategory>
#include <QMutex>

namespace OpenMairie::Documents {

Q_LOGGING_CATEGORY(lcFonts, "openmairie.documents.fonts")

namespace {
QMutex g_mutex;
bool g_registered = false;
QStringList g_families;
} // namespace

void DocumentFonts::ensureRegistered()
{
    QMutexLocker lock(&g_mutex);
    if (g_registered)
        return;
    g_registered = true;
    const QDir dir(QStringLiteral(":/openmairie/fonts"));
    const QStringList files = dir.entryList({QStringLiteral("*.ttf")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const int id = QFontDatabase::addApplicationFont(dir.filePath(file));
        if (id < 0) {
            qCWarning(lcFonts) << "police non chargée" << file;
            continue;
        }
        for (const QString &family : QFontDatabase::applicationFontFamilies(id))
            if (!g_families.contains(family))
                g_families.append(family);
    }
}

QStringList DocumentFonts::families()
{
    ensureRegistered();
    QMutexLocker lock(&g_mutex);
    return g_families;
}

} // namespace OpenMairie::Documents
