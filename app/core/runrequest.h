#pragma once
#include "processlimits.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace Core {

//! What to run under the tracer and how.
struct RunRequest {
    QString python;              //!< interpreter to use; empty: discovery
    QStringList requiredModules; //!< discovery picks an interpreter that has all of these
    QString program;             //!< script path (relative to workingDirectory), unless module
    QString module;              //!< `-m module` when not empty
    QStringList arguments;       //!< the program's own arguments
    QString workingDirectory;    //!< empty: the current directory
    bool virtualClock = false;
    int blockThresholdMs = 0;    //!< 0: the tracer's default
    //! 0: none; otherwise the run is ended with status timeout once it has run this long.
    //! Time spent paused in step mode (waiting for the learner) does not count.
    int timeoutMs = 0;
    QString recordPath;          //!< write a re-openable recording here when not empty
    QHash<QString, QString> environment; //!< added to (or overriding) the inherited environment
    bool forwardStdin = false;   //!< the program reads our stdin (command line); else /dev/null
    bool controlChannel = false; //!< open the step-mode control pipe on fd 4
    //! Step mode (implies controlChannel): the program pauses before its first task step or
    //! callback; RunSession::paused() reports each pause, step()/resume()/... go on.
    bool stepMode = false;
    QString tracerScript;        //!< tests: run this instead of the embedded tracer
    //! What the program may use (docs/LIMITS.md); `check` asks for more than this default.
    ProcessLimits limits = ProcessLimits::forInteractive();
};

} // namespace Core
