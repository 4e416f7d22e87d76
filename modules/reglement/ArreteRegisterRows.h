#pragma once

#include "documents/SqlListRowSource.h"

namespace OpenMairie::Reglement {

// The rows of the register of one year, in the order of their numbers, for the shipped layout
// « registre_arretes »: the stored columns, plus the category's label and the « Mentions » column
// (abrogation, annulation, no transmission required) that only the module knows how to word.
// Forward-only like the SQL cursor it reads: a register of thousands of acts costs one row.
class ArreteRegisterRows final : public Documents::ListRowSource
{
public:
    ArreteRegisterRows(qint64 communeId, int annee);

    Core::Status open(const QSqlDatabase &db) override;
    Core::Result<bool> next() override;
    int columnIndex(const QString &field) const override;
    QVariant value(int column) const override;
    Core::Result<QHash<QString, qint64>> countByGroup(const QSqlDatabase &db, const QString &groupField) override;
    void close() override { m_rows.close(); }

    // « Abrogé le 01/02/2025 », « Non soumis à transmission »… one per line.
    static QString mentions(const QString &etat, const QDate &dateFin, bool transmissionRequise);

private:
    enum Derived { CategoryLabel = 1000, Mentions };

    Documents::SqlListRowSource m_rows;
    int m_categorie = -1;
    int m_etat = -1;
    int m_dateFin = -1;
    int m_transmissionRequise = -1;
};

} // namespace OpenMairie::Reglement
