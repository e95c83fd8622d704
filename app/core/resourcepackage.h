#pragma once
#include <QString>

namespace Core {

//! A directory tree embedded as Qt resources (the tracer, the lab server, the lesson catalog)
//! that Python must see as real files: unpacked once into a private folder (the user's cache,
//! $XDG_RUNTIME_DIR, /tmp/loopscope-<uid>: ours, no symlink, not writable by others) named
//! after its content hash and used again only if every file still matches, or taken from a
//! directory named by an environment variable.
struct ResourcePackage {
    QString resourceRoot;  //!< e.g. ":/tracer"; the package lives at <resourceRoot>/<package>
    QString package;       //!< e.g. "loopscope_tracer"
    QString marker;        //!< a file inside the package that proves a tree is complete
    QString cacheName;     //!< the cache directory is <cache>/loopscope/<cacheName>-<hash>
    QString environmentVariable; //!< when set, names the root to use instead (may be empty)
    QString sourceFallback; //!< a build without the embedded files uses this root (may be empty)

    //! The directory holding `<package>/`, or an empty string with *error set. The unpacked
    //! copy is resolved once per process and package; the environment is read on every call.
    QString root(QString *error = nullptr) const;
    //! root() for the embedded copy without the per-process memo: finds a matching unpacked
    //! tree or unpacks one now. *error is empty whenever a root is returned.
    QString unpackedRoot(QString *error = nullptr) const;
    //! `<root>/<package>/<relative>`, or empty with *error set.
    QString file(const QString &relative, QString *error = nullptr) const;
};

} // namespace Core
