#pragma once
#include <QStringList>

namespace Cli {

//! `loopscope exercises`: the exercises of the catalog, as a list or as JSON (--json) with
//! absolute paths to each one's starter and solution.
class ExercisesCommand
{
public:
    //! The words after `exercises`; returns the process exit status.
    static int main(const QStringList &words);
};

} // namespace Cli
