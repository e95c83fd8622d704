#pragma once
// Models for widget tests: the recorded gather trace, and synthetic ones of any size.
#include "synthetic.h"
#include "tracedecoder.h"
#include "tracemodel.h"

#include <QFile>
#include <memory>

namespace Ui::Test {

inline std::unique_ptr<Core::TraceModel> decode(const QByteArray &bytes)
{
    auto model = std::make_unique<Core::TraceModel>();
    Core::TraceDecoder decoder;
    decoder.feed(bytes, *model);
    decoder.finish();
    return model;
}

//! gather.py recorded with the real tracer: main gathers fetch a and b (b fails), then to_thread.
inline std::unique_ptr<Core::TraceModel> gatherModel()
{
    QFile f(QStringLiteral(LOOPSCOPE_CORE_FIXTURES "/gather.lstrace"));
    if (!f.open(QIODevice::ReadOnly))
        return nullptr;
    return decode(f.readAll());
}

inline std::unique_ptr<Core::TraceModel> syntheticModel(int events)
{
    return decode(Core::Test::syntheticTrace(events).bytes);
}

inline int laneOfTask(const Core::TraceModel &model, const QString &coro)
{
    for (const Core::TaskInfo &t : model.tasks())
        if (t.coro == coro)
            return t.lane;
    return -1;
}

} // namespace Ui::Test
