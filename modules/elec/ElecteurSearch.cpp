#include "ElecteurSearch.h"

#include "SqlValue.h"
#include "ElecteurValidator.h"

#include "FrenchDate.h"
#include "TextNormalizer.h"

#include <QRegularExpression>

namespace OpenMairie::Elec {

ElecteurSearch ElecteurSearch::parse(const QString &text)
{
    ElecteurSearch s;
    static const QRegularExpression dateLike(QStringLiteral("^[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{4}$|^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    const QStringList tokens = text.simplified().split(u' ', Qt::SkipEmptyParts);
    for (const QString &token : tokens) {
        if (ElecteurValidator::isValidIne(token) || dateLike.match(token).hasMatch()) {
            if (ElecteurValidator::isValidIne(token))
                s.m_ine = token;
            if (Core::Result<QDate> d = Core::FrenchDate::parse(token); d)
                s.m_date = d.value();
            continue;
        }
        const QString key = Core::TextNormalizer::searchKey(token);
        if (key.isEmpty())
            continue;
        // A name typed with a space ("LE GALL") keeps its words: each is matched on its own.
        for (const QString &part : key.split(u' ', Qt::SkipEmptyParts)) {
            if (s.m_namePrefix.isEmpty())
                s.m_namePrefix = part;
            else
                s.m_words.append(part);
        }
    }
    return s;
}

QString ElecteurSearch::condition(bool byUsage, QVariantList *binds) const
{
    QString sql;
    if (!m_namePrefix.isEmpty()) {
        sql += byUsage ? QStringLiteral(" AND e.cle_usage >= ? AND e.cle_usage < ?")
                       : QStringLiteral(" AND e.cle_tri >= ? AND e.cle_tri < ?");
        binds->append(m_namePrefix);
        binds->append(Core::SqlValue::prefixUpperBound(m_namePrefix));
    }
    for (const QString &word : m_words) {
        sql += QStringLiteral(" AND (e.cle_prenoms LIKE ? OR e.cle_prenoms LIKE ? OR e.cle_nom LIKE ? "
                              "OR e.cle_nom LIKE ? OR e.cle_usage LIKE ?)");
        const QString starts = word + u'%';
        const QString inside = QStringLiteral("% ") + word + u'%';
        *binds << starts << inside << starts << inside << starts;
    }
    if (!m_ine.isEmpty() && m_date.isValid()) {
        sql += QStringLiteral(" AND (e.ine = ? OR e.date_naissance = ?)");
        binds->append(m_ine);
        binds->append(m_date);
    } else if (!m_ine.isEmpty()) {
        sql += QStringLiteral(" AND e.ine = ?");
        binds->append(m_ine);
    } else if (m_date.isValid()) {
        sql += QStringLiteral(" AND e.date_naissance = ?");
        binds->append(m_date);
    }
    return sql;
}

} // namespace OpenMairie::Elec
