#pragma once
#include "flamebars.h"
#include "tracerecords.h"

#include <QTimer>
#include <QWidget>
#include <functional>
#include <vector>

class QTextBrowser;

namespace Core {
class TraceModel;
struct TaskInfo;
}

namespace Ui {

//! Everything about the selected lane and span: for a task its coroutine, state, times, what it
//! awaited with the await chain (file:line links), what woke it, its parent and children. Links
//! ask the window to jump: to source, to another span, to a moment. While a run is live the
//! page follows the model ("so far": how long the task has lived, its steps and waits, what it
//! is doing now), re-rendered a few times a second however often the model changes.
class Inspector : public QWidget
{
    Q_OBJECT
public:
    explicit Inspector(QWidget *parent = nullptr);

    void setModel(const Core::TraceModel *model);
    void showSelection(int lane, int span);
    //! A coroutine frame from a task's frame rows: its function, where it awaited, how long it
    //! was on the task's stack, its arguments where the trace has them, then the task.
    void showFrame(int lane, int depth, const FlameBar &bar);
    //! The model grew: re-render if the shown facts may have changed (open spans, new children).
    //! Coalesced: at most one re-render per refreshIntervalMs, however often this is called.
    void refresh();
    //! Re-renders now if the model changed since the page was rendered (skips the wait).
    void refreshNow();
    //! A run is streaming into the model: pending tasks are described "so far". Turning it off
    //! (the run ended) re-renders at once.
    void setLive(bool live);
    bool isLive() const { return m_live; }
    //! How often the page was rendered (tests check the coalescing).
    int renderCount() const { return m_renderCount; }
    static constexpr int refreshIntervalMs = 250;

    int lane() const { return m_lane; }
    int span() const { return m_span; }
    //! The task shown, 0 when the selection is not a task.
    Core::Id taskId() const { return m_task; }
    QString plainText() const;
    //! Follows the n-th link of the current page (tests, keyboard users via the browser).
    void activateLink(int index);
    int linkCount() const { return int(m_links.size()); }
    QString linkText(int index) const;

Q_SIGNALS:
    void sourceRequested(const QString &file, int line);
    void spanRequested(int lane, int span);
    void timeRequested(double t);

private:
    QString render();
    QString link(const QString &text, std::function<void()> action);
    QString taskLink(Core::Id task, std::optional<Core::TimeNs> at = {});
    QString sourceLink(const QString &file, std::uint32_t line, const QString &function = {});
    QString timeLink(Core::TimeNs t);
    void renderTask(QString &html, const Core::TaskInfo &task);
    void renderSpan(QString &html, const Core::TaskInfo *task);
    void renderLiveState(QString &html, const Core::TaskInfo &task);
    void renderChain(QString &html, const QList<Core::FrameRecord> &frames);
    void renderFrame(QString &html, const Core::TaskInfo &task);
    void setPage(bool keepScroll);

    QTextBrowser *m_browser;
    const Core::TraceModel *m_model = nullptr;
    int m_lane = -1, m_span = -1;
    std::optional<FlameBar> m_frame; // a selected coroutine frame of m_lane's task
    int m_frameDepth = 0;
    Core::Id m_task = 0;
    std::uint64_t m_renderedRevision = 0;
    QTimer m_refreshTimer;
    bool m_live = false;
    bool m_showLibraryFrames = false; //!< await chains: asyncio's and libraries' frames too
    int m_renderCount = 0;
    std::vector<std::function<void()>> m_links;
    QStringList m_linkTexts;
};

} // namespace Ui
