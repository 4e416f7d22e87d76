#pragma once

#include <QDate>
#include <QStringList>
#include <QVariantList>

namespace OpenMairie::Elec {

// What an agent types in the search box, read the way the counter uses it: the first word is the
// start of a name (de naissance or d'usage), the next words the start of a prénom or of another
// name; a date (20121975, 20/12/1975) is a date of birth; 8 or 9 digits may also be an INE.
// Names are compared through their search keys, so accents and case do not matter.
class ElecteurSearch
{
public:
    static ElecteurSearch parse(const QString &text);

    bool isEmpty() const { return m_namePrefix.isEmpty() && m_words.isEmpty() && !m_date.isValid() && m_ine.isEmpty(); }
    const QString &namePrefix() const { return m_namePrefix; }
    const QStringList &words() const { return m_words; }
    const QDate &date() const { return m_date; }
    const QString &ine() const { return m_ine; }

    // The SQL condition (" AND ...") on the alias e; byUsage: the first word on the nom d'usage
    // rather than the nom de naissance.
    QString condition(bool byUsage, QVariantList *binds) const;

private:
    QString m_namePrefix;
    QStringList m_words;
    QDate m_date;
    QString m_ine;
};

} // namespace OpenMairie::Elec
