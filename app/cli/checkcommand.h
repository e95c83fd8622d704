#pragma once
#include <QStringList>

namespace Cli {

//! `loopscope check ID FILE`: checks a learner's file against an exercise and prints each
//! check's verdict. Exit status 0 pass, 1 fail, 2 error (could not check at all).
class CheckCommand
{
public:
    //! The words after `check`; returns the process exit status.
    static int main(const QStringList &words);
};

} // namespace Cli
