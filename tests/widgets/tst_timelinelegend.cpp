// The key under the timeline: whole at any window width (it wraps, never cuts an entry off),
// and every entry explains itself in a tooltip; a lane's label says which call it is.
#include "apptheme.h"
#include "timelinelegend.h"
#include "timelinepainter.h"
#include "timelineview.h"

#include <QApplication>
#include <QStyle>
#include <QToolButton>

#include <QTest>
#include <QVBoxLayout>

using namespace Ui;

class TstTimelineLegend : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theAxisSwitchShowsWhichIsOn_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void theAxisSwitchShowsWhichIsOn()
    {
        // Time / Steps above the ruler: the one that is on must stand out in either theme
        // (the style's own checked look all but vanished on the dark palette).
        QFETCH(bool, dark);
        const QPalette before = QApplication::palette();
        QApplication::setPalette(dark ? AppTheme::darkPalette()
                                      : QApplication::style()->standardPalette());
        TimelineView view;
        view.resize(900, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const auto buttons = view.headerBar()->findChildren<QToolButton *>();
        QToolButton *time = buttons.at(0), *steps = buttons.at(1);
        QCOMPARE(time->text(), QStringLiteral("Time"));
        QVERIFY(time->isChecked() && !steps->isChecked());
        auto luminance = [](QWidget *w) {
            const QImage image = w->grab().toImage();
            double sum = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    sum += qGray(image.pixel(x, y));
            return sum / (image.width() * image.height());
        };
        const double on = luminance(time), off = luminance(steps);
        QApplication::setPalette(before);
        QVERIFY2(std::abs(on - off) > 30,
                 qPrintable(QStringLiteral("on %1, off %2").arg(on).arg(off)));
    }

    void laneLabelSaysWhichCallWhenShort_data()
    {
        // 7 px a character: "Task-2 download('a.zip')" is 24 characters, 168 px.
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("call");
        QTest::addColumn<double>("room");
        QTest::addColumn<QString>("shown");
        const QString name = QStringLiteral("Task-2 download('a.zip')");
        const QString call = QStringLiteral("download('a.zip')");
        QTest::newRow("fits") << name << call << 200.0 << name;
        QTest::newRow("just fits") << name << call << 168.0 << name;
        QTest::newRow("short: the call, not Task-2 downl…") << name << call << 150.0 << call;
        QTest::newRow("shorter still: the call, elided by the painter") << name << call << 40.0
                                                                        << call;
        QTest::newRow("no call recorded") << QStringLiteral("Task-2 download") << QString()
                                          << 50.0 << QStringLiteral("Task-2 download");
        QTest::newRow("a name of its own") << QStringLiteral("fetcher") << call << 50.0
                                           << QStringLiteral("fetcher");
    }
    void laneLabelSaysWhichCallWhenShort()
    {
        QFETCH(QString, name);
        QFETCH(QString, call);
        QFETCH(double, room);
        QFETCH(QString, shown);
        QCOMPARE(laneLabel(name, call, room, [](const QString &t) { return 7.0 * t.size(); }),
                 shown);
    }

    void wrapsInsteadOfCuttingEntriesOff_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("a wide window") << 1900;
        QTest::newRow("the timeline at 1280x800") << 640;
        QTest::newRow("very narrow") << 260;
    }
    void wrapsInsteadOfCuttingEntriesOff()
    {
        QFETCH(int, width);
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *filler = new QWidget(&window);
        filler->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        auto *legend = new TimelineLegend(&window);
        layout->addWidget(filler, 1);
        layout->addWidget(legend);
        window.resize(width, 400);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(legend->width(), width);
        const auto rects = legend->entryRects(legend->width());
        QCOMPARE(int(rects.size()), legend->entryNames().size());
        for (const QRect &r : rects) {
            // Every entry lies wholly inside the legend as laid out in the window.
            QVERIFY2(r.left() >= 0 && r.right() < legend->width() && r.top() >= 0
                             && r.bottom() < legend->height(),
                     qPrintable(QStringLiteral("entry %1,%2 %3x%4 in a %5x%6 legend")
                                        .arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height())
                                        .arg(legend->width()).arg(legend->height())));
        }
        const int oneLine = legend->heightForWidth(4000);
        if (width < legend->sizeHint().width())
            QVERIFY(legend->height() > oneLine); // more than one line, not cut
        else
            QCOMPARE(legend->heightForWidth(width), oneLine);
    }

    void everyEntryExplainsItself()
    {
        TimelineLegend legend;
        const QStringList names = legend.entryNames();
        QVERIFY(names.contains(QStringLiteral("print")));
        QVERIFY(names.contains(QStringLiteral("wakes")));
        QVERIFY(names.contains(QStringLiteral("blocked")));
        for (int i = 0; i < names.size(); ++i)
            QVERIFY2(legend.entryToolTip(i).size() > 20, qPrintable(names[i]));
    }
};

QTEST_MAIN(TstTimelineLegend)
#include "tst_timelinelegend.moc"
