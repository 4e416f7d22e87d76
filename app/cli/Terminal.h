#pragma once

#include <QString>

#include <optional>

namespace OpenMairie::Cli {

// The only place where openmairie-cli talks to the operating system's terminal: whether standard
// input is a terminal, and reading a line with the echo turned off (POSIX termios, Windows console
// mode). Everything above it is portable; tests/cli/tst_terminal.cpp drives it on a real
// pseudo-terminal.
class Terminal
{
public:
#ifdef Q_OS_WIN
    using Handle = void *; // a console HANDLE
#else
    using Handle = int;    // a file descriptor
#endif

    explicit Terminal(Handle handle);
    static Terminal standardInput();

    // True when a person can type at it: a password may then be asked.
    bool isInteractive() const;

    // One line without its end-of-line, or nothing at the end of input (Ctrl+D, closed pipe).
    std::optional<QString> readLine() const;
    // The same with the echo turned off for the time of the reading, so that a password is not
    // shown on screen.
    std::optional<QString> readHiddenLine() const;

    // Windows consoles print UTF-8 only when asked; nothing to do elsewhere.
    static void prepareConsoleOutput();

    // Turns the echo off while it lives and restores the previous mode afterwards, also when the
    // program is interrupted (Ctrl+C) meanwhile: a terminal left without echo is unusable.
    class EchoSuppressor
    {
    public:
        explicit EchoSuppressor(const Terminal &terminal);
        ~EchoSuppressor();
        EchoSuppressor(const EchoSuppressor &) = delete;
        EchoSuppressor &operator=(const EchoSuppressor &) = delete;

        // False when the handle is not a terminal (nothing was changed).
        bool isActive() const { return m_active; }

    private:
        Handle m_handle;
        bool m_active = false;
    };

private:
    Handle m_handle;
};

} // namespace OpenMairie::Cli
