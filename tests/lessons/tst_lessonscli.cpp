// `loopscope lessons --json`: what a teacher's script or CI reads to list the course.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTest>

namespace {

struct Listing {
    int exitCode = -1;
    QJsonObject json;
    QByteArray stderrText;
};

Listing listLessons(const QStringList &extra = {})
{
    QProcess p;
    p.start(QStringLiteral(LOOPSCOPE_BINARY), QStringList{QStringLiteral("lessons"), QStringLiteral("--json")} + extra);
    Listing l;
    if (!p.waitForFinished(60000))
        return l;
    l.exitCode = p.exitCode();
    l.json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    l.stderrText = p.readAllStandardError();
    return l;
}

QList<QJsonObject> lessonsOf(const QJsonObject &listing)
{
    QList<QJsonObject> all;
    for (const QJsonValue &m : listing.value(QLatin1String("modules")).toArray())
        for (const QJsonValue &l : m.toObject().value(QLatin1String("lessons")).toArray())
            all.append(l.toObject());
    return all;
}

} // namespace

class TestLessonsCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtInCourseListsModulesLessonsStepsAndExamples()
    {
        const Listing l = listLessons();
        QCOMPARE(l.exitCode, 0);
        QVERIFY(l.json.value(QLatin1String("issues")).toArray().isEmpty());
        const QList<QJsonObject> lessons = lessonsOf(l.json);
        QVERIFY2(lessons.size() >= 50, qPrintable(QString::number(lessons.size())));
        for (const QJsonObject &lesson : lessons) {
            const QString id = lesson.value(QLatin1String("id")).toString();
            QVERIFY(!id.isEmpty());
            QVERIFY2(!lesson.value(QLatin1String("covers")).toArray().isEmpty(), qPrintable(id));
            const QJsonArray steps = lesson.value(QLatin1String("steps")).toArray();
            QVERIFY2(!steps.isEmpty(), qPrintable(id));
            QSet<QString> exampleIds;
            for (const QJsonValue &e : lesson.value(QLatin1String("examples")).toArray()) {
                const QJsonObject ex = e.toObject();
                exampleIds.insert(ex.value(QLatin1String("id")).toString());
                QVERIFY2(!ex.value(QLatin1String("file")).toString().isEmpty(), qPrintable(id));
                QVERIFY2(ex.value(QLatin1String("step")).isBool(), qPrintable(id));
            }
            // Every example a step shows, and every example paired for comparison, exists.
            for (const QJsonValue &s : steps)
                for (const QJsonValue &e : s.toObject().value(QLatin1String("examples")).toArray())
                    QVERIFY2(exampleIds.contains(e.toString()), qPrintable(id + QLatin1Char('/') + e.toString()));
            for (const QJsonValue &e : lesson.value(QLatin1String("examples")).toArray()) {
                const QJsonValue other = e.toObject().value(QLatin1String("compare"));
                if (!other.isNull())
                    QVERIFY2(exampleIds.contains(other.toString()), qPrintable(id));
            }
        }
    }

    void eventLoopLessonsOfferStepModeAndComparison()
    {
        int stepped = 0, paired = 0;
        for (const QJsonObject &lesson : lessonsOf(listLessons().json)) {
            for (const QJsonValue &e : lesson.value(QLatin1String("examples")).toArray()) {
                const QJsonObject ex = e.toObject();
                stepped += ex.value(QLatin1String("step")).toBool() ? 1 : 0;
                paired += ex.value(QLatin1String("compare")).isString() ? 1 : 0;
            }
        }
        QVERIFY(stepped >= 2);
        QVERIFY(paired >= 4);
    }

    // A teacher's script sees each step's predict items as lesson.json writes them.
    void predictItemsAreListedUnderTheirStep()
    {
        int items = 0;
        QSet<QString> kinds;
        for (const QJsonObject &lesson : lessonsOf(listLessons().json)) {
            for (const QJsonValue &s : lesson.value(QLatin1String("steps")).toArray()) {
                const QJsonValue predict = s.toObject().value(QLatin1String("predict"));
                QVERIFY(predict.isArray());
                for (const QJsonValue &p : predict.toArray()) {
                    const QJsonObject item = p.toObject();
                    ++items;
                    kinds.insert(item.value(QLatin1String("kind")).toString());
                    QVERIFY(!item.value(QLatin1String("question")).toString().isEmpty());
                    QVERIFY(item.value(QLatin1String("wrong")).toArray().size() >= 2);
                    const QString kind = item.value(QLatin1String("kind")).toString();
                    if (kind == QLatin1String("predict_order"))
                        QVERIFY(item.value(QLatin1String("answer")).isArray());
                    else if (kind == QLatin1String("predict_next")) // a task or callback's name
                        QVERIFY(!item.value(QLatin1String("answer")).toString().isEmpty());
                    else
                        QVERIFY(item.value(QLatin1String("tolerance")).isDouble());
                }
            }
            if (lesson.value(QLatin1String("id")).toString() == QLatin1String("running-many/gather")) {
                const QJsonObject first = lesson.value(QLatin1String("steps")).toArray().at(0)
                                                  .toObject().value(QLatin1String("predict"))
                                                  .toArray().at(0).toObject();
                QCOMPARE(first.value(QLatin1String("example")).toString(),
                         QStringLiteral("gather_order"));
                QCOMPARE(first.value(QLatin1String("answer")).toArray().at(0).toString(),
                         QStringLiteral("orders finished"));
            }
        }
        QVERIFY2(items >= 5, qPrintable(QString::number(items)));
        QCOMPARE(kinds, (QSet<QString>{"predict_order", "predict_figure", "predict_next"}));
    }

    // Parsons problems are listed under their step, with their pool, answer and checks.
    void parsonsProblemsAreListedUnderTheirStep()
    {
        QSet<QString> modules;
        int items = 0;
        for (const QJsonObject &lesson : lessonsOf(listLessons().json)) {
            for (const QJsonValue &s : lesson.value(QLatin1String("steps")).toArray()) {
                const QJsonValue parsons = s.toObject().value(QLatin1String("parsons"));
                QVERIFY(parsons.isArray());
                for (const QJsonValue &p : parsons.toArray()) {
                    const QJsonObject item = p.toObject();
                    ++items;
                    modules.insert(lesson.value(QLatin1String("module")).toString()
                                   + lesson.value(QLatin1String("id")).toString().section('/', 0, 0));
                    QCOMPARE(item.value(QLatin1String("kind")).toString(), QStringLiteral("parsons"));
                    QVERIFY(!item.value(QLatin1String("id")).toString().isEmpty());
                    QVERIFY(item.value(QLatin1String("lines")).toArray().size() >= 3);
                    QVERIFY(!item.value(QLatin1String("distractors")).toArray().isEmpty());
                    QVERIFY(!item.value(QLatin1String("answer")).toArray().isEmpty());
                    QVERIFY(item.value(QLatin1String("wrong")).toArray().size() >= 2);
                    for (const QJsonValue &c : item.value(QLatin1String("checks")).toArray()) {
                        QVERIFY(!c.toObject().value(QLatin1String("rule")).toString().isEmpty());
                        QVERIFY(!c.toObject().value(QLatin1String("label")).toString().isEmpty());
                    }
                }
            }
        }
        QVERIFY2(items >= 3, qPrintable(QString::number(items)));
        QVERIFY2(modules.size() >= 3, qPrintable(QString::number(modules.size())));
    }

    void extraFolderListsItsLessonsAndReportsBrokenOnes()
    {
        const QString broken = QStringLiteral(LOOPSCOPE_TEST_DATA "/fixtures/broken");
        const Listing l = listLessons({QStringLiteral("--dir"), broken});
        QCOMPARE(l.exitCode, 0);
        QStringList ids;
        for (const QJsonObject &lesson : lessonsOf(l.json))
            ids.append(lesson.value(QLatin1String("id")).toString());
        QVERIFY2(ids.contains(QStringLiteral("mod/good")), qPrintable(ids.join(u',')));
        const QJsonArray issues = l.json.value(QLatin1String("issues")).toArray();
        bool badJsonNamed = false, badCompareNamed = false;
        for (const QJsonValue &v : issues) {
            const QJsonObject issue = v.toObject();
            const QString file = issue.value(QLatin1String("file")).toString();
            badJsonNamed |= file.endsWith(QLatin1String("02-bad-json/lesson.json"))
                    && issue.value(QLatin1String("line")).toInt() > 0;
            badCompareNamed |= file.contains(QLatin1String("11-bad-compare"));
        }
        QVERIFY(badJsonNamed);
        QVERIFY(badCompareNamed);
    }
};

QTEST_GUILESS_MAIN(TestLessonsCli)
#include "tst_lessonscli.moc"
