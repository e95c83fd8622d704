// File ▸ Open Lessons Folder through the window, offscreen and without Python: a folder's
// lessons join the course outline after the built-in ones, its broken files are listed, a lesson
// id that a built-in lesson uses is left out, and the folder comes back at the next start.
#include "courseoutline.h"
#include "courseoutlinemodel.h"
#include "lessonsfolder.h"
#include "lessonview.h"
#include "mainwindow.h"
#include "progressstore.h"

#include "isolatedsettings.h"

#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Ui;

namespace {

void write(const QString &path, const QByteArray &text)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

// A lesson folder with one step and no examples: all a lesson needs.
void writeLesson(const QString &folder, const QByteArray &id, const QByteArray &title)
{
    write(folder + QStringLiteral("/lesson.json"),
          R"({"id": ")" + id + R"(", "title": ")" + title + R"(",
              "steps": [{"title": "Only step", "text": "steps/01.md"}]})");
    write(folder + QStringLiteral("/steps/01.md"), "# Only step\n\nText of " + title + ".\n");
}

// Every lesson node of the outline: lesson id -> whether it came from the folder.
QHash<QString, bool> outlineLessons(const CourseOutlineModel &model, const QModelIndex &parent = {})
{
    QHash<QString, bool> out;
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex i = model.index(r, 0, parent);
        if (CourseOutlineModel::Kind(i.data(CourseOutlineModel::KindRole).toInt())
            == CourseOutlineModel::Kind::Lesson)
            out.insert(i.data(CourseOutlineModel::LessonIdRole).toString(),
                       i.data(CourseOutlineModel::FromFolderRole).toBool());
        out.insert(outlineLessons(model, i));
    }
    return out;
}

QStringList folderModuleTitles(const CourseOutlineModel &model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.index(r, 0).data(CourseOutlineModel::FromFolderRole).toBool())
            out << model.index(r, 0).data().toString();
    return out;
}

} // namespace

