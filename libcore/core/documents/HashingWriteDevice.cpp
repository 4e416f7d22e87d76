#include "HashingWriteDevice.h"

namespace OpenMairie::Documents {

HashingWriteDevice::HashingWriteDevice(QIODevice *target, QObject *parent) : QIODevice(parent), m_target(target) {}

QString HashingWriteDevice::checksum() const
{
    return QString::fromLatin1(m_hash.result().toHex());
}

qint64 HashingWriteDevice::readData(char *, qint64)
{
    return -1;
}

qint64 HashingWriteDevice::writeData(const char *data, qint64 size)
{
    const qint64 written = m_target->write(data, size);
    if (written > 0) {
        m_hash.addData(QByteArrayView(data, written));
        m_written += written;
    }
    if (written < 0)
        setErrorString(m_target->errorString());
    return written;
}

} // namespace OpenMairie::Documents
