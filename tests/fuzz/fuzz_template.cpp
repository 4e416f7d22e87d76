// libFuzzer: the template parser. Half of the inputs are read as a whole template file
// (DocumentTemplate::fromText: meta lines then the body), the other half as a body alone wrapped in
// a paragraph, then compiled against a schema with fields, a sub-table and known parameters.
// Any text: a compiled template or issues with line and column, never a crash.
#include "DataSourceSchema.h"
#include "DocumentTemplate.h"
#include "TemplateCompiler.h"

#include <QGuiApplication>

#include <cstdint>
#include <cstdlib>

using namespace OpenMairie;
using namespace OpenMairie::Documents;

namespace {
const DataSourceSchema &schema()
{
    static const DataSourceSchema s = [] {
        DataSourceSchema d(QStringLiteral("arrete"), QStringLiteral("Arrêté"));
        d.addField(QStringLiteral("numero"), QStringLiteral("Numéro"))
            .addField(QStringLiteral("objet"), QStringLiteral("Objet"))
            .addField(QStringLiteral("date_signature"), QStringLiteral("Date de signature"), FieldType::Date)
            .addField(QStringLiteral("montant"), QStringLiteral("Montant"), FieldType::Money);
        SubTableDefinition articles;
        articles.name = QStringLiteral("articles");
        articles.label = QStringLiteral("Articles");
        articles.fields = {{QStringLiteral("numero"), QStringLiteral("Numéro"), FieldType::Integer},
                           {QStringLiteral("texte"), QStringLiteral("Texte"), FieldType::Text}};
        d.addSubTable(articles);
        return d;
    }();
    return s;
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // QTextDocument lays text out with fonts: a GUI application, offscreen.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QGuiApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0 || size > 16 * 1024)
        return 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QStringList parameters{QStringLiteral("maire"), QStringLiteral("ville")};
    DocumentTemplate t;
    if (data[0] & 1) {
        Core::Result<DocumentTemplate> parsed = DocumentTemplate::fromText(text);
        if (!parsed)
            return 0;
        t = parsed.value();
    } else {
        t.module = QStringLiteral("reglement");
        t.code = QStringLiteral("fuzz");
        t.title = QStringLiteral("Essai");
        t.bodyHtml = QStringLiteral("<body><p>") + text.toHtmlEscaped() + QStringLiteral("</p></body>");
    }
    const TemplateCompilation result =
        TemplateCompiler::compile(t, schema(), TemplateCompiler::builtinParameters() + parameters);
    // Either usable or explained: a compilation with no issue must give a template.
    if (result.issues.isEmpty() && !result.compiled)
        abort();
    for (const TemplateIssue &issue : result.issues)
        (void)issue;
    return 0;
}
