#include "OutputFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace OpenMairie::Documents {

using Core::Error;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Documents::OutputFile)
};

Error unwritable(const QString &path, const QString &reason, const QString &detail = {})
{
    return Error(Tr::tr("Impossible d'écrire le fichier « %1 » : %2").arg(QDir::toNativeSeparators(path), reason), detail,
                 Error::Kind::Storage);
}
} // namespace

OutputFile::OutputFile(QString path) : m_path(std::move(path)) {}

OutputFile::~OutputFile()
{
    if (!m_committed)
        discard();
}

Core::Status OutputFile::checkWritable(const QString &path)
{
    if (path.trimmed().isEmpty())
        return Error(Tr::tr("Indiquez le fichier à écrire."), {}, Error::Kind::InvalidInput);
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    if (file.isDir())
        return unwritable(path, Tr::tr("c'est un dossier. Indiquez un nom de fichier, par exemple « document.pdf »."));
    if (!folder.exists())
        return unwritable(path, Tr::tr("le dossier « %1 » n'existe pas. Choisissez un autre emplacement.")
                                    .arg(QDir::toNativeSeparators(folder.absoluteFilePath())));
    if (!folder.isDir())
        return unwritable(path, Tr::tr("« %1 » n'est pas un dossier. Choisissez un autre emplacement.")
                                    .arg(QDir::toNativeSeparators(folder.absoluteFilePath())));
    if (!folder.isWritable())
        return unwritable(path, Tr::tr("vous n'avez pas le droit d'écrire dans le dossier « %1 ». Choisissez un autre "
                                       "emplacement, par exemple votre dossier Documents.")
                                    .arg(QDir::toNativeSeparators(folder.absoluteFilePath())));
    if (file.exists() && !file.isWritable())
        return unwritable(path, Tr::tr("le fichier existe déjà et il est protégé en écriture. Choisissez un autre nom."));
    return {};
}

Core::Status OutputFile::open()
{
    if (Core::Status s = checkWritable(m_path); !s)
        return s;
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        const QString reason = m_file->errorString();
        m_file.reset();
        return unwritable(m_path, Tr::tr("le système refuse de le créer (disque plein, dossier en lecture seule ou "
                                         "fichier ouvert dans un autre programme). Choisissez un autre emplacement."),
                          reason);
    }
    m_hashing = std::make_unique<HashingWriteDevice>(m_file.get());
    m_hashing->open(QIODevice::WriteOnly);
    return {};
}

Core::Status OutputFile::commit()
{
    if (!m_file)
        return unwritable(m_path, Tr::tr("le fichier n'a pas été ouvert."));
    m_hashing->close();
    if (!m_file->commit()) {
        const QString reason = m_file->errorString();
        m_file.reset();
        return unwritable(m_path, Tr::tr("l'écriture n'a pas pu être terminée (disque plein ?). Aucun fichier n'a été "
                                         "créé."), reason);
    }
    m_committed = true;
    return {};
}

void OutputFile::discard()
{
    if (m_hashing)
        m_hashing->close();
    if (m_file)
        m_file->cancelWriting();
    m_hashing.reset();
    m_file.reset(); // QSaveFile removes its temporary file
}

} // namespace OpenMairie::Documents
