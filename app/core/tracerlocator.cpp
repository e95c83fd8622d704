#include "tracerlocator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <cstdio>
#include <unistd.h>

namespace Core {
namespace {

const QString packageName = QStringLiteral("loopscope_tracer");
const QString resourceRoot = QStringLiteral(":/tracer");

bool hasTracer(const QString &root)
{
    return QFileInfo::exists(root + QLatin1Char('/') + packageName + QLatin1String("/__main__.py"));
}

// Relative paths of the embedded tracer files, sorted so the hash is stable.
QStringList embeddedFiles()
{
    QStringList files;
    QDirIterator it(resourceRoot + QLatin1Char('/') + packageName, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next().mid(resourceRoot.size() + 1);
    files.sort();
    return files;
}

QString contentHash(const QStringList &files)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &rel : files) {
        QFile f(resourceRoot + QLatin1Char('/') + rel);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        hash.addData(rel.toUtf8());
        hash.addData(QByteArrayView("\0", 1));
        const QByteArray content = f.readAll();
        hash.addData(QByteArray::number(content.size()));
        hash.addData(content);
    }
    return QString::fromLatin1(hash.result().toHex().left(16));
}

bool writeTree(const QString &dir, const QStringList &files)
{
    for (const QString &rel : files) {
        const QString target = dir + QLatin1Char('/') + rel;
        if (!QDir().mkpath(QFileInfo(target).path()))
            return false;
        QFile in(resourceRoot + QLatin1Char('/') + rel);
        QFile out(target);
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
            return false;
        if (out.write(in.readAll()) < 0 || !out.flush())
            return false;
    }
    return true;
}

// Unpacks into a private temporary directory, then renames it into place: a rename of a
// directory is atomic, so a concurrent loopscope sees either nothing or a complete tree.
QString unpack(const QString &base, const QString &hash, const QStringList &files, QString *error)
{
    const QString final = base + QLatin1String("/tracer-") + hash;
    if (hasTracer(final))
        return final;
    if (!QDir().mkpath(base)) {
        *error = QStringLiteral("cannot create %1").arg(base);
        return {};
    }
    const QString temp = QStringLiteral("%1/.tracer-%2.tmp-%3-%4")
                                 .arg(base, hash)
                                 .arg(::getpid())
                                 .arg(QRandomGenerator::global()->generate(), 0, 16);
    if (!QDir().mkpath(temp) || !writeTree(temp, files)) {
        QDir(temp).removeRecursively();
        *error = QStringLiteral("cannot unpack the tracer into %1").arg(temp);
        return {};
    }
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(final).constData())
        != 0) {
        // Lost the race to another process (or a stale partial tree): use theirs if complete.
        QDir(temp).removeRecursively();
        if (!hasTracer(final)) {
            *error = QStringLiteral("cannot move the tracer into %1").arg(final);
            return {};
        }
    }
    return final;
}

QString locate(QString *error)
{
    const QString fromEnv = qEnvironmentVariable("LOOPSCOPE_TRACER_DIR");
    if (!fromEnv.isEmpty()) {
        if (hasTracer(fromEnv))
            return QFileInfo(fromEnv).absoluteFilePath();
        *error = QStringLiteral("LOOPSCOPE_TRACER_DIR=%1 has no %2/__main__.py")
                         .arg(fromEnv, packageName);
        return {};
    }
    const QStringList files = embeddedFiles();
    if (!files.contains(packageName + QLatin1String("/__main__.py"))) {
#ifdef LOOPSCOPE_SOURCE_TRACER_DIR
        // A build made before the tracer existed: use the source tree.
        if (hasTracer(QStringLiteral(LOOPSCOPE_SOURCE_TRACER_DIR)))
            return QStringLiteral(LOOPSCOPE_SOURCE_TRACER_DIR);
#endif
        *error = QStringLiteral("this build has no embedded tracer");
        return {};
    }
    const QString hash = contentHash(files);
    if (hash.isEmpty()) {
        *error = QStringLiteral("cannot read the embedded tracer");
        return {};
    }
    QStringList bases;
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    if (!cache.isEmpty())
        bases << cache + QLatin1String("/loopscope");
    bases << QDir::tempPath() + QStringLiteral("/loopscope-%1").arg(::getuid());
    for (const QString &base : bases) {
        const QString root = unpack(base, hash, files, error);
        if (!root.isEmpty())
            return root;
    }
    return {};
}

} // namespace

QString TracerLocator::tracerRoot(QString *error)
{
    // Resolved once per process: the embedded content cannot change while we run, but the
    // environment override is read each time so tests can point elsewhere.
    static QMutex mutex;
    static QString unpacked;
    QString err;
    QString root;
    if (!qEnvironmentVariableIsEmpty("LOOPSCOPE_TRACER_DIR")) {
        root = locate(&err);
    } else {
        QMutexLocker lock(&mutex);
        if (unpacked.isEmpty())
            unpacked = locate(&err);
        root = unpacked;
    }
    if (error)
        *error = err;
    return root;
}

QString TracerLocator::tracerScript(QString *error)
{
    const QString root = tracerRoot(error);
    return root.isEmpty() ? QString() : root + QLatin1Char('/') + packageName + QLatin1String("/__main__.py");
}

} // namespace Core
