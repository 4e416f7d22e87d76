#include "ReferenceTable.h"

#include <QCoreApplication>

namespace OpenMairie::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::ReferenceTable)
};
} // namespace

const QList<ReferenceTable> &ReferenceTable::all()
{
    static const QList<ReferenceTable> tables{
        {QStringLiteral("departement"), Tr::tr("Départements"), Tr::tr("Numéro"), 3, true, false},
        {QStringLiteral("pays"), Tr::tr("Pays"), Tr::tr("Code INSEE"), 5, true, false},
        {QStringLiteral("nationalite"), Tr::tr("Nationalités"), Tr::tr("Code"), 5, true, true},
        {QStringLiteral("civilite"), Tr::tr("Civilités"), Tr::tr("Code"), 5, true, false},
        {QStringLiteral("voie_type"), Tr::tr("Types de voie"), Tr::tr("Code"), 5, true, false},
    };
    return tables;
}

const ReferenceTable *ReferenceTable::find(const QString &table)
{
    for (const ReferenceTable &t : all())
        if (t.table == table)
            return &t;
    return nullptr;
}

const ReferenceTable &ReferenceTable::departement() { return all().at(0); }
const ReferenceTable &ReferenceTable::pays() { return all().at(1); }
const ReferenceTable &ReferenceTable::nationalite() { return all().at(2); }
const ReferenceTable &ReferenceTable::civilite() { return all().at(3); }
const ReferenceTable &ReferenceTable::voieType() { return all().at(4); }

} // namespace OpenMairie::Core
