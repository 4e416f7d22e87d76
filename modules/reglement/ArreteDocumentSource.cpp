#include "ArreteDocumentSource.h"

#include "ArreteCategory.h"
#include "ArreteRepository.h"
#include "Tr.h"

#include "documents/FieldFormatter.h"

#include <QRegularExpression>

namespace OpenMairie::Reglement {

using Documents::DataSourceSchema;
using Documents::DocumentRecord;
using Documents::FieldType;

const QString ArreteDocumentSource::kName = QStringLiteral("reglement.arrete");

namespace {
const QString kVisas = QStringLiteral("visas");
const QString kConsiderants = QStringLiteral("considerants");
const QString kArticles = QStringLiteral("articles");
const QString kTexte = QStringLiteral("texte");
const QString kNumero = QStringLiteral("numero");

// A line left blank on paper, to be filled in by hand.
const QString kBlank = QStringLiteral("……………………");

QString longDate(const QDate &d)
{
    return Documents::FieldFormatter::formatDate(d, Documents::FieldFormatter::Style::Long);
}
} // namespace

DataSourceSchema ArreteDocumentSource::schema() const
{
    DataSourceSchema s(kName, Tr::tr("Arrêté municipal"));
    s.addField(kNumero, Tr::tr("Numéro de l'arrêté (AAAA-NNNN)"))
        .addField(QStringLiteral("objet"), Tr::tr("Objet"))
        .addField(QStringLiteral("categorie"), Tr::tr("Catégorie"))
        .addField(QStringLiteral("date_signature"), Tr::tr("Date de signature"), FieldType::Date)
        .addField(QStringLiteral("signataire"), Tr::tr("Nom du signataire"))
        .addField(QStringLiteral("qualite_signataire"), Tr::tr("Qualité du signataire (« Le Maire »)"))
        .addField(QStringLiteral("date_publication"), Tr::tr("Date de publication ou d'affichage"), FieldType::Date)
        .addField(QStringLiteral("date_transmission"), Tr::tr("Date de transmission en préfecture"), FieldType::Date)
        .addField(QStringLiteral("date_notification"), Tr::tr("Date de notification"), FieldType::Date)
        .addField(QStringLiteral("mention_executoire"),
                  Tr::tr("Mention du caractère exécutoire (ou lignes à compléter à la main)"))
        .addField(QStringLiteral("etat"), Tr::tr("État (en vigueur, abrogé, annulé)"))
        .addField(QStringLiteral("reference"), Tr::tr("Référence"));
    s.addSubTable({kVisas, Tr::tr("Visas"), {{kTexte, Tr::tr("Texte du visa (« Vu … ; »)"), FieldType::Text}}});
    s.addSubTable({kConsiderants, Tr::tr("Considérants"),
                   {{kTexte, Tr::tr("Texte du considérant"), FieldType::Text}}});
    s.addSubTable({kArticles, Tr::tr("Articles"),
                   {{kNumero, Tr::tr("Numéro de l'article (1er, 2, 3…)"), FieldType::Text},
                    {kTexte, Tr::tr("Texte de l'article"), FieldType::Text}}});
    return s;
}

Core::Result<DocumentRecord> ArreteDocumentSource::fetch(const QSqlDatabase &db, qint64 communeId,
                                                         const QString &key) const
{
    int annee = 0;
    int rang = 0;
    if (!Arrete::parseNumero(key, &annee, &rang))
        return Core::Error(Tr::tr("« %1 » n'est pas un numéro d'arrêté : écrivez-le AAAA-NNNN, par exemple 2024-0012.")
                               .arg(key),
                           {}, Core::Error::Kind::InvalidInput);
    const Core::SqlDialect dialect(db.driverName() == u"QPSQL" ? Core::ConnectionProfile::Backend::Postgres
                                                               : Core::ConnectionProfile::Backend::Sqlite);
    const ArreteRepository repository(db, dialect, communeId);
    Core::Result<std::optional<Arrete>> found = repository.findByNumero(annee, rang);
    if (!found)
        return found.error();
    if (!found.value())
        return Core::Error(Tr::tr("L'arrêté n° %1 n'existe pas dans le registre de la commune. Vérifiez le numéro "
                                  "(« openmairie-cli reglement list --annee %2 » liste ceux de l'année).")
                               .arg(Arrete::formatNumero(annee, rang))
                               .arg(annee),
                           {}, Core::Error::Kind::NotFound);
    return toRecord(*found.value());
}

DocumentRecord ArreteDocumentSource::toRecord(const Arrete &a)
{
    DocumentRecord r(a.numero);
    const auto [quality, name] = qualityAndName(a.signataire);
    r.set(kNumero, a.numero)
        .set(QStringLiteral("objet"), a.objet)
        .set(QStringLiteral("categorie"), ArreteCategory::labelOf(a.categorie))
        .set(QStringLiteral("date_signature"), a.dateSignature)
        .set(QStringLiteral("signataire"), name)
        .set(QStringLiteral("qualite_signataire"), quality)
        .set(QStringLiteral("date_publication"), a.datePublication)
        .set(QStringLiteral("date_transmission"), a.dateTransmission)
        .set(QStringLiteral("date_notification"), a.dateNotification)
        .set(QStringLiteral("mention_executoire"), executoryMention(a))
        .set(QStringLiteral("etat"), stateLabel(a.etat))
        .set(QStringLiteral("reference"), a.reference);
    for (const QString &visa : lines(a.visas))
        r.addRow(kVisas, {{kTexte, visa}});
    for (const QString &considerant : lines(a.considerants))
        r.addRow(kConsiderants, {{kTexte, considerant}});
    const QStringList texts = articles(a.articles);
    for (int i = 0; i < texts.size(); ++i)
        r.addRow(kArticles, {{kNumero, articleNumber(i + 1)}, {kTexte, texts.at(i)}});
    return r;
}

QStringList ArreteDocumentSource::lines(const QString &text)
{
    QStringList result;
    for (const QString &line : text.split(u'\n'))
        if (const QString t = line.simplified(); !t.isEmpty())
            result.append(t);
    return result;
}

QStringList ArreteDocumentSource::articles(const QString &text)
{
    static const QRegularExpression blankLine(QStringLiteral(R"(\n[ \t]*\n)"));
    static const QRegularExpression typedHeading(
        QStringLiteral(R"(^\s*article\s+(\d+|1er|premier|unique)\s*(er)?\s*[:.\-–—]?\s*)"),
        QRegularExpression::CaseInsensitiveOption);
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QStringList result;
    for (QString article : normalized.split(blankLine, Qt::SkipEmptyParts)) {
        article = article.trimmed();
        article.remove(typedHeading);
        QStringList kept;
        for (const QString &line : article.split(u'\n'))
            if (const QString t = line.simplified(); !t.isEmpty())
                kept.append(t);
        if (!kept.isEmpty())
            result.append(kept.join(QChar::LineSeparator));
    }
    return result;
}

QString ArreteDocumentSource::articleNumber(int n)
{
    return n == 1 ? QStringLiteral("1er") : QString::number(n);
}

std::pair<QString, QString> ArreteDocumentSource::qualityAndName(const QString &signataire)
{
    static const QRegularExpression quality(QStringLiteral(R"(\b(maire|adjoint|adjointe|conseill|délégu|deleg|)"
                                                           R"(directeur|directrice|secrétaire|secretaire)\w*)"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QString whole = signataire.simplified();
    const qsizetype comma = whole.indexOf(u',');
    if (comma < 0)
        return quality.match(whole).hasMatch() ? std::pair{whole, QString()} : std::pair{Tr::tr("Le Maire"), whole};
    const QString first = whole.left(comma).trimmed();
    const QString second = whole.mid(comma + 1).trimmed();
    if (quality.match(second).hasMatch() && !quality.match(first).hasMatch())
        return {second, first};
    return {first, second};
}

QString ArreteDocumentSource::executoryMention(const Arrete &a)
{
    const bool individual = ArreteCategory::fromCode(a.categorie).nature() == ActNature::Individuelle;
    QString publicity;
    if (a.datePublication.isValid())
        publicity = Tr::tr("de sa publication ou de son affichage le %1").arg(longDate(a.datePublication));
    else if (a.dateNotification.isValid())
        publicity = Tr::tr("de sa notification le %1").arg(longDate(a.dateNotification));
    const bool transmissionMissing = a.transmissionRequise && !a.dateTransmission.isValid();
    if (publicity.isEmpty() || transmissionMissing) {
        // Printed for signature: the secretary fills the dates in by hand, as on paper registers.
        QString blanks = individual ? Tr::tr("Notifié le %1").arg(kBlank) : Tr::tr("Publié ou affiché le %1").arg(kBlank);
        if (a.transmissionRequise)
            blanks = Tr::tr("Transmis au représentant de l'État le %1      %2").arg(kBlank, blanks);
        return blanks;
    }
    if (a.transmissionRequise)
        return Tr::tr("Certifié exécutoire compte tenu de sa transmission au représentant de l'État le %1 et %2.")
            .arg(longDate(a.dateTransmission), publicity);
    return Tr::tr("Certifié exécutoire compte tenu %1.").arg(publicity);
}

DocumentRecord ArreteDocumentSource::sampleRecord() const
{
    Arrete a;
    a.numero = QStringLiteral("2026-0042");
    a.annee = 2026;
    a.rang = 42;
    a.dateSignature = QDate(2026, 3, 12);
    a.objet = Tr::tr("portant réglementation temporaire de la circulation et du stationnement rue de la République "
                     "à l'occasion de la brocante de printemps");
    a.categorie = QStringLiteral("circulation_temporaire");
    a.signataire = Tr::tr("Le Maire, Jean Dupont");
    a.transmissionRequise = false;
    a.datePublication = QDate(2026, 3, 13);
    a.visas = Tr::tr("Vu le code général des collectivités territoriales, notamment ses articles L.2212-1, L.2212-2 "
                     "et L.2213-1 ;\nVu le code de la route, notamment ses articles R.411-8 et R.417-10 ;");
    a.considerants = Tr::tr("Considérant qu'il convient d'assurer la sécurité des usagers et du public pendant la "
                            "brocante ;");
    a.articles = Tr::tr("Le dimanche 5 avril 2026, de 6 heures à 20 heures, la circulation et le stationnement de "
                        "tous les véhicules sont interdits rue de la République.\n\nLa signalisation réglementaire "
                        "sera mise en place par les services techniques municipaux.\n\nLe Directeur général des "
                        "services et le Chef de la police municipale sont chargés, chacun en ce qui le concerne, de "
                        "l'exécution du présent arrêté.");
    return toRecord(a);
}

} // namespace OpenMairie::Reglement
