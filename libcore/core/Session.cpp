#include "Session.h"

namespace OpenMairie::Core {

Session::Session(QObject *parent) : QObject(parent) {}

void Session::start(const SessionUser &user, const QList<SessionCommune> &communes, const SessionCommune &current)
{
    m_user = user;
    m_communes = communes;
    m_commune = current;
    emit changed();
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
    emit changed();
}

} // namespace OpenMairie::Core
