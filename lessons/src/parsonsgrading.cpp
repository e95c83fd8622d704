#include "parsonsgrading.h"

#include "parsonsreader.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>

namespace Lessons::ParsonsGrading {

QString Verdict::explanation() const
{
    if (!declaredWhy.isEmpty()) // written for this very program
        return declaredWhy;
    if (!distractorWhy.isEmpty())
        return distractorWhy;
    if (const Core::CheckItem *f = firstFailure())
        return f->name + QStringLiteral(": ") + f->message;
    return result.error;
}

const Core::CheckItem *Verdict::firstFailure() const
{
    for (const Core::CheckItem &c : result.checks)
        if (c.status == Core::CheckStatus::Fail)
            return &c;
    return nullptr;
}

QString assemble(const ParsonsItem &item, const QStringList &answer)
{
    QStringList lines = item.before;
    lines << answer << item.after;
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString malformed(const ParsonsItem &item, const QStringList &answer)
{
    QSet<QString> seen;
    if (answer.isEmpty())
        return QStringLiteral("the program has no lines yet");
    for (const QString &line : answer) {
        const QString code = line.trimmed();
        if (!item.lines.contains(code))
            return QStringLiteral("“%1” is not one of the given lines").arg(code);
        if (seen.contains(code))
            return QStringLiteral("“%1” is used twice").arg(code);
        seen.insert(code);
        if (ParsonsReader::indentLevel(line) < 0)
            return QStringLiteral("“%1” is not indented by whole levels of 4 spaces").arg(code);
    }
    return {};
}

QStringList distractorsUsed(const ParsonsItem &item, const QStringList &answer)
{
    QStringList out;
    for (const QString &line : answer)
        if (item.isDistractor(line.trimmed()))
            out << line.trimmed();
    return out;
}

QString declaredWhy(const ParsonsItem &item, const QStringList &answer)
{
    auto rstripped = [](const QStringList &program) {
        QStringList out;
        for (QString l : program) {
            while (!l.isEmpty() && l.back().isSpace())
                l.chop(1);
            out << l;
        }
        return out;
    };
    const QStringList mine = rstripped(answer);
    for (const ParsonsWrong &w : item.wrong)
        if (rstripped(w.program) == mine)
            return w.why;
    return {};
}

Core::CheckPlan plan(const ParsonsItem &item, const QString &id)
{
    Core::CheckPlan p;
    p.exerciseId = id;
    p.virtualClock = item.virtualClock;
    p.timeoutSeconds = item.timeoutSeconds;
    p.checks = item.checks;
    return p;
}

QCoro::Task<Verdict> grade(ParsonsItem item, QStringList answer, Core::CheckEngine::Options options)
{
    Verdict v;
    v.program = assemble(item, answer);
    if (const QString problem = malformed(item, answer); !problem.isEmpty()) {
        v.result.error = problem;
        co_return v;
    }
    const QStringList used = distractorsUsed(item, answer);
    for (const ParsonsDistractor &d : item.distractors)
        if (!used.isEmpty() && d.line == used.first())
            v.distractorWhy = d.why;
    v.declaredWhy = declaredWhy(item, answer);
    // A folder of its own: the program runs there (its working directory), and nothing it
    // writes is left behind.
    QTemporaryDir folder;
    QFile file(folder.filePath(QStringLiteral("parsons.py")));
    if (!folder.isValid() || !file.open(QIODevice::WriteOnly)
        || file.write(v.program.toUtf8()) < 0 || !file.flush()) {
        v.result.error = QStringLiteral("cannot write the program to a temporary folder");
        co_return v;
    }
    file.close();
    const QString path = file.fileName();
    // Named, not temporaries in the co_await expression: GCC 12 destroys those twice.
    const QString id = item.id.isEmpty() ? QStringLiteral("parsons") : item.id;
    Core::CheckPlan checkPlan = plan(item, id);
    v.result = co_await Core::CheckEngine::check(std::move(checkPlan), path, options);
    v.passed = v.result.passed() && used.isEmpty();
    co_return v;
}

} // namespace Lessons::ParsonsGrading
