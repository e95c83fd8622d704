#include "courseoutlinemodel.h"

#include "catalog.h"
#include "exercisecatalog.h"
#include "lessonsfolder.h"
#include "lessonview.h"
#include "progressstore.h"
#include "quizcard.h"

#include <QColor>
#include <QFont>
#include <QPalette>

#include <algorithm>

namespace Ui {

CourseOutlineModel::CourseOutlineModel(QObject *parent) : QAbstractItemModel(parent) {}

int CourseOutlineModel::add(Node node)
{
    const int id = int(m_nodes.size());
    std::vector<int> &siblings = node.parent < 0 ? m_roots : m_nodes[std::size_t(node.parent)].children;
    node.row = int(siblings.size());
    siblings.push_back(id);
    m_nodes.push_back(std::move(node));
    return id;
}

void CourseOutlineModel::setCatalog(const Lessons::Catalog *catalog,
                                    const Lessons::ExerciseCatalog *exercises,
                                    const Lessons::ProgressStore *progress)
{
    m_catalog = catalog;
    m_exercises = exercises;
    m_progress = progress;
    rebuild();
}

void CourseOutlineModel::setLessonsFolder(const Lessons::LessonsFolder *folder)
{
    m_folder = folder;
    rebuild();
}

void CourseOutlineModel::rebuild()
{
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    if (m_catalog)
        addModules(*m_catalog, m_exercises, nullptr);
    if (m_folder)
        addModules(m_folder->catalog(), &m_folder->exercises(), m_folder);
    endResetModel();
}

void CourseOutlineModel::addModules(const Lessons::Catalog &catalog,
                                    const Lessons::ExerciseCatalog *exercises,
                                    const Lessons::LessonsFolder *folder)
{
    const bool fromFolder = folder != nullptr;
    for (const Lessons::Module &module : catalog.modules()) {
        if (folder && std::none_of(module.lessons.cbegin(), module.lessons.cend(),
                                   [folder](const Lessons::Lesson &l) { return !folder->isLeftOut(l.id); }))
            continue; // nothing of it is on offer
        Node moduleNode{Kind::Module, -1, 0, {}, module.title, {}, {}, module.title + u' ' + module.id};
        if (folder) {
            moduleNode.title = tr("%1 (from %2)").arg(module.title, folder->name());
            moduleNode.search += u' ' + folder->name();
        }
        moduleNode.fromFolder = fromFolder;
        const int m = add(std::move(moduleNode));
        for (const Lessons::Lesson &lesson : module.lessons) {
            if (folder && folder->isLeftOut(lesson.id))
                continue;
            const QString search = QStringList{lesson.title, lesson.summary, lesson.id,
                                               lesson.objectives.join(u' '), lesson.covers.join(u' ')}
                                           .join(u' ');
            Node lessonNode{Kind::Lesson, m, 0, {}, lesson.title, lesson.id, {}, search};
            lessonNode.fromFolder = fromFolder;
            const int l = add(std::move(lessonNode));
            for (int s = 0; s < lesson.steps.size(); ++s) {
                Node step{Kind::Step, l, 0, {}, lesson.steps[s].title, lesson.id, {}, lesson.steps[s].title};
                step.step = s;
                step.fromFolder = fromFolder;
                add(std::move(step));
            }
            if (!lesson.quiz.isEmpty()) {
                // The quiz is on the last step: its row opens that step.
                Node quiz{Kind::Quiz, l, 0, {}, tr("Quiz"), lesson.id, {}, tr("quiz")};
                quiz.step = int(lesson.steps.size()) - 1;
                quiz.fromFolder = fromFolder;
                add(std::move(quiz));
            }
            if (!exercises)
                continue;
            for (const Lessons::Exercise *e : exercises->exercisesOf(lesson.id)) {
                if (folder && !folder->exercise(e->id))
                    continue;
                Node exercise{Kind::Exercise, l, 0, {}, tr("Exercise: %1").arg(e->title), lesson.id,
                              e->id, e->title + u' ' + e->id};
                exercise.fromFolder = fromFolder;
                add(std::move(exercise));
            }
        }
    }
}

void CourseOutlineModel::refreshProgress()
{
    // One range per parent keeps the view's repaint to what is on screen.
    auto refresh = [this](const std::vector<int> &ids, const QModelIndex &parent) {
        if (!ids.empty())
            Q_EMIT dataChanged(index(0, 0, parent), index(int(ids.size()) - 1, 1, parent));
    };
    refresh(m_roots, {});
    for (std::size_t i = 0; i < m_nodes.size(); ++i)
        refresh(m_nodes[i].children, createIndex(m_nodes[i].row, 0, quintptr(i)));
}

QModelIndex CourseOutlineModel::stepIndex(const QString &lessonId, int step) const
{
    for (std::size_t i = 0; i < m_nodes.size(); ++i)
        if (m_nodes[i].kind == Kind::Step && m_nodes[i].lessonId == lessonId && m_nodes[i].step == step)
            return createIndex(m_nodes[i].row, 0, quintptr(i));
    return {};
}

QModelIndex CourseOutlineModel::exerciseIndex(const QString &exerciseId) const
{
    for (std::size_t i = 0; i < m_nodes.size(); ++i)
        if (m_nodes[i].kind == Kind::Exercise && m_nodes[i].exerciseId == exerciseId)
            return createIndex(m_nodes[i].row, 0, quintptr(i));
    return {};
}

QString CourseOutlineModel::markFor(Kind kind)
{
    switch (kind) {
    case Kind::Step: return QStringLiteral("✓");
    case Kind::Lesson: return QStringLiteral("●");
    case Kind::Exercise: return QStringLiteral("✓");
    case Kind::Quiz: return QStringLiteral("✓");
    case Kind::Module: break;
    }
    return {};
}

QModelIndex CourseOutlineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column > 1 || row < 0)
        return {};
    const std::vector<int> &ids = parent.isValid() ? m_nodes[parent.internalId()].children : m_roots;
    if (row >= int(ids.size()))
        return {};
    return createIndex(row, column, quintptr(ids[std::size_t(row)]));
}

