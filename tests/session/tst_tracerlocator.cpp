#include "tracerlocator.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Core;

class TestTracerLocator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void environmentOverrides();
    void environmentWithoutTracerIsAnError();
    void embeddedTracerIsUnpackedByContentHash();
};

void TestTracerLocator::environmentOverrides()
{
    qputenv("LOOPSCOPE_TRACER_DIR", LOOPSCOPE_TEST_DATA "/fake_tracer");
    QString error;
    const QString script = TracerLocator::tracerScript(&error);
    qunsetenv("LOOPSCOPE_TRACER_DIR");
    QCOMPARE(script, QStringLiteral(LOOPSCOPE_TEST_DATA "/fake_tracer/loopscope_tracer/__main__.py"));
    QVERIFY(error.isEmpty());
}

void TestTracerLocator::environmentWithoutTracerIsAnError()
{
    qputenv("LOOPSCOPE_TRACER_DIR", "/nonexistent");
    QString error;
    const QString script = TracerLocator::tracerScript(&error);
    qunsetenv("LOOPSCOPE_TRACER_DIR");
    QVERIFY(script.isEmpty());
    QVERIFY(error.contains(QLatin1String("/nonexistent")));
}

void TestTracerLocator::embeddedTracerIsUnpackedByContentHash()
{
    if (!QFileInfo::exists(QStringLiteral(":/tracer/loopscope_tracer/__main__.py")))
        QSKIP("this build embeds no tracer yet");
    QTemporaryDir cache;
    qputenv("XDG_CACHE_HOME", cache.path().toLocal8Bit());
    QString error;
    const QString root = TracerLocator::tracerRoot(&error);
    QVERIFY2(!root.isEmpty(), qPrintable(error));
    QVERIFY(root.startsWith(cache.path() + QLatin1String("/loopscope/tracer-")));
    QVERIFY(QFileInfo::exists(root + QLatin1String("/loopscope_tracer/__main__.py")));
    // Same bytes as embedded, and no temporary directories left behind.
    QFile embedded(QStringLiteral(":/tracer/loopscope_tracer/__main__.py"));
    QFile unpacked(root + QLatin1String("/loopscope_tracer/__main__.py"));
    QVERIFY(embedded.open(QIODevice::ReadOnly) && unpacked.open(QIODevice::ReadOnly));
    QCOMPARE(unpacked.readAll(), embedded.readAll());
    QCOMPARE(QDir(cache.path() + QLatin1String("/loopscope")).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden).size(), 1);
}

QTEST_GUILESS_MAIN(TestTracerLocator)
#include "tst_tracerlocator.moc"
