#include "regularfile.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Core;

class tst_RegularFile : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void onlyRegularFilesInsideTheFolderAreRead_data();
    void onlyRegularFilesInsideTheFolderAreRead();
    void fileThatGrowsPastTheLimitIsRefused();
    void resourcesAreRead();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_folder; // the "lessons folder"; m_dir also holds files outside it
};

void tst_RegularFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_folder = m_dir->filePath(QStringLiteral("lessons"));
    QVERIFY(QDir().mkpath(m_folder + QStringLiteral("/sub")));
    auto write = [](const QString &path, const QByteArray &bytes) {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    };
    QVERIFY(write(m_folder + QStringLiteral("/step.md"), "# A step\n"));
    QVERIFY(write(m_dir->filePath(QStringLiteral("secret.txt")), "outside\n"));
    QVERIFY(::mkfifo(QFile::encodeName(m_folder + QStringLiteral("/fifo.md")).constData(), 0600) == 0);
    QVERIFY(QFile::link(QStringLiteral("/dev/zero"), m_folder + QStringLiteral("/zero.md")));
    QVERIFY(QFile::link(m_dir->filePath(QStringLiteral("secret.txt")), m_folder + QStringLiteral("/out.md")));
    QVERIFY(QFile::link(QStringLiteral("../step.md"), m_folder + QStringLiteral("/sub/in.md")));
    QVERIFY(QFile::link(QStringLiteral("gone.md"), m_folder + QStringLiteral("/dangling.md")));
    // Sparse: claims 64 MB without using the disk.
    QFile huge(m_folder + QStringLiteral("/huge.md"));
    QVERIFY(huge.open(QIODevice::WriteOnly) && huge.resize(qint64(64) << 20));
}

void tst_RegularFile::onlyRegularFilesInsideTheFolderAreRead_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("contained"); // checked against the lessons folder
    QTest::addColumn<QString>("problem"); // empty: readable

    QTest::newRow("regular") << "step.md" << true << "";
    QTest::newRow("link inside") << "sub/in.md" << true << "";
    QTest::newRow("FIFO") << "fifo.md" << false << "is a named pipe (FIFO), not a regular file";
    QTest::newRow("FIFO in folder") << "fifo.md" << true << "is a named pipe (FIFO), not a regular file";
    QTest::newRow("/dev/zero") << "zero.md" << false << "is a device, not a regular file";
    QTest::newRow("/dev/zero, contained") << "zero.md" << true << "leads outside its folder (to /dev/zero)";
    QTest::newRow("link outside") << "out.md" << true << "leads outside its folder";
    QTest::newRow("link outside, anywhere") << "out.md" << false << "";
    QTest::newRow("folder") << "sub" << true << "is a folder, not a regular file";
    QTest::newRow("huge") << "huge.md" << true << "is too large (64 MB; at most 4.0 MB)";
    QTest::newRow("dangling link") << "dangling.md" << true << "does not exist";
    QTest::newRow("missing") << "missing.md" << true << "does not exist";
}

void tst_RegularFile::onlyRegularFilesInsideTheFolderAreRead()
{
    QFETCH(QString, name);
    QFETCH(bool, contained);
    QFETCH(QString, problem);
    const QString path = m_folder + QLatin1Char('/') + name;
    const QString folder = contained ? m_folder : QString();
    QString error;
    const std::optional<QByteArray> bytes
            = RegularFile::read(path, RegularFile::kMaxTextFile, &error, folder);
    QCOMPARE(RegularFile::problem(path, RegularFile::kMaxTextFile, folder).isEmpty(), problem.isEmpty());
    if (problem.isEmpty()) {
        QVERIFY2(bytes, qPrintable(error));
        QVERIFY(!bytes->isEmpty());
    } else {
        QVERIFY(!bytes);
        QVERIFY2(error.startsWith(problem), qPrintable(error));
    }
}

void tst_RegularFile::fileThatGrowsPastTheLimitIsRefused()
{
    // /proc files say they are empty and are not: the limit holds for what is read, too.
    QString error;
    QVERIFY(!RegularFile::read(QStringLiteral("/proc/self/maps"), 16, &error));
    QVERIFY2(error.startsWith(QStringLiteral("is too large")), qPrintable(error));
}

void tst_RegularFile::resourcesAreRead()
{
    QString error;
    const auto bytes = RegularFile::read(QStringLiteral(":/tracer/loopscope_tracer/__main__.py"),
                                         RegularFile::kMaxTextFile, &error);
    QVERIFY2(bytes && !bytes->isEmpty(), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_RegularFile)
#include "tst_regularfile.moc"
