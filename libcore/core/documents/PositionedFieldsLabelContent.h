#pragma once

#include "DataSourceSchema.h"
#include "LabelContent.h"

#include "Result.h"

namespace OpenMairie::Documents {

// A text placed at a fixed spot of a pre-printed card: "[nom] [prenom]" at 32 mm, 18 mm.
struct OPENMAIRIE_CORE_EXPORT PositionedField
{
    double xMm = 0;
    double yMm = 0;
    double widthMm = 60;
    QString text; // literal text and [champ] of the record
    double fontSizePt = 10;
    bool bold = false;
    Qt::Alignment alignment = Qt::AlignLeft;
};

// Pre-printed forms (cartes électorales, cartes de concession): the card is printed already, only
// the values go on it, each in its box.
class OPENMAIRIE_CORE_EXPORT PositionedFieldsLabelContent final : public LabelContent
{
public:
    explicit PositionedFieldsLabelContent(QList<PositionedField> fields, QString fontFamily = QStringLiteral("DejaVu Sans"));

    // Every [champ] must exist in the record fields of the source.
    Core::Status validate(const DataSourceSchema &schema) const;
    void paint(QPainter &painter, const QRectF &labelRect, double dotsPerMm, const DocumentRecord &record,
               QStringList &warnings) override;

    static QString merge(const QString &text, const DocumentRecord &record);

private:
    QList<PositionedField> m_fields;
    QString m_fontFamily;
};

} // namespace OpenMairie::Documents
