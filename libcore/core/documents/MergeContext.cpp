#include "MergeContext.h"

#include "FieldFormatter.h"

#include <QBuffer>
#include <QImageReader>
#include <QPainter>

namespace OpenMairie::Documents {

QString MergeContext::parameter(const QString &name) const
{
    if (name == u"aujourdhui")
        return FieldFormatter::formatDate(today);
    if (name == u"aujourdhui_long")
        return FieldFormatter::formatDate(today, FieldFormatter::Style::Long);
    return parameters.value(name);
}

bool MergeContext::loadLogo()
{
    logoPath = parameters.value(QStringLiteral("logo")).trimmed();
    logo = QImage();
    QBuffer stored(&logoData);
    if (!logoData.isEmpty())
        stored.open(QIODevice::ReadOnly);
    else if (logoPath.isEmpty())
        return false;
    QImageReader reader;
    if (stored.isOpen())
        reader.setDevice(&stored);
    else
        reader.setFileName(logoPath);
    reader.setAutoTransform(true);
    logo = reader.read();
    if (logo.isNull())
        return false;
    // PDF/A-1 forbids transparency: flatten the logo on white paper.
    if (logo.hasAlphaChannel()) {
        QImage flat(logo.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter p(&flat);
        p.drawImage(0, 0, logo);
        p.end();
        logo = flat;
    }
    return true;
}

} // namespace OpenMairie::Documents
