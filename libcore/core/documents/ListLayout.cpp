#include "ListLayout.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace OpenMairie::Documents {

using Core::Error;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Documents::ListLayout)
};

QString typeName(FieldType type)
{
    switch (type) {
    case FieldType::Integer:
        return QStringLiteral("entier");
    case FieldType::Decimal:
        return QStringLiteral("decimal");
    case FieldType::Money:
        return QStringLiteral("montant");
    case FieldType::Date:
        return QStringLiteral("date");
    case FieldType::DateTime:
        return QStringLiteral("dateheure");
    case FieldType::Boolean:
        return QStringLiteral("booleen");
    case FieldType::Text:
        break;
    }
    return QStringLiteral("texte");
}

bool parseType(const QString &text, FieldType *type)
{
    const QString t = text.trimmed().toLower();
    static const QList<FieldType> all{FieldType::Text,  FieldType::Integer,  FieldType::Decimal, FieldType::Money,
                                      FieldType::Date,  FieldType::DateTime, FieldType::Boolean};
    for (FieldType candidate : all) {
        if (typeName(candidate) == t) {
            *type = candidate;
            return true;
        }
    }
    return t.isEmpty() ? (*type = FieldType::Text, true) : false;
}

QString alignmentName(Qt::Alignment a)
{
    if (a & Qt::AlignRight)
        return QStringLiteral("droite");
    if (a & Qt::AlignHCenter)
        return QStringLiteral("centre");
    return QStringLiteral("gauche");
}

bool parseAlignment(const QString &text, Qt::Alignment *a)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == u"gauche")
        *a = Qt::AlignLeft;
    else if (t == u"droite")
        *a = Qt::AlignRight;
    else if (t == u"centre")
        *a = Qt::AlignHCenter;
    else
        return false;
    return true;
}
} // namespace

Core::Status ListLayout::validate() const
{
    if (title.trimmed().isEmpty())
        return Error(Tr::tr("La liste n'a pas de titre."), {}, Error::Kind::InvalidInput);
    if (columns.isEmpty())
        return Error(Tr::tr("La liste « %1 » n'a aucune colonne.").arg(title), {}, Error::Kind::InvalidInput);
    for (const ListColumn &c : columns) {
        if (c.weight <= 0)
            return Error(Tr::tr("La colonne « %1 » doit avoir une largeur positive.").arg(c.title), {},
                         Error::Kind::InvalidInput);
        if (!c.field.isEmpty() && !DataSourceSchema::isValidName(c.field))
            return Error(Tr::tr("Nom de champ invalide « %1 » dans la colonne « %2 ».").arg(c.field, c.title), {},
                         Error::Kind::InvalidInput);
        if (c.total && c.type != FieldType::Integer && c.type != FieldType::Decimal && c.type != FieldType::Money)
            return Error(Tr::tr("La colonne « %1 » n'est pas numérique : elle ne peut pas être totalisée.")
                             .arg(c.title), {}, Error::Kind::InvalidInput);
    }
    if (!groupField.isEmpty() && !DataSourceSchema::isValidName(groupField))
        return Error(Tr::tr("Nom de champ de regroupement invalide « %1 ».").arg(groupField), {},
                     Error::Kind::InvalidInput);
    if (fontSizePt < 5 || fontSizePt > 20)
        return Error(Tr::tr("Taille de police %1 hors limites (de 5 à 20 points).").arg(fontSizePt), {},
                     Error::Kind::InvalidInput);
    if (rowHeightMm < 3 || rowHeightMm > 80)
        return Error(Tr::tr("Hauteur de ligne %1 mm hors limites (de 3 à 80 mm).").arg(rowHeightMm), {},
                     Error::Kind::InvalidInput);
    return {};
}

