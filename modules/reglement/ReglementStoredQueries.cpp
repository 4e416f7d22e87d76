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

// A text column sorted on another expression than the one shown.
Core::StoredQueryColumn textColumn(const QString &key, const QString &label, const QString &expression,
                                   const QString &sortExpression)
{
    Core::StoredQueryColumn c;
    c.key = key;
    c.label = label;
    c.expression = expression;
    c.type = ExportColumn::Type::Text;
    c.sortExpression = sortExpression;
    return c;
}

// The columns both queries offer, numéro first.
void addCommonColumns(StoredQuery &q)
{
    // One expression, so that a descending sort applies to it whole: 2024-0010 after 2024-0009.
    q.addColumn(textColumn(QStringLiteral("numero"), Tr::tr("Numéro"), QStringLiteral("a.numero"),
                           QStringLiteral("a.annee * 10000 + a.rang")));
    q.addColumn(QStringLiteral("date_signature"), Tr::tr("Date de signature"), QStringLiteral("a.date_signature"),
                ExportColumn::Type::Date);
    // French order, accents and case ignored, the same on both backends.
    q.addColumn(textColumn(QStringLiteral("objet"), Tr::tr("Objet"), QStringLiteral("a.objet"),
                           QStringLiteral("a.objet_recherche")));
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
    Core::StoredQueryColumn motif = textColumn(QStringLiteral("motif_fin"), Tr::tr("Motif de fin"),
                                               QStringLiteral("a.motif_fin"), {});
    motif.sortable = false; // free text
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
