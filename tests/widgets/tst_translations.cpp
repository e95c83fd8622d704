// The shipped translations: every string of the window translated, with every placeholder,
// HTML tag and plural form kept; the window follows the locale (German menus with German, the
// English text with English or a language Loopscope has no translation for), and the German
// menus give each Alt letter to one entry.
#include "mainwindow.h"
#include "translations.h"

#include "isolatedsettings.h"
#include "menuletters.h"

#include <QFile>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <map>

using namespace Ui;

namespace
{

const QString kTranslations = QStringLiteral(LOOPSCOPE_TEST_DATA "/../../translations");

struct Message {
    QString context;
    QString source;
    bool numerus = false;
    QString type; // the translation's type attribute: unfinished, vanished, obsolete or none
    QStringList forms; // the translation, or its plural forms
};

QList<Message> readTs(const QString &path, QString *language)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Message> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            messages.append({ context, {},
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes") });
        } else if (name == QLatin1String("source")) {
            messages.back().source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            messages.back().type = xml.attributes().value(QLatin1String("type")).toString();
            if (!messages.back().numerus)
                messages.back().forms << xml.readElementText();
        } else if (name == QLatin1String("numerusform")) {
            messages.back().forms << xml.readElementText();
        }
    }
    if (xml.hasError()) {
        qWarning() << path << xml.errorString();
        return {};
    }
    return messages;
}

// Every %1..%99, %L1 and %n, counted: a translation keeps each as often as the source has it.
std::map<QString, int> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(L?[0-9]{1,2}|n)"));
    std::map<QString, int> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        ++found[it.next().captured(0)];
    return found;
}

// The HTML tags in order of name (<b>, </span>, <br/>…): a translation may move them, not
// drop, add or break them. Markdown's ** and ``` fences are counted the same way.
QStringList markup(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("</?[a-zA-Z0-9]+[^>]*>|\\*\\*|```"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        QString tag = it.next().captured(0);
        found << tag.section(QLatin1Char(' '), 0, 0).remove(QLatin1Char('>'));
    }
    found.sort();
    return found;
}

QString where(const Message &m)
{
    return m.context + QStringLiteral(": \"") + m.source.left(70) + QLatin1Char('"');
}

QStringList problems(const QList<Message> &messages, int pluralForms)
{
    QStringList problems;
    for (const Message &m : messages) {
        if (!m.type.isEmpty()) {
            problems << where(m) + QStringLiteral(" is ") + m.type;
            continue;
        }
        if (m.forms.size() != (m.numerus ? pluralForms : 1)) {
            problems << where(m) + QStringLiteral(" has %1 forms").arg(m.forms.size());
            continue;
        }
        for (const QString &form : m.forms) {
            if (form.trimmed().isEmpty())
                problems << where(m) + QStringLiteral(" is empty");
            if (placeholders(form) != placeholders(m.source))
                problems << where(m) + QStringLiteral(" placeholders differ: ") + form;
            if (markup(form) != markup(m.source))
                problems << where(m) + QStringLiteral(" markup differs: ") + form;
            if (mnemonic(m.source).isNull() != mnemonic(form).isNull())
                problems << where(m) + QStringLiteral(" Alt letter lost or added: ") + form;
        }
    }
    return problems;
}

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (const QAction *a : window.menuBar()->actions())
        titles << a->text();
    return titles;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        isolateSettings(m_config.path(), QStringLiteral("tst_translations"));
    }

    void cleanup() { installTranslators(QLocale(QLocale::English)); }

    void everyGermanStringIsTranslatedWithItsPlaceholders()
    {
        QString language;
        const QList<Message> messages = readTs(kTranslations + "/loopscope_de.ts", &language);
        QCOMPARE(language, QStringLiteral("de"));
        QVERIFY2(messages.size() > 500, qPrintable(QString::number(messages.size())));
        const QStringList found = problems(messages, 2); // German: one, other
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
        // The checks check: a lost placeholder, tag or letter is seen.
        QVERIFY(!problems({ { "C", "%1 of %n", true, {}, { "%n von", "%n von %1" } } }, 2)
                         .isEmpty());
        QVERIFY(!problems({ { "C", "<b>%1</b>", false, {}, { "<b>%1" } } }, 2).isEmpty());
        QVERIFY(!problems({ { "C", "&Open", false, {}, { "Öffnen" } } }, 2).isEmpty());
        QVERIFY(!problems({ { "C", "Open", false, QStringLiteral("unfinished"), { "" } } }, 2)
                         .isEmpty());
    }

    // English's own plural forms ("1 problem", "2 problems") for the %n strings.
    void englishPluralsAreComplete()
    {
        QString language;
        const QList<Message> messages = readTs(kTranslations + "/loopscope_en.ts", &language);
        QCOMPARE(language, QStringLiteral("en"));
        QVERIFY(messages.size() >= 5);
        for (const Message &m : messages)
            QVERIFY2(m.numerus, qPrintable(where(m)));
        const QStringList found = problems(messages, 2);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
        installTranslators(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(QCoreApplication::translate("Ui::TimelineView", "%n wake-up(s)", nullptr, 1),
            QStringLiteral("1 wake-up"));
        QCOMPARE(QCoreApplication::translate("Ui::TimelineView", "%n wake-up(s)", nullptr, 3),
            QStringLiteral("3 wake-ups"));
    }

    void theWindowSpeaksTheLocalesLanguage()
    {
        QCOMPARE(installTranslators(QLocale(QLocale::German, QLocale::Germany)),
            QStringLiteral("de"));
        {
            MainWindow window;
            QCOMPARE(menuTitles(window).value(0), QStringLiteral("&Datei"));
            QVERIFY2(menuTitles(window).contains(QStringLiteral("&Hilfe")),
                qPrintable(menuTitles(window).join(QLatin1Char(' '))));
            QCOMPARE(QCoreApplication::translate("Ui::TimelineView", "%n wake-up(s)", nullptr, 1),
                QStringLiteral("1 Weckruf"));
        }
        // By default the locale is the system's (LANG…), which QLocale::setDefault stands in for.
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Switzerland));
        QCOMPARE(installTranslators(), QStringLiteral("de"));
        QLocale::setDefault(QLocale::system());
        // Austrian German falls back to German; French has no translation: English.
        QCOMPARE(installTranslators(QLocale(QLocale::German, QLocale::Austria)),
            QStringLiteral("de"));
        QCOMPARE(installTranslators(QLocale(QLocale::French, QLocale::France)),
            QStringLiteral("en"));
        MainWindow window;
        QCOMPARE(menuTitles(window).value(0), QStringLiteral("&File"));
    }

    // The German menus, walked like tst_mainwindow walks the English ones.
    void everyGermanMenuLetterIsUnique()
    {
        installTranslators(QLocale(QLocale::German));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.menuBar()->actions().size() >= 3);
        const QStringList clashes
            = mnemonicClashes(QStringLiteral("menu bar"), window.menuBar()->actions());
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
