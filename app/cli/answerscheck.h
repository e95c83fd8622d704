#pragma once
#include <QString>

namespace Cli {

//! `loopscope check --answers FILE [--json OUT] [--dir FOLDER] [--python PATH]`: grades a
//! learner's answers to predict items and Parsons problems, each against a real run, the way
//! the lesson view does (lessons/FORMAT.md, "Grading answers from a file").
class AnswersCheck
{
public:
    struct Options {
        QString file, json, dir, python;
    };
    //! Exit status: 0 every answer right, 1 some wrong, 2 could not grade (bad file, unknown
    //! lesson or item, no Python).
    static int run(const Options &options);
};

} // namespace Cli
