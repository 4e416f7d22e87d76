#pragma once

#include "ForeignKeyLookup.h"

#include <QHash>
#include <QList>

namespace OpenMairie::Core {

// The usual lookup of a reference table (quartiers, voies, types de concession...): a value is
// first taken as a code (case ignored), then as a label (case, accents and punctuation ignored).
// The table is read once per run, restricted to the session's commune when it has a commune
// column: reference tables are small, and one query beats one per line of a 500 000-line file.
// For a large target, write a ForeignKeyLookup with a prepared statement instead.
class OPENMAIRIE_CORE_EXPORT SqlForeignKeyLookup final : public ForeignKeyLookup
{
public:
    struct Spec
    {
        QString table;
        QString idColumn = QStringLiteral("id");
        QString codeColumn;    // may be empty: labels only
        QString labelColumn;   // may be empty: codes only
        QString communeColumn; // empty: shared by every commune
        QString target;        // "quartier": for messages
    };

    explicit SqlForeignKeyLookup(const Spec &spec);

    static ForeignKeyLookupFactory factory(const Spec &spec);

    Status prepare(const ImportContext &context) override;
    Result<QVariant> resolve(const QString &value) override;

private:
    struct Candidate
    {
        QVariant id;
        QString code;
    };

    Spec m_spec;
    QHash<QString, QVariant> m_byCode;             // upper-cased code
    QHash<QString, QList<Candidate>> m_byLabel;    // TextNormalizer::searchKey(label)
};

} // namespace OpenMairie::Core
