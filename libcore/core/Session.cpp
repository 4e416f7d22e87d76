#include "Session.h"

namespace OpenMairie::Core {

Session::Session(QObject *parent) : QObject(parent) {}

void Session::start(const SessionUser &user, const QList<SessionCommune> &communes, const SessionCommune &current)
{
    m_user = user;
    m_communes = communes;
    m_commune = current;
    m_allCommunes = false;
    emit changed();
}

SessionCommune Session::communeById(qint64 id) const
{
    for (const SessionCommune &c : m_communes)
        if (c.id == id)
            return c;
    return {};
}

bool Session::canViewAllCommunes() const
{
    return isAuthenticated() && m_user.multiCommune && m_communes.size() > 1;
}

bool Session::setAllCommunesView(bool all)
{
    if (all && !canViewAllCommunes())
        return false;
    if (m_allCommunes != all) {
        m_allCommunes = all;
        emit changed();
    }
    return true;
}

QList<qint64> Session::communeIdsInView() const
{
    QList<qint64> ids;
    if (m_allCommunes) {
        for (const SessionCommune &c : m_communes)
            ids.append(c.id);
    } else if (m_commune.isValid()) {
        ids.append(m_commune.id);
    }
    return ids;
}

bool Session::switchCommune(const QString &codeInsee)
{
    for (const SessionCommune &c : std::as_const(m_communes)) {
        if (c.codeInsee == codeInsee) {
            m_commune = c;
            emit changed();
            return true;
        }
    }
    return false;
}

void Session::end()
{
    m_user = {};
    m_commune = {};
    m_communes.clear();
    m_allCommunes = false;
    emit changed();
}

} // namespace OpenMairie::Core
