#pragma once

#include "Mouvement.h"

#include "Result.h"
#include "SqlDialect.h"

#include <QSqlDatabase>

#include <optional>

namespace OpenMairie::Elec {

// The SQL of the mouvements of one commune, their types and their history.
class MouvementRepository
{
public:
    MouvementRepository(QSqlDatabase db, Core::SqlDialect dialect, qint64 communeId);

    Core::Result<std::optional<TypeMouvement>> typeByCode(const QString &code) const;
    Core::Result<QList<TypeMouvement>> types() const;

    Core::Result<std::optional<Mouvement>> findById(qint64 id, bool lockForUpdate = false) const;
    // Mouvements not yet applied nor refused-and-notified, oldest first (the dashboard's list).
    Core::Result<QList<Mouvement>> pending(int limit) const;
    Core::Result<QList<Mouvement>> ofElecteur(qint64 electeurId) const;
    // True when the elector has a mouvement still in progress.
    Core::Result<bool> hasOpenMouvement(qint64 electeurId) const;

    Core::Result<qint64> insert(const Mouvement &m, const QString &login) const;
    Core::Result<bool> update(const Mouvement &m, int expectedVersion, const QString &login) const;
    Core::Status addStep(qint64 mouvementId, const QString &etat, const QDate &date, const QString &par,
                         const QString &commentaire) const;
    Core::Result<QList<MouvementEtape>> stepsOfElecteur(qint64 electeurId) const;

private:
    Core::Result<QList<Mouvement>> select(const QString &where, const QVariantList &binds, const QString &tail) const;

    QSqlDatabase m_db;
    Core::SqlDialect m_dialect;
    qint64 m_communeId;
};

} // namespace OpenMairie::Elec
