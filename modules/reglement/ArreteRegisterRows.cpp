#include "ArreteRegisterRows.h"

#include "ArreteCategory.h"
#include "ArreteState.h"
#include "Tr.h"

#include "FrenchDate.h"
#include "documents/FieldFormatter.h"

namespace OpenMairie::Reglement {

ArreteRegisterRows::ArreteRegisterRows(qint64 communeId, int annee)
    : m_rows(QStringLiteral("SELECT numero, date_signature, objet, categorie AS categorie_code, signataire, "
                            "date_transmission, date_publication, etat, date_fin, transmission_requise "
                            "FROM reglement_arrete WHERE collectivite_id = ? AND annee = ? ORDER BY rang"),
             {communeId, annee})
{
}

Core::Status ArreteRegisterRows::open(const QSqlDatabase &db)
{
    if (Core::Status s = m_rows.open(db); !s)
        return s;
    m_categorie = m_rows.columnIndex(QStringLiteral("categorie_code"));
    m_etat = m_rows.columnIndex(QStringLiteral("etat"));
    m_dateFin = m_rows.columnIndex(QStringLiteral("date_fin"));
    m_transmissionRequise = m_rows.columnIndex(QStringLiteral("transmission_requise"));
    return {};
}

Core::Result<bool> ArreteRegisterRows::next()
{
    return m_rows.next();
}

int ArreteRegisterRows::columnIndex(const QString &field) const
{
    if (field == u"categorie")
        return CategoryLabel;
    if (field == u"mentions")
        return Mentions;
    return m_rows.columnIndex(field);
}

QVariant ArreteRegisterRows::value(int column) const
{
    switch (column) {
    case CategoryLabel: return ArreteCategory::labelOf(m_rows.value(m_categorie).toString());
    case Mentions:
        return mentions(m_rows.value(m_etat).toString(), Documents::FieldFormatter::toDate(m_rows.value(m_dateFin)),
                        m_rows.value(m_transmissionRequise).toBool());
    default: return m_rows.value(column);
    }
}

Core::Result<QHash<QString, qint64>> ArreteRegisterRows::countByGroup(const QSqlDatabase &db,
                                                                      const QString &groupField)
{
    return m_rows.countByGroup(db, groupField);
}

QString ArreteRegisterRows::mentions(const QString &etat, const QDate &dateFin, bool transmissionRequise)
{
    QStringList lines;
    const std::optional<ArreteState> state = stateFromCode(etat);
    if (state && *state != ArreteState::Actif)
        lines.append(Tr::tr("%1 le %2").arg(stateLabel(*state), Core::FrenchDate::format(dateFin)));
    if (!transmissionRequise)
        lines.append(Tr::tr("Non soumis à transmission"));
    return lines.join(u'\n');
}

} // namespace OpenMairie::Reglement
