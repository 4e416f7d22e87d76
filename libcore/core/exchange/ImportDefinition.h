#pragma once

#include "ImportColumn.h"
#include "Result.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <memory>

class QIODevice;

namespace OpenMairie::Core {

class ImportSink;

// An importable object, as a module declares it: its columns in the model file's order, the
// keys that must be unique inside a file, what to do with unknown columns, and how to make the
// sink that writes the rows. A value type, copied freely; the sink and the lookups are created
// per run, in the worker thread.
class OPENMAIRIE_CORE_EXPORT ImportDefinition
{
public:
    enum class UnknownColumns {
        Refuse,          // a column the definition does not know refuses the file
        IgnoreAndReport, // it is ignored, with a warning in the report (REU extracts grow columns)
    };
    using SinkFactory = std::function<std::unique_ptr<ImportSink>()>;

    ImportDefinition() = default;
    ImportDefinition(const QString &id, const QString &module, const QString &title);

    const QString &id() const { return m_id; }         // "elec.electeur"
    const QString &module() const { return m_module; } // "elec"
    const QString &title() const { return m_title; }   // "Électeurs"

    ImportDefinition &setDescription(const QString &description);
    const QString &description() const { return m_description; }
    // The right needed to import ("elec.electeur.importer").
    ImportDefinition &setPermission(const QString &permission);
    const QString &permission() const { return m_permission; }
    // The table named in the audit row.
    ImportDefinition &setTargetTable(const QString &table);
    const QString &targetTable() const { return m_targetTable; }

    ImportDefinition &addColumn(const ImportColumn &column);
    const QList<ImportColumn> &columns() const { return m_columns; }
    int indexOf(const QString &columnName) const;

    // Lines of one file may not repeat these columns' values (case and accents ignored).
    ImportDefinition &addUniqueKey(const QStringList &columnNames);
    const QList<QStringList> &uniqueKeys() const { return m_uniqueKeys; }

    ImportDefinition &setUnknownColumns(UnknownColumns policy);
    UnknownColumns unknownColumns() const { return m_unknownColumns; }

    ImportDefinition &setSinkFactory(SinkFactory factory);
    std::unique_ptr<ImportSink> createSink() const;

    // Programming errors in a declaration (duplicate column, key on an unknown column, foreign
    // key without lookup, no sink): caught by the module's tests, reported if they slip through.
    Status validate() const;

    // The model file the agent downloads: the header line, as Excel in France opens it.
    QString modelFileName() const;
    Status writeModelFile(QIODevice &device) const;

    // The key under which header names are compared: case, accents, spaces and punctuation
    // ignored, so that "Date de naissance", "DATE_DE_NAISSANCE" and "date-de-naissance" match.
    static QString headerKey(QStringView header);

private:
    QString m_id;
    QString m_module;
    QString m_title;
    QString m_description;
    QString m_permission;
    QString m_targetTable;
    QList<ImportColumn> m_columns;
    QList<QStringList> m_uniqueKeys;
    UnknownColumns m_unknownColumns = UnknownColumns::Refuse;
    SinkFactory m_sinkFactory;
};

} // namespace OpenMairie::Core
