#pragma once

#include "PageSetup.h"

#include <QFont>

#include <memory>

class QTextDocument;

namespace OpenMairie::Documents {

// A template document (lettre type, arrêté, titre, certificat) as it is stored: rich text (HTML)
// whose text holds the merge syntax, plus its settings in <meta> tags, so that one text is the
// whole template (a revision is that text, its checksum identifies it):
//
//   <meta name="openmairie-modele" content="reglement/arrete">
//   <meta name="openmairie-source" content="reglement.arrete">
//   <meta name="openmairie-revision" content="1">
//   <meta name="openmairie-page" content="A4 portrait 20 20 20 20">
//   <meta name="openmairie-filigrane" content="Projet">
//   <meta name="openmairie-numerotation" content="oui">
//   <meta name="openmairie-pied-de-page" content="Arrêté n° [numero]">
class OPENMAIRIE_CORE_EXPORT DocumentTemplate
{
public:
    QString module;
    QString code;
    QString title;
    QString sourceName;
    int revision = 1; // shipped templates: their own number; commune templates: set by the store
    PageSetup page;
    QString watermark;
    bool pageNumbers = true;
    QString footer;
    QString bodyHtml; // the <body ...>...</body> element

    static Core::Result<DocumentTemplate> fromText(const QString &text);
    QString toText() const;
    QString checksum() const; // SHA-256 (hex) of toText()

    // Keeps the settings, takes the body of a rich-text document (the editor's).
    void setBodyFromDocument(const QTextDocument &document);
    // The template as a rich-text document configured as the compiler and the editor expect
    // (default font, design metrics): positions in it are those reported in errors.
    std::unique_ptr<QTextDocument> createTextDocument() const;

    static QFont defaultFont();

    // Shipped defaults, in the resources: ":/openmairie/templates/<module>/<code>.html".
    static QString shippedPath(const QString &module, const QString &code);
    static Core::Result<DocumentTemplate> shipped(const QString &module, const QString &code);
    static QList<DocumentTemplate> allShipped();
};

} // namespace OpenMairie::Documents
