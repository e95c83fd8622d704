#include "regularfile.h"

#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Core {
namespace {

QString kindOf(mode_t mode)
{
    if (S_ISDIR(mode))
        return QStringLiteral("a folder");
    if (S_ISFIFO(mode))
        return QStringLiteral("a named pipe (FIFO)");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return QStringLiteral("a device");
    if (S_ISSOCK(mode))
        return QStringLiteral("a socket");
    return QStringLiteral("not a regular file");
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1 << 20), 'f', bytes < (10 << 20) ? 1 : 0);
}

bool isInside(const QString &path, const QString &folder)
{
    return path.startsWith(folder.endsWith(QLatin1Char('/')) ? folder : folder + QLatin1Char('/'));
}

} // namespace

std::unique_ptr<QFile> RegularFile::open(const QString &path, qint64 maxBytes, QString *error,
                                         const QString &folder)
{
    if (path.startsWith(QLatin1Char(':'))) { // built into the executable
        auto file = std::make_unique<QFile>(path);
        if (!file->open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot be read: %1").arg(file->errorString());
            return nullptr;
        }
        return file;
    }
    // Resolve every link first: what is checked below is then what gets opened.
    const QString resolved = QFileInfo(path).canonicalFilePath();
    if (resolved.isEmpty()) {
        *error = QStringLiteral("does not exist");
        return nullptr;
    }
    if (!folder.isEmpty()) {
        const QString inside = QFileInfo(folder).canonicalFilePath();
        if (inside.isEmpty() || !isInside(resolved, inside)) {
            *error = QStringLiteral("leads outside its folder (to %1)").arg(resolved);
            return nullptr;
        }
    }
    // O_NONBLOCK: opening a FIFO must not wait for a writer that never comes.
    const int fd = ::open(QFile::encodeName(resolved).constData(),
                          O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        *error = QStringLiteral("cannot be read: %1").arg(QString::fromLocal8Bit(::strerror(errno)));
        return nullptr;
    }
    struct stat st {};
    QString why;
    if (::fstat(fd, &st) != 0)
        why = QStringLiteral("cannot be read: %1").arg(QString::fromLocal8Bit(::strerror(errno)));
    else if (!S_ISREG(st.st_mode))
        why = QStringLiteral("is %1, not a regular file").arg(kindOf(st.st_mode));
    else if (st.st_size > maxBytes)
        why = QStringLiteral("is too large (%1 MB; at most %2 MB)")
                      .arg(megabytes(st.st_size), megabytes(maxBytes));
    if (!why.isEmpty()) {
        ::close(fd);
        *error = why;
        return nullptr;
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    auto file = std::make_unique<QFile>();
    if (!file->open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        *error = QStringLiteral("cannot be read: %1").arg(file->errorString());
        return nullptr;
    }
    return file;
}

std::optional<QByteArray> RegularFile::read(const QString &path, qint64 maxBytes, QString *error,
                                            const QString &folder)
{
    const std::unique_ptr<QFile> file = open(path, maxBytes, error, folder);
    if (!file)
        return std::nullopt;
    // The size was checked, but a file can grow while it is read, and some (/proc) report
    // none: read in chunks and stop one byte past the limit.
    QByteArray bytes;
    bytes.reserve(qsizetype(std::min(file->size(), maxBytes)));
    char chunk[64 * 1024];
    qint64 n = 0;
    while ((n = file->read(chunk, sizeof chunk)) > 0) {
        if (bytes.size() + n > maxBytes) {
            *error = QStringLiteral("is too large (more than %1 MB)").arg(megabytes(maxBytes));
            return std::nullopt;
        }
        bytes.append(chunk, qsizetype(n));
    }
    if (n < 0) {
        *error = QStringLiteral("cannot be read: %1").arg(file->errorString());
        return std::nullopt;
    }
    return bytes;
}

QString RegularFile::problem(const QString &path, qint64 maxBytes, const QString &folder)
{
    QString error;
    return open(path, maxBytes, &error, folder) ? QString() : error;
}

} // namespace Core
