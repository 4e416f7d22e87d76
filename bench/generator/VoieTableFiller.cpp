#include "VoieTableFiller.h"

#include "Sql.h"
#include "Transaction.h"
#include "reference/Voie.h"
#include "reference/VoieService.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace OpenMairie::Bench {

using Core::Error;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Bench::VoieTableFiller)
};
} // namespace

Core::Result<qint64> VoieTableFiller::fill(QSqlDatabase db, const Core::SqlDialect &dialect, const QString &codeInsee,
                                           const QList<GeneratedVoie> &voies, const QString &login)
{
    Core::Result<QSqlQuery> commune =
        Core::Sql::exec(db, QStringLiteral("SELECT id FROM collectivite WHERE code_insee = ?"), {codeInsee});
    if (!commune)
        return commune.error();
    if (!commune.value().next())
        return Error(Tr::tr("La commune %1 n'est pas dans cette base : créez-la d'abord (openmairie-cli communes add).")
                         .arg(codeInsee));
    const qint64 communeId = commune.value().value(0).toLongLong();
    QHash<QString, qint64> types;
    Core::Result<QSqlQuery> typeRows = Core::Sql::exec(db, QStringLiteral("SELECT code, id FROM voie_type"));
    if (!typeRows)
        return typeRows.error();
    while (typeRows.value().next())
        types.insert(typeRows.value().value(0).toString(), typeRows.value().value(1).toLongLong());

    Core::Transaction transaction(db, dialect);
    QSqlQuery insert(db);
    if (!insert.prepare(QStringLiteral("INSERT INTO voie (collectivite_id, code, voie_type_id, libelle, complement, "
                                       "cle_recherche, created_by, updated_by) VALUES (?, ?, ?, ?, '', ?, ?, ?)")))
        return Core::Sql::error(insert.lastError(), insert.lastQuery());
    for (const GeneratedVoie &g : voies) {
        Core::Voie v;
        v.code = g.code;
        v.typeCode = g.typeCode;
        v.typeLibelle = g.typeLibelle;
        v.libelle = g.libelle;
        const QVariant typeId = types.contains(g.typeCode) ? QVariant(types.value(g.typeCode))
                                                            : QVariant(QMetaType::fromType<qlonglong>());
        const QVariantList values{communeId, v.code, typeId, v.libelle, Core::VoieService::searchKeyOf(v), login, login};
        for (int i = 0; i < values.size(); ++i)
            insert.bindValue(i, values.at(i));
        if (!insert.exec())
            return Core::Sql::error(insert.lastError(), insert.lastQuery());
    }
    if (Core::Status s = transaction.commit(); !s)
        return s.error();
    return qint64(voies.size());
}

} // namespace OpenMairie::Bench
