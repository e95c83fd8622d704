// The Parsons card on its own, offscreen: lines move from the pool into the program and back,
// in order and indentation, by buttons a keyboard reaches (the focus follows the line it
// moves); Run and check assembles the program and grades it with a real run, the failed
// checks first, the lesson's explanation for a distractor, a second try, then the answer;
// every graded program goes to the progress store and the review schedule; and it fits the
// lesson column at 1280x800 without cutting anything off.
#include "lesson.h"
#include "parsonscard.h"
#include "progressstore.h"

#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Ui;

namespace {

Lessons::Lesson lesson()
{
    Lessons::ParsonsItem p;
    p.id = QStringLiteral("gather-two");
    p.question = QStringLiteral("Fetch both prices **at the same time** and print the total.");
    p.lines = {"print(\"total:\", sum(prices))", "async def main():",
               "prices = await asyncio.gather(*[fetch_price(n) for n in [\"tea\", \"milk\"]])",
               "time.sleep(1)"};
    p.distractors = {{"time.sleep(1)", "time.sleep holds the loop: nothing else runs."}};
    p.before = {"import asyncio", "import time", "", "async def fetch_price(name):",
                "    await asyncio.sleep(0.2)", "    return len(name)", ""};
    p.answer = {"async def main():",
                "    prices = await asyncio.gather(*[fetch_price(n) for n in [\"tea\", \"milk\"]])",
                "    print(\"total:\", sum(prices))"};
    p.after = {"", "asyncio.run(main())"};
    p.virtualClock = true;
    p.timeoutSeconds = 20;
    Core::CheckSpec out;
    out.kind = Core::CheckSpec::Kind::Output;
    out.name = QStringLiteral("prints the total");
    out.rule = QJsonObject{{"rule", "output"}, {"lines", QJsonArray{"total: 7"}}};
    Core::CheckSpec blocked;
    blocked.name = QStringLiteral("never blocks the loop");
    blocked.rule = QJsonObject{{"rule", "not_blocked"}, {"ms", 300}};
    p.checks = {out, blocked};
    p.wrong = {{{"async def main():", "    time.sleep(1)"}, "time.sleep holds the loop: nothing else runs."}};
    p.explain = QStringLiteral("gather waits for both at once.");
    Lessons::Step step;
    step.title = QStringLiteral("Gather");
    step.parsons << p;
    Lessons::Lesson l;
    l.id = QStringLiteral("m/gather");
    l.steps << step;
    return l;
}

} // namespace

