#pragma once

namespace Cli {

//! Runs `loopscope <command> ...` (argv as given to main) and returns the process exit status.
int main(int argc, char **argv);
//! What `loopscope` prints about itself; exit status 0.
int usage();

} // namespace Cli
