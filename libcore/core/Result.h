#pragma once

#include "openmairie_core_export.h"

#include <QString>

#include <optional>
#include <utility>

namespace OpenMairie::Core {

// An error as the user must read it: a French sentence that says what is wrong and what to do,
// plus the technical detail (driver text, SQL state) for the log and the "Détails" button.
class OPENMAIRIE_CORE_EXPORT Error
{
public:
    enum class Kind {
        Generic,
        InvalidInput,
        NotFound,
        Conflict,        // optimistic lock or unique key
        PermissionDenied,
        Unreachable,     // server down, network
        Authentication,
        SchemaTooNew,
        Storage,         // disk full, read-only, corrupt
        Cancelled,
    };

    Error() = default;
    explicit Error(QString message, QString detail = {}, Kind kind = Kind::Generic);

    const QString &message() const { return m_message; }
    const QString &detail() const { return m_detail; }
    Kind kind() const { return m_kind; }

    // "message (détail)" for logs and the CLI's stderr.
    QString fullText() const;

private:
    QString m_message;
    QString m_detail;
    Kind m_kind = Kind::Generic;
};

// A value or an Error. C++20 has no std::expected; this is the small part of it the suite needs.
template <typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    const T &operator*() const { return *m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template <>
class Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_failed(true), m_error(std::move(error)) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

} // namespace OpenMairie::Core
