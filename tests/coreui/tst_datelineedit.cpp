// The keyboard date field, driven offscreen as an agent types: compact or slashed dates become
// 20/12/1975, an impossible date turns the field red with the reason in its tooltip.
#include "DateLineEdit.h"

#include <QSignalSpy>
#include <QtTest>

using OpenMairie::CoreUi::DateLineEdit;

class TestDateLineEdit : public QObject
{
    Q_OBJECT

private slots:
    void typedDateIsFormatted_data();
    void typedDateIsFormatted();
    void impossibleDateIsRefusedWithItsReason_data();
    void impossibleDateIsRefusedWithItsReason();
    void typingAgainClearsTheError();
    void emptyFieldIsAcceptable();
    void setDateShowsItAndClearsTheError();
    void leavingTheFieldValidates();
};

void TestDateLineEdit::typedDateIsFormatted_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QDate>("date");
    QTest::newRow("20121975") << QStringLiteral("20121975") << QStringLiteral("20/12/1975") << QDate(1975, 12, 20);
    QTest::newRow("20/12/1975") << QStringLiteral("20/12/1975") << QStringLiteral("20/12/1975") << QDate(1975, 12, 20);
    QTest::newRow("1.2.2020") << QStringLiteral("1.2.2020") << QStringLiteral("01/02/2020") << QDate(2020, 2, 1);
    QTest::newRow("29022024") << QStringLiteral("29022024") << QStringLiteral("29/02/2024") << QDate(2024, 2, 29);
    QTest::newRow("ISO") << QStringLiteral("1975-12-20") << QStringLiteral("20/12/1975") << QDate(1975, 12, 20);
}

void TestDateLineEdit::typedDateIsFormatted()
{
    QFETCH(QString, typed);
    QFETCH(QString, shown);
    QFETCH(QDate, date);
    DateLineEdit edit;
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    QSignalSpy changed(&edit, &DateLineEdit::dateChanged);
    QTest::keyClicks(&edit, typed);
    QCOMPARE(edit.text(), typed);
    QVERIFY(!edit.date().isValid()); // nothing is decided before the agent leaves the field
    QTest::keyClick(&edit, Qt::Key_Return); // editingFinished
    QCOMPARE(edit.text(), shown);
    QCOMPARE(edit.date(), date);
    QVERIFY(edit.isAcceptable());
    QCOMPARE(edit.errorText(), QString());
    QCOMPARE(edit.toolTip(), QString());
    QCOMPARE(edit.styleSheet(), QString());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toDate(), date);
}

void TestDateLineEdit::impossibleDateIsRefusedWithItsReason_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("reason");
    QTest::newRow("31022020") << QStringLiteral("31022020")
                              << QStringLiteral("La date « 31022020 » n'existe pas (jour, mois ou année impossible).");
    QTest::newRow("29/02/2023") << QStringLiteral("29/02/2023")
                                << QStringLiteral("La date « 29/02/2023 » n'existe pas (jour, mois ou année impossible).");
    QTest::newRow("2012") << QStringLiteral("2012")
                          << QStringLiteral("« 2012 » n'est pas une date : écrivez-la JJ/MM/AAAA (par exemple 20/12/1975 "
                                            "ou 20121975).");
}

void TestDateLineEdit::impossibleDateIsRefusedWithItsReason()
{
    QFETCH(QString, typed);
    QFETCH(QString, reason);
    DateLineEdit edit;
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    QSignalSpy changed(&edit, &DateLineEdit::dateChanged);
    QTest::keyClicks(&edit, typed);
    QTest::keyClick(&edit, Qt::Key_Return);
    QVERIFY(!edit.date().isValid());
    QVERIFY(!edit.isAcceptable());
    // The text typed stays as it was, for the agent to correct it.
    QCOMPARE(edit.text(), typed);
    QCOMPARE(edit.errorText(), reason);
    QCOMPARE(edit.toolTip(), reason);
    QVERIFY(!edit.styleSheet().isEmpty());
    QCOMPARE(changed.count(), 0);
}

void TestDateLineEdit::typingAgainClearsTheError()
{
    DateLineEdit edit;
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    QTest::keyClicks(&edit, QStringLiteral("31022020"));
    QTest::keyClick(&edit, Qt::Key_Return);
    QVERIFY(!edit.toolTip().isEmpty());
    QTest::keyClick(&edit, Qt::Key_Backspace);
    QCOMPARE(edit.toolTip(), QString());
    QCOMPARE(edit.styleSheet(), QString());
    edit.clear();
    QTest::keyClicks(&edit, QStringLiteral("28022020"));
    QTest::keyClick(&edit, Qt::Key_Return);
    QCOMPARE(edit.date(), QDate(2020, 2, 28));
    QCOMPARE(edit.text(), QStringLiteral("28/02/2020"));
    QCOMPARE(edit.errorText(), QString());
}

void TestDateLineEdit::emptyFieldIsAcceptable()
{
    DateLineEdit edit;
    edit.setDate(QDate(1975, 12, 20));
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    QSignalSpy changed(&edit, &DateLineEdit::dateChanged);
    edit.selectAll();
    QTest::keyClick(&edit, Qt::Key_Delete);
    QTest::keyClick(&edit, Qt::Key_Return);
    QVERIFY(edit.isAcceptable());
    QVERIFY(!edit.date().isValid());
    QCOMPARE(edit.errorText(), QString());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(edit.placeholderText(), QStringLiteral("JJ/MM/AAAA"));
}

void TestDateLineEdit::setDateShowsItAndClearsTheError()
{
    DateLineEdit edit;
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    QTest::keyClicks(&edit, QStringLiteral("31022020"));
    QTest::keyClick(&edit, Qt::Key_Return);
    QVERIFY(!edit.isAcceptable());
    edit.setDate(QDate(2024, 2, 29));
    QCOMPARE(edit.text(), QStringLiteral("29/02/2024"));
    QCOMPARE(edit.date(), QDate(2024, 2, 29));
    QVERIFY(edit.isAcceptable());
    QCOMPARE(edit.toolTip(), QString());
    QCOMPARE(edit.errorText(), QString());
}

void TestDateLineEdit::leavingTheFieldValidates()
{
    // Tab to the next field, as at the counter.
    QWidget form;
    auto *edit = new DateLineEdit(&form);
    auto *next = new QLineEdit(&form);
    next->move(0, 40);
    form.show();
    QVERIFY(QTest::qWaitForWindowActive(&form));
    edit->setFocus();
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClicks(edit, QStringLiteral("20121975"));
    QTest::keyClick(edit, Qt::Key_Tab);
    QTRY_VERIFY(next->hasFocus());
    QCOMPARE(edit->text(), QStringLiteral("20/12/1975"));
    QCOMPARE(edit->date(), QDate(1975, 12, 20));
}

QTEST_MAIN(TestDateLineEdit)
#include "tst_datelineedit.moc"
