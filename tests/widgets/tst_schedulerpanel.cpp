// The scheduler list (the detail beside the loop machine): a thousand tasks listed up to a
// point, then counted.
#include "modelfixtures.h"
#include "schedulerpanel.h"
#include "schedulerstate.h"

#include <QTest>
#include <QTreeWidget>

using namespace Ui;

class TstSchedulerPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aThousandTasksAreCountedNotAllListed()
    {
        const auto model = Test::decode(Core::Test::syntheticTrace(30000, 1000, 16, true).bytes);
        SchedulerPanel panel;
        panel.resize(400, 600);
        const Core::SchedulerState state = Core::reconstructAt(*model, model->endTime() / 2);
        QVERIFY(state.tasks.size() >= 1000);
        panel.showState(*model, state);
        QTreeWidget *tree = panel.tree();
        QTreeWidgetItem *tasks = nullptr;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            if (tree->topLevelItem(i)->text(0).startsWith(QStringLiteral("Tasks")))
                tasks = tree->topLevelItem(i);
        QVERIFY(tasks);
        // The title counts them all; the list stops and says how many it left out.
        QCOMPARE(tasks->text(0), QStringLiteral("Tasks (%1)").arg(state.tasks.size()));
        QCOMPARE(tasks->childCount(), 201);
        QCOMPARE(tasks->child(200)->text(0),
                 QStringLiteral("… and %1 more").arg(state.tasks.size() - 200));
    }
};

QTEST_MAIN(TstSchedulerPanel)
#include "tst_schedulerpanel.moc"
