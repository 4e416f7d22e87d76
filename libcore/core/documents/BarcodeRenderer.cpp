#include "BarcodeRenderer.h"

#include <QCoreApplication>
#include <QPainter>

#include <zint.h>

#include <memory>

namespace OpenMairie::Documents {

using Core::Error;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Documents::BarcodeRenderer)
};

struct SymbolDeleter
{
    void operator()(zint_symbol *symbol) const { ZBarcode_Delete(symbol); }
};
} // namespace

int BarcodeRenderer::quietZoneModules(Symbology symbology)
{
    return symbology == Symbology::Code128 ? 10 : 4;
}

Core::Result<BarcodeRenderer::Matrix> BarcodeRenderer::encode(Symbology symbology, const QString &data)
{
    if (data.isEmpty())
        return Error(Tr::tr("Rien à coder : la valeur est vide."), {}, Error::Kind::InvalidInput);
    std::unique_ptr<zint_symbol, SymbolDeleter> symbol(ZBarcode_Create());
    if (!symbol)
        return Error(Tr::tr("Mémoire insuffisante pour produire le code-barres."));
    symbol->symbology = symbology == Symbology::Code128 ? BARCODE_CODE128 : BARCODE_QRCODE;
    symbol->input_mode = UNICODE_MODE;
    if (symbology == Symbology::QrCode)
        symbol->option_1 = 2; // error correction M: survives a stamp or a fold
    const QByteArray utf8 = data.toUtf8();
    const int rc = ZBarcode_Encode(symbol.get(), reinterpret_cast<const unsigned char *>(utf8.constData()),
                                   int(utf8.size()));
    if (rc >= ZINT_ERROR)
        return Error(Tr::tr("La valeur « %1 » ne peut pas être codée en %2.")
                         .arg(data, symbology == Symbology::Code128 ? QStringLiteral("Code 128")
                                                                    : QStringLiteral("QR code")),
                     QString::fromLatin1(symbol->errtxt), Error::Kind::InvalidInput);
    Matrix m;
    m.rows = symbol->rows;
    m.columns = symbol->width;
    m.modules.resize(m.rows * m.columns);
    for (int r = 0; r < m.rows; ++r)
        for (int c = 0; c < m.columns; ++c)
            if ((symbol->encoded_data[r][c >> 3] >> (c & 7)) & 1)
                m.modules.setBit(r * m.columns + c);
    return m;
}

Core::Result<QImage> BarcodeRenderer::render(Symbology symbology, const QString &data, int pixelsPerModule,
                                             int heightModules)
{
    Core::Result<Matrix> encoded = encode(symbology, data);
    if (!encoded)
        return encoded.error();
    const Matrix &m = encoded.value();
    const int quiet = quietZoneModules(symbology);
    const bool linear = symbology == Symbology::Code128;
    const int widthModules = m.columns + 2 * quiet;
    const int tallModules = linear ? heightModules : m.rows + 2 * quiet;
    QImage image(widthModules * pixelsPerModule, tallModules * pixelsPerModule, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::black);
    for (int r = 0; r < m.rows; ++r) {
        for (int c = 0; c < m.columns; ++c) {
            if (!m.isSet(r, c))
                continue;
            const int x = (c + quiet) * pixelsPerModule;
            if (linear)
                p.drawRect(x, 0, pixelsPerModule, image.height());
            else
                p.drawRect(x, (r + quiet) * pixelsPerModule, pixelsPerModule, pixelsPerModule);
        }
    }
    p.end();
    return image;
}

} // namespace OpenMairie::Documents
