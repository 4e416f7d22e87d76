#pragma once

#include "Result.h"

#include <QBitArray>
#include <QImage>

namespace OpenMairie::Documents {

// Barcodes and QR codes through libzint. The symbol is built module by module from zint's
// encoded matrix, at a whole number of pixels per module, so that no bar is resampled.
class OPENMAIRIE_CORE_EXPORT BarcodeRenderer
{
public:
    enum class Symbology { Code128, QrCode };

    struct Matrix
    {
        int rows = 0;
        int columns = 0;
        QBitArray modules; // row-major, true = dark
        bool isSet(int row, int column) const { return modules.testBit(row * columns + column); }
    };

    // The X dimension used for Code 128 on documents (0,33 mm: readable by any hand scanner).
    static constexpr double kCode128ModuleMm = 0.33;

    static Core::Result<Matrix> encode(Symbology symbology, const QString &data);
    // With quiet zones (10 modules for Code 128, 4 for QR), black on white, opaque (PDF/A).
    // A linear symbol is heightModules tall.
    static Core::Result<QImage> render(Symbology symbology, const QString &data, int pixelsPerModule = 4,
                                       int heightModules = 36);
    static int quietZoneModules(Symbology symbology);
};

} // namespace OpenMairie::Documents
