#pragma once
#include <QStringList>

namespace Cli {

//! `loopscope lessons`: the outline, the catalog as JSON (--json), or every example run for
//! real and checked against its expectations (--check).
class LessonsCommand
{
public:
    //! The words after `lessons`; returns the process exit status.
    static int main(const QStringList &words);
};

} // namespace Cli
