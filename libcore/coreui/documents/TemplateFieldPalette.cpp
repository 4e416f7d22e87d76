#include "TemplateFieldPalette.h"

#include <QHeaderView>

namespace OpenMairie::CoreUi {

using namespace OpenMairie::Documents;

TemplateFieldPalette::TemplateFieldPalette(QWidget *parent) : QTreeWidget(parent)
{
    setColumnCount(2);
    setHeaderLabels({tr("Champ"), tr("À insérer")});
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    setRootIsDecorated(true);
    setToolTip(tr("Double-cliquez sur un champ pour l'insérer à l'emplacement du curseur."));
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString text = insertionFor(item, m_schema);
        if (!text.isEmpty())
            emit insertRequested(text, item->data(0, BlockRole).toBool());
    });
}

QTreeWidgetItem *TemplateFieldPalette::addItem(QTreeWidgetItem *parent, const QString &label, const QString &token,
                                               bool block)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(this);
    item->setText(0, label);
    item->setText(1, token);
    item->setData(0, TokenRole, token);
    item->setData(0, BlockRole, block);
    if (!token.isEmpty())
        item->setToolTip(0, tr("Insère « %1 »").arg(token));
    return item;
}

void TemplateFieldPalette::setSources(const DataSourceSchema &schema, const QList<ParameterDefinition> &parameters)
{
    m_schema = schema;
    clear();
    QTreeWidgetItem *fields = addItem(nullptr, tr("Champs de « %1 »").arg(schema.label()), {});
    for (const FieldDefinition &f : schema.fields()) {
        addItem(fields, f.label, QStringLiteral("[%1]").arg(f.name));
        if (f.isDate())
            addItem(fields, tr("%1 (en toutes lettres)").arg(f.label), QStringLiteral("[%1|long]").arg(f.name));
    }
    if (!schema.subTables().isEmpty()) {
        QTreeWidgetItem *blocks = addItem(nullptr, tr("Blocs répétés (une ligne par élément)"), {});
        for (const SubTableDefinition &s : schema.subTables()) {
            QTreeWidgetItem *block = addItem(blocks, s.label, QStringLiteral("[bloc:%1]").arg(s.name), true);
            for (const FieldDefinition &f : s.fields) {
                addItem(block, f.label, QStringLiteral("[%1]").arg(f.name));
                if (f.isNumeric())
                    addItem(block, tr("Total : %1").arg(f.label), QStringLiteral("[total:%1.%2]").arg(s.name, f.name));
            }
            addItem(block, tr("Nombre de lignes"), QStringLiteral("[nombre:%1]").arg(s.name));
        }
    }
    QTreeWidgetItem *params = addItem(nullptr, tr("Paramètres de la commune"), {});
    for (const ParameterDefinition &p : CommuneParameters::computed())
        addItem(params, p.label, u'&' + p.name);
    for (const ParameterDefinition &p : parameters)
        addItem(params, p.label, u'&' + p.name);
    QTreeWidgetItem *special = addItem(nullptr, tr("Mise en forme et codes"), {});
    addItem(special, tr("Logo de la commune (25 mm de haut)"), QStringLiteral("[logo:25]"));
    addItem(special, tr("Début de majuscules"), QStringLiteral("[MAJ]"));
    addItem(special, tr("Fin de majuscules"), QStringLiteral("[/MAJ]"));
    addItem(special, tr("Début de minuscules"), QStringLiteral("[min]"));
    addItem(special, tr("Fin de minuscules"), QStringLiteral("[/min]"));
    addItem(special, tr("Saut de page"), QStringLiteral("[saut_de_page]"));
    if (!schema.fields().isEmpty()) {
        const QString first = schema.fields().first().name;
        addItem(special, tr("Code-barres (Code 128) d'un champ"), QStringLiteral("[codebarre:%1]").arg(first));
        addItem(special, tr("QR code d'un champ"), QStringLiteral("[qrcode:%1]").arg(first));
    }
    expandAll();
}

QTreeWidgetItem *TemplateFieldPalette::itemForToken(const QString &token) const
{
    const QList<QTreeWidgetItem *> found = findItems(token, Qt::MatchExactly | Qt::MatchRecursive, 1);
    return found.isEmpty() ? nullptr : found.first();
}

QString TemplateFieldPalette::insertionFor(const QTreeWidgetItem *item, const DataSourceSchema &schema)
{
    if (!item)
        return {};
    const QString token = item->data(0, TokenRole).toString();
    if (!item->data(0, BlockRole).toBool())
        return token;
    const QString name = token.mid(6, token.size() - 7); // "[bloc:" … "]"
    const SubTableDefinition *sub = schema.subTable(name);
    QStringList columns;
    if (sub)
        for (const FieldDefinition &f : sub->fields)
            columns.append(QStringLiteral("[%1]").arg(f.name));
    return token + u'\n' + columns.join(QStringLiteral(" — ")) + QStringLiteral("\n[/bloc]");
}

} // namespace OpenMairie::CoreUi
