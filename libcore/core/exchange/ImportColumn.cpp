#include "ImportColumn.h"

#include "FrenchDate.h"
#include "TextNormalizer.h"

#include <QCoreApplication>
#include <QDate>

namespace OpenMairie::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::ImportColumn)
};

Error invalid(const QString &message)
{
    return Error(message, {}, Error::Kind::InvalidInput);
}

// Thousands separators agents and spreadsheets write in numbers: space, no-break spaces.
QString withoutGroupSeparators(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        if (c != u' ' && c != QChar(0x00A0) && c != QChar(0x202F))
            out += c;
    return out;
}

// dd/MM/yyyy and yyyy-MM-dd, the forms files hold, read without regular expressions; anything
// else (and every error message) goes through FrenchDate.
QDate quickDate(const QString &text)
{
    auto digits = [&text](int from, int count) {
        int n = 0;
        for (int i = from; i < from + count; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            n = n * 10 + (c - u'0');
        }
        return n;
    };
    if (text.size() != 10)
        return {};
    int d = -1, m = -1, y = -1;
    if (text.at(2) == u'/' && text.at(5) == u'/') {
        d = digits(0, 2);
        m = digits(3, 2);
        y = digits(6, 4);
    } else if (text.at(4) == u'-' && text.at(7) == u'-') {
        y = digits(0, 4);
        m = digits(5, 2);
        d = digits(8, 2);
    }
    if (d < 0 || m < 0 || y < 1800)
        return {};
    return QDate(y, m, d);
}

bool allDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}
} // namespace

ImportColumn::ImportColumn(const QString &name, const QString &label, Type type)
    : m_name(name), m_label(label), m_type(type)
{
}

ImportColumn ImportColumn::text(const QString &name, const QString &label, int maxLength)
{
    ImportColumn c(name, label, Type::Text);
    c.m_maxLength = maxLength;
    return c;
}

ImportColumn ImportColumn::integer(const QString &name, const QString &label, qint64 minimum, qint64 maximum)
{
    ImportColumn c(name, label, Type::Integer);
    c.m_minimum = minimum;
    c.m_maximum = maximum;
    return c;
}

ImportColumn ImportColumn::decimal(const QString &name, const QString &label, int maxDecimals)
{
    ImportColumn c(name, label, Type::Decimal);
    c.m_maxDecimals = maxDecimals;
    return c;
}

ImportColumn ImportColumn::date(const QString &name, const QString &label)
{
    return ImportColumn(name, label, Type::Date);
}

ImportColumn ImportColumn::boolean(const QString &name, const QString &label)
{
    return ImportColumn(name, label, Type::Boolean);
}

ImportColumn ImportColumn::enumeration(const QString &name, const QString &label, const QList<Choice> &choices)
{
    ImportColumn c(name, label, Type::Enumeration);
    c.m_choices = choices;
    for (const Choice &choice : choices)
        c.m_choiceKeys << comparisonKey(choice.code)
                       << (choice.label.isEmpty() ? QString() : comparisonKey(choice.label));
    return c;
}

ImportColumn ImportColumn::foreignKey(const QString &name, const QString &label, const QString &target,
                                      ForeignKeyLookupFactory lookup)
{
    ImportColumn c(name, label, Type::ForeignKey);
    c.m_target = target;
    c.m_lookup = std::move(lookup);
    return c;
}

ImportColumn &ImportColumn::setRequired(bool required)
{
    m_required = required;
    return *this;
}

ImportColumn &ImportColumn::setAliases(const QStringList &aliases)
{
    m_aliases = aliases;
    return *this;
}

ImportColumn &ImportColumn::setHelp(const QString &help)
{
    m_help = help;
    return *this;
}

QString ImportColumn::quoted(const QString &value)
{
    QString v = value;
    v.replace(QStringLiteral("\r\n"), QStringLiteral(" ")).replace(u'\n', u' ').replace(u'\r', u' ');
    if (v.size() > 30)
        v = v.left(30) + QChar(0x2026);
    return QStringLiteral("« %1 »").arg(v);
}

QString ImportColumn::comparisonKey(const QString &value)
{
    QString key;
    key.reserve(value.size());
    bool pendingSpace = false;
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if (u >= 0x80)
            return TextNormalizer::searchKey(value);
        const bool alnum = (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
        if (!alnum) {
            pendingSpace = true;
            continue;
        }
        if (pendingSpace && !key.isEmpty())
            key += u' ';
        pendingSpace = false;
        key += QChar(u >= u'a' ? char16_t(u - 32) : u);
    }
    return key;
}

QString ImportColumn::expectedContent() const
{
    switch (m_type) {
    case Type::Text:
        return Tr::tr("Texte, %1 caractères au plus").arg(m_maxLength);
    case Type::Integer:
        if (m_minimum != std::numeric_limits<qint64>::min() && m_maximum != std::numeric_limits<qint64>::max())
            return Tr::tr("Nombre entier de %1 à %2").arg(m_minimum).arg(m_maximum);
        return Tr::tr("Nombre entier");
    case Type::Decimal:
        return Tr::tr("Nombre, virgule décimale, %1 décimales au plus (exemple : 12,50)").arg(m_maxDecimals);
    case Type::Date:
        return Tr::tr("Date JJ/MM/AAAA (exemple : 20/12/1975)");
    case Type::Boolean:
        return Tr::tr("oui ou non");
    case Type::Enumeration: {
        QStringList values;
        for (const Choice &c : m_choices)
            values << (c.label.isEmpty() || c.label == c.code ? c.code
                                                              : QStringLiteral("%1 (%2)").arg(c.code, c.label));
        return Tr::tr("Une valeur parmi : %1").arg(values.join(QStringLiteral(", ")));
    }
    case Type::ForeignKey:
        return Tr::tr("Code ou libellé de %1 existant").arg(m_target);
    }
    return {};
}

