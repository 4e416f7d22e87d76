#pragma once

#include "openmairie_core_export.h"

#include <QList>
#include <QString>

namespace OpenMairie::Documents {

// How a merged value is written: dates in French, amounts with two decimals and a thin space...
enum class FieldType {
    Text,
    Integer,
    Decimal,
    Money,
    Date,
    DateTime,
    Boolean,
};

struct OPENMAIRIE_CORE_EXPORT FieldDefinition
{
    QString name;  // [name] in templates: letters, digits, underscore
    QString label; // French, shown to the person editing the template
    FieldType type = FieldType::Text;

    bool isNumeric() const { return type == FieldType::Integer || type == FieldType::Decimal || type == FieldType::Money; }
    bool isDate() const { return type == FieldType::Date || type == FieldType::DateTime; }
};

// A repeated part of a record (the ayants droit of a concession, the articles of an arrêté).
struct OPENMAIRIE_CORE_EXPORT SubTableDefinition
{
    QString name;
    QString label;
    QList<FieldDefinition> fields;

    const FieldDefinition *field(const QString &fieldName) const;
};

// What a named data source offers to templates: fields of the record and its sub-tables.
class OPENMAIRIE_CORE_EXPORT DataSourceSchema
{
public:
    DataSourceSchema() = default;
    DataSourceSchema(QString name, QString label);

    const QString &name() const { return m_name; }
    const QString &label() const { return m_label; }
    const QList<FieldDefinition> &fields() const { return m_fields; }
    const QList<SubTableDefinition> &subTables() const { return m_subTables; }

    DataSourceSchema &addField(const QString &name, const QString &label, FieldType type = FieldType::Text);
    DataSourceSchema &addSubTable(SubTableDefinition subTable);

    const FieldDefinition *field(const QString &fieldName) const;
    const SubTableDefinition *subTable(const QString &subTableName) const;
    // The sub-table that has this field, when the record itself has not: for the message that
    // tells where a misplaced field belongs.
    const SubTableDefinition *subTableOwning(const QString &fieldName) const;

    static bool isValidName(const QString &name);

private:
    QString m_name;
    QString m_label;
    QList<FieldDefinition> m_fields;
    QList<SubTableDefinition> m_subTables;
};

} // namespace OpenMairie::Documents
