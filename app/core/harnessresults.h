#pragma once
#include "checkresult.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace Core {

//! The results file a behaviour harness writes (loopscope.harness-results/1), parsed.
//! Synchronous and I/O-free: the file's bytes in, named results out; anything malformed is
//! reported, never trusted.
struct HarnessResults {
    bool valid = false;       //!< the bytes were a results file
    bool finished = false;    //!< the harness reached its normal exit
    QList<CheckItem> items;   //!< kind "behaviour"
    QString problem;          //!< why the bytes were not accepted (for a Loopscope bug report)

    static HarnessResults parse(QByteArrayView bytes);
    static constexpr int maxItems = 200;
};

} // namespace Core
