#pragma once
#include "interpreterfinder.h"

#include <QCoro/QCoroTask>
#include <QList>
#include <QStringList>

namespace Lessons {

//! Every Python the machine has that Loopscope accepts, so the curriculum can be checked on
//! each of them: a lesson must hold on 3.11 as on 3.13.
class InterpreterSet
{
public:
    //! Files that may be interpreters: discovery's own candidates, then python3.1x in
    //! /usr/local/bin and /usr/bin, then pyenv's versions ($PYENV_ROOT, else ~/.pyenv), whose
    //! shims only ever run the one version pyenv has selected.
    static QStringList candidatePaths();
    //! The interpreters of `paths` that run and are new enough, each once (by the executable
    //! it reports), ordered by version.
    static QCoro::Task<QList<Core::PythonInterpreter>> discover(QStringList paths);
    static QCoro::Task<QList<Core::PythonInterpreter>> discover() { return discover(candidatePaths()); }
    //! The modules of `modules` this interpreter cannot import (every one, if it does not run).
    static QCoro::Task<QStringList> missingModules(QString python, QStringList modules);
};

} // namespace Lessons
