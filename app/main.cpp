#include "cli.h"

int main(int argc, char *argv[])
{
    if (argc > 1)
        return Cli::main(argc, argv);
    // The window opens here once the GUI exists.
    return Cli::usage();
}
