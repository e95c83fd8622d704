// The scheduler list (the detail beside the loop machine): every text whole at a dock's width,
// wrapped rather than cut; a thousand tasks listed up to a point, then counted.
#include "modelfixtures.h"
#include "schedulerpanel.h"
#include "schedulerstate.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QScrollBar>
#include <QTest>
#include <QTreeWidget>

using namespace Ui;

namespace {

std::vector<QTreeWidgetItem *> rowsOf(const QTreeWidget *tree)
{
    std::vector<QTreeWidgetItem *> rows;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j)
            rows.push_back(tree->topLevelItem(i)->child(j));
    return rows;
}

} // namespace

class TstSchedulerPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void textsAreWholeInANarrowDock_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("narrow dock") << 260;
        QTest::newRow("1280x800 right column") << 340;
        QTest::newRow("wide") << 600;
    }
    void textsAreWholeInANarrowDock()
    {
        QFETCH(int, width);
        const auto model = Test::gatherModel();
        QVERIFY(model);
        SchedulerPanel panel;
        panel.resize(width, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        // A moment with tasks waiting on gather, a timer and the thread: long details.
        panel.showState(*model, Core::reconstructAt(*model, model->endTime() / 2));
        QTreeWidget *tree = panel.tree();
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            tree->topLevelItem(i)->setExpanded(true);
        QCoreApplication::processEvents();
        const int available = tree->viewport()->width();
        QVERIFY2(tree->columnWidth(0) <= available / 2 + 1, qPrintable(QString::number(available)));
        QVERIFY(!tree->horizontalScrollBar()->isVisible());
        const QFontMetrics metrics(tree->font());
        int wrapped = 0;
        for (QTreeWidgetItem *item : rowsOf(tree)) {
            const QRect row = tree->visualItemRect(item);
            for (int column = 0; column < 2; ++column) {
                const int columnWidth = column == 0 ? tree->columnWidth(0) - tree->indentation()
                                                    : available - tree->columnWidth(0);
                const QRect needed = metrics.boundingRect(QRect(0, 0, columnWidth - 8, 10000),
                                                          Qt::TextWordWrap, item->text(column));
                QVERIFY2(row.height() + 2 >= needed.height(),
                         qPrintable(QStringLiteral("cut: %1 (%2 px of %3)")
                                            .arg(item->text(column))
                                            .arg(row.height())
                                            .arg(needed.height())));
                wrapped += needed.height() > metrics.height() + 2 ? 1 : 0;
            }
        }
        if (width == 260)
            QVERIFY2(wrapped > 0, "nothing long enough to wrap: the test shows nothing");
    }

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
