#pragma once

#include <QList>
#include <QPair>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace OpenMairie::Test {

// Reads PDFs back with poppler's tools, as a reader would: tests assert on the files themselves.
class PdfInspector
{
public:
    explicit PdfInspector(QString path);

    bool isValid() const { return m_pageCount > 0; }
    const QString &error() const { return m_error; }
    int pageCount() const { return m_pageCount; }
    // pdftotext -layout, one string per page.
    const QStringList &pages() const { return m_pages; }
    QString text() const { return m_pages.join(u'\f'); }
    // pdftotext -raw of one page (1-based) without any white space: rotated text (a watermark)
    // comes out one letter per line.
    QString compactRawText(int page) const;
    // pdfinfo's output, pdffonts' table, pdfimages -list, the raw XMP packet.
    QString info() const;
    QString fonts() const;
    QString images() const;
    QString xmp() const;
    // Every font listed by pdffonts is embedded.
    bool allFontsEmbedded(QString *why = nullptr) const;
    // pdfaid:part=1 and pdfaid:conformance=B in the XMP metadata (attribute or element form).
    bool declaresPdfA1b() const;
    // Words with their boxes (pdftotext -bbox), in points: "word x y".
    QList<QPair<QString, QRectF>> words(int page) const;
    // Renders page (1-based) to a PNG next to the file; returns its path.
    QString renderPng(int page, int dpi, const QString &outputBase) const;

    static QString run(const QString &program, const QStringList &arguments, int *exitCode = nullptr);

private:
    QString m_path;
    QString m_error;
    int m_pageCount = 0;
    QStringList m_pages;
};

} // namespace OpenMairie::Test
