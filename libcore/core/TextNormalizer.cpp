#include "TextNormalizer.h"

namespace OpenMairie::Core {

QString TextNormalizer::searchKey(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_SpacingCombining
            || c.category() == QChar::Mark_Enclosing)
            continue;
        if (c.isLetterOrNumber()) {
            if (pendingSpace && !out.isEmpty())
                out += u' ';
            pendingSpace = false;
            switch (c.unicode()) {
            case 0x0153: case 0x0152: out += QStringLiteral("OE"); break; // œ Œ
            case 0x00E6: case 0x00C6: out += QStringLiteral("AE"); break; // æ Æ
            case 0x00DF: out += QStringLiteral("SS"); break;              // ß
            case 0x00F8: case 0x00D8: out += u'O'; break;                 // ø Ø
            case 0x0142: case 0x0141: out += u'L'; break;                 // ł Ł
            case 0x0111: case 0x0110: out += u'D'; break;                 // đ Đ
            default: out += c.toUpper();
            }
        } else {
            pendingSpace = true;
        }
    }
    return out;
}

QString TextNormalizer::likePrefix(const QString &text)
{
    QString key = searchKey(text);
    key.replace(u'\\', QStringLiteral("\\\\"));
    key.replace(u'%', QStringLiteral("\\%"));
    key.replace(u'_', QStringLiteral("\\_"));
    return key + u'%';
}

} // namespace OpenMairie::Core
