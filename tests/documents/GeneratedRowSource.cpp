#include "GeneratedRowSource.h"

namespace OpenMairie::Test {

namespace {
const QStringList &words()
{
    static const QStringList w{
        QStringLiteral("république"), QStringLiteral("mairie"),     QStringLiteral("arrêté"),
        QStringLiteral("stationnement"), QStringLiteral("circulation"), QStringLiteral("électeur"),
        QStringLiteral("bureau"),     QStringLiteral("concession"), QStringLiteral("cimetière"),
        QStringLiteral("délibération"), QStringLiteral("conseil"),   QStringLiteral("municipal"),
        QStringLiteral("préfecture"), QStringLiteral("recensement"), QStringLiteral("Arles"),
        QStringLiteral("Camargue"),   QStringLiteral("anticonstitutionnellement"), QStringLiteral("rue"),
        QStringLiteral("boulevard"),  QStringLiteral("des"),        QStringLiteral("Lices")};
    return w;
}
} // namespace

Core::Status GeneratedRowSource::open(const QSqlDatabase &)
{
    m_random.seed(m_options.seed);
    m_index = -1;
    return {};
}

Core::Result<bool> GeneratedRowSource::next()
{
    if (m_index + 1 >= m_options.rows)
        return false;
    ++m_index;
    const int count = m_options.minWords
        + int(m_random.bounded(quint32(std::max(1, m_options.maxWords - m_options.minWords + 1))));
    m_text.clear();
    for (int i = 0; i < count; ++i) {
        if (i)
            m_text += u' ';
        m_text += words().at(int(m_random.bounded(quint32(words().size()))));
    }
    return true;
}

int GeneratedRowSource::columnIndex(const QString &field) const
{
    static const QStringList columns{QStringLiteral("id"), QStringLiteral("nom"), QStringLiteral("texte"),
                                     QStringLiteral("bureau"), QStringLiteral("montant")};
    return int(columns.indexOf(field));
}

QString GeneratedRowSource::groupOf(qint64 index) const
{
    if (m_options.groups <= 0)
        return QString();
    return QStringLiteral("Bureau %1").arg(index * m_options.groups / m_options.rows + 1);
}

QVariant GeneratedRowSource::value(int column) const
{
    switch (column) {
    case 0:
        return rowId(m_index);
    case 1:
        return QStringLiteral("DUPONT-%1 Jean").arg(m_index);
    case 2:
        return m_text;
    case 3:
        return groupOf(m_index);
    case 4:
        return m_index % 7;
    default:
        return {};
    }
}

Core::Result<QHash<QString, qint64>> GeneratedRowSource::countByGroup(const QSqlDatabase &, const QString &groupField)
{
    QHash<QString, qint64> counts;
    for (qint64 i = 0; i < m_options.rows; ++i)
        ++counts[groupField.isEmpty() ? QString() : groupOf(i)];
    return counts;
}

} // namespace OpenMairie::Test
