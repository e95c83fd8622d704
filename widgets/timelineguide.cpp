#include "timelineguide.h"

#include "markdowntext.h"
#include "timelinelegend.h"
#include "timelinepalette.h"
#include "timelineview.h"
#include "tracedecoder.h"
#include "tracemodel.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QScreen>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Ui {

std::unique_ptr<Core::TraceModel> TimelineGuide::exampleRun(QString *error)
{
    QFile file(QStringLiteral(":/ui/guide.lstrace"));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return nullptr;
    }
    auto model = std::make_unique<Core::TraceModel>();
    Core::TraceDecoder decoder;
    decoder.feed(file.readAll(), *model);
    decoder.finish();
    model->setDecoderStats(decoder.stats());
    if (!decoder.stats().sawMagic) {
        if (error)
            *error = tr("the example run is damaged");
        return nullptr;
    }
    return model;
}

QString TimelineGuide::markdown()
{
    return tr(R"(## How to read the timeline

The timeline draws a real run of a program: time runs left to right, and every row is
something that can run. Above is a real one — three downloads started together with
`asyncio.gather`, on the virtual clock — as you would see it after pressing F5.

### Rows

The top row is **the event loop** itself: grey *waiting in select()* while nothing is ready,
coloured while it runs a task's step or a callback. Under it comes **one row per task**, each
nested under the task that created it: here `main`, then the three downloads it started.
Worker threads (`run_in_executor`, `asyncio.to_thread`) get rows of their own.

### States

A task is in one state at a time, and the colour says which (the legend under the timeline
names them all; hover over a bar for its times):

- **running** — its code is executing on the loop's one thread. Nothing else runs meanwhile.
- **ready** (hatched) — woken, waiting for the loop to get to it.
- **sleep**, **lock**, **queue**, **I/O**, **task** — suspended at an `await`, on a timer, a
  lock, a queue, a socket, another task; the bar's label says on what.
- **done** ● or **failed** ◆ — where its coroutine ended.

### Arrows and prints

An arrow into a row shows **what woke that task**: the timer of its sleep, the task it
awaited, the lock someone released (in a busy run, only the selected task's). A small speech bubble
(*print* in the legend) marks a line the task printed; the Output panel lists every line with
its time and task, and a click on one brings you here. Where many marks fall on one spot, a
black disc counts them: click it to zoom in.

### Reading this run

`main` runs first and creates the three downloads. Each one runs for a moment, reaches
`await asyncio.sleep(1)` and sleeps — three sleep bars **side by side**, not one after
another. For a second nothing is ready and the loop waits in select(). Then the timer wakes the
downloads one by one: each is ready for an instant, runs, prints and ends; the gather wakes
`main`, which prints the total — **1 s, not 3**.

### Any moment of the run

Click the ruler (or press `,` and `.`) to put the **time cursor** on a moment: every row shows
its state then, and the Scheduler and the **loop machine** beside the timeline show the loop as
it was at that moment — the task running, the ready queue in order, the timers by deadline and
what each will wake, the tasks waiting on each lock or queue. Click a bar to read its whole
story in the Inspector: what it awaited, on which line, and what woke it.

`Ctrl+wheel` zooms, `0` fits the whole run, `F1` lists every key.
)");
}

TimelineGuide::TimelineGuide(std::optional<bool> dark, QWidget *parent)
    : QDialog(parent), m_model(exampleRun()), m_timeline(new TimelineView(this)),
      m_text(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("timelineGuide"));
    setWindowTitle(tr("How to read the timeline"));
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->setSpacing(0);
    auto *legend = new TimelineLegend(top);
    const bool isDark = dark.value_or(TimelinePalette::isDark(palette()));
    legend->setTimelinePalette(isDark ? TimelinePalette::darkPalette()
                                      : TimelinePalette::light());
    m_timeline->setDarkOverride(dark);
    topLayout->addWidget(m_timeline, 1);
    topLayout->addWidget(legend);
    if (m_model) {
        m_timeline->setModel(m_model.get());
        m_timeline->fitAll();
    } else {
        topLayout->addWidget(new QLabel(tr("(The example run could not be read.)"), top));
    }
    m_text->setOpenExternalLinks(true);
    m_text->setFrameShape(QFrame::NoFrame);
    MarkdownText::render(m_text->document(), markdown(), font());
    m_text->moveCursor(QTextCursor::Start); // read from the top, whatever the first resize does
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_text);
    splitter->setChildrenCollapsible(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    // Wide enough for the run's rows and the text side by side with the window; never
    // larger than the screen.
    const QScreen *on = parent && parent->screen() ? parent->screen()
                                                   : QGuiApplication::primaryScreen();
    const QRect screen = on->availableGeometry();
    resize(std::min(980, screen.width() * 9 / 10), std::min(820, screen.height() * 9 / 10));
    splitter->setSizes({height() * 38 / 100, height() * 62 / 100});
}

TimelineGuide::~TimelineGuide()
{
    m_timeline->setModel(nullptr); // the view points into the model, which goes first
}

} // namespace Ui
