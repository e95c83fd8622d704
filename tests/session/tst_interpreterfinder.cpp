#include "interpreterfinder.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Core;

class TestInterpreterFinder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void picksAnInterpreterThatHasTheRequiredModule();
    void asyncDiscoveryAgreesWithBlocking();
    void missingModuleNamesTheDebianPackage();
    void explicitInterpreterIsUsedAlone();
    void nonexistentExplicitInterpreterIsAClearError();
    void asyncProbeOfAFreshQuery();
    void asyncProbeOfAFileThatCannotStart();
    void debianPackage_data();
    void debianPackage();
};

void TestInterpreterFinder::picksAnInterpreterThatHasTheRequiredModule()
{
    if (!QFileInfo::exists(QStringLiteral("/usr/bin/python3")))
        QSKIP("no /usr/bin/python3");
    // On this machine the python3 first on PATH (pyenv) lacks aiohttp; Debian's has it.
    const InterpreterResult r
            = InterpreterFinder::findBlocking({QString(), {QStringLiteral("aiohttp")}});
    QVERIFY2(r.interpreter, qPrintable(r.error));
    QCOMPARE(r.interpreter->executable, QStringLiteral("/usr/bin/python3"));
    QVERIFY(r.interpreter->minor >= InterpreterFinder::minimumMinor);
}

void TestInterpreterFinder::asyncDiscoveryAgreesWithBlocking()
{
    const InterpreterQuery query{QString(), {QStringLiteral("aiohttp"), QStringLiteral("json")}};
    const InterpreterResult blocking = InterpreterFinder::findBlocking(query);
    const InterpreterResult async = QCoro::waitFor(InterpreterFinder::find(query));
    QCOMPARE(async.interpreter.has_value(), blocking.interpreter.has_value());
    if (async.interpreter)
        QCOMPARE(async.interpreter->executable, blocking.interpreter->executable);
}

void TestInterpreterFinder::missingModuleNamesTheDebianPackage()
{
    const InterpreterResult r = InterpreterFinder::findBlocking(
            {QString(), {QStringLiteral("aiohttp"), QStringLiteral("no_such_module_xyz")}});
    QVERIFY(!r.interpreter);
    QVERIFY2(r.error.contains(QLatin1String("no_such_module_xyz")), qPrintable(r.error));
    QVERIFY2(r.error.contains(QLatin1String("python3-no-such-module-xyz")), qPrintable(r.error));
    QCOMPARE(r.missingModules, QStringList{QStringLiteral("no_such_module_xyz")});
}

void TestInterpreterFinder::explicitInterpreterIsUsedAlone()
{
    const QString pyenv = QStringLiteral("/root/.pyenv/versions/3.12.1/bin/python3");
    if (!QFileInfo::exists(pyenv))
        QSKIP("no pyenv 3.12.1");
    const InterpreterResult r = InterpreterFinder::findBlocking({pyenv, {}});
    QVERIFY2(r.interpreter, qPrintable(r.error));
    QCOMPARE(r.interpreter->version.left(4), QStringLiteral("3.12"));
    // Explicit and lacking the module: an error, not a silent switch to another Python.
    const InterpreterResult lacking = InterpreterFinder::findBlocking({pyenv, {QStringLiteral("aiohttp")}});
    QVERIFY(!lacking.interpreter);
    QVERIFY(lacking.error.contains(QLatin1String("python3-aiohttp")));
}

void TestInterpreterFinder::nonexistentExplicitInterpreterIsAClearError()
{
    const InterpreterResult r = InterpreterFinder::findBlocking({QStringLiteral("/no/python"), {}});
    QVERIFY(!r.interpreter);
    QVERIFY(r.error.contains(QLatin1String("/no/python")));
}

void TestInterpreterFinder::asyncProbeOfAFreshQuery()
{
    if (!QFileInfo::exists(QStringLiteral("/usr/bin/python3")))
        QSKIP("no /usr/bin/python3");
    // A module set no other test asked for, so the probe really runs (no cache hit).
    const InterpreterQuery query{QStringLiteral("/usr/bin/python3"),
                                 {QStringLiteral("zlib"), QStringLiteral("bisect")}};
    const InterpreterResult r = QCoro::waitFor(InterpreterFinder::find(query));
    QVERIFY2(r.interpreter, qPrintable(r.error));
    QCOMPARE(r.interpreter->executable, QStringLiteral("/usr/bin/python3"));
}

void TestInterpreterFinder::asyncProbeOfAFileThatCannotStart()
{
    // Exists but is not executable: the process fails to start and never emits finished().
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("python3"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a program\n");
    file.close();
    const InterpreterResult r = QCoro::waitFor(InterpreterFinder::find({path, {}}));
    QVERIFY(!r.interpreter);
    QVERIFY2(r.error.contains(path), qPrintable(r.error));
}

void TestInterpreterFinder::debianPackage_data()
{
    QTest::addColumn<QString>("module");
    QTest::addColumn<QString>("package");
    QTest::newRow("aiohttp") << "aiohttp" << "python3-aiohttp";
    QTest::newRow("submodule") << "aiohttp.web" << "python3-aiohttp";
    QTest::newRow("sqlalchemy") << "sqlalchemy" << "python3-sqlalchemy";
    QTest::newRow("yaml") << "yaml" << "python3-yaml";
    QTest::newRow("cpython tests") << "test.test_asyncio" << "libpython3.11-testsuite";
    QTest::newRow("unknown") << "Foo_Bar" << "python3-foo-bar";
}

void TestInterpreterFinder::debianPackage()
{
    QFETCH(QString, module);
    QFETCH(QString, package);
    QCOMPARE(InterpreterFinder::debianPackage(module), package);
}

QTEST_GUILESS_MAIN(TestInterpreterFinder)
#include "tst_interpreterfinder.moc"
