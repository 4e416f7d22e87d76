#include "LabelSheetLayout.h"

#include <QCoreApplication>
#include <QLocale>

namespace OpenMairie::Documents {

using Core::Error;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Documents::LabelSheetLayout)
};

QString mm(double v)
{
    static const QLocale french(QLocale::French, QLocale::France);
    return french.toString(v, 'f', 1);
}
} // namespace

QSizeF LabelSheetLayout::pageSizeMm() const
{
    return PageSetup(format, orientation, {}).pageSizeMm();
}

QPageLayout LabelSheetLayout::pageLayout() const
{
    return PageSetup(format, orientation, {}).pageLayout();
}

QRectF LabelSheetLayout::labelRectMm(int indexOnSheet, const PrinterOffset &offset) const
{
    const int row = indexOnSheet / columns;
    const int column = indexOnSheet % columns;
    return QRectF(leftMarginMm + column * (labelWidthMm + horizontalGapMm) + offset.xMm,
                  topMarginMm + row * (labelHeightMm + verticalGapMm) + offset.yMm, labelWidthMm, labelHeightMm);
}

Core::Status LabelSheetLayout::validate() const
{
    if (rows < 1 || columns < 1 || rows > 40 || columns > 20)
        return Error(Tr::tr("La planche doit avoir de 1 à 40 rangées et de 1 à 20 colonnes d'étiquettes."), {},
                     Error::Kind::InvalidInput);
    if (labelWidthMm < 10 || labelHeightMm < 5)
        return Error(Tr::tr("Une étiquette doit mesurer au moins 10 mm de large et 5 mm de haut."), {},
                     Error::Kind::InvalidInput);
    if (topMarginMm < 0 || leftMarginMm < 0 || horizontalGapMm < 0 || verticalGapMm < 0)
        return Error(Tr::tr("Les marges et les espaces entre étiquettes ne peuvent pas être négatifs."), {},
                     Error::Kind::InvalidInput);
    const QSizeF page = pageSizeMm();
    const double width = leftMarginMm + columns * labelWidthMm + (columns - 1) * horizontalGapMm;
    const double height = topMarginMm + rows * labelHeightMm + (rows - 1) * verticalGapMm;
    if (width > page.width() + 0.05)
        return Error(Tr::tr("Les étiquettes ne tiennent pas en largeur : %1 mm pour une feuille de %2 mm. Vérifiez la "
                            "largeur, la marge de gauche et l'espace entre colonnes.")
                         .arg(mm(width), mm(page.width())),
                     {}, Error::Kind::InvalidInput);
    if (height > page.height() + 0.05)
        return Error(Tr::tr("Les étiquettes ne tiennent pas en hauteur : %1 mm pour une feuille de %2 mm. Vérifiez la "
                            "hauteur, la marge du haut et l'espace entre rangées.")
                         .arg(mm(height), mm(page.height())),
                     {}, Error::Kind::InvalidInput);
    return {};
}

QJsonObject LabelSheetLayout::toJson() const
{
    return {{QStringLiteral("nom"), name},
            {QStringLiteral("format"), PageSetup::formatName(format)},
            {QStringLiteral("orientation"), PageSetup::orientationName(orientation)},
            {QStringLiteral("rangees"), rows},
            {QStringLiteral("colonnes"), columns},
            {QStringLiteral("largeur_mm"), labelWidthMm},
            {QStringLiteral("hauteur_mm"), labelHeightMm},
            {QStringLiteral("marge_haut_mm"), topMarginMm},
            {QStringLiteral("marge_gauche_mm"), leftMarginMm},
            {QStringLiteral("espace_colonnes_mm"), horizontalGapMm},
            {QStringLiteral("espace_rangees_mm"), verticalGapMm}};
}

Core::Result<LabelSheetLayout> LabelSheetLayout::fromJson(const QJsonObject &json)
{
    LabelSheetLayout l;
    Core::Result<PageSetup> page = PageSetup::fromJson(
        {{QStringLiteral("format"), json.value(QStringLiteral("format")).toString(QStringLiteral("A4"))},
         {QStringLiteral("orientation"), json.value(QStringLiteral("orientation")).toString(QStringLiteral("portrait"))}});
    if (!page)
        return page.error();
    l.name = json.value(QStringLiteral("nom")).toString();
    l.format = page->format();
    l.orientation = page->orientation();
    l.rows = json.value(QStringLiteral("rangees")).toInt(l.rows);
    l.columns = json.value(QStringLiteral("colonnes")).toInt(l.columns);
    l.labelWidthMm = json.value(QStringLiteral("largeur_mm")).toDouble(l.labelWidthMm);
    l.labelHeightMm = json.value(QStringLiteral("hauteur_mm")).toDouble(l.labelHeightMm);
    l.topMarginMm = json.value(QStringLiteral("marge_haut_mm")).toDouble(l.topMarginMm);
    l.leftMarginMm = json.value(QStringLiteral("marge_gauche_mm")).toDouble(l.leftMarginMm);
    l.horizontalGapMm = json.value(QStringLiteral("espace_colonnes_mm")).toDouble(l.horizontalGapMm);
    l.verticalGapMm = json.value(QStringLiteral("espace_rangees_mm")).toDouble(l.verticalGapMm);
    if (Core::Status s = l.validate(); !s)
        return s.error();
    return l;
}

QList<LabelSheetLayout> LabelSheetLayout::presets()
{
    LabelSheetLayout l7163;
    l7163.name = Tr::tr("Étiquettes 99,1 × 38,1 mm (2 × 7, type L7163)");
    LabelSheetLayout l7160;
    l7160.name = Tr::tr("Étiquettes 63,5 × 38,1 mm (3 × 7, type L7160)");
    l7160.rows = 7;
    l7160.columns = 3;
    l7160.labelWidthMm = 63.5;
    l7160.labelHeightMm = 38.1;
    l7160.topMarginMm = 15.15;
    l7160.leftMarginMm = 7.2;
    l7160.horizontalGapMm = 2.5;
    LabelSheetLayout l7165;
    l7165.name = Tr::tr("Étiquettes 99,1 × 67,7 mm (2 × 4, type L7165)");
    l7165.rows = 4;
    l7165.columns = 2;
    l7165.labelWidthMm = 99.1;
    l7165.labelHeightMm = 67.7;
    l7165.topMarginMm = 13.1;
    l7165.leftMarginMm = 4.65;
    l7165.horizontalGapMm = 2.5;
    LabelSheetLayout cards;
    cards.name = Tr::tr("Planche A4 de 8 cartes 105 × 74,25 mm (cartes pré-imprimées)");
    cards.rows = 4;
    cards.columns = 2;
    cards.labelWidthMm = 105;
    cards.labelHeightMm = 74.25;
    cards.topMarginMm = 0;
    cards.leftMarginMm = 0;
    cards.horizontalGapMm = 0;
    return {l7163, l7160, l7165, cards};
}

} // namespace OpenMairie::Documents
