// The loop machine's layout: chips flow left to right and wrap, a place with too many ends in
// "+N more", and nothing is ever wider than the view, at any width a dock can have.
#include "loopmachinelayout.h"
#include "loopmachinescene.h"
#include "schedulerfixture.h"

#include <QApplication>
#include <QTest>

using namespace Ui;

namespace
{

LoopMachineScene sceneWithReady(int count, const QString &name = QStringLiteral("Task-%1 w"))
{
    LoopMachineScene scene;
    scene.headline = QStringLiteral("At 1.000000 s");
    scene.stageTitle = QStringLiteral("Running now");
    scene.stageEmpty = QStringLiteral("Nothing runs: the loop waits in select()");
    LoopBox box;
    box.title = QStringLiteral("Ready queue");
    box.ordered = true;
    box.maxRows = 3;
    LoopGroup group;
    for (int i = 0; i < count; ++i)
        group.chips.push_back(
            { name.arg(i + 2), {}, ChipKind::Ready, Core::WaitKind::Other, Core::Id(i + 2) });
    box.groups.push_back(group);
    scene.boxes.push_back(box);
    return scene;
}

// Every placed rectangle lies within [0, width].
void verifyInside(const LoopMachineGeometry &g, double width, const char *what)
{
    auto inside = [&](const QRectF &r) {
        return r.isNull() || (r.left() >= -0.01 && r.right() <= width + 0.01);
    };
    QVERIFY2(inside(g.headline) && inside(g.stageFrame) && inside(g.why), what);
    for (const PlacedChip &c : g.stage)
        QVERIFY2(inside(c.rect), what);
    for (const PlacedBox &b : g.boxes) {
        QVERIFY2(inside(b.frame) && inside(b.title) && inside(b.note), what);
        for (const PlacedGroup &group : b.groups)
            for (const PlacedChip &c : group.chips)
                QVERIFY2(inside(c.rect) && c.rect.right() <= b.frame.right(), what);
    }
}

} // namespace

class tst_LoopMachineLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void flowChips_data();
    void flowChips();
    void nothingWiderThanTheView_data();
    void nothingWiderThanTheView();
    void chipsOfAPlaceNeverOverlap();
    void aThousandTasksEndInMore();
    void longNameIsElidedToTheRow();
    void textWrapsInsteadOfBeingCut();
};

void tst_LoopMachineLayout::flowChips_data()
{
    QTest::addColumn<QList<double>>("widths");
    QTest::addColumn<double>("available");
    QTest::addColumn<double>("gap");
    QTest::addColumn<int>("maxRows");
    QTest::addColumn<double>("moreWidth");
    QTest::addColumn<int>("shown");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("moreRow");
    QTest::addColumn<double>("moreX");
    QTest::addColumn<QList<double>>("xs");

    QTest::newRow("nothing") << QList<double> {} << 100.0 << 5.0 << 3 << 30.0 << 0 << 0 << -1 << 0.0
                             << QList<double> {};
    QTest::newRow("one row") << QList<double> { 30, 30, 30 } << 100.0 << 5.0 << 3 << 30.0 << 3 << 1
                             << -1 << 0.0 << QList<double> { 0, 35, 70 };
    QTest::newRow("wraps") << QList<double> { 60, 60, 60 } << 100.0 << 5.0 << 3 << 30.0 << 3 << 3
                           << -1 << 0.0 << QList<double> { 0, 0, 0 };
    QTest::newRow("too wide is clamped") << QList<double> { 150 } << 100.0 << 5.0 << 3 << 30.0 << 1
                                         << 1 << -1 << 0.0 << QList<double> { 0 };
    QTest::newRow("more after the last that fits")
        << QList<double> { 40, 40, 40, 40, 40, 40 } << 100.0 << 5.0 << 2 << 30.0 << 3 << 2 << 1
        << 45.0 << QList<double> { 0, 45, 0 };
    QTest::newRow("more on a row of its own") << QList<double> { 95, 95, 95 } << 100.0 << 5.0 << 2
                                              << 30.0 << 1 << 2 << 1 << 0.0 << QList<double> { 0 };
    QTest::newRow("one row only") << QList<double> { 50, 50, 50 } << 100.0 << 0.0 << 1 << 20.0 << 1
                                  << 1 << 0 << 50.0 << QList<double> { 0 };
    QTest::newRow("exactly full") << QList<double> { 50, 50 } << 100.0 << 0.0 << 1 << 20.0 << 2 << 1
                                  << -1 << 0.0 << QList<double> { 0, 50 };
}