class TstLessonsFolder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        isolateSettings(m_config.path(), QStringLiteral("tst_lessonsfolder"));
        QSettings().clear();
        QFile::remove(Lessons::ProgressStore::defaultPath());

        QVERIFY(m_folder.isValid());
        const QString module = m_folder.path() + QStringLiteral("/01-more");
        write(module + QStringLiteral("/module.json"),
              R"({"id": "more", "title": "More lessons", "summary": "Extras from a teacher."})");
        writeLesson(module + QStringLiteral("/01-good"), "good", "A good extra");
        write(module + QStringLiteral("/02-broken/lesson.json"),
              "{\n  \"id\": \"broken\",\n  \"title\": \"Missing comma\"\n  \"steps\": []\n}\n");
    }

    void cleanup()
    {
        QSettings().clear();
    }

    void validLessonJoinsOutlineAndBrokenOneIsReported()
    {
        MainWindow window;
        QVERIFY(window.openLessonsFolder(m_folder.path()));
        QVERIFY(window.lessonsFolder());

        const QHash<QString, bool> lessons = outlineLessons(*window.outline()->model());
        QVERIFY(lessons.value(QStringLiteral("more/good")));           // there, from the folder
        QVERIFY(!lessons.contains(QStringLiteral("more/broken")));
        const QString builtIn = window.catalog().lessons().constFirst()->id;
        QCOMPARE(lessons.value(builtIn, true), false);                  // the built-ins stay
        QCOMPARE(folderModuleTitles(*window.outline()->model()),
                 QStringList{QStringLiteral("More lessons (from %1)")
                                     .arg(QFileInfo(m_folder.path()).fileName())});
        // After the built-in modules.
        const CourseOutlineModel &model = *window.outline()->model();
        QVERIFY(model.index(model.rowCount() - 1, 0).data(CourseOutlineModel::FromFolderRole).toBool());
        QVERIFY(!model.index(0, 0).data(CourseOutlineModel::FromFolderRole).toBool());

        // The learner is told which file is broken and why, without a modal wait.
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("lessonsFolderIssues"));
        QVERIFY(box);
        const QString report = box->informativeText();
        QVERIFY2(report.contains(QDir::toNativeSeparators(QStringLiteral("01-more/02-broken/lesson.json"))),
                 qPrintable(report));
        QVERIFY2(report.contains(QLatin1String(":4:")), qPrintable(report)); // the line at fault
        QCOMPARE(report.count(u'\n'), 0); // one issue, one line

        // Choosing it in the outline opens it, and progress is kept like a built-in lesson's.
        Q_EMIT window.outline()->stepActivated(QStringLiteral("more/good"), 0);
        QCOMPARE(window.lessonView()->lessonId(), QStringLiteral("more/good"));
        QVERIFY(window.progress()->isStepVisited(QStringLiteral("more/good"), 0));
        // Back to a built-in lesson: the lesson view follows.
        Q_EMIT window.outline()->stepActivated(builtIn, 0);
        QCOMPARE(window.lessonView()->lessonId(), builtIn);
        Q_EMIT window.outline()->stepActivated(QStringLiteral("more/good"), 0);
        QCOMPARE(window.lessonView()->lessonId(), QStringLiteral("more/good"));
    }

    void folderComesBackAtNextStart()
    {
        {
            MainWindow window;
            QVERIFY(window.openLessonsFolder(m_folder.path()));
            Q_EMIT window.outline()->stepActivated(QStringLiteral("more/good"), 0);
        }
        MainWindow again;
        QVERIFY(again.lessonsFolder());
        QCOMPARE(again.lessonsFolder()->path(), QDir::cleanPath(m_folder.path()));
        QVERIFY(outlineLessons(*again.outline()->model()).value(QStringLiteral("more/good")));
        // It opens where the learner left, even in a folder lesson.
        QCOMPARE(again.lessonView()->lessonId(), QStringLiteral("more/good"));
        // Its problems are mentioned, not pushed into the learner's face at start-up.
        QVERIFY(!again.findChild<QMessageBox *>(QStringLiteral("lessonsFolderIssues")));
        QVERIFY2(again.statusBar()->currentMessage().contains(QLatin1String("1 problem")),
                 qPrintable(again.statusBar()->currentMessage()));
    }

    void vanishedFolderIsOnlyAStatusMessage()
    {
        QString gone;
        {
            QTemporaryDir dir;
            gone = dir.path();
            QSettings().setValue(QStringLiteral("lessonsFolder"), gone);
        }
        QVERIFY(!QFileInfo::exists(gone));
        MainWindow window;
        QVERIFY(!window.lessonsFolder());
        QVERIFY(!window.findChild<QMessageBox *>());
        QVERIFY2(window.statusBar()->currentMessage().contains(QDir::toNativeSeparators(gone)),
                 qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(!QSettings().contains(QStringLiteral("lessonsFolder")));
        QVERIFY(!window.lessonView()->lessonId().isEmpty()); // the built-in course still opens
    }

    void closingRemovesItsLessons()
    {
        MainWindow window;
        QVERIFY(window.openLessonsFolder(m_folder.path()));
        Q_EMIT window.outline()->stepActivated(QStringLiteral("more/good"), 0);
        window.closeLessonsFolder();
        QVERIFY(!window.lessonsFolder());
        QVERIFY(!outlineLessons(*window.outline()->model()).contains(QStringLiteral("more/good")));
        QVERIFY(folderModuleTitles(*window.outline()->model()).isEmpty());
        QVERIFY(!QSettings().contains(QStringLiteral("lessonsFolder")));
        // The lesson on screen was the folder's: a built-in one takes its place.
        QVERIFY(window.catalog().lesson(window.lessonView()->lessonId()));
        MainWindow again;
        QVERIFY(!again.lessonsFolder());
    }

    void lessonIdOfABuiltInLessonIsLeftOut()
    {
        MainWindow window;
        const Lessons::Lesson *builtIn = window.catalog().lessons().constFirst();
        QTemporaryDir folder;
        const QString module = folder.path() + QStringLiteral("/01-same");
        write(module + QStringLiteral("/module.json"),
              R"({"id": ")" + builtIn->moduleId.toUtf8() + R"(", "title": "Same module id"})");
        writeLesson(module + QStringLiteral("/01-clash"), builtIn->localId.toUtf8(), "Clashing");
        writeLesson(module + QStringLiteral("/02-fresh"), "fresh-extra", "Fresh");
        QVERIFY(window.openLessonsFolder(folder.path()));

        const QHash<QString, bool> lessons = outlineLessons(*window.outline()->model());
        QCOMPARE(lessons.value(builtIn->id, true), false); // only the built-in one
        QVERIFY(lessons.value(builtIn->moduleId + QStringLiteral("/fresh-extra")));
        QVERIFY(!window.lessonsFolder()->lesson(builtIn->id));
        const QList<Lessons::CatalogIssue> &issues = window.lessonsFolder()->issues();
        QCOMPARE(issues.size(), 1);
        QVERIFY(issues.at(0).file.endsWith(QLatin1String("01-clash/lesson.json")));
        QVERIFY(issues.at(0).message.contains(QLatin1String("built-in")));
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("lessonsFolderIssues"));
        QVERIFY(box && box->informativeText().contains(QLatin1String("built-in")));
        // Opening the built-in lesson shows the built-in one, not the folder's.
        Q_EMIT window.outline()->stepActivated(builtIn->id, 0);
        QCOMPARE(window.lessonView()->lesson(), builtIn);
    }

private:
    QTemporaryDir m_config, m_folder;
};

QTEST_MAIN(TstLessonsFolder)
#include "tst_lessonsfolder.moc"
