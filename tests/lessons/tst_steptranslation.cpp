// A step's text in the learner's language: steps/01-a.de.md beside steps/01-a.md is read
// for a German locale, English stays where a lesson has no translation, and a translation
// that cannot be read is a warning with the English text shown, never a lesson lost.
#include "catalog.h"
#include "catalogloader.h"
#include "steptranslation.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Lessons;

namespace
{

bool write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(path.section(QLatin1Char('/'), 0, -2));
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QStringList files(const QList<StepTranslation> &translations)
{
    QStringList names;
    for (const StepTranslation &t : translations)
        names << t.textFile;
    return names;
}

} // namespace

class TestStepTranslation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString lesson(const QString &relative) const
    {
        return m_dir.filePath(QStringLiteral("mod/01-t/") + relative);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(write(m_dir.filePath(QStringLiteral("mod/module.json")),
            R"({"id": "mod", "title": "Mod"})"));
        QVERIFY(write(lesson(QStringLiteral("lesson.json")), R"({"id": "t", "title": "T",
            "steps": [{"title": "A", "text": "steps/01-a.md"},
                      {"title": "B", "text": "steps/02-b.md"},
                      {"title": "C", "text": "steps/03-c.md"}]})"));
        QVERIFY(write(lesson(QStringLiteral("steps/01-a.md")), "# The loop\n"));
        QVERIFY(write(lesson(QStringLiteral("steps/01-a.de.md")), "# Die Schleife\n"));
        QVERIFY(write(lesson(QStringLiteral("steps/02-b.md")), "# Only English\n"));
        QVERIFY(write(lesson(QStringLiteral("steps/03-c.md")), "# Broken translation\n"));
        // A FIFO where the translation should be: reading it would hang.
        QCOMPARE(::mkfifo(QFile::encodeName(lesson(QStringLiteral("steps/03-c.de.md"))), 0600),
            0);
    }

    void cleanup() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void candidatesFollowTheLocale()
    {
        const QString step = QStringLiteral("steps/01-a.md");
        QCOMPARE(files(stepTranslations(step, QLocale(QLocale::German, QLocale::Austria))),
            (QStringList { "steps/01-a.de_AT.md", "steps/01-a.de.md" }));
        QCOMPARE(files(stepTranslations(step, QLocale(QLocale::German, QLocale::Germany))),
            (QStringList { "steps/01-a.de_DE.md", "steps/01-a.de.md" }));
        QVERIFY(stepTranslations(step, QLocale(QLocale::English, QLocale::UnitedStates)).isEmpty());
        QVERIFY(stepTranslations(step, QLocale::c()).isEmpty());
        QVERIFY(stepTranslations(QStringLiteral("steps/notes.txt"), QLocale(QLocale::German))
                    .isEmpty());
    }

    void germanLocaleReadsTheGermanStep()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const Catalog catalog = CatalogLoader::load(m_dir.path());
        const Lesson *t = catalog.lesson(QStringLiteral("mod/t"));
        QVERIFY2(t, qPrintable(catalog.issues().value(0).toString()));
        QCOMPARE(t->steps.size(), 3);
        QCOMPARE(t->steps[0].markdown, QStringLiteral("# Die Schleife\n"));
        QCOMPARE(t->steps[0].language, QStringLiteral("de"));
        QCOMPARE(t->steps[1].markdown, QStringLiteral("# Only English\n"));
        QCOMPARE(t->steps[1].language, QStringLiteral("en"));
        QCOMPARE(t->steps[2].markdown, QStringLiteral("# Broken translation\n"));
        QCOMPARE(t->steps[2].language, QStringLiteral("en"));
        QCOMPARE(catalog.issues().size(), 1);
        const CatalogIssue issue = catalog.issues().front();
        QVERIFY(!issue.fatal);
        QVERIFY2(issue.message.contains(QLatin1String("steps/03-c.de.md"))
                && issue.message.contains(QLatin1String("English text is shown")),
            qPrintable(issue.toString()));
    }

    void englishLocaleReadsTheEnglishSteps()
    {
        const Catalog catalog = CatalogLoader::load(m_dir.path());
        const Lesson *t = catalog.lesson(QStringLiteral("mod/t"));
        QVERIFY(t);
        QCOMPARE(t->steps[0].markdown, QStringLiteral("# The loop\n"));
        QCOMPARE(t->steps[0].language, QStringLiteral("en"));
        QVERIFY2(catalog.issues().isEmpty(), qPrintable(catalog.issues().value(0).toString()));
    }
};

QTEST_GUILESS_MAIN(TestStepTranslation)
#include "tst_steptranslation.moc"
