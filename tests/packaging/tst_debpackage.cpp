// The Debian package as a user gets it: built by CPack (build_deb.sh, the fixture) and
// unpacked into a scratch root. Its control data names the computed shared-library
// dependencies and recommends every library the lessons import; its desktop file and
// AppStream metainfo validate; its icon comes in every hicolor size; the MIME type finds a
// recording by its content; and the installed executable prints its version, traces a real
// program and checks a lesson with nothing from the build or source tree.
#include "interpreterfinder.h"

#include <QDirIterator>
#include <QFile>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace
{

const QString appId = QStringLiteral("io.github.loopscope.Loopscope");
const QString recordingType = QStringLiteral("application/x-loopscope-recording");

const char kProgram[] = R"(import asyncio

async def fetch(name, delay):
    await asyncio.sleep(delay)
    print("fetched", name)

async def main():
    await asyncio.gather(fetch("a", 0.05), fetch("b", 0.1))

asyncio.run(main())
)";

struct Ran {
    int status = -1;
    QByteArray out, err;
};

Ran run(const QString &program, const QStringList &arguments,
    const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
    const QString &workDir = {}, int timeoutMs = 120000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(program, arguments);
    Ran r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out or did not start: " + p.errorString().toUtf8();
        return r;
    }
    r.status = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// Every "requires" list anywhere in the JSON (lessons, exercises).
void collectRequires(const QJsonValue &value, QSet<QString> &modules)
{
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            collectRequires(v, modules);
    } else if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() == QLatin1String("requires"))
                for (const QJsonValue &m : it.value().toArray())
                    modules.insert(m.toString());
            else
                collectRequires(it.value(), modules);
        }
    }
}

// "a (>= 1), b | c, d" -> {a, b, c, d}
QSet<QString> packageNames(const QString &field)
{
    QSet<QString> names;
    for (const QString &alt : field.split(QRegularExpression(QStringLiteral("[,|]"))))
        names.insert(alt.trimmed().section(QLatin1Char(' '), 0, 0));
    names.remove(QString());
    return names;
}

} // namespace

class TestDebPackage : public QObject
{
    Q_OBJECT

    QString m_deb;
    QString m_root;
    QString m_exe;
    QTemporaryDir m_home; // a fresh learner: nothing unpacked, no settings

    QString controlField(const QString &field)
    {
        const Ran r = run(QStringLiteral("dpkg-deb"), { QStringLiteral("--field"), m_deb, field });
        return r.status == 0 ? QString::fromUtf8(r.out).simplified() : QString();
    }

