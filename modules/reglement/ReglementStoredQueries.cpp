#include "ReglementStoredQueries.h"

#include "ArreteCategory.h"
#include "ArreteService.h"
#include "Tr.h"

namespace OpenMairie::Reglement {

using Core::ExportColumn;
using Core::StoredQuery;
using Core::StoredQuerySort;

namespace {
// The stored codes shown as the labels of the application, in SQL common to both backends.
QString categoryLabelSql()
{
    QString sql = QStringLiteral("CASE a.categorie");
    for (const ArreteCategory &c : ArreteCategory::all())
        sql += QStringLiteral(" WHEN '%1' THEN '%2'").arg(c.code(), QString(c.label()).replace(u'\'', QStringLiteral("''")));
    return sql + QStringLiteral(" ELSE a.categorie END");
}

QString stateLabelSql()
{
    return QStringLiteral("CASE a.etat WHEN 'actif' THEN '%1' WHEN 'abroge' THEN '%2' WHEN 'annule' THEN '%3' "
                          "ELSE a.etat END")
        .arg(Tr::tr("en vigueur"), Tr::tr("abrogé"), Tr::tr("annulé"));
}

// The columns both queries offer, numéro first.
void addCommonColumns(StoredQuery &q)
{
    Core::StoredQueryColumn numero;
    numero.key = QStringLiteral("numero");
    numero.label = Tr::tr("Numéro");
    numero.expression = QStringLiteral("a.numero");
    numero.type = ExportColumn::Type::Text;
    numero.sortExpression = QStringLiteral("a.annee * 10000 + a.rang"); // one expression: DESC applies to it whole
    q.addColumn(numero);
    q.addColumn(QStringLiteral("date_signature"), Tr::tr("Date de signature"), QStringLiteral("a.date_signature"),
                ExportColumn::Type::Date);
    Core::StoredQueryColumn objet;
    objet.key = QStringLiteral("objet");
    objet.label = Tr::tr("Objet");
    objet.expression = QStringLiteral("a.objet");
    objet.type = ExportColumn::Type::Text;
    objet.sortExpression = QStringLiteral("a.objet_recherche"); // French order, accents ignored, both backends
    q.addColumn(objet);
    q.addColumn(QStringLiteral("categorie"), Tr::tr("Catégorie"), categoryLabelSql(), ExportColumn::Type::Text);
    q.addColumn(QStringLiteral("signataire"), Tr::tr("Signataire"), QStringLiteral("a.signataire"),
                ExportColumn::Type::Text);
}
} // namespace

QList<StoredQuery> ReglementStoredQueries::all()
{
    return {registre(), aTransmettre()};
}

StoredQuery ReglementStoredQueries::registre()
{
    StoredQuery q(QStringLiteral("reglement.registre"), ArreteService::kModuleId,
                  Tr::tr("Registre des arrêtés"));
    q.setDescription(Tr::tr("Tous les arrêtés de la commune, avec leur publication, leur transmission et leur état."))
        .setPermission(ArreteService::kPermissionConsulter)
        .setAuditTable(ArreteService::kTable)
        .setFrom(QStringLiteral("FROM reglement_arrete a"))
        .setCommuneColumn(QStringLiteral("a.collectivite_id"));
    addCommonColumns(q);
    q.addColumn(QStringLiteral("date_publication"), Tr::tr("Publié le"), QStringLiteral("a.date_publication"),
                ExportColumn::Type::Date)
        .addColumn(QStringLiteral("date_transmission"), Tr::tr("Transmis le"), QStringLiteral("a.date_transmission"),
                   ExportColumn::Type::Date)
        .addColumn(QStringLiteral("etat"), Tr::tr("État"), stateLabelSql(), ExportColumn::Type::Text)
        .addColumn(QStringLiteral("date_fin"), Tr::tr("Fin de validité le"), QStringLiteral("a.date_fin"),
                   ExportColumn::Type::Date);
    Core::StoredQueryColumn motif;
    motif.key = QStringLiteral("motif_fin");
    motif.label = Tr::tr("Motif de fin");
    motif.expression = QStringLiteral("a.motif_fin");
    motif.type = ExportColumn::Type::Text;
    motif.sortable = false;
    motif.selectedByDefault = false;
    q.addColumn(motif);
    q.setDefaultSort({StoredQuerySort{QStringLiteral("numero"), Qt::AscendingOrder}});
    return q;
}

StoredQuery ReglementStoredQueries::aTransmettre()
{
    StoredQuery q(QStringLiteral("reglement.a_transmettre"), ArreteService::kModuleId,
                  Tr::tr("Arrêtés à transmettre en préfecture"));
    q.setDescription(Tr::tr("Les arrêtés en vigueur soumis au contrôle de légalité qui n'ont pas encore été "
                            "transmis : tant qu'ils ne le sont pas, ils ne sont pas exécutoires."))
        .setPermission(ArreteService::kPermissionConsulter)
        .setAuditTable(ArreteService::kTable)
        .setFrom(QStringLiteral("FROM reglement_arrete a"))
        .setCondition(QStringLiteral("a.etat = 'actif' AND a.transmission_requise = {{true}} "
                                     "AND a.date_transmission IS NULL"))
        .setCommuneColumn(QStringLiteral("a.collectivite_id"));
    addCommonColumns(q);
    q.addColumn(QStringLiteral("date_publication"), Tr::tr("Publié le"), QStringLiteral("a.date_publication"),
                ExportColumn::Type::Date);
    q.setDefaultSort({StoredQuerySort{QStringLiteral("date_signature"), Qt::AscendingOrder}});
    return q;
}

} // namespace OpenMairie::Reglement
