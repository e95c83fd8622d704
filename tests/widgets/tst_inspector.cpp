// The inspector shows the selected task, its wait and await chain, and its links lead on.
#include "inspector.h"
#include "modelfixtures.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Ui;

class TstInspector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_model = Test::gatherModel();
        QVERIFY(m_model);
    }

    void showsTheSelectedTask_data()
    {
        QTest::addColumn<QString>("coro");
        QTest::newRow("main") << QStringLiteral("main");
        QTest::newRow("fetch") << QStringLiteral("fetch");
    }
    void showsTheSelectedTask()
    {
        QFETCH(QString, coro);
        Inspector inspector;
        inspector.setModel(m_model.get());
        const int lane = Test::laneOfTask(*m_model, coro);
        inspector.showSelection(lane, -1);
        const Core::TaskInfo *task = m_model->task(m_model->lane(lane).id);
        QCOMPARE(inspector.taskId(), task->id);
        QVERIFY(inspector.plainText().contains(task->name));
        QVERIFY(inspector.plainText().contains(coro + QStringLiteral("()")));
    }

    void suspendedSpanShowsWaitChainAndWaker()
    {
        Inspector inspector;
        inspector.setModel(m_model.get());
        const int lane = Test::laneOfTask(*m_model, QStringLiteral("fetch"));
        int span = -1;
        for (int i = 0; i < m_model->spanCount(lane) && span < 0; ++i)
            if (m_model->spanType(m_model->span(lane, i).typeId).kind == Core::SpanKind::Suspended)
                span = i;
        inspector.showSelection(lane, span);
        const QString text = inspector.plainText();
        QVERIFY2(text.contains(QStringLiteral("Suspended on sleep")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Await chain")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("gather.py:")));
        QVERIFY(text.contains(QStringLiteral("Woken by")));

        // The first source link of the chain asks the editor to jump there.
        QSignalSpy source(&inspector, &Inspector::sourceRequested);
        for (int i = 0; i < inspector.linkCount(); ++i)
            if (inspector.linkText(i).contains(QStringLiteral("fetch()"))) {
                inspector.activateLink(i);
                break;
            }
        QCOMPARE(source.count(), 1);
        QVERIFY(source.at(0).at(0).toString().endsWith(QStringLiteral("gather.py")));
        QVERIFY(source.at(0).at(1).toInt() > 0);
    }

    void parentLinkSelectsTheParent()
    {
        Inspector inspector;
        inspector.setModel(m_model.get());
        const int lane = Test::laneOfTask(*m_model, QStringLiteral("fetch"));
        inspector.showSelection(lane, -1);
        const Core::TaskInfo *task = m_model->task(m_model->lane(lane).id);
        const Core::TaskInfo *parent = m_model->task(task->parent);
        QVERIFY(parent);
        QSignalSpy spy(&inspector, &Inspector::spanRequested);
        for (int i = 0; i < inspector.linkCount(); ++i)
            if (inspector.linkText(i) == parent->name) {
                inspector.activateLink(i);
                break;
            }
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toInt(), parent->lane);
    }

    void liveTaskUpdatesSoFarCoalesced()
    {
        // The gather run streamed in small pieces, the inspector on a task that is still
        // pending: it says what the task has done "so far", follows the model a few times a
        // second (not once per change), and states the final facts once the run is over.
        QFile f(QStringLiteral(LOOPSCOPE_CORE_FIXTURES "/gather.lstrace"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        Core::TraceModel live;
        Core::TraceDecoder decoder;
        Inspector inspector;
        inspector.setModel(&live);
        inspector.setLive(true);
        const QString coro = QStringLiteral("main");
        qsizetype pos = 0;
        auto feed = [&](qsizetype n) {
            n = std::min(n, bytes.size() - pos);
            decoder.feed(QByteArrayView(bytes).sliced(pos, n), live);
            pos += n;
        };
        // Up to the main task's first wait.
        int lane = -1;
        while (pos < bytes.size()) {
            feed(16);
            lane = Test::laneOfTask(live, coro);
            if (lane >= 0 && !live.task(live.lane(lane).id)->waits.empty())
                break;
        }
        QVERIFY(lane >= 0 && pos < bytes.size());
        inspector.showSelection(lane, -1);
        const QString first = inspector.plainText();
        QVERIFY2(first.contains(QStringLiteral("so far")), qPrintable(first));
        QVERIFY2(first.contains(QStringLiteral("waiting on")), qPrintable(first));

        // Many changes, many refresh() calls: no re-render until the coalescing timer fires.
        const int renders = inspector.renderCount();
        for (int i = 0; i < 50 && pos < bytes.size(); ++i) {
            feed(64);
            inspector.refresh();
        }
        QCOMPARE(inspector.renderCount(), renders);
        QTRY_COMPARE_WITH_TIMEOUT(inspector.renderCount(), renders + 1, 5000);
        QVERIFY(inspector.plainText() != first);

        // The rest of the run, then its end: the page states the outcome, nothing "so far".
        feed(bytes.size());
        decoder.finish();
        inspector.refresh();
        inspector.setLive(false);
        const QString done = inspector.plainText();
        QVERIFY2(done.contains(QStringLiteral("finished")), qPrintable(done));
        QVERIFY2(!done.contains(QStringLiteral("so far")), qPrintable(done));
        QVERIFY2(done.contains(QStringLiteral("Waits")), qPrintable(done));
    }

private:
    std::unique_ptr<Core::TraceModel> m_model;
};

QTEST_MAIN(TstInspector)
#include "tst_inspector.moc"
