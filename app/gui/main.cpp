// openmairie: the graphical shell. Composition root only: it creates the core services, loads the
// modules and hands over to the start-up flow (wizard or login, then the main window).
#include "ApplicationSetup.h"
#include "CommandLineOptions.h"
#include "CoreServices.h"
#include "DeploymentConfig.h"
#include "ShellController.h"
#include "ShellSettings.h"

#include <QApplication>
#include <QTimer>

#include <cstdio>

using namespace OpenMairie;

namespace {
void printTo(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Gui::ApplicationSetup::setIdentity(app);
    // The partner's deployment file (server, commune, partner, disabled modules, language); what it
    // refuses (a password...) is logged on stderr.
    const Gui::DeploymentConfig deployment = Gui::DeploymentConfig::load();
    Gui::ShellSettings settings;
    Gui::ApplicationSetup::installTranslations(
        app, Gui::ApplicationSetup::chooseLanguage(settings.language(), deployment.language()));

    Core::Result<Gui::CommandLineOptions> parsed =
        Gui::CommandLineOptions::parse(QApplication::arguments(), qEnvironmentVariable("OPENMAIRIE_PASSWORD"));
    if (!parsed) {
        printTo(stderr, QStringLiteral("openmairie : %1\n").arg(parsed.error().message()));
        return 2;
    }
    const Gui::CommandLineOptions options = parsed.value();
    if (options.action != Gui::CommandLineOptions::Action::Run) {
        printTo(stdout, options.text);
        return 0;
    }

    Gui::ApplicationSetup::applyLook(app);
    // The shell decides when to end: between sign-out and the login dialog no window is open.
    QApplication::setQuitOnLastWindowClosed(false);

    Core::CoreServices services;
    Gui::ShellController controller(services, settings, options);
    controller.setDeployment(deployment);
    QObject::connect(&controller, &Gui::ShellController::quitRequested, &app, &QApplication::quit);
    QObject::connect(&controller, &Gui::ShellController::autoSignInFailed, &app, [&](const QString &message) {
        printTo(stderr, QStringLiteral("openmairie : %1\n").arg(message));
        if (options.quitAfterShown)
            QTimer::singleShot(0, &app, [] { QApplication::exit(1); });
    });
    if (options.quitAfterShown)
        QObject::connect(&controller, &Gui::ShellController::mainWindowShown, &app, [] { QApplication::exit(0); });

    controller.start();
    return QApplication::exec();
}