void tst_LoopMachineLayout::flowChips()
{
    QFETCH(QList<double>, widths);
    QFETCH(double, available);
    QFETCH(double, gap);
    QFETCH(int, maxRows);
    QFETCH(double, moreWidth);
    const ChipFlow f = Ui::flowChips(
        std::vector<double>(widths.begin(), widths.end()), available, gap, maxRows, moreWidth);
    QTEST(f.shown, "shown");
    QTEST(f.rows, "rows");
    QTEST(f.moreRow, "moreRow");
    if (f.moreRow >= 0)
        QTEST(f.moreX, "moreX");
    QTEST(QList<double>(f.x.begin(), f.x.end()), "xs");
    for (int i = 0; i < f.shown; ++i)
        QVERIFY(f.x[i] + f.width[i] <= available + 1e-9);
    QVERIFY(f.rows <= maxRows);
}

void tst_LoopMachineLayout::nothingWiderThanTheView_data()
{
    QTest::addColumn<double>("width");
    QTest::addColumn<Core::TimeNs>("t");
    for (double w : { 180.0, 260.0, 420.0, 900.0 })
        for (Core::TimeNs t :
            { Core::Test::us(35), Core::Test::us(500), Core::Test::us(1025), Core::Test::us(2600) })
            QTest::addRow("%d px at %llu ns", int(w), (unsigned long long)t) << w << t;
}

void tst_LoopMachineLayout::nothingWiderThanTheView()
{
    QFETCH(double, width);
    QFETCH(Core::TimeNs, t);
    const Core::TraceModel &model = Core::Test::schedulerModel();
    const LoopMachineScene scene = sceneFromState(model, Core::reconstructAt(model, t));
    const LoopMachineGeometry g
        = layoutLoopMachine(scene, width, LoopMachineFonts::from(QApplication::font()));
    verifyInside(g, width, "placed outside the view");
    QVERIFY(g.height > 0);
}

void tst_LoopMachineLayout::chipsOfAPlaceNeverOverlap()
{
    const LoopMachineGeometry g
        = layoutLoopMachine(sceneWithReady(40), 400, LoopMachineFonts::from(QApplication::font()));
    const auto &chips = g.boxes[0].groups[0].chips;
    for (std::size_t i = 0; i < chips.size(); ++i)
        for (std::size_t j = i + 1; j < chips.size(); ++j)
            QVERIFY(!chips[i].rect.intersects(chips[j].rect));
}

void tst_LoopMachineLayout::aThousandTasksEndInMore()
{
    const LoopMachineFonts fonts = LoopMachineFonts::from(QApplication::font());
    const LoopMachineGeometry g = layoutLoopMachine(sceneWithReady(1000), 420, fonts);
    const PlacedGroup &group = g.boxes[0].groups[0];
    QVERIFY(group.hidden > 900);
    QCOMPARE(group.chips.back().chip, -1);
    QCOMPARE(group.chips.back().text, moreText(group.hidden));
    QCOMPARE(int(group.chips.size()) - 1 + group.hidden, 1000);
    // Three rows of chips at most: the machine stays the size of a few places, not a list.
    const LoopMachineGeometry few = layoutLoopMachine(sceneWithReady(3), 420, fonts);
    QVERIFY(g.height < few.height + 3 * (QFontMetricsF(fonts.text).height() + 20));
}

void tst_LoopMachineLayout::longNameIsElidedToTheRow()
{
    const LoopMachineFonts fonts = LoopMachineFonts::from(QApplication::font());
    const QString longName = QStringLiteral("Task-%1 ") + QString(200, QLatin1Char('x'));
    const LoopMachineGeometry g = layoutLoopMachine(sceneWithReady(1, longName), 300, fonts);
    const PlacedChip &chip = g.boxes[0].groups[0].chips.front();
    QVERIFY(chip.rect.right() <= 300);
    QVERIFY(chip.text.size() < longName.size());
    QVERIFY(chip.text.endsWith(QChar(0x2026))); // …
}

void tst_LoopMachineLayout::textWrapsInsteadOfBeingCut()
{
    LoopMachineScene scene = sceneWithReady(0);
    scene.why = QStringLiteral("Task-3 worker is next: woken by the lock's release in Task-2 "
                               "worker; it was first in the ready queue, ahead of Task-4 worker");
    const LoopMachineFonts fonts = LoopMachineFonts::from(QApplication::font());
    const LoopMachineGeometry narrow = layoutLoopMachine(scene, 220, fonts);
    const LoopMachineGeometry wide = layoutLoopMachine(scene, 1400, fonts);
    const double line = QFontMetricsF(fonts.text).height();
    QVERIFY(narrow.why.height() >= 3 * line); // several lines, whole
    QVERIFY(wide.why.height() < 2 * line);
    QVERIFY(narrow.why.right() <= 220);
}

QTEST_MAIN(tst_LoopMachineLayout)
#include "tst_loopmachinelayout.moc"
