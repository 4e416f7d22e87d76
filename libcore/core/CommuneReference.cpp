#include "CommuneReference.h"

#include "TextNormalizer.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QTextStream>

#include <algorithm>

namespace OpenMairie::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::CommuneReference)
};
} // namespace

QString InseeCommune::label() const
{
    return QStringLiteral("%1 (%2)").arg(nom, departement);
}

const CommuneReference &CommuneReference::instance()
{
    static const CommuneReference reference;
    return reference;
}

CommuneReference::CommuneReference()
{
    QFile file(QStringLiteral(":/openmairie/reference/communes-insee.csv"));
    if (file.open(QIODevice::ReadOnly)) {
        QTextStream in(&file);
        in.setEncoding(QStringConverter::Utf8);
        in.readLine(); // header
        while (!in.atEnd()) {
            const QStringList f = in.readLine().split(u';');
            if (f.size() < 7)
                continue;
            InseeCommune c{f.at(0), f.at(1), f.at(2), f.at(3), f.at(5), f.at(6).toInt()};
            m_communes.append(c);
        }
    }
    std::stable_sort(m_communes.begin(), m_communes.end(), [](const InseeCommune &a, const InseeCommune &b) {
        const bool aCurrent = a.type == u"commune-actuelle";
        const bool bCurrent = b.type == u"commune-actuelle";
        if (aCurrent != bCurrent)
            return aCurrent;
        return a.population > b.population;
    });
    m_keys.reserve(m_communes.size());
    for (const InseeCommune &c : std::as_const(m_communes))
        m_keys.append(TextNormalizer::searchKey(c.nom));
    QFile deps(QStringLiteral(":/openmairie/reference/departements-insee.csv"));
    if (deps.open(QIODevice::ReadOnly)) {
        QTextStream in(&deps);
        in.setEncoding(QStringConverter::Utf8);
        in.readLine();
        while (!in.atEnd()) {
            const QStringList f = in.readLine().split(u';');
            if (f.size() >= 2)
                m_departements.insert(f.at(0), f.at(1));
        }
    }
}

Result<InseeCommune> CommuneReference::find(const QString &code) const
{
    const QString wanted = code.trimmed().toUpper();
    for (const InseeCommune &c : m_communes)
        if (c.code == wanted)
            return c; // current communes come first
    return Error(Tr::tr("Le code INSEE « %1 » ne correspond à aucune commune. Vérifiez-le (5 caractères, par "
                        "exemple 13004 pour Arles, 2A004 pour Ajaccio).").arg(code),
                 {}, Error::Kind::InvalidInput);
}

QList<InseeCommune> CommuneReference::search(const QString &text, int limit) const
{
    QList<InseeCommune> result;
    const QString key = TextNormalizer::searchKey(text);
    if (key.isEmpty())
        return result;
    const QString code = text.trimmed().toUpper();
    for (qsizetype i = 0; i < m_communes.size() && result.size() < limit; ++i) {
        if (m_keys.at(i).startsWith(key) || m_communes.at(i).code.startsWith(code))
            result.append(m_communes.at(i));
    }
    return result;
}

QString CommuneReference::departementName(const QString &code) const
{
    return m_departements.value(code);
}

} // namespace OpenMairie::Core
