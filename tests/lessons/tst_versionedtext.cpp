// Version-specific lesson content: the conditions ("python >= 3.12") and the ::: blocks of a
// step's Markdown, as pure functions of text.
#include "versioncondition.h"
#include "versionedtext.h"

#include <QTest>

using namespace Lessons;

using Versions = QHash<QString, QString>;
Q_DECLARE_METATYPE(Versions)

class TestVersionedText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void compareVersions_data();
    void compareVersions();
    void conditionMatches_data();
    void conditionMatches();
    void badConditionsAreRefused_data();
    void badConditionsAreRefused();
    void conditionDescribesItselfForALearner_data();
    void conditionDescribesItselfForALearner();
    void renderKeepsThePartForTheRunsVersion_data();
    void renderKeepsThePartForTheRunsVersion();
    void malformedBlocksAreReportedWithTheirLine_data();
    void malformedBlocksAreReportedWithTheirLine();
    void subjectsAreListedOnce();
};

void TestVersionedText::compareVersions_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("order");
    QTest::newRow("equal") << "3.12.1" << "3.12.1" << 0;
    QTest::newRow("missing part is zero") << "3.12" << "3.12.0" << 0;
    QTest::newRow("patch") << "3.11.2" << "3.11.7" << -1;
    QTest::newRow("numeric, not text") << "3.9" << "3.11" << -1;
    QTest::newRow("library minor") << "0.118.0" << "0.92.0" << 1;
    QTest::newRow("pre-release tag ignored") << "3.13.0rc1" << "3.13" << 0;
}

void TestVersionedText::compareVersions()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, order);
    QCOMPARE(Lessons::compareVersions(a, b), order);
    QCOMPARE(Lessons::compareVersions(b, a), -order);
}

void TestVersionedText::conditionMatches_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<Versions>("versions");
    QTest::addColumn<int>("expected"); // 1 holds, 0 does not, -1 cannot tell
    const Versions py311{{"python", "3.11.2"}};
    const Versions py313{{"python", "3.13.0"}, {"fastapi", "0.92.0"}};
    QTest::newRow("from 3.12, on 3.11") << "python >= 3.12" << py311 << 0;
    QTest::newRow("from 3.12, on 3.13") << "python >= 3.12" << py313 << 1;
    QTest::newRow("before 3.12, on 3.11") << "python < 3.12" << py311 << 1;
    QTest::newRow("== is the whole minor") << "python == 3.11" << py311 << 1;
    QTest::newRow("== other minor") << "python == 3.12" << py313 << 0;
    QTest::newRow("a range of a library")
            << "fastapi >= 0.106, fastapi < 0.118" << py313 << 0;
    QTest::newRow("library before 0.106") << "fastapi < 0.106" << py313 << 1;
    QTest::newRow("library 0.92 is older than 0.118, not newer") << "fastapi >= 0.118" << py313 << 0;
    QTest::newRow("every clause must hold") << "python >= 3.12, fastapi >= 0.93" << py313 << 0;
    QTest::newRow("unknown library version") << "httpx >= 0.24" << py313 << -1;
    QTest::newRow("spaces and case") << "  Python>=3.13 " << py313 << 1;
}

void TestVersionedText::conditionMatches()
{
    QFETCH(QString, condition);
    QFETCH(Versions, versions);
    QFETCH(int, expected);
    QString error;
    const auto c = VersionCondition::parse(condition, &error);
    QVERIFY2(c, qPrintable(error));
    const std::optional<bool> m = c->matches(versions);
    QCOMPARE(m.has_value() ? int(*m) : -1, expected);
}

void TestVersionedText::badConditionsAreRefused_data()
{
    QTest::addColumn<QString>("condition");
    QTest::newRow("no operator") << "python 3.12";
    QTest::newRow("no version") << "python >=";
    QTest::newRow("word as version") << "python >= twelve";
    QTest::newRow("empty clause") << "python >= 3.12,";
    QTest::newRow("unknown operator") << "python ~= 3.12";
    QTest::newRow("empty") << "";
}

void TestVersionedText::badConditionsAreRefused()
{
    QFETCH(QString, condition);
    QString error;
    QVERIFY(!VersionCondition::parse(condition, &error));
    QVERIFY2(error.contains(QLatin1String("version condition like")), qPrintable(error));
}

void TestVersionedText::conditionDescribesItselfForALearner_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<QString>("text");
    QTest::newRow("from") << "python >= 3.12" << "Python 3.12 and newer";
    QTest::newRow("before") << "python < 3.12" << "Python before 3.12";
    QTest::newRow("range") << "fastapi >= 0.106, fastapi < 0.118" << "FastAPI from 0.106, before 0.118";
    QTest::newRow("two subjects") << "python >= 3.12, uvloop < 0.20"
                                  << "Python 3.12 and newer; uvloop before 0.20";
}

