#include "outputorder.h"

#include <QTest>

using namespace Core;

class tst_OutputOrder : public QObject
{
    Q_OBJECT

private slots:
    void neitherSourceCutsIntoTheOthersLine_data();
    void neitherSourceCutsIntoTheOthersLine();
    void streamsAreIndependent();
};

void tst_OutputOrder::neitherSourceCutsIntoTheOthersLine_data()
{
    // Writes as "T:text" (traced) or "R:text" (raw), in arrival order; "release" gives up
    // waiting. Expected: what the terminal gets.
    QTest::addColumn<QStringList>("writes");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("whole lines keep arrival order")
            << QStringList{"T:a\n", "R:b\n", "T:c\n"} << QByteArray("a\nb\nc\n");
    QTest::newRow("traced waits for the end of a raw line")
            << QStringList{"R:yyy", "T:tail", "R:yy\n"} << QByteArray("yyyyy\ntail");
    QTest::newRow("raw waits for the pieces of a long traced line")
            << QStringList{"T:xx", "R:raw\n", "T:xx", "T:x\n"} << QByteArray("xxxxx\nraw\n");
    QTest::newRow("the rest of a chunk waits its turn")
            << QStringList{"R:r1", "T:t1\n", "R:\nr2\n"} << QByteArray("r1\nt1\nr2\n");
    QTest::newRow("several lines of one source go together up to its turn")
            << QStringList{"R:a", "T:t\n", "T:u\n", "R:\nb\n"} << QByteArray("a\nt\nu\nb\n");
    QTest::newRow("released when a raw line never ends")
            << QStringList{"R:50%", "T:done\n", "release", "R:100%\n"}
            << QByteArray("50%done\n100%\n");
    QTest::newRow("no newline at all")
            << QStringList{"T:prompt> ", "R:raw"} << QByteArray("prompt> ");
}

void tst_OutputOrder::neitherSourceCutsIntoTheOthersLine()
{
    QFETCH(QStringList, writes);
    QFETCH(QByteArray, expected);
    QByteArray terminal;
    OutputOrder order([&](OutputStream, const QByteArray &bytes) { terminal += bytes; });
    for (const QString &w : writes) {
        if (w == QLatin1String("release")) {
            order.release();
            continue;
        }
        const auto source = w.startsWith(QLatin1Char('T')) ? OutputOrder::Source::Traced
                                                           : OutputOrder::Source::Raw;
        order.write(OutputStream::Stdout, source, w.mid(2).toUtf8());
    }
    QCOMPARE(terminal, expected);
    // Whatever still waits comes out at the end of the run.
    order.release();
    QVERIFY(!order.holding());
}

void tst_OutputOrder::streamsAreIndependent()
{
    QByteArray out, err;
    OutputOrder order([&](OutputStream s, const QByteArray &bytes) {
        (s == OutputStream::Stderr ? err : out) += bytes;
    });
    order.write(OutputStream::Stdout, OutputOrder::Source::Raw, "half");
    order.write(OutputStream::Stderr, OutputOrder::Source::Traced, "error\n");
    QCOMPARE(err, QByteArray("error\n")); // stderr does not wait for a stdout line
    order.write(OutputStream::Stdout, OutputOrder::Source::Traced, "t\n");
    QCOMPARE(out, QByteArray("half"));
    order.write(OutputStream::Stdout, OutputOrder::Source::Raw, "\n");
    QCOMPARE(out, QByteArray("half\nt\n"));
}

QTEST_GUILESS_MAIN(tst_OutputOrder)
#include "tst_outputorder.moc"
