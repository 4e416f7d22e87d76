// Le greffon construit se charge comme la suite le chargera : métadonnées lues avant le chargement,
// interface reconnue, migration embarquée, commande de console déclarée et exécutable.
#include "CliCommandRegistry.h"
#include "IModule.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QPluginLoader>
#include <QTest>
#include <QTextStream>

using namespace OpenMairie;

class TestModele : public QObject
{
    Q_OBJECT

private slots:
    void metadataDeclaresIdApiAndRight()
    {
        QPluginLoader loader(QStringLiteral(MODELE_PLUGIN_FILE));
        const QJsonObject meta = loader.metaData().value(QStringLiteral("MetaData")).toObject();
        QCOMPARE(meta.value(QStringLiteral("Id")).toString(), QStringLiteral("modele"));
        QCOMPARE(meta.value(QStringLiteral("ApiVersion")).toInt(), Core::kModuleApiVersion);
        const QJsonArray rights = meta.value(QStringLiteral("Permissions")).toArray();
        QCOMPARE(rights.size(), 1);
        QCOMPARE(rights.at(0).toObject().value(QStringLiteral("Name")).toString(),
                 QStringLiteral("modele.note.consulter"));
    }

    void loadsWithItsMigrationAndCommand()
    {
        QPluginLoader loader(QStringLiteral(MODELE_PLUGIN_FILE));
        QVERIFY2(loader.load(), qPrintable(loader.errorString()));
        auto *module = qobject_cast<Core::IModule *>(loader.instance());
        QVERIFY(module);

        QFile migration(QStringLiteral(":/openmairie/migrations/modele/0001_notes.sql"));
        QVERIFY(migration.open(QIODevice::ReadOnly));
        QVERIFY(migration.readAll().contains("collectivite_id {{ref}} NOT NULL REFERENCES collectivite(id)"));

        Core::CliCommandRegistry registry;
        module->registerCliCommands(registry);
        const Core::CliCommand *bonjour = registry.match({QStringLiteral("modele"), QStringLiteral("bonjour")});
        QVERIFY(bonjour);
        QCommandLineParser parser;
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        Core::CliInvocation invocation(parser, {}, false, outStream, errStream);
        QCOMPARE(bonjour->run(invocation), int(Core::ExitOk));
        outStream.flush();
        QCOMPARE(out, QStringLiteral("Bonjour de la part du module modèle.\n"));
    }
};

QTEST_GUILESS_MAIN(TestModele)
#include "tst_modele.moc"