Core::Result<ListLayout> ListLayout::fromJson(const QJsonObject &json)
{
    ListLayout l;
    l.module = json.value(QStringLiteral("module")).toString();
    l.code = json.value(QStringLiteral("code")).toString();
    l.revision = json.value(QStringLiteral("revision")).toInt(1);
    l.title = json.value(QStringLiteral("titre")).toString();
    l.subtitle = json.value(QStringLiteral("sous_titre")).toString();
    if (json.contains(QStringLiteral("page"))) {
        Core::Result<PageSetup> page = PageSetup::fromJson(json.value(QStringLiteral("page")).toObject());
        if (!page)
            return page.error();
        l.page = page.value();
    }
    const QJsonObject font = json.value(QStringLiteral("police")).toObject();
    l.fontFamily = font.value(QStringLiteral("famille")).toString(l.fontFamily);
    l.fontSizePt = font.value(QStringLiteral("taille")).toDouble(l.fontSizePt);
    const QJsonObject rows = json.value(QStringLiteral("lignes")).toObject();
    const QString height = rows.value(QStringLiteral("hauteur")).toString(QStringLiteral("fixe"));
    if (height == u"fixe")
        l.rowHeight = RowHeight::Fixed;
    else if (height == u"variable")
        l.rowHeight = RowHeight::Grow;
    else
        return Error(Tr::tr("Hauteur de ligne « %1 » inconnue : « fixe » ou « variable ».").arg(height), {},
                     Error::Kind::InvalidInput);
    l.rowHeightMm = rows.value(QStringLiteral("hauteur_mm")).toDouble(l.rowHeightMm);
    l.rowNumbers = rows.value(QStringLiteral("numero_ordre")).toBool(false);
    l.rowNumberTitle = rows.value(QStringLiteral("titre_numero")).toString(l.rowNumberTitle);
    const QJsonArray columns = json.value(QStringLiteral("colonnes")).toArray();
    for (const QJsonValue &v : columns) {
        const QJsonObject o = v.toObject();
        ListColumn c;
        c.title = o.value(QStringLiteral("titre")).toString();
        c.field = o.value(QStringLiteral("champ")).toString();
        c.weight = o.value(QStringLiteral("largeur")).toDouble(1);
        c.total = o.value(QStringLiteral("total")).toBool(false);
        if (!parseType(o.value(QStringLiteral("type")).toString(), &c.type))
            return Error(Tr::tr("Type inconnu « %1 » pour la colonne « %2 ».")
                             .arg(o.value(QStringLiteral("type")).toString(), c.title), {}, Error::Kind::InvalidInput);
        if (!parseAlignment(o.value(QStringLiteral("alignement")).toString(), &c.alignment))
            return Error(Tr::tr("Alignement inconnu « %1 » pour la colonne « %2 » : gauche, centre ou droite.")
                             .arg(o.value(QStringLiteral("alignement")).toString(), c.title), {},
                         Error::Kind::InvalidInput);
        l.columns.append(c);
    }
    const QJsonObject groups = json.value(QStringLiteral("groupes")).toObject();
    l.groupField = groups.value(QStringLiteral("champ")).toString();
    l.groupLabel = groups.value(QStringLiteral("libelle")).toString();
    const QJsonObject totals = json.value(QStringLiteral("totaux")).toObject();
    l.totals = totals.value(QStringLiteral("actif")).toBool(true);
    l.totalLabel = totals.value(QStringLiteral("libelle")).toString();
    l.closingText = json.value(QStringLiteral("cloture")).toString();
    const QJsonObject signatures = json.value(QStringLiteral("signatures")).toObject();
    l.placeAndDate = signatures.value(QStringLiteral("lieu_et_date")).toBool(true);
    l.signaturePlacement = signatures.value(QStringLiteral("position")).toString() == u"fin_document"
                               ? SignaturePlacement::EndOfDocument
                               : SignaturePlacement::EndOfGroup;
    for (const QJsonValue &v : signatures.value(QStringLiteral("cases")).toArray()) {
        const QJsonObject o = v.toObject();
        l.signatures.append({o.value(QStringLiteral("titre")).toString(), o.value(QStringLiteral("nom")).toString(),
                             o.value(QStringLiteral("hauteur_mm")).toDouble(28)});
    }
    l.personalData = json.value(QStringLiteral("donnees_personnelles")).toBool(false);
    if (Core::Status s = l.validate(); !s)
        return s.error();
    return l;
}

