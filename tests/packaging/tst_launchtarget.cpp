// What `loopscope ARGS` (and a double-click through the desktop file's `Exec=loopscope %f`)
// opens: commands stay commands, a recording is recognised by its magic or its .lstrace name,
// any other text file is a program for the editor, and a file that cannot be opened is refused
// with a reason instead of opening an empty window.
#include "launchtarget.h"
#include "tracewriter.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using Core::LaunchTarget;
using Kind = Core::LaunchTarget::Kind;

Q_DECLARE_METATYPE(Core::LaunchTarget::Kind)

namespace
{

// `content` null: the file is not created.
struct FileSpec {
    QString name;
    QByteArray content;
};

} // namespace

class TestLaunchTarget : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString make(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        if (!content.isNull()) {
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
                qFatal("cannot write %s", qPrintable(path));
        }
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Relative names below are looked up where a shell user would type them.
        QVERIFY(QDir::setCurrent(m_dir.path()));
    }

    void classifies_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<Kind>("kind");

        const QByteArray recording = Core::TraceWriter::magic() + QByteArray("\xEA\x02\x00\x00", 4);
        const QByteArray program("import asyncio\nasyncio.run(asyncio.sleep(0))\n");
        const QByteArray none; // null: no file

        QTest::newRow("no arguments: the window")
            << QStringList() << QString() << none << Kind::Window;
        QTest::newRow("trace command")
            << QStringList { "trace", "x.py" } << QString() << none << Kind::Command;
        QTest::newRow("lessons command")
            << QStringList { "lessons", "--json" } << QString() << none << Kind::Command;
        QTest::newRow("--help") << QStringList { "--help" } << QString() << none << Kind::Command;
        QTest::newRow("--version")
            << QStringList { "--version" } << QString() << none << Kind::Command;
        QTest::newRow("misspelt command, no such file")
            << QStringList { "trcae" } << QString() << none << Kind::Command;
        QTest::newRow("a file named like a command stays a command")
            << QStringList { "check" } << QStringLiteral("check") << program << Kind::Command;
        QTest::newRow("... unless given as a path")
            << QStringList { "./check" } << QStringLiteral("check") << program << Kind::Program;
        QTest::newRow("recording by its magic, any name")
            << QStringList { "run.bin" } << QStringLiteral("run.bin") << recording
            << Kind::Recording;
        QTest::newRow("recording by .lstrace")
            << QStringList { "run.lstrace" } << QStringLiteral("run.lstrace") << recording
            << Kind::Recording;
        QTest::newRow(".lstrace without the magic: the reader says what is wrong")
            << QStringList { "broken.lstrace" } << QStringLiteral("broken.lstrace")
            << QByteArray("not a trace") << Kind::Recording;
        QTest::newRow("empty .lstrace")
            << QStringList { "empty.lstrace" } << QStringLiteral("empty.lstrace") << QByteArray("")
            << Kind::Recording;
        QTest::newRow("python program")
            << QStringList { "hello.py" } << QStringLiteral("hello.py") << program << Kind::Program;
        QTest::newRow("text file of another name")
            << QStringList { "notes.txt" } << QStringLiteral("notes.txt") << program
            << Kind::Program;
        QTest::newRow("empty python file")
            << QStringList { "empty.py" } << QStringLiteral("empty.py") << QByteArray("")
            << Kind::Program;
        QTest::newRow("UTF-8 beyond ASCII")
            << QStringList { "gruss.py" } << QStringLiteral("gruss.py")
            << QByteArray("print('Grüße, 世界')\n") << Kind::Program;
        QTest::newRow("UTF-8 cut at the sniff limit is still text")
            << QStringList { "long.py" } << QStringLiteral("long.py")
            << QByteArray(8191, '#') + QByteArray("ü\n") << Kind::Program;
        QTest::newRow("binary file")
            << QStringList { "image.png" } << QStringLiteral("image.png")
            << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << Kind::Invalid;
        QTest::newRow("Latin-1 bytes are not UTF-8")
            << QStringList { "latin1.py" } << QStringLiteral("latin1.py")
            << QByteArray("print('Gr\xfc\xdf')\n") << Kind::Invalid;
        QTest::newRow("missing .py")
            << QStringList { "missing.py" } << QString() << none << Kind::Invalid;
        QTest::newRow("missing path")
            << QStringList { "sub/missing" } << QString() << none << Kind::Invalid;
        QTest::newRow("a folder") << QStringList { "." } << QString() << none << Kind::Invalid;
        QTest::newRow("a folder as a path")
            << QStringList { "./" } << QString() << none << Kind::Invalid;
        QTest::newRow("two files")
            << QStringList { "a.py", "b.py" } << QStringLiteral("a.py") << program << Kind::Invalid;
    }

    void classifies()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, fileName);
        QFETCH(QByteArray, content);
        QFETCH(Kind, kind);
        if (!fileName.isEmpty())
            make(fileName, content);
        const LaunchTarget target = LaunchTarget::fromArguments(arguments);
        QCOMPARE(target.kind, kind);
        if (kind == Kind::Recording || kind == Kind::Program)
            QCOMPARE(target.path, QFileInfo(arguments.first()).absoluteFilePath());
        QCOMPARE(target.error.isEmpty(), kind != Kind::Invalid);
    }

    // Some file managers pass file:// URLs even to a %f launcher.
    void acceptsFileUrls()
    {
        const QString path = make(QStringLiteral("from url.py"), "print('hi')\n");
        const LaunchTarget target
            = LaunchTarget::fromArguments({ QUrl::fromLocalFile(path).toString() });
        QCOMPARE(target.kind, Kind::Program);
        QCOMPARE(target.path, path);
    }

    void saysWhyAFileCannotBeOpened()
    {
        QCOMPARE(LaunchTarget::fromArguments({ QStringLiteral("nowhere.py") }).error,
            QStringLiteral("no such file"));
        const QString png = make(QStringLiteral("x.png"), QByteArray("\x89PNG\0", 5));
        QVERIFY(LaunchTarget::fromArguments({ png }).error.contains(QLatin1String("recording")));
    }

    // The executable refuses such a file on stderr before any window exists (a window here
    // would never close: the test would time out).
    void executableRefusesBeforeOpeningAWindow()
    {
        const QString png = make(QStringLiteral("shot.png"), QByteArray("\x89PNG\0", 5));
        for (const QString &path : {m_dir.filePath(QStringLiteral("gone.py")), png}) {
            QProcess p;
            p.start(QStringLiteral(LOOPSCOPE_BINARY), {path});
            QVERIFY(p.waitForFinished(30000));
            QCOMPARE(p.exitCode(), 2);
            const QString err = QString::fromUtf8(p.readAllStandardError());
            QVERIFY2(err.startsWith(QStringLiteral("loopscope: cannot open %1: ").arg(path)),
                     qPrintable(err));
        }
    }
};

QTEST_GUILESS_MAIN(TestLaunchTarget)
#include "tst_launchtarget.moc"
