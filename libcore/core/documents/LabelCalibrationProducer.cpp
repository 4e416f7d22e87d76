#include "LabelCalibrationProducer.h"

#include "PageDecorator.h"
#include "PageSink.h"

#include <QCoreApplication>
#include <QLocale>

namespace OpenMairie::Documents {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Documents::LabelCalibrationProducer)
};

QString mm(double v)
{
    static const QLocale french(QLocale::French, QLocale::France);
    return french.toString(v, 'f', 1);
}
} // namespace

LabelCalibrationProducer::LabelCalibrationProducer(LabelSheetLayout layout, PrinterOffset offset, QString printerName)
    : m_layout(std::move(layout)), m_offset(offset), m_printerName(std::move(printerName))
{
}

QString LabelCalibrationProducer::title() const
{
    return Tr::tr("Page de calibration des étiquettes");
}

Core::Status LabelCalibrationProducer::produce(PageSink &sink, const ProductionContext &context)
{
    Q_UNUSED(context)
    m_report = {};
    if (Core::Status s = m_layout.validate(); !s)
        return s;
    if (Core::Status s = sink.beginPage(m_layout.pageLayout()); !s)
        return s;
    QPainter &p = sink.painter();
    const double k = sink.dotsPerMm();
    const QSizeF page = m_layout.pageSizeMm();
    const QPointF shift(m_offset.xMm * k, m_offset.yMm * k);

    // Rulers along the top and left edges, shifted like the labels: the paper's edge falls on the
    // mark that measures the printer's own shift.
    p.setPen(QPen(Qt::black, 0.1 * k));
    p.setFont(PageDecorator::font(QStringLiteral("DejaVu Sans"), 5));
    for (int x = 0; x <= int(page.width()); ++x) {
        const double len = x % 10 == 0 ? 5 : (x % 5 == 0 ? 3.5 : 2);
        p.drawLine(QPointF(x * k, 0) + shift, QPointF(x * k, len * k) + shift);
        if (x % 10 == 0 && x > 0)
            p.drawText(QRectF(x * k - 5 * k, 5.3 * k, 10 * k, 3 * k).translated(shift), Qt::AlignCenter,
                       QString::number(x));
    }
    for (int y = 0; y <= int(page.height()); ++y) {
        const double len = y % 10 == 0 ? 5 : (y % 5 == 0 ? 3.5 : 2);
        p.drawLine(QPointF(0, y * k) + shift, QPointF(len * k, y * k) + shift);
        if (y % 10 == 0 && y > 0)
            p.drawText(QRectF(5.5 * k, y * k - 1.5 * k, 8 * k, 3 * k).translated(shift), Qt::AlignLeft | Qt::AlignVCenter,
                       QString::number(y));
    }

    // Label outlines, their number and a cross at their centre.
    for (int i = 0; i < m_layout.labelsPerSheet(); ++i) {
        const QRectF r = sink.mmRect(m_layout.labelRectMm(i, m_offset));
        p.setPen(QPen(Qt::black, 0.15 * k));
        p.setBrush(Qt::NoBrush);
        p.drawRect(r);
        const QPointF c = r.center();
        p.drawLine(c - QPointF(3 * k, 0), c + QPointF(3 * k, 0));
        p.drawLine(c - QPointF(0, 3 * k), c + QPointF(0, 3 * k));
        p.setFont(PageDecorator::font(QStringLiteral("DejaVu Sans"), 7));
        p.drawText(r.adjusted(1.5 * k, 1 * k, -1.5 * k, -1 * k), Qt::AlignLeft | Qt::AlignTop,
                   Tr::tr("Étiquette %1").arg(i + 1));
    }

    // Instructions, in the middle of the sheet on a white background so they stay readable.
    const QRectF box(page.width() * 0.12 * k, page.height() * 0.36 * k, page.width() * 0.76 * k, 62 * k);
    p.setPen(QPen(Qt::black, 0.25 * k));
    p.setBrush(Qt::white);
    p.drawRect(box.translated(shift));
    p.setFont(PageDecorator::font(QStringLiteral("DejaVu Sans"), 10, true));
    const QRectF inner = box.translated(shift).adjusted(4 * k, 3 * k, -4 * k, -3 * k);
    p.drawText(inner, Qt::AlignLeft | Qt::AlignTop, Tr::tr("Page de calibration — %1").arg(m_layout.name));
    p.setFont(PageDecorator::font(QStringLiteral("DejaVu Sans"), 8.5));
    const QString text =
        Tr::tr("Imprimante : %1\nDécalage appliqué : horizontal %2 mm, vertical %3 mm\n\n"
               "1. Imprimez cette page sur une feuille blanche ordinaire, comme une planche d'étiquettes.\n"
               "2. Posez-la sur une planche vierge et regardez à contre-jour.\n"
               "3. Mesurez de combien les cadres imprimés sont décalés par rapport aux étiquettes : vers la "
               "droite ou vers le bas, la valeur est positive ; vers la gauche ou vers le haut, négative. Les "
               "règles en millimètres le long des bords donnent aussi le décalage : le bord de la feuille doit "
               "tomber sur le 0.\n"
               "4. Ajoutez ces valeurs au décalage de l'imprimante, puis imprimez de nouveau cette page pour vérifier.")
            .arg(m_printerName.isEmpty() ? Tr::tr("fichier PDF") : m_printerName, mm(m_offset.xMm), mm(m_offset.yMm));
    p.drawText(inner.adjusted(0, 7 * k, 0, 0), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
    m_report.pageCount = 1;
    m_report.documentCount = 1;
    return {};
}

} // namespace OpenMairie::Documents
