#pragma once

#include "DocumentRecord.h"

#include <QRectF>
#include <QStringList>

class QPainter;

namespace OpenMairie::Documents {

// What one label (or card) shows for one record.
class OPENMAIRIE_CORE_EXPORT LabelContent
{
public:
    virtual ~LabelContent();
    // labelRect in device units; dotsPerMm to convert the content's millimetres.
    virtual void paint(QPainter &painter, const QRectF &labelRect, double dotsPerMm, const DocumentRecord &record,
                       QStringList &warnings) = 0;
};

} // namespace OpenMairie::Documents
