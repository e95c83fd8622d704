#include "traceoptions.h"

#include <QTest>

using namespace Cli;

class tst_TraceOptions : public QObject
{
    Q_OBJECT

private slots:
    void timeoutIsARealSpanOfTime_data();
    void timeoutIsARealSpanOfTime();
};

void tst_TraceOptions::timeoutIsARealSpanOfTime_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<int>("milliseconds"); // what the run's timer gets, when accepted
    QTest::newRow("seconds") << "1.5" << true << 1500;
    QTest::newRow("a millisecond") << "0.001" << true << 1;
    QTest::newRow("a week") << "604800" << true << 604800000;
    // Once: an int overflow into an instant timeout (2200000, inf) and no timeout at all (nan).
    QTest::newRow("past a week") << "2200000" << false << 0;
    QTest::newRow("infinite") << "inf" << false << 0;
    QTest::newRow("not a number") << "nan" << false << 0;
    QTest::newRow("zero") << "0" << false << 0;
    QTest::newRow("negative") << "-1" << false << 0;
    QTest::newRow("below a millisecond") << "0.0001" << false << 0;
    QTest::newRow("words") << "soon" << false << 0;
}

void tst_TraceOptions::timeoutIsARealSpanOfTime()
{
    QFETCH(QString, value);
    QFETCH(bool, accepted);
    QFETCH(int, milliseconds);
    const TraceOptionsParse parsed
            = parseTraceOptions({QStringLiteral("--timeout"), value, QStringLiteral("main.py")});
    QCOMPARE(bool(parsed.options), accepted);
    if (accepted) {
        QCOMPARE(timeoutMilliseconds(*parsed.options), milliseconds);
    } else {
        QVERIFY2(parsed.error.contains(QStringLiteral("--timeout needs a number of seconds")),
                 qPrintable(parsed.error));
        QVERIFY(parsed.error.contains(value));
    }
}

QTEST_GUILESS_MAIN(tst_TraceOptions)
#include "tst_traceoptions.moc"
