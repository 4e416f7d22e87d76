#pragma once

#include "Result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace OpenMairie::Core {

struct OPENMAIRIE_CORE_EXPORT InseeCommune
{
    QString code;
    QString nom;
    QString type; // commune-actuelle, arrondissement-municipal, commune-deleguee, commune-associee
    QString departement;
    QString codesPostaux;
    int population = 0;

    QString label() const; // "Arles (13)"
};

// The INSEE list of communes shipped in resources (Etalab's "decoupage-administratif", MIT).
// Parsed on first use only: the shell does not pay for it at start-up.
class OPENMAIRIE_CORE_EXPORT CommuneReference
{
public:
    static const CommuneReference &instance();

    Result<InseeCommune> find(const QString &code) const;
    // Communes whose name (accents and case ignored) or INSEE code starts with the text; current
    // communes first, then by population.
    QList<InseeCommune> search(const QString &text, int limit = 20) const;
    qsizetype size() const { return m_communes.size(); }
    const QList<InseeCommune> &all() const { return m_communes; }
    QString departementName(const QString &code) const;

private:
    CommuneReference();
    QList<InseeCommune> m_communes;
    QList<QString> m_keys;
    QHash<QString, QString> m_departements;
};

} // namespace OpenMairie::Core