QModelIndex CourseOutlineModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int p = m_nodes[child.internalId()].parent;
    return p < 0 ? QModelIndex() : createIndex(m_nodes[std::size_t(p)].row, 0, quintptr(p));
}

int CourseOutlineModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(parent.isValid() ? m_nodes[parent.internalId()].children.size() : m_roots.size());
}

int CourseOutlineModel::columnCount(const QModelIndex &) const
{
    return 2;
}

const Lessons::Lesson *CourseOutlineModel::lessonOf(const Node &node) const
{
    if (node.fromFolder)
        return m_folder ? m_folder->lesson(node.lessonId) : nullptr;
    return m_catalog ? m_catalog->lesson(node.lessonId) : nullptr;
}

CourseOutlineModel::Mark CourseOutlineModel::markOf(const Node &node) const
{
    if (!m_progress)
        return Mark::None;
    const Lessons::Lesson *lesson = lessonOf(node);
    switch (node.kind) {
    case Kind::Step: {
        if (!m_progress->isStepVisited(node.lessonId, node.step))
            return Mark::None;
        // Seen is not done: a step with examples is done once they showed their point.
        const QStringList examples = lesson && node.step < lesson->steps.size()
                                             ? lesson->steps[node.step].examples
                                             : QStringList();
        if (examples.isEmpty())
            return Mark::Seen;
        for (const QString &e : examples)
            if (!m_progress->isExampleCompleted(node.lessonId, e))
                return Mark::Seen;
        return Mark::Ran;
    }
    case Kind::Quiz: {
        if (!lesson)
            return Mark::None;
        if (QuizCard::allRight(*lesson, *m_progress))
            return Mark::QuizRight;
        for (int q = 0; q < lesson->quiz.size(); ++q)
            if (m_progress->quizAnswer(lesson->id, q) == std::optional<int>(lesson->quiz[q].answer))
                return Mark::QuizPartly;
        return Mark::None;
    }
    case Kind::Lesson: {
        if (m_progress->isLessonCompleted(node.lessonId))
            return Mark::Done;
        for (int c : node.children)
            if (markOf(m_nodes[std::size_t(c)]) != Mark::None)
                return Mark::Started;
        return Mark::None;
    }
    case Kind::Module: {
        int done = 0;
        for (int c : node.children)
            done += m_progress->isLessonCompleted(m_nodes[std::size_t(c)].lessonId);
        // "0/5" from the start: a learner sees how big the module is before finishing a lesson.
        if (node.children.empty())
            return Mark::None;
        return done == int(node.children.size()) ? Mark::Done : Mark::Counted;
    }
    case Kind::Exercise: {
        const QString status = m_progress->exerciseStatus(node.exerciseId);
        if (status == QLatin1String("passed"))
            return Mark::Passed;
        return status == QLatin1String("failed") ? Mark::Failed : Mark::None;
    }
    }
    return Mark::None;
}

