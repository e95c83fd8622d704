#pragma once
#include <QByteArray>
#include <QFile>
#include <QString>
#include <memory>
#include <optional>

namespace Core {

//! Opens files a learner or a teacher points Loopscope at (lessons, progress, recordings, a
//! program to check) without trusting what they are: only a regular file of bounded size and,
//! when a folder is given, inside that folder once every link is resolved. A FIFO, a device, a
//! folder, a file too large or a link out of the folder is a clear message, never a hang, a
//! crash or an allocation of whatever size a file claims. Qt resources (":/...") are trusted.
class RegularFile
{
public:
    static constexpr qint64 kMaxTextFile = 4 << 20; //!< lesson JSON, Markdown, Python sources

    // On failure, *error is a phrase to follow the file's name: "is a named pipe (FIFO), not a
    // regular file", "leads outside its folder (to /etc/passwd)", "is too large (...)".

    //! Opens path for reading; on failure returns nullptr and sets *error.
    static std::unique_ptr<QFile> open(const QString &path, qint64 maxBytes, QString *error,
                                       const QString &folder = {});
    //! The whole file (at most maxBytes), or nullopt with *error set.
    static std::optional<QByteArray> read(const QString &path, qint64 maxBytes, QString *error,
                                          const QString &folder = {});
    //! What is wrong with path as a file to read, or an empty string when it can be read.
    static QString problem(const QString &path, qint64 maxBytes, const QString &folder = {});
};

} // namespace Core
