#include "ArreteListModel.h"

#include "ArreteCategory.h"
#include "ArreteService.h"
#include "ExecutoireStatus.h"

#include "FrenchDate.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace OpenMairie::Reglement {

ArreteListModel::ArreteListModel(ArreteService &service, QObject *parent)
    : QAbstractTableModel(parent), m_service(service)
{
}

const Arrete *ArreteListModel::arreteAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ArreteListModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

int ArreteListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArreteListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {
QString publicationText(const Arrete &a)
{
    if (a.datePublication.isValid())
        return Core::FrenchDate::format(a.datePublication);
    if (a.dateNotification.isValid())
        return ArreteListModel::tr("notifié le %1").arg(Core::FrenchDate::format(a.dateNotification));
    return ArreteListModel::tr("—");
}

QString transmissionText(const Arrete &a)
{
    if (a.dateTransmission.isValid())
        return Core::FrenchDate::format(a.dateTransmission);
    return a.transmissionRequise ? ArreteListModel::tr("à transmettre") : ArreteListModel::tr("non requise");
}
} // namespace

QVariant ArreteListModel::data(const QModelIndex &index, int role) const
{
    const Arrete *a = index.isValid() ? arreteAt(index.row()) : nullptr;
    if (!a)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Numero: return a->numero;
        case Date: return Core::FrenchDate::format(a->dateSignature);
        case Objet: return a->objet.simplified();
        case Categorie: return ArreteCategory::labelOf(a->categorie);
        case Signataire: return a->signataire;
        case Publie: return publicationText(*a);
        case Transmis: return transmissionText(*a);
        case Executoire: return ExecutoireStatus::of(*a).shortText();
        case Commune: return m_service.communeLabel(a->collectiviteId);
        default: return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Objet: return a->objet;
        case Signataire: return a->signataire;
        case Executoire: return ExecutoireStatus::of(*a).text();
        default: return {};
        }
    case Qt::ForegroundRole:
        if (!a->isActive())
            return QBrush(QColor(0x70, 0x70, 0x70));
        if (index.column() == Executoire && !ExecutoireStatus::of(*a).isExecutoire())
            return QBrush(QColor(0xb0, 0x3a, 0x2e));
        return {};
    case Qt::FontRole:
        if (!a->isActive()) {
            QFont f;
            f.setStrikeOut(index.column() == Numero);
            f.setItalic(true);
            return f;
        }
        return {};
    case ArreteIdRole: return a->id;
    case VersionRole: return a->version;
    default: return {};
    }
}

QVariant ArreteListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Numero: return tr("Numéro");
    case Date: return tr("Date");
    case Objet: return tr("Objet");
    case Categorie: return tr("Catégorie");
    case Signataire: return tr("Signataire");
    case Publie: return tr("Publié");
    case Transmis: return tr("Transmis");
    case Executoire: return tr("Exécutoire");
    case Commune: return tr("Commune");
    default: return {};
    }
}

bool ArreteListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void ArreteListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    QList<Arrete> page;
    if (!loadRows(int(m_rows.size()), m_pageSize, &page) || page.isEmpty()) {
        // Rows vanished from the filter since it was counted: stop asking for more.
        m_total = int(m_rows.size());
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows += page;
    endInsertRows();
}

bool ArreteListModel::loadRows(int offset, int limit, QList<Arrete> *rows)
{
    Core::Result<QList<Arrete>> r = m_service.list(m_filter, offset, limit);
    if (!r) {
        m_lastError = r.error();
        emit loadFailed(r.error());
        return false;
    }
    *rows = r.value();
    return true;
}

void ArreteListModel::setFilter(const ArreteFilter &filter)
{
    m_filter = filter;
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_lastError = {};
    Core::Result<int> total = m_service.count(m_filter);
    if (!total) {
        m_lastError = total.error();
        endResetModel();
        emit loadFailed(total.error());
        emit totalCountChanged(0);
        return;
    }
    m_total = total.value();
    QList<Arrete> page;
    if (m_total > 0 && loadRows(0, m_pageSize, &page))
        m_rows = page;
    endResetModel();
    emit totalCountChanged(m_total);
}

void ArreteListModel::reload()
{
    const int loaded = std::max(m_pageSize, int(m_rows.size()));
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_lastError = {};
    Core::Result<int> total = m_service.count(m_filter);
    if (total) {
        m_total = total.value();
        QList<Arrete> rows;
        if (m_total > 0 && loadRows(0, std::min(loaded, 1000), &rows))
            m_rows = rows;
    } else {
        m_lastError = total.error();
    }
    endResetModel();
    if (!total)
        emit loadFailed(total.error());
    emit totalCountChanged(m_total);
}

} // namespace OpenMairie::Reglement
