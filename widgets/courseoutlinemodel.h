#pragma once
#include <QAbstractItemModel>
#include <vector>

namespace Lessons {
class Catalog;
class ExerciseCatalog;
class LessonsFolder;
class ProgressStore;
}

namespace Ui {

//! The course as a tree: modules → lessons → steps (and the lesson's exercises after its
//! steps). Column 0 is the title, column 1 the learner's progress: ✓ visited step, ● completed
//! lesson, "2/5" lessons of a module, ✓/✗ exercise status. An opened folder of extra lessons
//! follows the built-in modules, its module titles marked with the folder's name. The catalogs,
//! the folder and the store are not owned and must outlive the model (or be replaced first).
class CourseOutlineModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Kind { Module, Lesson, Step, Exercise };
    enum Role {
        KindRole = Qt::UserRole + 1,
        LessonIdRole, //!< full lesson id (lessons, steps, exercises)
        StepRole,     //!< step index (steps)
        ExerciseIdRole,
        SearchRole,   //!< what the filter box matches: title, objectives, section ids, ids
        FromFolderRole //!< true for what the extra lessons folder adds
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
    QString progressText(const Node &node) const;
    QString toolTip(const Node &node) const;

    std::vector<Node> m_nodes;
    std::vector<int> m_roots;
    const Lessons::Catalog *m_catalog = nullptr;
    const Lessons::ExerciseCatalog *m_exercises = nullptr;
    const Lessons::LessonsFolder *m_folder = nullptr;
    const Lessons::ProgressStore *m_progress = nullptr;
};

} // namespace Ui
