// What a screen reader gets from the painted views, through Qt's accessibility API as an
// assistive technology would read it: the timeline's lanes and the selected span (role, name,
// description, bounds), selection and focus announced; the loop machine's places and chips.
#include "loopmachineview.h"
#include "modelfixtures.h"
#include "paintedaccessible.h"
#include "schedulerstate.h"
#include "timelineview.h"

#include <QAccessible>
#include <QAccessibleInterface>
#include <QTest>

using namespace Ui;

namespace {

std::unique_ptr<Core::TraceModel> threeDownloads()
{
    QFile f(QStringLiteral(LOOPSCOPE_WIDGET_FIXTURES "/three_downloads_calls.lstrace"));
    if (!f.open(QIODevice::ReadOnly))
        return nullptr;
    return Test::decode(f.readAll());
}

// The events the views announce, as a platform bridge would receive them.
struct Announced {
    QAccessible::Event type;
    QString name, description;
    QAccessible::Role role;
};
std::vector<Announced> g_announced;

void recordEvent(QAccessibleEvent *event)
{
    QAccessibleInterface *iface = event->accessibleInterface();
    g_announced.push_back({event->type(), iface ? iface->text(QAccessible::Name) : QString(),
                           iface ? iface->text(QAccessible::Description) : QString(),
                           iface ? iface->role() : QAccessible::NoRole});
}

std::vector<QAccessibleInterface *> childrenWithRole(QAccessibleInterface *iface,
                                                     QAccessible::Role role)
{
    std::vector<QAccessibleInterface *> out;
    for (int i = 0; i < iface->childCount(); ++i)
        if (QAccessibleInterface *c = iface->child(i); c && c->role() == role)
            out.push_back(c);
    return out;
}

// The index of the lane's Running span that starts at or after t.
int runningSpanFrom(const Core::TraceModel &model, int lane, Core::TimeNs t)
{
    for (int i = 0; i < model.spanCount(lane); ++i) {
        const Core::Span &s = model.span(lane, i);
        if (s.start >= t && model.spanType(s.typeId).kind == Core::SpanKind::Running)
            return i;
    }
    return -1;
}

} // namespace

