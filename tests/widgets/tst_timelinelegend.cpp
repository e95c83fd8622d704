// The key under the timeline: whole at any window width (it wraps, never cuts an entry off),
// and every entry explains itself in a tooltip; a lane's label says which call it is.
#include "apptheme.h"
#include "timelinelegend.h"
#include "timelinepainter.h"
#include "timelinepalette.h"
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

    void everyStateStaysApartInGreyScale_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void everyStateStaysApartInGreyScale()
    {
        // Colour is never the only cue. Printed in grey, or seen without colour vision, each
        // state in the key must still differ from every other by its pattern or shape, and
        // where two share a shape (a running step and a thread's job, the thin waits) by a name
        // that still reads.
        QFETCH(bool, dark);
        const TimelinePalette base = dark ? TimelinePalette::darkPalette() : TimelinePalette::light();
        auto greyed = [&](bool oneGrey) {
            TimelinePalette p = base;
            auto grey = [oneGrey](QColor &c) {
                const int g = oneGrey ? 140 : qGray(c.rgb());
                c = QColor(g, g, g, c.alpha());
            };
            for (QColor *c : {&p.background, &p.alternateRow, &p.labelBackground, &p.text,
                              &p.mutedText, &p.grid, &p.rulerBackground})
                *c = QColor(qGray(c->rgb()), qGray(c->rgb()), qGray(c->rgb()));
            for (QColor *c : {&p.running, &p.ready, &p.loopBusy, &p.loopIdle, &p.job, &p.done,
                              &p.cancelled, &p.failed, &p.blocked, &p.wakeArrow, &p.printMarker,
                              &p.errorMarker, &p.selection, &p.cursor, &p.merged})
                grey(*c);
            for (QColor &c : p.wait)
                grey(c);
            return p;
        };
        TimelineLegend legend;
        const int width = legend.sizeHint().width() + 20; // one line
        legend.resize(width, legend.heightForWidth(width));
        const auto rects = legend.entryRects(width);
        const QStringList names = legend.entryNames();
        QCOMPARE(int(rects.size()), names.size());
        auto render = [&](const TimelinePalette &p) {
            legend.setTimelinePalette(p);
            QImage image(legend.size(), QImage::Format_RGB32);
            legend.render(&image);
            return image;
        };
        // Every state in one and the same grey: what is left to tell them apart is the pattern.
        const QImage flat = render(greyed(true));
        std::vector<QImage> swatches;
        for (const QRect &r : rects)
            swatches.push_back(flat.copy(TimelineLegend::swatchRect(r)));
        // Each colour turned into its own grey, as in a grey-scale print: the names must read.
        const QImage print = render(greyed(false));
        const QRgb background = print.pixel(rects.front().right() + 4, rects.front().top() + 1);
        auto legible = [&](int i) {
            const QRect r = rects[std::size_t(i)];
            const QRect label(TimelineLegend::swatchRect(r).right() + 4, r.top(),
                              r.right() - TimelineLegend::swatchRect(r).right() - 4, r.height());
            int ink = 0;
            for (int y = label.top(); y <= label.bottom(); ++y)
                for (int x = label.left(); x <= label.right(); ++x)
                    ink += std::abs(qGray(print.pixel(x, y)) - qGray(background)) > 90;
            return ink > 20; // a few strokes of text with contrast, not anti-aliasing dust
        };
        QStringList sharedShapes;
        for (int i = 0; i < names.size(); ++i) {
            QVERIFY2(legible(i), qPrintable(names[i]));
            for (int j = i + 1; j < names.size(); ++j) {
                if (swatches[std::size_t(i)] != swatches[std::size_t(j)])
                    continue; // told apart by pattern or shape
                // The same shape: only the name tells them apart, so it must differ.
                QVERIFY2(names[i] != names[j], qPrintable(names[i]));
                sharedShapes << names[i] + QLatin1Char('/') + names[j];
            }
        }
        // The states a learner must tell apart at a glance differ by pattern, not by colour:
        // running (solid) and ready (hatched); a sleep, a lock (cross-hatched), a queue
        // (striped) and I/O (dotted); done (a disc) and failed (a diamond).
        auto apart = [&](const char *a, const char *b) {
            const int i = int(names.indexOf(QString::fromUtf8(a))),
                      j = int(names.indexOf(QString::fromUtf8(b)));
            return i >= 0 && j >= 0 && swatches[std::size_t(i)] != swatches[std::size_t(j)];
        };
        for (auto [a, b] : {std::pair{"running", "ready"}, {"ready", "sleep"}, {"sleep", "lock"},
                            {"sleep", "queue"}, {"sleep", "I/O"}, {"lock", "queue"},
                            {"lock", "I/O"}, {"queue", "I/O"}, {"done", "failed"},
                            {"running", "sleep"}, {"ready", "thread"}})
            QVERIFY2(apart(a, b), qPrintable(QStringLiteral("%1 and %2 differ only by colour")
                                                     .arg(QLatin1String(a), QLatin1String(b))));
        // Only these share a shape in the key, and the lanes label them (a wait's detail above
        // its bar, a job's function on its thread's lane).
        const QStringList allowed = {QStringLiteral("running/thread"), QStringLiteral("sleep/task"),
                                     QStringLiteral("sleep/select()"), QStringLiteral("task/select()")};
        for (const QString &pair : sharedShapes)
            QVERIFY2(allowed.contains(pair), qPrintable(pair + QStringLiteral(" share a shape")));
    }
};

QTEST_MAIN(TstTimelineLegend)
#include "tst_timelinelegend.moc"