class TstParsonsCard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void buildsTheProgramByKeyboard()
    {
        const Lessons::Lesson l = lesson();
        ParsonsCard card(l, 0, 0, nullptr, nullptr);
        card.show();
        QVERIFY(QTest::qWaitForWindowExposed(&card));
        QCOMPARE(card.pool().size(), 4);
        QVERIFY(!card.checkButton()->isEnabled()); // nothing to run yet
        // Space on a line's +: it joins the program, the focus stays in the pool.
        card.addButton(1)->setFocus();
        QTest::keyClick(card.addButton(1), Qt::Key_Space);
        QCOMPARE(card.program(), QStringList{"async def main():"});
        QTRY_VERIFY(card.addButton(1) && card.addButton(1)->hasFocus());
        QTest::keyClick(card.addButton(1), Qt::Key_Space); // the gather line
        QTest::keyClick(card.addButton(0), Qt::Key_Space); // the print
        QCOMPARE(card.pool(), QStringList{"time.sleep(1)"});
        QVERIFY(card.checkButton()->isEnabled());
        // ▸ indents; the focus stays on it for the next press.
        card.lineButton(1, 3)->setFocus();
        QTest::keyClick(card.lineButton(1, 3), Qt::Key_Space);
        QTRY_VERIFY(card.lineButton(1, 3)->hasFocus());
        QCOMPARE(card.program().at(1).left(8), QStringLiteral("    pric"));
        QCOMPARE(card.program().at(2), QStringLiteral("print(\"total:\", sum(prices))"));
        // ▲ on the last line moves it up and the focus goes with it.
        card.lineButton(2, 0)->setFocus();
        QTest::keyClick(card.lineButton(2, 0), Qt::Key_Space);
        QCOMPARE(card.program().at(1), QStringLiteral("print(\"total:\", sum(prices))"));
        QTRY_VERIFY(card.lineButton(1, 0)->hasFocus());
        QTest::keyClick(card.lineButton(1, 0), Qt::Key_Space); // to the top: focus on its ▼
        QCOMPARE(card.program().at(0), QStringLiteral("print(\"total:\", sum(prices))"));
        QTRY_VERIFY(card.lineButton(0, 1)->hasFocus());
        QVERIFY(!card.lineButton(0, 0)->isEnabled()); // the top line cannot go higher
        QVERIFY(!card.lineButton(0, 2)->isEnabled()); // nor less indented than none
        // ✕ sends it back to the pool, where it was first shown.
        card.lineButton(0, 4)->setFocus();
        QTest::keyClick(card.lineButton(0, 4), Qt::Key_Space);
        QCOMPARE(card.pool(), (QStringList{"print(\"total:\", sum(prices))", "time.sleep(1)"}));
        // A line added now takes the indentation of the line above it.
        card.addLine(0);
        QCOMPARE(card.program(), lesson().steps[0].parsons[0].answer);
        // A mouse click rebuilds the rows under the button that was clicked (it crashed once).
        QTest::mouseClick(card.lineButton(2, 4), Qt::LeftButton);
        QTest::mouseClick(card.addButton(0), Qt::LeftButton);
        QCOMPARE(card.program(), lesson().steps[0].parsons[0].answer);
    }

    void gradesWithARealRunAndAllowsASecondTry()
    {
        QTemporaryDir dir;
        Lessons::ProgressStore progress(dir.filePath(QStringLiteral("progress.json")));
        const Lessons::Lesson l = lesson();
        ParsonsCard card(l, 0, 0, &progress, nullptr);
        QSignalSpy attempted(&card, &ParsonsCard::attempted);
        // A wrong try: a distractor instead of the gather.
        card.addLine(1);           // async def main():
        card.addLine(2);           // time.sleep(1)
        card.indentLine(1, 1);
        card.check();
        QVERIFY(card.isRunning());
        QVERIFY(!card.lineButton(0, 1)->isEnabled()); // nothing moves while it runs
        QTRY_COMPARE_WITH_TIMEOUT(attempted.count(), 1, 60000);
        QVERIFY2(card.verdictText().contains(QStringLiteral("Not yet: time.sleep holds the loop")),
                 qPrintable(card.verdictText()));
        // The failed checks come first, from the real run.
        const QString text = card.verdictText();
        QVERIFY2(text.indexOf(QStringLiteral("✗ prints the total")) < text.indexOf(QStringLiteral("✓")),
                 qPrintable(text));
        QVERIFY(!card.revealButton()->isHidden());
        QCOMPARE(progress.parsonsResult(l.id, 0, 0).tries, 1);
        QVERIFY(!progress.parsonsResult(l.id, 0, 0).passed);
        QCOMPARE(progress.review().due(QDateTime::currentDateTimeUtc().addSecs(3600)).size(), 1);
        // The second try, right.
        card.removeLine(1);
        card.addLine(1); // the gather line (the pool keeps its first order)
        card.indentLine(1, 1);
        card.addLine(0);
        QCOMPARE(card.program(), l.steps[0].parsons[0].answer);
        card.check();
        QTRY_COMPARE_WITH_TIMEOUT(attempted.count(), 2, 60000);
        QVERIFY2(card.verdictText().contains(QStringLiteral("Right")), qPrintable(card.verdictText()));
        QVERIFY(!card.checkButton()->isEnabled());
        QVERIFY(progress.parsonsResult(l.id, 0, 0).passed);
        // Shown again (another visit), it is as it was left.
        ParsonsCard again(l, 0, 0, &progress, nullptr);
        QCOMPARE(again.program(), l.steps[0].parsons[0].answer);
        QVERIFY(again.verdictText().contains(QStringLiteral("right")));
    }

    void revealsAfterTheSecondWrongTry()
    {
        const Lessons::Lesson l = lesson();
        ParsonsCard card(l, 0, 0, nullptr, nullptr);
        card.addLine(1);
        card.revealAnswer();
        QVERIFY(card.verdictText().contains(QStringLiteral("The right program")));
        QVERIFY(card.verdictText().contains(QStringLiteral("gather waits for both at once.")));
        QVERIFY(!card.checkButton()->isEnabled());
        QVERIFY(!card.addButton(0)->isEnabled());
    }

    void fitsTheLessonColumnWithoutCuttingAnythingOff()
    {
        const Lessons::Lesson l = lesson();
        QScrollArea scroll;
        auto *inner = new QWidget;
        auto *layout = new QVBoxLayout(inner);
        auto *card = new ParsonsCard(l, 0, 0, nullptr, inner);
        layout->addWidget(card);
        scroll.setWidget(inner);
        scroll.setWidgetResizable(true);
        scroll.resize(320, 700); // the lesson column's cards at 1280x800
        scroll.show();
        QVERIFY(QTest::qWaitForWindowExposed(&scroll));
        for (int i = 0; i < 3; ++i)
            card->addLine(0);
        card->indentLine(1, 2);
        QVERIFY2(card->minimumSizeHint().width() <= 300,
                 qPrintable(QString::number(card->minimumSizeHint().width())));
        QTRY_VERIFY(!scroll.horizontalScrollBar()->isVisible());
        // Every label shows its whole text: as tall as its wrapped text needs.
        for (QLabel *label : card->findChildren<QLabel *>()) {
            if (!label->isVisible() || !label->wordWrap())
                continue;
            QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                     qPrintable(label->text()));
            QVERIFY2(label->geometry().right() <= card->contentsRect().right(), qPrintable(label->text()));
        }
        for (QToolButton *b : card->findChildren<QToolButton *>())
            QVERIFY(b->geometry().right() <= card->contentsRect().right());
    }
};

QTEST_MAIN(TstParsonsCard)
#include "tst_parsonscard.moc"
