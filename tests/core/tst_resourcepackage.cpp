#include "resourcepackage.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Core;

namespace
{

constexpr uid_t kOtherUser = 4242; // tests run as root, so they can plant as someone else

// The embedded harness package, under a cache name of its own so real caches stay untouched.
ResourcePackage package()
{
    ResourcePackage p;
    p.resourceRoot = QStringLiteral(":/harness");
    p.package = QStringLiteral("loopscope_harness");
    p.marker = QStringLiteral("__init__.py");
    p.cacheName = QStringLiteral("test-harness");
    return p;
}

QString unpackedFile(const QString &root)
{
    return root + QStringLiteral("/loopscope_harness/__init__.py");
}

QByteArray embeddedInit()
{
    QFile f(QStringLiteral(":/harness/loopscope_harness/__init__.py"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every embedded file is on disk with the same bytes.
bool matchesEmbedded(const QString &root)
{
    QDirIterator it(QStringLiteral(":/harness/loopscope_harness"), QDir::Files,
                    QDirIterator::Subdirectories);
    int n = 0;
    while (it.hasNext()) {
        const QString resource = it.next();
        QFile a(resource), b(root + resource.mid(QStringLiteral(":/harness").size()));
        if (!a.open(QIODevice::ReadOnly) || !b.open(QIODevice::ReadOnly) || a.readAll() != b.readAll())
            return false;
        ++n;
    }
    return n > 0;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

bool chownTree(const QString &dir, uid_t uid)
{
    bool ok = ::lchown(QFile::encodeName(dir).constData(), uid, uid) == 0;
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        ok = ::lchown(QFile::encodeName(it.next()).constData(), uid, uid) == 0 && ok;
    return ok;
}

} // namespace

class tst_ResourcePackage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void unpacksOnceAndReusesAMatchingTree();
    void tamperedTreeIsReplaced_data();
    void tamperedTreeIsReplaced();
    void unwritableCacheFallsBackWithoutError();
    void runtimeFolderComesBeforeTheTemporaryFolder();
    void runtimeFolderOfSomeoneElseIsSkipped();
    void plantedTemporaryFolderIsRefused_data();
    void plantedTemporaryFolderIsRefused();

private:
    // Points the cache at a path nobody can create (a folder under a plain file), as with a
    // read-only home, so the temporary folder is where the package goes.
    void breakTheCache();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_cache, m_temp;
};

void tst_ResourcePackage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_cache = m_dir->filePath(QStringLiteral("cache"));
    m_temp = m_dir->filePath(QStringLiteral("tmp"));
    QVERIFY(QDir().mkpath(m_temp));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(m_cache));
    qputenv("TMPDIR", QFile::encodeName(m_temp));
    qunsetenv("XDG_RUNTIME_DIR");
}

void tst_ResourcePackage::cleanup()
{
    chownTree(m_dir->path(), ::geteuid()); // so the temporary folder can be removed
    m_dir.reset();
}

void tst_ResourcePackage::breakTheCache()
{
    const QString file = m_dir->filePath(QStringLiteral("a-file"));
    QVERIFY(writeFile(file, "not a folder"));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(file + QStringLiteral("/cache")));
}

void tst_ResourcePackage::unpacksOnceAndReusesAMatchingTree()
{
    QString error = QStringLiteral("stale");
    const QString root = package().unpackedRoot(&error);
    QVERIFY2(root.startsWith(m_cache + QStringLiteral("/loopscope/test-harness-")), qPrintable(root));
    QVERIFY(error.isEmpty());
    QVERIFY(matchesEmbedded(root));
    struct stat before {}, after {};
    QCOMPARE(::stat(QFile::encodeName(unpackedFile(root)).constData(), &before), 0);
    QCOMPARE(package().unpackedRoot(), root);
    QCOMPARE(::stat(QFile::encodeName(unpackedFile(root)).constData(), &after), 0);
    QCOMPARE(after.st_ino, before.st_ino); // used again, not written again
    QCOMPARE(after.st_mtim.tv_nsec, before.st_mtim.tv_nsec);
}

void tst_ResourcePackage::tamperedTreeIsReplaced_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("changed file") << QStringLiteral("change");
    QTest::newRow("missing file") << QStringLiteral("remove");
    QTest::newRow("only the marker") << QStringLiteral("marker only");
}

