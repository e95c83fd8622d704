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
    //! The verdict was made by the harness's judge, a process that never imported the
    //! learner's code (lessons/EXERCISES.md, "Judged harnesses").
    bool judged = false;
    //! Non-empty when the file shows the run was tampered with: it is not signed with the
    //! run's key (it was not written by loopscope_harness for this run) or the harness saw its
    //! own functions replaced; says what, in the learner's terms.
    QString tampered;

    //! `key`: the secret the host gave this harness run (in the file named by
    //! LOOPSCOPE_HARNESS_KEY_FILE); the file must be a loopscope.harness-results/2 document
    //! whose body carries that key's HMAC-SHA256. An empty key accepts an unsigned
    //! loopscope.harness-results/1 body as well (for tests of the format alone).
    static HarnessResults parse(QByteArrayView bytes, const QByteArray &key = {});
    static constexpr int maxItems = 200;
};

} // namespace Core
