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
    const auto collect = [&](QByteArrayView line, bool) { lines << line.toByteArray(); };
    for (qsizetype i = 0; i < input.size(); i += chunk)
        splitter.feed(QByteArrayView(input).sliced(i, qMin<qsizetype>(chunk, input.size() - i)), collect);
    splitter.finish(collect);
    QCOMPARE(lines, (QList<QByteArray>{"one", "two", "", "three"}));
}

void TestLineSplitter::overLongLineIsCutAndFlagged()
{
    LineSplitter splitter(5);
    QList<QPair<QByteArray, bool>> lines;
    const auto collect = [&](QByteArrayView line, bool truncated) {
        lines.append({line.toByteArray(), truncated});
    };
    splitter.feed("abcdefghij", collect);
    splitter.feed("klm\nok\n", collect);
    splitter.finish(collect);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0].first, QByteArray("abcde"));
    QVERIFY(lines[0].second);
    QCOMPARE(lines[1].first, QByteArray("ok"));
    QVERIFY(!lines[1].second);
}

QTEST_GUILESS_MAIN(TestLineSplitter)
#include "tst_linesplitter.moc"