    // The environment of a user who installed the package: no source-tree overrides, a home
    // of their own.
    QProcessEnvironment userEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &key : env.keys())
            if (key.startsWith(QLatin1String("LOOPSCOPE_")))
                env.remove(key);
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral(".cache")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral(".config")));
        env.insert(
            QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral(".local/share")));
        return env;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QDir out(QStringLiteral(LOOPSCOPE_DEB_DIR));
        const QStringList debs = out.entryList({ QStringLiteral("*.deb") }, QDir::Files);
        QCOMPARE(debs.size(), 1);
        m_deb = out.filePath(debs.first());
        m_root = out.filePath(QStringLiteral("root"));
        m_exe = m_root + QStringLiteral("/usr/bin/loopscope");
        QVERIFY(m_home.isValid());
        // The installed MIME package beside the system's, as after dpkg -i (QMimeDatabase
        // reads XDG_DATA_DIRS on first use).
        qputenv("XDG_DATA_DIRS", (m_root + QStringLiteral("/usr/share:/usr/share")).toUtf8());
    }

    void controlDataNamesTheDependencies()
    {
        QCOMPARE(controlField(QStringLiteral("Package")), QStringLiteral("loopscope"));
        QCOMPARE(controlField(QStringLiteral("Version")), QStringLiteral(LOOPSCOPE_VERSION));
        QCOMPARE(controlField(QStringLiteral("Section")), QStringLiteral("education"));
        const QString depends = controlField(QStringLiteral("Depends"));
        QVERIFY2(depends.contains(QLatin1String("python3 (>= 3.11)")), qPrintable(depends));
        // Computed by dpkg-shlibdeps from the executable, not written by hand.
        const QSet<QString> names = packageNames(depends);
        for (const char *lib : { "libc6", "libqt6core6", "libqt6widgets6", "libstdc++6" })
            QVERIFY2(names.contains(QLatin1String(lib)), qPrintable(depends));
        QVERIFY2(depends.contains(QLatin1String("libqscintilla2-qt6")), qPrintable(depends));
        // apt and software centres show the description as written: Debian's 80 columns.
        const Ran description = run(QStringLiteral("dpkg-deb"),
            { QStringLiteral("--field"), m_deb, QStringLiteral("Description") });
        const QList<QByteArray> lines = description.out.trimmed().split('\n');
        QVERIFY(lines.size() >= 3);
        for (const QByteArray &line : lines)
            QVERIFY2(line.size() <= 80, line.constData());
    }

    void recommendsEveryLibraryTheLessonsImport()
    {
        QSet<QString> modules;
        for (const char *command : { "lessons", "exercises" }) {
            const Ran r = run(
                m_exe, { QLatin1String(command), QStringLiteral("--json") }, userEnvironment());
            QVERIFY2(r.status == 0, r.err.constData());
            const QJsonDocument doc = QJsonDocument::fromJson(r.out);
            QVERIFY(doc.isArray() || doc.isObject());
            collectRequires(
                doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), modules);
        }
        QVERIFY2(modules.size() >= 5, qPrintable(QStringList(modules.values()).join(u' ')));
        const QSet<QString> recommends = packageNames(controlField(QStringLiteral("Recommends")));
        QStringList missing;
        for (const QString &module : modules)
            if (!recommends.contains(Core::InterpreterFinder::debianPackage(module)))
                missing << Core::InterpreterFinder::debianPackage(module);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u' ')));
    }

    void installsTheExecutableAndDesktopFiles()
    {
        QStringList files;
        QDirIterator it(m_root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next().mid(m_root.size() + 1);
        for (const QString &f : files)
            QVERIFY2(f.startsWith(QLatin1String("usr/")), qPrintable(f));
        QVERIFY(QFileInfo(m_exe).isExecutable());
        const QStringList expected { QStringLiteral("usr/share/applications/%1.desktop").arg(appId),
            QStringLiteral("usr/share/metainfo/%1.metainfo.xml").arg(appId),
            QStringLiteral("usr/share/mime/packages/%1.xml").arg(appId),
            QStringLiteral("usr/share/icons/hicolor/scalable/apps/%1.svg").arg(appId) };
        for (const QString &f : expected)
            QVERIFY2(files.contains(f), qPrintable(f));
        // A Debian binary carries no path back into the build folder.
        const Ran dyn = run(QStringLiteral("readelf"), { QStringLiteral("--dynamic"), m_exe });
        QCOMPARE(dyn.status, 0);
        QVERIFY2(!dyn.out.contains("RUNPATH") && !dyn.out.contains("RPATH"), dyn.out.constData());
    }

    void iconComesInEveryHicolorSize()
    {
        for (int size : { 16, 22, 24, 32, 48, 64, 128, 256, 512 }) {
            const QString png = QStringLiteral("%1/usr/share/icons/hicolor/%2x%2/apps/%3.png")
                                    .arg(m_root)
                                    .arg(size)
                                    .arg(appId);
            QImageReader reader(png);
            QVERIFY2(reader.canRead(), qPrintable(png));
            QCOMPARE(reader.size(), QSize(size, size));
        }
    }

    void desktopFileValidatesAndPointsAtInstalledFiles()
    {
        const QString desktop
            = QStringLiteral("%1/usr/share/applications/%2.desktop").arg(m_root, appId);
        const Ran r = run(QStringLiteral("desktop-file-validate"), { desktop });
        QVERIFY2(r.status == 0 && r.out.isEmpty() && r.err.isEmpty(), (r.out + r.err).constData());
        QMap<QString, QString> entry;
        for (const QString &line : readText(desktop).split(u'\n'))
            if (line.contains(u'='))
                entry.insert(line.section(u'=', 0, 0), line.section(u'=', 1));
        QCOMPARE(entry.value(QStringLiteral("Exec")), QStringLiteral("loopscope %f"));
        QVERIFY(QFileInfo::exists(
            m_root + QStringLiteral("/usr/bin/") + entry.value(QStringLiteral("TryExec"))));
        QCOMPARE(entry.value(QStringLiteral("Icon")), appId);
        QVERIFY(entry.value(QStringLiteral("Categories")).split(u';').contains(u"Education"));
        QVERIFY(entry.value(QStringLiteral("MimeType")).split(u';').contains(recordingType));
    }

    void metainfoValidatesAndMatchesTheProject()
    {
        const QString metainfo
            = QStringLiteral("%1/usr/share/metainfo/%2.metainfo.xml").arg(m_root, appId);
        const Ran r = run(QStringLiteral("appstreamcli"),
            { QStringLiteral("validate"), QStringLiteral("--no-net"), metainfo });
        QVERIFY2(r.status == 0, (r.out + r.err).constData());
        const QString xml = readText(metainfo);
        // The newest release is the version being packaged.
        const QRegularExpression release(QStringLiteral("<release version=\"([^\"]+)\""));
        QCOMPARE(release.match(xml).captured(1), QStringLiteral(LOOPSCOPE_VERSION));
        QVERIFY(
            xml.contains(QStringLiteral("<launchable type=\"desktop-id\">%1.desktop<").arg(appId)));
        QVERIFY(xml.contains(QStringLiteral("<mediatype>%1</mediatype>").arg(recordingType)));
        // Each screenshot is one the README shows, kept in the repository.
        const QRegularExpression shot(QStringLiteral("/main/(docs/screenshots/[^<]+\\.png)<"));
        int shots = 0;
        for (auto it = shot.globalMatch(xml); it.hasNext(); ++shots) {
            const QString rel = it.next().captured(1);
            QVERIFY2(
                QFileInfo::exists(QStringLiteral(LOOPSCOPE_SOURCE_DIR "/") + rel), qPrintable(rel));
            QVERIFY2(readText(QStringLiteral(LOOPSCOPE_SOURCE_DIR "/README.md")).contains(rel),
                qPrintable(rel));
        }
        QVERIFY(shots >= 3);
        QCOMPARE(xml.count(QLatin1String("<caption>")), shots);
    }

    void versionFromTheInstalledExecutable()
    {
        const Ran r = run(m_exe, { QStringLiteral("--version") }, userEnvironment());
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.startsWith("loopscope " LOOPSCOPE_VERSION " (Qt 6."), r.out.constData());
    }

    // The tracer ships inside the executable: a fresh user's first trace unpacks it into their
    // cache, runs the real interpreter, and the recording it writes is a known file type.
    void tracesWithTheInstalledExecutable()
    {
        QTemporaryDir work;
        QFile program(work.filePath(QStringLiteral("fetch_two.py")));
        QVERIFY(program.open(QIODevice::WriteOnly));
        program.write(kProgram);
        program.close();
        const Ran r = run(m_exe,
            { QStringLiteral("trace"), QStringLiteral("--summary"), QStringLiteral("summary.json"),
                QStringLiteral("--record"), QStringLiteral("run"), QStringLiteral("fetch_two.py") },
            userEnvironment(), work.path());
        QVERIFY2(r.status == 0, r.err.constData());
        QCOMPARE(r.out, QByteArray("fetched a\nfetched b\n"));
        const QJsonObject summary = QJsonDocument::fromJson(
            readText(work.filePath(QStringLiteral("summary.json"))).toUtf8())
                                        .object();
        QCOMPARE(summary.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(summary.value(QStringLiteral("tasks")).toArray().size(), 3);
        bool unpacked = false;
        QDirIterator it(m_home.filePath(QStringLiteral(".cache")),
            { QStringLiteral("__main__.py") }, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            unpacked |= it.next().contains(QLatin1String("/loopscope_tracer/"));
        QVERIFY2(unpacked, "the tracer was not unpacked from the installed executable");

        // Found by its content (the recording has no extension), as a file manager would.
        const QMimeType type
            = QMimeDatabase().mimeTypeForFile(work.filePath(QStringLiteral("run")));
        QCOMPARE(type.name(), recordingType);
        QCOMPARE(type.comment(), QStringLiteral("Loopscope recording"));
        QCOMPARE(
            QMimeDatabase()
                .mimeTypeForFile(QStringLiteral("saved.lstrace"), QMimeDatabase::MatchExtension)
                .name(),
            recordingType);
        QVERIFY(!QMimeDatabase().mimeTypeForFile(program.fileName()).inherits(recordingType));

        // And it replays without Python.
        const Ran replay = run(m_exe,
            { QStringLiteral("trace"), QStringLiteral("--replay"), QStringLiteral("run"),
                QStringLiteral("--summary"), QStringLiteral("-") },
            userEnvironment(), work.path());
        QVERIFY2(replay.status == 0, replay.err.constData());
        QCOMPARE(QJsonDocument::fromJson(replay.out)
                     .object()
                     .value(QStringLiteral("tasks"))
                     .toArray()
                     .size(),
            3);
    }

    // The lessons ship inside the executable too: checking one runs its examples from the
    // installed files and finds what they must show.
    void checksALessonWithTheInstalledExecutable()
    {
        const Ran r = run(m_exe,
            { QStringLiteral("lessons"), QStringLiteral("--check"),
                QStringLiteral(LOOPSCOPE_CHECK_LESSON) },
            userEnvironment(), m_home.path());
        QVERIFY2(r.status == 0, (r.out + r.err).constData());
    }
};

QTEST_GUILESS_MAIN(TestDebPackage)
#include "tst_debpackage.moc"
