// The terminal adapter of openmairie-cli, the only code that calls the system's terminal API:
// driven on a real pseudo-terminal (POSIX) and on a pipe, as cron or CI give the program.
#include "Terminal.h"

#include <QTest>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>
#endif

using OpenMairie::Cli::Terminal;

#ifdef Q_OS_UNIX
namespace {

// A pseudo-terminal pair: the test types on the master side, the adapter reads the slave side.
struct PseudoTerminal
{
    int master = -1;
    int slave = -1;

    PseudoTerminal()
    {
        master = posix_openpt(O_RDWR | O_NOCTTY);
        if (master < 0 || grantpt(master) != 0 || unlockpt(master) != 0)
            return;
        const char *name = ptsname(master);
        if (name)
            slave = ::open(name, O_RDWR | O_NOCTTY);
    }
    ~PseudoTerminal()
    {
        if (slave >= 0)
            ::close(slave);
        if (master >= 0)
            ::close(master);
    }
    bool isValid() const { return master >= 0 && slave >= 0; }

    void type(const QByteArray &text) const { QCOMPARE(::write(master, text.constData(), size_t(text.size())), text.size()); }

    // What the terminal echoed back to the screen side within a short delay.
    QByteArray screen() const
    {
        QByteArray shown;
        pollfd p{master, POLLIN, 0};
        while (::poll(&p, 1, 200) > 0 && (p.revents & POLLIN)) {
            char buffer[256];
            const ssize_t n = ::read(master, buffer, sizeof buffer);
            if (n <= 0)
                break;
            shown.append(buffer, n);
        }
        return shown;
    }

    bool echoes() const
    {
        termios t{};
        tcgetattr(slave, &t);
        return (t.c_lflag & ECHO) != 0;
    }
};

struct Pipe
{
    int read = -1;
    int write = -1;
    Pipe()
    {
        int fds[2];
        if (::pipe(fds) == 0) {
            read = fds[0];
            write = fds[1];
        }
    }
    ~Pipe()
    {
        closeWrite();
        if (read >= 0)
            ::close(read);
    }
    void closeWrite()
    {
        if (write >= 0)
            ::close(write);
        write = -1;
    }
    void send(const QByteArray &text) const { QCOMPARE(::write(write, text.constData(), size_t(text.size())), text.size()); }
};

} // namespace
#endif

class TestTerminal : public QObject
{
    Q_OBJECT

private slots:
#ifdef Q_OS_UNIX
    void pipeIsNotInteractive();
    void readsLinesUntilEndOfInput_data();
    void readsLinesUntilEndOfInput();
    void pseudoTerminalIsInteractive();
    void echoIsSuppressedThenRestored();
    void echoComesBackAfterInterruption();
#endif
    void standardInputOfTheTestIsNotATerminal();
};

#ifdef Q_OS_UNIX
void TestTerminal::pipeIsNotInteractive()
{
    Pipe pipe;
    QVERIFY(pipe.read >= 0);
    const Terminal terminal(pipe.read);
    QVERIFY(!terminal.isInteractive());
    // Nothing to switch off on a pipe, and nothing is changed.
    const Terminal::EchoSuppressor noEcho(terminal);
    QVERIFY(!noEcho.isActive());
}

void TestTerminal::readsLinesUntilEndOfInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("lines");
    QTest::newRow("deux lignes") << QByteArray("premiere\nseconde\n")
                                 << QStringList{QStringLiteral("premiere"), QStringLiteral("seconde")};
    QTest::newRow("fin de ligne Windows") << QByteArray("Mairie-2026!\r\n") << QStringList{QStringLiteral("Mairie-2026!")};
    QTest::newRow("sans fin de ligne") << QByteArray("dernier") << QStringList{QStringLiteral("dernier")};
    QTest::newRow("ligne vide") << QByteArray("\n") << QStringList{QString()};
    QTest::newRow("accents UTF-8") << QByteArray("Éléonore-çà 2026\n") << QStringList{QStringLiteral("Éléonore-çà 2026")};
    QTest::newRow("rien") << QByteArray() << QStringList{};
}

void TestTerminal::readsLinesUntilEndOfInput()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, lines);
    Pipe pipe;
    if (!input.isEmpty())
        pipe.send(input);
    pipe.closeWrite();
    const Terminal terminal(pipe.read);
    for (const QString &expected : std::as_const(lines)) {
        const std::optional<QString> line = terminal.readLine();
        QVERIFY(line.has_value());
        QCOMPARE(*line, expected);
    }
    QVERIFY(!terminal.readLine().has_value()); // end of input
}

void TestTerminal::pseudoTerminalIsInteractive()
{
    PseudoTerminal pty;
    QVERIFY2(pty.isValid(), "pseudo-terminal indisponible");
    QVERIFY(Terminal(pty.slave).isInteractive());
}

void TestTerminal::echoIsSuppressedThenRestored()
{
    PseudoTerminal pty;
    QVERIFY2(pty.isValid(), "pseudo-terminal indisponible");
    const Terminal terminal(pty.slave);

    // With the echo on, what is typed shows on screen: the contrast the suppression must make.
    QVERIFY(pty.echoes());
    pty.type("visible\n");
    QCOMPARE(terminal.readLine().value_or(QStringLiteral("<fin>")), QStringLiteral("visible"));
    QVERIFY(pty.screen().contains("visible"));

    {
        const Terminal::EchoSuppressor noEcho(terminal);
        QVERIFY(noEcho.isActive());
        QVERIFY(!pty.echoes());
        pty.type("Secret-2026!\n");
        QCOMPARE(terminal.readLine().value_or(QStringLiteral("<fin>")), QStringLiteral("Secret-2026!"));
        QVERIFY2(!pty.screen().contains("Secret"), "le mot de passe a été affiché");
    }
    QVERIFY(pty.echoes());
}

void TestTerminal::echoComesBackAfterInterruption()
{
    // Ctrl+C while the password is asked must not leave the agent's terminal without echo.
    PseudoTerminal pty;
    QVERIFY2(pty.isValid(), "pseudo-terminal indisponible");
    const pid_t child = fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        const Terminal terminal(pty.slave);
        const Terminal::EchoSuppressor noEcho(terminal);
        raise(SIGINT);
        _exit(noEcho.isActive() ? 0 : 3); // not reached when SIGINT ends the process
    }
    int status = 0;
    QCOMPARE(waitpid(child, &status, 0), child);
    QVERIFY2(WIFSIGNALED(status) && WTERMSIG(status) == SIGINT, "le processus devait s'arrêter sur SIGINT");
    QVERIFY(pty.echoes());
}
#endif

void TestTerminal::standardInputOfTheTestIsNotATerminal()
{
    // CTest gives the test no terminal; the CLI tests rely on the same being true for the CLI.
#ifdef Q_OS_UNIX
    if (isatty(STDIN_FILENO))
        QSKIP("lancé à la main depuis un terminal");
#endif
    QVERIFY(!Terminal::standardInput().isInteractive());
}

QTEST_GUILESS_MAIN(TestTerminal)
#include "tst_terminal.moc"
