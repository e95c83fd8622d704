#pragma once
#include "examplerunner.h"

#include <QCoro/QCoroTask>
#include <functional>

namespace Lessons {

//! Runs many lesson examples, a few at a time, reporting each as it finishes.
class ExampleBatch
{
public:
    struct Item {
        const Lesson *lesson = nullptr;
        const Example *example = nullptr;
    };
    //! Every example of these lessons, in outline order.
    static QList<Item> itemsOf(const QList<const Lesson *> &lessons);
    //! Outcomes in the order of `items`; onDone is called as each one finishes.
    static QCoro::Task<QList<ExampleOutcome>> run(const Catalog &catalog, QList<Item> items,
                                                  ExampleRunner::Options options, int parallel,
                                                  std::function<void(const ExampleOutcome &)> onDone = {});
};

} // namespace Lessons
