#include "checkengine.h"

#include "failtemplate.h"
#include "harnesslocator.h"
#include "harnessresults.h"
#include "interpreterfinder.h"
#include "labserver.h"
#include "regularfile.h"
#include "runsession.h"
#include "runsummary.h"
#include "runverdict.h"
#include "sourcetext.h"
#include "summaryrules.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <algorithm>
#include <memory>

namespace Core {
namespace {

using Kind = CheckSpec::Kind;

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Output: return QStringLiteral("output");
    case Kind::Trace: return QStringLiteral("trace");
    case Kind::Behaviour: return QStringLiteral("behaviour");
    case Kind::Source: return QStringLiteral("source");
    }
    return {};
}

CheckItem item(const QString &name, CheckStatus status, const QString &message, const QString &kind)
{
    CheckItem i;
    i.name = name;
    i.status = status;
    i.message = message;
    i.kind = kind;
    return i;
}

// Runs one traced program to its end, stopping it early when it floods its output.
QCoro::Task<CheckedRun> runTraced(RunRequest request, CheckedRun::Role role, int maxLines)
{
    CheckedRun run;
    run.role = role;
    run.session = std::make_shared<RunSession>();
    RunSession *session = run.session.get();
    auto lines = std::make_shared<qint64>(0);
    auto flooded = std::make_shared<bool>(false);
    QObject::connect(session, &RunSession::outputLine, session, [=] {
        if (++*lines > maxLines && !*flooded) {
            *flooded = true;
            session->stop();
        }
    });
    run.result = co_await session->run(std::move(request));
    run.flooded = *flooded;
    if (run.result.started)
        run.summary = buildRunSummary(session->model(), session->context());
    co_return run;
}

// Output and trace checks: a FORMAT.md rule on the program run's summary.
CheckItem ruleItem(const CheckSpec &spec, const QJsonObject &summary, bool *broken)
{
    const RuleResult r = SummaryRules::check(spec.rule, summary);
    if (r.invalid) {
        *broken = true;
        return item(spec.name, CheckStatus::Fail,
                    QStringLiteral("this exercise's check is broken: %1").arg(r.message),
                    kindName(spec.kind));
    }
    if (r.passed)
        return item(spec.name, CheckStatus::Pass, r.message, kindName(spec.kind));
    const QString message = spec.failTemplate.isEmpty()
            ? r.message
            : FailTemplate::fill(spec.failTemplate, r);
    return item(spec.name, CheckStatus::Fail, message, kindName(spec.kind));
}

CheckItem sourceItem(const CheckSpec &spec, const QString &source, bool *broken)
{
    QString error;
    const bool found = SourceText::matches(spec.pattern, source, &error);
    if (!error.isEmpty()) {
        *broken = true;
        return item(spec.name, CheckStatus::Fail,
                    QStringLiteral("this exercise's pattern is broken: %1").arg(error),
                    kindName(spec.kind));
    }
    if (found != spec.absent)
        return item(spec.name, CheckStatus::Pass,
                    spec.absent ? QStringLiteral("your code does not use it")
                                : QStringLiteral("found in your code"),
                    kindName(spec.kind));
    QString message = spec.failTemplate;
    if (message.isEmpty())
        message = spec.absent
                ? QStringLiteral("your code still matches `%1`; the exercise asks you not to use it")
                          .arg(spec.pattern)
                : QStringLiteral("your code does not match `%1` yet").arg(spec.pattern);
    return item(spec.name, CheckStatus::Fail, message, kindName(spec.kind));
}

// Why the run's trace cannot be trusted (docs/PROTOCOL.md, SEAL), or empty.
QString traceTampering(const CheckedRun &run)
{
    if (!run.session || !run.session->decoderStats().tampered)
        return {};
    return QStringLiteral("%1 wrote into Loopscope's trace channel (%2 bytes did not come from "
                          "the tracer)")
            .arg(run.role == CheckedRun::Role::Program ? QStringLiteral("your program")
                                                       : QStringLiteral("your code, run by the checks,"))
            .arg(std::max<std::uint64_t>(run.session->decoderStats().tamperedBytes, 1));
}

// A secret for one harness run: its results file must be signed with it, so a file written by
// anything but loopscope_harness is not taken for results. It goes in a file of its own, read
// and unlinked before the learner's module is imported (by the judge process of a judged
// harness, which the learner's process never reads it from): the environment would keep it
// readable in /proc/self/environ.
QByteArray harnessKey()
{
    QRandomGenerator *random = QRandomGenerator::system();
    return QByteArray::number(random->generate64(), 16) + QByteArray::number(random->generate64(), 16)
            + QByteArray::number(random->generate64(), 16);
}

bool writeKeyFile(const QString &path, const QByteArray &key)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return false;
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return f.write(key) == key.size();
}

QString pythonPath(const QString &root)
{
    const QString inherited = qEnvironmentVariable("PYTHONPATH");
    return inherited.isEmpty() ? root : root + QDir::listSeparator() + inherited;
}

} // namespace

