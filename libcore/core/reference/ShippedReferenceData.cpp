#include "ShippedReferenceData.h"

#include <QCoreApplication>
#include <QFile>

namespace OpenMairie::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::ShippedReferenceData)
};
} // namespace

Result<QList<QStringList>> ShippedReferenceData::readRows(const QString &resourcePath)
{
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error(Tr::tr("Données de référence introuvables dans le programme : %1. Réinstallez OpenMairie.")
                         .arg(resourcePath), file.errorString(), Error::Kind::Storage);
    QList<QStringList> rows;
    bool headerSeen = false;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (!headerSeen) {
            headerSeen = true;
            continue;
        }
        rows.append(line.split(u';'));
    }
    return rows;
}

} // namespace OpenMairie::Core
