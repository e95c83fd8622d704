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
#include <QTemporaryDir>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace Core {
namespace {

QByteArray encoded(const QString &path)
{
    return QFile::encodeName(path);
}

bool isComplete(const ResourcePackage &p, const QString &root)
{
    const QString dir = root + QLatin1Char('/') + p.package;
    return p.marker.isEmpty() ? QFileInfo(dir).isDir()
                              : QFileInfo::exists(dir + QLatin1Char('/') + p.marker);
}

// A folder only we can change: not a symbolic link, ours, not writable by group or others.
// Anything else may have been planted, or can be swapped, by another user of the machine, and
// what we unpack there is code that runs as us. *unsafe: it exists but is not private.
bool isPrivateDir(const QString &path, QString *why, bool *unsafe = nullptr)
{
    struct stat st {};
    if (::lstat(encoded(path).constData(), &st) != 0) {
        *why = QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(::strerror(errno)));
        return false;
    }
    if (S_ISLNK(st.st_mode))
        *why = QStringLiteral("%1 is a symbolic link").arg(path);
    else if (!S_ISDIR(st.st_mode))
        *why = QStringLiteral("%1 is not a folder").arg(path);
    else if (st.st_uid != ::geteuid())
        *why = QStringLiteral("%1 belongs to another user (uid %2)").arg(path).arg(st.st_uid);
    else if (st.st_mode & (S_IWGRP | S_IWOTH))
        *why = QStringLiteral("%1 can be written by other users").arg(path);
    else
        return true;
    if (unsafe)
        *unsafe = true;
    return false;
}

// Creates the folder (only we may enter it) unless it exists, then verifies it either way.
bool ensurePrivateDir(const QString &path, QString *why, bool *unsafe = nullptr)
{
    if (::mkdir(encoded(path).constData(), 0700) != 0 && errno != EEXIST) {
        *why = QStringLiteral("cannot create %1: %2")
                       .arg(path, QString::fromLocal8Bit(::strerror(errno)));
        return false;
    }
    return isPrivateDir(path, why, unsafe);
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

QByteArray embedded(const ResourcePackage &p, const QString &rel, bool *ok)
{
    QFile f(p.resourceRoot + QLatin1Char('/') + rel);
    *ok = f.open(QIODevice::ReadOnly);
    return *ok ? f.readAll() : QByteArray();
}

QString contentHash(const ResourcePackage &p, const QStringList &files)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &rel : files) {
        bool ok = false;
        const QByteArray content = embedded(p, rel, &ok);
        if (!ok)
            return {};
        hash.addData(rel.toUtf8());
        hash.addData(QByteArrayView("\0", 1));
        hash.addData(QByteArray::number(content.size()));
        hash.addData(content);
    }
    return QString::fromLatin1(hash.result().toHex().left(16));
}

// An unpacked tree is used only if every embedded file is in it, a regular file with the same
// bytes: a marker file says nothing about the others (a partial or tampered tree).
bool treeMatches(const ResourcePackage &p, const QString &root, const QStringList &files)
{
    QString why;
    if (!isPrivateDir(root, &why))
        return false;
    for (const QString &rel : files) {
        const QString path = root + QLatin1Char('/') + rel;
        struct stat st {};
        if (::lstat(encoded(path).constData(), &st) != 0 || !S_ISREG(st.st_mode))
            return false;
        bool ok = false;
        const QByteArray expected = embedded(p, rel, &ok);
        if (!ok || st.st_size != expected.size())
            return false;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly) || f.readAll() != expected)
            return false;
    }
    return true;
}

bool writeTree(const ResourcePackage &p, const QString &dir, const QStringList &files)
{
    for (const QString &rel : files) {
        const QString target = dir + QLatin1Char('/') + rel;
        if (!QDir().mkpath(QFileInfo(target).path()))
            return false;
        bool ok = false;
        const QByteArray content = embedded(p, rel, &ok);
        QFile out(target);
        if (!ok || !out.open(QIODevice::WriteOnly) || out.write(content) != content.size()
            || !out.flush())
            return false;
    }
    return true;
}

