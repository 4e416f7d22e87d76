#include "PositionedFieldsLabelContent.h"

#include "FieldFormatter.h"
#include "PageDecorator.h"

#include <QCoreApplication>
#include <QPainter>
#include <QRegularExpression>

namespace OpenMairie::Documents {

using Core::Error;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Documents::PositionedFieldsLabelContent)
};

const QRegularExpression &fieldPattern()
{
    static const QRegularExpression re(QStringLiteral("\\[(\\w+)\\]"));
    return re;
}
} // namespace

PositionedFieldsLabelContent::PositionedFieldsLabelContent(QList<PositionedField> fields, QString fontFamily)
    : m_fields(std::move(fields)), m_fontFamily(std::move(fontFamily))
{
}

Core::Status PositionedFieldsLabelContent::validate(const DataSourceSchema &schema) const
{
    for (const PositionedField &f : m_fields) {
        QRegularExpressionMatchIterator it = fieldPattern().globalMatch(f.text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (!schema.field(m.captured(1)))
                return Error(Tr::tr("Champ inconnu « [%1] » dans la zone placée à %2 mm, %3 mm : choisissez un champ de "
                                    "la source « %4 ».").arg(m.captured(1)).arg(f.xMm).arg(f.yMm).arg(schema.label()),
                             {}, Error::Kind::InvalidInput);
        }
    }
    return {};
}

QString PositionedFieldsLabelContent::merge(const QString &text, const DocumentRecord &record)
{
    QString out;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = fieldPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        const QVariant v = record.value(m.captured(1));
        out += v.typeId() == QMetaType::QDate ? FieldFormatter::format(v, FieldType::Date) : v.toString();
        last = m.capturedEnd();
    }
    out += text.mid(last);
    return out;
}

void PositionedFieldsLabelContent::paint(QPainter &painter, const QRectF &labelRect, double dotsPerMm,
                                         const DocumentRecord &record, QStringList &warnings)
{
    Q_UNUSED(warnings)
    painter.save();
    painter.setPen(Qt::black);
    for (const PositionedField &f : m_fields) {
        painter.setFont(PageDecorator::font(m_fontFamily, f.fontSizePt, f.bold));
        const QRectF box(labelRect.left() + f.xMm * dotsPerMm, labelRect.top() + f.yMm * dotsPerMm,
                         f.widthMm * dotsPerMm, labelRect.bottom() - (labelRect.top() + f.yMm * dotsPerMm));
        painter.drawText(box, int(f.alignment | Qt::AlignTop | Qt::TextWordWrap), merge(f.text, record));
    }
    painter.restore();
}

} // namespace OpenMairie::Documents
