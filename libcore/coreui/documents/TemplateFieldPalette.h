#pragma once

#include "openmairie_coreui_export.h"

#include "documents/CommuneParameters.h"
#include "documents/DataSourceSchema.h"

#include <QTreeWidget>

namespace OpenMairie::CoreUi {

// The fields a template may use, with their French labels: the record's, each block (sub-table)
// with its columns, the commune's parameters and the special marks. Double-click inserts.
class OPENMAIRIE_COREUI_EXPORT TemplateFieldPalette final : public QTreeWidget
{
    Q_OBJECT

public:
    enum Role {
        TokenRole = Qt::UserRole + 1, // the text inserted: "[nom]", "&maire"
        BlockRole,                    // a sub-table: inserts the block's skeleton
    };

    explicit TemplateFieldPalette(QWidget *parent = nullptr);

    void setSources(const Documents::DataSourceSchema &schema, const QList<Documents::ParameterDefinition> &parameters);
    // The item that inserts this token, for tests and keyboard navigation.
    QTreeWidgetItem *itemForToken(const QString &token) const;
    // What double-clicking the item inserts (a block gives its opening and closing marks around
    // one line with its columns).
    static QString insertionFor(const QTreeWidgetItem *item, const Documents::DataSourceSchema &schema);

signals:
    void insertRequested(const QString &text, bool isBlock);

private:
    QTreeWidgetItem *addItem(QTreeWidgetItem *parent, const QString &label, const QString &token, bool block = false);

    Documents::DataSourceSchema m_schema;
};

} // namespace OpenMairie::CoreUi
