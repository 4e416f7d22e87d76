#pragma once

#include "SearchHit.h"

#include <QList>
#include <QMetaType>
#include <QStringList>

namespace OpenMairie::Core {

// The hits of one provider: one group of the popup, under the provider's title.
struct OPENMAIRIE_CORE_EXPORT SearchGroup
{
    QString providerId;
    QString module;
    QString title;
    QList<SearchHit> hits;
};

// The answer to one query of the search box. generation tells it apart from the answers to older
// queries, which the engine never delivers.
struct OPENMAIRIE_CORE_EXPORT SearchResults
{
    quint64 generation = 0;
    QString text;
    QList<SearchGroup> groups;  // only groups with hits, in the order of the providers
    QStringList problems;       // "Arrêtés municipaux : <message>" for a provider that failed

    qsizetype hitCount() const;
};

} // namespace OpenMairie::Core

Q_DECLARE_METATYPE(OpenMairie::Core::SearchResults)
