#pragma once
#include <QAbstractItemModel>
#include <vector>

namespace Lessons {
class Catalog;
class ExerciseCatalog;
class LessonsFolder;
class ProgressStore;
struct Lesson;
}

namespace Ui {

//! The course as a tree: modules → lessons → steps (then the lesson's quiz and exercises).
//! Column 0 is the title, column 1 the learner's progress, each kind of done drawn its own
//! way: a grey • step only seen, a green ✓ step whose examples ran and showed what they must,
//! the quiz's right answers "1/3" up to a blue ✓, a bold green ✓ passed (red ✗ failed)
//! exercise, a ◐ started and ● done lesson (seen, run, quiz right), and "2/5" lessons done of a
//! module. An opened folder of extra lessons follows the built-in modules, its module titles
//! marked with the folder's name. The catalogs, the folder and the store are not owned and
//! must outlive the model (or be replaced first).
class CourseOutlineModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Kind { Module, Lesson, Step, Quiz, Exercise };
    //! What column 1 says about a row.
    enum class Mark {
        None,
        Seen,          //!< a step read, its examples not run (or none to run)
        Ran,           //!< a step whose examples all ran with what they must show holding
        QuizPartly,    //!< some quiz answers right
        QuizRight,     //!< every quiz answer right
        Failed,        //!< an exercise checked and not passed yet
        Passed,        //!< an exercise passed
        Started,       //!< a lesson with something seen or done
        Done,          //!< a lesson done (LessonView::isLessonDone), or a whole module
        Counted        //!< a module: "lessons done / lessons"
    };
    enum Role {
        KindRole = Qt::UserRole + 1,
        LessonIdRole, //!< full lesson id (lessons, steps, exercises)
        StepRole,     //!< step index (steps)
        ExerciseIdRole,
        SearchRole,   //!< what the filter box matches: title, objectives, section ids, ids
        FromFolderRole, //!< true for what the extra lessons folder adds
        MarkRole        //!< the Mark of column 1, as an int
    };

    explicit CourseOutlineModel(QObject *parent = nullptr);
    void setCatalog(const Lessons::Catalog *catalog, const Lessons::ExerciseCatalog *exercises,
                    const Lessons::ProgressStore *progress);
    //! Adds (or with null removes) an extra lessons folder after the built-in modules; the
    //! lessons and exercises it leaves out are not shown.
    void setLessonsFolder(const Lessons::LessonsFolder *folder);
    const Lessons::LessonsFolder *lessonsFolder() const { return m_folder; }
    //! Progress changed somewhere: refresh the marks column.
    void refreshProgress();

    QModelIndex stepIndex(const QString &lessonId, int step) const;
    QModelIndex exerciseIndex(const QString &exerciseId) const;
    static QString markFor(Kind kind); // for tests: the glyphs used

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Node {
        Kind kind = Kind::Module;
        int parent = -1;
        int row = 0;
        std::vector<int> children;
        QString title, lessonId, exerciseId, search;
        int step = -1;
        bool fromFolder = false;
    };
    void rebuild();
    void addModules(const Lessons::Catalog &catalog, const Lessons::ExerciseCatalog *exercises,
                    const Lessons::LessonsFolder *folder);
    int add(Node node);
    Mark markOf(const Node &node) const;
    QString progressText(const Node &node) const;
    const Lessons::Lesson *lessonOf(const Node &node) const;
    QString toolTip(const Node &node) const;

    std::vector<Node> m_nodes;
    std::vector<int> m_roots;
    const Lessons::Catalog *m_catalog = nullptr;
    const Lessons::ExerciseCatalog *m_exercises = nullptr;
    const Lessons::LessonsFolder *m_folder = nullptr;
    const Lessons::ProgressStore *m_progress = nullptr;
};

} // namespace Ui
