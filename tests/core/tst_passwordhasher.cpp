// Passwords of a SQLite seat: argon2id hashes that verify, resist a wrong password, and the rule
// shown to the person choosing one.
#include "PasswordHasher.h"

#include <QtTest>

using namespace OpenMairie::Core;

class TestPasswordHasher : public QObject
{
    Q_OBJECT

private slots:
    void hashAndVerify_data();
    void hashAndVerify();
    void saltedHashesDiffer();
    void unusableStoredHashes_data();
    void unusableStoredHashes();
    void weakness_data();
    void weakness();
};

void TestPasswordHasher::hashAndVerify_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("wrong");
    QTest::newRow("ascii") << QStringLiteral("Mairie-2026!") << QStringLiteral("mairie-2026!");
    QTest::newRow("accents") << QStringLiteral("Été à l'hôtel de ville 1") << QStringLiteral("Ete a l'hotel de ville 1");
    QTest::newRow("un caractère de plus") << QStringLiteral("Arles13004") << QStringLiteral("Arles130045");
    QTest::newRow("long") << QString(300, u'x') + QStringLiteral("9") << QString(300, u'x') + QStringLiteral("8");
}

void TestPasswordHasher::hashAndVerify()
{
    QFETCH(QString, password);
    QFETCH(QString, wrong);
    const Result<QString> hash = PasswordHasher::hash(password);
    QVERIFY(hash.ok());
    QVERIFY2(hash.value().startsWith(u"$argon2id$v=19$"), qPrintable(hash.value()));
    QVERIFY(!hash.value().contains(password));
    QVERIFY(PasswordHasher::verify(hash.value(), password));
    QVERIFY(!PasswordHasher::verify(hash.value(), wrong));
    QVERIFY(!PasswordHasher::verify(hash.value(), QString()));
}

void TestPasswordHasher::saltedHashesDiffer()
{
    const QString password = QStringLiteral("Mairie-2026!");
    const Result<QString> a = PasswordHasher::hash(password);
    const Result<QString> b = PasswordHasher::hash(password);
    QVERIFY(a.ok() && b.ok());
    QVERIFY(a.value() != b.value());
    QVERIFY(PasswordHasher::verify(a.value(), password));
    QVERIFY(PasswordHasher::verify(b.value(), password));
}

void TestPasswordHasher::unusableStoredHashes_data()
{
    QTest::addColumn<QString>("stored");
    QTest::newRow("vide (compte PostgreSQL)") << QString();
    QTest::newRow("mot de passe en clair") << QStringLiteral("Mairie-2026!");
    QTest::newRow("empreinte tronquée") << QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$");
    QTest::newRow("autre algorithme") << QStringLiteral("$1$abcdefgh$u1Jg0HgL4H0y4f1zWmNnQ/");
}

void TestPasswordHasher::unusableStoredHashes()
{
    QFETCH(QString, stored);
    QVERIFY(!PasswordHasher::verify(stored, QStringLiteral("Mairie-2026!")));
}

void TestPasswordHasher::weakness_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("message");
    const QString tooShort = QStringLiteral("Le mot de passe doit compter au moins 8 caractères.");
    const QString mix = QStringLiteral("Le mot de passe doit mêler des lettres et des chiffres ou des signes.");
    QTest::newRow("vide") << QString() << tooShort;
    QTest::newRow("7 caractères") << QStringLiteral("Arles1!") << tooShort;
    QTest::newRow("que des lettres") << QStringLiteral("motdepasse") << mix;
    QTest::newRow("que des lettres accentuées") << QStringLiteral("élémentaire") << mix;
    QTest::newRow("que des chiffres") << QStringLiteral("12345678") << mix;
    QTest::newRow("que des signes") << QStringLiteral("!!!!----") << mix;
    QTest::newRow("8 caractères mêlés") << QStringLiteral("Arles13!") << QString();
    QTest::newRow("lettres et espace") << QStringLiteral("hotel de ville") << QString();
    QTest::newRow("de l'administrateur de test") << QStringLiteral("Mairie-2026!") << QString();
}

void TestPasswordHasher::weakness()
{
    QFETCH(QString, password);
    QFETCH(QString, message);
    QCOMPARE(PasswordHasher::weaknessOf(password), message);
}

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
