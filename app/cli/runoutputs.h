#pragma once
#include "runsummary.h"

#include <QString>

namespace Core {
class TraceModel;
}

namespace Cli {

//! Writes the files a run was asked for (`--summary`, `--chrome`); "-" means stdout.
//! Returns false with a one-line message in *error when a file cannot be written.
bool writeRunOutputs(const Core::TraceModel &model, const Core::RunContext &context,
                     const QString &summaryPath, const QString &chromePath, QString *error);

} // namespace Cli
