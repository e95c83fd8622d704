// The course outline: one row per module, lesson, step and exercise of the built-in catalog,
// a filter that finds lessons by title, objective or section id, and progress marks.
#include "catalogloader.h"
#include "courseoutline.h"
#include "courseoutlinemodel.h"
#include "exercisecatalog.h"
#include "lessonsfolder.h"
#include "progressstore.h"

#include <QColor>

#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Ui;
using Kind = CourseOutlineModel::Kind;

namespace {

int countKind(const QAbstractItemModel &model, Kind kind, const QModelIndex &parent = {})
{
    int n = 0;
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex i = model.index(r, 0, parent);
        n += Kind(i.data(CourseOutlineModel::KindRole).toInt()) == kind;
        n += countKind(model, kind, i);
    }
    return n;
}

QModelIndex findLesson(const QAbstractItemModel &model, const QString &id, const QModelIndex &parent = {})
{
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex i = model.index(r, 0, parent);
        if (Kind(i.data(CourseOutlineModel::KindRole).toInt()) == Kind::Lesson
            && i.data(CourseOutlineModel::LessonIdRole).toString() == id)
            return i;
        if (const QModelIndex found = findLesson(model, id, i); found.isValid())
            return found;
    }
    return {};
}

} // namespace

class TstCourseOutlineModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_catalog = Lessons::CatalogLoader::loadBuiltIn();
        m_exercises = Lessons::ExerciseCatalog::load(m_catalog);
        QVERIFY(!m_catalog.modules().isEmpty());
        QVERIFY(m_dir.isValid());
    }

    void countsFollowTheCatalog()
    {
        Lessons::ProgressStore progress(m_dir.filePath(QStringLiteral("counts.json")));
        CourseOutlineModel model;
        model.setCatalog(&m_catalog, &m_exercises, &progress);
        QCOMPARE(model.rowCount(), m_catalog.modules().size());
        int steps = 0;
        for (const Lessons::Lesson *l : m_catalog.lessons())
            steps += int(l->steps.size());
        QCOMPARE(countKind(model, Kind::Lesson), int(m_catalog.lessons().size()));
        QCOMPARE(countKind(model, Kind::Step), steps);
        QCOMPARE(countKind(model, Kind::Exercise), int(m_exercises.exercises().size()));
        const QModelIndex first = model.index(0, 0);
        QCOMPARE(first.data().toString(), m_catalog.modules().first().title);
        QCOMPARE(model.rowCount(first), m_catalog.modules().first().lessons.size());
        // The first lesson's steps are numbered, in order.
        const QModelIndex lesson = model.index(0, 0, first);
        QCOMPARE(model.index(0, 0, lesson).data().toString(),
                 QStringLiteral("1. ") + m_catalog.lessons().first()->steps.first().title);
        // gather has its exercise after its steps.
        const QModelIndex gather = findLesson(model, QStringLiteral("running-many/gather"));
        QVERIFY(gather.isValid());
        const QModelIndex last = model.index(model.rowCount(gather) - 1, 0, gather);
        QCOMPARE(last.data(CourseOutlineModel::ExerciseIdRole).toString(), QStringLiteral("gather-basics"));
    }

    void filterFindsTitleObjectiveAndSection()
    {
        Lessons::ProgressStore progress(m_dir.filePath(QStringLiteral("filter.json")));
        CourseOutline outline;
        outline.model()->setCatalog(&m_catalog, &m_exercises, &progress);
        const QAbstractItemModel &proxy = *outline.filterModel();
        const int all = countKind(proxy, Kind::Lesson);

        outline.filterEdit()->setText(QStringLiteral("three downloads"));
        QVERIFY(countKind(proxy, Kind::Lesson) < all);
        // A matching lesson keeps its steps (and its quiz and exercises) visible.
        const QModelIndex lesson = findLesson(proxy, QStringLiteral("why-async/three-downloads"));
        QVERIFY(lesson.isValid());
        const Lessons::Lesson *l = m_catalog.lesson(QStringLiteral("why-async/three-downloads"));
        QCOMPARE(proxy.rowCount(lesson), l->steps.size() + (l->quiz.isEmpty() ? 0 : 1)
                                                 + m_exercises.exercisesOf(l->id).size());

        // An objective's words.
        outline.filterEdit()->setText(QStringLiteral("sequential awaits add"));
        QVERIFY(findLesson(proxy, QStringLiteral("why-async/three-downloads")).isValid());

        // A section id finds every lesson that covers it.
        int covering = 0;
        for (const Lessons::Lesson *l : m_catalog.lessons())
            covering += l->covers.contains(QStringLiteral("G2-3"));
        QVERIFY(covering > 0);
        outline.filterEdit()->setText(QStringLiteral("G2-3"));
        QVERIFY(countKind(proxy, Kind::Lesson) >= covering);

        outline.filterEdit()->setText(QStringLiteral("no lesson is called this"));
        QCOMPARE(proxy.rowCount(), 0);
        outline.filterEdit()->clear();
        QCOMPARE(countKind(proxy, Kind::Lesson), all);
    }

    // Seen, run with its checks holding, quiz right, exercise passed: each its own mark, and
    // a lesson is done only when all of it is; the module counts its done lessons.
    void progressMarksShowWhatTheLearnerDid()
    {
        using Mark = CourseOutlineModel::Mark;
        Lessons::ProgressStore progress(m_dir.filePath(QStringLiteral("marks.json")));
        CourseOutlineModel model;
        model.setCatalog(&m_catalog, &m_exercises, &progress);
        const QString id = QStringLiteral("why-async/three-downloads");
        const Lessons::Lesson *l = m_catalog.lesson(id);
        const QModelIndex step0 = model.stepIndex(id, 0);
        QVERIFY(step0.isValid());
        auto mark = [](const QModelIndex &i) {
            return Mark(i.siblingAtColumn(1).data(CourseOutlineModel::MarkRole).toInt());
        };
        auto text = [](const QModelIndex &i) { return i.siblingAtColumn(1).data().toString(); };
        QCOMPARE(mark(step0), Mark::None);
        QCOMPARE(text(step0), QString());
        // A module tells how big it is before any lesson is done: "0/5", not blank.
        const int lessonsInModule = int(m_catalog.modules().first().lessons.size());
        QCOMPARE(text(step0.parent().parent()), QStringLiteral("0/%1").arg(lessonsInModule));
        QCOMPARE(mark(step0.parent().parent()), Mark::Counted);

        // Clicking a step is seeing it, not doing it.
        progress.markStepVisited(id, 0);
        model.refreshProgress();
        QCOMPARE(mark(step0), Mark::Seen);
        QCOMPARE(text(step0), QStringLiteral("•"));
        const QModelIndex lesson = step0.parent();
        QCOMPARE(mark(lesson), Mark::Started);
        // Its example ran and showed what it must: now the step is done.
        for (const QString &e : l->steps[0].examples)
            progress.markExampleCompleted(id, e);
        model.refreshProgress();
        QCOMPARE(mark(step0), Mark::Ran);
        QCOMPARE(text(step0), QStringLiteral("✓"));
        QVERIFY(step0.siblingAtColumn(1).data(Qt::ForegroundRole).value<QColor>()
                != model.stepIndex(id, 1).siblingAtColumn(1).data(Qt::ForegroundRole).value<QColor>()
                || mark(model.stepIndex(id, 1)) == Mark::None);

        // The quiz has its own row, counting right answers.
        QModelIndex quiz;
        for (int r = 0; r < model.rowCount(lesson); ++r)
            if (Kind(model.index(r, 0, lesson).data(CourseOutlineModel::KindRole).toInt()) == Kind::Quiz)
                quiz = model.index(r, 0, lesson);
        QVERIFY(quiz.isValid());
        QCOMPARE(quiz.data(CourseOutlineModel::StepRole).toInt(), int(l->steps.size()) - 1);
        progress.setQuizAnswer(id, 0, l->quiz[0].answer);
        progress.setQuizAnswer(id, 1, (l->quiz[1].answer + 1) % int(l->quiz[1].choices.size()));
        model.refreshProgress();
        QCOMPARE(mark(quiz), Mark::QuizPartly);
        QCOMPARE(text(quiz), QStringLiteral("1/%1").arg(l->quiz.size()));
        for (int q = 0; q < l->quiz.size(); ++q)
            progress.setQuizAnswer(id, q, l->quiz[q].answer);
        model.refreshProgress();
        QCOMPARE(mark(quiz), Mark::QuizRight);

        progress.markLessonCompleted(id);
        model.refreshProgress();
        QCOMPARE(text(lesson), QStringLiteral("●"));
        QCOMPARE(text(lesson.parent()),
                 QStringLiteral("1/%1").arg(m_catalog.modules().first().lessons.size()));

        const QModelIndex exercise = model.exerciseIndex(QStringLiteral("gather-basics"));
        QVERIFY(exercise.isValid());
        progress.recordExerciseCheck(QStringLiteral("gather-basics"), false);
        model.refreshProgress();
        QCOMPARE(mark(exercise), Mark::Failed);
        QCOMPARE(text(exercise), QStringLiteral("✗"));
        progress.recordExerciseCheck(QStringLiteral("gather-basics"), true);
        model.refreshProgress();
        QCOMPARE(mark(exercise), Mark::Passed);
        QCOMPARE(text(exercise), QStringLiteral("✓"));

        // Progress survives a restart: a new store on the same file, a new model.
        Lessons::ProgressStore reopened(progress.filePath());
        CourseOutlineModel again;
        again.setCatalog(&m_catalog, &m_exercises, &reopened);
        QCOMPARE(mark(again.stepIndex(id, 0)), Mark::Ran);
        QCOMPARE(mark(again.exerciseIndex(QStringLiteral("gather-basics"))), Mark::Passed);
        QCOMPARE(reopened.exerciseFailedAttempts(QStringLiteral("gather-basics")), 1);
    }

    void selectingAStepOpensIt()
    {
        Lessons::ProgressStore progress(m_dir.filePath(QStringLiteral("select.json")));
        CourseOutline outline;
        outline.model()->setCatalog(&m_catalog, &m_exercises, &progress);
        QString lesson;
        int step = -2;
        connect(&outline, &CourseOutline::stepActivated, this, [&](const QString &l, int s) {
            lesson = l;
            step = s;
        });
        const QModelIndex source = outline.model()->stepIndex(QStringLiteral("why-async/three-downloads"), 1);
        outline.view()->setCurrentIndex(outline.filterModel()->mapFromSource(source));
        QCOMPARE(lesson, QStringLiteral("why-async/three-downloads"));
        QCOMPARE(step, 1);
        // Showing a step from elsewhere highlights it without re-opening it.
        step = -2;
        outline.setCurrentStep(QStringLiteral("why-async/three-downloads"), 2);
        QCOMPARE(step, -2);
        QCOMPARE(outline.filterModel()->mapToSource(outline.view()->currentIndex()),
                 outline.model()->stepIndex(QStringLiteral("why-async/three-downloads"), 2));
    }

    void lessonsFolderFollowsTheBuiltInModules()
    {
        // The lessons fixture with broken files: its good lessons join, marked as the folder's.
        const QString dir = QStringLiteral(LOOPSCOPE_TEST_DATA "/../lessons/fixtures/broken");
        const Lessons::LessonsFolder folder = Lessons::LessonsFolder::load(dir, m_catalog, m_exercises);
        QVERIFY(!folder.lessons().isEmpty());
        QVERIFY(folder.fatalIssueCount() > 0);
        CourseOutlineModel model;
        model.setCatalog(&m_catalog, &m_exercises, nullptr);
        const int builtInModules = model.rowCount();
        const int builtInLessons = countKind(model, Kind::Lesson);
        model.setLessonsFolder(&folder);
        QCOMPARE(countKind(model, Kind::Lesson), builtInLessons + int(folder.lessons().size()));
        QVERIFY(model.rowCount() > builtInModules);
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex i = model.index(r, 0);
            QCOMPARE(i.data(CourseOutlineModel::FromFolderRole).toBool(), r >= builtInModules);
            if (r >= builtInModules) {
                QVERIFY(i.data().toString().endsWith(QLatin1String("(from broken)")));
                QVERIFY(i.data(Qt::ToolTipRole).toString().contains(folder.path()));
            }
        }
        const QModelIndex good = findLesson(model, QStringLiteral("mod/good"));
        QVERIFY(good.isValid());
        QVERIFY(good.data(CourseOutlineModel::FromFolderRole).toBool());
        QVERIFY(!findLesson(model, QStringLiteral("mod/bad-json")).isValid());
        model.setLessonsFolder(nullptr);
        QCOMPARE(model.rowCount(), builtInModules);
        QCOMPARE(countKind(model, Kind::Lesson), builtInLessons);
    }

private:
    Lessons::Catalog m_catalog;
    Lessons::ExerciseCatalog m_exercises;
    QTemporaryDir m_dir;
};

QTEST_MAIN(TstCourseOutlineModel)
#include "tst_courseoutlinemodel.moc"
