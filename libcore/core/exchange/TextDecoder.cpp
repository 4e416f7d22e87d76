#include "TextDecoder.h"

#include <QCoreApplication>

#include <array>

namespace OpenMairie::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::TextDecoder)
};

// Windows-1252 0x80-0x9F. The five unassigned bytes keep their C1 code point, as the WHATWG
// decoder does, so that decoding never fails.
constexpr std::array<char16_t, 32> kWindows1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

char16_t iso885915(uchar b)
{
    switch (b) {
    case 0xA4: return 0x20AC; // €
    case 0xA6: return 0x0160; // Š
    case 0xA8: return 0x0161; // š
    case 0xB4: return 0x017D; // Ž
    case 0xB8: return 0x017E; // ž
    case 0xBC: return 0x0152; // Œ
    case 0xBD: return 0x0153; // œ
    case 0xBE: return 0x0178; // Ÿ
    default: return b;
    }
}

bool isIso885915Specific(uchar b)
{
    return b == 0xA4 || b == 0xA6 || b == 0xA8 || b == 0xB4 || b == 0xB8 || b == 0xBC || b == 0xBD || b == 0xBE;
}
} // namespace

bool TextDecoder::isAscii(QByteArrayView bytes)
{
    for (const char c : bytes)
        if (static_cast<uchar>(c) >= 0x80)
            return false;
    return true;
}

bool TextDecoder::isValidUtf8(QByteArrayView bytes, qsizetype *firstInvalidOffset, qsizetype *multiByteSequences,
                              bool allowTruncatedEnd)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype multi = 0;
    qsizetype firstInvalid = -1;
    qsizetype i = 0;
    while (i < n) {
        const uchar b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        uchar lowest = 0x80, highest = 0xBF; // bounds of the second byte
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            if (b == 0xE0) lowest = 0xA0;        // overlong
            if (b == 0xED) highest = 0x9F;       // surrogates
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            if (b == 0xF0) lowest = 0x90;        // overlong
            if (b == 0xF4) highest = 0x8F;       // above U+10FFFF
        }
        bool ok = length > 0;
        qsizetype k = 1;
        for (; ok && k < length; ++k) {
            if (i + k >= n) {
                // Cut by the end of a partial sample: not an error, nothing more to check.
                if (allowTruncatedEnd) {
                    if (multiByteSequences)
                        *multiByteSequences = multi;
                    if (firstInvalidOffset)
                        *firstInvalidOffset = firstInvalid;
                    return firstInvalid < 0;
                }
                ok = false;
                break;
            }
            const uchar c = p[i + k];
            const uchar lo = k == 1 ? lowest : 0x80;
            const uchar hi = k == 1 ? highest : 0xBF;
            if (c < lo || c > hi)
                ok = false;
        }
        if (ok) {
            ++multi;
            i += length;
        } else {
            if (firstInvalid < 0)
                firstInvalid = i;
            ++i;
        }
    }
    if (multiByteSequences)
        *multiByteSequences = multi;
    if (firstInvalidOffset)
        *firstInvalidOffset = firstInvalid;
    return firstInvalid < 0;
}

TextEncoding TextDecoder::detectEightBit(QByteArrayView bytes)
{
    bool iso = false;
    for (const char ch : bytes) {
        const auto b = static_cast<uchar>(ch);
        if (b >= 0x80 && b <= 0x9F)
            return TextEncoding::Windows1252;
        if (isIso885915Specific(b))
            iso = true;
    }
    // With neither clue both encodings decode the sample identically: Windows-1252, the one
    // spreadsheets on Windows write, is then the better name to show.
    return iso ? TextEncoding::Iso885915 : TextEncoding::Windows1252;
}

TextEncoding TextDecoder::detect(QByteArrayView sample, bool complete, qsizetype *firstInvalidOffset)
{
    if (firstInvalidOffset)
        *firstInvalidOffset = -1;
    if (sample.startsWith("\xEF\xBB\xBF"))
        return TextEncoding::Utf8WithBom;
    if (sample.startsWith("\xFF\xFE") || sample.startsWith("\xFE\xFF"))
        return TextEncoding::Utf16;
    if (sample.contains('\0')) {
        // UTF-16 without BOM puts a NUL beside every ASCII character; anything else is binary.
        qsizetype zerosAtOdd = 0, zerosAtEven = 0;
        for (qsizetype i = 0; i < sample.size(); ++i)
            if (sample[i] == '\0')
                ++((i % 2) ? zerosAtOdd : zerosAtEven);
        const qsizetype half = sample.size() / 2;
        if (half > 0 && (zerosAtOdd * 10 >= half * 8 || zerosAtEven * 10 >= half * 8)
            && !sample.startsWith("PK"))
            return TextEncoding::Utf16;
        return TextEncoding::Binary;
    }
    qsizetype invalid = -1, multi = 0;
    if (isValidUtf8(sample, &invalid, &multi, !complete))
        return multi > 0 ? TextEncoding::Utf8 : TextEncoding::Undetermined;
    if (multi > 0) {
        if (firstInvalidOffset)
            *firstInvalidOffset = invalid;
        return TextEncoding::Mixed;
    }
    return detectEightBit(sample);
}

QString TextDecoder::decode(QByteArrayView bytes, TextEncoding encoding, bool *valid)
{
    if (valid)
        *valid = true;
    if (isAscii(bytes))
        return QString::fromLatin1(bytes);
    switch (encoding) {
    case TextEncoding::Windows1252: {
        QString out(bytes.size(), Qt::Uninitialized);
        QChar *d = out.data();
        for (const char ch : bytes) {
            const auto b = static_cast<uchar>(ch);
            *d++ = QChar(b >= 0x80 && b <= 0x9F ? kWindows1252High[b - 0x80] : char16_t(b));
        }
        return out;
    }
    case TextEncoding::Iso885915: {
        QString out(bytes.size(), Qt::Uninitialized);
        QChar *d = out.data();
        for (const char ch : bytes)
            *d++ = QChar(iso885915(static_cast<uchar>(ch)));
        return out;
    }
    default:
        if (valid)
            *valid = isValidUtf8(bytes);
        return QString::fromUtf8(bytes);
    }
}

QString TextDecoder::displayName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Undetermined: return Tr::tr("ASCII (compatible UTF-8)");
    case TextEncoding::Utf8: return Tr::tr("UTF-8");
    case TextEncoding::Utf8WithBom: return Tr::tr("UTF-8 avec BOM");
    case TextEncoding::Windows1252: return Tr::tr("Windows-1252");
    case TextEncoding::Iso885915: return Tr::tr("ISO-8859-15");
    case TextEncoding::Utf16: return Tr::tr("UTF-16");
    case TextEncoding::Mixed: return Tr::tr("mélange UTF-8 et Windows-1252");
    case TextEncoding::Binary: return Tr::tr("binaire (pas du texte)");
    }
    return {};
}

} // namespace OpenMairie::Core
