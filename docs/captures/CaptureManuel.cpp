// openmairie-captures --db sqlite:PATH --user LOGIN --sortie DOSSIER   (password: OPENMAIRIE_PASSWORD)
//
// Opens the shell on a demo base, then the arrêtés register, a form, the preview and the abrogation
// dialog, and saves each as a PNG for docs/manuel-reglement.md. The module's classes live in its
// plugin, so they are reached by their Qt meta-object (slot names), as the menus reach them.
#include "ApplicationSetup.h"
#include "ConnectionProfile.h"
#include "CoreServices.h"
#include "MainWindow.h"
#include "ShellSettings.h"
#include "WorkspaceAccess.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace OpenMairie;

namespace {

void settle(int ms = 400)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "openmairie-captures : %s\n", qUtf8Printable(message));
    return 1;
}

bool save(QWidget *widget, const QDir &out, const QString &name)
{
    settle();
    const QString file = out.filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(file))
        return false;
    std::printf("%s\n", qUtf8Printable(file));
    return true;
}

QWidget *findByClass(QWidget *root, const char *className)
{
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets)
        if (qstrcmp(w->metaObject()->className(), className) == 0)
            return w;
    return nullptr;
}

// The dialog a slot of the view opened (open(), never exec(), in the module).
QDialog *newestDialog(QWidget *root)
{
    const QList<QDialog *> dialogs = root->window()->findChildren<QDialog *>();
    for (auto it = dialogs.crbegin(); it != dialogs.crend(); ++it)
        if ((*it)->isVisible())
            return *it;
    return nullptr;
}

bool captureDialog(QWidget *view, const char *slot, const QDir &out, const QString &name)
{
    if (!QMetaObject::invokeMethod(view, slot))
        return false;
    settle();
    QDialog *dialog = newestDialog(view);
    if (!dialog)
        return false;
    const bool saved = save(dialog, out, name);
    dialog->reject();
    settle(100);
    return saved;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Gui::ApplicationSetup::setIdentity(app);
    Gui::ApplicationSetup::installFrenchTranslations(app);
    Gui::ApplicationSetup::applyLook(app);

    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QStringLiteral("Base de démonstration."), QStringLiteral("adresse")});
    parser.addOption({QStringLiteral("user"), QStringLiteral("Identifiant."), QStringLiteral("identifiant")});
    parser.addOption({QStringLiteral("sortie"), QStringLiteral("Dossier des captures."), QStringLiteral("dossier")});
    parser.process(app);
    const QString password = qEnvironmentVariable("OPENMAIRIE_PASSWORD");
    if (!parser.isSet(QStringLiteral("db")) || !parser.isSet(QStringLiteral("user")) || password.isEmpty())
        return fail(QStringLiteral("indiquez --db, --user et OPENMAIRIE_PASSWORD"));
    const QDir out(parser.value(QStringLiteral("sortie")));
    if (!out.exists() && !QDir().mkpath(out.path()))
        return fail(QStringLiteral("dossier de sortie impossible à créer : %1").arg(out.path()));

    Core::Result<Core::ConnectionProfile> profile = Core::ConnectionProfile::fromUrl(parser.value(QStringLiteral("db")));
    if (!profile)
        return fail(profile.error().message());
    // Settings of this run only: the window layout of the machine's user is neither read nor changed.
    QTemporaryDir settingsDir;
    Gui::ShellSettings settings(settingsDir.filePath(QStringLiteral("captures.ini")));
    Core::CoreServices services;
    services.startModules();
    Gui::WorkspaceAccess access(services);
    Core::Result<Core::WorkspaceReport> signedIn =
        access.signIn(profile.value(), parser.value(QStringLiteral("user")), password, {});
    if (!signedIn)
        return fail(signedIn.error().fullText());

    Gui::MainWindow window(services, settings);
    window.resize(1280, 780);
    window.show();
    if (!save(&window, out, QStringLiteral("reglement-accueil")))
        return fail(QStringLiteral("capture de la fenêtre principale impossible"));

    QWidget *view = window.openEntry(QStringLiteral("reglement.arretes"));
    if (!view)
        return fail(QStringLiteral("le module reglement n'est pas chargé (OPENMAIRIE_MODULE_PATH ?)"));
    settle(800);
    if (!save(&window, out, QStringLiteral("reglement-registre")))
        return fail(QStringLiteral("capture du registre impossible"));

    QWidget *arreteView = findByClass(window.tabs(), "OpenMairie::Reglement::ArreteView");
    if (!arreteView)
        arreteView = view;
    auto *table = arreteView->findChild<QTableView *>();
    if (!table || table->model()->rowCount() == 0)
        return fail(QStringLiteral("le registre de démonstration est vide : lancez « openmairie-cli demo »"));
    table->selectRow(0);
    settle(200);

    struct Shot
    {
        const char *slot;
        const char *name;
    };
    const Shot shots[] = {{"newArrete", "reglement-nouvel-arrete"},
                          {"openCurrent", "reglement-arrete"},
                          {"abrogateCurrent", "reglement-abroger"}};
    for (const Shot &shot : shots)
        if (!captureDialog(arreteView, shot.slot, out, QString::fromLatin1(shot.name)))
            return fail(QStringLiteral("capture « %1 » impossible").arg(QString::fromLatin1(shot.name)));

    // The print preview of the chosen arrêté (shipped template, demo commune's parameters).
    if (!QMetaObject::invokeMethod(arreteView, "previewCurrent"))
        return fail(QStringLiteral("aperçu de l'arrêté impossible"));
    settle(1500);
    if (QDialog *preview = newestDialog(arreteView)) {
        preview->resize(1100, 800);
        if (!save(preview, out, QStringLiteral("reglement-apercu")))
            return fail(QStringLiteral("capture de l'aperçu impossible"));
        preview->reject();
    } else {
        return fail(QStringLiteral("l'aperçu de l'arrêté ne s'est pas ouvert"));
    }
    return 0;
}
