#include "ImportDefinition.h"

#include "CsvWriter.h"
#include "ImportSink.h"
#include "TextNormalizer.h"

#include <QCoreApplication>
#include <QSet>

namespace OpenMairie::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::ImportDefinition)
};
} // namespace

ImportDefinition::ImportDefinition(const QString &id, const QString &module, const QString &title)
    : m_id(id), m_module(module), m_title(title)
{
}

ImportDefinition &ImportDefinition::setDescription(const QString &description)
{
    m_description = description;
    return *this;
}

ImportDefinition &ImportDefinition::setPermission(const QString &permission)
{
    m_permission = permission;
    return *this;
}

ImportDefinition &ImportDefinition::setTargetTable(const QString &table)
{
    m_targetTable = table;
    return *this;
}

ImportDefinition &ImportDefinition::addColumn(const ImportColumn &column)
{
    m_columns.append(column);
    return *this;
}

int ImportDefinition::indexOf(const QString &columnName) const
{
    for (int i = 0; i < m_columns.size(); ++i)
        if (m_columns.at(i).name() == columnName)
            return i;
    return -1;
}

ImportDefinition &ImportDefinition::addUniqueKey(const QStringList &columnNames)
{
    m_uniqueKeys.append(columnNames);
    return *this;
}

ImportDefinition &ImportDefinition::setUnknownColumns(UnknownColumns policy)
{
    m_unknownColumns = policy;
    return *this;
}

ImportDefinition &ImportDefinition::setSinkFactory(SinkFactory factory)
{
    m_sinkFactory = std::move(factory);
    return *this;
}

std::unique_ptr<ImportSink> ImportDefinition::createSink() const
{
    return m_sinkFactory ? m_sinkFactory() : nullptr;
}

Status ImportDefinition::validate() const
{
    auto broken = [this](const QString &why) {
        return Error(Tr::tr("La définition d'import « %1 » est incorrecte : signalez-le au prestataire.").arg(m_title),
                     why, Error::Kind::Generic);
    };
    if (m_columns.isEmpty())
        return broken(QStringLiteral("no column"));
    QSet<QString> keys;
    for (const ImportColumn &c : m_columns) {
        const QString key = headerKey(c.name());
        if (key.isEmpty() || keys.contains(key))
            return broken(QStringLiteral("duplicate or empty column name: ") + c.name());
        keys.insert(key);
        if (c.type() == ImportColumn::Type::ForeignKey && !c.lookupFactory())
            return broken(QStringLiteral("foreign key without lookup: ") + c.name());
        if (c.type() == ImportColumn::Type::Text && c.maxLength() <= 0)
            return broken(QStringLiteral("text column without maximum length: ") + c.name());
        if (c.type() == ImportColumn::Type::Enumeration && c.choices().isEmpty())
            return broken(QStringLiteral("enumeration without choices: ") + c.name());
    }
    for (const QStringList &uniqueKey : m_uniqueKeys) {
        if (uniqueKey.isEmpty())
            return broken(QStringLiteral("empty unique key"));
        for (const QString &name : uniqueKey)
            if (indexOf(name) < 0)
                return broken(QStringLiteral("unique key on unknown column: ") + name);
    }
    if (!m_sinkFactory)
        return broken(QStringLiteral("no sink"));
    return {};
}

QString ImportDefinition::modelFileName() const
{
    QString name = m_id;
    name.replace(u'.', u'_');
    return QStringLiteral("modele_import_%1.csv").arg(name);
}

Status ImportDefinition::writeModelFile(QIODevice &device) const
{
    CsvWriter writer(device);
    QStringList header;
    for (const ImportColumn &c : m_columns)
        header << c.name();
    writer.writeRecord(header);
    return writer.status();
}

QString ImportDefinition::headerKey(QStringView header)
{
    QString key = TextNormalizer::searchKey(header.toString());
    key.remove(u' ');
    return key;
}

} // namespace OpenMairie::Core
