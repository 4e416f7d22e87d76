#pragma once

#include "Profile.h"

#include <QList>
#include <QObject>

namespace OpenMairie::Core {

struct OPENMAIRIE_CORE_EXPORT SessionUser
{
    qint64 id = 0;
    QString login;
    QString displayName;
    Profile profile = Profile::Consultation;
    bool multiCommune = false; // syndicate staff (openMairie's niveau 2)
};

struct OPENMAIRIE_CORE_EXPORT SessionCommune
{
    qint64 id = 0;
    QString codeInsee;
    QString nom;

    bool isValid() const { return id > 0; }
};

// Who is working and for which commune. Every business service reads the commune from here; the
// shell changes it when the agent switches commune.
class OPENMAIRIE_CORE_EXPORT Session final : public QObject
{
    Q_OBJECT

public:
    explicit Session(QObject *parent = nullptr);

    bool isAuthenticated() const { return m_user.id > 0; }
    const SessionUser &user() const { return m_user; }
    const SessionCommune &commune() const { return m_commune; }
    const QList<SessionCommune> &availableCommunes() const { return m_communes; }
    // The commune of an id among the agent's, or an invalid one.
    SessionCommune communeById(qint64 id) const;

    // openMairie's niveau 2: syndicate staff may look at all their communes at once. Lists then show
    // the rows of every commune of the account, with a commune column; what is created or changed
    // still goes to the working commune (commune()), so a write never lands in a commune by
    // accident. Refused (false) for an account that is not multi-commune or has a single commune.
    bool canViewAllCommunes() const;
    bool setAllCommunesView(bool all);
    bool isAllCommunesView() const { return m_allCommunes; }
    // The communes whose rows lists show: all of the account's in the niveau-2 view, else the
    // working commune alone.
    QList<qint64> communeIdsInView() const;

    void start(const SessionUser &user, const QList<SessionCommune> &communes, const SessionCommune &current);
    bool switchCommune(const QString &codeInsee);
    void end();

signals:
    void changed();

private:
    SessionUser m_user;
    SessionCommune m_commune;
    QList<SessionCommune> m_communes;
    bool m_allCommunes = false;
};

} // namespace OpenMairie::Core
