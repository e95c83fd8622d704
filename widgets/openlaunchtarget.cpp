#include "openlaunchtarget.h"

#include "fileactions.h"
#include "mainwindow.h"

namespace Ui
{

bool openLaunchTarget(MainWindow &window, const Core::LaunchTarget &target)
{
    switch (target.kind) {
    case Core::LaunchTarget::Kind::Recording:
        return window.openRecording(target.path);
    case Core::LaunchTarget::Kind::Program:
        // Through File ▸ Open's own path, so the file lands in Open Recent as well.
        return window.files()->openFile(target.path);
    case Core::LaunchTarget::Kind::Window:
    case Core::LaunchTarget::Kind::Command:
    case Core::LaunchTarget::Kind::Invalid:
        break;
    }
    return false;
}

} // namespace Ui
