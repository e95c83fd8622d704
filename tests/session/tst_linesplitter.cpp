#include "linesplitter.h"

#include <QTest>

using namespace Core;

class TestLineSplitter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void splitsAnyChunking_data();
    void splitsAnyChunking();
    void overLongLineIsCutAndFlagged();
};

void TestLineSplitter::splitsAnyChunking_data()
{
    QTest::addColumn<int>("chunk");
    for (int c : {1, 2, 3, 7, 1000})
        QTest::addRow("chunk %d", c) << c;
}

void TestLineSplitter::splitsAnyChunking()
{
    QFETCH(int, chunk);
    const QByteArray input("one\ntwo\r\n\nthree");
    LineSplitter splitter;
    QList<QByteArray> lines;
    const auto collect = [&](QByteArrayView line, qint64) { lines << line.toByteArray(); };
    for (qsizetype i = 0; i < input.size(); i += chunk)
        splitter.feed(QByteArrayView(input).sliced(i, qMin<qsizetype>(chunk, input.size() - i)), collect);
    splitter.finish(collect);
    QCOMPARE(lines, (QList<QByteArray>{"one", "two", "", "three"}));
}

void TestLineSplitter::overLongLineIsCutAndFlagged()
{
    LineSplitter splitter(5);
    QList<QPair<QByteArray, qint64>> lines;
    const auto collect = [&](QByteArrayView line, qint64 cut) {
        lines.append({line.toByteArray(), cut});
    };
    splitter.feed("abcdefghij", collect);
    splitter.feed("klm\nok\n", collect);
    splitter.feed("0123456789", collect);
    splitter.finish(collect);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0].first, QByteArray("abcde"));
    QCOMPARE(lines[0].second, 8); // what was left out is counted: "fghijklm"
    QCOMPARE(lines[1].first, QByteArray("ok"));
    QCOMPARE(lines[1].second, 0);
    QCOMPARE(lines[2].first, QByteArray("01234")); // a last line without newline, too
    QCOMPARE(lines[2].second, 5);
}

QTEST_GUILESS_MAIN(TestLineSplitter)
#include "tst_linesplitter.moc"
