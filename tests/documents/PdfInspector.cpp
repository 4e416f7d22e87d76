#include "PdfInspector.h"

#include <QFile>
#include <QProcess>
#include <QRectF>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace OpenMairie::Test {

QString PdfInspector::run(const QString &program, const QStringList &arguments, int *exitCode)
{
    QProcess p;
    p.start(program, arguments);
    p.waitForFinished(120000);
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAllStandardOutput());
}

PdfInspector::PdfInspector(QString path) : m_path(std::move(path))
{
    int rc = 0;
    const QString info = run(QStringLiteral("pdfinfo"), {m_path}, &rc);
    if (rc != 0) {
        m_error = QStringLiteral("pdfinfo a échoué sur %1").arg(m_path);
        return;
    }
    static const QRegularExpression pagesRe(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption);
    m_pageCount = pagesRe.match(info).captured(1).toInt();
    QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), m_path, QStringLiteral("-")}, &rc);
    m_pages = text.split(u'\f');
    if (!m_pages.isEmpty() && m_pages.last().trimmed().isEmpty())
        m_pages.removeLast();
}

QString PdfInspector::compactRawText(int page) const
{
    QString raw = run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-f"), QString::number(page),
                                                    QStringLiteral("-l"), QString::number(page), m_path,
                                                    QStringLiteral("-")});
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return raw.remove(space);
}

QString PdfInspector::info() const
{
    return run(QStringLiteral("pdfinfo"), {m_path});
}

QString PdfInspector::fonts() const
{
    return run(QStringLiteral("pdffonts"), {m_path});
}

QString PdfInspector::images() const
{
    return run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), m_path});
}

QString PdfInspector::xmp() const
{
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray data = f.readAll();
    const qsizetype start = data.indexOf("<?xpacket begin");
    const qsizetype end = data.indexOf("<?xpacket end", start);
    if (start < 0 || end < 0)
        return {};
    return QString::fromUtf8(data.mid(start, end - start + 20));
}

bool PdfInspector::declaresPdfA1b() const
{
    const QString x = xmp();
    static const QRegularExpression partAttr(QStringLiteral("pdfaid:part\\s*=\\s*[\"']1[\"']"));
    static const QRegularExpression confAttr(QStringLiteral("pdfaid:conformance\\s*=\\s*[\"']B[\"']"));
    static const QRegularExpression partElem(QStringLiteral("<pdfaid:part>\\s*1\\s*</pdfaid:part>"));
    static const QRegularExpression confElem(QStringLiteral("<pdfaid:conformance>\\s*B\\s*</pdfaid:conformance>"));
    const bool part = partAttr.match(x).hasMatch() || partElem.match(x).hasMatch();
    const bool conformance = confAttr.match(x).hasMatch() || confElem.match(x).hasMatch();
    return part && conformance;
}

bool PdfInspector::allFontsEmbedded(QString *why) const
{
    const QStringList lines = fonts().split(u'\n', Qt::SkipEmptyParts);
    if (lines.size() < 3) {
        if (why)
            *why = QStringLiteral("aucune police listée");
        return false;
    }
    // Columns: name type encoding emb sub uni object ID; "emb" is the 4th field from the right end - 3.
    for (qsizetype i = 2; i < lines.size(); ++i) {
        const QStringList f = lines.at(i).split(u' ', Qt::SkipEmptyParts);
        if (f.size() < 7)
            continue;
        const QString emb = f.at(f.size() - 5);
        if (emb != u"yes") {
            if (why)
                *why = lines.at(i);
            return false;
        }
    }
    return true;
}

QList<QPair<QString, QRectF>> PdfInspector::words(int page) const
{
    const QString html = run(QStringLiteral("pdftotext"),
                             {QStringLiteral("-bbox"), QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                              QString::number(page), m_path, QStringLiteral("-")});
    QList<QPair<QString, QRectF>> result;
    QXmlStreamReader xml(html);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"word") {
            const auto a = xml.attributes();
            const double x1 = a.value(QStringLiteral("xMin")).toDouble();
            const double y1 = a.value(QStringLiteral("yMin")).toDouble();
            const double x2 = a.value(QStringLiteral("xMax")).toDouble();
            const double y2 = a.value(QStringLiteral("yMax")).toDouble();
            const QString word = xml.readElementText();
            result.append({word, QRectF(QPointF(x1, y1), QPointF(x2, y2))});
        }
    }
    return result;
}

QString PdfInspector::renderPng(int page, int dpi, const QString &outputBase) const
{
    run(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi),
                                     QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                     QString::number(page), QStringLiteral("-singlefile"), m_path, outputBase});
    return outputBase + QStringLiteral(".png");
}

} // namespace OpenMairie::Test
