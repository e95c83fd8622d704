#include "inspector.h"

#include "sourceorigin.h"
#include "timelinepalette.h"
#include "timescale.h"
#include "tracemodel.h"

#include <QFileInfo>
#include <QScrollBar>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace Ui {

using Core::SpanKind;

namespace {

constexpr int kMaxChildren = 40;

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString stateName(Core::TaskState state, bool started)
{
    switch (state) {
    case Core::TaskState::Done: return QStringLiteral("finished");
    case Core::TaskState::Cancelled: return QStringLiteral("cancelled");
    case Core::TaskState::Failed: return QStringLiteral("failed");
    case Core::TaskState::Pending: break;
    }
    return started ? QStringLiteral("pending (alive)") : QStringLiteral("created, not started");
}

QString row(const QString &key, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:10px'><b>%1</b></td><td>%2</td></tr>")
            .arg(key, value);
}

} // namespace

Inspector::Inspector(QWidget *parent) : QWidget(parent), m_browser(new QTextBrowser(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    m_browser->setOpenLinks(false);
    m_browser->setAccessibleName(QStringLiteral("Inspector"));
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        bool ok = false;
        const int index = url.fragment().toInt(&ok);
        if (ok)
            activateLink(index);
    });
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(refreshIntervalMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &Inspector::refreshNow);
    setPage(false);
}

void Inspector::setPage(bool keepScroll)
{
    const int scroll = m_browser->verticalScrollBar()->value();
    m_browser->setHtml(render());
    ++m_renderCount;
    if (keepScroll)
        m_browser->verticalScrollBar()->setValue(scroll);
}

void Inspector::setModel(const Core::TraceModel *model)
{
    m_model = model;
    m_lane = m_span = -1;
    m_task = 0;
    m_refreshTimer.stop();
    setPage(false);
}

void Inspector::showSelection(int lane, int span)
{
    m_lane = lane;
    m_span = span;
    m_frame.reset();
    m_refreshTimer.stop();
    setPage(false);
}

void Inspector::showFrame(int lane, int depth, const FlameBar &bar)
{
    m_lane = lane;
    m_span = -1;
    m_frame = bar;
    m_frameDepth = depth;
    m_refreshTimer.stop();
    setPage(false);
}

void Inspector::renderFrame(QString &html, const Core::TaskInfo &task)
{
    const FlameBar &bar = *m_frame;
    html += QStringLiteral("<h3>Coroutine frame <code>%1()</code></h3><table>").arg(esc(bar.function));
    html += row(QStringLiteral("In task"), taskLink(task.id));
    html += row(QStringLiteral("Depth"),
                m_frameDepth == 0 ? QStringLiteral("0: the task's own coroutine")
                                  : QStringLiteral("%1: awaited by the frame above").arg(m_frameDepth));
    html += row(QStringLiteral("Awaiting at"), sourceLink(bar.file, bar.line, bar.function));
    html += row(QStringLiteral("On the stack"),
                QStringLiteral("%1 → %2 (%3)")
                        .arg(timeLink(bar.start), timeLink(bar.end),
                             formatDuration(double(bar.end - bar.start))));
    // The trace keeps the task's creation call only; deeper frames' arguments are not sent.
    html += row(QStringLiteral("Arguments"),
                m_frameDepth == 0 && task.name != task.coro && task.name.contains(QLatin1Char('('))
                        ? QStringLiteral("<code>%1</code>").arg(esc(task.name))
                        : QStringLiteral("<span style='color:gray'>not recorded</span>"));
    html += QStringLiteral("</table><hr/>");
}

