#include "Terminal.h"

#include <QByteArray>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#else
#include <cerrno>
#include <csignal>
#include <termios.h>
#include <unistd.h>
#endif

namespace OpenMairie::Cli {

namespace {

#ifdef Q_OS_WIN

// What the console control handler needs to give the echo back when Ctrl+C ends the program.
HANDLE g_echoHandle = nullptr;
DWORD g_savedMode = 0;

BOOL WINAPI restoreEchoOnControl(DWORD)
{
    if (g_echoHandle)
        SetConsoleMode(g_echoHandle, g_savedMode);
    return FALSE; // let the default handler end the program
}

#else

// What a signal handler needs to give the echo back before the program dies. Plain globals: only
// async-signal-safe calls (tcsetattr, signal, raise) touch them from the handler.
volatile sig_atomic_t g_echoSaved = 0;
int g_echoFd = -1;
struct termios g_savedTermios;
struct sigaction g_previousInterrupt;
struct sigaction g_previousTerminate;
struct sigaction g_previousHangup;

extern "C" void restoreEchoAndReraise(int signalNumber)
{
    if (g_echoSaved)
        tcsetattr(g_echoFd, TCSANOW, &g_savedTermios);
    signal(signalNumber, SIG_DFL);
    raise(signalNumber);
}

#endif

} // namespace

Terminal::Terminal(Handle handle) : m_handle(handle) {}

Terminal Terminal::standardInput()
{
#ifdef Q_OS_WIN
    return Terminal(GetStdHandle(STD_INPUT_HANDLE));
#else
    return Terminal(STDIN_FILENO);
#endif
}

bool Terminal::isInteractive() const
{
#ifdef Q_OS_WIN
    DWORD mode = 0;
    return m_handle && m_handle != INVALID_HANDLE_VALUE && GetConsoleMode(m_handle, &mode) != 0;
#else
    return isatty(m_handle) == 1;
#endif
}

std::optional<QString> Terminal::readLine() const
{
#ifdef Q_OS_WIN
    DWORD mode = 0;
    if (GetConsoleMode(m_handle, &mode)) {
        // The console hands out UTF-16: read it as such, not through a code page.
        QString text;
        for (;;) {
            wchar_t c = 0;
            DWORD read = 0;
            if (!ReadConsoleW(m_handle, &c, 1, &read, nullptr) || read == 0) {
                if (text.isEmpty())
                    return std::nullopt;
                break;
            }
            if (c == L'\n')
                break;
            if (c == L'\r')
                continue;
            text.append(QChar(static_cast<char16_t>(c)));
        }
        return text;
    }
    QByteArray bytes;
    for (;;) {
        char c = 0;
        DWORD read = 0;
        if (!ReadFile(m_handle, &c, 1, &read, nullptr) || read == 0) {
            if (bytes.isEmpty())
                return std::nullopt;
            break;
        }
        if (c == '\n')
            break;
        bytes.append(c);
    }
#else
    QByteArray bytes;
    bool gotAnything = false;
    for (;;) {
        char c = 0;
        const ssize_t n = ::read(m_handle, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (!gotAnything)
                return std::nullopt;
            break;
        }
        gotAnything = true;
        if (c == '\n')
            break;
        bytes.append(c);
    }
#endif
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    return QString::fromUtf8(bytes);
}

std::optional<QString> Terminal::readHiddenLine() const
{
    const EchoSuppressor noEcho(*this);
    return readLine();
}

void Terminal::prepareConsoleOutput()
{
#ifdef Q_OS_WIN
    SetConsoleOutputCP(CP_UTF8);
#endif
}

Terminal::EchoSuppressor::EchoSuppressor(const Terminal &terminal) : m_handle(terminal.m_handle)
{
#ifdef Q_OS_WIN
    DWORD mode = 0;
    if (!GetConsoleMode(m_handle, &mode))
        return;
    g_savedMode = mode;
    g_echoHandle = m_handle;
    SetConsoleCtrlHandler(restoreEchoOnControl, TRUE);
    m_active = SetConsoleMode(m_handle, mode & ~static_cast<DWORD>(ENABLE_ECHO_INPUT)) != 0;
    if (!m_active) {
        SetConsoleCtrlHandler(restoreEchoOnControl, FALSE);
        g_echoHandle = nullptr;
    }
#else
    struct termios current;
    if (tcgetattr(m_handle, &current) != 0)
        return;
    g_savedTermios = current;
    g_echoFd = m_handle;
    g_echoSaved = 1;
    struct sigaction action = {};
    action.sa_handler = restoreEchoAndReraise;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, &g_previousInterrupt);
    sigaction(SIGTERM, &action, &g_previousTerminate);
    sigaction(SIGHUP, &action, &g_previousHangup);
    struct termios silent = current;
    // The newline the person types is not echoed either; the caller prints one.
    silent.c_lflag &= ~static_cast<tcflag_t>(ECHO | ECHOE | ECHOK | ECHONL);
    m_active = tcsetattr(m_handle, TCSAFLUSH, &silent) == 0;
    if (!m_active) {
        g_echoSaved = 0;
        sigaction(SIGINT, &g_previousInterrupt, nullptr);
        sigaction(SIGTERM, &g_previousTerminate, nullptr);
        sigaction(SIGHUP, &g_previousHangup, nullptr);
    }
#endif
}

Terminal::EchoSuppressor::~EchoSuppressor()
{
    if (!m_active)
        return;
#ifdef Q_OS_WIN
    SetConsoleMode(m_handle, g_savedMode);
    SetConsoleCtrlHandler(restoreEchoOnControl, FALSE);
    g_echoHandle = nullptr;
#else
    tcsetattr(m_handle, TCSANOW, &g_savedTermios);
    g_echoSaved = 0;
    sigaction(SIGINT, &g_previousInterrupt, nullptr);
    sigaction(SIGTERM, &g_previousTerminate, nullptr);
    sigaction(SIGHUP, &g_previousHangup, nullptr);
#endif
}

} // namespace OpenMairie::Cli
