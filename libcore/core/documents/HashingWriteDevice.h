#pragma once

#include "openmairie_core_export.h"

#include <QCryptographicHash>
#include <QIODevice>

namespace OpenMairie::Documents {

// Passes writes to another device and hashes them on the way, so that the print journal records
// the SHA-256 of the PDF without reading the file back.
class OPENMAIRIE_CORE_EXPORT HashingWriteDevice final : public QIODevice
{
    Q_OBJECT

public:
    explicit HashingWriteDevice(QIODevice *target, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    QString checksum() const; // hex
    qint64 bytesWritten() const { return m_written; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    QIODevice *m_target;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    qint64 m_written = 0;
};

} // namespace OpenMairie::Documents
