#pragma once
#include <QDialog>
#include <memory>
#include <optional>

class QTextBrowser;

namespace Core {
class TraceModel;
}

namespace Ui {

class TimelineView;

//! Help ▸ How to read the timeline: a real recorded run (three downloads started together with
//! gather, recorded by the tracer and bundled with the app) on a live timeline with its legend,
//! and beside it what lanes, states, arrows, prints, the time cursor and the loop machine mean,
//! told on that very run.
class TimelineGuide : public QDialog
{
    Q_OBJECT
public:
    //! `dark`: the window's theme override (nullopt: follow the palette).
    TimelineGuide(std::optional<bool> dark, QWidget *parent);
    ~TimelineGuide() override;

    TimelineView *timeline() const { return m_timeline; }
    QTextBrowser *text() const { return m_text; }
    //! The bundled example run; null with *error set if it cannot be read.
    static std::unique_ptr<Core::TraceModel> exampleRun(QString *error = nullptr);
    static QString markdown();

private:
    std::unique_ptr<Core::TraceModel> m_model;
    TimelineView *m_timeline;
    QTextBrowser *m_text;
};

} // namespace Ui
