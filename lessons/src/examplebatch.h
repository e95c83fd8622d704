#pragma once
#include "examplerunner.h"
#include "interpreterfinder.h"

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
        QString python; //!< the interpreter to run it on; empty: the batch's Options::python
    };
    //! An example left out on one interpreter, which lacks modules its lesson requires.
    struct Skipped {
        Item item;
        QString pythonVersion;
        QStringList missingModules;
    };
    struct Plan {
        QList<Item> items;
        QList<Skipped> skipped;
    };
    //! Every example of these lessons, in outline order.
    static QList<Item> itemsOf(const QList<const Lesson *> &lessons);
    //! Every example of these lessons on each of these interpreters that has the modules its
    //! lesson requires (interpreter by interpreter, in outline order); the others are skipped.
    static QCoro::Task<Plan> planOn(QList<const Lesson *> lessons,
                                    QList<Core::PythonInterpreter> pythons);
    //! Outcomes in the order of `items`; onDone is called as each one finishes.
    static QCoro::Task<QList<ExampleOutcome>> run(const Catalog &catalog, QList<Item> items,
                                                  ExampleRunner::Options options, int parallel,
                                                  std::function<void(const ExampleOutcome &)> onDone = {});
};

} // namespace Lessons
