#include "VoieImport.h"

#include "VoieService.h"

#include "SqlForeignKeyLookup.h"

#include "Sql.h"
#include "SqlDialect.h"

#include <QCoreApplication>

namespace OpenMairie::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::VoieImport)
};

const QString kCode = QStringLiteral("code");
const QString kType = QStringLiteral("type");
const QString kLibelle = QStringLiteral("libelle");
const QString kComplement = QStringLiteral("complement");
const QString kDebut = QStringLiteral("date_debut_validite");
} // namespace

const QString VoieImport::kId = QStringLiteral("core.voies");

ImportDefinition VoieImport::definition()
{
    SqlForeignKeyLookup::Spec types;
    types.table = QStringLiteral("voie_type");
    types.codeColumn = QStringLiteral("code");
    types.labelColumn = QStringLiteral("libelle");
    types.target = Tr::tr("type de voie");

    ImportDefinition d(kId, QStringLiteral("core"), Tr::tr("Voies de la commune"));
    d.setPermission(VoieService::kPermissionImporter)
        .setTargetTable(QStringLiteral("voie"))
        .setDescription(Tr::tr("Une voie par ligne : code propre à la commune, type (RUE, AV, « avenue »...), libellé "
                               "et complément. Les voies déjà présentes (même code) sont refusées, jamais écrasées."))
        .addColumn(ImportColumn::text(kCode, Tr::tr("Code de la voie"), 10).setRequired())
        .addColumn(ImportColumn::foreignKey(kType, Tr::tr("Type de voie"), Tr::tr("type de voie"),
                                            SqlForeignKeyLookup::factory(types))
                       .setAliases({QStringLiteral("type_voie")}))
        .addColumn(ImportColumn::text(kLibelle, Tr::tr("Libellé"), 150).setRequired()
                       .setAliases({QStringLiteral("nom"), QStringLiteral("libelle_voie")}))
        .addColumn(ImportColumn::text(kComplement, Tr::tr("Complément"), 150))
        .addColumn(ImportColumn::date(kDebut, Tr::tr("En vigueur depuis le")))
        .addUniqueKey({kCode})
        .setSinkFactory([] { return std::make_unique<VoieImportSink>(); });
    return d;
}

Status VoieImportSink::begin(const ImportContext &context)
{
    m_context = context;
    Result<QSqlQuery> types = Sql::exec(context.database, QStringLiteral("SELECT id, libelle FROM voie_type"));
    if (!types)
        return types.error();
    while (types.value().next())
        m_typeLabels.insert(types.value().value(0).toLongLong(), types.value().value(1).toString());
    Result<QSqlQuery> codes = Sql::exec(context.database, QStringLiteral("SELECT code FROM voie WHERE collectivite_id = ?"),
                                        {context.actor.communeId});
    if (!codes)
        return codes.error();
    while (codes.value().next())
        m_existingCodes.insert(codes.value().value(0).toString());
    m_insert = QSqlQuery(context.database);
    if (!m_insert.prepare(QStringLiteral("INSERT INTO voie (collectivite_id, code, voie_type_id, libelle, complement, "
                                         "cle_recherche, date_debut_validite, created_by, updated_by) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return Sql::error(m_insert.lastError(), m_insert.lastQuery());
    return {};
}

QList<ImportIssue> VoieImportSink::validate(const ImportRow &row)
{
    const QString code = row.value(kCode).toString().trimmed().toUpper();
    if (code.contains(u' '))
        return {{row.line, kCode, Tr::tr("le code « %1 » contient une espace : écrivez-le d'un seul tenant.").arg(code)}};
    if (m_existingCodes.contains(code))
        return {{row.line, kCode, Tr::tr("la commune a déjà une voie de code « %1 » : la ligne est ignorée (l'import "
                                         "n'écrase pas une voie ; modifiez-la dans l'écran des voies).").arg(code)}};
    return {};
}

Status VoieImportSink::write(const QList<ImportRow> &rows)
{
    for (const ImportRow &row : rows) {
        Voie v;
        v.code = row.value(kCode).toString().trimmed().toUpper();
        const QVariant typeId = row.value(kType);
        v.typeLibelle = typeId.isNull() ? QString() : m_typeLabels.value(typeId.toLongLong());
        v.libelle = row.value(kLibelle).toString().simplified();
        v.complement = row.value(kComplement).toString().simplified();
        if (v.complement.isNull()) // NOT NULL column: an empty optional cell is an empty complement
            v.complement = QStringLiteral("");
        const QString login = m_context.actor.login.isNull() ? QString(QStringLiteral("")) : m_context.actor.login;
        const QVariantList values{m_context.actor.communeId,
                                  v.code,
                                  typeId.isNull() ? QVariant(QMetaType::fromType<qlonglong>()) : typeId,
                                  v.libelle,
                                  v.complement,
                                  VoieService::searchKeyOf(v),
                                  row.value(kDebut).isNull() ? QVariant(QMetaType::fromType<QDate>()) : row.value(kDebut),
                                  login,
                                  login};
        for (int i = 0; i < values.size(); ++i)
            m_insert.bindValue(i, values.at(i));
        if (!m_insert.exec()) {
            const QSqlError e = m_insert.lastError();
            if (SqlDialect::isDiskFull(e)) // the disk, not this street: the agent must be told so
                return Sql::error(e, m_insert.lastQuery());
            return Error(Tr::tr("La voie « %1 » n'a pas pu être enregistrée.").arg(v.code), e.text(),
                         e.type() == QSqlError::StatementError ? Error::Kind::InvalidInput : Error::Kind::Storage);
        }
        m_existingCodes.insert(v.code);
    }
    return {};
}

} // namespace OpenMairie::Core
