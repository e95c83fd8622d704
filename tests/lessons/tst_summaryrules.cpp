#include "failtemplate.h"
#include "summaryrules.h"

#include <QJsonDocument>
#include <QTest>

using namespace Core;

namespace {

QJsonObject wait(const char *kind, double start, double end, const char *detail = "",
                 const char *wokenBy = "timer")
{
    return QJsonObject{{"kind", kind}, {"start_s", start}, {"end_s", end}, {"detail", detail},
                       {"target", QJsonValue::Null}, {"woken_by", wokenBy}};
}

QJsonObject task(int id, const char *coro, const char *state, QJsonArray waits,
                 const char *name = nullptr)
{
    return QJsonObject{{"id", id}, {"name", name ? name : QStringLiteral("Task-%1").arg(id).toUtf8().constData()},
                       {"coro", coro}, {"parent", QJsonValue::Null}, {"created_s", 0.0},
                       {"first_step_s", 0.0}, {"end_s", 3.0}, {"state", state},
                       {"exception", QJsonValue::Null}, {"steps", 2}, {"running_s", 0.001},
                       {"waits", waits}};
}

QJsonObject line(const char *stream, const char *text)
{
    return QJsonObject{{"t_s", 0.0}, {"stream", stream}, {"task", 1}, {"text", text}};
}

// Three naps overlapping in [0, 1], then one task sleeping twice in a row, a failed task,
// a 250 ms block at line 12, callbacks, executor jobs, output and a warning.
QJsonObject summary()
{
    QJsonArray tasks{
        task(1, "main", "done", {wait("gather", 0, 1, "gather(3)", "task:4"), wait("sleep", 1, 2, "sleep(1)"), wait("sleep", 2, 3, "sleep(1)")}, "main-task"),
        task(2, "nap", "done", {wait("sleep", 0.001, 1, "sleep(1)")}),
        task(3, "nap", "done", {wait("sleep", 0.002, 1, "sleep(1)")}),
        task(4, "nap", "done", {wait("sleep", 0.003, 1, "sleep(1)")}),
        task(5, "boom", "failed", {wait("lock", 1, 1.5, "Lock.acquire", "task:1")}),
    };
    QJsonObject loop{{"iterations", 10}, {"busy_s", 0.3}, {"idle_s", 2.7}, {"max_step_ms", 250.0},
                     {"blocked", QJsonArray{QJsonObject{{"start_s", 0.5}, {"duration_ms", 250.0}, {"task", 1},
                                                        {"file", "x.py"}, {"line", 12}, {"function", "work"}}}},
                     {"callbacks", QJsonArray{QJsonObject{{"name", "tick"}}, QJsonObject{{"name", "tick"}},
                                              QJsonObject{{"name", "tock"}}}}};
    QJsonArray threads{QJsonObject{{"name", "w0"}, {"jobs", QJsonArray{QJsonObject{{"function", "load"}},
                                                                       QJsonObject{{"function", "load"}},
                                                                       QJsonObject{{"function", "save"}}}}}};
    QJsonArray output{line("stdout", "start"), line("stdout", "middle"), line("stderr", "oops: bad"),
                      line("stdout", "done")};
    QJsonArray warnings{QJsonObject{{"kind", "never_awaited"}, {"message", "coroutine 'x' was never awaited"},
                                    {"file", "x.py"}, {"line", 3}}};
    return QJsonObject{{"schema", "loopscope.run-summary/1"}, {"program", "x.py"},
                       {"status", "error"}, {"exit_code", 1}, {"signal", QJsonValue::Null},
                       {"error", QJsonObject{{"type", "ValueError"}, {"message", "bad"},
                                             {"file", "x.py"}, {"line", 9}}},
                       {"wall_s", 3.0}, {"clock", "virtual"}, {"tasks", tasks}, {"loop", loop},
                       {"threads", threads}, {"output", output}, {"warnings", warnings}, {"events", 100}};
}

QJsonObject rule(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestSummaryRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rules_data();
    void rules();
    void invalidRules_data();
    void invalidRules();
    void whyIsCarried();
    void sequentialSleepsDoNotOverlap();
    void openWaitLastsToTheEnd();
    void checkAllKeepsOrderAndNonObjects();
    void observedAndExpected_data();
    void observedAndExpected();
    void failTemplateUsesTheRulesValues();
    void threadsAreCountedByThreadNotName();
    void taskRulesCountTasksPastTheListedOnes();
};

void TestSummaryRules::rules_data()
{
    QTest::addColumn<QByteArray>("rule");
    QTest::addColumn<bool>("passed");
    QTest::addColumn<QString>("message");

    QTest::newRow("status fail") << QByteArray(R"({"rule":"status","is":"ok"})") << false
                                 << "the program ended with status error (ValueError: bad); expected ok";
    QTest::newRow("status pass") << QByteArray(R"({"rule":"status","is":"error"})") << true << "status error";
    QTest::newRow("exit_code pass") << QByteArray(R"({"rule":"exit_code","is":1})") << true << "exited with code 1";
    QTest::newRow("exit_code fail") << QByteArray(R"({"rule":"exit_code","is":0})") << false << "code 1; expected 0";
    QTest::newRow("error pass") << QByteArray(R"({"rule":"error","type":"ValueError"})") << true << "ValueError: bad";
    QTest::newRow("error fail") << QByteArray(R"({"rule":"error","type":"KeyError"})") << false << "expected KeyError";
    QTest::newRow("wall_time pass") << QByteArray(R"({"rule":"wall_time","min_s":2.9,"max_s":3.1})") << true
                                    << "took 3.00 s on the virtual clock";
    QTest::newRow("wall_time fail") << QByteArray(R"({"rule":"wall_time","max_s":1})") << false
                                    << "expected at most 1.00 s";
    QTest::newRow("concurrency pass") << QByteArray(R"({"rule":"concurrency","kind":"sleep","min":3})") << true
                                      << "at most 3 tasks were sleeping at the same time";
    QTest::newRow("concurrency fail") << QByteArray(R"({"rule":"concurrency","kind":"sleep","min":4})") << false
                                      << "expected at least 4 at once";
    QTest::newRow("concurrency max fail") << QByteArray(R"({"rule":"concurrency","kind":"sleep","max":1})") << false
                                          << "expected at most 1 at once";
    QTest::newRow("concurrency any") << QByteArray(R"({"rule":"concurrency","kind":"any","min":4})") << true
                                     << "4 tasks were waiting";
    QTest::newRow("concurrency detail") << QByteArray(R"({"rule":"concurrency","kind":"lock","detail_contains":"Lock","max":1})") << true
                                        << "at most 1 task was waiting for a lock";
    QTest::newRow("concurrency none") << QByteArray(R"({"rule":"concurrency","kind":"queue","min":1})") << false
                                      << "no task was ever waiting on a queue";
    QTest::newRow("tasks pass") << QByteArray(R"({"rule":"tasks","coro":"nap","min":3,"max":3})") << true
                                << "created 3 tasks running nap()";
    QTest::newRow("tasks fail") << QByteArray(R"({"rule":"tasks","max":2})") << false << "created 5 tasks; expected at most 2";
    QTest::newRow("tasks by name") << QByteArray(R"({"rule":"tasks","name":"main-task","min":1})") << true << "named \"main-task\"";
    QTest::newRow("task_state pass") << QByteArray(R"({"rule":"task_state","state":"failed","coro":"boom"})") << true
                                     << "1 of 1 task running boom() ended failed";
    QTest::newRow("task_state fail") << QByteArray(R"({"rule":"task_state","state":"cancelled"})") << false
                                     << "expected at least 1 cancelled";
    QTest::newRow("waits pass") << QByteArray(R"({"rule":"waits","kind":"sleep","min":5,"max":5})") << true << "5 waits sleeping";
    QTest::newRow("waits woken_by") << QByteArray(R"({"rule":"waits","kind":"any","woken_by":"task:","min":2})") << true << "woken by task:";
    QTest::newRow("waits fail") << QByteArray(R"({"rule":"waits","kind":"executor","min":1})") << false << "0 waits";
    QTest::newRow("blocked pass") << QByteArray(R"({"rule":"blocked","min_ms":200,"line":12})") << true
                                  << "blocked for 250 ms at line 12 in work()";
    QTest::newRow("blocked fail") << QByteArray(R"({"rule":"blocked","min_ms":500})") << false
                                  << "the longest block held the loop for 250 ms at line 12 in work(); expected a block of at least 500 ms";
    QTest::newRow("blocked wrong line") << QByteArray(R"({"rule":"blocked","min_ms":100,"line":99})") << false
                                        << "never blocked at line 99";
    QTest::newRow("not_blocked pass") << QByteArray(R"({"rule":"not_blocked","ms":300})") << true << "250 ms";
    QTest::newRow("not_blocked fail") << QByteArray(R"({"rule":"not_blocked","ms":100})") << false
                                      << "a step held the loop for 250 ms at line 12 in work(); expected every step under 100 ms";
    QTest::newRow("output pass") << QByteArray(R"({"rule":"output","lines":["start","middle","done"]})") << true << "3 lines";
    QTest::newRow("output differs") << QByteArray(R"({"rule":"output","lines":["start","end","done"]})") << false
                                    << "line 2 of stdout was \"middle\"; expected \"end\"";
    QTest::newRow("output shorter") << QByteArray(R"({"rule":"output","lines":["start","middle"]})") << false
                                    << "stdout had 3 lines; expected 2";
    QTest::newRow("output stderr") << QByteArray(R"({"rule":"output","stream":"stderr","lines":["oops: bad"]})") << true << "stderr";
    QTest::newRow("output_contains pass") << QByteArray(R"({"rule":"output_contains","text":"midd"})") << true << "line 2";
    QTest::newRow("output_contains fail") << QByteArray(R"({"rule":"output_contains","text":"oops"})") << false
                                          << "no line of stdout contains \"oops\"";
    QTest::newRow("output_order pass") << QByteArray(R"({"rule":"output_order","lines":["start","done"]})") << true << "in the expected order";
    QTest::newRow("output_order swapped") << QByteArray(R"({"rule":"output_order","lines":["done","start"]})") << false
                                          << "\"start\" was printed before \"done\", not after it";
    QTest::newRow("output_order missing") << QByteArray(R"({"rule":"output_order","lines":["start","nope"]})") << false
                                          << "never printed the line \"nope\"";
    QTest::newRow("warning pass") << QByteArray(R"({"rule":"warning","kind":"never_awaited"})") << true << "was never awaited";
    QTest::newRow("warning fail") << QByteArray(R"({"rule":"warning","kind":"never_awaited","max":0})") << false << "expected at most 0";
    QTest::newRow("threads pass") << QByteArray(R"({"rule":"threads","jobs_min":2,"function":"load"})") << true << "2 jobs running load() (on 1 thread)";
    QTest::newRow("threads fail") << QByteArray(R"({"rule":"threads","jobs_max":1})") << false << "3 jobs";
    QTest::newRow("callbacks pass") << QByteArray(R"({"rule":"callbacks","name":"tick","min":2,"max":2})") << true << "2 callbacks of tick()";
    QTest::newRow("callbacks fail") << QByteArray(R"({"rule":"callbacks","min":4})") << false << "ran 3 callbacks; expected at least 4";
}

void TestSummaryRules::rules()
{
    QFETCH(QByteArray, rule);
    QFETCH(bool, passed);
    QFETCH(QString, message);
    const RuleResult r = SummaryRules::check(::rule(rule), summary());
    QVERIFY2(!r.invalid, qPrintable(r.message));
    QVERIFY2(r.message.contains(message), qPrintable(r.message));
    QCOMPARE(r.passed, passed);
}

void TestSummaryRules::invalidRules_data()
{
    QTest::addColumn<QByteArray>("rule");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown rule") << QByteArray(R"({"rule":"sparkles"})") << "unknown rule 'sparkles' (known rules: status,";
    QTest::newRow("no name") << QByteArray(R"({"is":"ok"})") << "needs a \"rule\" name";
    QTest::newRow("unknown field") << QByteArray(R"({"rule":"concurrency","kind":"sleep","mni":3})") << "has no field 'mni'";
    QTest::newRow("missing field") << QByteArray(R"({"rule":"status"})") << "needs 'is'";
    QTest::newRow("no bound") << QByteArray(R"({"rule":"tasks","coro":"x"})") << "needs min or max";
    QTest::newRow("wrong type") << QByteArray(R"({"rule":"wall_time","max_s":"2"})") << "'max_s' must be a number";
    QTest::newRow("bad status") << QByteArray(R"({"rule":"status","is":"fine"})") << "must be one of ok, error";
    QTest::newRow("bad kind") << QByteArray(R"({"rule":"waits","kind":"nap","min":1})") << "must be one of sleep";
    QTest::newRow("min over max") << QByteArray(R"({"rule":"callbacks","min":3,"max":1})") << "'min' is larger than 'max'";
    QTest::newRow("bad stream") << QByteArray(R"({"rule":"output","lines":[],"stream":"out"})") << "'stream' must be one of";
    QTest::newRow("lines not strings") << QByteArray(R"({"rule":"output","lines":[1]})") << "a list of strings";
}

void TestSummaryRules::invalidRules()
{
    QFETCH(QByteArray, rule);
    QFETCH(QString, message);
    const RuleResult r = SummaryRules::check(::rule(rule), summary());
    QVERIFY(r.invalid);
    QVERIFY(!r.passed);
    QVERIFY2(r.message.contains(message), qPrintable(r.message));
    QCOMPARE(SummaryRules::validate(::rule(rule)), r.message);
}

void TestSummaryRules::whyIsCarried()
{
    const RuleResult r = SummaryRules::check(
            rule(R"({"rule":"status","is":"ok","why":"It should finish cleanly."})"), summary());
    QCOMPARE(r.why, QStringLiteral("It should finish cleanly."));
    QCOMPARE(r.label, QStringLiteral("status is=ok"));
}

void TestSummaryRules::sequentialSleepsDoNotOverlap()
{
    // One sleep ending exactly when the next starts: one after the other, never two at once.
    QJsonObject s = summary();
    s.insert(QLatin1String("tasks"), QJsonArray{task(1, "main", "done", {wait("sleep", 0, 1), wait("sleep", 1, 2)}),
                                                task(2, "t", "done", {wait("sleep", 2, 3)})});
    const RuleResult r = SummaryRules::check(rule(R"({"rule":"concurrency","kind":"sleep","min":3})"), s);
    QVERIFY(!r.passed);
    QCOMPARE(r.message, QStringLiteral("the tasks took turns: at most 1 task was sleeping at a time; "
                                       "expected at least 3 at once"));
}

void TestSummaryRules::openWaitLastsToTheEnd()
{
    QJsonObject s = summary();
    QJsonObject open = wait("event", 0.5, 0);
    open.insert(QLatin1String("end_s"), QJsonValue::Null);
    s.insert(QLatin1String("tasks"), QJsonArray{task(1, "a", "pending", {open}),
                                                task(2, "b", "done", {wait("event", 2, 2.5)})});
    QVERIFY(SummaryRules::check(rule(R"({"rule":"concurrency","kind":"event","min":2})"), s).passed);
}

void TestSummaryRules::checkAllKeepsOrderAndNonObjects()
{
    const QJsonArray rules{rule(R"({"rule":"status","is":"error"})"), 42,
                           rule(R"({"rule":"tasks","min":1})")};
    const QList<RuleResult> results = SummaryRules::checkAll(rules, summary());
    QCOMPARE(results.size(), 3);
    QVERIFY(results.at(0).passed);
    QVERIFY(results.at(1).invalid);
    QVERIFY(results.at(2).passed);
    QVERIFY(!SummaryRules::allPassed(results));
    QVERIFY(SummaryRules::allPassed({results.at(0), results.at(2)}));
}

void TestSummaryRules::observedAndExpected_data()
{
    // What an exercise's fail sentence gets for {observed} and {expected}.
    QTest::addColumn<QByteArray>("rule");
    QTest::addColumn<QString>("observed");
    QTest::addColumn<QString>("expected");
    QTest::newRow("status") << QByteArray(R"({"rule":"status","is":"ok"})") << "error" << "ok";
    QTest::newRow("exit_code") << QByteArray(R"({"rule":"exit_code","is":0})") << "1" << "0";
    QTest::newRow("error") << QByteArray(R"({"rule":"error","type":"KeyError"})") << "ValueError" << "KeyError";
    QTest::newRow("wall_time") << QByteArray(R"({"rule":"wall_time","max_s":1})") << "3.00 s" << "at most 1.00 s";
    QTest::newRow("concurrency") << QByteArray(R"({"rule":"concurrency","kind":"sleep","min":4})") << "3" << "at least 4";
    QTest::newRow("concurrency range") << QByteArray(R"({"rule":"concurrency","kind":"sleep","min":2,"max":3})") << "3" << "2 to 3";
    QTest::newRow("tasks") << QByteArray(R"({"rule":"tasks","min":6})") << "5" << "at least 6";
    QTest::newRow("task_state") << QByteArray(R"({"rule":"task_state","state":"failed"})") << "1" << "at least 1";
    QTest::newRow("waits") << QByteArray(R"({"rule":"waits","kind":"sleep","max":1})") << "5" << "at most 1";
    QTest::newRow("blocked") << QByteArray(R"({"rule":"blocked","min_ms":300})") << "250 ms" << "at least 300 ms";
    QTest::newRow("blocked passing") << QByteArray(R"({"rule":"blocked","min_ms":100})") << "250 ms" << "at least 100 ms";
    QTest::newRow("blocked other line") << QByteArray(R"({"rule":"blocked","min_ms":100,"line":3})") << "0.0 ms" << "at least 100 ms";
    QTest::newRow("not_blocked") << QByteArray(R"({"rule":"not_blocked","ms":100})") << "250 ms" << "under 100 ms";
    QTest::newRow("output") << QByteArray(R"({"rule":"output","lines":["start"]})") << "3 lines" << "1 line";
    QTest::newRow("output_contains") << QByteArray(R"({"rule":"output_contains","text":"nope","stream":"stderr"})") << "1 line" << "\"nope\"";
    QTest::newRow("warning") << QByteArray(R"({"rule":"warning","kind":"loop_blocked"})") << "0" << "at least 1";
    QTest::newRow("threads") << QByteArray(R"({"rule":"threads","jobs_max":1})") << "3" << "at most 1";
    QTest::newRow("callbacks") << QByteArray(R"({"rule":"callbacks","name":"tick","min":3})") << "2" << "at least 3";
}

void TestSummaryRules::observedAndExpected()
{
    QFETCH(QByteArray, rule);
    QFETCH(QString, observed);
    QFETCH(QString, expected);
    const RuleResult r = SummaryRules::check(::rule(rule), summary());
    QVERIFY2(!r.invalid, qPrintable(r.message));
    QCOMPARE(r.observed, observed);
    QCOMPARE(r.expected, expected);
}

void TestSummaryRules::failTemplateUsesTheRulesValues()
{
    const QJsonObject r = rule(R"({"rule":"concurrency","kind":"sleep","min":4})");
    const QString text = QStringLiteral("ran {observed} at a time; wanted {expected}");
    QCOMPARE(FailTemplate::fill(text, SummaryRules::check(r, summary())),
             QStringLiteral("ran 3 at a time; wanted at least 4"));
}

void TestSummaryRules::threadsAreCountedByThreadNotName()
{
    // Two pools can both name a thread "worker_0": they are still two threads (two lanes).
    QJsonObject s = summary();
    auto thread = [](const char *name, int jobs) {
        QJsonArray list;
        for (int i = 0; i < jobs; ++i)
            list.append(QJsonObject{{"function", "load"}});
        return QJsonObject{{"name", name}, {"jobs", list}};
    };
    s.insert(QLatin1String("threads"), QJsonArray{thread("worker_0", 1), thread("worker_0", 2),
                                                  thread("idle", 0)});
    const RuleResult r = SummaryRules::check(rule(R"({"rule":"threads","jobs_min":3,"function":"load"})"), s);
    QVERIFY(r.passed);
    QCOMPARE(r.message, QStringLiteral("worker threads ran 3 jobs running load() (on 2 threads)"));
}

// A summary cut to its first tasks (SummaryLimits::tasks, 5,000 by default) still counts every
// task per coroutine in "task_groups": the task rules count from there, not from the list
// (issue 14: a run of 7,000 fetches passed "at most 5,000 fetches").
void TestSummaryRules::taskRulesCountTasksPastTheListedOnes()
{
    QJsonObject s = summary();
    QJsonArray listed{task(1, "main", "done", {}), task(2, "fetch", "done", {}),
                      task(3, "fetch", "cancelled", {})};
    s.insert("tasks", listed);
    s.insert("truncated", QJsonObject{{"tasks", QJsonObject{{"total", 7001}, {"listed", 3}}}});
    s.insert("task_groups", QJsonArray{
            QJsonObject{{"coro", "main"}, {"library", QJsonValue::Null}, {"tasks", 1}, {"steps", 2},
                        {"running_s", 0.1}, {"done", 1}, {"cancelled", 0}, {"failed", 0}, {"pending", 0}},
            QJsonObject{{"coro", "fetch"}, {"library", QJsonValue::Null}, {"tasks", 7000}, {"steps", 14000},
                        {"running_s", 1.0}, {"done", 6000}, {"cancelled", 990}, {"failed", 4}, {"pending", 6}}});

    RuleResult r = SummaryRules::check(QJsonObject{{"rule", "tasks"}, {"coro", "fetch"}, {"max", 5000}}, s);
    QVERIFY2(!r.passed, qPrintable(r.message));
    QCOMPARE(r.message, QStringLiteral("the program created 7000 tasks running fetch(); expected at most 5000"));
    r = SummaryRules::check(QJsonObject{{"rule", "tasks"}, {"min", 7001}, {"max", 7001}}, s);
    QVERIFY2(r.passed, qPrintable(r.message));
    r = SummaryRules::check(QJsonObject{{"rule", "task_state"}, {"coro", "fetch"}, {"state", "cancelled"}, {"min", 990}}, s);
    QVERIFY2(r.passed, qPrintable(r.message));
    QVERIFY2(r.message.startsWith(QLatin1String("990 of 7000 tasks")), qPrintable(r.message));
    r = SummaryRules::check(QJsonObject{{"rule", "task_state"}, {"state", "pending"}, {"max", 0}}, s);
    QVERIFY2(!r.passed, qPrintable(r.message));
    // By name, only the listed tasks can be looked at.
    r = SummaryRules::check(QJsonObject{{"rule", "tasks"}, {"name", "Task-2"}, {"min", 1}, {"max", 1}}, s);
    QVERIFY2(r.passed, qPrintable(r.message));
}

QTEST_GUILESS_MAIN(TestSummaryRules)
#include "tst_summaryrules.moc"