QJsonObject ListLayout::toJson() const
{
    QJsonArray cols;
    for (const ListColumn &c : columns)
        cols.append(QJsonObject{{QStringLiteral("titre"), c.title},
                                {QStringLiteral("champ"), c.field},
                                {QStringLiteral("largeur"), c.weight},
                                {QStringLiteral("type"), typeName(c.type)},
                                {QStringLiteral("alignement"), alignmentName(c.alignment)},
                                {QStringLiteral("total"), c.total}});
    QJsonArray boxes;
    for (const SignatureBox &b : signatures)
        boxes.append(QJsonObject{{QStringLiteral("titre"), b.title},
                                 {QStringLiteral("nom"), b.name},
                                 {QStringLiteral("hauteur_mm"), b.heightMm}});
    return {
        {QStringLiteral("module"), module},
        {QStringLiteral("code"), code},
        {QStringLiteral("revision"), revision},
        {QStringLiteral("titre"), title},
        {QStringLiteral("sous_titre"), subtitle},
        {QStringLiteral("page"), page.toJson()},
        {QStringLiteral("police"), QJsonObject{{QStringLiteral("famille"), fontFamily},
                                               {QStringLiteral("taille"), fontSizePt}}},
        {QStringLiteral("lignes"),
         QJsonObject{{QStringLiteral("hauteur"), rowHeight == RowHeight::Fixed ? QStringLiteral("fixe")
                                                                               : QStringLiteral("variable")},
                     {QStringLiteral("hauteur_mm"), rowHeightMm},
                     {QStringLiteral("numero_ordre"), rowNumbers},
                     {QStringLiteral("titre_numero"), rowNumberTitle}}},
        {QStringLiteral("colonnes"), cols},
        {QStringLiteral("groupes"), QJsonObject{{QStringLiteral("champ"), groupField},
                                                {QStringLiteral("libelle"), groupLabel}}},
        {QStringLiteral("totaux"), QJsonObject{{QStringLiteral("actif"), totals},
                                               {QStringLiteral("libelle"), totalLabel}}},
        {QStringLiteral("cloture"), closingText},
        {QStringLiteral("signatures"),
         QJsonObject{{QStringLiteral("lieu_et_date"), placeAndDate},
                     {QStringLiteral("position"), signaturePlacement == SignaturePlacement::EndOfDocument
                                                      ? QStringLiteral("fin_document")
                                                      : QStringLiteral("fin_groupe")},
                     {QStringLiteral("cases"), boxes}}},
        {QStringLiteral("donnees_personnelles"), personalData},
    };
}

QString ListLayout::shippedPath(const QString &module, const QString &code)
{
    return QStringLiteral(":/openmairie/templates/%1/%2.json").arg(module, code);
}

Core::Result<ListLayout> ListLayout::shipped(const QString &module, const QString &code)
{
    QFile file(shippedPath(module, code));
    if (!file.open(QIODevice::ReadOnly))
        return Error(Tr::tr("Aucune mise en page de liste « %1 » n'est livrée pour le module « %2 ».").arg(code, module),
                     {}, Error::Kind::NotFound);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return Error(Tr::tr("La mise en page « %1/%2 » est illisible.").arg(module, code), parseError.errorString());
    Core::Result<ListLayout> layout = fromJson(doc.object());
    if (!layout)
        return Error(Tr::tr("La mise en page « %1/%2 » est incorrecte : %3").arg(module, code, layout.error().message()));
    return layout;
}

} // namespace OpenMairie::Documents