class TstAccessibility : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Offscreen there is no platform bridge to deliver events to: listen where the views
    // announce them.
    void initTestCase() { setAnnouncementListener(recordEvent); }
    void init() { g_announced.clear(); }

    void timelineLanesAreRowsWithNamesAndBounds()
    {
        const auto model = threeDownloads();
        QVERIFY(model);
        TimelineView view;
        view.setModel(model.get());
        view.resize(1000, 420);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&view);
        QVERIFY(iface && iface->isValid());
        QCOMPARE(iface->role(), QAccessible::Chart);
        QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Timeline"));
        QVERIFY2(iface->text(QAccessible::Description).contains(QStringLiteral("steps")),
                 qPrintable(iface->text(QAccessible::Description)));
        const auto lanes = childrenWithRole(iface, QAccessible::Row);
        QStringList names;
        for (QAccessibleInterface *lane : lanes) {
            names << lane->text(QAccessible::Name);
            QCOMPARE(lane->parent(), iface);
            QCOMPARE(iface->indexOfChild(lane), iface->childCount() - int(lanes.size())
                                                         + int(names.size()) - 1);
            QVERIFY(!lane->text(QAccessible::Description).isEmpty());
            QVERIFY(!lane->rect().isEmpty());
        }
        // One row per lane the timeline shows, named as the learner wrote the call.
        QCOMPARE(int(lanes.size()), model->laneCount());
        for (const char *call : {"download('a.zip')", "download('b.zip')", "download('c.zip')"})
            QVERIFY2(names.filter(QString::fromLatin1(call)).size() == 1, qPrintable(names.join('|')));
        // A lane's bounds are its row on screen: inside the view, one above the other.
        const QRect viewRect(view.mapToGlobal(QPoint(0, 0)), view.size());
        QVERIFY(viewRect.contains(lanes.front()->rect()));
        QVERIFY(lanes[1]->rect().top() >= lanes[0]->rect().bottom());
        // The widgets above the ruler stay reachable too (the axis switch, the filter).
        QVERIFY(iface->childCount() > int(lanes.size()));
    }

    void selectedSpanIsReadAndAnnounced()
    {
        const auto model = threeDownloads();
        QVERIFY(model);
        TimelineView view;
        view.setModel(model.get());
        view.resize(1000, 420);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setFocus();
        QTRY_VERIFY(view.hasFocus());
        const int lane = Test::laneOfTask(*model, QStringLiteral("download"));
        QVERIFY(lane >= 0);
        // The step after the sleep: the timer woke it at 1 s.
        const int span = runningSpanFrom(*model, lane, 900000000);
        QVERIFY(span >= 0);
        g_announced.clear();
        view.selectSpan(lane, span);

        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&view);
        QAccessibleInterface *laneIface = nullptr;
        for (QAccessibleInterface *l : childrenWithRole(iface, QAccessible::Row))
            if (l->childCount() == 1)
                laneIface = l;
        QVERIFY(laneIface);
        QCOMPARE(laneIface->text(QAccessible::Name), QStringLiteral("Task-2 download('a.zip')"));
        QVERIFY(laneIface->state().selected);
        QAccessibleInterface *spanIface = laneIface->child(0);
        QVERIFY(spanIface && spanIface->isValid());
        QCOMPARE(spanIface->parent(), laneIface);
        QCOMPARE(laneIface->indexOfChild(spanIface), 0);
        QCOMPARE(spanIface->role(), QAccessible::Cell);
        const QString name = spanIface->text(QAccessible::Name);
        const QString description = spanIface->text(QAccessible::Description);
        QVERIFY2(name.startsWith(QStringLiteral("running at 1.0")), qPrintable(name));
        // The same story as the picture: what the loop ran, what woke it and when.
        QVERIFY2(description.contains(QStringLiteral(
                         "the loop runs Task-2 download('a.zip'), woken by its timer (sleep(1)) at 1.0")),
                 qPrintable(description));
        QVERIFY(spanIface->state().selected && spanIface->state().focused);
        // Its bounds are the bar on screen: inside its lane's row.
        QVERIFY2(laneIface->rect().contains(spanIface->rect()),
                 qPrintable(QStringLiteral("%1 in %2").arg(QVariant(spanIface->rect()).toString(),
                                                           QVariant(laneIface->rect()).toString())));
        QVERIFY(spanIface->rect().width() >= 1);
        QCOMPARE(iface->focusChild(), spanIface);
        const QRect r = spanIface->rect();
        QCOMPARE(iface->childAt(r.center().x(), r.center().y()), spanIface);
        // Selection and focus were announced on the span itself.
        auto announced = [](QAccessible::Event type, const QString &name) {
            return std::any_of(g_announced.begin(), g_announced.end(), [&](const Announced &a) {
                return a.type == type && a.name == name && a.role == QAccessible::Cell;
            });
        };
        QVERIFY(announced(QAccessible::Selection, name));
        QVERIFY(announced(QAccessible::Focus, name));

        // The keyboard moves the selection (Ctrl+Right: the lane's next span): announced too.
        g_announced.clear();
        const QAccessible::Id oldId = QAccessible::uniqueId(spanIface);
        QTest::keyClick(&view, Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(view.selectedSpan(), span + 1);
        QVERIFY(!QAccessible::accessibleInterface(oldId)); // the span no longer selected is gone
        QAccessibleInterface *next = laneIface->child(0);
        QVERIFY(next && next->text(QAccessible::Name) != name);
        QVERIFY(announced(QAccessible::Focus, next->text(QAccessible::Name)));
        QVERIFY2(next->text(QAccessible::Name).startsWith(QStringLiteral("waiting")) ||
                         next->text(QAccessible::Name).startsWith(QStringLiteral("finished")),
                 qPrintable(next->text(QAccessible::Name)));
    }

    void timeCursorIsDescribed()
    {
        const auto model = threeDownloads();
        QVERIFY(model);
        TimelineView view;
        view.setModel(model.get());
        view.resize(1000, 420);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        g_announced.clear();
        view.setTimeCursor(500e6); // half way through the sleeps
        QVERIFY(std::any_of(g_announced.begin(), g_announced.end(), [](const Announced &a) {
            return a.type == QAccessible::DescriptionChanged && a.role == QAccessible::Chart;
        }));
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&view);
        QVERIFY2(iface->text(QAccessible::Description).contains(QStringLiteral("Time cursor at 500 ms: nothing runs")),
                 qPrintable(iface->text(QAccessible::Description)));
        // Each task's lane says what it does at the cursor.
        const int lane = Test::laneOfTask(*model, QStringLiteral("download"));
        for (QAccessibleInterface *l : childrenWithRole(iface, QAccessible::Row))
            if (l->text(QAccessible::Name) == Core::taskTitle(*model, model->lane(lane).id))
                QVERIFY2(l->text(QAccessible::Description).contains(QStringLiteral("sleep")),
                         qPrintable(l->text(QAccessible::Description)));
    }

    void loopMachinePlacesAndChips()
    {
        const auto model = threeDownloads();
        QVERIFY(model);
        LoopMachineView view;
        view.resize(420, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&view);
        QVERIFY(iface);
        QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Loop machine"));
        // Empty: its message says what to do, no places.
        QCOMPARE(iface->text(QAccessible::Description), view.message());
        QVERIFY(childrenWithRole(iface, QAccessible::Grouping).empty());

        g_announced.clear();
        view.showState(*model, Core::reconstructAt(*model, 500000000)); // the three sleep
        QVERIFY(std::any_of(g_announced.begin(), g_announced.end(), [](const Announced &a) {
            return a.type == QAccessible::DescriptionChanged && a.role == QAccessible::Pane;
        }));
        QVERIFY(iface->text(QAccessible::Description).contains(view.scene().headline));
        const auto places = childrenWithRole(iface, QAccessible::Grouping);
        QCOMPARE(int(places.size()), 1 + int(view.scene().boxes.size()));
        QCOMPARE(places.front()->text(QAccessible::Name), view.scene().stageTitle);
        QStringList chips;
        QStringList placeNames;
        for (QAccessibleInterface *place : places) {
            placeNames << place->text(QAccessible::Name);
            QVERIFY(!place->text(QAccessible::Description).isEmpty()
                    || place->childCount() > 0);
            QCOMPARE(place->parent(), iface);
            for (int i = 0; i < place->childCount(); ++i) {
                QAccessibleInterface *chip = place->child(i);
                QCOMPARE(chip->role(), QAccessible::ListItem);
                QCOMPARE(chip->parent(), place);
                QCOMPARE(place->indexOfChild(chip), i);
                QVERIFY(!chip->text(QAccessible::Description).isEmpty()); // its tool tip
                if (!chip->state().invisible)
                    QVERIFY(place->rect().contains(chip->rect()));
                chips << chip->text(QAccessible::Name);
            }
        }
        // The three downloads' timers are pending at 0.5 s, each readable by name.
        QVERIFY2(placeNames.filter(QStringLiteral("Timers")).size() == 1,
                 qPrintable(placeNames.join('|')));
        QVERIFY2(chips.filter(QStringLiteral("download")).size() >= 3, qPrintable(chips.join('|')));
    }
};

QTEST_MAIN(TstAccessibility)
#include "tst_accessibility.moc"
