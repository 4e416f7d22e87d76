#pragma once

#include "Result.h"

namespace OpenMairie::Core {

// argon2id through libsodium, in its self-describing string form ("$argon2id$v=19$m=...").
class OPENMAIRIE_CORE_EXPORT PasswordHasher
{
public:
    static Result<QString> hash(const QString &password);
    static bool verify(const QString &storedHash, const QString &password);
    // The rule shown to the person choosing a password; an empty string when it is acceptable.
    static QString weaknessOf(const QString &password);
    static constexpr int kMinimumLength = 8;
};

} // namespace OpenMairie::Core
