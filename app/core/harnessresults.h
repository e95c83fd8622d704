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
    //! Non-empty when the file shows the run was tampered with: it lacks the run's token (it
    //! was not written by loopscope_harness for this run) or the harness saw its own
    //! functions replaced; says what, in the learner's terms.
    QString tampered;

    //! `token`: the secret the host gave this harness run (LOOPSCOPE_HARNESS_TOKEN); empty
    //! accepts any file (for tests of the format alone).
    static HarnessResults parse(QByteArrayView bytes, const QString &token = {});
    static constexpr int maxItems = 200;
};

} // namespace Core
