// The event log on a big run: how long it takes to show a 1M-event run's log (the model over
// the timeline's step axis, the first paint), to jump to its end, to follow the time cursor
// across the run, and to read a line's text. Lines are made only when asked for, so none of
// this should grow with the run's length beyond the step axis the timeline builds anyway.
// Prints figures and asserts nothing.
//
//   QT_QPA_PLATFORM=offscreen build/tests/bench/bench_eventlog [--events N]

#include "eventlog.h"
#include "eventlogmodel.h"
#include "synthetic.h"
#include "timelineview.h"
#include "tracedecoder.h"
#include "tracemodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QListView>
#include <QScrollBar>
#include <QVBoxLayout>

#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("events"), QStringLiteral("trace events"), QStringLiteral("N"),
                      QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("no-log"), QStringLiteral("the timeline alone, to compare")});
    parser.process(app);
    const int events = parser.value(QStringLiteral("events")).toInt();
    const bool withLog = !parser.isSet(QStringLiteral("no-log"));

    Core::TraceModel model;
    {
        Core::TraceDecoder decoder;
        decoder.feed(Core::Test::syntheticTrace(events).bytes, model);
        decoder.finish();
    }
    QWidget top;
    auto *layout = new QVBoxLayout(&top);
    auto *timeline = new Ui::TimelineView;
    auto *log = new Ui::EventLog;
    layout->addWidget(timeline, 2);
    layout->addWidget(log, 1);
    if (withLog)
        log->setTimeline(timeline);
    top.resize(1200, 800);
    top.show();
    app.processEvents();

    QElapsedTimer t;
    t.start();
    timeline->setModel(&model); // builds the step axis; the log follows it
    const double setModelMs = double(t.nsecsElapsed()) / 1e6;
    t.restart();
    log->list()->viewport()->repaint();
    const double firstPaintMs = double(t.nsecsElapsed()) / 1e6;
    const int rows = log->list()->model()->rowCount();
    t.restart();
    log->list()->scrollToBottom();
    log->list()->viewport()->repaint();
    const double endMs = double(t.nsecsElapsed()) / 1e6;

    // The cursor sweeps the run in 200 moves: each selects its line and scrolls to it.
    const double end = double(model.endTime());
    t.restart();
    constexpr int kMoves = 200;
    qint64 paintNs = 0;
    for (int i = 1; i <= kMoves; ++i) {
        timeline->setTimeCursor(end * i / (kMoves + 1));
        QElapsedTimer p;
        p.start();
        log->list()->viewport()->repaint();
        paintNs += p.nsecsElapsed();
    }
    const double perMoveMs = double(t.nsecsElapsed()) / 1e6 / kMoves;
    const double perPaintMs = double(paintNs) / 1e6 / kMoves;

    t.restart();
    constexpr int kLines = 10000;
    qsizetype chars = 0;
    for (int i = 0; i < kLines; ++i)
        chars += log->model()->index(int(qint64(i) * rows / kLines)).data().toString().size();
    const double perLineUs = double(t.nsecsElapsed()) / 1e3 / kLines;

    std::printf("event log, %d trace events, %d lines (steps)\n", events, rows);
    std::printf("  timeline setModel (step axis + log)  %8.1f ms\n", setModelMs);
    std::printf("  first paint of the log               %8.1f ms\n", firstPaintMs);
    std::printf("  jump to the last line and paint      %8.1f ms\n", endMs);
    std::printf("  time cursor move -> line, painted    %8.2f ms each (%.2f ms painting)\n",
                perMoveMs, perPaintMs);
    std::printf("  one line's text                      %8.2f us (%lld chars read)\n", perLineUs,
                static_cast<long long>(chars));
    return 0;
}
