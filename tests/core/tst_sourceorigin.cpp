#include "sourceorigin.h"

#include <QTest>

using namespace Core;

class tst_SourceOrigin : public QObject
{
    Q_OBJECT

private slots:
    void classify_data();
    void classify();
};

void tst_SourceOrigin::classify_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("name");
    const int program = int(SourceKind::Program), stdlib = int(SourceKind::Stdlib),
              library = int(SourceKind::Library), unknown = int(SourceKind::Unknown);

    QTest::newRow("debian asyncio") << "/usr/lib/python3.11/asyncio/tasks.py" << stdlib << "asyncio";
    QTest::newRow("debian threading") << "/usr/lib/python3.11/threading.py" << stdlib
                                      << "threading";
    QTest::newRow("debian concurrent") << "/usr/lib/python3.11/concurrent/futures/thread.py"
                                       << stdlib << "concurrent";
    QTest::newRow("debian dist-packages") << "/usr/lib/python3/dist-packages/uvicorn/server.py"
                                          << library << "uvicorn";
    QTest::newRow("debian local dist-packages")
            << "/usr/local/lib/python3.11/dist-packages/anyio/_backends/_asyncio.py" << library
            << "anyio";
    QTest::newRow("debian single module") << "/usr/lib/python3/dist-packages/six.py" << library
                                          << "six";
    QTest::newRow("pyenv asyncio")
            << "/root/.pyenv/versions/3.12.1/lib/python3.12/asyncio/base_events.py" << stdlib
            << "asyncio";
    QTest::newRow("pyenv site-packages")
            << "/root/.pyenv/versions/3.13.0/lib/python3.13/site-packages/aiohttp/client.py"
            << library << "aiohttp";
    QTest::newRow("pyenv lib-dynload")
            << "/root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_asyncio.cpython-311-x86_64-linux-gnu.so"
            << stdlib << "_asyncio";
    QTest::newRow("venv") << "/home/ana/proj/.venv/lib/python3.11/site-packages/starlette/routing.py"
                          << library << "starlette";
    QTest::newRow("lib64") << "/usr/lib64/python3.12/asyncio/queues.py" << stdlib << "asyncio";
    QTest::newRow("free-threaded") << "/opt/py/lib/python3.13t/asyncio/locks.py" << stdlib
                                   << "asyncio";
    QTest::newRow("egg") << "/usr/lib/python3/site-packages/foo-1.0-py3.11.egg/foo/x.py" << library
                         << "foo";
    QTest::newRow("macos framework")
            << "/Library/Frameworks/Python.framework/Versions/3.12/lib/python3.12/asyncio/tasks.py"
            << stdlib << "asyncio";
    QTest::newRow("windows stdlib") << "C:\\Python312\\Lib\\asyncio\\tasks.py" << stdlib
                                    << "asyncio";
    QTest::newRow("windows site-packages")
            << "C:\\Python312\\Lib\\site-packages\\httpx\\_client.py" << library << "httpx";
    QTest::newRow("frozen") << "<frozen runpy>" << stdlib << "runpy";
    QTest::newRow("frozen dotted") << "<frozen importlib._bootstrap>" << stdlib << "importlib";
    QTest::newRow("tracer") << "/home/ana/.cache/loopscope/tracer/loopscope_tracer/loop.py"
                            << library << "loopscope_tracer";
    QTest::newRow("program") << "/tmp/lstest-x/prog.py" << program << "";
    QTest::newRow("program in a lib folder") << "/home/ana/lib/shop/main.py" << program << "";
    QTest::newRow("program named like a python dir") << "/home/ana/python3.11/demo.py" << program
                                                     << "";
    QTest::newRow("relative program") << "main.py" << program << "";
    QTest::newRow("string") << "<string>" << unknown << "";
    QTest::newRow("empty") << "" << unknown << "";
}

void tst_SourceOrigin::classify()
{
    QFETCH(QString, path);
    QFETCH(int, kind);
    QFETCH(QString, name);
    const SourceOrigin origin = classifySource(path);
    QCOMPARE(int(origin.kind), kind);
    QCOMPARE(origin.name, name);
}

QTEST_GUILESS_MAIN(tst_SourceOrigin)
#include "tst_sourceorigin.moc"