// Unpacks into a temporary folder beside the final one, then renames it into place: renaming
// a folder is atomic, so a concurrent loopscope sees either nothing or a complete tree.
QString unpack(const ResourcePackage &p, const QString &base, const QString &hash,
               const QStringList &files, QString *error)
{
    const QString final = QStringLiteral("%1/%2-%3").arg(base, p.cacheName, hash);
    if (treeMatches(p, final, files))
        return final;
    const QString temp = QStringLiteral("%1/.%2-%3.tmp-%4-%5")
                                 .arg(base, p.cacheName, hash)
                                 .arg(::getpid())
                                 .arg(QRandomGenerator::global()->generate(), 0, 16);
    if (::mkdir(encoded(temp).constData(), 0700) != 0 || !writeTree(p, temp, files)) {
        QDir(temp).removeRecursively();
        *error = QStringLiteral("cannot unpack %1 into %2").arg(p.package, base);
        return {};
    }
    if (std::rename(encoded(temp).constData(), encoded(final).constData()) == 0)
        return final;
    // Another process was first (use its tree if it is whole), or a stale, damaged tree is in
    // the way (replace it; if even that fails, our own complete copy will do).
    if (treeMatches(p, final, files)) {
        QDir(temp).removeRecursively();
        return final;
    }
    QDir(final).removeRecursively();
    if (std::rename(encoded(temp).constData(), encoded(final).constData()) == 0)
        return final;
    return temp;
}

// The places to unpack, most lasting first: the user's cache, the session's runtime folder,
// a folder of ours in the temporary folder. Each must be private: one that is not is skipped,
// with a warning when it exists but is not ours alone (planted, or a link elsewhere).
QStringList privateBases(QStringList *problems)
{
    QStringList bases;
    auto consider = [&](const QString &base, bool parentOk) {
        if (!parentOk)
            return; // its parent was refused already
        QString why;
        bool unsafe = false;
        if (ensurePrivateDir(base, &why, &unsafe)) {
            bases << base;
            return;
        }
        *problems << why;
        if (unsafe)
            qWarning("loopscope: not using %s", qPrintable(why));
    };
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    if (!cache.isEmpty()) {
        const bool made = QDir().mkpath(cache);
        if (!made)
            *problems << QStringLiteral("cannot create %1").arg(cache);
        consider(cache + QLatin1String("/loopscope"), made);
    }
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty()) {
        QString why;
        const bool ok = isPrivateDir(runtime, &why);
        if (!ok)
            *problems << why;
        consider(runtime + QLatin1String("/loopscope"), ok);
    }
    consider(QDir::tempPath() + QStringLiteral("/loopscope-%1").arg(::geteuid()), true);
    return bases;
}

// When every shared place is refused (say another user planted /tmp/loopscope-<uid>): a fresh
// folder only this process knows, removed when it exits.
QString unpackPrivately(const ResourcePackage &p, const QStringList &files, QString *error)
{
    static QMutex mutex;
    static QList<std::shared_ptr<QTemporaryDir>> keep;
    auto dir = std::make_shared<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/loopscope-XXXXXX"));
    QString why;
    if (!dir->isValid() || !isPrivateDir(dir->path(), &why) || !writeTree(p, dir->path(), files)
        || !treeMatches(p, dir->path(), files)) {
        *error = QStringLiteral("cannot unpack %1 into a private temporary folder").arg(p.package);
        return {};
    }
    QMutexLocker lock(&mutex);
    keep << dir;
    return dir->path();
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
    QStringList problems;
    for (const QString &base : privateBases(&problems)) {
        QString failed;
        const QString root = unpack(p, base, hash, files, &failed);
        if (!root.isEmpty())
            return root; // a place that failed before it says nothing against this one
        problems << failed;
    }
    const QString root = unpackPrivately(p, files, error);
    if (root.isEmpty() && !problems.isEmpty())
        *error += QStringLiteral(" (%1)").arg(problems.join(QLatin1String("; ")));
    return root;
}

} // namespace

QString ResourcePackage::unpackedRoot(QString *error) const
{
    QString err;
    const QString result = locateEmbedded(*this, &err);
    if (error)
        *error = result.isEmpty() ? err : QString();
    return result;
}

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
            result = unpackedRoot(&err);
            if (!result.isEmpty())
                unpacked.insert(key, result);
        }
    }
    if (error)
        *error = result.isEmpty() ? err : QString();
    return result;
}

QString ResourcePackage::file(const QString &relative, QString *error) const
{
    const QString r = root(error);
    return r.isEmpty() ? QString() : r + QLatin1Char('/') + package + QLatin1Char('/') + relative;
}

} // namespace Core
