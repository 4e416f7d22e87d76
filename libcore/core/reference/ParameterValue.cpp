#include "ParameterValue.h"

#include "FrenchDate.h"
#include "TextNormalizer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>

namespace OpenMairie::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::ParameterValue)
};

Error refused(const ParameterDeclaration &d, const QString &why)
{
    return Error(Tr::tr("Paramètre « %1 » : %2").arg(d.label, why), {}, Error::Kind::InvalidInput);
}
} // namespace

Result<QString> ParameterValue::normalize(const ParameterDeclaration &d, const QString &text)
{
    const QString t = d.type == ParameterType::MultilineText ? text.trimmed() : text.simplified();
    if (t.isEmpty())
        return QString(QStringLiteral(""));
    switch (d.type) {
    case ParameterType::Text:
    case ParameterType::MultilineText:
        if (t.size() > 4000)
            return refused(d, Tr::tr("le texte dépasse 4 000 caractères ; raccourcissez-le."));
        return t;
    case ParameterType::Integer: {
        bool ok = false;
        const qlonglong n = QString(t).remove(u' ').toLongLong(&ok);
        if (!ok)
            return refused(d, Tr::tr("« %1 » n'est pas un nombre entier : écrivez des chiffres seulement, par exemple "
                                     "12.").arg(t));
        return QString::number(n);
    }
    case ParameterType::Boolean: {
        const QString key = TextNormalizer::searchKey(t);
        if (key == u"OUI" || key == u"O" || key == u"VRAI" || key == u"1" || key == u"TRUE")
            return QString(QStringLiteral("oui"));
        if (key == u"NON" || key == u"N" || key == u"FAUX" || key == u"0" || key == u"FALSE")
            return QString(QStringLiteral("non"));
        return refused(d, Tr::tr("« %1 » n'est ni « oui » ni « non ».").arg(t));
    }
    case ParameterType::Date: {
        Result<QDate> date = FrenchDate::parse(t);
        if (!date)
            return refused(d, date.error().message());
        return FrenchDate::format(date.value());
    }
    case ParameterType::Choice: {
        QStringList codes;
        for (const ParameterChoice &c : d.choices) {
            if (c.code == t || TextNormalizer::searchKey(c.label) == TextNormalizer::searchKey(t))
                return c.code;
            codes.append(c.code);
        }
        return refused(d, Tr::tr("« %1 » n'est pas un choix possible. Choix possibles : %2.")
                              .arg(t, codes.join(QStringLiteral(", "))));
    }
    case ParameterType::Image:
        return refused(d, Tr::tr("c'est une image : choisissez un fichier image, pas un texte."));
    }
    return t;
}

Status ParameterValue::validateImage(const ParameterDeclaration &d, const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return refused(d, Tr::tr("le fichier est vide. Choisissez une image PNG ou JPEG."));
    if (bytes.size() > kMaxImageBytes)
        return refused(d, Tr::tr("l'image pèse %1 Ko, plus que les 2 Mo admis. Réduisez-la (par exemple à 600 pixels "
                                 "de large) puis choisissez-la de nouveau.").arg((bytes.size() + 1023) / 1024));
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    if (reader.read().isNull())
        return refused(d, Tr::tr("le fichier n'est pas une image lisible (%1). Choisissez une image PNG ou JPEG.")
                              .arg(reader.errorString()));
    return {};
}

bool ParameterValue::isTrue(const QString &stored)
{
    return stored == u"oui";
}

QString ParameterValue::typeLabel(ParameterType type)
{
    switch (type) {
    case ParameterType::Text: return Tr::tr("texte");
    case ParameterType::MultilineText: return Tr::tr("texte sur plusieurs lignes");
    case ParameterType::Integer: return Tr::tr("nombre entier");
    case ParameterType::Boolean: return Tr::tr("oui ou non");
    case ParameterType::Date: return Tr::tr("date JJ/MM/AAAA");
    case ParameterType::Choice: return Tr::tr("choix");
    case ParameterType::Image: return Tr::tr("image");
    }
    return {};
}

} // namespace OpenMairie::Core
