// View ▸ Presentation Mode through the window, offscreen and without Python: F11 leaves the
// lesson, the program and the timeline only, full screen and in large text, keeps the other
// panels away while it lasts (a pause would reveal the loop machine), remembers its own text
// size, and F11 or Esc puts back exactly the layout, size and zoom the window had.
#include "docklayout.h"
#include "lessonview.h"
#include "mainwindow.h"
#include "presentationmode.h"
#include "timelineview.h"
#include "uizoom.h"

#include "isolatedsettings.h"

#include <QApplication>
#include <QDockWidget>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace Ui;

namespace {

// Every dock's visibility and geometry, and the toolbars' and the status bar's visibility.
QStringList layoutOf(MainWindow &window)
{
    QStringList out;
    for (QDockWidget *d : window.findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly)) {
        const QRect r = d->geometry();
        out << QStringLiteral("%1 %2 %3,%4 %5x%6")
                        .arg(d->objectName())
                        .arg(d->isVisible() ? "shown" : "hidden")
                        .arg(r.x())
                        .arg(r.y())
                        .arg(r.width())
                        .arg(r.height());
    }
    for (QToolBar *bar : window.findChildren<QToolBar *>(Qt::FindDirectChildrenOnly))
        out << bar->objectName() + (bar->isVisible() ? QStringLiteral(" shown") : QStringLiteral(" hidden"));
    out << QStringLiteral("status bar ") + (window.statusBar()->isVisible() ? "shown" : "hidden");
    out.sort();
    return out;
}

QStringList visibility(const QStringList &layout)
{
    QStringList out;
    for (const QString &line : layout)
        out << line.section(QLatin1Char(' '), 0, 1);
    return out;
}

QStringList visibility(MainWindow &window)
{
    return visibility(layoutOf(window));
}

// Same docks shown, each within `slack` pixels of where it was and of its size.
bool sameLayout(const QStringList &now, const QStringList &was, int slack)
{
    if (visibility(now) != visibility(was))
        return false;
    static const QRegularExpression rect(QStringLiteral("(-?\\d+),(-?\\d+) (\\d+)x(\\d+)$"));
    for (int i = 0; i < now.size(); ++i) {
        const auto a = rect.match(now[i]), b = rect.match(was[i]);
        if (a.hasMatch() != b.hasMatch())
            return false;
        for (int n = 1; a.hasMatch() && n <= 4; ++n)
            if (std::abs(a.captured(n).toInt() - b.captured(n).toInt()) > slack)
                return false;
    }
    return true;
}

} // namespace