void TestVersionedText::conditionDescribesItselfForALearner()
{
    QFETCH(QString, condition);
    QFETCH(QString, text);
    QString error;
    QCOMPARE(VersionCondition::parse(condition, &error)->describe(), text);
}

void TestVersionedText::renderKeepsThePartForTheRunsVersion_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<Versions>("versions");
    QTest::addColumn<QString>("rendered");
    const QString twoVariants = QStringLiteral("Intro.\n"
                                               "::: python < 3.12\n"
                                               "Old way.\n"
                                               ":::\n"
                                               "::: python >= 3.12\n"
                                               "New way.\n"
                                               ":::\n"
                                               "Outro.");
    QTest::newRow("3.11 reads the old way, labelled")
            << twoVariants << Versions{{"python", "3.11.2"}}
            << "Intro.\n\n> **Python before 3.12** — your run: Python 3.11.2\n>\n> Old way.\n\nOutro.";
    QTest::newRow("3.13 reads the new way")
            << twoVariants << Versions{{"python", "3.13.0"}}
            << "Intro.\n\n> **Python 3.12 and newer** — your run: Python 3.13.0\n>\n> New way.\n\nOutro.";
    QTest::newRow("nothing ran yet: both, each with its label")
            << twoVariants << Versions{}
            << "Intro.\n\n> **Python before 3.12**\n>\n> Old way.\n\n"
               "> **Python 3.12 and newer**\n>\n> New way.\n\nOutro.";
    QTest::newRow("a ::: inside fenced code is code")
            << QStringLiteral("```\n::: python < 3.12\n```\nText.")
            << Versions{{"python", "3.13.0"}} << "```\n::: python < 3.12\n```\nText.";
    QTest::newRow("code inside a block is quoted with it")
            << QStringLiteral("::: python >= 3.12\n```\nx = 1\n```\n:::")
            << Versions{{"python", "3.12.1"}}
            << "> **Python 3.12 and newer** — your run: Python 3.12.1\n>\n> ```\n> x = 1\n> ```\n";
    QTest::newRow("library versions name the library")
            << QStringLiteral("::: fastapi < 0.106\nAfter the response.\n:::")
            << Versions{{"python", "3.11.2"}, {"fastapi", "0.92.0"}}
            << "> **FastAPI before 0.106** — your run: FastAPI 0.92.0\n>\n> After the response.\n";
    QTest::newRow("malformed text is shown as written")
            << QStringLiteral("::: python >= 3.12\nnever closed") << Versions{{"python", "3.13.0"}}
            << "::: python >= 3.12\nnever closed";
}

void TestVersionedText::renderKeepsThePartForTheRunsVersion()
{
    QFETCH(QString, markdown);
    QFETCH(Versions, versions);
    QFETCH(QString, rendered);
    QCOMPARE(VersionedText::render(markdown, versions), rendered);
}

void TestVersionedText::malformedBlocksAreReportedWithTheirLine_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("never closed") << "a\n::: python >= 3.12\nb" << 2 << "never closed";
    QTest::newRow("closed twice") << "::: python >= 3.12\nb\n:::\n:::" << 4 << "never opened";
    QTest::newRow("next opens first") << "::: python >= 3.12\nb\n::: python < 3.12\n:::" << 1
                                      << "not closed";
    QTest::newRow("bad condition") << "::: pyhton 3.12\nb\n:::" << 1 << "not a version condition";
    QTest::newRow("well formed") << "::: python >= 3.12\nb\n:::" << 0 << "";
}

void TestVersionedText::malformedBlocksAreReportedWithTheirLine()
{
    QFETCH(QString, markdown);
    QFETCH(int, line);
    QFETCH(QString, message);
    int at = 0;
    const QString problem = VersionedText::validate(markdown, &at);
    QCOMPARE(at, line);
    QVERIFY2(message.isEmpty() ? problem.isEmpty() : problem.contains(message), qPrintable(problem));
}

void TestVersionedText::subjectsAreListedOnce()
{
    const QString md = QStringLiteral("::: fastapi < 0.106\na\n:::\n::: fastapi >= 0.118, python >= 3.12\nb\n:::");
    QCOMPARE(VersionedText::subjects(md), (QStringList{"fastapi", "python"}));
}

QTEST_GUILESS_MAIN(TestVersionedText)
#include "tst_versionedtext.moc"
