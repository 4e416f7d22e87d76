// The « Historique » of a record: an arrêté created then modified shows who did what, with
// « objet : « ancien » → « nouveau » », in the widget and behind the register's button.
#include "AdminTestSupport.h"
#include "ReglementFixture.h"

#include "ArreteView.h"
#include "admin/RecordHistoryWidget.h"
#include "security/AuditQuery.h"

#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace OpenMairie;
using OpenMairie::Test::ReglementFixture;
using OpenMairie::Test::saveScreenshot;

class TestRecordHistory : public QObject
{
    Q_OBJECT

private slots:
    void showsCreationAndChange();
    void unknownRecordSaysSo();
    void registerButtonOpensTheHistory();
};

void TestRecordHistory::showsCreationAndChange()
{
    REGLEMENT_FIXTURE(f);
    const QDate date = ReglementFixture::fixedToday().addDays(-3);
    Core::Result<Reglement::Arrete> created =
        f.service->create(ReglementFixture::draft(date, QStringLiteral("Stationnement place de la République")));
    OM_VERIFY_OK(created);
    Reglement::ArreteDraft changed =
        ReglementFixture::draft(date, QStringLiteral("Stationnement interdit place de la République"));
    OM_VERIFY_OK(f.service->update(created->id, created->version, changed));

    CoreUi::RecordHistoryWidget history(f.services.auditQuery(), Reglement::ArreteService::kTable, created->id);
    QVERIFY2(history.errorText().isEmpty(), qPrintable(history.errorText()));
    QCOMPARE(history.tree()->topLevelItemCount(), 2);
    const QStringList lines = history.lines();
    const QString who = Test::TestDatabase::adminLogin();
    QVERIFY2(lines.first().contains(who) && lines.first().contains(Core::AuditRow::actionLabel(QStringLiteral("insert"))),
             qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.contains(QStringLiteral("  objet : « Stationnement place de la République » → « Stationnement "
                                           "interdit place de la République »")),
             qPrintable(lines.join(u'\n')));
    // The bookkeeping columns are not listed as changes.
    for (const QString &line : lines)
        QVERIFY2(!line.startsWith(QStringLiteral("  version :")), qPrintable(line));
    saveScreenshot(&history, QStringLiteral("historique-arrete"));
}

void TestRecordHistory::unknownRecordSaysSo()
{
    REGLEMENT_FIXTURE(f);
    CoreUi::RecordHistoryWidget history(f.services.auditQuery(), Reglement::ArreteService::kTable, 999999);
    QVERIFY(history.errorText().isEmpty());
    QCOMPARE(history.tree()->topLevelItemCount(), 0);
}

void TestRecordHistory::registerButtonOpensTheHistory()
{
    REGLEMENT_FIXTURE(f);
    OM_VERIFY_OK(f.service->create(ReglementFixture::draft(ReglementFixture::fixedToday(), QStringLiteral("Marché"))));
    Reglement::ArreteView view(*f.service, f.services.session());
    auto *button = view.findChild<QPushButton *>(QStringLiteral("historique"));
    QVERIFY(button);
    QVERIFY(!button->isVisibleTo(&view));
    QCOMPARE(view.showHistoryCurrent(), nullptr);
    view.setHistorySource(&f.services.auditQuery());
    QVERIFY(button->isVisibleTo(&view));
    view.table()->selectRow(0);
    QWidget *window = view.showHistoryCurrent();
    QVERIFY(window);
    auto *history = window->findChild<CoreUi::RecordHistoryWidget *>();
    QVERIFY(history);
    QCOMPARE(history->tree()->topLevelItemCount(), 1);
    window->close();
}

QTEST_MAIN(TestRecordHistory)
#include "tst_recordhistory.moc"