void Inspector::refresh()
{
    // Records arrive by the thousand per second; a page rebuilt for each would be unreadable
    // and would cost the GUI thread more than everything else put together.
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void Inspector::refreshNow()
{
    m_refreshTimer.stop();
    if (m_model && m_model->revision() != m_renderedRevision && m_lane >= 0)
        setPage(true);
}

void Inspector::setLive(bool live)
{
    if (m_live == live)
        return;
    m_live = live;
    if (m_model && m_lane >= 0) {
        m_refreshTimer.stop();
        setPage(true);
    }
}

QString Inspector::plainText() const
{
    return m_browser->toPlainText();
}

void Inspector::activateLink(int index)
{
    if (index >= 0 && index < int(m_links.size())) {
        // Copy: the action may re-render and replace m_links.
        const std::function<void()> action = m_links[std::size_t(index)];
        action();
    }
}

QString Inspector::linkText(int index) const
{
    return m_linkTexts.value(index);
}

QString Inspector::link(const QString &text, std::function<void()> action)
{
    m_links.push_back(std::move(action));
    m_linkTexts << text;
    return QStringLiteral("<a href='#%1'>%2</a>").arg(m_links.size() - 1).arg(esc(text));
}

QString Inspector::taskLink(Core::Id id, std::optional<Core::TimeNs> at)
{
    const Core::TaskInfo *task = m_model->task(id);
    if (!task)
        return QStringLiteral("task %1").arg(id);
    const int lane = task->lane;
    const Core::TraceModel *model = m_model;
    return link(task->name, [this, lane, at, model] {
        const int span = at ? model->lastIndex(lane, *at) : -1;
        Q_EMIT spanRequested(lane, span);
    });
}

QString Inspector::sourceLink(const QString &file, std::uint32_t line, const QString &function)
{
    const QString text = (function.isEmpty() ? QString() : function + QStringLiteral("()  "))
                         + QFileInfo(file).fileName() + QLatin1Char(':') + QString::number(line);
    return link(text, [this, file, line] { Q_EMIT sourceRequested(file, int(line)); });
}

QString Inspector::timeLink(Core::TimeNs t)
{
    return link(formatDuration(double(t)), [this, t] { Q_EMIT timeRequested(double(t)); });
}

QString Inspector::render()
{
    m_links.clear();
    m_linkTexts.clear();
    m_task = 0;
    if (!m_model || m_lane < 0 || m_lane >= m_model->laneCount())
        return QStringLiteral("<p style='color:gray'>Click a task, a span or a lane on the "
                              "timeline to see what it was doing and why.</p>");
    m_renderedRevision = m_model->revision();
    const Core::LaneInfo &info = m_model->lane(m_lane);
    QString html;
    if (info.kind == Core::LaneKind::Task) {
        if (const Core::TaskInfo *task = m_model->task(info.id)) {
            m_task = task->id;
            if (m_frame)
                renderFrame(html, *task);
            renderTask(html, *task);
            renderSpan(html, task);
        }
    } else if (info.kind == Core::LaneKind::Loop) {
        html += QStringLiteral("<h3>%1</h3><table>").arg(esc(info.name));
        for (const Core::LoopInfo &loop : m_model->loops()) {
            if (loop.lane != m_lane)
                continue;
            html += row(QStringLiteral("Iterations"), QString::number(loop.iterations));
            html += row(QStringLiteral("Busy"), formatDuration(double(loop.busy)));
            html += row(QStringLiteral("Waiting in select()"), formatDuration(double(loop.idle)));
        }
        html += QStringLiteral("</table>");
        renderSpan(html, nullptr);
    } else {
        html += QStringLiteral("<h3>Worker thread %1</h3>").arg(esc(info.name));
        for (const Core::ThreadInfo &thread : m_model->threads())
            if (thread.lane == m_lane)
                html += QStringLiteral("<p>%1 job(s) run here by <code>run_in_executor</code> / "
                                       "<code>to_thread</code>.</p>")
                                .arg(thread.jobs.size());
        renderSpan(html, nullptr);
    }
    return html;
}

void Inspector::renderTask(QString &html, const Core::TaskInfo &task)
{
    html += QStringLiteral("<h3>%1</h3><table>").arg(esc(task.title()));
    const QString runs = task.call.isEmpty() ? task.coro + QStringLiteral("()") : task.call;
    const bool library = task.origin.kind == Core::SourceKind::Library
                         || task.origin.kind == Core::SourceKind::Stdlib;
    html += row(QStringLiteral("Coroutine"),
                QStringLiteral("<code>%1</code>").arg(esc(runs))
                        + (library ? QStringLiteral(" (%1's code)").arg(esc(task.origin.name))
                                   : QString())
                        + (task.file.isEmpty() ? QString()
                                               : QStringLiteral(" at ") + sourceLink(task.file, task.line)));
    const bool soFar = m_live && task.state == Core::TaskState::Pending;
    // A step the watchdog reports while it runs: the task is running, not "not started".
    const Core::RunningInfo *running
            = task.state == Core::TaskState::Pending ? m_model->runningTask(task.id) : nullptr;
    QString state = running ? (m_live ? QStringLiteral("running")
                                      : QStringLiteral("running when the trace stopped"))
                            : stateName(task.state, task.firstStep.has_value());
    if (task.state == Core::TaskState::Failed && !task.exception.isEmpty())
        state += QStringLiteral(": <span style='color:#D55E00'>%1</span>").arg(esc(task.exception));
    html += row(QStringLiteral("State"), state);
    if (soFar)
        renderLiveState(html, task);
    html += row(QStringLiteral("Created"), timeLink(task.created));
    if (task.firstStep)
        html += row(QStringLiteral("First step"), timeLink(*task.firstStep));
    if (task.end)
        html += row(QStringLiteral("Ended"), timeLink(*task.end)
                                                     + QStringLiteral(" (lived %1)")
                                                               .arg(formatDuration(double(*task.end - task.created))));
    else if (soFar)
        html += row(QStringLiteral("Alive"),
                    QStringLiteral("%1 so far")
                            .arg(formatDuration(double(m_model->endTime() - std::min(task.created, m_model->endTime())))));
    // The step running now counts, with its time so far.
    const double runningNow = running ? double(m_model->endTime() - std::min(running->start, m_model->endTime()))
                                      : 0.0;
    html += row(QStringLiteral("Steps"), QStringLiteral("%1%2, running %3 in total")
                                                 .arg(task.steps + (running ? 1 : 0))
                                                 .arg(soFar ? QStringLiteral(" so far") : QString())
                                                 .arg(formatDuration(double(task.running) + runningNow)));
    if (!task.waits.empty()) {
        // Suspended time, the open wait counted up to the latest record.
        double suspended = 0;
        const int spans = m_model->spanCount(task.lane);
        for (const Core::WaitInfo &w : task.waits) {
            if (int(w.span) >= spans)
                continue;
            const Core::Span &s = m_model->span(task.lane, int(w.span));
            suspended += double(m_model->spanEnd(s) - std::min(s.start, m_model->spanEnd(s)));
        }
        html += row(QStringLiteral("Waits"), QStringLiteral("%1%2, suspended %3 in total")
                                                     .arg(task.waits.size())
                                                     .arg(soFar ? QStringLiteral(" so far") : QString())
                                                     .arg(formatDuration(suspended)));
    }
    if (task.parent)
        html += row(QStringLiteral("Parent"), taskLink(task.parent, task.created));
    QStringList children;
    int more = 0;
    for (const Core::TaskInfo &other : m_model->tasks()) {
        if (other.parent != task.id)
            continue;
        if (children.size() < kMaxChildren)
            children << taskLink(other.id);
        else
            ++more;
    }
    if (!children.isEmpty())
        html += row(QStringLiteral("Children"),
                    children.join(QStringLiteral(", "))
                            + (more ? QStringLiteral(" and %1 more").arg(more) : QString()));
    html += QStringLiteral("</table>");
}

void Inspector::renderLiveState(QString &html, const Core::TaskInfo &task)
{
    // What the task is doing at the latest record: its lane's open span.
    const int count = task.lane >= 0 ? m_model->spanCount(task.lane) : 0;
    if (count == 0)
        return;
    const Core::Span &span = m_model->span(task.lane, count - 1);
    if (!span.isOpen())
        return;
    const Core::SpanType &type = m_model->spanType(span.typeId);
    const QString since = formatDuration(double(m_model->spanEnd(span) - span.start));
    QString now;
    switch (type.kind) {
    case SpanKind::Running:
        now = QStringLiteral("running (step %1)").arg(span.extra + 1);
        if (const Core::RunningInfo *running = m_model->runningTask(task.id); running && running->line)
            now += QStringLiteral(", on ") + sourceLink(running->file, running->line, running->function);
        break;
    case SpanKind::Ready:
        now = QStringLiteral("ready, waiting for its turn");
        break;
    case SpanKind::Suspended: {
        const QString detail = m_model->string(type.label);
        now = QStringLiteral("waiting on %1").arg(TimelinePalette::waitName(type.wait))
              + (detail.isEmpty() ? QString() : QStringLiteral(": <code>%1</code>").arg(esc(detail)));
        break;
    }
    default:
        return;
    }
    html += row(QStringLiteral("Now"), QStringLiteral("%1, for %2 so far").arg(now, since));
}

void Inspector::renderChain(QString &html, const QList<Core::FrameRecord> &frames)
{
    if (frames.isEmpty())
        return;
    // asyncio's and libraries' own frames (tasks.py:637...) are folded into one line per run
    // of them, so the chain ends at the learner's own await; a link shows them.
    html += QStringLiteral("<p><b>Await chain</b> (outermost first):</p><ol style='margin-top:0'>");
    int folded = 0;
    for (qsizetype i = 0; i < frames.size(); ++i) {
        const Core::SourceOrigin origin = Core::classifySource(frames[i].file);
        if (m_showLibraryFrames || origin.isProgram() || origin.kind == Core::SourceKind::Unknown) {
            html += QStringLiteral("<li>%1</li>").arg(sourceLink(frames[i].file, frames[i].line, frames[i].function));
            continue;
        }
        qsizetype end = i + 1;
        while (end < frames.size() && !Core::classifySource(frames[end].file).isProgram()
               && Core::classifySource(frames[end].file).kind != Core::SourceKind::Unknown)
            ++end;
        const qsizetype n = end - i;
        html += QStringLiteral("<li style='color:gray'>%1</li>")
                        .arg(n == 1 ? QStringLiteral("%1 (%2)").arg(esc(frames[i].function), esc(origin.name))
                                    : QStringLiteral("%1 frames in %2").arg(n).arg(esc(origin.name)));
        folded += int(n);
        i = end - 1;
    }
    html += QStringLiteral("</ol>");
    if (folded || m_showLibraryFrames) {
        html += QStringLiteral("<p>%1</p>")
                        .arg(link(m_showLibraryFrames ? QStringLiteral("Hide library frames")
                                                      : QStringLiteral("Show library frames"),
                                  [this] {
                                      m_showLibraryFrames = !m_showLibraryFrames;
                                      setPage(true);
                                  }));
    }
}

void Inspector::renderSpan(QString &html, const Core::TaskInfo *task)
{
    if (m_span < 0 || m_span >= m_model->spanCount(m_lane)) {
        html += QStringLiteral("<p style='color:gray'>Click a span on this lane for details.</p>");
        return;
    }
    const Core::Span &span = m_model->span(m_lane, m_span);
    const Core::SpanType &type = m_model->spanType(span.typeId);
    const QString duration = span.isOpen() ? QStringLiteral("%1 so far")
                                                     .arg(formatDuration(double(m_model->spanEnd(span) - span.start)))
                                           : formatDuration(double(span.duration));
    QString title;
    switch (type.kind) {
    case SpanKind::Running: title = QStringLiteral("Running (step %1)").arg(span.extra + 1); break;
    case SpanKind::Suspended: title = QStringLiteral("Suspended on %1").arg(TimelinePalette::waitName(type.wait)); break;
    case SpanKind::Ready: title = QStringLiteral("Ready: woken, waiting in the ready queue"); break;
    case SpanKind::Done: title = QStringLiteral("Finished"); break;
    case SpanKind::Cancelled: title = QStringLiteral("Cancelled"); break;
    case SpanKind::Failed: title = QStringLiteral("Failed"); break;
    case SpanKind::LoopBusy: title = QStringLiteral("Loop busy (iteration %1)").arg(span.extra + 1); break;
    case SpanKind::LoopIdle: title = QStringLiteral("Loop waiting in select() (iteration %1)").arg(span.extra + 1); break;
    case SpanKind::Job: title = QStringLiteral("Job <code>%1</code>").arg(esc(m_model->string(type.label))); break;
    }
    html += QStringLiteral("<h4>%1</h4><table>").arg(type.kind == SpanKind::Job ? title : esc(title));
    html += row(QStringLiteral("From"), timeLink(span.start));
    html += row(QStringLiteral("Lasting"), duration);

    auto wokenBy = [&](const Core::Wakeup &w) {
        if (w.wakerTask)
            return taskLink(w.wakerTask, w.t);
        if (w.wakerName)
            return QStringLiteral("callback <code>%1</code>").arg(esc(m_model->string(w.wakerName)));
        switch (w.kind) {
        case Core::WakerKind::Timer: return QStringLiteral("the loop's timer (a deadline passed)");
        case Core::WakerKind::Io: return QStringLiteral("I/O readiness (select returned)");
        case Core::WakerKind::Thread: return QStringLiteral("another thread (call_soon_threadsafe)");
        default: return QStringLiteral("the event loop");
        }
    };

    if (type.kind == SpanKind::Suspended && task && span.extra < task->waits.size()) {
        const Core::WaitView wait = m_model->wait(*task, int(span.extra));
        if (!wait.detail.isEmpty())
            html += row(QStringLiteral("Awaiting"), QStringLiteral("<code>%1</code>").arg(esc(wait.detail)));
        if (wait.target)
            html += row(QStringLiteral("Awaited task"), taskLink(wait.target, span.start));
        if (wait.wakeup)
            html += row(QStringLiteral("Woken by"), wokenBy(*wait.wakeup) + QStringLiteral(" at ")
                                                            + timeLink(wait.wakeup->t));
        html += QStringLiteral("</table>");
        renderChain(html, m_model->chainFrames(wait.chain));
        return;
    }
    if (type.kind == SpanKind::Ready) {
        if (span.extra == 0)
            html += row(QStringLiteral("Why"), QStringLiteral("scheduled for its first step"));
        else if (span.extra <= m_model->wakeups().size())
            html += row(QStringLiteral("Woken by"), wokenBy(m_model->wakeups()[span.extra - 1]));
    }
    if (type.kind == SpanKind::Failed && task && !task->exception.isEmpty())
        html += row(QStringLiteral("Exception"),
                    QStringLiteral("<span style='color:#D55E00'>%1</span>").arg(esc(task->exception)));
    if (type.kind == SpanKind::Running && task && span.isOpen()) {
        if (const Core::RunningInfo *running = m_model->runningTask(task->id);
            running && running->start == span.start && running->line)
            html += row(QStringLiteral("Now on"), sourceLink(running->file, running->line, running->function));
    }
    if (type.kind == SpanKind::Running) {
        for (const Core::BlockedInfo &b : m_model->blocked())
            if (task && b.task == task->id && b.start == span.start)
                html += row(QStringLiteral("Blocked the loop"),
                            QStringLiteral("<span style='color:#D55E00'>yes</span>, at ")
                                    + sourceLink(b.file, b.line, b.function));
    }
    html += QStringLiteral("</table>");
}

} // namespace Ui