QString CourseOutlineModel::progressText(const Node &node) const
{
    switch (markOf(node)) {
    case Mark::None:
        return {};
    case Mark::Seen:
        return QStringLiteral("•");
    case Mark::Ran:
    case Mark::QuizRight:
    case Mark::Passed:
        return QStringLiteral("✓");
    case Mark::Failed:
        return QStringLiteral("✗");
    case Mark::Started:
        return QStringLiteral("◐");
    case Mark::Done:
        return QStringLiteral("●");
    case Mark::QuizPartly: {
        const Lessons::Lesson *lesson = lessonOf(node);
        int right = 0;
        for (int q = 0; lesson && q < lesson->quiz.size(); ++q)
            right += m_progress->quizAnswer(lesson->id, q)
                     == std::optional<int>(lesson->quiz[q].answer);
        return QStringLiteral("%1/%2").arg(right).arg(lesson ? lesson->quiz.size() : 0);
    }
    case Mark::Counted: {
        int done = 0;
        for (int c : node.children)
            done += m_progress->isLessonCompleted(m_nodes[std::size_t(c)].lessonId);
        return QStringLiteral("%1/%2").arg(done).arg(node.children.size());
    }
    }
    return {};
}

QString CourseOutlineModel::toolTip(const Node &node) const
{
    if (node.kind == Kind::Module && node.fromFolder && m_folder)
        return tr("From the lessons folder %1").arg(m_folder->path());
    if (node.kind == Kind::Lesson) {
        const Lessons::Lesson *l = node.fromFolder ? (m_folder ? m_folder->lesson(node.lessonId) : nullptr)
                                                   : (m_catalog ? m_catalog->lesson(node.lessonId) : nullptr);
        if (l) {
            QString tip = QStringLiteral("<b>%1</b><br>%2").arg(l->title.toHtmlEscaped(), l->summary.toHtmlEscaped());
            if (!l->objectives.isEmpty())
                tip += QStringLiteral("<ul><li>%1</li></ul>").arg(l->objectives.join(QStringLiteral("</li><li>")));
            return tip;
        }
    }
    if (node.kind == Kind::Exercise && m_progress) {
        const QString status = m_progress->exerciseStatus(node.exerciseId);
        return status.isEmpty() ? tr("Not attempted yet")
                                : status == QLatin1String("passed") ? tr("Passed")
                                                                    : tr("Not passed yet");
    }
    switch (markOf(node)) {
    case Mark::Seen:
        return node.kind == Kind::Step && lessonOf(node)
                               && !lessonOf(node)->steps.value(node.step).examples.isEmpty()
                       ? tr("Seen — run its example to see it happen (F5)")
                       : tr("Seen");
    case Mark::Ran:
        return tr("Its examples ran and showed what they must");
    case Mark::QuizPartly:
        return tr("Some answers right; the others are waiting for you");
    case Mark::QuizRight:
        return tr("Every answer right");
    case Mark::Started:
        return tr("Started: done once every step was seen, its examples ran and showed what "
                  "they must, and its quiz is right");
    case Mark::Done:
        return node.kind == Kind::Module ? tr("Every lesson done") : tr("Done");
    case Mark::Counted:
        return tr("Lessons done of this module");
    default:
        return {};
    }
}

QVariant CourseOutlineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node &node = m_nodes[index.internalId()];
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == 1)
            return progressText(node);
        return node.kind == Kind::Step ? QStringLiteral("%1. %2").arg(node.step + 1).arg(node.title)
                                       : node.title;
    case Qt::ToolTipRole:
        return toolTip(node);
    case Qt::TextAlignmentRole:
        return index.column() == 1 ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() != 1)
            return {};
        // Each kind of done in its own colour: grey for only seen, green for shown by a run
        // or passed, blue for the quiz, red for a failed check.
        switch (markOf(node)) {
        case Mark::Seen:
        case Mark::Started:
        case Mark::Counted:
            return QColor(0x8A, 0x93, 0x9C);
        case Mark::Failed:
            return QColor(0xC0, 0x39, 0x2B);
        case Mark::QuizPartly:
        case Mark::QuizRight:
            return QColor(0x1F, 0x6F, 0xB2);
        default:
            return QColor(0x27, 0x8E, 0x4F);
        }
    case Qt::FontRole:
        if (index.column() == 1 && markOf(node) == Mark::Passed) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case MarkRole:
        return int(markOf(node));
    case KindRole:
        return int(node.kind);
    case LessonIdRole:
        return node.lessonId;
    case StepRole:
        return node.step;
    case ExerciseIdRole:
        return node.exerciseId;
    case SearchRole:
        return node.search;
    case FromFolderRole:
        return node.fromFolder;
    default:
        return {};
    }
}

} // namespace Ui
