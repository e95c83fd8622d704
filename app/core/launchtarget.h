#pragma once
#include <QString>
#include <QStringList>

namespace Core
{

//! What `loopscope ARGS...` asks for: the window, a command (trace, lessons, --help…), or the
//! window with a file in it. A desktop launcher passes the file a learner double-clicked
//! (`Exec=loopscope %f`); a shell user types it. Command words win over files of the same name
//! (`loopscope ./trace` opens a file called trace).
struct LaunchTarget {
    enum class Kind {
        Window, //!< no arguments
        Command, //!< handed to the command line (Cli::main), which reports unknown words
        Recording, //!< a saved trace: replayed in the window
        Program, //!< a Python program (any text file): opened in the editor
        Invalid, //!< a file that cannot be opened; `error` says why
    };

    Kind kind = Kind::Window;
    QString path; //!< absolute; for Recording, Program and Invalid
    QString error;

    //! Classifies the arguments after the program name. Reads at most the first few KiB of a
    //! file to tell a recording (the trace magic, or a .lstrace name) from a program.
    static LaunchTarget fromArguments(const QStringList &arguments);
    //! The commands Cli::main knows; anything starting with '-' is an option for it too.
    static bool isCommandWord(const QString &word);
    //! A recording's file name extension, as the window's Save recording proposes it.
    static QString recordingSuffix() { return QStringLiteral("lstrace"); }
};

} // namespace Core
