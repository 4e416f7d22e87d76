#pragma once

#include "Electeur.h"
#include "ElecteurFilter.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace OpenMairie::Elec {

class ElecService;

// The elector list for the view. The whole list has its rows (the count), but only a window of
// pages of 200 is held: a page is read when the view first shows one of its rows (after the page
// before it by keyset, or by offset after a jump) and the least recently used pages are dropped.
// A 1.5 million list thus opens at once and scrolling it from top to bottom keeps memory flat.
// A search shows its first results only (typing more narrows it).
class ElecteurListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Numero, Bureau, NomNaissance, NomUsage, Prenoms, Naissance, Adresse, Ine, Situation, ColumnCount };
    static constexpr int kPageSize = 200;
    static constexpr int kPagesKept = 16;

    explicit ElecteurListModel(ElecService &service, QObject *parent = nullptr);

    void setFilter(const ElecteurFilter &filter);
    const ElecteurFilter &filter() const { return m_filter; }
    // Re-reads from the start (after a change).
    void reload();
    // The elector of a row; valid until the next call that reads a page.
    const Electeur *electeurAt(int row) const;
    int pagesHeld() const { return int(m_pages.size()); }
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loadFailed(const QString &message) const;

private:
    const QList<Electeur> *page(int number) const;

    ElecService &m_service;
    ElecteurFilter m_filter;
    int m_rows = 0;
    QList<Electeur> m_searchRows;
    bool m_searching = false;
    mutable QHash<int, QList<Electeur>> m_pages;
    mutable QList<int> m_recent; // most recently used last
    mutable QString m_lastError;
};

} // namespace OpenMairie::Elec
