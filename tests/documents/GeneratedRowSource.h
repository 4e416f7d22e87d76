#pragma once

#include "documents/ListRowSource.h"

#include <QRandomGenerator>

namespace OpenMairie::Test {

// Rows made up on the fly (never stored): id "R00042", a name, a random text of random length,
// a group ("Bureau 3") and an amount. The same seed gives the same rows on every pass.
class GeneratedRowSource final : public Documents::ListRowSource
{
public:
    struct Options
    {
        qint64 rows = 100;
        int groups = 0; // 0: no group column value changes
        quint32 seed = 42;
        int minWords = 1;
        int maxWords = 3;
    };

    explicit GeneratedRowSource(Options options) : m_options(options) {}

    Core::Status open(const QSqlDatabase &) override;
    Core::Result<bool> next() override;
    int columnIndex(const QString &field) const override;
    QVariant value(int column) const override;
    Core::Result<QHash<QString, qint64>> countByGroup(const QSqlDatabase &, const QString &groupField) override;

    static QString rowId(qint64 index) { return QStringLiteral("R%1").arg(index, 5, 10, QLatin1Char('0')); }
    QString groupOf(qint64 index) const;

private:
    Options m_options;
    QRandomGenerator m_random;
    qint64 m_index = -1;
    QString m_text;
};

} // namespace OpenMairie::Test
