#include "DocumentTemplate.h"

#include "DocumentFonts.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTextDocument>

#include <tuple>

namespace OpenMairie::Documents {

using Core::Error;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Documents::DocumentTemplate)
};

QString htmlEscape(const QString &text)
{
    return text.toHtmlEscaped();
}

QString htmlUnescape(QString text)
{
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    text.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}

QString metaValue(const QString &head, const QString &name, bool *found)
{
    const QRegularExpression re(
        QStringLiteral("<meta\\s+name\\s*=\\s*[\"']%1[\"']\\s+content\\s*=\\s*\"([^\"]*)\"[^>]*>")
            .arg(QRegularExpression::escape(name)),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(head);
    *found = m.hasMatch();
    return m.hasMatch() ? htmlUnescape(m.captured(1)) : QString();
}

QString extractBody(const QString &html)
{
    static const QRegularExpression re(QStringLiteral("<body[^>]*>.*</body>"),
                                       QRegularExpression::CaseInsensitiveOption
                                           | QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = re.match(html);
    return m.hasMatch() ? m.captured(0) : QStringLiteral("<body>") + html + QStringLiteral("</body>");
}
} // namespace

QFont DocumentTemplate::defaultFont()
{
    DocumentFonts::ensureRegistered();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(10.5);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

Core::Result<DocumentTemplate> DocumentTemplate::fromText(const QString &text)
{
    DocumentTemplate t;
    static const QRegularExpression headRe(QStringLiteral("<head[^>]*>(.*)</head>"),
                                           QRegularExpression::CaseInsensitiveOption
                                               | QRegularExpression::DotMatchesEverythingOption);
    const QString head = headRe.match(text).captured(1);
    static const QRegularExpression titleRe(QStringLiteral("<title>(.*)</title>"),
                                            QRegularExpression::CaseInsensitiveOption
                                                | QRegularExpression::DotMatchesEverythingOption);
    t.title = htmlUnescape(titleRe.match(head).captured(1).trimmed());
    bool found = false;
    const QString id = metaValue(head, QStringLiteral("openmairie-modele"), &found);
    if (found) {
        const qsizetype slash = id.indexOf(u'/');
        t.module = id.left(slash).trimmed();
        t.code = slash < 0 ? QString() : id.mid(slash + 1).trimmed();
    }
    t.sourceName = metaValue(head, QStringLiteral("openmairie-source"), &found).trimmed();
    const QString revision = metaValue(head, QStringLiteral("openmairie-revision"), &found);
    if (found) {
        bool ok = false;
        t.revision = revision.toInt(&ok);
        if (!ok || t.revision < 1)
            return Error(Tr::tr("Numéro de révision de modèle illisible : « %1 ».").arg(revision), {},
                         Error::Kind::InvalidInput);
    }
    const QString page = metaValue(head, QStringLiteral("openmairie-page"), &found);
    if (found) {
        Core::Result<PageSetup> setup = PageSetup::fromText(page);
        if (!setup)
            return setup.error();
        t.page = setup.value();
    }
    t.watermark = metaValue(head, QStringLiteral("openmairie-filigrane"), &found).trimmed();
    const QString numbering = metaValue(head, QStringLiteral("openmairie-numerotation"), &found).trimmed().toLower();
    t.pageNumbers = !found || numbering == u"oui" || numbering == u"1" || numbering == u"true";
    t.footer = metaValue(head, QStringLiteral("openmairie-pied-de-page"), &found).trimmed();
    t.bodyHtml = extractBody(text);
    if (t.module.isEmpty() || t.code.isEmpty())
        return Error(Tr::tr("Le modèle ne dit pas à quel document il sert (balise « openmairie-modele » "
                            "module/code manquante)."), {}, Error::Kind::InvalidInput);
    if (t.sourceName.isEmpty())
        return Error(Tr::tr("Le modèle « %1 » ne dit pas quelle source de données il utilise (balise "
                            "« openmairie-source » manquante).").arg(t.code), {}, Error::Kind::InvalidInput);
    return t;
}

QString DocumentTemplate::toText() const
{
    auto meta = [](const QString &name, const QString &value) {
        return QStringLiteral("<meta name=\"%1\" content=\"%2\">\n").arg(name, htmlEscape(value));
    };
    QString out = QStringLiteral("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n");
    out += QStringLiteral("<title>") + htmlEscape(title) + QStringLiteral("</title>\n");
    out += meta(QStringLiteral("openmairie-modele"), module + u'/' + code);
    out += meta(QStringLiteral("openmairie-source"), sourceName);
    out += meta(QStringLiteral("openmairie-revision"), QString::number(revision));
    out += meta(QStringLiteral("openmairie-page"), page.toText());
    out += meta(QStringLiteral("openmairie-filigrane"), watermark);
    out += meta(QStringLiteral("openmairie-numerotation"), pageNumbers ? QStringLiteral("oui") : QStringLiteral("non"));
    out += meta(QStringLiteral("openmairie-pied-de-page"), footer);
    out += QStringLiteral("</head>\n");
    out += bodyHtml.isEmpty() ? QStringLiteral("<body></body>") : bodyHtml;
    // Nothing between </body> and </html>: Qt would add it as a space to the last paragraph.
    out += QStringLiteral("</html>");
    return out;
}

QString DocumentTemplate::checksum() const
{
    return QString::fromLatin1(QCryptographicHash::hash(toText().toUtf8(), QCryptographicHash::Sha256).toHex());
}

void DocumentTemplate::setBodyFromDocument(const QTextDocument &document)
{
    bodyHtml = extractBody(document.toHtml());
}

std::unique_ptr<QTextDocument> DocumentTemplate::createTextDocument() const
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(defaultFont());
    doc->setUseDesignMetrics(true);
    doc->setDocumentMargin(0);
    doc->setHtml(toText());
    return doc;
}

QString DocumentTemplate::shippedPath(const QString &module, const QString &code)
{
    return QStringLiteral(":/openmairie/templates/%1/%2.html").arg(module, code);
}

Core::Result<DocumentTemplate> DocumentTemplate::shipped(const QString &module, const QString &code)
{
    QFile file(shippedPath(module, code));
    if (!file.open(QIODevice::ReadOnly))
        return Error(Tr::tr("Aucun modèle « %1 » n'est livré pour le module « %2 ».").arg(code, module), {},
                     Error::Kind::NotFound);
    Core::Result<DocumentTemplate> t = fromText(QString::fromUtf8(file.readAll()));
    if (!t)
        return Error(Tr::tr("Le modèle livré « %1/%2 » est illisible : %3").arg(module, code, t.error().message()));
    if (t->module != module || t->code != code)
        return Error(Tr::tr("Le modèle livré « %1/%2 » se déclare comme « %3/%4 ».")
                         .arg(module, code, t->module, t->code));
    return t;
}

QList<DocumentTemplate> DocumentTemplate::allShipped()
{
    QList<DocumentTemplate> result;
    QDirIterator it(QStringLiteral(":/openmairie/templates"), {QStringLiteral("*.html")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString module = QFileInfo(path).dir().dirName();
        const QString code = QFileInfo(path).completeBaseName();
        if (Core::Result<DocumentTemplate> t = shipped(module, code))
            result.append(t.value());
    }
    std::sort(result.begin(), result.end(), [](const DocumentTemplate &a, const DocumentTemplate &b) {
        return std::tie(a.module, a.code) < std::tie(b.module, b.code);
    });
    return result;
}

} // namespace OpenMairie::Documents
