#include "PasswordHasher.h"

#include <QCoreApplication>

#include <sodium.h>

namespace OpenMairie::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::PasswordHasher)
};

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

Result<QString> PasswordHasher::hash(const QString &password)
{
    if (!sodiumReady())
        return Error(Tr::tr("La bibliothèque de chiffrement (libsodium) n'a pas pu démarrer."));
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                              crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Error(Tr::tr("Mémoire insuffisante pour protéger le mot de passe."));
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &storedHash, const QString &password)
{
    if (!sodiumReady() || storedHash.isEmpty())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

QString PasswordHasher::weaknessOf(const QString &password)
{
    if (password.size() < kMinimumLength)
        return Tr::tr("Le mot de passe doit compter au moins %1 caractères.").arg(kMinimumLength);
    bool letter = false, other = false;
    for (const QChar c : password) {
        if (c.isLetter())
            letter = true;
        else
            other = true;
    }
    if (!letter || !other)
        return Tr::tr("Le mot de passe doit mêler des lettres et des chiffres ou des signes.");
    return {};
}

} // namespace OpenMairie::Core
