#include "ElecteurListModel.h"

#include "ElecService.h"
#include "ElecteurRepository.h"

#include "FrenchDate.h"

#include <QColor>

namespace OpenMairie::Elec {

ElecteurListModel::ElecteurListModel(ElecService &service, QObject *parent)
    : QAbstractTableModel(parent), m_service(service)
{
}

void ElecteurListModel::setFilter(const ElecteurFilter &filter)
{
    m_filter = filter;
    reload();
}

void ElecteurListModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_recent.clear();
    m_searchRows.clear();
    m_lastError.clear();
    m_searching = !m_filter.texte.trimmed().isEmpty();
    m_rows = 0;
    if (m_searching) {
        Core::Result<QList<Electeur>> found = m_service.page(m_filter, {}, kPageSize);
        if (found)
            m_searchRows = found.value();
        else
            m_lastError = found.error().message();
        m_rows = int(m_searchRows.size());
    } else {
        Core::Result<int> total = m_service.count(m_filter);
        if (total)
            m_rows = total.value();
        else
            m_lastError = total.error().message();
    }
    endResetModel();
    if (!m_lastError.isEmpty())
        emit loadFailed(m_lastError);
}

const QList<Electeur> *ElecteurListModel::page(int number) const
{
    if (auto it = m_pages.constFind(number); it != m_pages.cend()) {
        m_recent.removeOne(number);
        m_recent.append(number);
        return &it.value();
    }
    Core::Result<QList<Electeur>> rows = Core::Error(QString());
    // After the page before it: keyset, as cheap at the end of the list as at its start.
    if (auto before = m_pages.constFind(number - 1); before != m_pages.cend() && !before->isEmpty())
        rows = m_service.page(m_filter, {ElecteurRepository::cleTri(before->last()), before->last().id}, kPageSize);
    else
        rows = m_service.pageAt(m_filter, number * kPageSize, kPageSize);
    if (!rows) {
        m_lastError = rows.error().message();
        emit loadFailed(m_lastError);
        return nullptr;
    }
    while (m_pages.size() >= kPagesKept && !m_recent.isEmpty())
        m_pages.remove(m_recent.takeFirst());
    m_recent.append(number);
    return &*m_pages.insert(number, rows.value());
}

const Electeur *ElecteurListModel::electeurAt(int row) const
{
    if (row < 0 || row >= m_rows)
        return nullptr;
    if (m_searching)
        return &m_searchRows.at(row);
    const QList<Electeur> *rows = page(row / kPageSize);
    const int inPage = row % kPageSize;
    return rows && inPage < rows->size() ? &rows->at(inPage) : nullptr;
}

int ElecteurListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ElecteurListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ElecteurListModel::data(const QModelIndex &index, int role) const
{
    const Electeur *e = electeurAt(index.row());
    if (!e)
        return {};
    if (role == Qt::ForegroundRole && e->isRadie())
        return QColor(Qt::gray);
    if (role == Qt::TextAlignmentRole && index.column() == Numero)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Numero:
        return e->numeroOrdre > 0 ? QVariant(e->numeroOrdre) : QVariant(tr("provisoire"));
    case Bureau:
        return e->bureauCode;
    case NomNaissance:
        return e->nomNaissance;
    case NomUsage:
        return e->nomUsage;
    case Prenoms:
        return e->prenoms;
    case Naissance:
        return Core::FrenchDate::format(e->dateNaissance);
    case Adresse:
        return e->adresse();
    case Ine:
        return e->ine;
    case Situation:
        return e->isRadie() ? tr("radié le %1").arg(Core::FrenchDate::format(e->dateRadiation)) : tr("inscrit");
    }
    return {};
}

QVariant ElecteurListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Numero:
        return tr("N° d'ordre");
    case Bureau:
        return tr("Bureau");
    case NomNaissance:
        return tr("Nom de naissance");
    case NomUsage:
        return tr("Nom d'usage");
    case Prenoms:
        return tr("Prénoms");
    case Naissance:
        return tr("Né(e) le");
    case Adresse:
        return tr("Adresse");
    case Ine:
        return tr("INE");
    case Situation:
        return tr("Situation");
    }
    return {};
}

} // namespace OpenMairie::Elec
