// The window as a learner first sees it, offscreen at 1280x800, 1400x900 and 1920x1080 in the
// light and dark themes: everything fits in the window (nothing pushed past its edge), every
// lesson card's buttons lie inside the visible card, no horizontal scroll bar on the lesson
// text, the cards or the editor, the course outline at least its usable width, one editor, and
// the dark theme reaching that editor.
#include "catalog.h"
#include "codeeditor.h"
#include "docklayout.h"
#include "exercisepanel.h"
#include "lessonview.h"
#include "nextpickcard.h"
#include "predictcard.h"
#include "mainwindow.h"

#include "isolatedsettings.h"
#include "screensizes.h"

#include <QDockWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Ui;

namespace {

QRect inWindow(const QWidget *w)
{
    return QRect(w->mapTo(w->window(), QPoint(0, 0)), w->size());
}

// Is the widget's whole rectangle inside the part of `area` the learner can see?
bool fullyVisible(const QWidget *w, const QWidget *area)
{
    return inWindow(area).contains(inWindow(w));
}

} // namespace

class TstWindowLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        isolateSettings(m_config.path(), QStringLiteral("tst_windowlayout"));
    }

    void firstLook_data()
    {
        addScreenRows();
    }

    void firstLook()
    {
        QFETCH(QSize, size);
        QFETCH(bool, dark);
        QSettings().clear();
        MainWindow window;
        window.setTheme(dark ? MainWindow::Theme::Dark : MainWindow::Theme::Light);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.size(), size);
        QTest::qWait(100); // cards measure their wrapped text on the next turn

        // Nothing is laid out past the window's edge: the status bar is in sight.
        QVERIFY2(window.minimumSizeHint().height() <= size.height(),
                 qPrintable(QStringLiteral("needs %1 px").arg(window.minimumSizeHint().height())));
        QVERIFY(fullyVisible(window.statusBar(), &window));
        // ... nor past its right edge: every dock ends inside the window (at 1280x800 the loop
        // machine was cut off when the docks' minimum widths added up to more than the window).
        QString widths;
        for (QDockWidget *d : window.findChildren<QDockWidget *>())
            if (d->isVisible())
                widths += QStringLiteral(" %1:%2/%3").arg(d->objectName()).arg(d->width())
                                  .arg(d->minimumSizeHint().width());
        widths += QStringLiteral(" central:%1/%2").arg(window.centralWidget()->width())
                          .arg(window.centralWidget()->minimumSizeHint().width());
        QVERIFY2(window.minimumSizeHint().width() <= size.width(),
                 qPrintable(QStringLiteral("needs %1 px:").arg(window.minimumSizeHint().width()) + widths));
        for (QDockWidget *d : window.findChildren<QDockWidget *>())
            if (d->isVisible() && !d->isFloating())
                QVERIFY2(inWindow(d).right() < size.width(), qPrintable(d->objectName() + widths));

        // The lesson the window opens on reads from its first line, not from mid-paragraph.
        QCOMPARE(window.lessonView()->textView()->verticalScrollBar()->value(), 0);

        // Before any run the loop machine is a narrow column that says how to fill it; the
        // lesson has the width it leaves.
        QDockWidget *machine = window.docks()->dock(DockLayout::Slot::LoopMachine);
        QVERIFY(machine->isVisible());
        QVERIFY2(machine->width() <= DockLayout::minimumWidth(DockLayout::Slot::LoopMachine) + 16,
                 qPrintable(QStringLiteral("empty loop machine %1 px").arg(machine->width())));
        QDockWidget *lessonDock = window.docks()->dock(DockLayout::Slot::Lesson);
        QVERIFY2(lessonDock->width() >= machine->width(),
                 qPrintable(QStringLiteral("lesson %1 px").arg(lessonDock->width())));

        // Every step of the first lessons: the cards' buttons are inside the visible card,
        // nothing scrolls sideways.
        LessonView *lesson = window.lessonView();
        auto *scroll = lesson->findChild<QScrollArea *>();
        QVERIFY(scroll);
        // The first lessons, and the two whose steps ask what runs next (a card of its own).
        QList<const Lessons::Lesson *> lessons = window.catalog().lessons().mid(0, 5);
        for (const char *id : {"event-loop/callbacks", "tasks/cooperative-yielding"})
            if (const Lessons::Lesson *l = window.catalog().lesson(QString::fromLatin1(id)))
                lessons << l;
        QCOMPARE(lessons.size(), 7);
        for (const Lessons::Lesson *l : std::as_const(lessons)) {
            for (int s = 0; s < l->steps.size(); ++s) {
                QVERIFY(lesson->showStep(l->id, s));
                QTest::qWait(30);
                const QString where = QStringLiteral("%1 step %2").arg(l->id).arg(s + 1);
                const bool extras = !l->steps[s].examples.isEmpty()
                        || (s + 1 == l->steps.size() && !l->quiz.isEmpty());
                const auto *split = lesson->findChild<QSplitter *>(QStringLiteral("lessonSplitter"));
                QVERIFY2(extras || lesson->textView()->height() >= split->height() - 2,
                         qPrintable(where + QStringLiteral(": an empty band under the text")));
                // The prose keeps over half the column; the cards scroll, their first button
                // in sight. A step waiting for a prediction shows a short note instead: it is
                // read whole, and the cards (the question) have the rest.
                if (lesson->isPredictFirst())
                    QVERIFY2(lesson->textView()->verticalScrollBar()->maximum() == 0,
                             qPrintable(where + QStringLiteral(": the predict-first note is cut off")));
                else
                    QVERIFY2(lesson->textView()->height() * 100 >= split->height() * 54,
                             qPrintable(where + QStringLiteral(": the text is squeezed")));
                // A paragraph is read without scrolling inside a slot: at 1280x800 too the
                // prose has a dozen lines (it had nine beside a card).
                const int lines = lesson->textView()->height()
                        / lesson->textView()->fontMetrics().lineSpacing();
                QVERIFY2(lesson->isPredictFirst() || lines >= 12,
                         qPrintable(where + QStringLiteral(": the text has %1 lines").arg(lines)));
                // A step waiting for a prediction opens on its question (it was below the fold
                // at 1400x900), with its Run and compare button in sight when the card fits.
                const QWidget *card = lesson->predictCards().isEmpty() ? nullptr
                                                                       : lesson->predictCards().first();
                if (!lesson->nextPickCards().isEmpty()
                    && (!card || lesson->nextPickCards().first()->y() < card->y()))
                    card = lesson->nextPickCards().first();
                if (lesson->isPredictFirst() && card) {
                    const QRect view = inWindow(scroll->viewport());
                    QTRY_VERIFY2(inWindow(card).top() >= view.top()
                                         && (inWindow(card).top() < view.top() + 8
                                             || scroll->verticalScrollBar()->value()
                                                        == scroll->verticalScrollBar()->maximum()),
                                 qPrintable(where + QStringLiteral(": the question is not on top")));
                    if (card->height() <= view.height() && !lesson->predictCards().isEmpty()
                        && card == lesson->predictCards().first())
                        QVERIFY2(fullyVisible(lesson->predictCards().first()->compareButton(),
                                              scroll->viewport()),
                                 qPrintable(where + QStringLiteral(": the prediction's Run and "
                                                                   "compare is out of sight")));
                } else if (const auto buttons = scroll->widget()->findChildren<QPushButton *>();
                         !buttons.isEmpty())
                    QVERIFY2(fullyVisible(buttons.first(), scroll->viewport()),
                             qPrintable(where + QStringLiteral(": the first card's button is "
                                                               "out of sight")));
                QVERIFY2(lesson->textView()->verticalScrollBar()->value() == 0,
                         qPrintable(where + QStringLiteral(": opens mid-text")));
                QVERIFY2(!lesson->textView()->horizontalScrollBar()->isVisible(),
                         qPrintable(where + QStringLiteral(": the lesson text scrolls sideways")));
                QVERIFY2(scroll->horizontalScrollBar()->maximum() == 0,
                         qPrintable(where + QStringLiteral(": the cards scroll sideways")));
                for (QPushButton *b : scroll->widget()->findChildren<QPushButton *>()) {
                    if (b->isHidden())
                        continue;
                    QVERIFY2(
                            inWindow(scroll->viewport()).left() <= inWindow(b).left()
                                    && inWindow(b).right() <= inWindow(scroll->viewport()).right(),
                            qPrintable(where + QStringLiteral(": “%1” is cut off").arg(b->text())));
                }
                QVERIFY2(!window.editor()->horizontalScrollBar()->isVisible(),
                         qPrintable(where + QStringLiteral(": the editor scrolls sideways")));
            }
        }

        // A run reaches the loop machine: it takes its share of the width once.
        window.docks()->setHasContent(DockLayout::Slot::LoopMachine, true);
        QTRY_VERIFY2(machine->width()
                             >= DockLayout::loopMachineWidth(size.width(), true) - 16,
                     qPrintable(QStringLiteral("loop machine after a run %1 px").arg(machine->width())));

        // One editor, in the dark theme too.
        QCOMPARE(window.findChildren<CodeEditor *>().size(), 1);
        QVERIFY(window.openExercise(QStringLiteral("gather-basics")));
        QCOMPARE(window.exercisePanel()->editor(), window.editor());
        QCOMPARE(window.findChildren<CodeEditor *>().size(), 1);
        // What the learner sees: the editor's background, right of the text.
        const QImage shot = window.editor()->grab().toImage();
        const QColor paper = shot.pixelColor(shot.width() - 30, shot.height() / 2);
        QVERIFY2(dark == (paper.lightness() < 100), qPrintable(paper.name()));

        // The course outline, a tab behind the lesson, is as wide as the lesson when raised.
        QDockWidget *outline = window.docks()->dock(DockLayout::Slot::Course);
        outline->raise();
        QTRY_VERIFY(outline->isVisible() && !outline->visibleRegion().isEmpty());
        QVERIFY2(outline->width() >= DockLayout::minimumWidth(DockLayout::Slot::Course),
                 qPrintable(QString::number(outline->width())));
    }

private:
    QTemporaryDir m_config;
};

QTEST_MAIN(TstWindowLayout)
#include "tst_windowlayout.moc"
