#pragma once

#include "HashingWriteDevice.h"

#include "Result.h"

#include <QSaveFile>

#include <memory>

namespace OpenMairie::Documents {

// The file a document is written to: written under a temporary name next to it and renamed only
// when complete, so that a cancel, a crash or a full disk never leave half a PDF behind.
class OPENMAIRIE_CORE_EXPORT OutputFile
{
public:
    explicit OutputFile(QString path);
    ~OutputFile(); // discards unless committed

    // Checks the folder and the file, then opens the temporary file. French messages that say
    // what is wrong with the path and what to do.
    Core::Status open();
    QIODevice *device() { return m_hashing.get(); }
    const QString &path() const { return m_path; }
    QString checksum() const { return m_hashing ? m_hashing->checksum() : QString(); }

    Core::Status commit();
    void discard();

    // The reason a path cannot be written, or an empty status.
    static Core::Status checkWritable(const QString &path);

private:
    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<HashingWriteDevice> m_hashing;
    bool m_committed = false;
};

} // namespace OpenMairie::Documents
