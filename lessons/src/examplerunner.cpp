#include "examplerunner.h"

#include "examplerules.h"
#include "labserver.h"
#include "runsession.h"
#include "runsummary.h"
#include "tracemodel.h"

#include <QFileInfo>

#include <memory>

namespace Lessons {
namespace {

struct DeleteLater {
    void operator()(QObject *o) const { o->deleteLater(); }
};

} // namespace

std::optional<Core::RunRequest> ExampleRunner::request(const Catalog &catalog, const Lesson &lesson,
                                                       const Example &example,
                                                       const Options &options, QString *error)
{
    const QString path = catalog.runnablePath(example.path, error);
    if (path.isEmpty())
        return std::nullopt;
    const QFileInfo info(path);
    Core::RunRequest r;
    r.python = options.python;
    r.requiredModules = lesson.requiredModules;
    // Run from the example's own folder, as `cd examples && python3 x.py` would: relative
    // files and sibling modules resolve as the lesson author saw them.
    r.workingDirectory = info.absolutePath();
    r.program = info.absoluteFilePath();
    r.arguments = example.arguments;
    r.virtualClock = example.virtualClock;
    r.blockThresholdMs = options.blockThresholdMs;
    r.timeoutMs = example.timeoutSeconds * 1000;
    return r;
}

QCoro::Task<ExampleOutcome> ExampleRunner::run(const Catalog &catalog, const Lesson &lesson,
                                               const Example &example, Options options)
{
    ExampleOutcome outcome;
    outcome.lessonId = lesson.id;
    outcome.exampleId = example.id;
    outcome.python = options.python;
    std::optional<Core::RunRequest> req = request(catalog, lesson, example, options, &outcome.error);
    if (!req)
        co_return outcome;
    Core::LabServer lab;
    if (example.lab) {
        const Core::LabStart started = co_await lab.start(options.python);
        if (!started.ok()) {
            outcome.error = started.error;
            co_return outcome;
        }
        req->environment.insert(Core::LabServer::environmentVariable(), started.url);
    }
    // This coroutine resumes inside the session's own finished() emission, and whatever awaits
    // it (the next example of a batch) runs there too: the session must outlive that, so it
    // is deleted from the event loop, never here.
    std::unique_ptr<Core::RunSession, DeleteLater> session(new Core::RunSession);
    if (options.stepThrough) {
        req->stepMode = true;
        Core::RunSession *s = session.get();
        QObject::connect(s, &Core::RunSession::paused, s, [s] { s->step(); });
    }
    outcome.run = co_await session->run(*req);
    lab.stop();
    if (!outcome.run.started) {
        outcome.error = outcome.run.error;
        co_return outcome;
    }
    outcome.summary = Core::buildRunSummary(session->model(), session->context());
    if (options.keepModel) // a copy: the session (and its model) goes with the event loop
        outcome.model = std::make_shared<const Core::TraceModel>(session->model());
    CheckedRules checked = co_await ExampleRules::check(example, outcome.summary);
    outcome.rules = std::move(checked.results);
    outcome.skippedRules = std::move(checked.skipped);
    outcome.versions = std::move(checked.versions);
    co_return outcome;
}

} // namespace Lessons
