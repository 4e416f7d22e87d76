#include "Result.h"

namespace OpenMairie::Core {

Error::Error(QString message, QString detail, Kind kind)
    : m_message(std::move(message)), m_detail(std::move(detail)), m_kind(kind)
{
}

QString Error::fullText() const
{
    if (m_detail.isEmpty() || m_message.contains(m_detail))
        return m_message;
    return m_message + u" (" + m_detail + u')';
}

} // namespace OpenMairie::Core
