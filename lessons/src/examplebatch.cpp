#include "examplebatch.h"

#include "interpreterset.h"

#include <memory>
#include <vector>

namespace Lessons {
namespace {

struct BatchState {
    const Catalog *catalog;
    QList<ExampleBatch::Item> items;
    ExampleRunner::Options options;
    std::function<void(const ExampleOutcome &)> onDone;
    QList<ExampleOutcome> outcomes;
    qsizetype next = 0;
};

// Each worker takes the next example until none is left: at most `parallel` run at once.
QCoro::Task<> worker(std::shared_ptr<BatchState> state)
{
    while (state->next < state->items.size()) {
        const qsizetype i = state->next++;
        const ExampleBatch::Item item = state->items.at(i);
        ExampleRunner::Options options = state->options;
        if (!item.python.isEmpty())
            options.python = item.python;
        ExampleOutcome outcome
                = co_await ExampleRunner::run(*state->catalog, *item.lesson, *item.example, options);
        state->outcomes[i] = outcome;
        if (state->onDone)
            state->onDone(outcome);
    }
}

} // namespace

QList<ExampleBatch::Item> ExampleBatch::itemsOf(const QList<const Lesson *> &lessons)
{
    QList<Item> items;
    for (const Lesson *l : lessons)
        for (const Example &e : l->examples)
            items << Item{l, &e};
    return items;
}

QCoro::Task<ExampleBatch::Plan> ExampleBatch::planOn(QList<const Lesson *> lessons,
                                                    QList<Core::PythonInterpreter> pythons)
{
    Plan plan;
    for (const Core::PythonInterpreter &py : std::as_const(pythons)) {
        for (const Lesson *l : std::as_const(lessons)) {
            const QStringList missing
                    = co_await InterpreterSet::missingModules(py.executable, l->requiredModules);
            for (const Example &e : l->examples) {
                const Item item{l, &e, py.executable};
                if (missing.isEmpty())
                    plan.items << item;
                else
                    plan.skipped << Skipped{item, py.version, missing};
            }
        }
    }
    co_return plan;
}

QCoro::Task<QList<ExampleOutcome>> ExampleBatch::run(const Catalog &catalog, QList<Item> items,
                                                     ExampleRunner::Options options, int parallel,
                                                     std::function<void(const ExampleOutcome &)> onDone)
{
    auto state = std::make_shared<BatchState>();
    state->catalog = &catalog;
    state->items = std::move(items);
    state->options = std::move(options);
    state->onDone = std::move(onDone);
    state->outcomes.resize(state->items.size());
    std::vector<QCoro::Task<>> workers;
    for (int i = 0; i < qMax(1, parallel); ++i)
        workers.push_back(worker(state));
    for (auto &w : workers)
        co_await w;
    co_return state->outcomes;
}

} // namespace Lessons
