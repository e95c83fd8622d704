#pragma once
#include <QString>
#include <cstdint>

namespace Core {

enum class SourceKind : std::uint8_t {
    Program, //!< the learner's own code
    Stdlib, //!< Python's standard library (asyncio, concurrent, threading...)
    Library, //!< an installed package (site-packages / dist-packages)
    Unknown //!< no file (a C function, "<string>")
};

//! Where a source file comes from, for folding library frames and library tasks away.
struct SourceOrigin {
    SourceKind kind = SourceKind::Unknown;
    QString name; //!< the package or stdlib module: "asyncio", "uvicorn"; empty for Program
    bool isProgram() const { return kind == SourceKind::Program; }
    bool operator==(const SourceOrigin &) const = default;
};

//! Classifies a code file path by its place in a Python installation (Debian, pyenv, venvs,
//! macOS frameworks, Windows): `.../lib/python3.X/asyncio/tasks.py` is the standard library's
//! asyncio, `.../site-packages/uvicorn/server.py` (or dist-packages) the uvicorn library,
//! anything else the program's own.
SourceOrigin classifySource(const QString &path);

} // namespace Core
