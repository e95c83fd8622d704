#include "catalogloader.h"
#include "sectionindex.h"

#include <QSet>
#include <QTest>

using namespace Lessons;

//! Every section of the guides not marked (skip) is covered by some built-in lesson.
class TestCoverage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everySectionIsCovered();
};

void TestCoverage::everySectionIsCovered()
{
    QString error;
    const auto sections = SectionIndex::load(QStringLiteral(LOOPSCOPE_GUIDES_DIR "/sections.json"), &error);
    QVERIFY2(sections, qPrintable(error));
    const Catalog catalog = CatalogLoader::loadBuiltIn(&*sections);
    QSet<QString> covered;
    for (const Lesson *l : catalog.lessons())
        for (const QString &id : l->covers)
            covered.insert(id);
    QStringList missing;
    int needed = 0;
    for (const QString &id : sections->ids()) {
        const SectionIndex::Section *s = sections->section(id);
        if (s->skip)
            continue;
        ++needed;
        if (!covered.contains(id))
            missing << QStringLiteral("  %1  %2 (line %3)").arg(id, s->title).arg(s->line);
    }
    qInfo("%d of %d sections covered by %d lessons", int(needed - missing.size()), needed,
          int(catalog.lessons().size()));
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 sections are not covered by any lesson:\n%2")
                                .arg(missing.size()).arg(missing.join(QLatin1Char('\n')))));
}

QTEST_GUILESS_MAIN(TestCoverage)
#include "tst_coverage.moc"
