// Help ▸ How to read the timeline and the first-start card: the guide shows a real recorded run
// whose rows and sleeps are the ones its text describes, the card greets a new learner above
// the timeline, leads to the guide and, once put away, stays away.
#include "firststartcard.h"
#include "mainwindow.h"
#include "timelineguide.h"
#include "timelineview.h"
#include "tracemodel.h"

#include "isolatedsettings.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Ui;

namespace {

QAction *helpAction(const MainWindow &window, const QString &text)
{
    for (QAction *menu : window.menuBar()->actions())
        if (menu->menu() && menu->text().remove(QLatin1Char('&')) == QStringLiteral("Help"))
            for (QAction *a : menu->menu()->actions())
                if (a->text().remove(QLatin1Char('&')) == text)
                    return a;
    return nullptr;
}

} // namespace

class TstTimelineGuide : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        isolateSettings(m_config.path(), QStringLiteral("tst_timelineguide"));
    }

    void init() { QSettings().clear(); }

    // The text tells this run: main and three downloads, sleeping side by side, 1 s in all.
    void theExampleRunIsTheOneTheTextTells()
    {
        QString error;
        const std::unique_ptr<Core::TraceModel> run = TimelineGuide::exampleRun(&error);
        QVERIFY2(run, qPrintable(error));
        QCOMPARE(run->tasks().size(), size_t(4));
        QCOMPARE(run->tasks().at(0).coro, QStringLiteral("main"));
        Core::TimeNs latestSleepStart = 0, earliestSleepEnd = run->endTime();
        for (size_t i = 1; i < 4; ++i) {
            const Core::TaskInfo &t = run->tasks().at(i);
            QCOMPARE(t.coro, QStringLiteral("download"));
            // Recorded by a tracer that names the call, as the learner's own runs are.
            QCOMPARE(t.call, QStringLiteral("download('%1.zip')").arg(QChar(u'a' + int(i) - 1)));
            QCOMPARE(t.state, Core::TaskState::Done);
            QVERIFY(!t.waits.empty());
            const Core::WaitView sleep = run->wait(t, 0);
            QCOMPARE(sleep.kind, Core::WaitKind::Sleep);
            QVERIFY(sleep.end);
            latestSleepStart = std::max(latestSleepStart, sleep.start);
            earliestSleepEnd = std::min(earliestSleepEnd, *sleep.end);
        }
        QVERIFY2(latestSleepStart < earliestSleepEnd, "the three sleeps do not overlap");
        QVERIFY(!run->output().empty());
        QCOMPARE(run->output().back().text, QStringLiteral("total 1.0s"));
        QVERIFY(TimelineGuide::markdown().contains(QStringLiteral("1 s, not 3")));
    }

    void theGuideDrawsItAndFitsTheScreen()
    {
        TimelineGuide guide(std::nullopt, nullptr);
        guide.show();
        QVERIFY(QTest::qWaitForWindowExposed(&guide));
        QVERIFY(guide.timeline()->model());
        QCOMPARE(guide.timeline()->rows().lanes.size(), size_t(5)); // the loop and 4 tasks
        const QString text = guide.text()->toPlainText();
        for (const char *part : {"Rows", "States", "Arrows and prints", "loop machine"})
            QVERIFY2(text.contains(QLatin1String(part)), part);
        QTest::qWait(50);
        QCOMPARE(guide.text()->verticalScrollBar()->value(), 0); // read from the top
        const QRect screen = guide.screen()->availableGeometry();
        QVERIFY(guide.width() <= screen.width() && guide.height() <= screen.height());
    }

    void theFirstStartCardLeadsToTheGuideAndStaysAwayOnceDismissed()
    {
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *card = window.findChild<FirstStartCard *>();
            QVERIFY(card && card->isVisible());
            QTest::mouseClick(card->guideButton(), Qt::LeftButton);
            auto *guide = window.findChild<TimelineGuide *>();
            QVERIFY(guide && guide->isVisible());
            // Help ▸ How to read the timeline raises the same guide, never a second one.
            QAction *help = helpAction(window, QStringLiteral("How to read the timeline"));
            QVERIFY(help);
            help->trigger();
            QCOMPARE(window.findChildren<TimelineGuide *>().size(), qsizetype(1));
            guide->close();

            QTest::mouseClick(card->dismissButton(), Qt::LeftButton);
            QVERIFY(!card->isVisible());
        }
        MainWindow again;
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        const auto *card = again.findChild<FirstStartCard *>();
        QVERIFY(!card || !card->isVisible());
        QVERIFY(helpAction(again, QStringLiteral("How to read the timeline"))); // still there
    }

private:
    QTemporaryDir m_config;
};

QTEST_MAIN(TstTimelineGuide)
#include "tst_timelineguide.moc"