QCoro::Task<CheckResult> CheckEngine::check(CheckPlan plan, QString learnerFile, Options options)
{
    CheckResult result;
    const QFileInfo info(learnerFile);
    QString unreadable;
    const std::optional<QByteArray> bytes
            = RegularFile::read(info.absoluteFilePath(), RegularFile::kMaxTextFile, &unreadable);
    if (!bytes) {
        result.error = QStringLiteral("cannot check %1: it %2").arg(learnerFile, unreadable);
        co_return result;
    }
    learnerFile = info.absoluteFilePath();
    const QString source = QString::fromUtf8(*bytes);

    bool wantsProgram = false, wantsHarness = false;
    for (const CheckSpec &c : plan.checks) {
        wantsProgram |= c.kind == Kind::Output || c.kind == Kind::Trace;
        wantsHarness |= c.kind == Kind::Behaviour;
    }

    // A named query: GCC 12 destroys a braced temporary inside a co_await expression twice.
    const InterpreterQuery query{options.python, plan.requiredModules};
    const InterpreterResult found = co_await InterpreterFinder::find(query);
    if (!found.interpreter) {
        result.error = found.error;
        co_return result;
    }
    QString harnessRoot;
    if (wantsHarness) {
        harnessRoot = HarnessLocator::harnessRoot(&result.error);
        if (harnessRoot.isEmpty())
            co_return result;
    }

    RunRequest base;
    base.python = found.interpreter->executable;
    base.workingDirectory = info.absolutePath();
    base.virtualClock = plan.virtualClock;
    base.blockThresholdMs = options.blockThresholdMs;
    base.timeoutMs = plan.timeoutSeconds * 1000;
    // The learner's code, in the program run and in every harness run: memory, CPU, file
    // size, processes, and no network but its own loopback unless it talks to the host's lab.
    base.limits = ProcessLimits::forCheck(plan.timeoutSeconds, plan.lab);
    // Importing the learner's file must not leave __pycache__ next to it.
    base.environment.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    LabServer lab;
    if (plan.lab) {
        const LabStart started = co_await lab.start(base.python);
        if (!started.ok()) {
            result.error = QStringLiteral("the lab server did not start: %1").arg(started.error);
            co_return result;
        }
        base.environment.insert(LabServer::environmentVariable(), started.url);
    }

    RunVerdict::Facts facts;
    facts.learnerFile = learnerFile;
    facts.timeoutSeconds = plan.timeoutSeconds;
    facts.maxOutputLines = options.maxOutputLines;
    bool broken = false;
    bool harnessPointless = false; // the program cannot even be imported or never ends

    std::optional<QString> programFailure;
    bool programSyntaxError = false;
    if (wantsProgram) {
        RunRequest request = base;
        request.program = learnerFile;
        CheckedRun run = co_await runTraced(request, CheckedRun::Role::Program, options.maxOutputLines);
        if (!run.result.started) {
            result.error = run.result.error;
            lab.stop();
            co_return result;
        }
        facts.subject = QStringLiteral("your program");
        programFailure = RunVerdict::failure(run, facts);
        const QString wall = QString::number(run.summary.value(QLatin1String("wall_s")).toDouble(), 'f', 2);
        result.checks << item(runCheckName(), programFailure ? CheckStatus::Fail : CheckStatus::Pass,
                              programFailure.value_or(
                                      QStringLiteral("it finished in %1 s%2").arg(wall,
                                              plan.virtualClock ? QStringLiteral(" of virtual time")
                                                                : QString())),
                              QStringLiteral("run"));
        if (const QString t = traceTampering(run); !t.isEmpty())
            result.tampered = t;
        programSyntaxError = RunVerdict::isSyntaxError(run);
        harnessPointless = programSyntaxError || run.flooded
                || run.summary.value(QLatin1String("status")).toString() == QLatin1String("timeout");
        result.runs << run;
    }

    // Where each check's results begin, to name their task once the loop is done (a guard
    // object with a destructor in this coroutine's loop would meet GCC 12's coroutine bugs).
    QList<qsizetype> firstResult;
    for (const CheckSpec &spec : plan.checks) {
        firstResult << result.checks.size();
        if (spec.kind == Kind::Output || spec.kind == Kind::Trace) {
            // A file that does not compile never ran: its output and timeline are empty, and
            // the run check already says why. A crash or a timeout still ran: its output and
            // timeline are facts the checks may rely on (e.g. `status` or `error` rules).
            if (programFailure && programSyntaxError)
                result.checks << item(spec.name, CheckStatus::Skipped,
                                      QStringLiteral("not checked: your program has a syntax error"),
                                      kindName(spec.kind));
            else
                result.checks << ruleItem(spec, result.runs.first().summary, &broken);
        } else if (spec.kind == Kind::Source) {
            result.checks << sourceItem(spec, source, &broken);
        } else if (harnessPointless) {
            result.checks << item(spec.name, CheckStatus::Skipped,
                                  QStringLiteral("not checked: your program did not run to the end"),
                                  kindName(spec.kind));
        } else {
            QTemporaryDir temp;
            if (!temp.isValid()) {
                result.error = QStringLiteral("cannot create a temporary folder for the checks");
                break;
            }
            const QString resultsPath = temp.filePath(QStringLiteral("results.json"));
            RunRequest request = base;
            request.program = spec.harness;
            request.arguments = {learnerFile};
            request.environment.insert(QStringLiteral("LOOPSCOPE_HARNESS_RESULTS"), resultsPath);
            request.environment.insert(QStringLiteral("PYTHONPATH"), pythonPath(harnessRoot));
            const QByteArray key = harnessKey();
            const QString keyPath = temp.filePath(QStringLiteral("key"));
            if (!writeKeyFile(keyPath, key)) {
                result.error = QStringLiteral("cannot write the checks' key file in %1").arg(temp.path());
                break;
            }
            request.environment.insert(QStringLiteral("LOOPSCOPE_HARNESS_KEY_FILE"), keyPath);
            CheckedRun run = co_await runTraced(request, CheckedRun::Role::Harness, options.maxOutputLines);
            run.harness = spec.harness;
            if (!run.result.started) {
                result.error = run.result.error;
                break;
            }
            QFile resultsFile(resultsPath);
            const HarnessResults parsed = resultsFile.open(QIODevice::ReadOnly)
                    ? HarnessResults::parse(resultsFile.readAll(), key)
                    : HarnessResults{};
            const QString tampered = !parsed.tampered.isEmpty() ? parsed.tampered : traceTampering(run);
            if (!tampered.isEmpty()) {
                // Nothing this run recorded can be believed: no verdicts from it at all.
                if (result.tampered.isEmpty())
                    result.tampered = tampered;
                result.runs << run;
                continue;
            }
            result.checks << parsed.items;
            facts.subject = QStringLiteral("your code, run by the checks,");
            const std::optional<QString> failure = RunVerdict::failure(run, facts);
            const bool explained = std::any_of(parsed.items.begin(), parsed.items.end(),
                                               [](const CheckItem &i) { return !i.passed(); });
            // An exception or a failed import is already a failed result of the harness's own;
            // a timeout, a flood or a signal needs saying here.
            const bool endedWithError = !run.flooded
                    && run.summary.value(QLatin1String("status")).toString() == QLatin1String("error");
            if (failure && !(explained && endedWithError))
                result.checks << item(spec.name, CheckStatus::Fail, *failure, kindName(spec.kind));
            else if (!failure && parsed.valid && !parsed.finished)
                // A harness (or its judge) whose process ended normally says it finished; one
                // that did not was cut short from inside: its results are not the whole verdict.
                result.checks << item(spec.name, CheckStatus::Fail,
                                      QStringLiteral("the checks did not run to the end (your code "
                                                     "ended them early)"),
                                      kindName(spec.kind));
            else if (!failure && parsed.items.isEmpty())
                result.checks << item(spec.name, CheckStatus::Fail,
                                      QStringLiteral("the checks recorded no result (%1)")
                                              .arg(parsed.problem.isEmpty() ? QStringLiteral("no results file")
                                                                            : parsed.problem),
                                      kindName(spec.kind));
            if (!failure) {
                for (const QJsonValue &v : spec.harnessTraceRules) {
                    CheckSpec ruleSpec;
                    ruleSpec.kind = Kind::Trace;
                    QJsonObject rule = v.toObject();
                    ruleSpec.name = rule.take(QLatin1String("label")).toString();
                    ruleSpec.failTemplate = rule.take(QLatin1String("fail")).toString();
                    ruleSpec.rule = rule;
                    if (ruleSpec.name.isEmpty())
                        ruleSpec.name = QStringLiteral("%1: %2").arg(spec.name,
                                SummaryRules::check(rule, run.summary).label);
                    CheckItem ruled = ruleItem(ruleSpec, run.summary, &broken);
                    ruled.kind = kindName(Kind::Behaviour);
                    result.checks << ruled;
                }
            }
            result.runs << run;
        }
    }
    lab.stop();
    for (qsizetype c = 0; c < firstResult.size(); ++c) {
        const qsizetype end = c + 1 < firstResult.size() ? firstResult[c + 1] : result.checks.size();
        for (qsizetype i = firstResult[c]; i < end; ++i)
            result.checks[i].task = plan.checks[c].task;
    }

    if (!result.tampered.isEmpty())
        result.checks.prepend(item(tamperCheckName(), CheckStatus::Fail,
                                   QStringLiteral("%1, so none of the results can be trusted")
                                           .arg(result.tampered),
                                   QStringLiteral("run")));
    if (broken && result.error.isEmpty())
        result.error = QStringLiteral("exercise %1 has a broken check (see the checks)").arg(plan.exerciseId);
    if (!result.error.isEmpty())
        result.status = CheckResult::Status::Error;
    else
        result.status = std::all_of(result.checks.begin(), result.checks.end(),
                                    [](const CheckItem &c) { return c.passed(); })
                ? CheckResult::Status::Pass
                : CheckResult::Status::Fail;
    co_return result;
}

} // namespace Core
