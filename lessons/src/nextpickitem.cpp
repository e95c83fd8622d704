#include "nextpickitem.h"

#include "tracemodel.h"

namespace Lessons {

bool NextPickItem::asksAt(const PredictItem &item, const Core::NextPick &pick)
{
    if (item.kind != PredictItem::Kind::Next)
        return false;
    const Core::NextChoice *answer = pick.find(item.answerName);
    if (!answer || answer->place != Core::NextChoice::Place::Next)
        return false;
    for (const PredictWrong &w : item.wrong)
        if (!pick.find(w.name))
            return false;
    return true;
}

int NextPickItem::findPause(const PredictItem &item, const Core::TraceModel &model)
{
    const auto &pauses = model.pauses();
    for (std::size_t i = 0; i < pauses.size(); ++i)
        if (asksAt(item, Core::NextPick(model, pauses[i])))
            return int(i);
    return -1;
}

NextPickItem::Verdict NextPickItem::grade(const PredictItem &item, const Core::NextPick &pick,
                                          const Core::NextChoice &picked)
{
    Verdict v;
    const Core::NextPick::Verdict derived = pick.grade(picked);
    v.right = derived.right;
    v.derived = derived.text;
    if (!v.right)
        for (const PredictWrong &w : item.wrong)
            if (pick.find(w.name) == &picked)
                v.declaredWhy = w.why;
    QStringList parts;
    if (!v.declaredWhy.isEmpty())
        parts << v.declaredWhy;
    parts << v.derived;
    if (v.right && !item.explain.isEmpty())
        parts << item.explain;
    // The lesson's words lead; the pause's own say what it showed; each on its line.
    v.text = parts.join(QLatin1Char('\n'));
    return v;
}

} // namespace Lessons
