#pragma once
#include <QString>

namespace Core {

//! Where the `loopscope_harness` Python package lives on disk (a directory to put on
//! PYTHONPATH): $LOOPSCOPE_HARNESS_DIR, else the copy embedded in the executable, unpacked
//! once into a cache directory like the tracer.
class HarnessLocator
{
public:
    static QString harnessRoot(QString *error = nullptr);
};

} // namespace Core
