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

    void start(const SessionUser &user, const QList<SessionCommune> &communes, const SessionCommune &current);
    bool switchCommune(const QString &codeInsee);
    void end();

signals:
    void changed();

private:
    SessionUser m_user;
    SessionCommune m_commune;
    QList<SessionCommune> m_communes;
};

} // namespace OpenMairie::Core