class TstPresentationMode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        isolateSettings(m_config.path(), QStringLiteral("tst_presentationmode"));
    }

    void init() { QSettings().clear(); }

    void showsOnlyTheThreePartsAndLeavingRestoresTheLayout_data()
    {
        QTest::addColumn<QString>("leaveKey");
        QTest::newRow("F11") << QStringLiteral("F11");
        QTest::newRow("Esc") << QStringLiteral("Esc");
    }

    void showsOnlyTheThreePartsAndLeavingRestoresTheLayout()
    {
        QFETCH(QString, leaveKey);
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.size(), QSize(1400, 900));
        QTest::qWait(150); // the docks get their widths on the first show
        const QStringList before = layoutOf(window);
        const QRect geometry = window.geometry();
        const double font = QApplication::font().pointSizeF();

        QTest::keyClick(&window, Qt::Key_F11);
        QVERIFY(window.presentation()->isActive());
        QVERIFY(window.presentation()->action()->isChecked());
        QVERIFY(window.windowState() & Qt::WindowFullScreen);
        QTest::qWait(150);
        for (QDockWidget *d : window.findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly)) {
            const bool wanted = d == window.docks()->dock(DockLayout::Slot::Lesson)
                    || d == window.docks()->dock(DockLayout::Slot::Program);
            QVERIFY2(d->isVisible() == wanted, qPrintable(d->objectName()));
        }
        QVERIFY(window.timeline()->isVisible());
        QVERIFY(window.lessonView()->isVisible());
        QVERIFY(!window.runToolBar()->isVisible());
        QVERIFY(!window.statusBar()->isVisible());
        QVERIFY(window.menuBar()->isVisible()); // the way back, and every command
        // Large text, by the presenting size (150 % at first).
        QCOMPARE(window.uiZoom()->percent(), PresentationMode::kDefaultPercent);
        QVERIFY(std::abs(QApplication::font().pointSizeF() - font * 1.5) < 0.01);
        // The lesson's column is wide enough to read from the back of the room.
        QVERIFY(window.docks()->dock(DockLayout::Slot::Lesson)->width() >= window.width() / 3);

        // A pause reveals the loop machine, a selection the inspector: not while presenting.
        window.docks()->reveal(DockLayout::Slot::LoopMachine);
        window.docks()->setHasContent(DockLayout::Slot::Inspector, true);
        QVERIFY(!window.docks()->dock(DockLayout::Slot::LoopMachine)->isVisible());
        QVERIFY(!window.docks()->dock(DockLayout::Slot::Inspector)->isVisible());

        // Its own text size, remembered apart from the window's.
        QTest::keyClick(&window, Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(window.uiZoom()->percent(), 175);
        QCOMPARE(QSettings().value(QStringLiteral("presentationZoom")).toInt(), 175);

        QTest::keyClick(&window, leaveKey == QLatin1String("Esc") ? Qt::Key_Escape : Qt::Key_F11);
        QVERIFY(!window.presentation()->isActive());
        QVERIFY(!(window.windowState() & Qt::WindowFullScreen));
        QCOMPARE(window.uiZoom()->percent(), 100);
        QCOMPARE(QApplication::font().pointSizeF(), font);
        QTRY_COMPARE(window.geometry(), geometry);
        QTRY_COMPARE(visibility(window), visibility(before));
        // Every dock where it was and as big, within a scroll bar's width: Qt keeps a dock's
        // minimum a little above what it was after its title and content were laid out in
        // the large text (the loop machine came back 16 px wider, its neighbour narrower).
        QTRY_VERIFY2(sameLayout(layoutOf(window), before, 32),
                     qPrintable(layoutOf(window).join(QLatin1Char('\n'))
                                + QStringLiteral("\n--- was ---\n")
                                + before.join(QLatin1Char('\n'))));
        QCOMPARE(QSettings().value(QStringLiteral("uiZoom"), 100).toInt(), 100);

        // Esc is the timeline's again (its cursor and selection), not a way into presenting.
        QTest::keyClick(&window, Qt::Key_Escape);
        QVERIFY(!window.presentation()->isActive());

        // The next time it opens at the size it was left at.
        QTest::keyClick(&window, Qt::Key_F11);
        QCOMPARE(window.uiZoom()->percent(), 175);
        window.presentation()->setActive(false);
    }

    // Closing while presenting keeps the layout presenting would go back to, not its own.
    void closingWhilePresentingKeepsTheNormalLayout()
    {
        QByteArray normalState;
        {
            MainWindow window;
            window.resize(1400, 900);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTest::qWait(150);
            window.presentation()->setActive(true);
            QTest::qWait(50);
            window.close();
        }
        MainWindow again;
        again.resize(1400, 900);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(!again.presentation()->isActive());
        QCOMPARE(again.uiZoom()->percent(), 100);
        QTest::qWait(150);
        QVERIFY(again.docks()->dock(DockLayout::Slot::LoopMachine)->isVisible());
        QVERIFY(again.runToolBar()->isVisible());
        QVERIFY(again.statusBar()->isVisible());
    }

private:
    QTemporaryDir m_config;
};

QTEST_MAIN(TstPresentationMode)
#include "tst_presentationmode.moc"
