#include "CimetiereImport.h"

#include "CimetiereAccess.h"
#include "ConcessionDuration.h"
#include "Occupancy.h"
#include "PlotContents.h"
#include "PlotKind.h"
#include "SqlValue.h"
#include "Tr.h"

#include "Sql.h"
#include "TextNormalizer.h"
#include "exchange/ImportContext.h"
#include "exchange/ImportRow.h"
#include "exchange/ImportService.h"
#include "exchange/ImportSink.h"

#include <QFileInfo>
#include <QLocale>
#include <QSet>

#include <cmath>

namespace OpenMairie::Cimetiere {

using Core::Error;
using Core::ImportColumn;
using Core::ImportIssue;
using Core::ImportRow;
using Core::Result;
using Core::Sql;
using Core::Status;
using namespace Core::SqlValue;

const QString CimetiereImport::kEmplacementsId = QStringLiteral("cimetiere.emplacements");
const QString CimetiereImport::kDefuntsId = QStringLiteral("cimetiere.defunts");
const QString CimetiereImport::kPermission = QStringLiteral("cimetiere.donnees.importer");

namespace {
const QString kCimetiere = QStringLiteral("cimetiere");
const QString kZone = QStringLiteral("zone");
const QString kAllee = QStringLiteral("allee");
const QString kNumero = QStringLiteral("numero");
const QString kNature = QStringLiteral("nature");
const QString kPlaces = QStringLiteral("places");
const QString kSurface = QStringLiteral("surface_m2");
const QString kX = QStringLiteral("x");
const QString kY = QStringLiteral("y");
const QString kTitre = QStringLiteral("numero_titre");
const QString kDebut = QStringLiteral("date_debut");
const QString kDuree = QStringLiteral("duree");
const QString kFin = QStringLiteral("date_fin");
const QString kBeneficiaires = QStringLiteral("type_beneficiaires");
const QString kCNom = QStringLiteral("concessionnaire_nom");
const QString kCPrenom = QStringLiteral("concessionnaire_prenom");
const QString kCAdresse = QStringLiteral("concessionnaire_adresse");
const QString kCCodePostal = QStringLiteral("concessionnaire_code_postal");
const QString kCVille = QStringLiteral("concessionnaire_ville");
const QString kMontant = QStringLiteral("montant");
const QString kNom = QStringLiteral("nom");
const QString kNomUsage = QStringLiteral("nom_usage");
const QString kPrenoms = QStringLiteral("prenoms");
const QString kNaissance = QStringLiteral("date_naissance");
const QString kDeces = QStringLiteral("date_deces");
const QString kLieuDeces = QStringLiteral("lieu_deces");
const QString kInhumation = QStringLiteral("date_inhumation");

QString dmy(const QDate &d)
{
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

QString str(const QVariant &v)
{
    return v.isNull() ? QString(QStringLiteral("")) : v.toString().simplified();
}

// "trentenaire", "30", "temporaire 15", "15 ans", "perpétuelle" → the duration, or the reason.
Result<ConcessionDuration> parseDuration(const QString &cell)
{
    const QString key = Core::TextNormalizer::searchKey(cell);
    QString digits;
    for (QChar c : key)
        if (c.isDigit())
            digits += c;
    const int years = digits.toInt();
    for (DurationCategory c : ConcessionDuration::all())
        if (key.startsWith(Core::TextNormalizer::searchKey(ConcessionDuration::code(c))))
            return ConcessionDuration::make(c, years);
    if (!digits.isEmpty() && QString(key).remove(QStringLiteral("ANS")).trimmed() == digits) {
        switch (years) {
        case 30:
            return ConcessionDuration::make(DurationCategory::Trentenaire);
        case 50:
            return ConcessionDuration::make(DurationCategory::Cinquantenaire);
        case 100:
            return ConcessionDuration::make(DurationCategory::Centenaire);
        default:
            return ConcessionDuration::make(DurationCategory::Temporaire, years);
        }
    }
    return Error(Tr::tr("durée « %1 » inconnue : écrivez temporaire 15, trentenaire, cinquantenaire, centenaire, "
                        "perpetuelle ou un nombre d'années (5 à 15, 30, 50, 100).").arg(cell),
                 {}, Error::Kind::InvalidInput);
}

QList<ImportColumn::Choice> natureChoices()
{
    QList<ImportColumn::Choice> list;
    for (PlotKind k : PlotKinds::all())
        list.append({PlotKinds::code(k), PlotKinds::label(k)});
    return list;
}

// What both sinks share: the plots already in the database (key → id, places, occupancy).
struct ExistingPlot
{
    qint64 id = 0;
    int places = 0;
    double occupancy = 0;
};

Result<QHash<QString, ExistingPlot>> existingPlots(const Core::ImportContext &context)
{
    Result<QSqlQuery> q = Sql::exec(
        context.database,
        QStringLiteral("SELECT e.id, c.nom, z.libelle, a.libelle, e.numero, e.places, e.occupation FROM "
                       "cimetiere_emplacement e JOIN cimetiere_allee a ON a.id = e.allee_id JOIN cimetiere_zone z ON "
                       "z.id = a.zone_id JOIN cimetiere_cimetiere c ON c.id = e.cimetiere_id WHERE e.collectivite_id = "
                       "? AND e.complement = ''"),
        {context.actor.communeId});
    if (!q)
        return q.error();
    QHash<QString, ExistingPlot> map;
    while (q.value().next())
        map.insert(CimetiereImport::plotKey(q.value().value(1).toString(), q.value().value(2).toString(),
                                            q.value().value(3).toString(), q.value().value(4).toLongLong()),
                   {q.value().value(0).toLongLong(), q.value().value(5).toInt(), q.value().value(6).toDouble()});
    return map;
}

QString rowKey(const ImportRow &row)
{
    return CimetiereImport::plotKey(str(row.value(kCimetiere)), str(row.value(kZone)), str(row.value(kAllee)),
                                    row.value(kNumero).toLongLong());
}

QString rowPlace(const ImportRow &row)
{
    return Tr::tr("%1 / %2 / %3 / n° %4")
        .arg(str(row.value(kCimetiere)), str(row.value(kZone)), str(row.value(kAllee)))
        .arg(row.value(kNumero).toLongLong());
}

class EmplacementsSink final : public Core::ImportSink
{
public:
    explicit EmplacementsSink(std::shared_ptr<PlannedPlots> planned) : m_planned(std::move(planned)) {}

    Status begin(const Core::ImportContext &context) override
    {
        m_context = context;
        m_login = context.actor.login.isNull() ? QString(QStringLiteral("")) : context.actor.login;
        if (m_planned)
            m_planned->clear();
        Result<QHash<QString, ExistingPlot>> plots = existingPlots(context);
        if (!plots)
            return plots.error();
        m_existing = plots.value();
        Result<QSqlQuery> titles = Sql::exec(
            context.database, QStringLiteral("SELECT numero_titre FROM cimetiere_concession WHERE collectivite_id = ?"),
            {context.actor.communeId});
        if (!titles)
            return titles.error();
        while (titles.value().next())
            m_titles.insert(titles.value().value(0).toString());
        return {};
    }

    QList<ImportIssue> validate(const ImportRow &row) override
    {
        const QString key = rowKey(row);
        if (m_existing.contains(key))
            return {{row.line, kNumero, Tr::tr("l'emplacement %1 existe déjà : l'import n'écrase pas un emplacement "
                                               "(modifiez-le dans sa fiche).").arg(rowPlace(row))}};
        const qint64 places = row.value(kPlaces).isNull() ? 1 : row.value(kPlaces).toLongLong();
        const QString titre = str(row.value(kTitre));
        if (!titre.isEmpty()) {
            const PlotKind nature = PlotKinds::fromCode(row.value(kNature).toString()).value_or(PlotKind::Concession);
            if (!PlotKinds::isConcedable(nature))
                return {{row.line, kTitre, Tr::tr("un emplacement « %1 » ne se concède pas : retirez le numéro de titre "
                                                  "ou corrigez la nature.").arg(PlotKinds::label(nature))}};
            if (m_titles.contains(titre))
                return {{row.line, kTitre, Tr::tr("le titre n° %1 existe déjà dans la commune ou plus haut dans le "
                                                  "fichier : chaque titre a un numéro unique.").arg(titre)}};
            if (row.value(kDebut).isNull())
                return {{row.line, kDebut, Tr::tr("la date de début du titre n° %1 manque.").arg(titre)}};
            if (str(row.value(kDuree)).isEmpty())
                return {{row.line, kDuree, Tr::tr("la durée du titre n° %1 manque.").arg(titre)}};
            if (str(row.value(kCNom)).isEmpty())
                return {{row.line, kCNom, Tr::tr("le nom du concessionnaire du titre n° %1 manque.").arg(titre)}};
            Result<ConcessionDuration> duree = parseDuration(str(row.value(kDuree)));
            if (!duree)
                return {{row.line, kDuree, duree.error().message()}};
            const QDate fin = duree.value().endDate(row.value(kDebut).toDate());
            const QDate given = row.value(kFin).toDate();
            if (!row.value(kFin).isNull() && given != fin)
                return {{row.line, kFin,
                         fin.isValid()
                             ? Tr::tr("la date de fin %1 ne correspond pas au début %2 plus la durée %3 (%4) : "
                                      "corrigez l'une des trois.")
                                   .arg(dmy(given), dmy(row.value(kDebut).toDate()), duree.value().text(), dmy(fin))
                             : Tr::tr("une concession perpétuelle n'a pas de date de fin : videz la colonne "
                                      "date_fin.")}};
            m_titles.insert(titre);
        } else {
            for (const QString &c : {kDebut, kDuree, kFin, kCNom, kMontant})
                if (!row.value(c).isNull() && !str(row.value(c)).isEmpty())
                    return {{row.line, kTitre, Tr::tr("la colonne %1 est remplie sans numéro de titre : indiquez le "
                                                      "numéro du titre de concession.").arg(c)}};
        }
        if (m_planned)
            m_planned->insert(key, static_cast<int>(places));
        return {};
    }

    Status write(const QList<ImportRow> &rows) override
    {
        for (const ImportRow &row : rows)
            if (Status s = writeRow(row); !s)
                return s;
        return {};
    }

private:
    Result<qint64> idOf(const QString &table, const QString &parentColumn, qint64 parent, const QString &nameColumn,
                        const QString &name)
    {
        const QString cacheKey = table + u'|' + QString::number(parent) + u'|' + name;
        if (m_ids.contains(cacheKey))
            return m_ids.value(cacheKey);
        QString where = nameColumn + QStringLiteral(" = ? AND collectivite_id = ?");
        QVariantList binds{name, m_context.actor.communeId};
        if (!parentColumn.isEmpty()) {
            where += QStringLiteral(" AND ") + parentColumn + QStringLiteral(" = ?");
            binds.append(parent);
        }
        Result<QVariant> id = Sql::scalar(m_context.database,
                                          QStringLiteral("SELECT id FROM ") + table + QStringLiteral(" WHERE ") + where,
                                          binds);
        if (!id)
            return id.error();
        if (!id.value().isValid() || id.value().isNull()) {
            QString columns = QStringLiteral("collectivite_id, ") + nameColumn + QStringLiteral(", created_by, updated_by");
            QString marks = QStringLiteral("?, ?, ?, ?");
            QVariantList values{m_context.actor.communeId, name, m_login, m_login};
            if (!parentColumn.isEmpty()) {
                columns += QStringLiteral(", ") + parentColumn;
                marks += QStringLiteral(", ?");
                values.append(parent);
            }
            id = Sql::scalar(m_context.database,
                             QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") + columns
                                 + QStringLiteral(") VALUES (") + marks + QStringLiteral(") RETURNING id"),
                             values);
            if (!id)
                return id.error();
        }
        m_ids.insert(cacheKey, id.value().toLongLong());
        return id.value().toLongLong();
    }

    Status writeRow(const ImportRow &row)
    {
        Result<qint64> cimetiere = idOf(QStringLiteral("cimetiere_cimetiere"), {}, 0, QStringLiteral("nom"),
                                        str(row.value(kCimetiere)));
        if (!cimetiere)
            return cimetiere.error();
        Result<qint64> zone = idOf(QStringLiteral("cimetiere_zone"), QStringLiteral("cimetiere_id"), cimetiere.value(),
                                   QStringLiteral("libelle"), str(row.value(kZone)));
        if (!zone)
            return zone.error();
        Result<qint64> allee = idOf(QStringLiteral("cimetiere_allee"), QStringLiteral("zone_id"), zone.value(),
                                    QStringLiteral("libelle"), str(row.value(kAllee)));
        if (!allee)
            return allee.error();
        const QString titre = str(row.value(kTitre));
        const QString famille = str(row.value(kCNom));
        Result<QVariant> plot = Sql::scalar(
            m_context.database,
            QStringLiteral("INSERT INTO cimetiere_emplacement (collectivite_id, cimetiere_id, allee_id, numero, nature, "
                           "statut, places, surface_m2, x, y, famille, famille_recherche, created_by, updated_by) VALUES "
                           "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {m_context.actor.communeId, cimetiere.value(), allee.value(), row.value(kNumero), row.value(kNature),
             titre.isEmpty() ? QStringLiteral("libre") : QStringLiteral("reserve"),
             row.value(kPlaces).isNull() ? QVariant(1) : row.value(kPlaces),
             row.value(kSurface).isNull() ? QVariant(QMetaType(QMetaType::Double)) : row.value(kSurface),
             row.value(kX).isNull() ? QVariant(0) : row.value(kX), row.value(kY).isNull() ? QVariant(0) : row.value(kY),
             famille, Core::TextNormalizer::searchKey(famille), m_login, m_login});
        if (!plot)
            return Error(Tr::tr("L'emplacement %1 n'a pas pu être enregistré.").arg(rowPlace(row)),
                         plot.error().fullText(), plot.error().kind());
        if (titre.isEmpty())
            return {};
        const ConcessionDuration duree = parseDuration(str(row.value(kDuree))).value();
        const QDate debut = row.value(kDebut).toDate();
        const qint64 montant = row.value(kMontant).isNull()
                                   ? 0
                                   : static_cast<qint64>(std::llround(row.value(kMontant).toString().toDouble() * 100));
        Result<QVariant> concession = Sql::scalar(
            m_context.database,
            QStringLiteral("INSERT INTO cimetiere_concession (collectivite_id, emplacement_id, numero_titre, origine, "
                           "duree_categorie, duree_annees, date_debut, date_fin, type_beneficiaires, montant_centimes, "
                           "created_by, updated_by) VALUES (?, ?, ?, 'reprise_donnees', ?, ?, ?, ?, ?, ?, ?, ?) "
                           "RETURNING id"),
            {m_context.actor.communeId, plot.value(), titre, ConcessionDuration::code(duree.category),
             duree.isPerpetual() ? QVariant(QMetaType(QMetaType::Int)) : QVariant(duree.years), debut,
             date(duree.endDate(debut)),
             row.value(kBeneficiaires).isNull() ? QStringLiteral("familiale") : row.value(kBeneficiaires).toString(),
             montant, m_login, m_login});
        if (!concession)
            return Error(Tr::tr("Le titre n° %1 n'a pas pu être enregistré.").arg(titre), concession.error().fullText(),
                         concession.error().kind());
        const QString prenom = str(row.value(kCPrenom));
        Result<QSqlQuery> person = Sql::exec(
            m_context.database,
            QStringLiteral("INSERT INTO cimetiere_personne (collectivite_id, concession_id, role, nom, prenoms, "
                           "nom_recherche, adresse, code_postal, ville, created_by, updated_by) VALUES (?, ?, "
                           "'concessionnaire', ?, ?, ?, ?, ?, ?, ?, ?)"),
            {m_context.actor.communeId, concession.value(), famille, prenom,
             Core::TextNormalizer::searchKey(famille + u' ' + prenom), str(row.value(kCAdresse)),
             str(row.value(kCCodePostal)), str(row.value(kCVille)), m_login, m_login});
        if (!person)
            return person.error();
        return {};
    }

    Core::ImportContext m_context;
    QString m_login;
    std::shared_ptr<PlannedPlots> m_planned;
    QHash<QString, ExistingPlot> m_existing;
    QSet<QString> m_titles;
    QHash<QString, qint64> m_ids;
};

class DefuntsSink final : public Core::ImportSink
{
public:
    explicit DefuntsSink(std::shared_ptr<PlannedPlots> planned) : m_planned(std::move(planned)) {}

    Status begin(const Core::ImportContext &context) override
    {
        m_context = context;
        m_login = context.actor.login.isNull() ? QString(QStringLiteral("")) : context.actor.login;
        Result<QHash<QString, ExistingPlot>> plots = existingPlots(context);
        if (!plots)
            return plots.error();
        m_existing = plots.value();
        // The commune's weights: the parameters as stored, else openCimetière's defaults.
        Result<QSqlQuery> q = Sql::exec(
            context.database,
            QStringLiteral("SELECT nom, valeur FROM collectivite_parametre WHERE collectivite_id = ? AND nom IN (?, ?, ?)"),
            {context.actor.communeId, CimetiereAccess::kParamTailleCercueil, CimetiereAccess::kParamTailleUrne,
             CimetiereAccess::kParamTailleReliquaire});
        if (q) {
            while (q.value().next()) {
                bool ok = false;
                const double v = q.value().value(1).toString().replace(u',', u'.').toDouble(&ok);
                if (!ok)
                    continue;
                const QString name = q.value().value(0).toString();
                if (name == CimetiereAccess::kParamTailleCercueil)
                    m_weights.cercueil = v;
                else if (name == CimetiereAccess::kParamTailleUrne)
                    m_weights.urne = v;
                else
                    m_weights.reliquaire = v;
            }
        }
        return {};
    }

    QList<ImportIssue> validate(const ImportRow &row) override
    {
        const QString key = rowKey(row);
        int places = 0;
        double occupied = 0;
        if (m_existing.contains(key)) {
            places = m_existing.value(key).places;
            occupied = m_existing.value(key).occupancy;
        } else if (m_planned && m_planned->contains(key)) {
            places = m_planned->value(key);
        } else {
            return {{row.line, kNumero, Tr::tr("l'emplacement %1 n'existe pas : ajoutez-le au fichier des emplacements "
                                               "ou corrigez cimetière, zone, allée et numéro.").arg(rowPlace(row))}};
        }
        const QDate naissance = row.value(kNaissance).toDate();
        const QDate deces = row.value(kDeces).toDate();
        const QDate inhumation = row.value(kInhumation).toDate();
        if (naissance.isValid() && deces.isValid() && naissance > deces)
            return {{row.line, kNaissance, Tr::tr("la date de naissance %1 suit la date de décès %2.")
                                               .arg(dmy(naissance), dmy(deces))}};
        if (inhumation.isValid() && deces.isValid() && inhumation < deces)
            return {{row.line, kInhumation, Tr::tr("la date d'inhumation %1 précède la date de décès %2.")
                                                .arg(dmy(inhumation), dmy(deces))}};
        const BodyKind kind = bodyKindFromCode(str(row.value(kNature))).value_or(BodyKind::Cercueil);
        m_added[key].append(kind);
        const double after = occupied + m_weights.occupancy(m_added.value(key));
        if (after > places + 1e-9) {
            m_added[key].removeLast();
            return {{row.line, kNumero, Tr::tr("l'emplacement %1 est complet : %2 place(s) pour %3 occupée(s) avec ce "
                                               "défunt. Corrigez le nombre de places dans le fichier des emplacements "
                                               "ou l'emplacement du défunt.")
                                            .arg(rowPlace(row))
                                            .arg(places)
                                            .arg(QLocale(QLocale::French).toString(after, 'g', 4))}};
        }
        return {};
    }

    Status write(const QList<ImportRow> &rows) override
    {
        for (const ImportRow &row : rows) {
            const QString key = rowKey(row);
            qint64 plotId = m_existing.value(key).id;
            if (plotId == 0) {
                Result<QHash<QString, ExistingPlot>> plots = existingPlots(m_context);
                if (!plots)
                    return plots.error();
                m_existing = plots.value();
                plotId = m_existing.value(key).id;
            }
            // A simulation of both files: the plot the emplacements file brings was rolled back
            // with its own simulation; validate() already checked it.
            if (plotId == 0 && m_context.dryRun && m_planned && m_planned->contains(key))
                continue;
            if (plotId == 0)
                return Error(Tr::tr("L'emplacement %1 est introuvable.").arg(rowPlace(row)));
            const QString nom = str(row.value(kNom));
            const QString usage = str(row.value(kNomUsage));
            const QString prenoms = str(row.value(kPrenoms));
            Result<QSqlQuery> q = Sql::exec(
                m_context.database,
                QStringLiteral("INSERT INTO cimetiere_defunt (collectivite_id, emplacement_id, nom, nom_usage, prenoms, "
                               "nom_recherche, date_naissance, date_deces, lieu_deces, date_inhumation, nature_corps, "
                               "etat, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'inhume', ?, ?)"),
                {m_context.actor.communeId, plotId, nom, usage, prenoms,
                 Core::TextNormalizer::searchKey(nom + u' ' + prenoms + u' ' + usage),
                 date(row.value(kNaissance).toDate()), date(row.value(kDeces).toDate()), str(row.value(kLieuDeces)),
                 date(row.value(kInhumation).toDate()),
                 row.value(kNature).isNull() ? QStringLiteral("cercueil") : row.value(kNature).toString(), m_login,
                 m_login});
            if (!q)
                return Error(Tr::tr("Le défunt %1 (ligne %2) n'a pas pu être enregistré.").arg(nom).arg(row.line),
                             q.error().fullText(), q.error().kind());
            m_touched.insert(plotId);
        }
        return {};
    }

    Status finish() override
    {
        for (qint64 plot : std::as_const(m_touched))
            if (Status s = PlotContents::refresh(m_context.database, m_context.dialect.currentTimestamp(), plot,
                                                 m_weights, m_login);
                !s)
                return s;
        return {};
    }

private:
    Core::ImportContext m_context;
    QString m_login;
    std::shared_ptr<PlannedPlots> m_planned;
    QHash<QString, ExistingPlot> m_existing;
    QHash<QString, QList<BodyKind>> m_added;
    QSet<qint64> m_touched;
    OccupancyWeights m_weights;
};
} // namespace

bool CimetiereImport::Outcome::succeeded() const
{
    using O = Core::ImportReport::Outcome;
    auto ok = [this](const Core::ImportReport &r) {
        return dryRun ? r.outcome == O::DryRunPassed : r.outcome == O::Imported;
    };
    return ok(emplacements) && ok(defunts);
}

CimetiereImport::CimetiereImport(CimetiereAccess &access, Core::ImportService &importer)
    : m_access(access), m_importer(importer)
{
}

QString CimetiereImport::plotKey(const QString &cimetiere, const QString &zone, const QString &allee, qint64 numero)
{
    return Core::TextNormalizer::searchKey(cimetiere) + u'|' + Core::TextNormalizer::searchKey(zone) + u'|'
           + Core::TextNormalizer::searchKey(allee) + u'|' + QString::number(numero);
}

Core::ImportDefinition CimetiereImport::emplacementsDefinition(std::shared_ptr<PlannedPlots> planned)
{
    Core::ImportDefinition d(kEmplacementsId, CimetiereAccess::kModuleId, Tr::tr("Emplacements de cimetière"));
    d.setPermission(kPermission)
        .setTargetTable(QStringLiteral("cimetiere_emplacement"))
        .setDescription(Tr::tr("Un emplacement par ligne, avec sa concession quand il en a une (numéro de titre, "
                               "début, durée, concessionnaire). Cimetières, zones et allées absents sont créés. Un "
                               "emplacement déjà présent est refusé, jamais écrasé."))
        .addColumn(ImportColumn::text(kCimetiere, Tr::tr("Cimetière"), 200).setRequired())
        .addColumn(ImportColumn::text(kZone, Tr::tr("Zone ou carré"), 100).setRequired())
        .addColumn(ImportColumn::text(kAllee, Tr::tr("Allée ou rang"), 100).setRequired())
        .addColumn(ImportColumn::integer(kNumero, Tr::tr("Numéro"), 1, 999999).setRequired())
        .addColumn(ImportColumn::enumeration(kNature, Tr::tr("Nature"), natureChoices()).setRequired())
        .addColumn(ImportColumn::integer(kPlaces, Tr::tr("Places"), 0, 50))
        .addColumn(ImportColumn::decimal(kSurface, Tr::tr("Surface (m²)")))
        .addColumn(ImportColumn::decimal(kX, Tr::tr("Position x sur le plan (m)")))
        .addColumn(ImportColumn::decimal(kY, Tr::tr("Position y sur le plan (m)")))
        .addColumn(ImportColumn::text(kTitre, Tr::tr("Numéro du titre"), 30))
        .addColumn(ImportColumn::date(kDebut, Tr::tr("Début de la concession")))
        .addColumn(ImportColumn::text(kDuree, Tr::tr("Durée (temporaire 15, trentenaire...)"), 30))
        .addColumn(ImportColumn::date(kFin, Tr::tr("Fin de la concession")))
        .addColumn(ImportColumn::enumeration(kBeneficiaires, Tr::tr("Type de bénéficiaires"),
                                             {{QStringLiteral("individuelle"), Tr::tr("individuelle")},
                                              {QStringLiteral("collective"), Tr::tr("collective")},
                                              {QStringLiteral("familiale"), Tr::tr("familiale")}}))
        .addColumn(ImportColumn::text(kCNom, Tr::tr("Nom du concessionnaire"), 100))
        .addColumn(ImportColumn::text(kCPrenom, Tr::tr("Prénom du concessionnaire"), 200))
        .addColumn(ImportColumn::text(kCAdresse, Tr::tr("Adresse du concessionnaire"), 200))
        .addColumn(ImportColumn::text(kCCodePostal, Tr::tr("Code postal"), 10))
        .addColumn(ImportColumn::text(kCVille, Tr::tr("Ville"), 100))
        .addColumn(ImportColumn::decimal(kMontant, Tr::tr("Montant payé (€)")))
        .addUniqueKey({kCimetiere, kZone, kAllee, kNumero})
        .setSinkFactory([planned] { return std::make_unique<EmplacementsSink>(planned); });
    return d;
}

Core::ImportDefinition CimetiereImport::defuntsDefinition(std::shared_ptr<PlannedPlots> planned)
{
    Core::ImportDefinition d(kDefuntsId, CimetiereAccess::kModuleId, Tr::tr("Défunts inhumés"));
    d.setPermission(kPermission)
        .setTargetTable(QStringLiteral("cimetiere_defunt"))
        .setDescription(Tr::tr("Un défunt par ligne, avec l'emplacement où il repose (cimetière, zone, allée, numéro). "
                               "La capacité de chaque emplacement est vérifiée."))
        .addColumn(ImportColumn::text(kCimetiere, Tr::tr("Cimetière"), 200).setRequired())
        .addColumn(ImportColumn::text(kZone, Tr::tr("Zone ou carré"), 100).setRequired())
        .addColumn(ImportColumn::text(kAllee, Tr::tr("Allée ou rang"), 100).setRequired())
        .addColumn(ImportColumn::integer(kNumero, Tr::tr("Numéro"), 1, 999999).setRequired())
        .addColumn(ImportColumn::text(kNom, Tr::tr("Nom"), 100).setRequired())
        .addColumn(ImportColumn::text(kNomUsage, Tr::tr("Nom d'usage"), 100))
        .addColumn(ImportColumn::text(kPrenoms, Tr::tr("Prénoms"), 200))
        .addColumn(ImportColumn::date(kNaissance, Tr::tr("Date de naissance")))
        .addColumn(ImportColumn::date(kDeces, Tr::tr("Date de décès")))
        .addColumn(ImportColumn::text(kLieuDeces, Tr::tr("Lieu de décès"), 100))
        .addColumn(ImportColumn::date(kInhumation, Tr::tr("Date d'inhumation")))
        .addColumn(ImportColumn::enumeration(kNature, Tr::tr("Nature"),
                                             {{QStringLiteral("cercueil"), Tr::tr("cercueil")},
                                              {QStringLiteral("urne"), Tr::tr("urne")},
                                              {QStringLiteral("reliquaire"), Tr::tr("reliquaire")}}))
        .setSinkFactory([planned] { return std::make_unique<DefuntsSink>(planned); });
    return d;
}

Result<CimetiereImport::Outcome> CimetiereImport::run(const QString &emplacementsPath, const QString &defuntsPath,
                                                       bool dryRun)
{
    auto planned = std::make_shared<PlannedPlots>();
    const Core::ImportDefinition emplacements = emplacementsDefinition(planned);
    const Core::ImportDefinition defunts = defuntsDefinition(planned);
    Result<Core::ExchangeActor> actor = m_importer.authorize(emplacements);
    if (!actor)
        return actor.error();
    auto options = [](const QString &path, bool simulate) {
        Core::ImportOptions o;
        o.dryRun = simulate;
        o.sourceName = QFileInfo(path).fileName();
        o.rejectFilePath = Core::ImportService::defaultRejectFilePath(path);
        return o;
    };
    // Both files simulated first: the defunts file may name plots the emplacements file brings.
    Outcome outcome;
    outcome.dryRun = dryRun;
    outcome.emplacements = m_importer.importFile(emplacements, emplacementsPath, options(emplacementsPath, true),
                                                 actor.value());
    outcome.defunts = m_importer.importFile(defunts, defuntsPath, options(defuntsPath, true), actor.value());
    const bool simulationPassed = outcome.emplacements.outcome == Core::ImportReport::Outcome::DryRunPassed
                                  && outcome.defunts.outcome == Core::ImportReport::Outcome::DryRunPassed;
    if (dryRun || !simulationPassed)
        return outcome;
    outcome.emplacements = m_importer.importFile(emplacements, emplacementsPath, options(emplacementsPath, false),
                                                 actor.value());
    if (outcome.emplacements.outcome != Core::ImportReport::Outcome::Imported)
        return outcome;
    outcome.defunts = m_importer.importFile(defunts, defuntsPath, options(defuntsPath, false), actor.value());
    return outcome;
}

} // namespace OpenMairie::Cimetiere
