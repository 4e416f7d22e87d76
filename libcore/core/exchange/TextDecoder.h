#pragma once

#include "openmairie_core_export.h"

#include <QByteArrayView>
#include <QString>

namespace OpenMairie::Core {

// The encodings in which town-hall files arrive: spreadsheets save CSV as UTF-8 (with or without a
// BOM) or in the Windows code page; older Unix tools in ISO-8859-15.
enum class TextEncoding {
    Undetermined, // only ASCII seen so far: every supported encoding reads it the same way
    Utf8,
    Utf8WithBom,
    Windows1252,
    Iso885915,
    Utf16,        // recognised to be refused: "Texte Unicode" from a spreadsheet is not a CSV
    Mixed,        // valid UTF-8 next to invalid bytes: two files pasted together
    Binary,       // NUL bytes: a workbook or an archive renamed .csv
};

// Detection and decoding of the supported encodings. Windows-1252 and ISO-8859-15 are decoded by
// our own tables rather than through ICU, so that the result is the same on every platform and
// Qt build.
class OPENMAIRIE_CORE_EXPORT TextDecoder
{
public:
    // Looks at the first bytes of a file. `complete` says whether the sample is the whole file (a
    // multi-byte sequence cut at the end of a partial sample is not an error). When the result is
    // Mixed, *firstInvalidOffset gives where the first invalid byte is.
    static TextEncoding detect(QByteArrayView sample, bool complete, qsizetype *firstInvalidOffset = nullptr);

    // Chooses between the two 8-bit encodings: bytes 0x80-0x9F are printable only in Windows-1252
    // (€ œ ’ …), and €, œ, Œ, Š, Ž, Ÿ sit at 0xA4-0xBE in ISO-8859-15, where Windows-1252 has rare
    // signs (¤ ½ ¼ ¦ ¨ ´ ¸ ¾) that French text does not use.
    static TextEncoding detectEightBit(QByteArrayView bytes);

    static bool isAscii(QByteArrayView bytes);
    // Strict RFC 3629 check (no overlong forms, no surrogates, nothing above U+10FFFF).
    static bool isValidUtf8(QByteArrayView bytes, qsizetype *firstInvalidOffset = nullptr,
                            qsizetype *multiByteSequences = nullptr, bool allowTruncatedEnd = false);

    // Decodes bytes of the given encoding; *valid is false when UTF-8 bytes are invalid (they are
    // then replaced by U+FFFD). Undetermined is read as UTF-8.
    static QString decode(QByteArrayView bytes, TextEncoding encoding, bool *valid = nullptr);

    // "UTF-8", "UTF-8 avec BOM", "Windows-1252"... as shown in the import report.
    static QString displayName(TextEncoding encoding);
};

} // namespace OpenMairie::Core
