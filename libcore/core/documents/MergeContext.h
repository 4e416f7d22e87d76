#pragma once

#include "DocumentRecord.h"

#include <QDate>
#include <QImage>

namespace OpenMairie::Documents {

// Everything a record is merged with: the record, the commune's parameters, the date, the logo.
// A batch loads the commune's part once and changes only the record.
class OPENMAIRIE_CORE_EXPORT MergeContext
{
public:
    DocumentRecord record;
    QHash<QString, QString> parameters; // "maire" -> "Mme Jeanne Martin", "ville" -> "Arles"
    QDate today = QDate::currentDate();
    QString logoPath;                   // as configured (parameter « logo »), for the warning
    QByteArray logoData;                // the logo stored in the database; preferred to logoPath
    QImage logo;                        // null when missing or unreadable

    // &aujourdhui and &aujourdhui_long come from today; the others from parameters.
    QString parameter(const QString &name) const;
    // Reads the logo named by the « logo » parameter; false (and a null logo) when it cannot.
    bool loadLogo();
};

} // namespace OpenMairie::Documents