void tst_ResourcePackage::tamperedTreeIsReplaced()
{
    QFETCH(QString, damage);
    const QString root = package().unpackedRoot();
    QVERIFY(!root.isEmpty());
    const QString init = unpackedFile(root);
    if (damage == QLatin1String("change")) {
        QVERIFY(writeFile(init, embeddedInit() + "\nimport os; os.system('evil')\n"));
    } else if (damage == QLatin1String("remove")) {
        QVERIFY(QFile::remove(init));
    } else {
        // A tree holding nothing but the file that used to prove it complete.
        QVERIFY(QDir(root).removeRecursively());
        QVERIFY(writeFile(init, "import os; os.system('evil')\n"));
    }
    QString error;
    const QString again = package().unpackedRoot(&error);
    QVERIFY(error.isEmpty());
    QVERIFY(!again.isEmpty());
    QVERIFY(matchesEmbedded(again));
}

void tst_ResourcePackage::unwritableCacheFallsBackWithoutError()
{
    breakTheCache();
    QString error = QStringLiteral("stale");
    const QString root = package().unpackedRoot(&error);
    const QString base = m_temp + QStringLiteral("/loopscope-%1").arg(::geteuid());
    QVERIFY2(root.startsWith(base + QLatin1Char('/')), qPrintable(root));
    // The failure of the first place must not survive the success of the next.
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(matchesEmbedded(root));
    QCOMPARE(QFileInfo(base).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
}

void tst_ResourcePackage::runtimeFolderComesBeforeTheTemporaryFolder()
{
    breakTheCache();
    const QString runtime = m_dir->filePath(QStringLiteral("run"));
    QVERIFY(QDir().mkpath(runtime));
    QVERIFY(QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
    const QString root = package().unpackedRoot();
    QVERIFY2(root.startsWith(runtime + QStringLiteral("/loopscope/")), qPrintable(root));
    QVERIFY(matchesEmbedded(root));
}

void tst_ResourcePackage::runtimeFolderOfSomeoneElseIsSkipped()
{
    breakTheCache();
    const QString runtime = m_dir->filePath(QStringLiteral("run"));
    QVERIFY(QDir().mkpath(runtime));
    QVERIFY(chownTree(runtime, kOtherUser));
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
    const QString root = package().unpackedRoot();
    QVERIFY2(!root.isEmpty() && !root.startsWith(runtime), qPrintable(root));
    QVERIFY(matchesEmbedded(root));
}

void tst_ResourcePackage::plantedTemporaryFolderIsRefused_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("owned by someone else") << QStringLiteral("owner");
    QTest::newRow("symbolic link") << QStringLiteral("link");
    QTest::newRow("writable by all") << QStringLiteral("mode");
}

void tst_ResourcePackage::plantedTemporaryFolderIsRefused()
{
    QFETCH(QString, how);
    breakTheCache();
    // Learn the folder name a real unpack uses (it is no secret: the same for every user of
    // this build), then start again with an attacker's tree planted under that name.
    const QString scratch = m_dir->filePath(QStringLiteral("scratch"));
    QVERIFY(QDir().mkpath(scratch));
    qputenv("TMPDIR", QFile::encodeName(scratch));
    const QString name = QFileInfo(package().unpackedRoot()).fileName();
    QVERIFY(name.startsWith(QStringLiteral("test-harness-")));
    qputenv("TMPDIR", QFile::encodeName(m_temp));

    const QString base = m_temp + QStringLiteral("/loopscope-%1").arg(::geteuid());
    const QString attacker = m_dir->filePath(QStringLiteral("attacker"));
    const QString plantedAt = how == QLatin1String("link") ? attacker : base;
    QDirIterator it(QStringLiteral(":/harness/loopscope_harness"), QDir::Files);
    while (it.hasNext()) {
        const QString resource = it.next();
        QVERIFY(writeFile(plantedAt + QLatin1Char('/') + name
                                  + resource.mid(QStringLiteral(":/harness").size()),
                          "import os; os.system('evil')\n"));
    }
    if (how == QLatin1String("owner")) {
        QVERIFY(chownTree(base, kOtherUser));
    } else if (how == QLatin1String("link")) {
        QVERIFY(QFile::link(attacker, base));
    } else {
        QVERIFY(::chmod(QFile::encodeName(base).constData(), 0777) == 0);
    }

    QString error;
    const QString root = package().unpackedRoot(&error);
    QVERIFY2(!root.isEmpty(), qPrintable(error));
    QVERIFY2(!root.startsWith(base) && !root.startsWith(attacker), qPrintable(root));
    QVERIFY(matchesEmbedded(root));
    // What someone else put there is left alone.
    QFile planted(plantedAt + QLatin1Char('/') + name + QStringLiteral("/loopscope_harness/__init__.py"));
    QVERIFY(planted.open(QIODevice::ReadOnly));
    QVERIFY(planted.readAll().contains("evil"));
}

QTEST_GUILESS_MAIN(tst_ResourcePackage)
#include "tst_resourcepackage.moc"
