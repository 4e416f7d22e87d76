#include "ApplicationSetup.h"

#include "Icons.h"

#include <QApplication>
#include <QFont>
#include <QLibraryInfo>
#include <QLocale>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QTranslator>

#ifndef OPENMAIRIE_VERSION_STRING
#define OPENMAIRIE_VERSION_STRING "0.0.0"
#endif

namespace OpenMairie::Gui {

void ApplicationSetup::setIdentity(QApplication &app)
{
    QApplication::setOrganizationName(QStringLiteral("OpenMairie"));
    QApplication::setOrganizationDomain(QStringLiteral("openmairie.org"));
    QApplication::setApplicationName(QStringLiteral("OpenMairie"));
    QApplication::setApplicationDisplayName(QStringLiteral("OpenMairie"));
    QApplication::setApplicationVersion(QStringLiteral(OPENMAIRIE_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("openmairie"));
    app.setWindowIcon(Icons::application());
}

bool ApplicationSetup::installFrenchTranslations(QApplication &app)
{
    const QLocale french(QLocale::French, QLocale::France);
    QLocale::setDefault(french);
    auto *qtTranslator = new QTranslator(&app);
    if (!qtTranslator->load(french, QStringLiteral("qtbase"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        delete qtTranslator;
        return false;
    }
    QApplication::installTranslator(qtTranslator);
    return true;
}

QString ApplicationSetup::chooseLanguage(const QString &userChoice, const QString &deploymentChoice,
                                         const QLocale &system)
{
    for (const QString &choice : {userChoice, deploymentChoice})
        if (choice == u"fr" || choice == u"en")
            return choice;
    return system.language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("fr");
}

bool ApplicationSetup::installTranslations(QApplication &app, const QString &language)
{
    if (language != u"en")
        return installFrenchTranslations(app);
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    auto *translator = new QTranslator(&app);
    if (!translator->load(QStringLiteral(":/openmairie/translations/openmairie_en.qm"))) {
        delete translator;
        return false;
    }
    QApplication::installTranslator(translator);
    return true;
}

void ApplicationSetup::applyLook(QApplication &app)
{
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);

    QPalette p = QApplication::style()->standardPalette();
    const QColor text(0x1f, 0x29, 0x33);
    const QColor window(0xf2, 0xf4, 0xf7);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf6, 0xf8, 0xfb));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0xf7, 0xf8, 0xfa));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x5d, 0x93));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1f, 0x5a, 0x9e));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xfb, 0xe6));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x7b, 0x86, 0x94));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9a, 0xa3, 0xae));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9a, 0xa3, 0xae));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9a, 0xa3, 0xae));
    p.setColor(QPalette::Disabled, QPalette::Base, QColor(0xf4, 0xf5, 0xf7));
    QApplication::setPalette(p);

    // Readable on the 15-inch screens common in town halls; the platform's font family is kept.
    QFont font = QApplication::font();
    if (font.pointSizeF() < 10)
        font.setPointSizeF(10);
    QApplication::setFont(font);
    Q_UNUSED(app)
}

} // namespace OpenMairie::Gui
