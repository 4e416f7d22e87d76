// translations/openmairie_en.ts is complete: lupdate, run over the sources into a temporary copy
// with the options of the build (translations/CMakeLists.txt), leaves no unfinished entry (a French
// string added without its English) and no obsolete one (a translation whose string is gone).
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Entry
{
    QString context;
    QString source;
};

struct CatalogueState
{
    int messages = 0;
    QList<Entry> unfinished;
    QList<Entry> obsolete;
};

CatalogueState readCatalogue(const QString &tsFile)
{
    CatalogueState state;
    QFile file(tsFile);
    if (!file.open(QIODevice::ReadOnly))
        return state;
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            ++state.messages;
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type == u"obsolete" || type == u"vanished")
                state.obsolete.append({context, source});
            else if (type == u"unfinished" || text.isEmpty())
                state.unfinished.append({context, source});
        }
    }
    return state;
}

QString describe(const QList<Entry> &entries)
{
    QString text;
    for (const Entry &e : entries)
        text += QStringLiteral("\n  [%1] %2").arg(e.context, e.source);
    return text;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void englishCatalogueIsComplete()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QStringLiteral("openmairie_en.ts"));
        QVERIFY2(QFile::copy(QStringLiteral(OPENMAIRIE_TS_FILE), copy),
                 "translations/openmairie_en.ts est introuvable : lancez la cible update_translations.");

        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(OPENMAIRIE_LUPDATE),
                      {QStringLiteral("@") + QStringLiteral(OPENMAIRIE_TR_SOURCES_LIST), QStringLiteral("-ts"), copy,
                       QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-ui-lines")});
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate ne s'est pas terminé");
        const QString output = QString::fromLocal8Bit(lupdate.readAll());
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(output));

        const CatalogueState state = readCatalogue(copy);
        QVERIFY2(state.messages > 0, "le catalogue anglais est vide");
        QVERIFY2(state.unfinished.isEmpty(),
                 qPrintable(QStringLiteral("%1 chaîne(s) sans traduction anglaise : lancez la cible "
                                           "update_translations puis traduisez-les dans "
                                           "translations/openmairie_en.ts (Qt Linguist) :%2")
                                .arg(state.unfinished.size())
                                .arg(describe(state.unfinished))));
        QVERIFY2(state.obsolete.isEmpty(),
                 qPrintable(QStringLiteral("%1 traduction(s) obsolète(s) (la chaîne n'existe plus) : relancez "
                                           "lupdate avec -no-obsolete ou supprimez-les :%2")
                                .arg(state.obsolete.size())
                                .arg(describe(state.obsolete))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
