#include "chromeexporter.h"
#include "fixtures.h"
#include "tracedecoder.h"
#include "tracemodel.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Core;
using namespace Core::Test;

namespace
{

QJsonArray exportEvents(const QByteArray &trace, QByteArray *raw = nullptr)
{
    TraceModel model;
    TraceDecoder decoder;
    decoder.feed(trace, model);
    decoder.finish();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!writeChromeTrace(model, buffer))
        return {};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(buffer.data(), &error);
    if (raw)
        *raw = buffer.data();
    if (error.error != QJsonParseError::NoError)
        qWarning() << "invalid JSON:" << error.errorString() << "at" << error.offset;
    return doc.object()[QStringLiteral("traceEvents")].toArray();
}

QHash<int, QString> threadNames(const QJsonArray &events)
{
    QHash<int, QString> names;
    for (const QJsonValue &e : events)
        if (e[QStringLiteral("ph")] == QStringLiteral("M")
            && e[QStringLiteral("name")] == QStringLiteral("thread_name"))
            names.insert(e[QStringLiteral("tid")].toInt(),
                e[QStringLiteral("args")][QStringLiteral("name")].toString());
    return names;
}

int tidNamed(const QJsonArray &events, const QString &name)
{
    return threadNames(events).key(name, -1);
}

} // namespace

class tst_ChromeExporter : public QObject
{
    Q_OBJECT

private slots:
    void writesValidJson();
    void lanesAreNamed();
    void stepsAndWaitsAreSlices();
    void flowsArePaired();
    void outputIsInstant();
    void textIsEscaped();
};

void tst_ChromeExporter::writesValidJson()
{
    const QJsonArray events = exportEvents(gatherTrace().bytes);
    QVERIFY(events.size() > 20);
    for (const QJsonValue &e : events) {
        QVERIFY(e.isObject());
        QVERIFY(e[QStringLiteral("ph")].isString());
        QCOMPARE(e[QStringLiteral("pid")].toInt(), 1);
    }
    QVERIFY(!exportEvents(QByteArray()).isEmpty()); // an empty model still names its process
}

void tst_ChromeExporter::lanesAreNamed()
{
    const QJsonArray events = exportEvents(gatherTrace().bytes);
    const QHash<int, QString> names = threadNames(events);
    const QSet<QString> expected { QStringLiteral("Event loop 1"), QStringLiteral("Task-1 main"),
        QStringLiteral("Task-2 fetch"), QStringLiteral("Task-3 fetch"),
        QStringLiteral("thread: asyncio_0") };
    QCOMPARE(QSet<QString>(names.cbegin(), names.cend()), expected);
}

void tst_ChromeExporter::stepsAndWaitsAreSlices()
{
    const QJsonArray events = exportEvents(gatherTrace().bytes);
    const int fetch = tidNamed(events, QStringLiteral("Task-2 fetch"));
    QStringList slices;
    for (const QJsonValue &e : events) {
        if (e[QStringLiteral("ph")] != QStringLiteral("X")
            || e[QStringLiteral("tid")].toInt() != fetch)
            continue;
        slices << QStringLiteral("%1@%2+%3")
                      .arg(e[QStringLiteral("name")].toString())
                      .arg(e[QStringLiteral("ts")].toDouble())
                      .arg(e[QStringLiteral("dur")].toDouble());
    }
    QCOMPARE(slices,
        (QStringList { "ready@3+3", "fetch@6+1", "wait sleep: sleep(0.01)@7+10001.5",
            "ready@10008.5+0.5", "fetch@10009+1" }));
    const int thread = tidNamed(events, QStringLiteral("thread: asyncio_0"));
    bool job = false;
    for (const QJsonValue &e : events)
        job |= e[QStringLiteral("tid")].toInt() == thread
            && e[QStringLiteral("name")] == QStringLiteral("blocking_io");
    QVERIFY(job);
}

void tst_ChromeExporter::flowsArePaired()
{
    const QJsonArray events = exportEvents(gatherTrace().bytes);
    QHash<int, QJsonObject> starts, finishes;
    for (const QJsonValue &e : events) {
        const QString ph = e[QStringLiteral("ph")].toString();
        if (ph == QStringLiteral("s"))
            starts.insert(e[QStringLiteral("id")].toInt(), e.toObject());
        else if (ph == QStringLiteral("f"))
            finishes.insert(e[QStringLiteral("id")].toInt(), e.toObject());
    }
    QCOMPARE(starts.size(), 3);
    QCOMPARE(QSet<int>(starts.keyBegin(), starts.keyEnd()),
        QSet<int>(finishes.keyBegin(), finishes.keyEnd()));
    // main is woken by Task-3: the arrow goes from Task-3's lane to main's.
    const int main = tidNamed(events, QStringLiteral("Task-1 main"));
    const int task3 = tidNamed(events, QStringLiteral("Task-3 fetch"));
    bool fromTask = false;
    for (auto it = starts.cbegin(); it != starts.cend(); ++it) {
        if (finishes[it.key()][QStringLiteral("tid")].toInt() == main) {
            QCOMPARE(it.value()[QStringLiteral("tid")].toInt(), task3);
            QCOMPARE(it.value()[QStringLiteral("ts")].toDouble(), 170000.0);
            fromTask = true;
        }
    }
    QVERIFY(fromTask);
}

void tst_ChromeExporter::outputIsInstant()
{
    const QJsonArray events = exportEvents(gatherTrace().bytes);
    const int fetch = tidNamed(events, QStringLiteral("Task-2 fetch"));
    bool found = false;
    for (const QJsonValue &e : events) {
        if (e[QStringLiteral("ph")] == QStringLiteral("i")
            && e[QStringLiteral("name")] == QStringLiteral("fetching a")) {
            QCOMPARE(e[QStringLiteral("tid")].toInt(), fetch);
            QCOMPARE(e[QStringLiteral("ts")].toDouble(), 6.5);
            found = true;
        }
    }
    QVERIFY(found);
}

void tst_ChromeExporter::textIsEscaped()
{
    TraceEncoder e;
    e.taskNew({ 1, 1, 1, 0, QStringLiteral("Task \"1\"\\"), QStringLiteral("main"), {}, 0 });
    e.output({ 2, 1, OutputStream::Stdout, false, false,
        QStringLiteral("tab\there \x01 ctrl ünïcode") });
    QByteArray raw;
    const QJsonArray events = exportEvents(e.bytes, &raw);
    QVERIFY2(!events.isEmpty(), raw.constData());
    QVERIFY(threadNames(events).values().contains(QStringLiteral("Task \"1\"\\ main")));
    bool found = false;
    for (const QJsonValue &ev : events)
        found |= ev[QStringLiteral("name")] == QStringLiteral("tab\there \x01 ctrl ünïcode");
    QVERIFY(found);
}

QTEST_GUILESS_MAIN(tst_ChromeExporter)
#include "tst_chromeexporter.moc"
