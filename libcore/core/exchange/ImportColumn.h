#pragma once

#include "ForeignKeyLookup.h"
#include "Result.h"

#include <QList>
#include <QStringList>
#include <QVariant>

#include <limits>

namespace OpenMairie::Core {

// One column an importable object expects: its name in the model file, its type and its rules.
// convert() turns a cell into the typed value the sink receives, or into the French reason why
// it cannot.
//
// Values given to the sink: Text → QString, Integer → qlonglong, Decimal → QString in canonical
// form "-1234.5" (exact, unlike a double; both backends cast it into NUMERIC/REAL), Date → QDate,
// Boolean → bool, Enumeration → the choice's code (QString), ForeignKey → what the lookup returns.
// An empty optional cell gives a null QVariant.
class OPENMAIRIE_CORE_EXPORT ImportColumn
{
public:
    enum class Type { Text, Integer, Decimal, Date, Boolean, Enumeration, ForeignKey };

    struct Choice
    {
        QString code;
        QString label;
    };

    static ImportColumn text(const QString &name, const QString &label, int maxLength);
    static ImportColumn integer(const QString &name, const QString &label,
                                qint64 minimum = std::numeric_limits<qint64>::min(),
                                qint64 maximum = std::numeric_limits<qint64>::max());
    static ImportColumn decimal(const QString &name, const QString &label, int maxDecimals = 2);
    static ImportColumn date(const QString &name, const QString &label);
    static ImportColumn boolean(const QString &name, const QString &label);
    static ImportColumn enumeration(const QString &name, const QString &label, const QList<Choice> &choices);
    // `target` names what is referenced, for messages and the model: "quartier", "voie".
    static ImportColumn foreignKey(const QString &name, const QString &label, const QString &target,
                                   ForeignKeyLookupFactory lookup);

    ImportColumn &setRequired(bool required = true);
    // Other header names accepted for this column (the REU's "Date de naissance"...).
    ImportColumn &setAliases(const QStringList &aliases);
    ImportColumn &setHelp(const QString &help);

    const QString &name() const { return m_name; }
    const QString &label() const { return m_label; }
    Type type() const { return m_type; }
    bool isRequired() const { return m_required; }
    int maxLength() const { return m_maxLength; }
    qint64 minimum() const { return m_minimum; }
    qint64 maximum() const { return m_maximum; }
    int maxDecimals() const { return m_maxDecimals; }
    const QList<Choice> &choices() const { return m_choices; }
    const QString &target() const { return m_target; }
    const QStringList &aliases() const { return m_aliases; }
    const QString &help() const { return m_help; }
    const ForeignKeyLookupFactory &lookupFactory() const { return m_lookup; }

    // What a cell must contain, in French, for the model description: "Date JJ/MM/AAAA".
    QString expectedContent() const;

    // Converts one cell (spaces around it are ignored). `lookup` is the run's lookup for a
    // ForeignKey column, unused otherwise.
    Result<QVariant> convert(const QString &cell, ForeignKeyLookup *lookup = nullptr) const;

    // « value » for messages, shortened to 30 characters and kept on one line.
    static QString quoted(const QString &value);

    // TextNormalizer::searchKey, with a fast path for plain ASCII (most cells of most files):
    // the key under which enumerations, booleans and duplicate keys are compared.
    static QString comparisonKey(const QString &value);

private:
    ImportColumn(const QString &name, const QString &label, Type type);

    QString m_name;
    QString m_label;
    Type m_type;
    bool m_required = false;
    int m_maxLength = 0;
    qint64 m_minimum = std::numeric_limits<qint64>::min();
    qint64 m_maximum = std::numeric_limits<qint64>::max();
    int m_maxDecimals = 2;
    QList<Choice> m_choices;
    QStringList m_choiceKeys; // comparisonKey of each choice's code, then of its label
    QString m_target;
    QStringList m_aliases;
    QString m_help;
    ForeignKeyLookupFactory m_lookup;
};

} // namespace OpenMairie::Core
