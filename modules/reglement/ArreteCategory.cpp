#include "ArreteCategory.h"

#include "TextNormalizer.h"
#include "Tr.h"

namespace OpenMairie::Reglement {

ArreteCategory::ArreteCategory(QString code, QString label, ActNature nature, bool transmissionByDefault)
    : m_code(std::move(code)), m_label(std::move(label)), m_nature(nature),
      m_transmissionByDefault(transmissionByDefault)
{
}

const QList<ArreteCategory> &ArreteCategory::all()
{
    // Built on first use so that the labels go through the translator installed by then.
    static const QList<ArreteCategory> categories{
        {QStringLiteral("reglementaire"), Tr::tr("Réglementaire"), ActNature::Reglementaire, true},
        {QStringLiteral("individuel"), Tr::tr("Individuel"), ActNature::Individuelle, true},
        {QStringLiteral("circulation_temporaire"), Tr::tr("Temporaire de circulation et de stationnement"),
         ActNature::Reglementaire, false},
        {QStringLiteral("circulation_permanente"), Tr::tr("Permanent de circulation"), ActNature::Reglementaire,
         false},
        {QStringLiteral("police"), Tr::tr("Police du maire"), ActNature::Mixte, true},
        {QStringLiteral("personnel"), Tr::tr("Fonction publique / personnel"), ActNature::Individuelle, true},
        {QStringLiteral("autre"), Tr::tr("Autre"), ActNature::Mixte, true},
    };
    return categories;
}

ArreteCategory ArreteCategory::fromCode(const QString &code)
{
    for (const ArreteCategory &c : all())
        if (c.code() == code)
            return c;
    return {};
}

ArreteCategory ArreteCategory::find(const QString &codeOrLabel)
{
    const QString key = Core::TextNormalizer::searchKey(codeOrLabel);
    if (key.isEmpty())
        return {};
    for (const ArreteCategory &c : all()) {
        if (Core::TextNormalizer::searchKey(c.code()) == key || Core::TextNormalizer::searchKey(c.label()) == key)
            return c;
    }
    return {};
}

QString ArreteCategory::labelOf(const QString &code)
{
    const ArreteCategory c = fromCode(code);
    return c.isValid() ? c.label() : code;
}

QString ArreteCategory::codeList()
{
    QStringList codes;
    for (const ArreteCategory &c : all())
        codes.append(c.code());
    return codes.join(QStringLiteral(", "));
}

} // namespace OpenMairie::Reglement
