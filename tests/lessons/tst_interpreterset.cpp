// Finding every Python the curriculum is checked on: pyenv's versions are candidates, a
// shim and the file it runs count once, a file that does not run is left out, and missing
// modules are named.
#include "interpreterset.h"

#include <QCoro/QCoroTask>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Lessons;

namespace {

QString script(const QTemporaryDir &dir, const QString &relative, const QByteArray &body)
{
    const QString path = dir.filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("#!/bin/sh\n" + body + "\n");
    f.close();
    f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
    return path;
}

} // namespace

class TestInterpreterSet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pyenvVersionsAreCandidates()
    {
        QTemporaryDir root;
        const QString fake = script(root, QStringLiteral("versions/3.99.0/bin/python3"),
                                    "exec /usr/bin/python3 \"$@\"");
        qputenv("PYENV_ROOT", root.path().toLocal8Bit());
        const QStringList candidates = InterpreterSet::candidatePaths();
        qunsetenv("PYENV_ROOT");
        QVERIFY2(candidates.contains(fake), qPrintable(candidates.join(u'\n')));
        QVERIFY(candidates.contains(QStringLiteral("/usr/bin/python3")));
    }

    void eachInterpreterOnceAndOnlyThoseThatRun()
    {
        QTemporaryDir dir;
        // A wrapper that runs /usr/bin/python3 is /usr/bin/python3 (as a pyenv shim is the
        // version it selects); a shim whose version is not installed exits 127, like pyenv's.
        const QString wrapper = script(dir, QStringLiteral("wrapper/python3"), "exec /usr/bin/python3 \"$@\"");
        const QString broken = script(dir, QStringLiteral("broken/python3.12"), "exit 127");
        const QList<Core::PythonInterpreter> found = QCoro::waitFor(InterpreterSet::discover(
                {QStringLiteral("/usr/bin/python3"), wrapper, broken}));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).major, 3);
        QVERIFY(found.at(0).minor >= 11);
    }

    void missingModulesAreNamed()
    {
        const QStringList missing = QCoro::waitFor(InterpreterSet::missingModules(
                QStringLiteral("/usr/bin/python3"),
                {QStringLiteral("json"), QStringLiteral("no_such_module_loopscope")}));
        QCOMPARE(missing, QStringList{QStringLiteral("no_such_module_loopscope")});
        QVERIFY(QCoro::waitFor(InterpreterSet::missingModules(QStringLiteral("/usr/bin/python3"), {}))
                        .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInterpreterSet)
#include "tst_interpreterset.moc"
