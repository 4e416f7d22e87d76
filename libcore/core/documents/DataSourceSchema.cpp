#include "DataSourceSchema.h"

#include <QRegularExpression>

namespace OpenMairie::Documents {

const FieldDefinition *SubTableDefinition::field(const QString &fieldName) const
{
    for (const FieldDefinition &f : fields)
        if (f.name == fieldName)
            return &f;
    return nullptr;
}

DataSourceSchema::DataSourceSchema(QString name, QString label) : m_name(std::move(name)), m_label(std::move(label)) {}

DataSourceSchema &DataSourceSchema::addField(const QString &name, const QString &label, FieldType type)
{
    m_fields.append({name, label, type});
    return *this;
}

DataSourceSchema &DataSourceSchema::addSubTable(SubTableDefinition subTable)
{
    m_subTables.append(std::move(subTable));
    return *this;
}

const FieldDefinition *DataSourceSchema::field(const QString &fieldName) const
{
    for (const FieldDefinition &f : m_fields)
        if (f.name == fieldName)
            return &f;
    return nullptr;
}

const SubTableDefinition *DataSourceSchema::subTable(const QString &subTableName) const
{
    for (const SubTableDefinition &s : m_subTables)
        if (s.name == subTableName)
            return &s;
    return nullptr;
}

const SubTableDefinition *DataSourceSchema::subTableOwning(const QString &fieldName) const
{
    for (const SubTableDefinition &s : m_subTables)
        if (s.field(fieldName))
            return &s;
    return nullptr;
}

bool DataSourceSchema::isValidName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return re.match(name).hasMatch();
}

} // namespace OpenMairie::Documents
