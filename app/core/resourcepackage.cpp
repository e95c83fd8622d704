#include "resourcepackage.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <cstdio>
#include <unistd.h>

namespace Core {
namespace {

bool isComplete(const ResourcePackage &p, const QString &root)
{
    const QString dir = root + QLatin1Char('/') + p.package;
    return p.marker.isEmpty() ? QFileInfo(dir).isDir()
                              : QFileInfo::exists(dir + QLatin1Char('/') + p.marker);
}

// Relative paths of the embedded files, sorted so the hash is stable.
QStringList embeddedFiles(const ResourcePackage &p)
{
    QStringList files;
    QDirIterator it(p.resourceRoot + QLatin1Char('/') + p.package, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next().mid(p.resourceRoot.size() + 1);
    files.sort();
    return files;
}

QString contentHash(const ResourcePackage &p, const QStringList &files)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &rel : files) {
        QFile f(p.resourceRoot + QLatin1Char('/') + rel);
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

bool writeTree(const ResourcePackage &p, const QString &dir, const QStringList &files)
{
    for (const QString &rel : files) {
        const QString target = dir + QLatin1Char('/') + rel;
        if (!QDir().mkpath(QFileInfo(target).path()))
            return false;
        QFile in(p.resourceRoot + QLatin1Char('/') + rel);
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
QString unpack(const ResourcePackage &p, const QString &base, const QString &hash,
               const QStringList &files, QString *error)
{
    const QString final = QStringLiteral("%1/%2-%3").arg(base, p.cacheName, hash);
    if (isComplete(p, final))
        return final;
    if (!QDir().mkpath(base)) {
        *error = QStringLiteral("cannot create %1").arg(base);
        return {};
    }
    const QString temp = QStringLiteral("%1/.%2-%3.tmp-%4-%5")
                                 .arg(base, p.cacheName, hash)
                                 .arg(::getpid())
                                 .arg(QRandomGenerator::global()->generate(), 0, 16);
    if (!QDir().mkpath(temp) || !writeTree(p, temp, files)) {
        QDir(temp).removeRecursively();
        *error = QStringLiteral("cannot unpack %1 into %2").arg(p.package, temp);
        return {};
    }
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(final).constData())
        != 0) {
        // Lost the race to another process (or a stale partial tree): use theirs if complete.
        QDir(temp).removeRecursively();
        if (!isComplete(p, final)) {
            *error = QStringLiteral("cannot move %1 into %2").arg(p.package, final);
            return {};
        }
    }
    return final;
}

QString locateEmbedded(const ResourcePackage &p, QString *error)
{
    const QStringList files = embeddedFiles(p);
    const bool present = p.marker.isEmpty()
            ? !files.isEmpty()
            : files.contains(p.package + QLatin1Char('/') + p.marker);
    if (!present) {
        // A build made before the package existed: use the source tree.
        if (!p.sourceFallback.isEmpty() && isComplete(p, p.sourceFallback))
            return p.sourceFallback;
        *error = QStringLiteral("this build has no embedded %1").arg(p.package);
        return {};
    }
    const QString hash = contentHash(p, files);
    if (hash.isEmpty()) {
        *error = QStringLiteral("cannot read the embedded %1").arg(p.package);
        return {};
    }
    QStringList bases;
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    if (!cache.isEmpty())
        bases << cache + QLatin1String("/loopscope");
    bases << QDir::tempPath() + QStringLiteral("/loopscope-%1").arg(::getuid());
    for (const QString &base : bases) {
        const QString root = unpack(p, base, hash, files, error);
        if (!root.isEmpty())
            return root;
    }
    return {};
}

} // namespace

QString ResourcePackage::root(QString *error) const
{
    QString err;
    QString result;
    const QString fromEnv = environmentVariable.isEmpty()
            ? QString()
            : qEnvironmentVariable(environmentVariable.toLatin1().constData());
    if (!fromEnv.isEmpty()) {
        if (isComplete(*this, fromEnv))
            result = QFileInfo(fromEnv).absoluteFilePath();
        else
            err = QStringLiteral("%1=%2 has no %3/%4")
                          .arg(environmentVariable, fromEnv, package, marker);
    } else {
        // The embedded content cannot change while we run: unpack once per package.
        static QMutex mutex;
        static QHash<QString, QString> unpacked;
        const QString key = resourceRoot + QLatin1Char('/') + package;
        QMutexLocker lock(&mutex);
        auto it = unpacked.constFind(key);
        if (it != unpacked.constEnd()) {
            result = *it;
        } else {
            result = locateEmbedded(*this, &err);
            if (!result.isEmpty())
                unpacked.insert(key, result);
        }
    }
    if (error)
        *error = err;
    return result;
}

QString ResourcePackage::file(const QString &relative, QString *error) const
{
    const QString r = root(error);
    return r.isEmpty() ? QString() : r + QLatin1Char('/') + package + QLatin1Char('/') + relative;
}

} // namespace Core
