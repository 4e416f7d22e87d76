#include "HeaderMapping.h"

#include "ImportDefinition.h"

#include <QCoreApplication>
#include <QHash>

namespace OpenMairie::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::HeaderMapping)
};
} // namespace

QString HeaderMapping::fieldName(int fieldIndex) const
{
    if (fieldIndex >= 0 && fieldIndex < m_header.size() && !m_header.at(fieldIndex).isEmpty())
        return m_header.at(fieldIndex);
    return Tr::tr("champ %1").arg(fieldIndex + 1);
}

HeaderMapping HeaderMapping::match(const ImportDefinition &definition, const QStringList &header, bool separatorFound)
{
    HeaderMapping m;
    for (const QString &h : header)
        m.m_header << h.trimmed();
    const QList<ImportColumn> &columns = definition.columns();
    m.m_fieldOfColumn = QList<int>(columns.size(), -1);

    QHash<QString, int> columnOfKey;
    for (int i = 0; i < columns.size(); ++i) {
        const ImportColumn &c = columns.at(i);
        QStringList names = c.aliases();
        names.prepend(c.label());
        names.prepend(c.name());
        for (const QString &n : std::as_const(names)) {
            const QString key = ImportDefinition::headerKey(n);
            if (!key.isEmpty() && !columnOfKey.contains(key))
                columnOfKey.insert(key, i);
        }
    }

    QList<int> unknownFields;
    int recognised = 0;
    for (int f = 0; f < m.m_header.size(); ++f) {
        const QString &name = m.m_header.at(f);
        if (name.isEmpty()) {
            m.m_warnings << Tr::tr("la colonne %1 n'a pas de nom dans l'en-tête : elle est ignorée.").arg(f + 1);
            continue;
        }
        const int column = columnOfKey.value(ImportDefinition::headerKey(name), -1);
        if (column < 0) {
            unknownFields << f;
            continue;
        }
        if (const int first = m.m_fieldOfColumn.at(column); first >= 0) {
            m.m_errors << Tr::tr("la colonne « %1 » figure deux fois dans l'en-tête (colonnes %2 et %3) : "
                                 "supprimez l'une des deux.")
                              .arg(columns.at(column).name()).arg(first + 1).arg(f + 1);
            continue;
        }
        m.m_fieldOfColumn[column] = f;
        ++recognised;
    }

    if (recognised == 0) {
        QStringList expected;
        for (const ImportColumn &c : columns)
            expected << c.name();
        m.m_warnings.clear();
        m.m_errors.clear();
        if (!separatorFound)
            m.m_errors << Tr::tr("la première ligne ne contient aucun séparateur (point-virgule, virgule ou "
                                 "tabulation) ni aucune colonne attendue : ce n'est pas un fichier CSV en colonnes, "
                                 "ou l'en-tête manque. Partez du modèle de fichier.");
        else
            m.m_errors << Tr::tr("aucune colonne attendue n'a été reconnue dans la première ligne : le fichier doit "
                                 "commencer par la ligne d'en-tête du modèle (%1).")
                              .arg(expected.join(u';'));
        return m;
    }

    for (int i = 0; i < columns.size(); ++i) {
        const ImportColumn &c = columns.at(i);
        if (c.isRequired() && m.m_fieldOfColumn.at(i) < 0)
            m.m_errors << Tr::tr("la colonne obligatoire « %1 » (%2) est absente de l'en-tête : ajoutez-la, ou "
                                 "partez du modèle de fichier.")
                              .arg(c.name(), c.label());
    }
    for (const int f : std::as_const(unknownFields)) {
        if (definition.unknownColumns() == ImportDefinition::UnknownColumns::IgnoreAndReport)
            m.m_warnings << Tr::tr("la colonne « %1 » (colonne %2) n'est pas attendue : elle est ignorée.")
                                .arg(m.m_header.at(f)).arg(f + 1);
        else
            m.m_errors << Tr::tr("la colonne « %1 » (colonne %2) n'est pas attendue : supprimez-la ou corrigez son "
                                 "nom d'après le modèle de fichier.")
                              .arg(m.m_header.at(f)).arg(f + 1);
    }
    return m;
}

} // namespace OpenMairie::Core
