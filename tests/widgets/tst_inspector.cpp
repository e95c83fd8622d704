// The inspector shows the selected task, its wait and await chain, and its links lead on.
#include "inspector.h"
#include "modelfixtures.h"

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

private:
    std::unique_ptr<Core::TraceModel> m_model;
};

QTEST_MAIN(TstInspector)
#include "tst_inspector.moc"
