#pragma once

#include "Arrete.h"
#include "ArreteFilter.h"

#include "Result.h"

#include <QAbstractTableModel>

namespace OpenMairie::Reglement {

class ArreteService;

// The register as a table, fed page by page by the service: the view asks for more rows as the
// agent scrolls (canFetchMore/fetchMore), so a register of thousands of acts opens at once.
class ArreteListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Numero, Date, Objet, Categorie, Signataire, Publie, Transmis, Executoire, Commune, ColumnCount };
    enum Role { ArreteIdRole = Qt::UserRole + 1, VersionRole };

    explicit ArreteListModel(ArreteService &service, QObject *parent = nullptr);

    void setPageSize(int rows) { m_pageSize = std::max(1, rows); }
    int pageSize() const { return m_pageSize; }
    const ArreteFilter &filter() const { return m_filter; }
    // Total of the rows matching the filter, loaded or not.
    int totalCount() const { return m_total; }
    const Core::Error &lastError() const { return m_lastError; }

    const Arrete *arreteAt(int row) const;
    int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

public slots:
    void setFilter(const ArreteFilter &filter);
    // Reloads with the same filter, as many rows as were loaded (after a save, a commune switch).
    void reload();

signals:
    void loadFailed(const OpenMairie::Core::Error &error);
    void totalCountChanged(int total);

private:
    bool loadRows(int offset, int limit, QList<Arrete> *rows);

    ArreteService &m_service;
    ArreteFilter m_filter;
    QList<Arrete> m_rows;
    int m_total = 0;
    int m_pageSize = 100;
    Core::Error m_lastError;
};

} // namespace OpenMairie::Reglement
