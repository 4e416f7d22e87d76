#pragma once

#include "LabelSheetLayout.h"

class QSettings;

namespace OpenMairie::Documents {

// Per-printer offsets, kept on the seat (each printer feeds paper its own way). Stored with
// QSettings under "documents/decalages/<imprimante>".
class OPENMAIRIE_CORE_EXPORT PrinterOffsetStore
{
public:
    // settings: nullptr for the application's default settings.
    explicit PrinterOffsetStore(QSettings *settings = nullptr);

    PrinterOffset offset(const QString &printerName) const;
    Core::Status setOffset(const QString &printerName, const PrinterOffset &offset);

    // Offsets beyond ±20 mm are a typing error, not a printer.
    static constexpr double kMaxOffsetMm = 20;

private:
    static QString key(const QString &printerName);
    QSettings *m_settings;
};

} // namespace OpenMairie::Documents