Result<QVariant> ImportColumn::convert(const QString &cell, ForeignKeyLookup *lookup) const
{
    const QString value = cell.trimmed();
    if (value.isEmpty()) {
        if (m_required)
            return invalid(Tr::tr("valeur obligatoire manquante."));
        switch (m_type) {
        case Type::Integer: return QVariant(QMetaType(QMetaType::LongLong));
        case Type::Date: return QVariant(QMetaType(QMetaType::QDate));
        case Type::Boolean: return QVariant(QMetaType(QMetaType::Bool));
        case Type::ForeignKey: return QVariant(QMetaType(QMetaType::LongLong));
        default: return QVariant(QMetaType(QMetaType::QString));
        }
    }
    switch (m_type) {
    case Type::Text:
        if (value.size() > m_maxLength)
            return invalid(Tr::tr("%1 compte %2 caractères : %3 au plus.")
                               .arg(quoted(value)).arg(value.size()).arg(m_maxLength));
        return QVariant(value);
    case Type::Integer: {
        const QString digits = withoutGroupSeparators(value);
        const QStringView unsignedPart = (digits.startsWith(u'-') || digits.startsWith(u'+'))
                                             ? QStringView(digits).sliced(1) : QStringView(digits);
        bool ok = false;
        const qlonglong n = allDigits(unsignedPart) ? digits.toLongLong(&ok) : 0;
        if (!ok)
            return invalid(Tr::tr("%1 n'est pas un nombre entier.").arg(quoted(value)));
        if (n < m_minimum || n > m_maximum)
            return invalid(Tr::tr("%1 est hors des limites permises (de %2 à %3).")
                               .arg(quoted(value)).arg(m_minimum).arg(m_maximum));
        return QVariant(n);
    }
    case Type::Decimal: {
        QString digits = withoutGroupSeparators(value);
        QString sign;
        if (digits.startsWith(u'-') || digits.startsWith(u'+')) {
            if (digits.startsWith(u'-'))
                sign = QStringLiteral("-");
            digits.remove(0, 1);
        }
        // A comma is the French decimal mark; a single dot is accepted too (files from other
        // software), but never both.
        const qsizetype comma = digits.indexOf(u',');
        const qsizetype dot = digits.indexOf(u'.');
        const qsizetype mark = comma >= 0 ? comma : dot;
        const bool bothMarks = comma >= 0 && dot >= 0;
        QString integral = mark >= 0 ? digits.left(mark) : digits;
        const QString fraction = mark >= 0 ? digits.mid(mark + 1) : QString();
        const bool wellFormed = !bothMarks && (allDigits(integral) || (integral.isEmpty() && mark >= 0))
                                && (mark < 0 || allDigits(fraction));
        if (!wellFormed)
            return invalid(Tr::tr("%1 n'est pas un nombre : écrivez-le avec une virgule décimale, par exemple 12,50.")
                               .arg(quoted(value)));
        if (fraction.size() > m_maxDecimals)
            return invalid(Tr::tr("%1 a %2 décimales : %3 au plus.")
                               .arg(quoted(value)).arg(fraction.size()).arg(m_maxDecimals));
        while (integral.size() > 1 && integral.startsWith(u'0'))
            integral.remove(0, 1);
        if (integral.isEmpty())
            integral = QStringLiteral("0");
        QString trimmedFraction = fraction;
        while (trimmedFraction.endsWith(u'0'))
            trimmedFraction.chop(1);
        const bool zero = integral == u"0" && trimmedFraction.isEmpty();
        return QVariant((zero ? QString() : sign) + integral
                        + (trimmedFraction.isEmpty() ? QString() : u'.' + trimmedFraction));
    }
    case Type::Date: {
        if (const QDate quick = quickDate(value); quick.isValid())
            return QVariant(quick);
        const Result<QDate> date = FrenchDate::parse(value);
        if (!date)
            return invalid(date.error().message());
        return QVariant(date.value());
    }
    case Type::Boolean: {
        const QString key = comparisonKey(value);
        if (key == u"OUI" || key == u"O" || key == u"VRAI" || key == u"1")
            return QVariant(true);
        if (key == u"NON" || key == u"N" || key == u"FAUX" || key == u"0")
            return QVariant(false);
        return invalid(Tr::tr("%1 n'est pas une réponse oui/non : écrivez oui ou non.").arg(quoted(value)));
    }
    case Type::Enumeration: {
        const QString key = comparisonKey(value);
        for (qsizetype i = 0; i < m_choices.size(); ++i) {
            const bool byCode = m_choiceKeys.at(2 * i) == key;
            const bool byLabel = !m_choices.at(i).label.isEmpty() && m_choiceKeys.at(2 * i + 1) == key;
            if (byCode || byLabel)
                return QVariant(m_choices.at(i).code);
        }
        QStringList codes;
        for (const Choice &c : m_choices)
            codes << c.code;
        return invalid(Tr::tr("%1 n'est pas une valeur permise ; valeurs possibles : %2.")
                           .arg(quoted(value), codes.join(QStringLiteral(", "))));
    }
    case Type::ForeignKey:
        if (!lookup)
            return Error(Tr::tr("La colonne « %1 » n'a pas de table de correspondance.").arg(m_name), {},
                         Error::Kind::Generic);
        return lookup->resolve(value);
    }
    return invalid(Tr::tr("type de colonne inconnu."));
}

} // namespace OpenMairie::Core
