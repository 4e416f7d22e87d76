#pragma once

#include "DataSourceSchema.h"
#include "PageSetup.h"

#include <QJsonObject>

namespace OpenMairie::Documents {

struct OPENMAIRIE_CORE_EXPORT ListColumn
{
    QString title;
    QString field;        // column of the row source; empty for a blank box (émargement, signature)
    double weight = 1;    // share of the table width
    Qt::Alignment alignment = Qt::AlignLeft;
    FieldType type = FieldType::Text;
    bool total = false;   // summed in the group and document totals
};

struct OPENMAIRIE_CORE_EXPORT SignatureBox
{
    QString title;        // "Le Maire", "Le président du bureau"
    QString name;         // printed under the title when known
    double heightMm = 28;
};

// How a long list (liste d'émargement, registre, tableau) is laid out. Shipped as JSON next to the
// templates (":/openmairie/templates/<module>/<code>.json"), so a commune's IT partner can adapt
// columns without a rebuild.
class OPENMAIRIE_CORE_EXPORT ListLayout
{
public:
    enum class RowHeight {
        Fixed, // every row the same height (room to sign); text wraps inside and is cut if longer
        Grow,  // each row as tall as its longest cell, never cut
    };
    enum class SignaturePlacement { EndOfGroup, EndOfDocument };

    QString module;
    QString code;
    int revision = 1;
    QString title;
    QString subtitle;
    PageSetup page{PageSetup::Format::A4, QPageLayout::Portrait, QMarginsF(12, 12, 12, 14)};
    QString fontFamily = QStringLiteral("DejaVu Sans Condensed");
    double fontSizePt = 8.5;
    RowHeight rowHeight = RowHeight::Fixed;
    double rowHeightMm = 7;       // Fixed: the height; Grow: the minimum
    QList<ListColumn> columns;
    bool rowNumbers = false;      // a first « N° » column, restarting at 1 in each group
    QString rowNumberTitle = QStringLiteral("N°");
    QString groupField;           // each value starts on a new page, numbered apart
    QString groupLabel;           // "Bureau de vote"
    bool totals = true;           // a total line after each group (or after the list)
    QString totalLabel;           // "électeurs" in « Total : 523 électeurs »
    QString closingText;          // « Arrêté la présente liste à %1 électeurs. » (%1: rows)
    QList<SignatureBox> signatures;
    SignaturePlacement signaturePlacement = SignaturePlacement::EndOfGroup;
    bool placeAndDate = true;     // « Fait à Arles, le 12 mars 2026 » above the signatures
    bool personalData = false;    // prints are written to the audit trail

    bool hasGroups() const { return !groupField.isEmpty(); }
    Core::Status validate() const;

    static Core::Result<ListLayout> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    static QString shippedPath(const QString &module, const QString &code);
    static Core::Result<ListLayout> shipped(const QString &module, const QString &code);
};

} // namespace OpenMairie::Documents
