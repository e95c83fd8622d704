#pragma once
#include <QCoro/QCoroTask>
#include <QString>
#include <QStringList>
#include <optional>

namespace Core {

//! A Python interpreter that passed the probe.
struct PythonInterpreter {
    QString executable; //!< sys.executable as the interpreter reported it (shims resolved)
    QString version;    //!< e.g. "3.11.2"
    int major = 0, minor = 0;
};

//! What to look for: an explicit interpreter (used alone) and modules it must be able to import.
struct InterpreterQuery {
    QString explicitPython;
    QStringList requiredModules;
};

//! The outcome of discovery: an interpreter, or a one-line message saying what to install.
struct InterpreterResult {
    std::optional<PythonInterpreter> interpreter;
    QString error;
    QStringList missingModules; //!< of the best candidate that was otherwise usable
};

//! Finds a Python >= 3.11 to run programs with: explicit choice, $LOOPSCOPE_PYTHON, python3 on
//! PATH, /usr/bin/python3, python3.1x on PATH — the first that has every required module.
//! Probes run asynchronously and are cached per executable path and modification time.
class InterpreterFinder
{
public:
    static QCoro::Task<InterpreterResult> find(InterpreterQuery query);
    //! For the command line: the same, blocking the calling thread.
    static InterpreterResult findBlocking(const InterpreterQuery &query);
    //! The candidate executables in the order they are tried (existing files only).
    static QStringList candidates(const QString &explicitPython);
    //! The Debian package that provides a module for /usr/bin/python3, e.g. aiohttp ->
    //! python3-aiohttp.
    static QString debianPackage(const QString &module);
    static constexpr int minimumMinor = 11;
};

} // namespace Core
