#include "catalogloader.h"
#include "exercisecatalog.h"
#include "exercisechecker.h"
#include "interpreterset.h"

#include <QCoro/QCoroTask>
#include <QtTest>
#include <algorithm>
#include <memory>
#include <vector>

using namespace Lessons;

namespace {

//! One file of an exercise to check on one interpreter: its starter, its solution or one of
//! its wrong/ files.
struct Job {
    const Exercise *exercise = nullptr;
    QString role;   // "starter", "solution" or the wrong/ file
    QString path;
    const WrongSolution *wrong = nullptr;
    Core::PythonInterpreter python;
    Core::CheckResult result;
};

struct Queue {
    std::vector<Job> *jobs;
    size_t next = 0;
};

QCoro::Task<> worker(std::shared_ptr<Queue> queue)
{
    while (queue->next < queue->jobs->size()) {
        Job &job = (*queue->jobs)[queue->next++];
        Core::CheckEngine::Options options;
        options.python = job.python.executable;
        job.result = co_await ExerciseChecker::check(*job.exercise, job.path, options);
    }
}

// Two at a time: the machine has two cores and timing checks need some headroom.
QCoro::Task<> runAll(std::vector<Job> *jobs, int parallel)
{
    auto queue = std::make_shared<Queue>(Queue{jobs});
    std::vector<QCoro::Task<>> workers;
    for (int i = 0; i < parallel; ++i)
        workers.push_back(worker(queue));
    for (auto &w : workers)
        co_await w;
}

QString describe(const Core::CheckResult &r)
{
    QStringList lines{Core::CheckResult::statusName(r.status) + QLatin1Char(' ') + r.error};
    for (const Core::CheckItem &c : r.checks)
        lines << QStringLiteral("  %1 %2: %3").arg(Core::CheckItem::statusName(c.status), c.name, c.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

//! Every exercise of the catalog, checked for real on every Python 3.11+ this machine has that
//! has the exercise's required modules.
class TestExercises : public QObject
{
    Q_OBJECT
private:
    ExerciseCatalog m_exercises;
    std::vector<Job> m_jobs;
    QStringList m_skipped; // "exercise id on 3.12.1: lacks httpx"

    const Job *job(const QString &id, const QString &role, const QString &python) const
    {
        for (const Job &j : m_jobs)
            if (j.exercise->id == id && j.role == role && j.python.executable == python)
                return &j;
        return nullptr;
    }

    void rows(const QString &role)
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("python");
        for (const Job &j : m_jobs)
            if (role == QLatin1String("wrong") ? j.wrong != nullptr : j.role == role)
                QTest::newRow(qPrintable(QStringLiteral("%1 %2 %3").arg(j.python.version, j.exercise->id, j.role)))
                        << j.exercise->id << j.role << j.python.executable;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const Catalog catalog = CatalogLoader::load(QStringLiteral(LOOPSCOPE_CATALOG_SOURCE_DIR));
        m_exercises = ExerciseCatalog::load(catalog);
        const QStringList only = qEnvironmentVariable("LOOPSCOPE_EXERCISES")
                                         .split(QLatin1Char(','), Qt::SkipEmptyParts);
        const QList<Core::PythonInterpreter> pythons = QCoro::waitFor(InterpreterSet::discover());
        QVERIFY2(!pythons.isEmpty(), "no Python 3.11+ on this machine");
        for (const Core::PythonInterpreter &py : pythons) {
            qInfo().noquote() << "checking on Python" << py.version << py.executable;
            for (const Exercise &e : m_exercises.exercises()) {
                if (!only.isEmpty() && !only.contains(e.id))
                    continue;
                const QStringList missing = QCoro::waitFor(
                        InterpreterSet::missingModules(py.executable, e.plan.requiredModules));
                if (!missing.isEmpty()) {
                    m_skipped << QStringLiteral("%1 on %2: lacks %3").arg(e.id, py.version, missing.join(u','));
                    continue;
                }
                m_jobs.push_back({&e, QStringLiteral("starter"), e.starterPath, nullptr, py});
                m_jobs.push_back({&e, QStringLiteral("solution"), e.solutionPath, nullptr, py});
                for (const WrongSolution &w : e.wrong)
                    m_jobs.push_back({&e, w.file, w.path, &w, py});
            }
        }
        for (const QString &s : std::as_const(m_skipped))
            qInfo().noquote() << "skip" << s;
        QVERIFY2(!m_jobs.empty(), "no exercise to check");
        QCoro::waitFor(runAll(&m_jobs, 2));
    }

    void catalogHasNoIssues()
    {
        QStringList issues;
        for (const CatalogIssue &i : m_exercises.issues())
            issues << i.toString();
        QVERIFY2(issues.isEmpty(), qPrintable(issues.join(QLatin1Char('\n'))));
    }

    void everyExerciseIsCheckedSomewhere()
    {
        QStringList nowhere;
        for (const Exercise &e : m_exercises.exercises()) {
            const bool checked = std::any_of(m_jobs.cbegin(), m_jobs.cend(),
                                             [&](const Job &j) { return j.exercise == &e; });
            if (!checked && (qEnvironmentVariableIsEmpty("LOOPSCOPE_EXERCISES")
                             || qEnvironmentVariable("LOOPSCOPE_EXERCISES").split(u',').contains(e.id)))
                nowhere << e.id;
        }
        QVERIFY2(nowhere.isEmpty(), qPrintable(QStringLiteral("checked on no interpreter: %1\n%2")
                                                       .arg(nowhere.join(u','), m_skipped.join(u'\n'))));
    }

    void starterFails_data() { rows(QStringLiteral("starter")); }
    void starterFails()
    {
        QFETCH(QString, id);
        QFETCH(QString, role);
        QFETCH(QString, python);
        const Job *j = job(id, role, python);
        QVERIFY2(j->result.status == Core::CheckResult::Status::Fail, qPrintable(describe(j->result)));
    }

    void solutionPasses_data() { rows(QStringLiteral("solution")); }
    void solutionPasses()
    {
        QFETCH(QString, id);
        QFETCH(QString, role);
        QFETCH(QString, python);
        const Job *j = job(id, role, python);
        QVERIFY2(j->result.passed(), qPrintable(describe(j->result)));
    }

    void wrongSolutionFailsWithItsMessage_data() { rows(QStringLiteral("wrong")); }
    void wrongSolutionFailsWithItsMessage()
    {
        QFETCH(QString, id);
        QFETCH(QString, role);
        QFETCH(QString, python);
        const Job *j = job(id, role, python);
        QVERIFY2(j->result.status == Core::CheckResult::Status::Fail, qPrintable(describe(j->result)));
        const Core::CheckItem *item = j->result.item(j->wrong->fails);
        QVERIFY2(item, qPrintable(QStringLiteral("no check named \"%1\":\n%2").arg(j->wrong->fails, describe(j->result))));
        QVERIFY2(item->status == Core::CheckStatus::Fail, qPrintable(describe(j->result)));
        QVERIFY2(item->message.contains(j->wrong->messageContains),
                 qPrintable(QStringLiteral("\"%1\" does not contain \"%2\"").arg(item->message, j->wrong->messageContains)));
    }
};

QTEST_GUILESS_MAIN(TestExercises)
#include "tst_exercises.moc"
