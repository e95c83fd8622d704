#pragma once
#include <QString>

namespace Core {

//! Where the Python tracer lives on disk: $LOOPSCOPE_TRACER_DIR, else the copy embedded in the
//! executable unpacked once into a cache directory named after its content hash.
class TracerLocator
{
public:
    //! The directory holding `loopscope_tracer/`, or an empty string with *error set.
    static QString tracerRoot(QString *error = nullptr);
    //! `<root>/loopscope_tracer/__main__.py`, or empty with *error set.
    static QString tracerScript(QString *error = nullptr);
};

} // namespace Core
